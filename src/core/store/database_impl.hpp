#pragma once
// Per-connection state behind store::Database. Internal to the store.
#include "letopis/store.hpp"
#include "store/statement.hpp"

namespace letopis::store {

struct Database::Impl {
    explicit Impl(sqlite3* db) : statements(db) {}
    detail::StatementCache statements;
    int userDepth = 0; // levels of begin() not yet committed or rolled back
};

namespace detail {
// The FTS5 MATCH expression for a query typed by a person (search.cpp); InvalidArgument when it
// has nothing to search for.
Result<std::string> ftsMatch(std::string_view query);
} // namespace detail

} // namespace letopis::store
