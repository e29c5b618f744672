// Calendar arithmetic and the Date value API (iso, parseIso, makeDate, addDays).
#include "extract/dates_internal.hpp"
#include "letopis/dates.hpp"

#include <cstdio>

namespace letopis::dates {

namespace detail {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole proleptic calendar.
std::int64_t daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(std::int64_t days, int& year, int& month, int& day)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

int weekdayFromMonday(std::int64_t days)
{
    // 1970-01-01 was a Thursday (index 3 when Monday is 0).
    const std::int64_t w = (days + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

namespace {

Date dayFromNumber(std::int64_t days)
{
    Date d;
    civilFromDays(days, d.year, d.month, d.day);
    d.yearInferred = true;
    return d;
}

} // namespace

bool relativePeriod(const Date& anchor, int shift, Unit unit, Date& begin, Date& end)
{
    const std::int64_t today = daysFromCivil(anchor.year, anchor.month, anchor.day);
    switch (unit) {
    case Unit::Day:
        begin = end = dayFromNumber(today + shift);
        break;
    case Unit::Week: {
        const std::int64_t monday = today - weekdayFromMonday(today) + 7 * shift;
        begin = dayFromNumber(monday);
        end = dayFromNumber(monday + 6);
        break;
    }
    case Unit::Month: {
        const int index = anchor.year * 12 + (anchor.month - 1) + shift;
        begin = end = Date{index / 12, index % 12 + 1, 0, Precision::Month, true};
        break;
    }
    case Unit::Year:
        begin = end = Date{anchor.year + shift, 0, 0, Precision::Year, true};
        break;
    case Unit::None:
        return false;
    }
    return begin.year >= 1 && end.year <= 9999;
}

} // namespace detail

std::string Date::iso() const
{
    char buf[24];
    if (year == 0) {
        if (precision == Precision::Day)
            std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
        else if (precision == Precision::Month)
            std::snprintf(buf, sizeof buf, "--%02d", month);
        else
            return {};
        return buf;
    }
    if (precision == Precision::Day)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else if (precision == Precision::Month)
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else
        std::snprintf(buf, sizeof buf, "%04d", year);
    return buf;
}

bool isValidDay(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    return day <= detail::daysInMonth(year, month);
}

// year == 0 is accepted for Day and Month precision ("year unknown"); a day must then exist in
// some year, so 29 February is allowed.
std::optional<Date> makeDate(int year, int month, int day, Precision p)
{
    if (year < 0 || year > 9999)
        return std::nullopt;
    if (p == Precision::Year) {
        if (year == 0)
            return std::nullopt;
        return Date{year, 0, 0, Precision::Year, false};
    }
    if (month < 1 || month > 12)
        return std::nullopt;
    if (p == Precision::Month)
        return Date{year, month, 0, Precision::Month, false};
    if (!isValidDay(year == 0 ? 2000 : year, month, day))
        return std::nullopt;
    return Date{year, month, day, Precision::Day, false};
}

namespace {

bool digitsAt(std::string_view s, std::size_t from, std::size_t count, int& value)
{
    value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

} // namespace

std::optional<Date> parseIso(std::string_view iso)
{
    int y = 0;
    int m = 0;
    int d = 0;
    if (iso.size() != 4 && iso.size() != 7 && iso.size() != 10)
        return std::nullopt;
    if (!digitsAt(iso, 0, 4, y) || y == 0)
        return std::nullopt;
    if (iso.size() == 4)
        return makeDate(y, 0, 0, Precision::Year);
    if (iso[4] != '-' || !digitsAt(iso, 5, 2, m))
        return std::nullopt;
    if (iso.size() == 7)
        return makeDate(y, m, 0, Precision::Month);
    if (iso[7] != '-' || !digitsAt(iso, 8, 2, d))
        return std::nullopt;
    return makeDate(y, m, d, Precision::Day);
}

// Dates that are not Day precision with a known year, or results outside years 1..9999, come
// back unchanged.
Date addDays(const Date& d, int days)
{
    if (d.precision != Precision::Day || !isValidDay(d.year, d.month, d.day))
        return d;
    Date r = d;
    detail::civilFromDays(detail::daysFromCivil(d.year, d.month, d.day) + days, r.year, r.month, r.day);
    if (r.year < 1 || r.year > 9999)
        return d;
    return r;
}

} // namespace letopis::dates
