// Reading documents back: the list in date order, and one document by id, path or path suffix.
#include "letopis/store.hpp"

#include "store/database_impl.hpp"
#include "store/published.hpp"
#include "store/statement.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <set>
#include <unordered_map>

namespace letopis::store {

using detail::ResetOnExit;
using detail::Statement;
using detail::sqliteError;

namespace {

// ?1: whether to read the text. The record's path is its first file still held (lowest rowid).
#define LETOPIS_RECORD_SELECT                                                                         \
    "SELECT d.id, d.hash, d.encoding, d.confidence, d.title, d.subtitle, d.source, d.byline,"         \
    " d.published, d.published_precision, d.published_inferred, CASE WHEN ?1 THEN d.text ELSE '' END," \
    " f.path, f.size_bytes, f.mtime_ns, substr(d.body, 1, 160)"                                       \
    " FROM documents d LEFT JOIN files f ON f.rowid ="                                                \
    " (SELECT rowid FROM files WHERE document_id = d.id ORDER BY rowid LIMIT 1)"

constexpr const char* kAllRecords = LETOPIS_RECORD_SELECT
    " ORDER BY CASE WHEN d.published IS NULL THEN 2 WHEN d.published GLOB '-*' THEN 1 ELSE 0 END,"
    " d.published, f.path";
constexpr const char* kOneRecord = LETOPIS_RECORD_SELECT " WHERE d.id = ?2";
#undef LETOPIS_RECORD_SELECT

DocumentRecord readRecord(const Statement& q)
{
    DocumentRecord r;
    r.id = q.int64(0);
    r.hash = q.text(1);
    r.encoding = q.text(2);
    r.confidence = static_cast<int>(q.int64(3));
    r.doc.title = q.text(4);
    r.doc.subtitle = q.text(5);
    r.doc.source = q.text(6);
    r.doc.byline = q.text(7);
    if (!q.isNull(8))
        r.doc.published = detail::publishedFrom(q.text(8), q.text(9), q.int64(10) != 0);
    r.doc.text = q.text(11);
    r.path = q.text(12);
    r.sizeBytes = q.int64(13);
    r.mtimeNs = q.int64(14);
    r.excerpt = q.text(15);
    return r;
}

// Adds a stored part row to a document: "body" rows are body paragraphs, the rest PartKinds.
void addPart(ParsedDocument& doc, std::string_view kind, std::int64_t start, std::int64_t end)
{
    const text::Span span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
    if (kind == "body")
        doc.body.push_back(span);
    else if (auto k = partKindFromName(kind))
        doc.parts.push_back(DocumentPart{*k, span});
}

// Reads rows (document_id, value...) in document order and hands each to add(record, row).
template <class Add>
Status attachRows(sqlite3* db, Statement& q, const std::unordered_map<std::int64_t, DocumentRecord*>& byId, Add add)
{
    ResetOnExit guard(q);
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        if (auto it = byId.find(q.int64(0)); it != byId.end())
            add(*it->second, q);
    }
    return rc == SQLITE_DONE ? Status(Ok{}) : Status(sqliteError(db, "cannot read documents"));
}

Status attachPaths(sqlite3* db, detail::StatementCache& cache, const char* sql, std::int64_t id,
                   const std::unordered_map<std::int64_t, DocumentRecord*>& byId)
{
    auto s = cache.get(sql);
    if (!s)
        return s.error();
    if (id)
        (*s)->bind(1, id);
    return attachRows(db, **s, byId, [](DocumentRecord& r, const Statement& q) { r.paths.push_back(q.text(1)); });
}

Status attachParts(sqlite3* db, detail::StatementCache& cache, const char* sql, std::int64_t id,
                   const std::unordered_map<std::int64_t, DocumentRecord*>& byId)
{
    auto s = cache.get(sql);
    if (!s)
        return s.error();
    if (id)
        (*s)->bind(1, id);
    return attachRows(db, **s, byId, [](DocumentRecord& r, const Statement& q) {
        addPart(r.doc, q.text(1), q.int64(2), q.int64(3));
    });
}

// "42" is an id; "042" is not (it reads as the start of a file name such as "042_report.txt").
std::optional<std::int64_t> parseId(std::string_view s)
{
    if (s.empty() || s.front() == '0')
        return std::nullopt;
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
    if (ec != std::errc() || end != s.data() + s.size() || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

Result<std::vector<DocumentRecord>> Database::documents(bool withText)
{
    auto s = m_impl->statements.get(kAllRecords);
    if (!s)
        return s.error();
    std::vector<DocumentRecord> out;
    {
        Statement& q = **s;
        ResetOnExit guard(q);
        q.bind(1, withText ? 1 : 0);
        int rc = SQLITE_ROW;
        while ((rc = q.step()) == SQLITE_ROW)
            out.push_back(readRecord(q));
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot list documents");
    }
    std::unordered_map<std::int64_t, DocumentRecord*> byId;
    byId.reserve(out.size());
    for (auto& r : out)
        byId.emplace(r.id, &r);
    auto& cache = m_impl->statements;
    if (auto st = attachPaths(m_db, cache, "SELECT document_id, path FROM files ORDER BY document_id, rowid", 0, byId);
        !st)
        return st.error();
    if (withText) {
        if (auto st = attachParts(m_db, cache,
                                  "SELECT document_id, kind, start_cp, end_cp FROM document_parts"
                                  " ORDER BY document_id, start_cp, rowid",
                                  0, byId);
            !st)
            return st.error();
    }
    return out;
}

Result<std::optional<DocumentRecord>> Database::documentById(std::int64_t id)
{
    using Found = std::optional<DocumentRecord>;
    auto s = m_impl->statements.get(kOneRecord);
    if (!s)
        return s.error();
    Found found;
    {
        Statement& q = **s;
        ResetOnExit guard(q);
        q.bind(1, 1);
        q.bind(2, id);
        const int rc = q.step();
        if (rc == SQLITE_DONE)
            return Found();
        if (rc != SQLITE_ROW)
            return sqliteError(m_db, "cannot read document " + std::to_string(id));
        found = readRecord(q);
    }
    const std::unordered_map<std::int64_t, DocumentRecord*> byId{{id, &*found}};
    auto& cache = m_impl->statements;
    if (auto st = attachPaths(m_db, cache, "SELECT document_id, path FROM files WHERE document_id = ?1 ORDER BY rowid",
                              id, byId);
        !st)
        return st.error();
    if (auto st = attachParts(m_db, cache,
                              "SELECT document_id, kind, start_cp, end_cp FROM document_parts"
                              " WHERE document_id = ?1 ORDER BY start_cp, rowid",
                              id, byId);
        !st)
        return st.error();
    return found;
}

Result<std::optional<DocumentRecord>> Database::document(std::string_view idOrPath)
{
    if (idOrPath.empty())
        return makeError(ErrorCode::InvalidArgument, "no document given: pass an id, a path or a file name");
    if (auto id = parseId(idOrPath)) {
        auto byId = documentById(*id);
        if (!byId || *byId)
            return byId;
    }
    auto s = m_impl->statements.get("SELECT document_id FROM files WHERE path = ?1");
    if (!s)
        return s.error();
    std::int64_t exact = 0;
    {
        ResetOnExit guard(**s);
        (*s)->bind(1, idOrPath);
        if ((*s)->step() == SQLITE_ROW)
            exact = (*s)->int64(0);
    }
    if (exact)
        return documentById(exact);
    return documentBySuffix(idOrPath);
}

namespace {

bool endsAtComponent(std::string_view path, std::string_view suffix)
{
    if (suffix.front() == '/' || suffix.front() == '\\')
        return true;
    const char before = path[path.size() - suffix.size() - 1];
    return before == '/' || before == '\\';
}

std::string ambiguity(std::string_view suffix, const std::vector<std::string>& paths, std::size_t documents)
{
    std::string msg = "\"";
    msg.append(suffix).append("\" matches ").append(std::to_string(documents)).append(" documents: ");
    const std::size_t shown = std::min<std::size_t>(paths.size(), 10);
    for (std::size_t i = 0; i < shown; ++i)
        msg += (i ? ", " : "") + paths[i];
    if (paths.size() > shown)
        msg += " and " + std::to_string(paths.size() - shown) + " more";
    return msg + "; give more of the path or the document id";
}

} // namespace

Result<std::optional<DocumentRecord>> Database::documentBySuffix(std::string_view suffix)
{
    auto s = m_impl->statements.get(
        "SELECT path, document_id FROM files WHERE length(path) > length(?1)"
        " AND substr(path, length(path) - length(?1) + 1) = ?1 ORDER BY path");
    if (!s)
        return s.error();
    std::vector<std::pair<std::string, std::int64_t>> all, whole;
    {
        Statement& q = **s;
        ResetOnExit guard(q);
        q.bind(1, suffix);
        int rc = SQLITE_ROW;
        while ((rc = q.step()) == SQLITE_ROW) {
            all.emplace_back(q.text(0), q.int64(1));
            if (endsAtComponent(all.back().first, suffix))
                whole.push_back(all.back());
        }
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot look up documents by path");
    }
    // "fab.txt" names the file ".../fab.txt" rather than ".../prefab.txt" when both exist.
    const auto& matches = whole.empty() ? all : whole;
    std::set<std::int64_t> ids;
    std::vector<std::string> paths;
    for (const auto& [path, id] : matches) {
        ids.insert(id);
        paths.push_back(path);
    }
    if (ids.empty())
        return documentByNamePrefix(suffix);
    if (ids.size() > 1)
        return makeError(ErrorCode::InvalidArgument, ambiguity(suffix, paths, ids.size()));
    return documentById(*ids.begin());
}

Result<std::optional<DocumentRecord>> Database::documentByNamePrefix(std::string_view prefix)
{
    if (prefix.find('/') != std::string_view::npos)
        return std::optional<DocumentRecord>();
    // GLOB with the user's text bracketed where it holds GLOB syntax, so it matches literally.
    std::string pattern = "*/";
    for (char c : prefix) {
        if (c == '*' || c == '?' || c == '[' || c == ']')
            pattern.append("[").append(1, c).append("]");
        else
            pattern += c;
    }
    pattern += '*';
    auto s = m_impl->statements.get("SELECT path, document_id FROM files WHERE path GLOB ?1 ORDER BY path");
    if (!s)
        return s.error();
    std::set<std::int64_t> ids;
    std::vector<std::string> paths;
    {
        Statement& q = **s;
        ResetOnExit guard(q);
        q.bind(1, pattern);
        int rc = SQLITE_ROW;
        while ((rc = q.step()) == SQLITE_ROW) {
            std::string path = q.text(0);
            const auto slash = path.find_last_of('/');
            if (path.compare(slash + 1, prefix.size(), prefix) != 0)
                continue; // the prefix matched a folder name, not the file name
            ids.insert(q.int64(1));
            paths.push_back(std::move(path));
        }
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot look up documents by file name");
    }
    if (ids.empty())
        return std::optional<DocumentRecord>();
    if (ids.size() > 1)
        return makeError(ErrorCode::InvalidArgument, ambiguity(prefix, paths, ids.size()));
    return documentById(*ids.begin());
}

} // namespace letopis::store

namespace letopis::store {

namespace {

// The documents() order and columns (readRecord), minus the text; the excerpt only where a table
// shows it (untitled documents), so the long body is not read for every row.
std::string pageSql(bool matching, const char* what)
{
    std::string sql = std::string("SELECT ") + what + " FROM documents d";
    if (matching)
        sql += " WHERE d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1)";
    return sql;
}

constexpr const char* kPageColumns =
    "d.id, d.hash, d.encoding, d.confidence, d.title, d.subtitle, d.source, d.byline,"
    " d.published, d.published_precision, d.published_inferred, '',"
    " f.path, f.size_bytes, f.mtime_ns, CASE WHEN d.title = '' THEN substr(d.body, 1, 160) ELSE '' END";

// The FTS5 expression of a query, or empty for no query (every document).
Result<std::string> optionalMatch(std::string_view query)
{
    return query.empty() ? Result<std::string>(std::string()) : detail::ftsMatch(query);
}

} // namespace

Result<std::vector<DocumentRecord>> Database::documentPage(std::string_view query, std::int64_t offset, int limit)
{
    auto matched = optionalMatch(query);
    if (!matched)
        return matched.error();
    const std::string& match = *matched;
    std::string sql = pageSql(!match.empty(), kPageColumns);
    sql.insert(sql.find(" WHERE") == std::string::npos ? sql.size() : sql.find(" WHERE"),
               " LEFT JOIN files f ON f.rowid = (SELECT rowid FROM files WHERE document_id = d.id ORDER BY rowid LIMIT 1)");
    sql += " ORDER BY CASE WHEN d.published IS NULL THEN 2 WHEN d.published GLOB '-*' THEN 1 ELSE 0 END,"
           " d.published, f.path LIMIT ?2 OFFSET ?3";
    auto s = m_impl->statements.get(sql.c_str());
    if (!s)
        return s.error();
    Statement& q = **s;
    ResetOnExit guard(q);
    if (!match.empty())
        q.bind(1, match);
    q.bind(2, std::int64_t{limit > 0 ? limit : -1});
    q.bind(3, std::max<std::int64_t>(0, offset));
    std::vector<DocumentRecord> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(readRecord(q));
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "cannot list documents");
    return out;
}

Result<std::int64_t> Database::documentPageCount(std::string_view query)
{
    auto matched = optionalMatch(query);
    if (!matched)
        return matched.error();
    const std::string& match = *matched;
    auto s = m_impl->statements.get(pageSql(!match.empty(), "count(*)").c_str());
    if (!s)
        return s.error();
    ResetOnExit guard(**s);
    if (!match.empty())
        (*s)->bind(1, match);
    if ((*s)->step() != SQLITE_ROW)
        return sqliteError(m_db, "cannot count documents");
    return (*s)->int64(0);
}

} // namespace letopis::store
