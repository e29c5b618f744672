// report::build: the events that pass a filter, with what they share counted.
#include "letopis/report.hpp"

#include "letopis/text.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace letopis::report {

namespace {

// Counts, per key, the events a name takes part in; the label is the first spelling seen.
class Counter final {
public:
    void add(const std::string& key, const std::string& label, std::int64_t event)
    {
        if (key.empty())
            return;
        auto& entry = m_entries[key];
        if (entry.label.empty())
            entry.label = label;
        entry.events.insert(event);
    }

    std::size_t size() const { return m_entries.size(); }

    std::vector<Tally> top(std::size_t n) const
    {
        std::vector<Tally> out;
        for (const auto& [key, e] : m_entries)
            out.push_back({key, e.label, e.events.size()});
        std::stable_sort(out.begin(), out.end(), [](const Tally& a, const Tally& b) {
            return a.events != b.events ? a.events > b.events : a.label < b.label;
        });
        if (n && out.size() > n)
            out.resize(n);
        return out;
    }

private:
    struct Entry {
        std::string label;
        std::set<std::int64_t> events;
    };
    std::map<std::string, Entry> m_entries;
};

std::string two(int v)
{
    std::string s = std::to_string(v);
    return s.size() < 2 ? s.insert(0, 1, '0') : s;
}

void stamp(Report& r, std::time_t now)
{
    std::tm tm{};
    localtime_r(&now, &tm);
    r.generatedAt = std::to_string(tm.tm_year + 1900) + "-" + two(tm.tm_mon + 1) + "-" + two(tm.tm_mday) + " " +
                    two(tm.tm_hour) + ":" + two(tm.tm_min);
    dates::Date day{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
    r.generatedOn = dateText(day);
}

} // namespace

Result<Report> build(store::Database& db, const store::EventFilter& filter, const Options& options)
{
    auto events = db.events(filter);
    if (!events)
        return events.error();
    Report r;
    r.title = options.title.empty() ? "Летопись: отчёт о событиях" : options.title;
    r.filters = describeFilter(filter);
    for (const auto& line : r.filters)
        r.filterText += (r.filterText.empty() ? "" : "; ") + line;
    if (r.filterText.empty())
        r.filterText = "без фильтров: все события базы";
    stamp(r, options.now.value_or(std::time(nullptr)));

    Counter persons, organizations, countries;
    std::set<std::int64_t> documents;
    for (const auto& e : *events) {
        for (const auto& s : e.speakers)
            persons.add(text::nameKey(s), s, e.id);
        for (const auto& o : e.organizations)
            organizations.add(text::nameKey(o), o, e.id);
        for (const auto& c : e.countries)
            countries.add(c, countryLabel(c), e.id);
        for (const auto& s : e.sources)
            documents.insert(s.documentId);
        r.summary.undated += e.start ? 0 : 1;
    }
    r.summary.events = events->size();
    r.summary.documents = documents.size();
    r.summary.persons = persons.size();
    r.summary.organizations = organizations.size();
    r.summary.countries = countries.size();
    r.persons = persons.top(options.top);
    r.organizations = organizations.top(options.top);
    r.countries = countries.top(options.top);
    r.events = std::move(events).value();
    return r;
}

} // namespace letopis::report
