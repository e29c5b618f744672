// letopis-cli eval nerel|factru DIR: scores the extractor against annotated Russian news.
#include "commands.hpp"
#include "common.hpp"

#include "eval_seeds.hpp"

#include "letopis/eval.hpp"
#include "letopis/extract.hpp"
#include "letopis/ner.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>

namespace letopis::cli {
namespace {

std::string fixed(double v, int digits = 3)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

void printReport(const eval::Report& r, const std::string& corpus, Format format)
{
    eval::Score total;
    for (const auto& [type, s] : r.byType) {
        total.truePositives += s.truePositives;
        total.falsePositives += s.falsePositives;
        total.falseNegatives += s.falseNegatives;
    }
    const double perSecond = r.seconds > 0 ? static_cast<double>(r.documents) / r.seconds : 0.0;
    if (format == Format::Json) {
        nlohmann::json types = nlohmann::json::object();
        const auto row = [](const eval::Score& s) {
            return nlohmann::json{{"precision", s.precision()}, {"recall", s.recall()}, {"f1", s.f1()},
                                  {"tp", s.truePositives}, {"fp", s.falsePositives}, {"fn", s.falseNegatives}};
        };
        for (const auto& [type, s] : r.byType)
            types[type] = row(s);
        std::cout << nlohmann::json{{"corpus", corpus}, {"documents", r.documents}, {"seconds", r.seconds},
                                    {"documentsPerSecond", perSecond}, {"types", types}, {"micro", row(total)}}
                         .dump(2)
                  << '\n';
        return;
    }
    Table t({"TYPE", "P", "R", "F1", "TP", "FP", "FN"});
    const auto add = [&](const std::string& name, const eval::Score& s) {
        t.add({name, fixed(s.precision()), fixed(s.recall()), fixed(s.f1()), std::to_string(s.truePositives),
               std::to_string(s.falsePositives), std::to_string(s.falseNegatives)});
    };
    for (const auto& [type, s] : r.byType)
        add(type, s);
    add("(micro)", total);
    t.print(std::cout);
    std::cout << r.documents << " documents, " << fixed(r.seconds, 2) << " s in the extractor, "
              << fixed(perSecond, 0) << " documents/s\n";
}

const char* nerelType(extract::MentionType t)
{
    switch (t) {
    case extract::MentionType::Region: return "STATE_OR_PROVINCE";
    default: return extract::mentionTypeName(t);
    }
}

bool startsLowerCase(const std::string& utf8)
{
    const std::u32string u = text::toU32(utf8);
    return !u.empty() && ((u[0] >= U'а' && u[0] <= U'я') || u[0] == U'ё' || (u[0] >= U'a' && u[0] <= U'z'));
}

bool isPlace(extract::MentionType t)
{
    return t == extract::MentionType::Country || t == extract::MentionType::City || t == extract::MentionType::Region
        || t == extract::MentionType::Location;
}

// An adjective made from a place's name: "Московский", "Российского", "Нью-йоркская".
bool placeAdjective(std::u32string_view w)
{
    for (std::u32string_view stem : {U"ск", U"цк"}) {
        for (std::u32string_view end : {U"ий", U"ая", U"ое", U"ие", U"ого", U"ой", U"ому", U"ую", U"им", U"их",
                                        U"ими", U"ые", U"ых", U"ым", U"ыми", U"ом"}) {
            const std::u32string tail = std::u32string(stem) + std::u32string(end);
            if (w.size() > tail.size() + 1 && w.substr(w.size() - tail.size()) == tail)
                return true;
        }
    }
    return false;
}

// Words factRuEval marks as an organisation's descriptor, never its name (devset: "правительство"
// 36 of 36, "власти" 12 of 12, "сборная" 18 of 20, "руководство" 9 of 9, "парламент" 10 of 12).
bool descriptorNoun(std::u32string_view w)
{
    for (std::u32string_view d : {U"правительств", U"власт", U"сборн", U"руководств", U"пресс-служб", U"кабинет",
                                  U"кабмин", U"администраци", U"парламент", U"мэри"}) {
        if (w.substr(0, d.size()) == d)
            return true;
    }
    return false;
}

// An organisation is a name, as factRuEval marks names, where it holds a capitalised word of its
// own, neither a place's nor a descriptor's: "японского МИДа", "государственной Комиссии по
// атомной энергии" are names (factRuEval marks them with their lower-case words); "правительство
// Белоруссии", "Правительство Японии", "Власти Таиланда" are a descriptor and a place.
bool namedOrganisation(const extract::Mention& m, const std::vector<extract::Mention>& all)
{
    const std::u32string u = text::toU32(m.text);
    for (std::size_t i = 0; i < u.size(); ++i) {
        if (!u_isupper(static_cast<UChar32>(u[i])) || (i > 0 && u_isalnum(static_cast<UChar32>(u[i - 1]))))
            continue;
        std::size_t j = i;
        while (j < u.size() && (u_isalnum(static_cast<UChar32>(u[j])) || u[j] == U'-'))
            ++j;
        std::u32string word = u.substr(i, j - i);
        for (auto& c : word)
            c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
        if (descriptorNoun(word))
            continue;
        if (placeAdjective(word))
            return true; // "Московский совет", "Российского института": factRuEval's names hold them
        const auto at = m.start + static_cast<std::uint32_t>(i);
        if (std::none_of(all.begin(), all.end(), [&](const extract::Mention& p) {
                return isPlace(p.type) && p.start <= at && at < p.end;
            }))
            return true;
    }
    return false;
}

// The quoted name inside "ОАО «Газпром»", "РИА «Новости»", "РКК „Энергия“": factRuEval marks the
// legal form or kind of body before it as a descriptor (devset: ОАО 5, РИА 2, ООО, ИА, РКК, ГУП,
// all descriptors), NEREL marks the whole. Empty where the mention is not of that form.
std::optional<std::pair<std::uint32_t, std::uint32_t>> quotedNameAfterKind(const extract::Mention& m)
{
    static constexpr std::u32string_view kKinds[]{U"ООО", U"ОАО", U"ЗАО", U"ПАО", U"АО", U"НАО", U"РИА", U"ИА",
                                                  U"РКК", U"ГУП", U"ФГУП", U"МУП", U"НПО", U"НПК", U"ТРК", U"ФК", U"АНО"};
    const std::u32string u = text::toU32(m.text);
    const auto open = u.find_first_of(U"«\"„“");
    if (open == std::u32string::npos || open == 0)
        return std::nullopt;
    std::size_t at = 0;
    while (at < open) {
        const auto space = u.find(U' ', at);
        const auto word = std::u32string_view(u).substr(at, std::min(space, open) - at);
        if (!word.empty() && std::find(std::begin(kKinds), std::end(kKinds), word) == std::end(kKinds))
            return std::nullopt;
        if (space == std::u32string::npos || space > open)
            break;
        at = space + 1;
    }
    std::size_t close = u.size();
    while (close > open + 1 && std::u32string_view(U"»\"“”").find(u[close - 1]) != std::u32string_view::npos)
        --close;
    if (close <= open + 1)
        return std::nullopt;
    return std::pair{m.start + static_cast<std::uint32_t>(open + 1), m.start + static_cast<std::uint32_t>(close)};
}

// One word formed as a place adjective ("Российские", "Японская", "Турецкий") that opens a
// sentence: capitalised only for that.
bool sentenceInitialPlaceAdjective(const std::u32string& text, const extract::Mention& m)
{
    const std::u32string u = text::toU32(m.text);
    if (u.find_first_of(U" ") != std::u32string::npos)
        return false;
    std::size_t at = m.start;
    while (at > 0 && (text[at - 1] == U' ' || text[at - 1] == U'«' || text[at - 1] == U'"'))
        --at;
    if (at > 0 && std::u32string_view(U".!?\n").find(text[at - 1]) == std::u32string_view::npos)
        return false;
    return placeAdjective(u);
}

} // namespace

int evalCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, {"model", "types", "format", "corpus"}, {"tagger-only"});
    if (!args.ok())
        return usageError("eval", args.error());
    const auto& pos = args.positionals();
    if (pos.size() != 2 || (pos[0] != "nerel" && pos[0] != "factru" && pos[0] != "seeds"))
        return usageError("eval", "use 'eval seeds GOLD.json', 'eval nerel DIR' or 'eval factru DIR'");
    const auto format = formatOf(args);
    if (!format)
        return kExitUsage;
    auto resources = extract::Resources::load();
    if (!resources) {
        std::cerr << "letopis-cli eval: " << resources.error().message << '\n';
        return kExitFatal;
    }
    if (const auto model = args.value("model")) {
        auto tagger = ner::Tagger::load(*model);
        if (!tagger) {
            std::cerr << "letopis-cli eval: " << tagger.error().message << '\n';
            return kExitFatal;
        }
        resources->tagger = std::shared_ptr<const ner::Tagger>(std::move(tagger).value());
    }
    auto extractor = extract::Extractor::create(*resources);
    if (!extractor) {
        std::cerr << "letopis-cli eval: " << extractor.error().message << '\n';
        return kExitFatal;
    }
    if (pos[0] == "seeds") {
        // The reference names the bundled files; they are looked for beside it by default.
        const std::string corpus = args.value("corpus").value_or(
            (std::filesystem::path(pos[1]).parent_path().parent_path() / "corpus").string());
        return evalSeeds(pos[1], corpus, **extractor, *format == Format::Json);
    }
    // The system under test: the whole extraction pipeline, or the statistical tagger alone.
    const ner::Tagger& t = *resources->tagger;
    extract::Extractor& x = **extractor;
    const eval::Extractor extract = args.flag("tagger-only")
        ? eval::Extractor([&t](const std::string& utf8) { return t.tag(std::string_view(utf8)); })
        : eval::Extractor([&x, factru = pos[0] == "factru"](const std::string& utf8) {
              std::vector<ner::Span> spans;
              const std::u32string text = factru ? text::toU32(utf8) : std::u32string();
              const auto mentions = x.extract(parseDocument(utf8)).mentions;
              for (const auto& m : mentions) {
                  // factRuEval marks named entities only: no place adjectives ("российских",
                  // "пекинский", "европейской", "Японская" opening a sentence) as locations, no
                  // descriptors ("правительство", "Правительство Японии", "Власти Таиланда") as
                  // organisations. NEREL marks both.
                  if (factru && m.type != extract::MentionType::Person
                      && (m.type == extract::MentionType::Organization
                              ? !namedOrganisation(m, mentions)
                              : startsLowerCase(m.text) || sentenceInitialPlaceAdjective(text, m)))
                      continue;
                  if (factru && m.type == extract::MentionType::Organization)
                      if (const auto name = quotedNameAfterKind(m)) {
                          spans.push_back({name->first, name->second, nerelType(m.type), 1.0f});
                          continue;
                      }
                  spans.push_back({m.start, m.end, nerelType(m.type), 1.0f});
              }
              return spans;
          });
    std::vector<std::string> types = args.flag("tagger-only") ? t.types()
        : std::vector<std::string>{"PERSON", "ORGANIZATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION",
                                   "DATE", "PROFESSION", "EVENT"};
    if (const auto v = args.value("types")) {
        types.clear();
        std::stringstream in(*v);
        for (std::string type; std::getline(in, type, ',');)
            if (!type.empty())
                types.push_back(type);
    }
    auto report = pos[0] == "nerel" ? eval::nerel(pos[1], extract, types) : eval::factru(pos[1], extract);
    if (!report) {
        std::cerr << "letopis-cli eval: " << report.error().message << '\n';
        return report.error().code == ErrorCode::Io ? kExitFatal : kExitUsage;
    }
    printReport(*report, pos[0], *format);
    return kExitOk;
}

} // namespace letopis::cli
