// Opening, migrating and writing the store. Reading is in document_reader.cpp, search in search.cpp.
#include "letopis/store.hpp"

#include "store/database_impl.hpp"
#include "store/migrations.hpp"
#include "store/published.hpp"
#include "store/statement.hpp"
#include "store/tokenizer.hpp"

#include <sqlite3.h>

namespace letopis::store {

using detail::ResetOnExit;
using detail::Statement;
using detail::sqliteError;

Database::Database(sqlite3* db, std::string path)
    : m_db(db), m_path(std::move(path)), m_impl(std::make_unique<Impl>(db))
{
}

Database::~Database()
{
    m_impl.reset(); // finalize cached statements before closing
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const std::string& path)
{
    if (path.empty())
        return makeError(ErrorCode::InvalidArgument, "no database path given");
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path)); // owns raw even when opening failed
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Database, "cannot open database " + path + ": "
                                                  + (raw ? sqlite3_errmsg(raw) : "out of memory")
                                                  + " (check that the folder exists and is writable)");
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    if (auto st = db->prepareSchema(); !st)
        return st.error();
    return db;
}

Status Database::prepareSchema()
{
    // Read the version before changing anything: a newer or foreign file is left untouched.
    auto version = detail::userVersion(m_db, m_path);
    if (!version)
        return version.error();
    if (*version > kSchemaVersion)
        return makeError(ErrorCode::SchemaTooNew,
                         "database " + m_path + " was written by a newer Letopis (schema " + std::to_string(*version)
                             + ", this build reads up to " + std::to_string(kSchemaVersion)
                             + "); open it with a newer version or rebuild it from the corpus");
    if (*version == 0) {
        auto tables = Statement::prepare(m_db, "SELECT count(*) FROM sqlite_schema", false);
        if (!tables || tables->step() != SQLITE_ROW)
            return sqliteError(m_db, "cannot read database " + m_path);
        if (tables->int64(0) > 0)
            return makeError(ErrorCode::Database,
                             "database " + m_path + " is a SQLite database but not a Letopis one (it has tables "
                             "and no Letopis schema version); choose another file or a new file name");
    }
    // A 64 MB page cache: with SQLite's default 2 MB, a bulk ingest spills dirty pages to the WAL
    // mid-transaction and rewrites them (a tenth of the ingest time went to pwrite).
    const char* pragmas = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"
                          " PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";
    if (auto st = detail::exec(m_db, pragmas, "cannot configure database " + m_path); !st)
        return st;
    if (auto st = detail::registerTokenizer(m_db); !st)
        return st;
    return detail::migrate(m_db, m_path);
}

int Database::schemaVersion() const
{
    auto v = detail::userVersion(m_db, m_path);
    return v ? *v : 0;
}

Status Database::begin()
{
    const bool outer = m_impl->userDepth == 0;
    auto st = detail::exec(m_db, outer ? "BEGIN IMMEDIATE" : "SAVEPOINT letopis_user", "cannot start a transaction");
    if (st)
        ++m_impl->userDepth;
    return st;
}

Status Database::commit()
{
    if (m_impl->userDepth == 0)
        return makeError(ErrorCode::InvalidArgument, "commit() without a matching begin()");
    if (sqlite3_get_autocommit(m_db)) { // SQLite rolled the whole transaction back after an error
        m_impl->userDepth = 0;
        m_impl->unindexed.clear();
        return makeError(ErrorCode::Database, "cannot commit: the transaction was already rolled back after an error");
    }
    const bool outer = m_impl->userDepth == 1;
    if (outer) {
        if (auto st = flushFullText(); !st)
            return st;
    }
    auto st = detail::exec(m_db, outer ? "COMMIT" : "RELEASE letopis_user", "cannot commit");
    if (st)
        --m_impl->userDepth;
    return st;
}

Status Database::rollback()
{
    if (m_impl->userDepth == 0)
        return makeError(ErrorCode::InvalidArgument, "rollback() without a matching begin()");
    if (sqlite3_get_autocommit(m_db)) {
        m_impl->userDepth = 0;
        m_impl->unindexed.clear();
        return Ok{};
    }
    const bool outer = m_impl->userDepth == 1;
    if (outer)
        m_impl->unindexed.clear();
    auto st = detail::exec(m_db, outer ? "ROLLBACK" : "ROLLBACK TO letopis_user; RELEASE letopis_user",
                           "cannot roll back");
    if (st)
        --m_impl->userDepth;
    return st;
}

std::optional<FileState> Database::fileState(const std::string& path)
{
    auto s = m_impl->statements.get(
        "SELECT f.document_id, d.hash, f.size_bytes, f.mtime_ns FROM files f "
        "JOIN documents d ON d.id = f.document_id WHERE f.path = ?1");
    if (!s)
        return std::nullopt;
    Statement& q = **s;
    ResetOnExit guard(q);
    q.bind(1, path);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    return FileState{q.int64(0), q.text(1), q.int64(2), q.int64(3)};
}

namespace {

// Inserts the document row and its parts; returns the new id.
Result<std::int64_t> insertDocument(sqlite3* db, detail::StatementCache& cache, const DocumentRecord& r)
{
    auto s = cache.get(
        "INSERT INTO documents(hash, encoding, confidence, title, subtitle, source, byline, published,"
        " published_precision, published_inferred, text, body_start, body_end, size_bytes)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) RETURNING id");
    if (!s)
        return s.error();
    Statement& q = **s;
    ResetOnExit guard(q);
    const ParsedDocument& d = r.doc;
    q.bind(1, r.hash);
    q.bind(2, r.encoding);
    q.bind(3, r.confidence);
    q.bind(4, d.title);
    q.bind(5, d.subtitle);
    q.bind(6, d.source);
    q.bind(7, d.byline);
    if (d.published) {
        q.bind(8, detail::publishedIso(*d.published));
        q.bind(9, std::string_view(detail::precisionName(d.published->precision)));
    }
    q.bind(10, d.published && d.published->yearInferred ? 1 : 0);
    q.bind(11, d.text);
    // The body column is the text from the first body paragraph to the end of the last (schema 9).
    q.bind(12, std::int64_t(d.body.empty() ? 0 : d.body.front().start));
    q.bind(13, std::int64_t(d.body.empty() ? 0 : d.body.back().end));
    q.bind(14, r.sizeBytes);
    if (q.step() != SQLITE_ROW)
        return sqliteError(db, "cannot store document " + r.path);
    return q.int64(0);
}

Status insertParts(sqlite3* db, detail::StatementCache& cache, std::int64_t id, const ParsedDocument& d)
{
    auto s = cache.get("INSERT INTO document_parts(document_id, kind, start_cp, end_cp) VALUES (?1, ?2, ?3, ?4)");
    if (!s)
        return s.error();
    Statement& q = **s;
    auto add = [&](std::string_view kind, const text::Span& span) -> Status {
        q.bind(1, id);
        q.bind(2, kind);
        q.bind(3, static_cast<std::int64_t>(span.start));
        q.bind(4, static_cast<std::int64_t>(span.end));
        return detail::run(db, q, "cannot store the parts of a document");
    };
    for (const DocumentPart& p : d.parts) {
        if (auto st = add(partKindName(p.kind), p.span); !st)
            return st;
    }
    for (const text::Span& b : d.body) {
        if (auto st = add("body", b); !st)
            return st;
    }
    return Ok{};
}

Result<std::optional<std::int64_t>> documentByHash(sqlite3* db, detail::StatementCache& cache, const std::string& hash)
{
    auto s = cache.get("SELECT id FROM documents WHERE hash = ?1");
    if (!s)
        return s.error();
    Statement& q = **s;
    ResetOnExit guard(q);
    q.bind(1, hash);
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        return std::optional<std::int64_t>(q.int64(0));
    if (rc != SQLITE_DONE)
        return sqliteError(db, "cannot look up a document by hash");
    return std::optional<std::int64_t>();
}

// Points path at document id: a new files row, or the existing one re-pointed (the schema's
// triggers delete the previous document when this was its last file).
Status writeFileRow(sqlite3* db, detail::StatementCache& cache, const DocumentRecord& r, std::int64_t id, bool exists)
{
    auto s = cache.get(exists ? "UPDATE files SET document_id = ?2, size_bytes = ?3, mtime_ns = ?4 WHERE path = ?1"
                              : "INSERT INTO files(path, document_id, size_bytes, mtime_ns) VALUES (?1, ?2, ?3, ?4)");
    if (!s)
        return s.error();
    Statement& q = **s;
    q.bind(1, r.path);
    q.bind(2, id);
    q.bind(3, r.sizeBytes);
    q.bind(4, r.mtimeNs);
    return detail::run(db, q, "cannot record file " + r.path);
}

} // namespace

Result<Upsert> Database::upsertDocument(const DocumentRecord& record)
{
    if (record.path.empty() || record.hash.empty())
        return makeError(ErrorCode::InvalidArgument, "a document needs a path and a content hash to be stored");
    detail::Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();

    const auto existing = fileState(record.path);
    if (existing && existing->hash == record.hash) {
        if (auto st = touchPath(record.path, record.sizeBytes, record.mtimeNs); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        return Upsert::Unchanged;
    }
    auto stored = documentByHash(m_db, m_impl->statements, record.hash);
    if (!stored)
        return stored.error();
    std::int64_t id = stored->value_or(0);
    if (!*stored) {
        auto inserted = insertDocument(m_db, m_impl->statements, record);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        m_impl->unindexed.push_back(id);
        if (auto st = insertParts(m_db, m_impl->statements, id, record.doc); !st)
            return st.error();
    }
    // Re-pointing a path may delete its old document, whose index entry the trigger removes:
    // that entry must be written first.
    if (existing) {
        if (auto st = flushFullText(); !st)
            return st.error();
    }
    if (auto st = writeFileRow(m_db, m_impl->statements, record, id, existing.has_value()); !st)
        return st.error();
    if (m_impl->userDepth == 0) { // this call's own transaction
        if (auto st = flushFullText(); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    if (existing)
        return Upsert::Replaced;
    return *stored ? Upsert::Duplicate : Upsert::New;
}

Status Database::removePath(const std::string& path)
{
    if (auto st = flushFullText(); !st) // the path's document may go, and its index entry with it
        return st;
    auto s = m_impl->statements.get("DELETE FROM files WHERE path = ?1");
    if (!s)
        return s.error();
    (*s)->bind(1, path);
    return detail::run(m_db, **s, "cannot forget file " + path);
}

Status Database::flushFullText()
{
    if (m_impl->unindexed.empty())
        return Ok{};
    std::string ids = "[";
    for (const std::int64_t id : m_impl->unindexed) {
        if (ids.size() > 1)
            ids += ',';
        ids += std::to_string(id);
    }
    ids += ']';
    auto s = m_impl->statements.get("INSERT INTO documents_fts(rowid, title, body)"
                                    " SELECT id, title, body FROM documents WHERE id IN (SELECT value FROM json_each(?1))");
    if (!s)
        return s.error();
    (*s)->bind(1, ids);
    if (auto st = detail::run(m_db, **s, "cannot index documents for full-text search"); !st)
        return st;
    m_impl->unindexed.clear();
    return Ok{};
}

Status Database::touchPath(const std::string& path, std::int64_t sizeBytes, std::int64_t mtimeNs)
{
    auto s = m_impl->statements.get("UPDATE files SET size_bytes = ?2, mtime_ns = ?3 WHERE path = ?1");
    if (!s)
        return s.error();
    Statement& q = **s;
    q.bind(1, path);
    q.bind(2, sizeBytes);
    q.bind(3, mtimeNs);
    if (auto st = detail::run(m_db, q, "cannot update file " + path); !st)
        return st;
    if (sqlite3_changes(m_db) == 0)
        return makeError(ErrorCode::InvalidArgument, "file " + path + " is not in the database");
    return Ok{};
}

std::int64_t Database::documentCount()
{
    auto s = m_impl->statements.get("SELECT count(*) FROM documents");
    if (!s)
        return 0;
    ResetOnExit guard(**s);
    return (*s)->step() == SQLITE_ROW ? (*s)->int64(0) : 0;
}

} // namespace letopis::store
