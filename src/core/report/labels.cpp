// Russian labels for reports: dates at their precision, event types, countries, the filter.
#include "letopis/country_names.hpp"
#include "letopis/report.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <array>
#include <mutex>

namespace letopis::report {

namespace {

struct MonthNames {
    std::array<std::string, 12> genitive;   // "апреля": after a day number
    std::array<std::string, 12> nominative; // "апрель": a month on its own
};

// From ICU's Russian calendar data (format context is the genitive, stand-alone the nominative).
const MonthNames& monthNames()
{
    static MonthNames names;
    static std::once_flag once;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::DateFormatSymbols symbols(icu::Locale("ru"), status);
        if (U_FAILURE(status))
            return;
        auto fill = [&](icu::DateFormatSymbols::DtContextType context, std::array<std::string, 12>& into) {
            int32_t count = 0;
            const icu::UnicodeString* months = symbols.getMonths(count, context, icu::DateFormatSymbols::WIDE);
            for (int32_t i = 0; i < count && i < 12; ++i)
                months[i].toUTF8String(into[std::size_t(i)]);
        };
        fill(icu::DateFormatSymbols::FORMAT, names.genitive);
        fill(icu::DateFormatSymbols::STANDALONE, names.nominative);
    });
    return names;
}

std::string month(int m, bool genitive)
{
    if (m < 1 || m > 12)
        return std::to_string(m);
    const auto& names = monthNames();
    const std::string& s = (genitive ? names.genitive : names.nominative)[std::size_t(m - 1)];
    return s.empty() ? std::to_string(m) : s;
}

bool hasDay(const dates::Date& d) { return d.precision == dates::Precision::Day && d.day && d.month; }

std::string dayMonth(const dates::Date& d) { return std::to_string(d.day) + " " + month(d.month, true); }

std::string joinedWith(const std::vector<std::string>& items, const char* sep)
{
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : sep) + s;
    return out;
}

} // namespace

std::string countryLabel(std::string_view iso2)
{
    const std::string name = countryName(iso2, "ru");
    const std::string code(iso2);
    return name == code || name.empty() ? code : name + " (" + code + ")";
}

std::string typeLabel(std::string_view type)
{
    if (type == "exhibition") return "выставка";
    if (type == "forum") return "форум";
    if (type == "session") return "сессия";
    if (type == "conference") return "конференция";
    if (type == "summit") return "саммит";
    if (type == "other") return "другое";
    return std::string(type);
}

std::string dateText(const dates::Date& d)
{
    const std::string year = d.yearKnown() ? std::to_string(d.year) : std::string();
    if (d.month == 0)
        return year;
    if (hasDay(d))
        return year.empty() ? dayMonth(d) : dayMonth(d) + " " + year;
    return year.empty() ? month(d.month, false) : month(d.month, false) + " " + year;
}

std::string dateRangeText(const std::optional<dates::Date>& start, const std::optional<dates::Date>& end)
{
    if (!start)
        return {};
    const auto& a = *start;
    std::string text;
    if (!end || *end == a || end->iso() == a.iso()) {
        text = dateText(a);
    } else {
        const auto& b = *end;
        const bool days = hasDay(a) && hasDay(b);
        if (days && a.year == b.year && a.month == b.month)
            text = std::to_string(a.day) + "–" + dateText(b);
        else if (days && a.year == b.year)
            text = dayMonth(a) + " – " + dateText(b);
        else
            text = dateText(a) + " – " + dateText(b);
    }
    return a.yearKnown() ? text : text + ", год неизвестен";
}

std::string placeText(const store::EventRow& e)
{
    std::vector<std::string> parts;
    if (!e.city.empty())
        parts.push_back(e.city);
    else if (!e.country.empty())
        parts.push_back(countryName(e.country, "ru"));
    if (!e.venue.empty())
        parts.push_back(e.venue);
    if (e.format == "online")
        parts.push_back("онлайн");
    else if (e.format == "offline")
        parts.push_back("очно");
    else if (e.format == "hybrid")
        parts.push_back("очно и онлайн");
    return joinedWith(parts, ", ");
}

std::vector<std::string> describeFilter(const store::EventFilter& f)
{
    std::vector<std::string> lines;
    auto add = [&](const char* one, const char* many, std::vector<std::string> values) {
        if (!values.empty())
            lines.push_back(std::string(values.size() == 1 ? one : many) + ": " + joinedWith(values, " или "));
    };
    std::vector<std::string> countries, types;
    for (const auto& c : f.countries)
        countries.push_back(countryLabel(c));
    for (const auto& t : f.types)
        types.push_back(typeLabel(t));
    add("Страна", "Страны", countries);
    add("Организация", "Организации", f.organizations);
    add("Участник", "Участники", f.persons);
    add("Тип события", "Типы событий", types);
    if (f.from || f.to) {
        std::string period = "Период:";
        if (f.from) {
            period += " с ";
            if (f.from->month && !hasDay(*f.from)) { // "с" takes the genitive: "с апреля 2024"
                period += month(f.from->month, true);
                if (f.from->yearKnown())
                    period.append(" ").append(std::to_string(f.from->year));
            } else {
                period += dateText(*f.from);
            }
        }
        if (f.to)
            period += " по " + dateText(*f.to);
        lines.push_back(period);
    }
    if (!f.text.empty())
        lines.push_back("Поиск по тексту: «" + f.text + "»");
    return lines;
}

} // namespace letopis::report
