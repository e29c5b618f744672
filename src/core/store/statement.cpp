#include "store/statement.hpp"

namespace letopis::store::detail {

Error sqliteError(sqlite3* db, std::string_view doing)
{
    std::string msg(doing);
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : "out of memory";
    return makeError(ErrorCode::Database, std::move(msg));
}

Status exec(sqlite3* db, const char* sql, std::string_view doing)
{
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) == SQLITE_OK)
        return Ok{};
    std::string msg(doing);
    msg += ": ";
    msg += err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return makeError(ErrorCode::Database, std::move(msg));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql, bool persistent)
{
    sqlite3_stmt* s = nullptr;
    const unsigned flags = persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), flags, &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return sqliteError(db, "cannot prepare a query");
    }
    return Statement(s);
}

void Statement::bind(int i, std::string_view v)
{
    // A null data pointer would bind NULL; an empty string must stay an empty string.
    sqlite3_bind_text(m_stmt, i, v.data() ? v.data() : "", static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string();
}

Result<Statement*> StatementCache::get(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto s = Statement::prepare(m_db, sql, true);
        if (!s)
            return s.error();
        it = m_cache.emplace(sql, std::make_unique<Statement>(std::move(s).value())).first;
    }
    it->second->reset();
    return it->second.get();
}

Status run(sqlite3* db, Statement& s, std::string_view doing)
{
    ResetOnExit guard(s);
    int rc = s.step();
    while (rc == SQLITE_ROW)
        rc = s.step();
    if (rc != SQLITE_DONE)
        return sqliteError(db, doing);
    return Ok{};
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_savepoint)
        sqlite3_exec(m_db, "ROLLBACK TO letopis_tx; RELEASE letopis_tx", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::begin()
{
    m_savepoint = sqlite3_get_autocommit(m_db) == 0;
    auto st = exec(m_db, m_savepoint ? "SAVEPOINT letopis_tx" : "BEGIN IMMEDIATE", "cannot start a transaction");
    m_open = st.ok();
    return st;
}

Status Transaction::commit()
{
    auto st = exec(m_db, m_savepoint ? "RELEASE letopis_tx" : "COMMIT", "cannot commit");
    if (st.ok())
        m_open = false;
    return st;
}

} // namespace letopis::store::detail
