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


// Version 2: what extraction found. Per-document facts hang off documents (so they go with
// them); entities and events are shared across documents and go when their last fact goes.
// Overrides are the analyst's corrections, keyed by entity or event keys, never by rows, so
// they survive re-ingest.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE entities (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    kind  TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'country', 'place')),
    key   TEXT NOT NULL,
    name  TEXT NOT NULL,
    UNIQUE (kind, key)
);

CREATE TABLE mentions (
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id      INTEGER REFERENCES entities(id) ON DELETE CASCADE,
    type           TEXT NOT NULL,
    start_cp       INTEGER NOT NULL,
    end_cp         INTEGER NOT NULL,
    text           TEXT NOT NULL,
    lemma          TEXT NOT NULL,
    entity         TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id, start_cp);
CREATE INDEX mentions_entity ON mentions(entity_id, document_id);

CREATE TABLE person_roles (
    entity_id      INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    organization   TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL
);
CREATE INDEX person_roles_entity ON person_roles(entity_id);
CREATE INDEX person_roles_document ON person_roles(document_id);

CREATE TABLE events (
    id  INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE
);

CREATE TABLE event_facts (
    event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type          TEXT NOT NULL,
    name          TEXT NOT NULL,
    series        TEXT NOT NULL,
    edition       INTEGER NOT NULL,
    start         TEXT,
    end_date      TEXT,
    precision     TEXT,
    year_inferred INTEGER NOT NULL,
    city          TEXT NOT NULL,
    country       TEXT NOT NULL,
    venue         TEXT NOT NULL,
    format        TEXT NOT NULL,
    parent_key    TEXT NOT NULL,
    PRIMARY KEY (event_id, document_id)
);
CREATE INDEX event_facts_document ON event_facts(document_id);
CREATE INDEX event_facts_start ON event_facts(start);

CREATE TABLE event_links (
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    relation    TEXT NOT NULL CHECK (relation IN ('alias', 'speaker', 'country', 'organization')),
    value       TEXT NOT NULL,
    value_key   TEXT NOT NULL
);
CREATE INDEX event_links_event ON event_links(event_id, relation);
CREATE INDEX event_links_value ON event_links(relation, value_key);
CREATE INDEX event_links_document ON event_links(document_id);

CREATE TABLE event_evidence (
    event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL
);
CREATE INDEX event_evidence_event ON event_evidence(event_id);
CREATE INDEX event_evidence_document ON event_evidence(document_id);

CREATE TABLE extraction_state (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    version     TEXT NOT NULL
);

CREATE TABLE overrides (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL CHECK (kind IN ('rename', 'merge', 'reject')),
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('person', 'organization', 'country', 'place', 'event')),
    subject_key  TEXT NOT NULL,
    value        TEXT NOT NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX overrides_subject ON overrides(subject_kind, subject_key);

CREATE TRIGGER mentions_orphan AFTER DELETE ON mentions
WHEN old.entity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.entity_id) BEGIN
    DELETE FROM entities WHERE id = old.entity_id;
END;
CREATE TRIGGER event_facts_orphan AFTER DELETE ON event_facts
WHEN NOT EXISTS (SELECT 1 FROM event_facts WHERE event_id = old.event_id) BEGIN
    DELETE FROM events WHERE id = old.event_id;
END;
)sql";

// Version 3: more kinds of correction (split, set-dates, set-type). SQLite cannot alter a CHECK
// constraint, so the table is rebuilt; ids and dates are kept.
constexpr const char* kSchemaV3 = R"sql(
CREATE TABLE overrides_v3 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL CHECK (kind IN ('rename', 'merge', 'reject', 'split', 'set-dates', 'set-type')),
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('person', 'organization', 'country', 'place', 'event')),
    subject_key  TEXT NOT NULL,
    value        TEXT NOT NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO overrides_v3(id, kind, subject_kind, subject_key, value, created_at)
    SELECT id, kind, subject_kind, subject_key, value, created_at FROM overrides;
DROP TABLE overrides;
ALTER TABLE overrides_v3 RENAME TO overrides;
CREATE INDEX overrides_subject ON overrides(subject_kind, subject_key);
)sql";

// Version 4: indexes for the workbench's filters (docs/performance.md). Filters go from a value
// to its events through covering indexes instead of probing every event. Names match by whole
// words, which no index serves, so link_keys holds each distinct (relation, key) once: the word
// match scans those few rows, then the index finds the events. Keys whose links are gone stay
// (they match no event).
constexpr const char* kSchemaV4 = R"sql(
DROP INDEX event_links_value;
CREATE INDEX event_links_value ON event_links(relation, value_key, event_id);
DROP INDEX event_facts_start;
CREATE INDEX event_facts_start ON event_facts(start, end_date, event_id);
CREATE INDEX event_facts_type ON event_facts(type, event_id);
-- Publication dates by id, small enough to stay cached: per-mention date lookups (entity tables)
-- read this instead of the large documents table.
CREATE INDEX documents_id_published ON documents(id, published);

CREATE TABLE link_keys (
    relation  TEXT NOT NULL,
    value_key TEXT NOT NULL,
    PRIMARY KEY (relation, value_key)
) WITHOUT ROWID;
INSERT OR IGNORE INTO link_keys(relation, value_key) SELECT relation, value_key FROM event_links;
CREATE TRIGGER event_links_key AFTER INSERT ON event_links BEGIN
    INSERT OR IGNORE INTO link_keys(relation, value_key) VALUES (new.relation, new.value_key);
END;
)sql";

// Version 5: each event's distinct linked values. event_links holds one row per document and
// value (919k rows for 92k distinct values at 100k documents, docs/performance.md); listings,
// facets and filters read event_values instead, kept by triggers. A value's label and its place
// in the event's list are those of its first link (lowest rowid) still stored, as consolidating
// the links themselves gave them.
constexpr const char* kSchemaV5 = R"sql(
CREATE TABLE event_values (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    relation   TEXT NOT NULL,
    value_key  TEXT NOT NULL,
    value      TEXT NOT NULL,
    first_link INTEGER NOT NULL,
    links      INTEGER NOT NULL,
    PRIMARY KEY (event_id, relation, value_key)
) WITHOUT ROWID;
INSERT INTO event_values(event_id, relation, value_key, value, first_link, links)
    SELECT event_id, relation, value_key, value, min(rowid), count(*) FROM event_links GROUP BY event_id, relation, value_key;
CREATE INDEX event_values_value ON event_values(relation, value_key, event_id);
-- The type facet counts the filtered events' types: from this index alone, not the wide rows.
CREATE INDEX event_facts_event_type ON event_facts(event_id, type);
CREATE TRIGGER event_links_value_added AFTER INSERT ON event_links BEGIN
    INSERT INTO event_values(event_id, relation, value_key, value, first_link, links)
        VALUES (new.event_id, new.relation, new.value_key, new.value, new.rowid, 1)
        ON CONFLICT(event_id, relation, value_key) DO UPDATE SET links = links + 1;
END;
CREATE TRIGGER event_links_value_removed AFTER DELETE ON event_links BEGIN
    DELETE FROM event_values
        WHERE event_id = old.event_id AND relation = old.relation AND value_key = old.value_key AND links = 1;
    UPDATE event_values SET links = links - 1
        WHERE event_id = old.event_id AND relation = old.relation AND value_key = old.value_key;
    UPDATE event_values SET (value, first_link) = (
            SELECT value, rowid FROM event_links
            WHERE event_id = old.event_id AND relation = old.relation AND value_key = old.value_key
            ORDER BY rowid LIMIT 1)
        WHERE event_id = old.event_id AND relation = old.relation AND value_key = old.value_key
          AND first_link = old.rowid;
END;
)sql";

// Version 6: each event's distinct dates. The date filter compared every fact's end (or start)
// with the bound, which no index served (1.3M facts at 1M documents, docs/performance.md);
// event_dates holds each event's distinct (start, until) pairs once, kept by triggers, indexed
// at both ends. Undated and year-less facts ("--05-15") are left out, as the filter left them.
constexpr const char* kSchemaV6 = R"sql(
CREATE TABLE event_dates (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    start    TEXT NOT NULL,
    until    TEXT NOT NULL, -- the end date, or the start when there is none
    facts    INTEGER NOT NULL,
    PRIMARY KEY (event_id, start, until)
) WITHOUT ROWID;
INSERT INTO event_dates(event_id, start, until, facts)
    SELECT event_id, start, coalesce(end_date, start), count(*) FROM event_facts
    WHERE start NOT LIKE '--%' GROUP BY 1, 2, 3;
CREATE INDEX event_dates_start ON event_dates(start, event_id);
CREATE INDEX event_dates_until ON event_dates(until, event_id);
CREATE TRIGGER event_facts_date_added AFTER INSERT ON event_facts WHEN new.start NOT LIKE '--%' BEGIN
    INSERT INTO event_dates(event_id, start, until, facts)
        VALUES (new.event_id, new.start, coalesce(new.end_date, new.start), 1)
        ON CONFLICT(event_id, start, until) DO UPDATE SET facts = facts + 1;
END;
CREATE TRIGGER event_facts_date_removed AFTER DELETE ON event_facts WHEN old.start NOT LIKE '--%' BEGIN
    DELETE FROM event_dates WHERE event_id = old.event_id AND start = old.start
        AND until = coalesce(old.end_date, old.start) AND facts = 1;
    UPDATE event_dates SET facts = facts - 1 WHERE event_id = old.event_id AND start = old.start
        AND until = coalesce(old.end_date, old.start);
END;
-- The writer replaces facts rather than updating them; this keeps the table right if one is updated.
CREATE TRIGGER event_facts_date_changed AFTER UPDATE OF event_id, start, end_date ON event_facts BEGIN
    DELETE FROM event_dates WHERE old.start NOT LIKE '--%' AND event_id = old.event_id AND start = old.start
        AND until = coalesce(old.end_date, old.start) AND facts = 1;
    UPDATE event_dates SET facts = facts - 1 WHERE old.start NOT LIKE '--%' AND event_id = old.event_id
        AND start = old.start AND until = coalesce(old.end_date, old.start);
    INSERT INTO event_dates(event_id, start, until, facts)
        SELECT new.event_id, new.start, coalesce(new.end_date, new.start), 1 WHERE new.start NOT LIKE '--%'
        ON CONFLICT(event_id, start, until) DO UPDATE SET facts = facts + 1;
END;
)sql";

// Version 7: what the entity tables show, kept at write time. They aggregated every mention (44M
// at 1M documents) and read every role (3.2M) on each read. entity_stats counts an entity's
// mentions and the documents that hold them; entity_days counts those documents per publication
// date (dated ones only), so first and last seen are the ends of an index range; person_titles
// holds each person's distinct titles with the first role giving each. Triggers keep them; a
// mention's or role's document must still be there when it goes, so a document's mentions and
// roles go before the document (a cascade runs after the row is gone).
constexpr const char* kSchemaV7 = R"sql(
CREATE TABLE entity_stats (
    entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    documents INTEGER NOT NULL,
    mentions  INTEGER NOT NULL
);
CREATE TABLE entity_days (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    published TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (entity_id, published)
) WITHOUT ROWID;
INSERT INTO entity_stats(entity_id, documents, mentions)
    SELECT entity_id, count(DISTINCT document_id), count(*) FROM mentions WHERE entity_id IS NOT NULL GROUP BY entity_id;
INSERT INTO entity_days(entity_id, published, documents)
    SELECT m.entity_id, d.published, count(*)
    FROM (SELECT DISTINCT entity_id, document_id FROM mentions WHERE entity_id IS NOT NULL) m
    JOIN documents d INDEXED BY documents_id_published ON d.id = m.document_id
    WHERE d.published NOT LIKE '--%' GROUP BY 1, 2;
CREATE TRIGGER mentions_stats_added AFTER INSERT ON mentions WHEN new.entity_id IS NOT NULL BEGIN
    INSERT INTO entity_stats(entity_id, documents, mentions)
        VALUES (new.entity_id, NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = new.entity_id
                                           AND document_id = new.document_id AND rowid <> new.rowid), 1)
        ON CONFLICT(entity_id) DO UPDATE SET mentions = mentions + 1, documents = documents + excluded.documents;
    INSERT INTO entity_days(entity_id, published, documents)
        SELECT new.entity_id, d.published, 1 FROM documents d INDEXED BY documents_id_published
        WHERE d.id = new.document_id AND d.published NOT LIKE '--%'
          AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = new.entity_id
                          AND document_id = new.document_id AND rowid <> new.rowid)
        ON CONFLICT(entity_id, published) DO UPDATE SET documents = documents + 1;
END;
CREATE TRIGGER mentions_stats_removed AFTER DELETE ON mentions WHEN old.entity_id IS NOT NULL BEGIN
    UPDATE entity_stats SET mentions = mentions - 1,
        documents = documents - NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.entity_id
                                            AND document_id = old.document_id)
        WHERE entity_id = old.entity_id;
    DELETE FROM entity_days WHERE entity_id = old.entity_id AND documents = 1
        AND published = (SELECT published FROM documents INDEXED BY documents_id_published WHERE id = old.document_id)
        AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.entity_id AND document_id = old.document_id);
    UPDATE entity_days SET documents = documents - 1 WHERE entity_id = old.entity_id
        AND published = (SELECT published FROM documents INDEXED BY documents_id_published WHERE id = old.document_id)
        AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = old.entity_id AND document_id = old.document_id);
END;
-- Each person's distinct titles with the first role that gives one (by its document's date, then
-- rowid; '' for undated, which sorts first as NULL did): the entity table shows one role per title.
CREATE TABLE person_titles (
    entity_id       INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    first_published TEXT NOT NULL,
    first_role      INTEGER NOT NULL, -- person_roles.rowid
    roles           INTEGER NOT NULL,
    PRIMARY KEY (entity_id, title)
) WITHOUT ROWID;
CREATE INDEX person_roles_title ON person_roles(entity_id, title);
INSERT INTO person_titles(entity_id, title, first_published, first_role, roles)
    SELECT entity_id, title, published, role, roles FROM (
        SELECT r.entity_id, r.title, coalesce(d.published, '') AS published, r.rowid AS role,
               row_number() OVER byDate AS n, count(*) OVER (PARTITION BY r.entity_id, r.title) AS roles
        FROM person_roles r JOIN documents d INDEXED BY documents_id_published ON d.id = r.document_id
        WINDOW byDate AS (PARTITION BY r.entity_id, r.title ORDER BY coalesce(d.published, ''), r.rowid))
    WHERE n = 1;
CREATE TRIGGER person_roles_title_added AFTER INSERT ON person_roles BEGIN
    INSERT INTO person_titles(entity_id, title, first_published, first_role, roles)
        SELECT new.entity_id, new.title, coalesce(d.published, ''), new.rowid, 1
        FROM documents d INDEXED BY documents_id_published WHERE d.id = new.document_id
        ON CONFLICT(entity_id, title) DO UPDATE SET roles = roles + 1,
            first_published = CASE WHEN (excluded.first_published, excluded.first_role) < (first_published, first_role)
                                   THEN excluded.first_published ELSE first_published END,
            first_role = CASE WHEN (excluded.first_published, excluded.first_role) < (first_published, first_role)
                              THEN excluded.first_role ELSE first_role END;
END;
CREATE TRIGGER person_roles_title_removed AFTER DELETE ON person_roles BEGIN
    DELETE FROM person_titles WHERE entity_id = old.entity_id AND title = old.title AND roles = 1;
    UPDATE person_titles SET roles = roles - 1 WHERE entity_id = old.entity_id AND title = old.title;
    UPDATE person_titles SET (first_published, first_role) = (
            SELECT coalesce(d.published, ''), r.rowid FROM person_roles r
            JOIN documents d INDEXED BY documents_id_published ON d.id = r.document_id
            WHERE r.entity_id = old.entity_id AND r.title = old.title ORDER BY 1, 2 LIMIT 1)
        WHERE entity_id = old.entity_id AND title = old.title AND first_role = old.rowid;
END;
-- The newest source documents of given events, read from the index alone (filtered entity tables).
CREATE INDEX event_facts_document_event ON event_facts(document_id, event_id);
CREATE TRIGGER documents_mentions_first BEFORE DELETE ON documents BEGIN
    DELETE FROM mentions WHERE document_id = old.id;
    DELETE FROM person_roles WHERE document_id = old.id;
END;
)sql";

// Version 8: documents are no longer indexed for full text by a trigger as each is inserted, but
// by the writer, all of a transaction's at its end (Database::flushFullText): FTS5 writes its
// pending terms to a new segment at every savepoint, so indexing inside a per-document savepoint
// wrote one segment per document. Deletions and updates still go through triggers.
constexpr const char* kSchemaV8 = R"sql(
DROP TRIGGER IF EXISTS documents_fts_insert;
)sql";

// Version 9: each string is stored once.
// - A document's body (its paragraphs, for the full-text index, snippets and previews) was a
//   second copy of most of its text. It is now the span of the text from the first body
//   paragraph to the end of the last (document_parts keeps the paragraphs themselves), computed
//   when read; header lines stay out of the index, lines set apart between paragraphs no longer
//   do. The full-text index is rebuilt over that span.
// - A mention's text is the document's text at its offsets; its entity is stored only where it
//   differs from its lemma ('' = the lemma).
constexpr const char* kSchemaV9 = R"sql(
ALTER TABLE documents ADD COLUMN body_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN body_end INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET (body_start, body_end) = (
        SELECT min(start_cp), max(end_cp) FROM document_parts p WHERE p.document_id = documents.id AND p.kind = 'body')
    WHERE EXISTS (SELECT 1 FROM document_parts p WHERE p.document_id = documents.id AND p.kind = 'body');
DROP TRIGGER IF EXISTS documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
ALTER TABLE documents DROP COLUMN body;
ALTER TABLE documents ADD COLUMN body TEXT GENERATED ALWAYS AS (substr(text, body_start + 1, body_end - body_start)) VIRTUAL;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text, body_start, body_end ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');

UPDATE mentions SET entity = '' WHERE entity = lemma;
ALTER TABLE mentions DROP COLUMN text;
)sql";

// Append new steps here; never edit a step that has shipped.
constexpr std::array<Migration, 9> kMigrations{{
    {1, kSchemaV1},
    {2, kSchemaV2},
    {3, kSchemaV3},
    {4, kSchemaV4},
    {5, kSchemaV5},
    {6, kSchemaV6},
    {7, kSchemaV7},
    {8, kSchemaV8},
    {9, kSchemaV9},
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
    if (*version >= kMigrations.back().version)
        return Ok{};
    // An upgrade rewrites whole tables; the statement journals and sorts it needs go to temporary
    // files, not memory, so a large archive upgrades in bounded memory (schema 9 at 100k documents
    // peaked at 1.1 GB with temporary storage in memory). The connection's setting comes back after.
    auto before = Statement::prepare(db, "PRAGMA temp_store", false);
    const std::int64_t tempStore = before && before->step() == SQLITE_ROW ? before->int64(0) : 0;
    if (before)
        before->reset();
    if (auto st = exec(db, "PRAGMA temp_store = FILE", "cannot upgrade database " + path); !st)
        return st;
    Status result = Ok{};
    for (const Migration& m : kMigrations) {
        if (m.version <= *version)
            continue;
        if (result = applyStep(db, m, path); !result)
            break;
    }
    const std::string restore = "PRAGMA temp_store = " + std::to_string(tempStore);
    if (auto st = exec(db, restore.c_str(), "cannot upgrade database " + path); !st && result)
        return st;
    return result;
}

} // namespace letopis::store::detail
