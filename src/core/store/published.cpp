#include "store/published.hpp"

#include <charconv>
#include <cstdio>

namespace letopis::store::detail {

std::string publishedIso(const dates::Date& d)
{
    char buf[48]; // room for any int, so snprintf can never truncate
    const bool month = d.precision != dates::Precision::Year;
    const bool day = d.precision == dates::Precision::Day;
    if (!d.yearKnown()) {
        if (day)
            std::snprintf(buf, sizeof buf, "--%02d-%02d", d.month, d.day);
        else
            std::snprintf(buf, sizeof buf, "--%02d", d.month);
    } else if (day) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    } else if (month) {
        std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    } else {
        std::snprintf(buf, sizeof buf, "%04d", d.year);
    }
    return buf;
}

const char* precisionName(dates::Precision p)
{
    switch (p) {
    case dates::Precision::Day: return "day";
    case dates::Precision::Month: return "month";
    case dates::Precision::Year: return "year";
    }
    return "day";
}

namespace {

bool readNumber(std::string_view s, std::size_t pos, std::size_t len, int& out)
{
    if (pos + len > s.size())
        return false;
    const char* first = s.data() + pos;
    auto [end, ec] = std::from_chars(first, first + len, out);
    return ec == std::errc() && end == first + len;
}

} // namespace

std::optional<dates::Date> publishedFrom(std::string_view iso, std::string_view precision, bool inferred)
{
    dates::Date d;
    d.yearInferred = inferred;
    if (precision == "day")
        d.precision = dates::Precision::Day;
    else if (precision == "month")
        d.precision = dates::Precision::Month;
    else if (precision == "year")
        d.precision = dates::Precision::Year;
    else
        return std::nullopt;

    // Year-less forms start with "--" and put the month where the year would be plus 2.
    const bool yearless = iso.starts_with("--");
    const std::size_t m = yearless ? 2 : 5;
    if (!yearless && !readNumber(iso, 0, 4, d.year))
        return std::nullopt;
    if (d.precision != dates::Precision::Year && !readNumber(iso, m, 2, d.month))
        return std::nullopt;
    if (d.precision == dates::Precision::Day && !readNumber(iso, m + 3, 2, d.day))
        return std::nullopt;
    const std::size_t expected = d.precision == dates::Precision::Day ? m + 5
                               : d.precision == dates::Precision::Month ? m + 2
                                                                        : 4;
    if (iso.size() != expected || (yearless && d.precision == dates::Precision::Year))
        return std::nullopt;
    return d;
}

} // namespace letopis::store::detail
