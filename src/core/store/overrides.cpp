// The analyst's corrections: storing them, taking them back, and marking the documents whose
// stored facts they change, so that re-extracting just those applies them.
#include "letopis/store.hpp"
#include "letopis/text.hpp"

#include "store/database_impl.hpp"
#include "store/override_set.hpp"

#include <set>
#include <unordered_map>

namespace letopis::store {

using detail::OverrideSet;
using detail::ResetOnExit;
using detail::sqliteError;

namespace {

// Mention types whose entities have this kind (as the fact writer links them).
std::vector<std::string_view> mentionTypes(std::string_view kind)
{
    if (kind == "person")
        return {"PERSON"};
    if (kind == "organization")
        return {"ORGANIZATION"};
    if (kind == "place")
        return {"CITY", "REGION"};
    return {};
}

class Affected final {
public:
    Affected(sqlite3* db, detail::StatementCache& cache) : m_db(db), m_cache(cache) {}

    // Documents whose stored facts change when o is added or taken back, given the corrections
    // in force before; nothing means every document.
    Result<std::optional<std::set<std::int64_t>>> of(const Override& o, const OverrideSet& before)
    {
        using Out = std::optional<std::set<std::int64_t>>;
        if (o.kind == "rename") // applied when read
            return Out(std::set<std::int64_t>{});
        // A country also comes from the cities of an event, with no mention of its own.
        if (o.subjectKind == "country")
            return Out();
        std::vector<std::string> keys{o.subjectKey};
        if (o.kind == "merge")
            keys.push_back(detail::subjectKey(o.subjectKind, o.value));
        std::vector<std::string> stored = keys;
        for (const auto& k : keys) {
            if (auto r = before.resolve(o.subjectKind, k))
                stored.push_back(*r);
            else if (o.subjectKind == "event") // a rejected event left no facts to find it by
                return Out();
        }
        for (const auto& k : stored) {
            if (auto st = o.subjectKind == "event" ? byEvent(k) : byEntity(o.subjectKind, k); !st)
                return st.error();
        }
        if (o.subjectKind != "event") {
            // Mentions keep the name they were found with, so rejected or merged entities are
            // found by it, and so are the entities merged into them.
            std::set<std::string> raw(keys.begin(), keys.end());
            for (const auto& k : keys) {
                const auto into = before.mergedInto(o.subjectKind, k);
                raw.insert(into.begin(), into.end());
            }
            if (auto st = byMentionName(o.subjectKind, raw); !st)
                return st.error();
        }
        return Out(std::move(m_docs));
    }

private:
    Status collect(detail::Statement& q, std::string_view doing)
    {
        ResetOnExit guard(q);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            m_docs.insert(q.int64(0));
        return rc == SQLITE_DONE ? Status(Ok{}) : Status(sqliteError(m_db, doing));
    }

    Status byEvent(const std::string& key)
    {
        auto s = m_cache.get("SELECT f.document_id FROM event_facts f JOIN events e ON e.id = f.event_id WHERE e.key = ?1");
        if (!s)
            return s.error();
        (*s)->bind(1, key);
        return collect(**s, "cannot find the documents of an event");
    }

    Status byEntity(const std::string& kind, const std::string& key)
    {
        auto s = m_cache.get("SELECT DISTINCT m.document_id FROM mentions m JOIN entities e ON e.id = m.entity_id"
                             " WHERE e.kind = ?1 AND e.key = ?2");
        if (!s)
            return s.error();
        (*s)->bind(1, kind);
        (*s)->bind(2, key);
        return collect(**s, "cannot find the documents of an entity");
    }

    Status byMentionName(const std::string& kind, const std::set<std::string>& keys)
    {
        auto s = m_cache.get("SELECT DISTINCT CASE entity WHEN '' THEN lemma ELSE entity END, document_id"
                             " FROM mentions WHERE type = ?1");
        if (!s)
            return s.error();
        std::unordered_map<std::string, bool> matches; // folding is the cost; names repeat
        for (const auto type : mentionTypes(kind)) {
            detail::Statement& q = **s;
            ResetOnExit guard(q);
            q.bind(1, type);
            int rc;
            while ((rc = q.step()) == SQLITE_ROW) {
                const std::string name = q.text(0);
                auto [it, fresh] = matches.try_emplace(name, false);
                if (fresh)
                    it->second = keys.count(text::nameKey(name)) > 0;
                if (it->second)
                    m_docs.insert(q.int64(1));
            }
            if (rc != SQLITE_DONE)
                return sqliteError(m_db, "cannot find the documents that mention an entity");
        }
        return Ok{};
    }

    sqlite3* m_db;
    detail::StatementCache& m_cache;
    std::set<std::int64_t> m_docs;
};

// Marks documents for extraction (documentsNeedingExtraction); nothing means all of them.
Status markForExtraction(sqlite3* db, detail::StatementCache& cache, const std::optional<std::set<std::int64_t>>& docs)
{
    if (!docs)
        return detail::exec(db, "DELETE FROM extraction_state", "cannot schedule re-extraction");
    auto s = cache.get("DELETE FROM extraction_state WHERE document_id = ?1");
    if (!s)
        return s.error();
    for (const auto id : *docs) {
        (*s)->bind(1, id);
        if (auto st = detail::run(db, **s, "cannot schedule re-extraction"); !st)
            return st;
    }
    return Ok{};
}

} // namespace

Result<std::int64_t> Database::addOverride(const Override& given)
{
    Override o = given;
    o.subjectKey = detail::subjectKey(o.subjectKind, o.subjectKey);
    if (o.kind == "reject" || o.kind == "split")
        o.value.clear();
    detail::Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto before = OverrideSet::load(m_db, m_impl->statements);
    if (!before)
        return before.error();
    if (auto st = before->check(o); !st)
        return st.error();
    auto s = m_impl->statements.get("INSERT INTO overrides(kind, subject_kind, subject_key, value) VALUES (?1, ?2, ?3, ?4)");
    if (!s)
        return s.error();
    (*s)->bind(1, o.kind);
    (*s)->bind(2, o.subjectKind);
    (*s)->bind(3, o.subjectKey);
    (*s)->bind(4, o.value);
    if (auto st = detail::run(m_db, **s, "cannot store the correction (" + o.kind + " " + o.subjectKey + ")"); !st)
        return st.error();
    const std::int64_t id = sqlite3_last_insert_rowid(m_db);
    auto docs = Affected(m_db, m_impl->statements).of(o, *before);
    if (!docs)
        return docs.error();
    if (auto st = markForExtraction(m_db, m_impl->statements, *docs); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Status Database::removeOverride(std::int64_t id)
{
    detail::Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st;
    auto all = overrides();
    if (!all)
        return all.error();
    OverrideSet before, after;
    const Override* taken = nullptr;
    for (const auto& o : *all) {
        before.add(o);
        if (o.id == id)
            taken = &o;
        else
            after.add(o);
    }
    if (!taken)
        return makeError(ErrorCode::InvalidArgument, "no correction with id " + std::to_string(id) + " (see override list)");
    if (auto loop = after.cycle())
        return makeError(ErrorCode::InvalidArgument, "taking correction " + std::to_string(id) + " back would merge " + *loop
                                                         + " into itself; take the later merge back first");
    auto docs = Affected(m_db, m_impl->statements).of(*taken, before);
    if (!docs)
        return docs.error();
    auto s = m_impl->statements.get("DELETE FROM overrides WHERE id = ?1");
    if (!s)
        return s.error();
    (*s)->bind(1, id);
    if (auto st = detail::run(m_db, **s, "cannot take the correction back"); !st)
        return st;
    if (auto st = markForExtraction(m_db, m_impl->statements, *docs); !st)
        return st;
    return tx.commit();
}

Result<std::vector<Override>> Database::overrides()
{
    auto s = m_impl->statements.get("SELECT id, kind, subject_kind, subject_key, value, created_at FROM overrides ORDER BY id");
    if (!s)
        return s.error();
    ResetOnExit guard(**s);
    std::vector<Override> out;
    int rc;
    while ((rc = (*s)->step()) == SQLITE_ROW)
        out.push_back({(*s)->int64(0), (*s)->text(1), (*s)->text(2), (*s)->text(3), (*s)->text(4), (*s)->text(5)});
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "cannot read overrides");
    return out;
}

} // namespace letopis::store
