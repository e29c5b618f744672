// Tests for the Russian date finder (include/letopis/dates.hpp).
#include "letopis/dates.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace letopis::dates;

namespace {

Date anchorOf(const char* iso)
{
    return *parseIso(iso);
}

const char* kindName(Kind k)
{
    switch (k) {
    case Kind::Absolute: return "Absolute";
    case Kind::Partial: return "Partial";
    case Kind::Range: return "Range";
    case Kind::Relative: return "Relative";
    }
    return "?";
}

std::size_t cpLen(const std::string& utf8)
{
    std::size_t n = 0;
    for (unsigned char c : utf8)
        n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

// Code-point offset of needle in haystack (both UTF-8).
std::uint32_t cpFind(const std::string& hay, const std::string& needle)
{
    const auto pos = hay.find(needle);
    REQUIRE(pos != std::string::npos);
    return static_cast<std::uint32_t>(cpLen(hay.substr(0, pos)));
}

struct Case {
    const char* text;
    const char* anchor; // nullptr: no anchor
    Kind kind;
    const char* begin;  // ISO of DateMention::begin
    const char* end;    // ISO of DateMention::end_
    Precision precision;
    bool inferred;
};

constexpr auto D = Precision::Day;
constexpr auto M = Precision::Month;
constexpr auto Y = Precision::Year;
constexpr auto Abs = Kind::Absolute;
constexpr auto Par = Kind::Partial;
constexpr auto Rng = Kind::Range;
constexpr auto Rel = Kind::Relative;
constexpr const char* A20 = "2020-07-06"; // a Monday
constexpr const char* A24 = "2024-04-22"; // a Monday

// Each text is exactly one expression; the mention must cover all of it.
const Case kCases[] = {
    // Absolute dates
    {"7 июля 2020 года", A20, Abs, "2020-07-07", "2020-07-07", D, false},
    {"7 июля 2020 г.", A20, Abs, "2020-07-07", "2020-07-07", D, false},
    {"7 июля 2020", A20, Abs, "2020-07-07", "2020-07-07", D, false},
    {"07.07.2020", A20, Abs, "2020-07-07", "2020-07-07", D, false},
    {"7.7.2020", A20, Abs, "2020-07-07", "2020-07-07", D, false},
    {"06.07.20", A20, Abs, "2020-07-06", "2020-07-06", D, false},
    {"06.07.21", A20, Abs, "2021-07-06", "2021-07-06", D, false},
    {"06.07.22", A20, Abs, "1922-07-06", "1922-07-06", D, false},
    {"2020-07-07", A20, Abs, "2020-07-07", "2020-07-07", D, false},
    {"20 мая 2020года", A20, Abs, "2020-05-20", "2020-05-20", D, false},
    {"7июля", A20, Par, "2020-07-07", "2020-07-07", D, true},
    {"1 января 2021", A20, Abs, "2021-01-01", "2021-01-01", D, false},
    {"22 АПР 2024", A20, Abs, "2024-04-22", "2024-04-22", D, false},
    {"22 апр. 2024 г.", A20, Abs, "2024-04-22", "2024-04-22", D, false},
    {"3 сент. 2019 г.", A20, Abs, "2019-09-03", "2019-09-03", D, false},
    {"29 февраля 2020 года", A20, Abs, "2020-02-29", "2020-02-29", D, false},
    {"29.02.2000", A20, Abs, "2000-02-29", "2000-02-29", D, false},
    {"31 декабря 2019 года", A20, Abs, "2019-12-31", "2019-12-31", D, false},
    {"22-го апреля 2024 года", A20, Abs, "2024-04-22", "2024-04-22", D, false},
    {"7 ИЮЛЯ 2020 ГОДА", A20, Abs, "2020-07-07", "2020-07-07", D, false},
    {"7\u00A0июля\u00A02020\u00A0г.", A20, Abs, "2020-07-07", "2020-07-07", D, false},
    {"1 мая 2021 года", A20, Abs, "2021-05-01", "2021-05-01", D, false},
    // Months and years with a printed year
    {"июль 2020 года", A20, Abs, "2020-07", "2020-07", M, false},
    {"в июле 2020 г.", A20, Abs, "2020-07", "2020-07", M, false},
    {"в сентябре 2019 года", A20, Abs, "2019-09", "2019-09", M, false},
    {"январе 2021 года", A20, Abs, "2021-01", "2021-01", M, false},
    {"ЯНВ 2021", A20, Abs, "2021-01", "2021-01", M, false},
    {"в 2021 году", A20, Abs, "2021", "2021", Y, false},
    {"2021 г.", A20, Abs, "2021", "2021", Y, false},
    {"2021г.", A20, Abs, "2021", "2021", Y, false},
    {"в 2019-м году", A20, Abs, "2019", "2019", Y, false},
    {"в 2019\u2011м году", A20, Abs, "2019", "2019", Y, false},
    {"2019-го года", A20, Abs, "2019", "2019", Y, false},
    {"в начале 2021 года", A20, Abs, "2021", "2021", Y, false},
    {"в течение 2022 года", A20, Abs, "2022", "2022", Y, false},
    {"2020 год", A20, Abs, "2020", "2020", Y, false},
    // Day and month without a year: the year closest to the anchor
    {"7 июля", A20, Par, "2020-07-07", "2020-07-07", D, true},
    {"22 апреля", A24, Par, "2024-04-22", "2024-04-22", D, true},
    {"22 АПР", A24, Par, "2024-04-22", "2024-04-22", D, true},
    {"25 декабря", "2021-01-15", Par, "2020-12-25", "2020-12-25", D, true},
    {"10 января", "2020-12-20", Par, "2021-01-10", "2021-01-10", D, true},
    {"1 янв.", "2020-12-20", Par, "2021-01-01", "2021-01-01", D, true},
    {"29 февраля", "2024-06-01", Par, "2024-02-29", "2024-02-29", D, true},
    {"в июле", A20, Par, "2020-07", "2020-07", M, true},
    {"в декабре", "2021-01-15", Par, "2020-12", "2020-12", M, true},
    {"в январе", A20, Par, "2020-01", "2020-01", M, true}, // six months either way: anchor year
    {"в феврале", A20, Par, "2020-02", "2020-02", M, true},
    {"в мае", A24, Par, "2024-05", "2024-05", M, true},
    {"в конце мая", A24, Par, "2024-05", "2024-05", M, true},
    // Ranges
    {"с 22 по 24 апреля", A24, Rng, "2024-04-22", "2024-04-24", D, true},
    {"22–24 апреля", A24, Rng, "2024-04-22", "2024-04-24", D, true},
    {"22\u201424 апреля", A24, Rng, "2024-04-22", "2024-04-24", D, true},
    {"7-10 июля", A20, Rng, "2020-07-07", "2020-07-10", D, true},
    {"с 30 июня по 2 июля 2021 г.", A20, Rng, "2021-06-30", "2021-07-02", D, false},
    {"с 1 по 3 марта 2023 года", A20, Rng, "2023-03-01", "2023-03-03", D, false},
    {"22 апреля — 3 мая", A24, Rng, "2024-04-22", "2024-05-03", D, true},
    {"1-3.03.2023", A20, Rng, "2023-03-01", "2023-03-03", D, false},
    {"с 01.03.2023 по 03.03.2023", A20, Rng, "2023-03-01", "2023-03-03", D, false},
    {"с 2019 по 2021 год", A20, Rng, "2019", "2021", Y, false},
    {"с 2019 года по 2021 год", A20, Rng, "2019", "2021", Y, false},
    {"с сентября 2019 по март 2020 года", A20, Rng, "2019-09", "2020-03", M, false},
    {"22.04.2024—24.04.2024", A20, Rng, "2024-04-22", "2024-04-24", D, false},
    {"в мае–июне", A20, Rng, "2020-05", "2020-06", M, true},
    {"2019–2021 гг.", A20, Rng, "2019", "2021", Y, false},
    {"2019 – 2021 г.г.", A20, Rng, "2019", "2021", Y, false},
    {"в 2019-2021 годах", A20, Rng, "2019", "2021", Y, false},
    {"с июля по сентябрь", A20, Rng, "2020-07", "2020-09", M, true},
    {"июль–август 2020 года", A20, Rng, "2020-07", "2020-08", M, false},
    {"с 30 декабря по 2 января 2021", A20, Rng, "2020-12-30", "2021-01-02", D, false},
    {"с 30 декабря по 2 января", "2020-12-20", Rng, "2020-12-30", "2021-01-02", D, true},
    {"с 25 декабря 2019 по 5 января", A20, Rng, "2019-12-25", "2020-01-05", D, false},
    {"от 5 до 7 мая 2022 г.", A20, Rng, "2022-05-05", "2022-05-07", D, false},
    {"с 28 февраля по 1 марта 2024 года", A20, Rng, "2024-02-28", "2024-03-01", D, false},
    {"22 апреля 2024 — 3 мая 2024 года", A20, Rng, "2024-04-22", "2024-05-03", D, false},
    // Relative to the anchor
    {"сегодня", A20, Rel, "2020-07-06", "2020-07-06", D, true},
    {"Сегодня", A20, Rel, "2020-07-06", "2020-07-06", D, true},
    {"вчера", A20, Rel, "2020-07-05", "2020-07-05", D, true},
    {"позавчера", A20, Rel, "2020-07-04", "2020-07-04", D, true},
    {"завтра", A20, Rel, "2020-07-07", "2020-07-07", D, true},
    {"послезавтра", A20, Rel, "2020-07-08", "2020-07-08", D, true},
    {"накануне", "2021-01-01", Rel, "2020-12-31", "2020-12-31", D, true},
    {"в этот день", A20, Rel, "2020-07-06", "2020-07-06", D, true},
    {"в прошлом году", A20, Rel, "2019", "2019", Y, true},
    {"в позапрошлом году", A20, Rel, "2018", "2018", Y, true},
    {"в этом году", A20, Rel, "2020", "2020", Y, true},
    {"в текущем году", A20, Rel, "2020", "2020", Y, true},
    {"в следующем году", A20, Rel, "2021", "2021", Y, true},
    {"в конце прошлого года", A20, Rel, "2019", "2019", Y, true},
    {"в прошлом месяце", A20, Rel, "2020-06", "2020-06", M, true},
    {"в прошлом месяце", "2021-01-15", Rel, "2020-12", "2020-12", M, true},
    {"в следующем месяце", "2020-12-01", Rel, "2021-01", "2021-01", M, true},
    {"на прошлой неделе", A20, Rel, "2020-06-29", "2020-07-05", D, true},
    {"на этой неделе", A20, Rel, "2020-07-06", "2020-07-12", D, true},
    {"на следующей неделе", A20, Rel, "2020-07-13", "2020-07-19", D, true},
    {"на этой неделе", "2024-04-28", Rel, "2024-04-22", "2024-04-28", D, true}, // a Sunday
};

} // namespace

TEST_CASE("date expressions: table", "[dates]")
{
    int checked = 0;
    for (const Case& c : kCases) {
        const std::string text = c.text;
        INFO("text: " << text << "  anchor: " << (c.anchor ? c.anchor : "none"));
        const std::optional<Date> anchor = c.anchor ? std::optional<Date>(anchorOf(c.anchor)) : std::nullopt;
        const auto found = findDates(std::string_view(text), anchor);
        REQUIRE(found.size() == 1);
        const DateMention& m = found[0];
        CHECK(kindName(m.kind) == std::string(kindName(c.kind)));
        CHECK(m.begin.iso() == c.begin);
        CHECK(m.end_.iso() == c.end);
        CHECK(m.begin.precision == c.precision);
        CHECK(m.end_.precision == c.precision);
        CHECK(m.begin.yearInferred == c.inferred);
        CHECK(m.end_.yearInferred == c.inferred);
        CHECK(m.start == 0);
        CHECK(m.end == cpLen(text));
        ++checked;
    }
    CHECK(checked >= 70);
}

TEST_CASE("impossible values are rejected, not guessed", "[dates]")
{
    const Date a = anchorOf(A20);
    for (const char* text : {"31.02.2020", "99.99.9999", "00.00.0000", "32 января", "0 мая",
                             "30 февраля 2021 г.", "29 февраля 2021 года", "29.02.2021", "31 апреля",
                             "2020-13-01", "2021-02-29", "в 0000 году", "в 10000 году", "с 30 по 31 февраля",
                             "с 2021 по 2019 год", "29 февраля"}) {
        INFO(text);
        // 29 February with no anchor would be fine (some year has it); near 2020-07-06 it is
        // 2020-02-29, so test the anchorless reject only where no leap year is near.
        const bool leapNear = std::string(text) == "29 февраля";
        const auto found = findDates(std::string_view(text), leapNear ? anchorOf("2022-06-01") : a);
        CHECK(found.empty());
    }
}

TEST_CASE("non-date numbers are not dates", "[dates]")
{
    const Date a = anchorOf(A24);
    for (const char* text :
         {"более 400 компаний из 27 стран", "выставка Иннопром-2024", "на Иннопром-2020 приехали гости",
          "площадь 14 тыс. кв. м", "тел. +7 (495) 123-45-67", "звоните 8 800 555-35-35",
          "начало в 00:09", "в 08:24 по местному времени", "2020", "в 2020", "рост на 1.5 млн",
          "версия 1.2.3", "адрес 192.168.1.1", "за 3 года", "на 2 года", "Мая Плисецкая",
          "стратегия 2019-2021", "24 часа", "в 2010-х годах", "2019–2021", "1000 г сахара",
          "ул. 8 Марта, д. 5", "улица 1905 года", "в 3 и 5 классах"}) {
        INFO(text);
        CHECK(findDates(std::string_view(text), a).empty());
    }
}

TEST_CASE("offsets cover the whole expression inside a sentence", "[dates]")
{
    const std::string s =
        "Форум пройдёт с 22 по 24 апреля в Казани, а итоги подведут 7 июля 2020 года на сессии.";
    const auto found = findDates(std::string_view(s), anchorOf(A20));
    REQUIRE(found.size() == 2);
    CHECK(found[0].start == cpFind(s, "с 22"));
    CHECK(found[0].end == cpFind(s, " в Казани"));
    CHECK(found[0].kind == Kind::Range);
    CHECK(found[0].begin.iso() == "2020-04-22");
    CHECK(found[1].start == cpFind(s, "7 июля"));
    CHECK(found[1].end == cpFind(s, " на сессии"));
    CHECK(found[1].begin.iso() == "2020-07-07");

    SECTION("a preposition that only points at a date is left out")
    {
        const std::string t = "Выставка проводится с 2010 года, до 7 июля принимаются заявки.";
        const auto f = findDates(std::string_view(t), anchorOf(A20));
        REQUIRE(f.size() == 2);
        CHECK(f[0].start == cpFind(t, "2010"));
        CHECK(f[0].begin.iso() == "2010");
        CHECK(f[1].start == cpFind(t, "7 июля"));
    }
    SECTION("code points, not bytes, even past the BMP")
    {
        const std::string t = "\xF0\x9F\x98\x80 7 июля";
        const auto f = findDates(std::string_view(t), anchorOf(A20));
        REQUIRE(f.size() == 1);
        CHECK(f[0].start == 2);
        CHECK(f[0].end == 8);
    }
    SECTION("a weekday before the date is not part of it and does not break it")
    {
        const std::string t = "в понедельник, 7 июля, откроется";
        const auto f = findDates(std::string_view(t), anchorOf(A20));
        REQUIRE(f.size() == 1);
        CHECK(f[0].start == cpFind(t, "7 июля"));
        CHECK(f[0].begin.iso() == "2020-07-07");
    }
}

TEST_CASE("several dates in one sentence", "[dates]")
{
    const std::string s = "Вчера, 06.07.2020, компания сообщила, что в 2021 году откроет завод, а "
                          "на следующей неделе и 22 апреля — 3 мая проведёт встречи; Иннопром-2024 "
                          "соберёт 400 участников.";
    const auto f = findDates(std::string_view(s), anchorOf("2020-07-07"));
    REQUIRE(f.size() == 5);
    CHECK(f[0].kind == Kind::Relative);
    CHECK(f[0].begin.iso() == "2020-07-06");
    CHECK(f[1].kind == Kind::Absolute);
    CHECK(f[1].begin.iso() == "2020-07-06");
    CHECK(f[2].begin.iso() == "2021");
    CHECK(f[2].start == cpFind(s, "в 2021"));
    CHECK(f[3].kind == Kind::Relative);
    CHECK(f[3].begin.iso() == "2020-07-13");
    CHECK(f[3].end_.iso() == "2020-07-19");
    CHECK(f[4].kind == Kind::Range);
    CHECK(f[4].begin.iso() == "2020-04-22");
    CHECK(f[4].end_.iso() == "2020-05-03");
    for (std::size_t i = 1; i < f.size(); ++i)
        CHECK(f[i - 1].end <= f[i].start);
}

TEST_CASE("days listed with \"и\" share the month and year of the last one", "[dates]")
{
    const std::string s = "Приём 1, 2 и 3 мая 2021 г., выдача 5 и 6 июня, дом 5, 22 апреля.";
    const auto f = findDates(std::string_view(s), anchorOf(A20));
    REQUIRE(f.size() == 6);
    CHECK(f[0].begin.iso() == "2021-05-01");
    CHECK(f[0].kind == Kind::Absolute);
    CHECK(f[0].end - f[0].start == 1);
    CHECK(f[1].begin.iso() == "2021-05-02");
    CHECK(f[2].begin.iso() == "2021-05-03");
    CHECK(f[3].begin.iso() == "2020-06-05");
    CHECK(f[3].kind == Kind::Partial);
    CHECK(f[3].begin.yearInferred);
    CHECK(f[4].begin.iso() == "2020-06-06");
    CHECK(f[5].begin.iso() == "2020-04-22"); // "5," is a house number, not a listed day
}

TEST_CASE("without an anchor years stay unknown and relative words are skipped", "[dates]")
{
    const std::optional<Date> none;
    auto one = [&](const char* text) {
        const auto f = findDates(std::string_view(text), none);
        REQUIRE(f.size() == 1);
        return f[0];
    };
    const DateMention d = one("22 апреля");
    CHECK(d.kind == Kind::Partial);
    CHECK(d.begin.year == 0);
    CHECK_FALSE(d.begin.yearKnown());
    CHECK_FALSE(d.begin.yearInferred);
    CHECK(d.begin.iso() == "--04-22");
    CHECK(one("в июле").begin.iso() == "--07");
    CHECK(one("29 февраля").begin.iso() == "--02-29");
    const DateMention r = one("с 22 по 24 апреля");
    CHECK(r.kind == Kind::Range);
    CHECK(r.begin.iso() == "--04-22");
    CHECK(r.end_.iso() == "--04-24");
    CHECK(one("7 июля 2020 года").begin.iso() == "2020-07-07");
    CHECK(one("06.07.20").begin.iso() == "2020-07-06"); // POSIX pivot: 00-68 → 20xx
    CHECK(one("06.07.75").begin.iso() == "1975-07-06");
    CHECK(one("с 30 декабря по 2 января 2021").begin.iso() == "2020-12-30");
    for (const char* rel : {"сегодня", "вчера", "накануне", "в прошлом году", "на этой неделе", "в этот день"}) {
        INFO(rel);
        CHECK(findDates(std::string_view(rel), none).empty());
    }
}

TEST_CASE("UTF-8 and UTF-32 entry points agree", "[dates]")
{
    const std::u32string t = U"Сессия прошла 7\u00A0июля, а с 22\u201324 апреля ждём гостей в этом году.";
    std::string utf8;
    for (char32_t c : t) {
        if (c < 0x80) {
            utf8 += static_cast<char>(c);
        } else if (c < 0x800) {
            utf8 += static_cast<char>(0xC0 | (c >> 6));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            utf8 += static_cast<char>(0xE0 | (c >> 12));
            utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    const Date a = anchorOf(A20);
    const auto f32 = findDates(std::u32string_view(t), a);
    const auto f8 = findDates(std::string_view(utf8), a);
    REQUIRE(f32.size() == 3);
    REQUIRE(f8.size() == f32.size());
    for (std::size_t i = 0; i < f32.size(); ++i) {
        CHECK(f8[i].start == f32[i].start);
        CHECK(f8[i].end == f32[i].end);
        CHECK(f8[i].begin == f32[i].begin);
        CHECK(f8[i].end_ == f32[i].end_);
    }
    CHECK(t.substr(f32[1].start, f32[1].end - f32[1].start) == U"с 22\u201324 апреля");
    CHECK(t.substr(f32[2].start, f32[2].end - f32[2].start) == U"в этом году");
}

TEST_CASE("calendar helpers", "[dates]")
{
    CHECK(isValidDay(2020, 2, 29));
    CHECK(isValidDay(2000, 2, 29));
    CHECK_FALSE(isValidDay(1900, 2, 29));
    CHECK_FALSE(isValidDay(2023, 2, 29));
    CHECK_FALSE(isValidDay(2020, 4, 31));
    CHECK_FALSE(isValidDay(0, 1, 1));
    CHECK_FALSE(isValidDay(10000, 1, 1));
    CHECK(isValidDay(9999, 12, 31));

    CHECK_FALSE(makeDate(2020, 2, 31).has_value());
    CHECK_FALSE(makeDate(9999, 99, 99).has_value());
    CHECK(makeDate(2020, 7, 0, Precision::Month)->iso() == "2020-07");
    CHECK(makeDate(2020, 0, 0, Precision::Year)->iso() == "2020");
    CHECK(makeDate(0, 2, 29)->iso() == "--02-29");
    CHECK_FALSE(makeDate(0, 0, 0, Precision::Year).has_value());

    CHECK(parseIso("2020-07-07")->iso() == "2020-07-07");
    CHECK(parseIso("2020-07")->precision == Precision::Month);
    CHECK(parseIso("2020")->precision == Precision::Year);
    for (const char* bad : {"2020-02-30", "2020-7-7", "abcd", "0000", "2020/07/07", "", "2020-07-07x", "20200707"}) {
        INFO(bad);
        CHECK_FALSE(parseIso(bad).has_value());
    }

    CHECK(addDays(anchorOf("2020-12-31"), 1).iso() == "2021-01-01");
    CHECK(addDays(anchorOf("2020-03-01"), -1).iso() == "2020-02-29");
    CHECK(addDays(anchorOf("2021-03-01"), -1).iso() == "2021-02-28");
    CHECK(addDays(anchorOf("2020-07-06"), 365).iso() == "2021-07-06");
    CHECK(addDays(anchorOf("9999-12-31"), 1).iso() == "9999-12-31"); // out of range: unchanged
    CHECK(addDays(*parseIso("2020-07"), 5).iso() == "2020-07");

}

TEST_CASE("month words in every case and abbreviation", "[dates]")
{
    CHECK(monthFromWord(U"июля") == 7);
    CHECK(monthFromWord(U"АПР") == 4);
    CHECK(monthFromWord(U"сент.") == 9);
    CHECK(monthFromWord(U"январём") == 1);
    CHECK(monthFromWord(U"Январь") == 1);
    CHECK(monthFromWord(U"январе") == 1);
    CHECK(monthFromWord(U"февраля") == 2);
    CHECK(monthFromWord(U"марте") == 3);
    CHECK(monthFromWord(U"Мая") == 5);
    CHECK(monthFromWord(U"маю") == 5);
    CHECK(monthFromWord(U"августом") == 8);
    CHECK(monthFromWord(U"ноябрю") == 11);
    CHECK(monthFromWord(U"дек.") == 12);
    CHECK(monthFromWord(U"понедельник") == 0);
    CHECK(monthFromWord(U"мартовский") == 0);
    CHECK(monthFromWord(U"") == 0);
}

TEST_CASE("parseOne takes a whole string as one expression", "[dates]")
{
    const Date a = anchorOf(A20);
    CHECK(parseOne("7 июля 2020 года", a)->begin.iso() == "2020-07-07");
    CHECK(parseOne("  22.04.2024 ", std::nullopt)->begin.iso() == "2024-04-22");
    CHECK(parseOne("2020-07", std::nullopt)->begin.iso() == "2020-07");
    CHECK(parseOne("2020", std::nullopt)->begin.precision == Precision::Year);
    CHECK(parseOne("завтра", a)->begin.iso() == "2020-07-07");
    CHECK(parseOne("с 22 по 24 апреля", a)->end_.iso() == "2020-04-24");
    CHECK_FALSE(parseOne("завтра", std::nullopt).has_value());
    CHECK_FALSE(parseOne("foo", a).has_value());
    CHECK_FALSE(parseOne("7 июля и 8 июля", a).has_value());
    CHECK_FALSE(parseOne("до 7 июля", a).has_value());
    CHECK_FALSE(parseOne("2020-02-30", a).has_value());
    CHECK_FALSE(parseOne("", a).has_value());
}
