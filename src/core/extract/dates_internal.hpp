#pragma once
// Internal pieces of the date finder: calendar arithmetic, character folding, the lexicon of
// month names and keywords, and the token scanner the parser in dates.cpp walks over.
#include "letopis/dates.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace letopis::dates::detail {

// Proleptic Gregorian calendar, days counted from 1970-01-01.
std::int64_t daysFromCivil(int year, int month, int day);
void civilFromDays(std::int64_t days, int& year, int& month, int& day);
int weekdayFromMonday(std::int64_t days); // 0 = Monday ... 6 = Sunday
int daysInMonth(int year, int month);

enum class Unit : std::uint8_t { None, Day, Week, Month, Year };

// The period "shift units" away from the anchor's day/week/month/year: a week runs Monday to
// Sunday. False when it falls outside years 1..9999.
bool relativePeriod(const Date& anchor, int shift, Unit unit, Date& begin, Date& end);

// Lower case (Cyrillic, Latin), ё→е, every dash and minus to '-'. Other characters unchanged.
char32_t foldChar(char32_t c);
// UTF-8 → code points; invalid sequences become U+FFFD (kept local so the date finder does not
// depend on the text stage).
std::u32string decodeUtf8(std::string_view utf8);
bool isSpaceChar(char32_t c);

enum KeywordFlag : std::uint32_t {
    kYearWord = 1u << 0,     // год, года, г, гг, годах ...
    kAbbrevDot = 1u << 1,    // г, гг: may carry a dot
    kFrom = 1u << 2,         // с, со, от: opens a range
    kTo = 1u << 3,           // по, до: closes a range opened by kFrom
    kIn = 1u << 4,           // в, во: part of "в июле", "в 2021 году"
    kOn = 1u << 5,           // на: "на прошлой неделе"
    kMonthContext = 1u << 6, // a word after which a bare month name is a date ("до июля")
    kQualifier = 1u << 7,    // начале, конце, середине, течение (after "в")
    kRelDay = 1u << 8,       // сегодня, вчера, завтра ... (shift in days)
    kRelAdj = 1u << 9,       // прошлый, этот, следующий ... (shift in units)
    kUnit = 1u << 10,        // год, месяц, неделя, день (singular)
    kYearSuffix = 1u << 11,  // 2019-м, 2019-го
    kDaySuffix = 1u << 12,   // 22-го апреля
    kAnd = 1u << 13,         // и: "22 и 24 апреля"
    kStreet = 1u << 14,      // ул., проспект, им.: "ул. 8 Марта" names a street, not a day
};

struct Keyword {
    std::uint32_t flags = 0;
    int shift = 0;
    Unit unit = Unit::None;
};

struct MonthEntry {
    int month = 0;      // 1..12, 0 when the word is not a month
    bool abbrev = false;
};

// Lookups take folded words (foldChar applied). Null / month 0 when the word is unknown.
const Keyword* keyword(std::u32string_view folded);
MonthEntry monthEntry(std::u32string_view folded);

enum class TokKind : std::uint8_t { Word, Number, Punct };
enum class Gap : std::uint8_t { None, Space, Newline }; // what separates a token from the previous one

struct Tok {
    TokKind kind = TokKind::Punct;
    Gap gap = Gap::Space;
    std::uint32_t start = 0; // code points in the scanned text, half-open
    std::uint32_t end = 0;
    int value = 0;            // Number: its value (capped); Punct: the folded character
    std::uint8_t digits = 0;  // Number: digit count (capped at 255)
    std::uint8_t month = 0;   // Word: month number from the lexicon, 0 if none
    bool abbrev = false;      // Word: the month is written as an abbreviation
    const Keyword* kw = nullptr; // Word: keyword entry, if any
};

// Splits text into words (letters), numbers (ASCII digits) and single punctuation characters.
// Whitespace (NBSP and other spaces included) only sets Tok::gap; soft hyphens and zero-width
// characters are ignored.
std::vector<Tok> scan(std::u32string_view text);

} // namespace letopis::dates::detail
