#include <catch2/catch.hpp>

#include "letopis/eval.hpp"
#include "letopis/text.hpp"

using namespace letopis;

namespace {

const std::string kEval = std::string(LETOPIS_TEST_DATA) + "/eval";
const std::string kNer = std::string(LETOPIS_TEST_DATA) + "/ner";

ner::Span span(std::uint32_t s, std::uint32_t e, const char* type) { return ner::Span{s, e, type, 1.0f}; }

} // namespace

TEST_CASE("precision, recall and F1 from counts", "[eval][score]")
{
    eval::Score s;
    CHECK(s.precision() == 0.0);
    CHECK(s.recall() == 0.0);
    CHECK(s.f1() == 0.0);
    s.truePositives = 6;
    s.falsePositives = 2;
    s.falseNegatives = 4;
    CHECK(s.precision() == Approx(0.75));
    CHECK(s.recall() == Approx(0.6));
    CHECK(s.f1() == Approx(2 * 0.75 * 0.6 / 1.35));
}

TEST_CASE("exact span matching counts type and boundary errors", "[eval][score]")
{
    const std::vector<ner::Span> gold = {span(0, 5, "PERSON"), span(10, 15, "CITY"), span(20, 30, "ORGANIZATION"),
                                         span(20, 30, "ORGANIZATION")};
    const std::vector<ner::Span> sys = {span(0, 5, "PERSON"),        // hit
                                        span(10, 15, "COUNTRY"),     // wrong type
                                        span(20, 29, "ORGANIZATION"), // wrong boundary
                                        span(40, 45, "DATE")};
    std::map<std::string, eval::Score> all;
    eval::scoreSpans(gold, sys, {}, all);
    CHECK(all["PERSON"].truePositives == 1);
    CHECK(all["CITY"].falseNegatives == 1);
    CHECK(all["COUNTRY"].falsePositives == 1);
    CHECK(all["ORGANIZATION"].falsePositives == 1);
    CHECK(all["ORGANIZATION"].falseNegatives == 1); // the duplicate gold span counts once
    CHECK(all["DATE"].falsePositives == 1);

    std::map<std::string, eval::Score> some;
    eval::scoreSpans(gold, sys, {"PERSON", "EVENT"}, some);
    CHECK(some.size() == 2);
    CHECK(some["PERSON"].truePositives == 1);
    CHECK(some["EVENT"].truePositives + some["EVENT"].falsePositives + some["EVENT"].falseNegatives == 0);
}

TEST_CASE("NEREL evaluation over a folder", "[eval][nerel]")
{
    // An extractor that knows the answers scores 1; one that finds nothing scores 0 recall.
    std::map<std::string, std::vector<ner::Span>> answers;
    answers[*ner::readFile(kNer + "/nested.txt")] = ner::parseBrat(*ner::readFile(kNer + "/nested.ann"));
    answers[*ner::readFile(kNer + "/quotes.txt")] = ner::parseBrat(*ner::readFile(kNer + "/quotes.ann"));
    auto perfect = eval::nerel(kNer, [&](const std::string& t) { return answers[t]; });
    REQUIRE(perfect.ok());
    CHECK(perfect->documents == 2);
    CHECK(perfect->byType["PERSON"].truePositives == 3);
    CHECK(perfect->byType["COUNTRY"].truePositives == 4);
    CHECK(perfect->byType["PROFESSION"].f1() == Approx(1.0));

    auto nothing = eval::nerel(kNer, [](const std::string&) { return std::vector<ner::Span>{}; }, {"PERSON"});
    REQUIRE(nothing.ok());
    CHECK(nothing->byType.size() == 1);
    CHECK(nothing->byType["PERSON"].falseNegatives == 3);
    CHECK(nothing->byType["PERSON"].recall() == 0.0);

    auto missing = eval::nerel(kEval + "/no-such-dir", [](const std::string&) { return std::vector<ner::Span>{}; });
    CHECK_FALSE(missing.ok());
}

TEST_CASE("factRuEval reader selects gold spans as naeval does", "[eval][factru]")
{
    auto doc = eval::readFactru(kEval, "doc1");
    REQUIRE(doc.ok());
    CHECK(doc->tokens.size() == 11);
    // "Мэр Москвы" has no org_name, so no ORG there; the LocOrg inside it is a LOC; the Person
    // covers name and surname; the Org "компании Яндекс" is just its org_name.
    const std::vector<ner::Span> expected = {span(4, 10, "LOC"), span(11, 25, "PER"), span(48, 54, "ORG"),
                                             span(57, 63, "LOC")};
    CHECK(doc->gold == expected);

    auto missing = eval::readFactru(kEval, "doc2");
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.error().message, Catch::Contains("doc2.txt"));
}

TEST_CASE("factRuEval token-level scoring maps types and counts tokens", "[eval][factru]")
{
    auto doc = eval::readFactru(kEval, "doc1");
    REQUIRE(doc.ok());
    std::map<std::string, eval::Score> s;
    eval::scoreFactru(*doc,
                      {span(11, 17, "PERSON"),       // one of the two PER tokens
                       span(4, 10, "CITY"),          // LOC hit
                       span(39, 54, "ORGANIZATION"), // "компании Яндекс": 1 hit, 1 false
                       span(57, 63, "DATE"),         // not scored
                       span(58, 60, "COUNTRY")},     // misaligned: dropped
                      s);
    CHECK(s["PER"].truePositives == 1);
    CHECK(s["PER"].falseNegatives == 1);
    CHECK(s["PER"].falsePositives == 0);
    CHECK(s["LOC"].truePositives == 1);
    CHECK(s["LOC"].falseNegatives == 1);
    CHECK(s["LOC"].falsePositives == 0);
    CHECK(s["ORG"].truePositives == 1);
    CHECK(s["ORG"].falsePositives == 1);

    // Nested system output (an organisation holding a country) keeps only the outer span.
    std::map<std::string, eval::Score> nested;
    eval::scoreFactru(*doc, {span(0, 10, "ORGANIZATION"), span(4, 10, "CITY")}, nested);
    CHECK(nested["ORG"].falsePositives == 2);
    CHECK(nested["LOC"].truePositives == 0);
    CHECK(nested["LOC"].falseNegatives == 2);
}

TEST_CASE("factRuEval evaluation over a folder", "[eval][factru]")
{
    auto r = eval::factru(kEval, [](const std::string& utf8) {
        const auto u = text::toU32(utf8);
        const auto at = static_cast<std::uint32_t>(u.find(U"Сергей Собянин"));
        return std::vector<ner::Span>{span(at, at + 14, "PERSON")};
    });
    REQUIRE(r.ok());
    CHECK(r->documents == 1);
    CHECK(r->byType["PER"].f1() == Approx(1.0));
    CHECK(r->byType["LOC"].falseNegatives == 2);
    CHECK_FALSE(eval::factru(kNer, [](const std::string&) { return std::vector<ner::Span>{}; }).ok());
}
