#pragma once
// The analyst's corrections in force, as the fact writer and the readers apply them. Internal to
// the store; the public side is Override (facts.hpp) and Database::addOverride/removeOverride.
#include "letopis/dates.hpp"
#include "letopis/facts.hpp"
#include "letopis/result.hpp"
#include "store/statement.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace letopis::store::detail {

// The key a subject has in the store: ISO codes in capitals, names and event keys by
// text::nameKey (which leaves a key as it is).
std::string subjectKey(std::string_view kind, std::string_view value);

struct EventDates {
    dates::Date start;
    std::optional<dates::Date> end;
};
// "START" or "START/END": ISO dates with a year, both to the same precision, end not before start.
std::optional<EventDates> parseEventDates(std::string_view value);

class OverrideSet final {
public:
    // Every stored correction, oldest first (so the latest word on a subject wins).
    static Result<OverrideSet> load(sqlite3* db, StatementCache& cache);
    // Takes o into account; o.subjectKey must already be folded (subjectKey()).
    void add(const Override& o);
    // Whether o makes sense on top of what is in force: InvalidArgument saying why not.
    Status check(const Override& o) const;

    // The key after merges (chains followed), or nothing when the subject is rejected.
    std::optional<std::string> resolve(const std::string& kind, std::string key) const;
    // The name the latest merge into key gave it (the value the analyst typed), or null.
    const std::string* mergedName(const std::string& kind, const std::string& key) const;
    const std::string* rename(const std::string& kind, const std::string& key) const;
    const std::string* eventType(const std::string& key) const;
    const EventDates* eventDates(const std::string& key) const;
    // Whether a correction changes what is shown under key: renamed, re-dated, re-typed, split
    // off, or something merged into it.
    bool corrected(const std::string& kind, const std::string& key) const;
    // Every key whose merges lead, directly or through others, into key.
    std::vector<std::string> mergedInto(const std::string& kind, const std::string& key) const;
    // A subject whose merges lead back to itself (possible only after taking a split back), or nothing.
    std::optional<std::string> cycle() const;
    bool empty() const { return m_count == 0; }

private:
    using Subject = std::pair<std::string, std::string>; // (kind, folded key)
    struct Fate {
        std::string correction; // merge or reject
        std::string target;     // merge: folded key of the target
        std::string name;       // merge: the value as typed
        std::int64_t id = 0;
    };
    std::map<Subject, Fate> m_fate;
    std::map<Subject, std::string> m_rename;
    std::map<std::string, std::string> m_type;
    std::map<std::string, EventDates> m_dates;
    std::set<Subject> m_split;
    std::size_t m_count = 0;
};

} // namespace letopis::store::detail
