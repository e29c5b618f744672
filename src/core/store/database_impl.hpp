#pragma once
// Per-connection state behind store::Database. Internal to the store.
#include "letopis/store.hpp"
#include "store/statement.hpp"

#include <unordered_map>

namespace letopis::store {

struct Database::Impl {
    explicit Impl(sqlite3* db) : statements(db) {}
    detail::StatementCache statements;
    int userDepth = 0; // levels of begin() not yet committed or rolled back
    // Events consolidated from their facts (without their sources), kept while the database is
    // unchanged: the workbench lists the same events under every filter. Stamped with this
    // connection's change count and PRAGMA data_version (commits by other connections).
    struct EventCache {
        std::int64_t changes = -1;
        std::int64_t dataVersion = -1;
        std::unordered_map<std::int64_t, EventRow> rows;
    } events;
};

namespace detail {
// The FTS5 MATCH expression for a query typed by a person (search.cpp); InvalidArgument when it
// has nothing to search for.
Result<std::string> ftsMatch(std::string_view query);
} // namespace detail

} // namespace letopis::store
