// The full-text part of the event filter: the events with a source document that matches.
// A common word matches half of a million documents; probing event_facts once per matching
// document cost 0.7 s at 1M (docs/performance.md). Instead the matching documents are marked in
// a bitmap and each event checks its own sources, read once per database state.
#include "store/database_impl.hpp"

#include <sqlite3.h>

#include <algorithm>

namespace letopis::store::detail {

namespace {

Status buildSourceIndex(sqlite3* db, StatementCache& cache, Database::Impl::SourceIndex& index)
{
    // The primary key's index holds both columns in this order: no table row is read.
    auto s = cache.get("SELECT event_id, document_id FROM event_facts ORDER BY event_id, document_id");
    if (!s)
        return s.error();
    ResetOnExit guard(**s);
    index = {};
    int rc;
    while ((rc = (*s)->step()) == SQLITE_ROW) {
        const std::int64_t event = (*s)->int64(0);
        if (index.eventIds.empty() || index.eventIds.back() != event) {
            index.eventIds.push_back(event);
            index.begin.push_back(index.documents.size());
        }
        index.documents.push_back((*s)->int64(1));
    }
    index.begin.push_back(index.documents.size());
    if (rc != SQLITE_DONE)
        return sqliteError(db, "cannot read the events' sources");
    return Ok{};
}

} // namespace

Result<std::string> textEventIds(sqlite3* db, Database::Impl& impl, const std::string& match)
{
    auto& index = impl.sources;
    auto stamp = cacheStamp(db, impl.statements);
    if (!stamp)
        return stamp.error();
    if (!(*stamp == index.stamp)) {
        if (auto st = buildSourceIndex(db, impl.statements, index); !st) {
            index = {};
            return st.error();
        }
        index.stamp = *stamp;
    }
    auto s = impl.statements.get("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1");
    if (!s)
        return s.error();
    std::vector<bool> matched;
    {
        ResetOnExit guard(**s);
        (*s)->bind(1, match);
        int rc;
        while ((rc = (*s)->step()) == SQLITE_ROW) {
            const auto id = static_cast<std::size_t>(std::max<std::int64_t>(0, (*s)->int64(0)));
            if (id >= matched.size())
                matched.resize(std::max(id + 1, matched.size() * 2));
            matched[id] = true;
        }
        if (rc != SQLITE_DONE)
            return sqliteError(db, "full-text filter failed");
    }
    std::string ids = "[";
    for (std::size_t e = 0; e < index.eventIds.size(); ++e) {
        const auto first = index.documents.begin() + static_cast<std::ptrdiff_t>(index.begin[e]);
        const auto last = index.documents.begin() + static_cast<std::ptrdiff_t>(index.begin[e + 1]);
        const bool any = std::any_of(first, last, [&](std::int64_t d) {
            return d >= 0 && static_cast<std::size_t>(d) < matched.size() && matched[static_cast<std::size_t>(d)];
        });
        if (any)
            ids += (ids.size() > 1 ? "," : "") + std::to_string(index.eventIds[e]);
    }
    return ids + "]";
}

} // namespace letopis::store::detail
