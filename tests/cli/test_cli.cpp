// End-to-end: letopis-cli as a user runs it, on the bundled corpus and on files written here.
#include "cli_sandbox.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <random>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using letopis::testing::Run;
using letopis::testing::Sandbox;

std::size_t corpusFileCount()
{
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(LETOPIS_CORPUS))
        n += e.path().extension() == ".txt" ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("ingest the corpus, list it with publication dates, re-ingest changes nothing", "[cli]")
{
    Sandbox box;
    const auto first = box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db() + " --format json");
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    const auto report = json::parse(first.out);
    CHECK(report["new"] == corpusFileCount());
    CHECK(report["failed"] == 0);

    const auto docs = box.cli("documents --format json --db " + box.db());
    REQUIRE(docs.exitCode == 0);
    const auto list = json::parse(docs.out);
    REQUIRE(list.size() == corpusFileCount());
    std::map<std::string, int> byDate;
    for (const auto& d : list) {
        REQUIRE(d.contains("path"));
        REQUIRE(d.contains("title"));
        REQUIRE(d.contains("published_precision"));
        if (d["title"].is_null())
            CHECK_FALSE(d["excerpt"].get<std::string>().empty()); // untitled documents are labelled by their text
        const std::string key = d["published"].is_null()
            ? std::string("unknown")
            : d["published"].get<std::string>() + (d["published_inferred"].get<bool>() ? " inferred" : "");
        ++byDate[key];
    }
    // The bundled releases: two dated in full, one whose year the text implies, two undated.
    CHECK(byDate == std::map<std::string, int>{{"2020-07-06", 2}, {"2024-04-22 inferred", 1}, {"unknown", 2}});

    const auto second = box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db() + " --format json");
    REQUIRE(second.exitCode == 0);
    const auto again = json::parse(second.out);
    CHECK(again["new"] == 0);
    CHECK(again["replaced"] == 0);
    CHECK(again["unchanged"] == corpusFileCount());

    const auto table = box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db());
    CHECK(table.out.find("read " + std::to_string(corpusFileCount()) + ", new 0") == 0);
}

TEST_CASE("search finds Russian word forms and reports snippets", "[cli]")
{
    Sandbox box;
    REQUIRE(box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db()).exitCode == 0);
    const auto r = box.cli("search выставка --format json --db " + box.db());
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto hits = json::parse(r.out);
    CHECK(hits.size() == 3); // "выставки", "выставке", "выставку"... in three of the five releases
    for (const auto& h : hits) {
        CHECK(h.contains("path"));
        CHECK(h.contains("title"));
        CHECK(h["snippet"].get<std::string>().find("[[") != std::string::npos);
        CHECK(h["score"].is_number());
    }
    const auto none = box.cli("search несуществующееслово --format json --db " + box.db());
    CHECK(none.exitCode == 0);
    CHECK(json::parse(none.out).empty());
}

TEST_CASE("hostile search queries are taken literally", "[cli]")
{
    Sandbox box;
    REQUIRE(box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db()).exitCode == 0);
    for (const std::string q : {"'\"'", "'NEAR(выставка'", "'выставка OR -форум'", "\"'); DROP TABLE documents; --\"",
                                "'(((('", "'*'"}) {
        const auto r = box.cli("search " + q + " --format json --db " + box.db());
        INFO(q << " -> " << r.err);
        CHECK((r.exitCode == 0 || r.exitCode == 2));
        CHECK(r.err.find("syntax error") == std::string::npos);
    }
    const auto docs = box.cli("documents --format json --db " + box.db());
    CHECK(json::parse(docs.out).size() == corpusFileCount());
}

TEST_CASE("a Windows-1251 copy reads identically to the UTF-8 original", "[cli]")
{
    Sandbox box;
    const auto original = fs::directory_iterator(LETOPIS_CORPUS)->path();
    const auto copy = box.path("copy-cp1251.txt");
    const std::string iconv = "iconv -f UTF-8 -t CP1251 '" + original.string() + "' > '" + copy.string() + "'";
    REQUIRE(std::system(iconv.c_str()) == 0);
    REQUIRE(box.cli("ingest '" + copy.string() + "' --db " + box.db()).exitCode == 0);
    const auto shown = box.cli("show copy-cp1251.txt --format json --db " + box.db());
    REQUIRE(shown.exitCode == 0);
    const auto doc = json::parse(shown.out);
    std::ifstream in(original, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(doc["text"].get<std::string>() == ss.str());
    CHECK(doc["encoding"] == "windows-1251");
}

TEST_CASE("failures name the file and set the exit code, good files still go in", "[cli]")
{
    Sandbox box;
    fs::create_directories(box.path("in"));
    std::ofstream(box.path("in/good.txt")) << "Выставка открылась в Казани.";
    std::ofstream(box.path("in/binary.txt"), std::ios::binary) << std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
    const auto r = box.cli("ingest '" + box.path("in").string() + "' --db " + box.db() + " --format json");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("binary.txt") != std::string::npos);
    const auto report = json::parse(r.out);
    CHECK(report["new"] == 1);
    CHECK(report["failed"] == 1);
}

TEST_CASE("usage errors exit with 2 and say what is wrong", "[cli]")
{
    Sandbox box;
    auto r = box.cli("frobnicate");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("unknown command") != std::string::npos);
    r = box.cli("documents --format xml --db " + box.db());
    CHECK(r.exitCode == 2);
    r = box.cli("ingest --db " + box.db());
    CHECK(r.exitCode == 2);
    r = box.cli("show no-such-document --db " + box.db());
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("no-such-document") != std::string::npos);
}

namespace {

std::u32string toU32(const std::string& s)
{
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n && i + static_cast<std::size_t>(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out += cp;
        i += static_cast<std::size_t>(n);
    }
    return out;
}

const char* kForumA = "10.03.2022\nОткрылся форум станкостроителей\n***\n11 марта в Москве пройдет форум "
                      "«Станкостроение». Среди спикеров форума — Петр Иванов, президент ассоциации «Станкопром». "
                      "Участие подтвердили компании из Китая и Индии.";
const char* kForumB = "10.03.2022\nФорум станкостроителей\n***\nЗавтра на форуме «Станкостроение» выступит "
                      "президент ассоциации «Станкопром» Петр Иванов.";
const char* kSummit = "05.09.2021\nСаммит в Ташкенте\n***\nС 6 по 7 сентября в Ташкенте пройдет саммит "
                      "«Шелковый путь». Участники из Узбекистана и Казахстана обсудят торговлю.";

void writeFile(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

} // namespace

TEST_CASE("extract prints one JSON object per file, in order, with mentions that point at the text", "[cli][extract]")
{
    Sandbox box;
    writeFile(box.path("b.txt"), kForumB);
    writeFile(box.path("a.txt"), kForumA);
    const auto r = box.cli("extract --format jsonl '" + box.path("b.txt").string() + "' '" + box.path("a.txt").string() + "'");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    std::istringstream lines(r.out);
    std::vector<json> docs;
    for (std::string line; std::getline(lines, line);)
        docs.push_back(json::parse(line));
    REQUIRE(docs.size() == 2);
    CHECK(docs[0]["file"] == box.path("b.txt").string());
    CHECK(docs[1]["file"] == box.path("a.txt").string());
    for (const auto& d : docs) {
        for (const char* key : {"published", "title", "mentions", "persons", "organizations", "countries", "places", "events"})
            CHECK(d.contains(key));
        CHECK(d["published"] == "2022-03-10");
        const auto text = toU32(d["file"] == box.path("a.txt").string() ? kForumA : kForumB);
        for (const auto& m : d["mentions"]) {
            const std::size_t start = m["start"], end = m["end"];
            REQUIRE(end <= text.size());
            CHECK(toU32(m["text"].get<std::string>()) == text.substr(start, end - start));
            for (const char* key : {"type", "lemma", "entity"})
                CHECK(m.contains(key));
        }
    }
    bool forum = false;
    for (const auto& e : docs[1]["events"]) {
        if (e["name"] == "Станкостроение") {
            forum = true;
            CHECK(e["type"] == "forum");
            CHECK(e["start"] == "2022-03-11");
            CHECK(e["precision"] == "day");
            CHECK(e["place"]["city"] == "Москва");
        }
    }
    CHECK(forum);
    const auto countries = docs[1]["countries"].get<std::vector<std::string>>();
    CHECK(std::find(countries.begin(), countries.end(), "CN") != countries.end());
    CHECK(std::find(countries.begin(), countries.end(), "IN") != countries.end());
}

TEST_CASE("events merge across documents and filter by country, type and date", "[cli][events]")
{
    Sandbox box;
    fs::create_directories(box.path("in"));
    writeFile(box.path("in/a.txt"), kForumA);
    writeFile(box.path("in/b.txt"), kForumB);
    writeFile(box.path("in/c.txt"), kSummit);
    const auto ingest = box.cli("ingest '" + box.path("in").string() + "' --db " + box.db() + " --format json");
    INFO(ingest.err);
    REQUIRE(ingest.exitCode == 0);
    CHECK(json::parse(ingest.out)["extracted"] == 3);

    const auto all = json::parse(box.cli("events --format json --db " + box.db()).out);
    const auto forum = std::find_if(all.begin(), all.end(), [](const json& e) { return e["name"] == "Станкостроение"; });
    REQUIRE(forum != all.end());
    std::set<std::string> paths;
    for (const auto& s : (*forum)["sources"]) {
        paths.insert(s["path"].get<std::string>());
        CHECK_FALSE(s["sentence"].get<std::string>().empty());
    }
    CHECK(paths.size() == 2); // one event, two sources

    const auto uz = json::parse(box.cli("events --country UZ --format json --db " + box.db()).out);
    REQUIRE(uz.size() == 1);
    CHECK(uz[0]["name"] == "Шелковый путь");
    CHECK(uz[0]["type"] == "summit");
    CHECK(uz[0]["start"] == "2021-09-06");
    CHECK(uz[0]["end"] == "2021-09-07");

    CHECK(json::parse(box.cli("events --type summit,forum --format json --db " + box.db()).out).size() == 2);
    CHECK(json::parse(box.cli("events --from 2022-01-01 --format json --db " + box.db()).out).size() == 1);
    CHECK(json::parse(box.cli("events --to 2021 --format json --db " + box.db()).out).size() == 1);
    CHECK(json::parse(box.cli("events --country UZ --type forum --format json --db " + box.db()).out).empty());

    const auto csv = box.cli("events --format csv --db " + box.db());
    CHECK(csv.out.rfind("start,end,year_inferred,type,name", 0) == 0);
    CHECK(box.cli("events --type party --db " + box.db()).exitCode == 2);
    CHECK(box.cli("events --from yesterday-ish --db " + box.db()).exitCode == 2);

    // Re-ingesting changes nothing and extracts nothing again.
    const auto again = json::parse(box.cli("ingest '" + box.path("in").string() + "' --db " + box.db() + " --format json").out);
    CHECK(again["extracted"] == 0);
}

TEST_CASE("the bundled releases give events reported by more than one document", "[cli][events]")
{
    Sandbox box;
    REQUIRE(box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db()).exitCode == 0);
    const auto events = json::parse(box.cli("events --format json --db " + box.db()).out);
    std::size_t merged = 0;
    for (const auto& e : events) {
        std::set<std::int64_t> docs;
        for (const auto& s : e["sources"])
            docs.insert(s["document"].get<std::int64_t>());
        merged += docs.size() > 1 ? 1 : 0;
    }
    CHECK(merged >= 2);
    const auto persons = json::parse(box.cli("entities --type person --format json --db " + box.db()).out);
    const auto inTwo = std::count_if(persons.begin(), persons.end(), [](const json& p) { return p["documents"] >= 2; });
    CHECK(inTwo >= 2);
}

TEST_CASE("eval measures extraction against seeds, NEREL and factRuEval fixtures", "[cli][eval]")
{
    Sandbox box;
    const std::string data = LETOPIS_TEST_DATA;
    const auto seeds = box.cli("eval seeds '" + data + "/seeds/gold/seeds.json' --format json");
    INFO(seeds.err);
    REQUIRE(seeds.exitCode == 0);
    const auto s = json::parse(seeds.out);
    CHECK(s["events_recall"] == 1.0);
    CHECK(s["event_start_accuracy"] == 1.0);
    CHECK(s["persons_recall"] == 1.0);
    CHECK(s["roles_matched"] == 1.0);
    CHECK(s["organizations_recall"] == 1.0);
    CHECK(s["countries_f1"].get<double>() > 0.5);

    const auto nerel = box.cli("eval nerel '" + data + "/ner' --format json");
    INFO(nerel.err);
    REQUIRE(nerel.exitCode == 0);
    const auto n = json::parse(nerel.out);
    CHECK(n["documents"] == 2);
    CHECK(n["types"].contains("PERSON"));
    const auto factru = box.cli("eval factru '" + data + "/eval' --format json");
    INFO(factru.err);
    REQUIRE(factru.exitCode == 0);
    CHECK(json::parse(factru.out)["types"].contains("PER"));

    CHECK(box.cli("eval seeds /no/such/seeds.json").exitCode == 2);
    CHECK(box.cli("eval nerel").exitCode == 2);
}

namespace {

// Writes one factRuEval document (its tokens as code-point start and length) and scores the
// extractor on it: the "types" object of `eval factru --format json`.
json scoreFactru(Sandbox& box, const std::string& text, const std::string& spans, const std::string& objects,
                 const std::vector<std::pair<int, int>>& tokens)
{
    fs::create_directories(box.path("fr"));
    writeFile(box.path("fr/d.txt"), text);
    writeFile(box.path("fr/d.spans"), spans);
    writeFile(box.path("fr/d.objects"), objects);
    std::string lines;
    int id = 100;
    for (const auto& [start, length] : tokens)
        lines += std::to_string(id++) + ' ' + std::to_string(start) + ' ' + std::to_string(length) + " x\n";
    writeFile(box.path("fr/d.tokens"), lines);
    const auto r = box.cli("eval factru '" + box.path("fr").string() + "' --format json");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return json::parse(r.out)["types"];
}

} // namespace

TEST_CASE("eval factru scores named places only, as factRuEval marks them", "[cli][eval]")
{
    // factRuEval marks no place adjectives, in lower case or opening a sentence; NEREL (whose
    // conventions the extractor follows) marks both. Gold: "Европу" only.
    Sandbox box;
    const auto types = scoreFactru(box, "Российские власти объявили о запуске. Компании из российских регионов поехали в Европу.",
                                   "1 loc_name 80 6 112 1\n", "10 Location 1\n",
                                   {{0, 10}, {11, 6}, {18, 8}, {27, 1}, {29, 7}, {36, 1}, {38, 8}, {47, 2}, {50, 10},
                                    {61, 8}, {70, 7}, {78, 1}, {80, 6}, {86, 1}});
    const auto loc = types["LOC"];
    CHECK(loc["tp"] == 1);
    CHECK(loc["fp"] == 0);
    CHECK(loc["fn"] == 0);
}

TEST_CASE("eval factru keeps a lower-case organisation that holds a name of its own", "[cli][eval]")
{
    // "японского МИДа" is a name, its adjective included, as factRuEval marks it; "правительство
    // Белоруссии" is a common noun and a place: only the place is a factRuEval entity.
    Sandbox box;
    const auto types = scoreFactru(box, "Представитель японского МИДа выступил в среду. Позже правительство Белоруссии одобрило решение.",
                                   "1 org_name 14 14 101 2\n2 loc_name 67 10 109 1\n", "10 Org 1\n11 LocOrg 2\n",
                                   {{0, 13}, {14, 9}, {24, 4}, {29, 8}, {38, 1}, {40, 5}, {45, 1}, {47, 5}, {53, 13},
                                    {67, 10}, {78, 8}, {87, 7}, {94, 1}});
    CHECK(types["ORG"]["tp"] == 2);
    CHECK(types["ORG"]["fp"] == 0);
    CHECK(types["ORG"]["fn"] == 0);
    CHECK(types["LOC"]["tp"] == 1);
    CHECK(types["LOC"]["fp"] == 0);
}

TEST_CASE("eval factru reads a descriptor and a place as the place alone", "[cli][eval]")
{
    // factRuEval marks "Правительство" as a descriptor, never a name, also capitalised at a
    // sentence start; the country in it is a place. NEREL marks the whole an organisation.
    Sandbox box;
    const auto types = scoreFactru(box, "Правительство Японии выразило протест.", "1 loc_name 14 6 101 1\n",
                                   "11 LocOrg 1\n", {{0, 13}, {14, 6}, {21, 8}, {30, 7}, {37, 1}});
    CHECK(types["ORG"]["fp"] == 0);
    CHECK(types["LOC"]["tp"] == 1);
    CHECK(types["LOC"]["fn"] == 0);
}

TEST_CASE("eval factru reads the quoted name after a legal form or kind of body as the name", "[cli][eval]")
{
    // factRuEval marks "РИА" in "РИА «Новости»" as a descriptor; NEREL marks the whole.
    Sandbox box;
    const auto types = scoreFactru(box, "Об этом сообщает РИА «Новости».", "1 org_name 22 7 101 1\n", "10 Org 1\n",
                                   {{0, 2}, {3, 4}, {8, 8}, {17, 3}, {21, 1}, {22, 7}, {29, 1}, {30, 1}});
    CHECK(types["ORG"]["tp"] == 1);
    CHECK(types["ORG"]["fp"] == 0);
    CHECK(types["ORG"]["fn"] == 0);
}

TEST_CASE("corrections apply at once and survive re-ingest", "[cli][override]")
{
    Sandbox box;
    fs::create_directories(box.path("in"));
    writeFile(box.path("in/a.txt"), kForumA);
    writeFile(box.path("in/c.txt"), kSummit);
    const std::string in = "'" + box.path("in").string() + "' --db " + box.db();
    REQUIRE(box.cli("ingest " + in).exitCode == 0);
    const auto events = json::parse(box.cli("events --format json --db " + box.db()).out);
    const auto summit = std::find_if(events.begin(), events.end(), [](const json& e) { return e["name"] == "Шелковый путь"; });
    REQUIRE(summit != events.end());
    const std::string key = (*summit)["key"];

    CHECK(box.cli("override rename event '" + key + "' 'Саммит «Шелковый путь»' --db " + box.db()).exitCode == 0);
    CHECK(box.cli("override merge person 'Петр Иванов' 'Пётр Иванов-Старший' --db " + box.db()).exitCode == 0);
    CHECK(box.cli("override reject country CN --db " + box.db()).exitCode == 0);
    CHECK(box.cli("override frobnicate event x --db " + box.db()).exitCode == 2);
    CHECK(box.cli("override reject planet x --db " + box.db()).exitCode == 2);

    for (int round = 0; round < 2; ++round) { // as corrected, and again after a re-ingest of a changed file
        const auto after = json::parse(box.cli("events --format json --db " + box.db()).out);
        const auto renamed = std::find_if(after.begin(), after.end(), [](const json& e) { return e["corrected"] == true; });
        REQUIRE(renamed != after.end());
        CHECK((*renamed)["name"] == "Саммит «Шелковый путь»");
        const auto persons = json::parse(box.cli("entities --type person --format json --db " + box.db()).out);
        CHECK(std::any_of(persons.begin(), persons.end(), [](const json& p) { return p["name"] == "Пётр Иванов-Старший"; }));
        CHECK(std::none_of(persons.begin(), persons.end(), [](const json& p) { return p["name"] == "Петр Иванов"; }));
        const auto china = json::parse(box.cli("events --country CN --format json --db " + box.db()).out);
        CHECK(china.empty());
        writeFile(box.path("in/a.txt"), std::string(kForumA) + " Дополнение.");
        fs::last_write_time(box.path("in/a.txt"), fs::last_write_time(box.path("in/a.txt")) + std::chrono::seconds(5));
        REQUIRE(box.cli("ingest " + in).exitCode == 0);
    }
    CHECK(json::parse(box.cli("override list --format json --db " + box.db()).out).size() == 3);
}
