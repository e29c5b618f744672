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
std::vector<DateMention> findDates(std::u32string_view text, const std::optional<Date>& anchor);
std::vector<DateMention> findDates(std::string_view utf8, const std::optional<Date>& anchor);

// Parses a whole string as one date expression (the CLI's --from/--to accept these too).
std::optional<DateMention> parseOne(std::string_view utf8, const std::optional<Date>& anchor);

// The Russian month number for a month word in any case or abbreviation ("июля", "АПР", "сент."), 0 if none.
int monthFromWord(std::u32string_view word);

} // namespace letopis::dates
