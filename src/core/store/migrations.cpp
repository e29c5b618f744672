#include "store/migrations.hpp"

#include "letopis/store.hpp"
#include "store/statement.hpp"

#include <sqlite3.h>

#include <array>

namespace letopis::store::detail {

namespace {

struct Migration {
    int version;     // user_version after this step
    const char* sql; // one or more statements
};

// Version 1: documents, the files that hold them, their header/boilerplate parts, and the
// full-text index. Triggers keep the index and orphaned documents consistent whatever writes.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    hash                TEXT NOT NULL UNIQUE,
    encoding            TEXT NOT NULL,
    confidence          INTEGER NOT NULL,
    title               TEXT NOT NULL,
    subtitle            TEXT NOT NULL,
    source              TEXT NOT NULL,
    byline              TEXT NOT NULL,
    published           TEXT,
    published_precision TEXT CHECK (published_precision IN ('day', 'month', 'year')),
    published_inferred  INTEGER NOT NULL DEFAULT 0,
    text                TEXT NOT NULL,
    body                TEXT NOT NULL,
    size_bytes          INTEGER NOT NULL,
    ingested_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((published IS NULL) = (published_precision IS NULL))
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE files (
    path        TEXT PRIMARY KEY NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    size_bytes  INTEGER NOT NULL,
    mtime_ns    INTEGER NOT NULL
);
CREATE INDEX files_document ON files(document_id);

CREATE TABLE document_parts (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    start_cp    INTEGER NOT NULL,
    end_cp      INTEGER NOT NULL,
    CHECK (0 <= start_cp AND start_cp <= end_cp)
);
CREATE INDEX document_parts_document ON document_parts(document_id, start_cp);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, content = 'documents', content_rowid = 'id', tokenize = 'letopis_ru');

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, body ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER files_orphan_after_delete AFTER DELETE ON files
WHEN NOT EXISTS (SELECT 1 FROM files WHERE document_id = old.document_id) BEGIN
    DELETE FROM documents WHERE id = old.document_id;
END;
CREATE TRIGGER files_orphan_after_repoint AFTER UPDATE OF document_id ON files
WHEN old.document_id <> new.document_id
 AND NOT EXISTS (SELECT 1 FROM files WHERE document_id = old.document_id) BEGIN
    DELETE FROM documents WHERE id = old.document_id;
END;

INSERT INTO meta(key, value) VALUES
    ('tokenizer', 'letopis_ru 1'),
    ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
)sql";

// Append new steps here; never edit a step that has shipped.
constexpr std::array<Migration, 1> kMigrations{{
    {1, kSchemaV1},
}};
static_assert(kMigrations.back().version == kSchemaVersion, "kSchemaVersion must match the last migration");

Status applyStep(sqlite3* db, const Migration& m, const std::string& path)
{
    const std::string doing = "cannot upgrade database " + path + " to schema " + std::to_string(m.version);
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return makeError(ErrorCode::Database, doing + ": " + st.error().message);
    if (auto st = exec(db, m.sql, doing); !st)
        return st;
    const std::string setVersion = "PRAGMA user_version = " + std::to_string(m.version);
    if (auto st = exec(db, setVersion.c_str(), doing); !st)
        return st;
    return tx.commit();
}

} // namespace

Result<int> userVersion(sqlite3* db, const std::string& path)
{
    auto s = Statement::prepare(db, "PRAGMA user_version", false);
    if (s && s->step() == SQLITE_ROW)
        return static_cast<int>(s->int64(0));
    if (sqlite3_errcode(db) == SQLITE_NOTADB)
        return makeError(ErrorCode::Database,
                         "cannot open " + path + ": it is not a Letopis database (SQLite: file is not a database). "
                         "Choose the database file Letopis created, or a new file name to create one");
    return sqliteError(db, "cannot read database " + path);
}

Status migrate(sqlite3* db, const std::string& path)
{
    auto version = userVersion(db, path);
    if (!version)
        return version.error();
    for (const Migration& m : kMigrations) {
        if (m.version <= *version)
            continue;
        if (auto st = applyStep(db, m, path); !st)
            return st;
    }
    return Ok{};
}

} // namespace letopis::store::detail
