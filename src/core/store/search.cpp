// Full-text search. A person's query is never passed to FTS5 as syntax: it is split into words and
// phrases here and each becomes a quoted FTS5 string, so NEAR(, OR, -, ^, column filters or stray
// quotes are just words. The letopis_ru tokenizer turns each string into stems.
#include "letopis/store.hpp"

#include "store/database_impl.hpp"
#include "store/statement.hpp"
#include "store/tokenizer.hpp"

#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

namespace letopis::store {

namespace {

struct Term {
    std::string text;    // UTF-8 as typed, without the quotes or the trailing stars
    bool prefix = false;
};

bool isQuote(UChar32 c)
{
    return c == U'"' || c == U'«' || c == U'»' || c == U'„' || c == U'“' || c == U'”';
}

// Code points of the query; invalid bytes and control characters become spaces.
std::u32string decodeQuery(std::string_view q)
{
    std::u32string out;
    const auto* s = reinterpret_cast<const std::uint8_t*>(q.data());
    const auto n = static_cast<int32_t>(q.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        out.push_back(c < 0 || u_iscntrl(c) ? U' ' : static_cast<char32_t>(c));
    }
    return out;
}

class QuerySplitter final {
public:
    std::vector<Term> split(std::u32string_view q)
    {
        // An unbalanced last quote is taken as a typo and ignored rather than opening a phrase.
        std::size_t quotes = 0;
        for (char32_t c : q)
            quotes += isQuote(static_cast<UChar32>(c)) ? 1 : 0;
        std::size_t seen = 0;
        for (std::size_t i = 0; i < q.size(); ++i) {
            const auto c = static_cast<UChar32>(q[i]);
            if (isQuote(c) && ++seen <= quotes - quotes % 2) {
                if (m_inPhrase)
                    i = closePhrase(q, i);
                else
                    flush(false);
                m_inPhrase = !m_inPhrase;
            } else if (!m_inPhrase && (u_isUWhiteSpace(c) || isQuote(c))) {
                flush(false);
            } else {
                m_current.push_back(q[i]);
            }
        }
        flush(false);
        return std::move(m_terms);
    }

private:
    // At a closing quote: stars right after it make the phrase's last word a prefix.
    std::size_t closePhrase(std::u32string_view q, std::size_t i)
    {
        bool star = false;
        while (i + 1 < q.size() && q[i + 1] == U'*') {
            star = true;
            ++i;
        }
        flush(star);
        return i;
    }

    void flush(bool prefix)
    {
        std::u32string word = std::move(m_current);
        m_current.clear();
        if (!m_inPhrase) {
            while (!word.empty() && word.back() == U'*') {
                word.pop_back();
                prefix = true;
            }
        }
        std::string utf8;
        for (char32_t c : word) {
            char buf[U8_MAX_LENGTH];
            int32_t n = 0;
            UBool error = false;
            U8_APPEND(buf, n, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
            if (!error)
                utf8.append(buf, static_cast<std::size_t>(n));
        }
        if (detail::hasKey(utf8)) // "-", "*", "')" and the like search for nothing: dropped
            m_terms.push_back(Term{std::move(utf8), prefix});
    }

    std::vector<Term> m_terms;
    std::u32string m_current;
    bool m_inPhrase = false;
};

// The FTS5 MATCH expression: every term a quoted string, ANDed. Empty when nothing is searchable.
std::string matchExpression(std::string_view query)
{
    std::string out;
    for (const Term& t : QuerySplitter().split(decodeQuery(query))) {
        if (!out.empty())
            out += " AND ";
        out += '"';
        for (char c : t.text) {
            if (c == '"')
                out += '"'; // FTS5 escapes a quote inside a string by doubling it
            out += c;
        }
        out += '"';
        if (t.prefix)
            out += '*';
    }
    return out;
}

// Ranking every match costs time in proportion to the matches, and a common word matches half of
// a million documents (docs/performance.md). So the query ranks a bounded candidate set: the
// kCandidates matches stored last (highest rowid, the newest documents as an archive grows), or
// as many as asked for when that is more.
// A query with fewer matches than that is ranked whole, exactly as before.
constexpr int kCandidates = 10000;

constexpr const char* kCandidatesSql =
    "SELECT rowid, bm25(documents_fts, 10.0, 1.0) FROM documents_fts WHERE documents_fts MATCH ?1"
    " ORDER BY rowid DESC LIMIT ?2";

// Snippets for the chosen documents in one pass over their rowid range: FTS5 starts a prefix
// term's doclist afresh for each look-up by rowid, which a pass does once. "+rowid" keeps the
// list a filter on the pass rather than one look-up per id.
constexpr const char* kSnippetsSql =
    "SELECT rowid, snippet(documents_fts, -1, '[[', ']]', '…', 12) FROM documents_fts"
    " WHERE documents_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3 AND +rowid IN (SELECT value FROM json_each(?4))";

constexpr const char* kDocumentSql =
    "SELECT (SELECT path FROM files WHERE document_id = d.id ORDER BY rowid LIMIT 1), d.title FROM documents d"
    " WHERE d.id = ?1";

} // namespace

Result<std::string> detail::ftsMatch(std::string_view query)
{
    std::string match = matchExpression(query);
    if (match.empty())
        return makeError(ErrorCode::InvalidArgument, "nothing to search for: the query has no letters or digits");
    return match;
}

namespace {

// The best `limit` of the candidates (all matches when limit <= 0), best first; ties go to the
// newer document.
Result<std::vector<SearchHit>> rankCandidates(sqlite3* db, detail::StatementCache& cache, const std::string& match,
                                              int limit)
{
    auto s = cache.get(kCandidatesSql);
    if (!s)
        return s.error();
    detail::Statement& q = **s;
    detail::ResetOnExit guard(q);
    q.bind(1, match);
    q.bind(2, limit > 0 ? std::max(kCandidates, limit) : -1);
    std::vector<SearchHit> hits;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        SearchHit hit;
        hit.documentId = q.int64(0);
        hit.score = -q.real(1);
        hits.push_back(std::move(hit));
    }
    if (rc != SQLITE_DONE)
        return detail::sqliteError(db, "search failed");
    const auto better = [](const SearchHit& a, const SearchHit& b) {
        return a.score != b.score ? a.score > b.score : a.documentId > b.documentId;
    };
    const std::size_t keep = limit > 0 ? std::min(hits.size(), static_cast<std::size_t>(limit)) : hits.size();
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(keep), hits.end(), better);
    hits.resize(keep);
    return hits;
}

Status addSnippets(sqlite3* db, detail::StatementCache& cache, const std::string& match, std::vector<SearchHit>& hits)
{
    if (hits.empty())
        return Ok{};
    std::unordered_map<std::int64_t, SearchHit*> byId;
    std::string ids = "[";
    std::int64_t low = hits.front().documentId, high = low;
    for (auto& hit : hits) {
        byId.emplace(hit.documentId, &hit);
        ids += (ids.size() > 1 ? "," : "") + std::to_string(hit.documentId);
        low = std::min(low, hit.documentId);
        high = std::max(high, hit.documentId);
    }
    ids += "]";
    auto s = cache.get(kSnippetsSql);
    if (!s)
        return s.error();
    detail::Statement& q = **s;
    detail::ResetOnExit guard(q);
    q.bind(1, match);
    q.bind(2, low);
    q.bind(3, high);
    q.bind(4, ids);
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        byId.at(q.int64(0))->snippet = q.text(1);
    if (rc != SQLITE_DONE)
        return detail::sqliteError(db, "search failed");
    auto d = cache.get(kDocumentSql);
    if (!d)
        return d.error();
    for (auto& hit : hits) {
        detail::ResetOnExit reset(**d);
        (*d)->bind(1, hit.documentId);
        if ((rc = (*d)->step()) == SQLITE_ROW) {
            hit.path = (*d)->text(0);
            hit.title = (*d)->text(1);
        } else if (rc != SQLITE_DONE) {
            return detail::sqliteError(db, "search failed");
        }
    }
    return Ok{};
}

} // namespace

Result<std::vector<SearchHit>> Database::search(std::string_view query, int limit)
{
    auto match = detail::ftsMatch(query);
    if (!match)
        return match.error();
    auto hits = rankCandidates(m_db, m_impl->statements, *match, limit);
    if (!hits)
        return hits.error();
    if (auto st = addSnippets(m_db, m_impl->statements, *match, *hits); !st)
        return st.error();
    return hits;
}

} // namespace letopis::store
