// `letopis-cli eval seeds GOLD.json`: extraction of the bundled releases against the reference.
#include "commands.hpp"
#include "common.hpp"
#include "eval_seeds.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

namespace fs = std::filesystem;
using nlohmann::json;

namespace letopis::cli {

namespace {

// Words folded and cut to five letters, so that case endings do not matter.
std::vector<std::string> stems(const std::string& s)
{
    std::vector<std::string> out;
    std::u32string word;
    auto flush = [&] {
        if (word.size() > 5)
            word.resize(5);
        if (!word.empty())
            out.push_back(text::toUtf8(word));
        word.clear();
    };
    for (char32_t c : text::foldForMatch(text::toU32(s))) {
        if (c == U' ' || c == U',' || c == U'"' || c == U'-' || c == U'.' || c == U'(' || c == U')')
            flush();
        else
            word += c;
    }
    flush();
    return out;
}

// Overlap of word stems, as a share of the longer name.
double similarity(const std::string& a, const std::string& b)
{
    auto sa = stems(a), sb = stems(b);
    if (sa.empty() || sb.empty())
        return 0;
    std::multiset<std::string> rest(sb.begin(), sb.end());
    std::size_t common = 0;
    for (const auto& w : sa) {
        if (auto it = rest.find(w); it != rest.end()) {
            ++common;
            rest.erase(it);
        }
    }
    return double(common) / double(std::max(sa.size(), sb.size()));
}

std::string expandShortForms(const std::string& s)
{
    std::string out = s;
    const auto replace = [&](const std::string& from, const std::string& to) {
        for (auto pos = out.find(from); pos != std::string::npos; pos = out.find(from, pos + to.size()))
            out.replace(pos, from.size(), to);
    };
    replace("Минпромторг", "Министерство промышленности и торговли");
    replace("РФ", "Российской Федерации");
    return out;
}

bool sameOrganisation(const std::string& gold, const std::string& found)
{
    return similarity(expandShortForms(gold), expandShortForms(found)) >= 0.75;
}

struct Tally {
    std::size_t hit = 0, total = 0, predicted = 0;
    double recall() const { return total ? double(hit) / double(total) : 1.0; }
    double precision() const { return predicted ? double(hit) / double(predicted) : 1.0; }
    double f1() const { const double p = precision(), r = recall(); return p + r > 0 ? 2 * p * r / (p + r) : 0; }
};

std::vector<std::string> strings(const json& j)
{
    std::vector<std::string> out;
    if (j.is_array())
        for (const auto& x : j)
            out.push_back(x.get<std::string>());
    return out;
}

bool eventMatches(const json& gold, const extract::Event& e)
{
    std::vector<std::string> names = strings(gold.value("aliases", json::array()));
    names.push_back(gold["name"].get<std::string>());
    std::vector<std::string> mine = e.aliases;
    mine.push_back(e.name);
    for (const auto& g : names)
        for (const auto& m : mine)
            if (similarity(g, m) >= 0.75)
                return true;
    return false;
}

} // namespace

int evalSeeds(const std::string& goldPath, const std::string& corpusDir, extract::Extractor& extractor, bool asJson)
{
    std::ifstream in(goldPath);
    if (!in) {
        std::cerr << "letopis-cli eval seeds: cannot read " << goldPath << '\n';
        return kExitUsage;
    }
    json gold;
    try {
        gold = json::parse(in);
    } catch (const std::exception& e) {
        std::cerr << "letopis-cli eval seeds: " << goldPath << " is not JSON: " << e.what() << '\n';
        return kExitUsage;
    }
    Tally persons, countries, orgs, events, starts, roles, speakers;
    std::map<std::string, std::map<std::string, std::string>> eventKeyByFile; // gold key → file → found key
    std::map<std::string, std::set<std::string>> personFiles;                 // found name → files
    for (const auto& doc : gold["documents"]) {
        const std::string file = doc["file"];
        auto rec = ingest::readFile((fs::path(corpusDir) / file).string(), std::nullopt);
        if (!rec) {
            std::cerr << "letopis-cli eval seeds: " << rec.error().message << '\n';
            return kExitUsage;
        }
        const auto facts = extractor.extract(rec->doc);
        std::set<std::string> foundPersons;
        for (const auto& p : facts.persons) {
            foundPersons.insert(text::foldForMatch(p.name));
            personFiles[text::foldForMatch(p.name)].insert(file);
        }
        std::set<std::string> optionalPersons;
        for (const auto& g : doc["persons"]) {
            const std::string name = text::foldForMatch(g["name"].get<std::string>());
            if (g.value("optional", false)) {
                optionalPersons.insert(name);
                continue;
            }
            ++persons.total;
            const auto it = std::find_if(facts.persons.begin(), facts.persons.end(),
                                         [&](const auto& p) { return text::foldForMatch(p.name) == name; });
            if (it == facts.persons.end())
                continue;
            ++persons.hit;
            for (const auto& role : strings(g["roles"])) {
                ++roles.total;
                roles.hit += std::any_of(it->roles.begin(), it->roles.end(),
                                         [&](const auto& r) { return similarity(role, r.title) >= 0.6; });
            }
        }
        for (const auto& n : foundPersons)
            persons.predicted += optionalPersons.count(n) ? 0 : 1;

        std::set<std::string> goldCountries;
        for (const auto& c : strings(doc["countries"]["required"]))
            goldCountries.insert(c);
        countries.total += goldCountries.size();
        for (const auto& c : facts.countries) {
            ++countries.predicted;
            countries.hit += goldCountries.count(c);
        }
        for (const auto& o : strings(doc["organizations"]["required"])) {
            ++orgs.total;
            orgs.hit += std::any_of(facts.organizations.begin(), facts.organizations.end(),
                                    [&](const auto& f) { return sameOrganisation(o, f); });
        }
        for (const auto& g : doc["events"]) {
            if (g.value("optional", false))
                continue;
            ++events.total;
            const auto it = std::find_if(facts.events.begin(), facts.events.end(),
                                         [&](const auto& e) { return eventMatches(g, e); });
            if (it == facts.events.end())
                continue;
            ++events.hit;
            eventKeyByFile[g["key"]][file] = it->key;
            if (g.contains("start")) {
                ++starts.total;
                const std::string want = g["start"].is_null() ? "" : g["start"].get<std::string>();
                starts.hit += (it->start ? it->start->iso() : std::string()) == want;
            }
            for (const auto& s : strings(g.value("speakers", json::array()))) {
                ++speakers.total;
                speakers.hit += std::any_of(it->speakers.begin(), it->speakers.end(),
                                            [&](const auto& x) { return text::foldForMatch(x) == text::foldForMatch(s); });
            }
        }
    }
    std::size_t merges = 0, mergesTotal = 0;
    for (const auto& c : gold["cross_document"]) {
        ++mergesTotal;
        const auto files = strings(c["files"]);
        if (c.contains("event")) {
            const auto& keys = eventKeyByFile[c["event"]];
            std::set<std::string> found;
            for (const auto& f : files)
                found.insert(keys.count(f) ? keys.at(f) : "missing:" + f);
            merges += found.size() == 1 && found.begin()->rfind("missing:", 0) != 0;
        } else {
            const auto& seen = personFiles[text::foldForMatch(c["person"].get<std::string>())];
            merges += std::all_of(files.begin(), files.end(), [&](const auto& f) { return seen.count(f) > 0; });
        }
    }
    const json report{
        {"persons_f1", persons.f1()},       {"persons_precision", persons.precision()},
        {"persons_recall", persons.recall()}, {"countries_f1", countries.f1()},
        {"organizations_recall", orgs.recall()}, {"events_recall", events.recall()},
        {"event_start_accuracy", starts.recall()}, {"roles_matched", roles.recall()},
        {"speakers_recall", speakers.recall()}, {"merges", merges}, {"merges_expected", mergesTotal}};
    if (asJson) {
        std::cout << report.dump(2) << '\n';
        return kExitOk;
    }
    Table t({"MEASURE", "VALUE", "COUNTS"});
    const auto row = [&](const char* name, double v, const Tally& tally) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.3f", v);
        t.add({name, buf, std::to_string(tally.hit) + "/" + std::to_string(tally.total)});
    };
    row("persons F1", persons.f1(), persons);
    row("countries F1", countries.f1(), countries);
    row("organizations recall", orgs.recall(), orgs);
    row("events recall", events.recall(), events);
    row("event start dates right", starts.recall(), starts);
    row("roles matched", roles.recall(), roles);
    row("speakers recall", speakers.recall(), speakers);
    t.add({"cross-document merges", std::to_string(merges) + "/" + std::to_string(mergesTotal), ""});
    t.print(std::cout);
    return kExitOk;
}

} // namespace letopis::cli
