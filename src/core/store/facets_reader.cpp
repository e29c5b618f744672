// Facet counts for the filter panel, counted in memory over each event's values.
#include "letopis/store.hpp"
#include "store/database_impl.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace letopis::store {

using detail::ResetOnExit;
using detail::sqliteError;

namespace {

constexpr std::uint8_t kCountry = 0, kOrganization = 1, kSpeaker = 2, kType = 3;

std::uint8_t relationCode(std::string_view r)
{
    return r == "country" ? kCountry : r == "organization" ? kOrganization : r == "speaker" ? kSpeaker : 255;
}

// Reads every event's values (event_values: the distinct linked values) and types once per
// database state. Labels are each key's smallest printed form, as the SQL aggregate gave them.
Status buildIndex(sqlite3* db, detail::StatementCache& cache, Database::Impl::FacetIndex& index)
{
    index = {};
    std::unordered_map<std::string, std::uint32_t> ids[4];
    std::unordered_map<std::int64_t, std::size_t> eventAt;
    const auto valueId = [&](std::uint8_t relation, std::string key, std::string label) {
        auto [it, added] = ids[relation].try_emplace(key, static_cast<std::uint32_t>(index.keys.size()));
        if (added) {
            index.keys.push_back(std::move(key));
            index.labels.push_back(std::move(label));
            index.relationOf.push_back(relation);
        } else if (label < index.labels[it->second]) {
            index.labels[it->second] = std::move(label);
        }
        return it->second;
    };
    const auto eventIndex = [&](std::int64_t id) {
        auto [it, added] = eventAt.try_emplace(id, index.eventIds.size());
        if (added) {
            index.eventIds.push_back(id);
            index.values.emplace_back();
        }
        return it->second;
    };
    const auto each = [&](const char* sql, auto row) -> Status {
        auto s = cache.get(sql);
        if (!s)
            return s.error();
        ResetOnExit guard(**s);
        int rc;
        while ((rc = (*s)->step()) == SQLITE_ROW)
            row(**s);
        return rc == SQLITE_DONE ? Status(Ok{}) : Status(sqliteError(db, "cannot count facets"));
    };
    // Events in id order, so the per-event lists can be found by binary search of the ids.
    if (auto st = each("SELECT id FROM events ORDER BY id", [&](detail::Statement& q) { eventIndex(q.int64(0)); }); !st)
        return st;
    if (auto st = each("SELECT event_id, relation, value_key, value FROM event_values", [&](detail::Statement& q) {
            const auto relation = relationCode(q.text(1));
            if (relation == 255)
                return;
            const auto at = eventAt.find(q.int64(0));
            if (at != eventAt.end())
                index.values[at->second].push_back(valueId(relation, q.text(2), q.text(3)));
        });
        !st)
        return st;
    if (auto st = each("SELECT DISTINCT event_id, type FROM event_facts", [&](detail::Statement& q) {
            const auto at = eventAt.find(q.int64(0));
            if (at != eventAt.end()) {
                const std::string type = q.text(1);
                index.values[at->second].push_back(valueId(kType, type, type));
            }
        });
        !st)
        return st;
    return Ok{};
}

using IdSet = std::optional<std::vector<std::int64_t>>; // nullopt: every event

IdSet intersect(const IdSet& a, const IdSet& b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    std::vector<std::int64_t> out;
    std::set_intersection(a->begin(), a->end(), b->begin(), b->end(), std::back_inserter(out));
    return out;
}

} // namespace

// Each facet counts the events that pass every other part of the filter, so choosing a value in
// one facet narrows the others while its own alternatives stay visible (OR within a facet). Each
// part of the filter is one indexed query; the counting runs over the events' values in memory.
Result<Facets> Database::facets(const EventFilter& f)
{
    auto& index = m_impl->facets;
    auto stamp = detail::cacheStamp(m_db, m_impl->statements);
    if (!stamp)
        return stamp.error();
    if (!(*stamp == index.stamp)) {
        if (auto st = buildIndex(m_db, m_impl->statements, index); !st) {
            index = {};
            return st.error();
        }
        index.stamp = *stamp;
    }
    // The parts: one per facet, and the rest (dates, full text) that every facet obeys.
    IdSet byFacet[4], rest;
    const auto select = [&](const EventFilter& part, IdSet& into) -> Status {
        auto ids = eventIds(part); // ordered by id
        if (!ids)
            return ids.error();
        into = std::move(ids).value();
        return Ok{};
    };
    EventFilter part[5];
    part[kCountry].countries = f.countries;
    part[kOrganization].organizations = f.organizations;
    part[kSpeaker].persons = f.persons;
    part[kType].types = f.types;
    part[4].from = f.from;
    part[4].to = f.to;
    part[4].text = f.text;
    for (std::size_t i = 0; i < 5; ++i) {
        if (part[i].empty())
            continue;
        if (auto st = select(part[i], i < 4 ? byFacet[i] : rest); !st)
            return st.error();
    }

    Facets out;
    std::vector<FacetValue>* lists[4] = {&out.countries, &out.organizations, &out.persons, &out.types};
    std::vector<std::size_t> counts(index.keys.size());
    for (std::uint8_t facet = 0; facet < 4; ++facet) {
        IdSet events = rest;
        for (std::uint8_t other = 0; other < 4; ++other) {
            if (other != facet)
                events = intersect(events, byFacet[other]);
        }
        std::fill(counts.begin(), counts.end(), 0);
        const auto count = [&](std::size_t at) {
            for (const auto v : index.values[at]) {
                if (index.relationOf[v] == facet)
                    ++counts[v];
            }
        };
        if (!events) {
            for (std::size_t at = 0; at < index.eventIds.size(); ++at)
                count(at);
        } else {
            for (const auto id : *events) {
                const auto it = std::lower_bound(index.eventIds.begin(), index.eventIds.end(), id);
                if (it != index.eventIds.end() && *it == id)
                    count(static_cast<std::size_t>(it - index.eventIds.begin()));
            }
        }
        auto& list = *lists[facet];
        for (std::size_t v = 0; v < counts.size(); ++v) {
            if (counts[v])
                list.push_back({index.keys[v], index.labels[v], counts[v]});
        }
        std::sort(list.begin(), list.end(), [](const FacetValue& a, const FacetValue& b) {
            return a.events != b.events ? a.events > b.events : a.label < b.label;
        });
    }
    IdSet all = rest;
    for (const auto& s : byFacet)
        all = intersect(all, s);
    out.events = all ? all->size() : index.eventIds.size();
    return out;
}

} // namespace letopis::store
