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

constexpr const char* kSearch =
    "SELECT d.id, (SELECT path FROM files WHERE document_id = d.id ORDER BY rowid LIMIT 1), d.title,"
    " snippet(documents_fts, -1, '[[', ']]', '…', 12), bm25(documents_fts, 10.0, 1.0) AS rank"
    " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
    " WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2";

} // namespace

Result<std::string> detail::ftsMatch(std::string_view query)
{
    std::string match = matchExpression(query);
    if (match.empty())
        return makeError(ErrorCode::InvalidArgument, "nothing to search for: the query has no letters or digits");
    return match;
}

Result<std::vector<SearchHit>> Database::search(std::string_view query, int limit)
{
    auto match = detail::ftsMatch(query);
    if (!match)
        return match.error();
    auto s = m_impl->statements.get(kSearch);
    if (!s)
        return s.error();
    detail::Statement& q = **s;
    detail::ResetOnExit guard(q);
    q.bind(1, *match);
    q.bind(2, limit > 0 ? limit : -1);
    std::vector<SearchHit> hits;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        hits.push_back(SearchHit{q.int64(0), q.text(1), q.text(2), q.text(3), -q.real(4)});
    if (rc != SQLITE_DONE)
        return detail::sqliteError(m_db, "search failed");
    return hits;
}

} // namespace letopis::store
