#pragma once
// Turns a database of the current schema back into the layout schema 8 had, data and all, so the
// upgrade from what earlier versions wrote can be tested with data the current writer stored.
// Schema 8 kept the body a second time (paragraphs of the text) and each mention's text and entity.

namespace letopis::testing {

inline constexpr const char* kBackToSchema8 =
    "DROP TRIGGER documents_fts_delete; DROP TRIGGER documents_fts_update;"
    " ALTER TABLE documents DROP COLUMN body;"
    " ALTER TABLE documents ADD COLUMN body TEXT NOT NULL DEFAULT '';"
    " UPDATE documents SET body = substr(text, body_start + 1, body_end - body_start);"
    " ALTER TABLE documents DROP COLUMN body_start; ALTER TABLE documents DROP COLUMN body_end;"
    " CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN"
    "  INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END;"
    " CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, body ON documents BEGIN"
    "  INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);"
    "  INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END;"
    " ALTER TABLE mentions ADD COLUMN text TEXT NOT NULL DEFAULT '';"
    " UPDATE mentions SET text = (SELECT substr(d.text, mentions.start_cp + 1, mentions.end_cp - mentions.start_cp)"
    "  FROM documents d WHERE d.id = mentions.document_id), entity = CASE entity WHEN '' THEN lemma ELSE entity END;"
    " PRAGMA user_version = 8;";

} // namespace letopis::testing
