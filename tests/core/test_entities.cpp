// The queries behind an entity page: one entity with its roles over time, its mentions in
// context, and its events, on the bundled corpus ingested with extraction.
#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"
#include "letopis/store.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace letopis;

namespace {

std::unique_ptr<store::Database> ingestCorpus()
{
    static auto resources = extract::Resources::load();
    REQUIRE(resources);
    auto x = extract::Extractor::create(*resources);
    REQUIRE(x);
    auto opened = store::Database::open(":memory:");
    REQUIRE(opened);
    ingest::Params params;
    params.paths = {LETOPIS_CORPUS};
    params.extractor = x->get();
    auto report = ingest::run(**opened, params);
    REQUIRE(report);
    REQUIRE(report->failures.empty());
    return std::move(*opened);
}

// Shared by the tests that only read.
store::Database& corpus()
{
    static std::unique_ptr<store::Database> db = ingestCorpus();
    return *db;
}

// The code points of a UTF-8 string, to check spans against.
std::u32string codePoints(const std::string& s)
{
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : c & (0x7F >> n);
        for (int k = 1; k < n && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out += cp;
        i += n;
    }
    return out;
}

} // namespace

TEST_CASE("an entity by kind and key, with its roles over time", "[store][entities]")
{
    auto& db = corpus();
    auto row = db.entity("person", text::nameKey("Денис Мантуров"));
    REQUIRE(row);
    REQUIRE(*row);
    const store::EntityRow& p = **row;
    CHECK(p.name == "Денис Мантуров");
    CHECK(p.kind == "person");
    CHECK(p.documents == 2);
    REQUIRE(p.firstSeen);
    REQUIRE(p.lastSeen);
    CHECK(p.firstSeen->iso() == "2020-07-06");
    CHECK(p.lastSeen->iso() == "2024-04-22");
    // 2020: head of the ministry; 2024: minister and deputy prime minister. Oldest first, each dated.
    REQUIRE(p.roles.size() >= 2);
    CHECK(p.roles.front().title == "глава Минпромторга РФ");
    for (const auto& r : p.roles) {
        REQUIRE(r.evidence.published);
        CHECK(!r.evidence.path.empty());
        CHECK(r.evidence.sentenceText.find(" ") != std::string::npos);
    }
    CHECK(std::is_sorted(p.roles.begin(), p.roles.end(), [](const auto& a, const auto& b) {
        return a.evidence.published->iso() < b.evidence.published->iso();
    }));
    CHECK(std::any_of(p.roles.begin(), p.roles.end(), [](const auto& r) { return r.evidence.published->iso() == "2024-04-22"; }));

    auto byId = db.entityById(p.id);
    REQUIRE(byId);
    REQUIRE(*byId);
    CHECK((*byId)->key == p.key);
}

TEST_CASE("unknown entities are nothing, not errors", "[store][entities]")
{
    auto& db = corpus();
    auto none = db.entity("person", "нет такого");
    REQUIRE(none);
    CHECK(!*none);
    auto noId = db.entityById(999999);
    REQUIRE(noId);
    CHECK(!*noId);
    auto mentions = db.entityMentions(999999);
    REQUIRE(mentions);
    CHECK(mentions->empty());
    auto events = db.entityEvents(999999);
    REQUIRE(events);
    CHECK(events->empty());
}

TEST_CASE("mentions come in their sentence, with spans into the document text", "[store][entities]")
{
    auto& db = corpus();
    auto row = db.entity("person", text::nameKey("Денис Мантуров"));
    REQUIRE(row);
    REQUIRE(*row);
    auto mentions = db.entityMentions((*row)->id);
    REQUIRE(mentions);
    REQUIRE(mentions->size() == (*row)->mentions);
    for (const auto& m : *mentions) {
        CHECK(m.context.sentence.start <= m.mention.start);
        CHECK(m.mention.end <= m.context.sentence.end);
        // The span cut out of the sentence is the mention as printed.
        const auto sentence = codePoints(m.context.sentenceText);
        const auto cut = sentence.substr(m.mention.start - m.context.sentence.start, m.mention.end - m.mention.start);
        CHECK(cut == codePoints(m.text));
        // And the span is into the whole document text.
        auto doc = db.document(std::to_string(m.context.documentId));
        REQUIRE(doc);
        REQUIRE(*doc);
        CHECK(codePoints((*doc)->doc.text).substr(m.mention.start, m.mention.end - m.mention.start) == codePoints(m.text));
    }
    CHECK(mentions->front().context.published->iso() == "2020-07-06"); // oldest first

    auto one = db.entityMentions((*row)->id, 1);
    REQUIRE(one);
    CHECK(one->size() == 1);
}

TEST_CASE("an entity's events: speakers, organisations, countries and places", "[store][entities]")
{
    auto& db = corpus();
    auto names = [&](std::string_view kind, std::string_view key) {
        auto row = db.entity(kind, key);
        REQUIRE(row);
        REQUIRE(*row);
        auto events = db.entityEvents((*row)->id);
        REQUIRE(events);
        std::vector<std::string> out;
        for (const auto& e : *events) {
            CHECK(!e.sources.empty()); // consolidated like events()
            out.push_back(e.name);
        }
        return out;
    };
    auto has = [](const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); };

    const auto manturov = names("person", text::nameKey("Денис Мантуров"));
    CHECK(has(manturov, "Иннопром"));
    CHECK(has(manturov, "Иннопром. Центральная Азия"));
    auto row = db.entity("person", text::nameKey("Денис Мантуров"));
    CHECK((*row)->events == manturov.size());

    const auto uzbekistan = names("country", "UZ");
    CHECK(has(uzbekistan, "Иннопром. Центральная Азия"));

    const auto tashkent = names("place", text::nameKey("Ташкент"));
    CHECK(has(tashkent, "Иннопром. Центральная Азия"));
    auto place = db.entity("place", text::nameKey("Ташкент"));
    CHECK((*place)->events == tashkent.size());
}

TEST_CASE("a renamed entity shows its new name and says it was corrected", "[store][entities]")
{
    auto db = ingestCorpus();
    const std::string key = text::nameKey("Денис Мантуров");
    store::Override o;
    o.kind = "rename";
    o.subjectKind = "person";
    o.subjectKey = key;
    o.value = "Денис Валентинович Мантуров";
    REQUIRE(db->addOverride(o));
    auto row = db->entity("person", key);
    REQUIRE(row);
    REQUIRE(*row);
    CHECK((*row)->name == "Денис Валентинович Мантуров");
    CHECK((*row)->corrected);
    auto plain = db->entity("person", text::nameKey("Жамшид Ходжаев"));
    REQUIRE(plain);
    REQUIRE(*plain);
    CHECK(!(*plain)->corrected);
}
