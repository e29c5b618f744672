#pragma once
// What goes into a report on the events that pass a filter, independent of how it is drawn (the
// PDF renderer in src/render draws it; the GUI and the CLI both call it). The report speaks
// Russian, as its data does: labels below are Russian.
#include "letopis/facts.hpp"
#include "letopis/result.hpp"
#include "letopis/store.hpp"

#include <cstddef>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace letopis::report {

// A person, organisation or country with the number of the report's events it takes part in.
struct Tally {
    std::string key;   // persons and organisations: the name key; countries: the ISO code
    std::string label; // as shown: a name, or "Узбекистан (UZ)"
    std::size_t events = 0;
};

struct Summary {
    std::size_t events = 0;
    std::size_t undated = 0;       // events without a start date
    std::size_t documents = 0;     // distinct source documents of the events
    std::size_t persons = 0;       // distinct speakers
    std::size_t organizations = 0;
    std::size_t countries = 0;
};

struct Report {
    std::string title;                 // "Летопись: отчёт о событиях"
    std::vector<std::string> filters;  // one line per part of the filter; empty: no filter
    std::string filterText;            // the lines joined, or "без фильтров: все события базы"
    std::string generatedAt;           // local time, "2024-05-01 14:03"
    std::string generatedOn;           // the same day in words, "1 мая 2024"
    Summary summary;
    std::vector<store::EventRow> events; // as Database::events orders them: by start, undated last
    std::vector<Tally> persons, organizations, countries; // most events first, then by label
};

struct Options {
    std::string title;              // empty: the default title
    std::size_t top = 10;           // entries in each top list; 0: all
    std::optional<std::time_t> now; // the generation time (tests fix it); nothing: the clock
};

// Reads the events that pass the filter and counts what they share. Fails only when the store
// does (Database errors, or InvalidArgument for a malformed full-text query).
Result<Report> build(store::Database& db, const store::EventFilter& filter, const Options& options = {});

// --- Russian labels, shared by the renderer and whoever shows a report ---

// "Узбекистан (UZ)"; a code ICU does not know stays as it is.
std::string countryLabel(std::string_view iso2);
// "выставка", "форум", "сессия", "конференция", "саммит", "другое"; unknown types as they are.
std::string typeLabel(std::string_view type);
// One date at its precision: "22 апреля 2024", "апрель 2024", "2024", "22 апреля" (year unknown).
std::string dateText(const dates::Date& d);
// An event's dates: "22–24 апреля 2024", "30 июня – 2 июля 2021", "18 сентября, год неизвестен",
// or "" when undated. Says nothing about an inferred year: see EventRow::yearInferred.
std::string dateRangeText(const std::optional<dates::Date>& start, const std::optional<dates::Date>& end);
// Where and how: "Ташкент, Узэкспоцентр", "Екатеринбург, онлайн"; the country's name only when
// no city is known; "" when nothing is.
std::string placeText(const store::EventRow& e);
// The filter in words, one line per part: "Страна: Узбекистан (UZ)", "Период: с 1 апреля 2024".
std::vector<std::string> describeFilter(const store::EventFilter& filter);

} // namespace letopis::report
