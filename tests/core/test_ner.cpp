#include <catch2/catch.hpp>

#include "letopis/gazetteer.hpp"
#include "letopis/ner.hpp"
#include "letopis/text.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace fs = std::filesystem;
using namespace letopis;

namespace {

const std::string kData = std::string(LETOPIS_TEST_DATA) + "/ner";

fs::path tempPath(const std::string& name)
{
    const auto dir = fs::temp_directory_path() / "letopis-test-ner";
    fs::create_directories(dir);
    return dir / name;
}

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void spit(const fs::path& p, const std::string& bytes)
{
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

// A model trained on the two fixture documents, kept for the whole run.
const std::string& fixtureModel()
{
    static const std::string path = [] {
        ner::TrainParams p;
        p.nerelDir = kData;
        p.outPath = tempPath("fixture.model").string();
        p.epochs = 10;
        p.minFeatureCount = 1;
        p.pruneBelow = 0;
        auto r = ner::train(p);
        REQUIRE(r.ok());
        return p.outPath;
    }();
    return path;
}

void requireWellFormed(const std::vector<ner::Span>& spans, std::size_t textSize, const std::vector<std::string>& types)
{
    const std::set<std::string> known(types.begin(), types.end());
    for (const auto& s : spans) {
        CHECK(s.start < s.end);
        CHECK(s.end <= textSize);
        CHECK(known.count(s.type) == 1);
        CHECK(s.confidence >= 0.0f);
        CHECK(s.confidence <= 1.0f);
    }
}

} // namespace

TEST_CASE("brat reader keeps nested entities and skips relations and notes", "[ner][brat]")
{
    const auto spans = ner::parseBrat(slurp(kData + "/nested.ann"));
    REQUIRE(spans.size() == 10);
    // Sorted by start, the outer span first.
    CHECK(spans[0] == ner::Span{0, 30, "PROFESSION", 1.0f});
    CHECK(spans[1] == ner::Span{24, 30, "COUNTRY", 1.0f});
    CHECK(spans[6] == ner::Span{80, 97, "PROFESSION", 1.0f});
    CHECK(spans[7] == ner::Span{86, 97, "ORGANIZATION", 1.0f});
    CHECK(spans[8] == ner::Span{90, 97, "COUNTRY", 1.0f});
}

TEST_CASE("brat reader merges a discontinuous entity into its covering span", "[ner][brat]")
{
    const auto spans = ner::parseBrat("T1\tPROFESSION 57 70;71 80\tпредседателем правления\n"
                                      "T2\tDATE 108 124;97 101\tx\n");
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == ner::Span{57, 80, "PROFESSION", 1.0f});
    CHECK(spans[1] == ner::Span{97, 124, "DATE", 1.0f});
}

TEST_CASE("brat reader skips malformed lines and accepts CRLF", "[ner][brat]")
{
    const auto spans = ner::parseBrat("T1\tPERSON 5 2\tbackwards\r\nT2\tPERSON x y\tz\r\nT3\tCITY\t\r\n"
                                      "garbage\r\nT4\tCITY 3 9\tМосква\r\n");
    REQUIRE(spans.size() == 1);
    CHECK(spans[0] == ner::Span{3, 9, "CITY", 1.0f});
    CHECK(ner::parseBrat("").empty());
}

TEST_CASE("a tiny training run learns to tag its own documents", "[ner][train]")
{
    auto tagger = ner::Tagger::load(fixtureModel());
    REQUIRE(tagger.ok());
    const auto text = slurp(kData + "/nested.txt");
    const auto u = text::toU32(text);
    const auto spans = (*tagger)->tag(std::u32string_view(u));
    requireWellFormed(spans, u.size(), (*tagger)->types());
    const auto has = [&](std::uint32_t s, std::uint32_t e, const char* type) {
        return std::any_of(spans.begin(), spans.end(),
                           [&](const ner::Span& x) { return x.start == s && x.end == e && x.type == type; });
    };
    CHECK(has(31, 44, "PERSON"));
    CHECK(has(54, 59, "CITY"));
    CHECK(has(24, 30, "COUNTRY"));
    // Nesting across layers: the organisation and the country inside it.
    CHECK(has(86, 97, "ORGANIZATION"));
    CHECK(has(90, 97, "COUNTRY"));
    CHECK(has(0, 30, "PROFESSION"));
}

TEST_CASE("training is reproducible and a saved model tags identically after loading", "[ner][train]")
{
    ner::TrainParams p;
    p.nerelDir = kData;
    p.outPath = tempPath("again.model").string();
    p.epochs = 10;
    p.minFeatureCount = 1;
    p.pruneBelow = 0;
    auto r = ner::train(p);
    REQUIRE(r.ok());
    CHECK(r->documents == 2);
    CHECK(r->features > 0);
    CHECK(r->modelBytes == fs::file_size(p.outPath));
    CHECK(slurp(p.outPath) == slurp(fixtureModel()));

    auto a = ner::Tagger::load(fixtureModel());
    auto b = ner::Tagger::load(p.outPath);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const std::string text = slurp(kData + "/quotes.txt");
    CHECK((*a)->tag(std::string_view(text)) == (*b)->tag(std::string_view(text)));
    CHECK((*a)->types() == (*b)->types());
}

TEST_CASE("training refuses a folder without annotations and bad parameters", "[ner][train]")
{
    ner::TrainParams p;
    p.nerelDir = tempPath("empty-dir").string();
    fs::create_directories(p.nerelDir);
    p.outPath = tempPath("never.model").string();
    auto r = ner::train(p);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("no NEREL"));
    p.nerelDir = kData;
    p.epochs = 0;
    CHECK_FALSE(ner::train(p).ok());
    p.epochs = 2;
    for (int bad : {0, 17}) {
        p.ensemble = bad;
        const auto refused = ner::train(p);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.error().message, Catch::Contains("ensemble"));
    }
    CHECK_FALSE(fs::exists(p.outPath));
}

TEST_CASE("an ensemble averages runs over other shuffles and stays reproducible", "[ner][train]")
{
    ner::TrainParams p;
    p.nerelDir = kData;
    p.epochs = 3;
    p.minFeatureCount = 1;
    p.pruneBelow = 0;
    p.ensemble = 1;
    p.outPath = tempPath("single.model").string();
    REQUIRE(ner::train(p).ok());
    p.ensemble = 3;
    p.outPath = tempPath("ensemble-a.model").string();
    REQUIRE(ner::train(p).ok());
    p.outPath = tempPath("ensemble-b.model").string();
    REQUIRE(ner::train(p).ok());
    CHECK(slurp(tempPath("ensemble-a.model")) == slurp(tempPath("ensemble-b.model")));
    // The later runs saw the documents in other orders, so the averaged weights differ.
    CHECK(slurp(tempPath("ensemble-a.model")) != slurp(tempPath("single.model")));
    auto tagger = ner::Tagger::load(tempPath("ensemble-a.model").string());
    REQUIRE(tagger.ok());
    const auto u = text::toU32(slurp(kData + "/nested.txt"));
    requireWellFormed((*tagger)->tag(std::u32string_view(u)), u.size(), (*tagger)->types());
}

TEST_CASE("loading refuses missing, foreign, truncated and modified model files", "[ner][model]")
{
    const std::string good = slurp(fixtureModel());
    REQUIRE(good.size() > 64);

    auto missing = ner::Tagger::load(tempPath("no-such.model").string());
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.error().message, Catch::Contains("does not exist"));

    const auto foreign = tempPath("foreign.model");
    spit(foreign, "PK\x03\x04 this is a zip file, not a model");
    auto f = ner::Tagger::load(foreign.string());
    REQUIRE_FALSE(f.ok());
    CHECK_THAT(f.error().message, Catch::Contains("not a Letopis NER model"));

    const auto truncated = tempPath("truncated.model");
    for (std::size_t keep : {std::size_t{10}, std::size_t{20}, good.size() / 2, good.size() - 1}) {
        spit(truncated, good.substr(0, keep));
        auto t = ner::Tagger::load(truncated.string());
        REQUIRE_FALSE(t.ok());
        CHECK_THAT(t.error().message, Catch::Contains("damaged"));
    }

    const auto modified = tempPath("modified.model");
    std::string bad = good;
    bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 0x5A);
    spit(modified, bad);
    auto m = ner::Tagger::load(modified.string());
    REQUIRE_FALSE(m.ok());
    CHECK_THAT(m.error().message, Catch::Contains("checksum"));

    std::string newer = good;
    newer[8] = 99; // the version field
    spit(modified, newer);
    auto v = ner::Tagger::load(modified.string());
    REQUIRE_FALSE(v.ok());
    CHECK_THAT(v.error().message, Catch::Contains("version"));

    // A model of the first format (greedy decoding, other features) must be retrained.
    std::string older = good;
    older[8] = 1;
    spit(modified, older);
    auto o = ner::Tagger::load(modified.string());
    REQUIRE_FALSE(o.ok());
    CHECK_THAT(o.error().message, Catch::Contains("version 1") && Catch::Contains("retrain"));
}

TEST_CASE("tags stay within the text for empty, odd and long input", "[ner][tag]")
{
    auto tagger = ner::Tagger::load(fixtureModel());
    REQUIRE(tagger.ok());
    const auto& t = **tagger;
    CHECK(t.tag(std::string_view("")).empty());
    CHECK(t.tag(std::u32string_view(U"")).empty());
    for (const std::string s : {"...", "«»", "\xff\xfe broken utf-8 Москва", "Лавров", "2020-2021 гг.\n\n\n"}) {
        const auto u = text::toU32(s);
        requireWellFormed(t.tag(std::u32string_view(u)), u.size(), t.types());
    }
    std::string big;
    for (int i = 0; i < 200; ++i)
        big += slurp(kData + "/nested.txt");
    const auto u = text::toU32(big);
    const auto spans = t.tag(std::u32string_view(u));
    requireWellFormed(spans, u.size(), t.types());
    CHECK(spans.size() > 200);
}

TEST_CASE("the shipped model loads and finds a person, a country and a city", "[ner][shipped]")
{
    const auto path = ner::Tagger::defaultModelPath();
    CHECK_THAT(path, Catch::EndsWith("ner/nerel.model"));
    auto tagger = ner::Tagger::load(path);
    REQUIRE(tagger.ok());
    const auto types = (*tagger)->types();
    CHECK(std::find(types.begin(), types.end(), "PERSON") != types.end());
    const std::u32string text = U"Вчера в Новосибирске министр обороны России Андрей Белоусов провёл совещание.";
    const auto spans = (*tagger)->tag(std::u32string_view(text));
    requireWellFormed(spans, text.size(), types);
    const auto found = [&](std::u32string_view what, const char* type) {
        const auto at = static_cast<std::uint32_t>(text.find(what));
        return std::any_of(spans.begin(), spans.end(), [&](const ner::Span& s) {
            return s.start == at && s.end == at + what.size() && s.type == type;
        });
    };
    CHECK(found(U"Андрей Белоусов", "PERSON"));
    CHECK(found(U"России", "COUNTRY"));
    CHECK(found(U"Новосибирске", "CITY"));
}

TEST_CASE("the shipped model keeps multi-word names whole and tags in both orders", "[ner][shipped]")
{
    auto tagger = ner::Tagger::load(ner::Tagger::defaultModelPath());
    REQUIRE(tagger.ok());
    const std::u32string text = U"Делегация прилетела в Буэнос-Айрес. Президент Аргентины Хавьер Милей встретил "
                                U"гостей 12 марта 2024 года.";
    const auto spans = (*tagger)->tag(std::u32string_view(text));
    requireWellFormed(spans, text.size(), (*tagger)->types());
    const auto found = [&](std::u32string_view what, const char* type) {
        const auto at = static_cast<std::uint32_t>(text.find(what));
        return std::any_of(spans.begin(), spans.end(), [&](const ner::Span& s) {
            return s.start == at && s.end == at + what.size() && s.type == type;
        });
    };
    CHECK(found(U"Буэнос-Айрес", "CITY"));
    CHECK(found(U"Хавьер Милей", "PERSON"));
    CHECK(found(U"Аргентины", "COUNTRY"));
    CHECK(found(U"12 марта 2024 года", "DATE"));
    // The same text twice in a row tags the second copy the same way (no state leaks between
    // sentences or calls).
    const auto again = (*tagger)->tag(std::u32string_view(text));
    CHECK(again == spans);
}

TEST_CASE("tagging with the caller's gazetteer matches gives what tagging alone gives", "[ner][shipped]")
{
    auto tagger = ner::Tagger::load(ner::Tagger::defaultModelPath());
    REQUIRE(tagger.ok());
    auto gazetteer = gaz::Gazetteer::load();
    REQUIRE(gazetteer.ok());
    const std::u32string text = U"Российские и китайские компании открыли завод в Казани. Губернатор Свердловской "
                                U"области встретился с послом Франции в Екатеринбурге.";
    const auto places = (*gazetteer)->find(text);
    REQUIRE(!places.empty());
    const auto alone = (*tagger)->tag(std::u32string_view(text));
    CHECK((*tagger)->tag(text, places) == alone);
    // No matches given: the place features are absent, the result is still well formed.
    requireWellFormed((*tagger)->tag(text, {}), text.size(), (*tagger)->types());
}

TEST_CASE("two taggers in one thread keep their per-thread caches apart", "[ner][train]")
{
    // The fixture model and the shipped one alternate; each must tag as it does on its own.
    auto fixture = ner::Tagger::load(fixtureModel());
    auto shipped = ner::Tagger::load(ner::Tagger::defaultModelPath());
    REQUIRE(fixture.ok());
    REQUIRE(shipped.ok());
    const std::u32string text = U"Министр Иван Петров посетил Москву и Санкт-Петербург в июне 2023 года.";
    const auto a = (*fixture)->tag(std::u32string_view(text));
    const auto b = (*shipped)->tag(std::u32string_view(text));
    CHECK((*fixture)->tag(std::u32string_view(text)) == a);
    CHECK((*shipped)->tag(std::u32string_view(text)) == b);
    CHECK(a != b);
}

TEST_CASE("tagging with the caller's tokens and without confidence gives the same spans", "[ner][shipped]")
{
    auto tagger = ner::Tagger::load(ner::Tagger::defaultModelPath());
    REQUIRE(tagger.ok());
    auto gazetteer = gaz::Gazetteer::load();
    REQUIRE(gazetteer.ok());
    const std::u32string text = U"Министр промышленности Денис Мантуров посетил Казань. В Уфе открылся форум.";
    const auto tokens = text::tokens(text);
    const auto places = (*gazetteer)->find(text, tokens);
    const auto full = (*tagger)->tag(text, places);
    CHECK((*tagger)->tag(text, places, tokens) == full);
    const auto bare = (*tagger)->tag(text, places, tokens, false);
    REQUIRE(bare.size() == full.size());
    for (std::size_t i = 0; i < bare.size(); ++i) {
        CHECK(bare[i].start == full[i].start);
        CHECK(bare[i].end == full[i].end);
        CHECK(bare[i].type == full[i].type);
        CHECK(bare[i].confidence == 1.0f);
    }
}

TEST_CASE("no span runs across the end of a sentence or a line break", "[ner][shipped]")
{
    // Decoding forbids it whatever the weights say: ". " after a word of four letters or more, or
    // after a closing quote, ends a sentence; initials ("Дж. Коми", "А. Санько") do not.
    auto tagger = ner::Tagger::load(ner::Tagger::defaultModelPath());
    REQUIRE(tagger.ok());
    const std::u32string text = U"Там была испанская королева Летисия. Лионель Месси познакомился с ней. "
                                U"Нейросеть создала «Яндекса». Лёша Тихонов обучил сеть.\nАндрей Варичев\n"
                                U"Конгресс утвердит кандидатуру Дж. Коми, сообщил А. Санько.";
    const auto spans = (*tagger)->tag(std::u32string_view(text));
    requireWellFormed(spans, text.size(), (*tagger)->types());
    for (const auto& s : spans) {
        const std::u32string inside = text.substr(s.start, s.end - s.start);
        CHECK(inside.find(U"Летисия.") == std::u32string::npos);
        CHECK(inside.find(U"». ") == std::u32string::npos);
        CHECK(inside.find(U'\n') == std::u32string::npos);
    }
    // Initials stay inside a name when the model puts them there: "Дж. Коми" may be one span.
    CHECK(std::any_of(spans.begin(), spans.end(), [](const ner::Span& s) { return s.type == "PERSON"; }));
}
