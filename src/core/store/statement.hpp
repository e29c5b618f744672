#pragma once
// Small RAII wrappers over sqlite3_stmt, a per-connection cache of prepared statements, and a
// nesting-safe transaction guard. Internal to the store.
#include "letopis/result.hpp"

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace letopis::store::detail {

// A Database error carrying SQLite's own message after what we were doing.
Error sqliteError(sqlite3* db, std::string_view doing);

// Runs one or more SQL statements with no parameters and no rows.
Status exec(sqlite3* db, const char* sql, std::string_view doing);

// One prepared statement. Owned by a StatementCache or used once; never copied.
class Statement final {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)) {}
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // persistent: the statement will be reused many times (hint to SQLite's allocator).
    static Result<Statement> prepare(sqlite3* db, std::string_view sql, bool persistent);

    void bind(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, int v) { sqlite3_bind_int(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    // The text is copied by SQLite (SQLITE_TRANSIENT), so temporaries are safe.
    void bind(int i, std::string_view v);
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }
    void reset();

    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    std::int64_t int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    std::string text(int col) const;

    sqlite3_stmt* get() const { return m_stmt; }

private:
    explicit Statement(sqlite3_stmt* s) : m_stmt(s) {}
    sqlite3_stmt* m_stmt = nullptr;
};

// Prepared statements keyed by their SQL text, prepared once per connection and reused:
// ingesting a million documents must not re-prepare per row.
class StatementCache final {
public:
    explicit StatementCache(sqlite3* db) : m_db(db) {}
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // The cached statement, reset and with bindings cleared, or an error if it does not prepare.
    Result<Statement*> get(const char* sql);
    void clear() { m_cache.clear(); }

private:
    sqlite3* m_db;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// Resets a statement when leaving scope, so a cached statement never holds a read open.
class ResetOnExit final {
public:
    explicit ResetOnExit(Statement& s) : m_s(s) {}
    ~ResetOnExit() { m_s.reset(); }
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;

private:
    Statement& m_s;
};

// A read that runs many statements (a table, then each row's details) takes one snapshot for all
// of them: outside a transaction every statement would otherwise take and drop the WAL read lock
// on its own, and could see a write made between two of them. Inside a transaction it does
// nothing. Ends with COMMIT (a read commits nothing), or ROLLBACK if that fails.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(sqlite3* db) : m_db(sqlite3_get_autocommit(db) ? db : nullptr)
    {
        if (m_db && sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            m_db = nullptr;
    }
    ~ReadSnapshot()
    {
        if (m_db && sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_db;
};

// Runs a statement that returns no rows (or whose rows are ignored) to completion.
Status run(sqlite3* db, Statement& s, std::string_view doing);

// A write transaction that nests: outside any transaction it is BEGIN IMMEDIATE (takes the write
// lock up front, so a busy database waits instead of failing on upgrade); inside one it is a
// SAVEPOINT. Rolled back on destruction unless committed.
class Transaction final {
public:
    explicit Transaction(sqlite3* db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();

private:
    sqlite3* m_db;
    bool m_open = false;
    bool m_savepoint = false;
};

} // namespace letopis::store::detail
