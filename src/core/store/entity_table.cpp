// The entity tables: every entity of a kind with its counts, and the same counted in the source
// documents of the events that pass a filter. Unfiltered, the counts come from entity_stats and
// entity_days (schema version 7, kept at write time); filtered, from the mentions of a bounded
// set of those documents, the newest first (docs/performance.md).
#include "letopis/store.hpp"

#include "store/database_impl.hpp"
#include "store/entity_columns.hpp"
#include "store/override_set.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace letopis::store {

using detail::ResetOnExit;
using detail::Statement;
using detail::sqliteError;

namespace {

// A filtered table counts mentions in at most this many source documents, the newest (highest
// id) first: 44 mentions per document made an exact count over 600k documents take minutes.
constexpr int kFilteredDocuments = 2000;

// The columns every entity row shares after the counts: the name after a rename, and the events.
constexpr const char* kRenamed = "coalesce((SELECT value FROM overrides o WHERE o.kind = 'rename'"
                                 " AND o.subject_kind = e.kind AND o.subject_key = e.key ORDER BY o.id DESC LIMIT 1), e.name)";
constexpr const char* kEventCount = "(SELECT count(*) FROM event_values l WHERE l.value_key = e.key AND l.relation ="
                                    " CASE e.kind WHEN 'person' THEN 'speaker' WHEN 'organization' THEN 'organization'"
                                    " ELSE 'country' END)";

std::string unfilteredSql()
{
    return std::string("SELECT e.id, e.kind, e.key, ") + kRenamed + ", s.documents, s.mentions,"
           " (SELECT min(published) FROM entity_days p WHERE p.entity_id = e.id),"
           " (SELECT max(published) FROM entity_days p WHERE p.entity_id = e.id), " + kEventCount +
           " FROM entity_stats s JOIN entities e ON e.id = s.entity_id"
           " WHERE s.mentions > 0 AND (?1 = '' OR e.kind = ?1) ORDER BY s.mentions DESC, e.name";
}

// ?1 is the kind; the filter's own parameters are numbered after it, so ?1 must come first.
std::string filteredSql(const std::string& eventIds)
{
    return std::string("WITH wanted(kind) AS (VALUES (?1)),"
                       " docs(id) AS (SELECT DISTINCT document_id FROM event_facts INDEXED BY event_facts_document_event WHERE event_id IN (") + eventIds + ")"
           " ORDER BY document_id DESC LIMIT " + std::to_string(kFilteredDocuments) + ")"
           " SELECT e.id, e.kind, e.key, " + kRenamed + ", count(DISTINCT m.document_id), count(*),"
           " min(CASE WHEN d.published NOT LIKE '--%' THEN d.published END),"
           " max(CASE WHEN d.published NOT LIKE '--%' THEN d.published END), " + kEventCount +
           " FROM wanted, docs JOIN mentions m ON m.document_id = docs.id JOIN entities e ON e.id = m.entity_id"
           " JOIN documents d INDEXED BY documents_id_published ON d.id = m.document_id"
           " WHERE (wanted.kind = '' OR e.kind = wanted.kind) GROUP BY e.id ORDER BY count(*) DESC, e.name";
}

// A person's roles, one per title (the first by publication), each with its evidence.
class RoleReader final {
public:
    RoleReader(sqlite3* db, detail::StatementCache& cache, bool evidence)
        : m_db(db), m_cache(cache), m_evidence(evidence)
    {
    }

    Status read(EntityRow& r)
    {
        // Each distinct title's first role (person_titles, schema version 7), in the order of
        // those roles: the first of a folded title is the first of its spellings.
        auto roles = m_cache.get("SELECT t.title, r.organization, r.document_id, r.sentence_start, r.sentence_end"
                                 " FROM person_titles t JOIN person_roles r ON r.rowid = t.first_role"
                                 " WHERE t.entity_id = ?1 ORDER BY t.first_published, t.first_role");
        if (!roles)
            return roles.error();
        Statement& q = **roles;
        ResetOnExit guard(q);
        q.bind(1, r.id);
        std::vector<const std::string*> seen;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            const std::string title = q.text(0);
            const std::string& key = keyOf(title);
            if (std::find(seen.begin(), seen.end(), &key) != seen.end())
                continue;
            seen.push_back(&key);
            RoleRow role;
            role.title = title;
            role.organization = q.text(1);
            role.evidence.documentId = q.int64(2);
            role.evidence.sentence = {static_cast<std::uint32_t>(q.int64(3)), static_cast<std::uint32_t>(q.int64(4))};
            if (!m_evidence) {
                role.evidence = {};
            } else if (auto st = readEvidence(role.evidence); !st) {
                return st;
            }
            if (!role.organization.empty()
                && std::find(r.organizations.begin(), r.organizations.end(), role.organization) == r.organizations.end())
                r.organizations.push_back(role.organization);
            r.roles.push_back(std::move(role));
        }
        return rc == SQLITE_DONE ? Status(Ok{}) : Status(sqliteError(m_db, "cannot read a person's roles"));
    }

private:
    // Titles repeat across persons; each is folded once. The map's nodes stay put, so a key's
    // address identifies it.
    const std::string& keyOf(const std::string& title)
    {
        auto it = m_keys.find(title);
        if (it == m_keys.end())
            it = m_keys.emplace(title, text::nameKey(title)).first;
        return *m_canonical.emplace(it->second, &it->second).first->second;
    }

    Status readEvidence(Evidence& e)
    {
        auto s = m_cache.get("SELECT title, substr(text, ?2 + 1, ?3 - ?2) FROM documents WHERE id = ?1");
        if (!s)
            return s.error();
        ResetOnExit guard(**s);
        (*s)->bind(1, e.documentId);
        (*s)->bind(2, std::int64_t{e.sentence.start});
        (*s)->bind(3, std::int64_t{e.sentence.end});
        const int rc = (*s)->step();
        if (rc == SQLITE_ROW) {
            e.title = (*s)->text(0);
            e.sentenceText = (*s)->text(1);
        } else if (rc != SQLITE_DONE) {
            return sqliteError(m_db, "cannot read a role's sentence");
        }
        return Ok{};
    }

    sqlite3* m_db;
    detail::StatementCache& m_cache;
    bool m_evidence;
    std::unordered_map<std::string, std::string> m_keys;              // title → key
    std::unordered_map<std::string, const std::string*> m_canonical;  // key → one stored copy
};

} // namespace

Result<std::vector<EntityRow>> Database::entities(std::string_view kind, const EventFilter& filter, RoleEvidence evidence)
{
    detail::ReadSnapshot snapshot(m_db); // the table and every person's roles: one read
    auto corrections = detail::OverrideSet::load(m_db, m_impl->statements);
    if (!corrections)
        return corrections.error();
    std::optional<Statement> own;
    Statement* statement = nullptr;
    std::vector<std::string> binds;
    if (filter.empty()) {
        static const std::string sql = unfilteredSql();
        auto cached = m_impl->statements.get(sql.c_str());
        if (!cached)
            return cached.error();
        statement = *cached;
    } else {
        auto ids = detail::idQuery(m_db, *m_impl, filter);
        if (!ids)
            return ids.error();
        auto prepared = Statement::prepare(m_db, filteredSql(ids->sql), false);
        if (!prepared)
            return prepared.error();
        own.emplace(std::move(prepared).value());
        statement = &*own;
        binds = std::move(ids->binds);
    }
    std::vector<EntityRow> rows;
    {
        Statement& q = *statement;
        ResetOnExit guard(q);
        q.bind(1, kind);
        for (std::size_t i = 0; i < binds.size(); ++i)
            q.bind(static_cast<int>(i + 2), binds[i]); // the filter's, numbered after ?1
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            EntityRow r = detail::entityFromColumns(q);
            r.corrected = corrections->corrected(r.kind, r.key);
            rows.push_back(std::move(r));
        }
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot list entities");
    }
    RoleReader roles(m_db, m_impl->statements, evidence == RoleEvidence::Read);
    for (auto& r : rows) {
        if (r.kind != "person")
            continue;
        if (auto st = roles.read(r); !st)
            return st.error();
    }
    return rows;
}

} // namespace letopis::store
