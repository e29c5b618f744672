#pragma once
// Russian date expressions: absolute dates, dates without a year, ranges, months, years and
// relative expressions, resolved against an anchor (the publication date).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace letopis::dates {

enum class Precision : std::uint8_t { Day, Month, Year };

// A calendar value with its precision. Fields below the precision are 0 (month and day for Year,
// day for Month). year == 0 means "year unknown" (e.g. "22 апреля" with no anchor): then the
// precision still describes month and day, and yearKnown() is false.
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    Precision precision = Precision::Day;
    bool yearInferred = false; // the text did not print the year; it came from the anchor or context

    bool yearKnown() const { return year != 0; }
    // "2020-07-07", "2020-07", "2020"; "--07-07" or "--07" when the year is unknown.
    std::string iso() const;
    bool operator==(const Date&) const = default;
};

// Validates a Gregorian day (leap years included); years 1..9999.
bool isValidDay(int year, int month, int day);
// Builds a Date, or nothing for nonsense such as 31.02.2020 or 99.99.9999.
std::optional<Date> makeDate(int year, int month, int day, Precision p = Precision::Day);
// Parses ISO "YYYY-MM-DD", "YYYY-MM", "YYYY". Nothing for anything else.
std::optional<Date> parseIso(std::string_view iso);
// Adds days to a Day-precision date with a known year.
Date addDays(const Date& d, int days);

enum class Kind : std::uint8_t {
    Absolute, // the text names the day/month/year itself ("7 июля 2020 года", "06.07.2020")
    Partial,  // day or month without a year, resolved against the anchor ("22 апреля", "в июле")
    Range,    // a period ("с 22 по 24 апреля", "7–10 июля", "с 30 июня по 2 июля 2021 г.")
    Relative, // "вчера", "накануне", "в прошлом году", "на следующей неделе"
};

struct DateMention {
    std::uint32_t start = 0; // code points into the text given to findDates
    std::uint32_t end = 0;
    Kind kind = Kind::Absolute;
    Date begin;
    Date end_;               // == begin unless kind == Range (or a relative week)
};

// Finds every date expression in text. The text may be raw or normalised (ё/е, dashes, NBSP are
// handled). anchor is the publication date (Day precision, year known) or nothing; without an
// anchor, dates lacking a year keep year 0 and relative expressions are skipped.
// Values that do not exist on the calendar are not reported.
// Resolution against the anchor:
// - a day or month without a year takes the year (anchor year, −1 or +1) closest to the anchor,
//   so it lands within about six months of it ("в декабре" in January = the previous December);
// - in a range a year printed on one side applies to the other side (not inferred then), and a
//   start that would fall after the end moves back a year ("с 30 декабря по 2 января 2021");
// - a two-digit year YY is 20YY if YY <= (anchor year + 1) mod 100, else 19YY (relative to the
//   anchor's century); without an anchor 00–68 → 20YY, 69–99 → 19YY;
// - a week ("на этой неделе") runs Monday..Sunday and comes as a Relative mention with begin/end_.
// A bare four-digit number is a year only after a month or with a year word ("2020 г.", "в 2019-м
// году", "2019–2021 гг.") or in "с 2019 по 2021"; "Иннопром-2024" and "в 2020" are not dates.
// Offsets cover the whole expression, including "с"/"в" when they belong to it ("с 22 по 24
// апреля", "в июле", "в прошлом году") but not a preposition that only points at it ("до 7 июля").
std::vector<DateMention> findDates(std::u32string_view text, const std::optional<Date>& anchor);
std::vector<DateMention> findDates(std::string_view utf8, const std::optional<Date>& anchor);

// Parses a whole string as one date expression (the CLI's --from/--to accept these too): ISO
// "YYYY", "YYYY-MM", "YYYY-MM-DD" or anything findDates finds, if it is the only expression and
// covers the string (surrounding spaces and a final full stop aside). Nothing otherwise.
std::optional<DateMention> parseOne(std::string_view utf8, const std::optional<Date>& anchor);

// The Russian month number for a month word in any case or abbreviation ("июля", "АПР", "сент."), 0 if none.
int monthFromWord(std::u32string_view word);

} // namespace letopis::dates
