#pragma once
// Per-connection state behind store::Database. Internal to the store.
#include "letopis/store.hpp"
#include "store/statement.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace letopis::store {

namespace detail {
// What a cache read from the database is valid for: this connection's change count and
// PRAGMA data_version (which moves when another connection commits).
struct CacheStamp {
    std::int64_t changes = -1;
    std::int64_t dataVersion = -1;
    bool operator==(const CacheStamp&) const = default;
};
} // namespace detail

struct Database::Impl {
    explicit Impl(sqlite3* db) : statements(db) {}
    detail::StatementCache statements;
    int userDepth = 0; // levels of begin() not yet committed or rolled back
    // Documents inserted in the open transaction and not yet in the full-text index: indexed
    // together before it commits (schema 8). An id rolled back with its savepoint indexes nothing.
    std::vector<std::int64_t> unindexed;
    // Events consolidated from their facts (without their sources), kept while the database is
    // unchanged: the workbench lists the same events under every filter.
    struct EventCache {
        detail::CacheStamp stamp;
        std::unordered_map<std::int64_t, EventRow> rows;
    } events;
    // Each event's facet values and types as small integers, for counting facets in memory.
    struct FacetIndex {
        detail::CacheStamp stamp;
        std::vector<std::string> keys, labels;                  // by value id
        std::vector<std::int64_t> eventIds;                     // sorted
        std::vector<std::vector<std::uint32_t>> values;         // per event (same order): value ids
        std::vector<std::uint8_t> relationOf;                   // by value id: 0 country, 1 organization, 2 speaker, 3 type
    } facets;
    // Each event's source documents (event_facts), for the full-text filter (text_events.cpp).
    struct SourceIndex {
        detail::CacheStamp stamp;
        std::vector<std::int64_t> eventIds;  // ascending
        std::vector<std::size_t> begin;      // per event, where its documents start; one more at the end
        std::vector<std::int64_t> documents; // ascending within an event
    } sources;
};

namespace detail {
// The FTS5 MATCH expression for a query typed by a person (search.cpp); InvalidArgument when it
// has nothing to search for.
Result<std::string> ftsMatch(std::string_view query);

// The ids of the events that pass a filter, as SQL (one column, ordered by id) and its text
// bindings (facts_reader.cpp).
struct IdQuery {
    std::string sql;
    std::vector<std::string> binds;
};
// The connection's caches serve the full-text part.
Result<IdQuery> idQuery(sqlite3* db, Database::Impl& impl, const EventFilter& f);
// The events with a source document that matches an FTS5 expression, as a JSON array of ids in
// ascending order (text_events.cpp).
Result<std::string> textEventIds(sqlite3* db, Database::Impl& impl, const std::string& match);
Result<Statement> prepareWith(sqlite3* db, const std::string& sql, const std::vector<std::string>& binds);
Result<CacheStamp> cacheStamp(sqlite3* db, StatementCache& cache);
} // namespace detail

} // namespace letopis::store
