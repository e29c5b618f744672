// Reading one entity for its page: the entity with its roles over time, its mentions in
// context, and the events it is linked to.
#include "letopis/store.hpp"

#include "store/database_impl.hpp"
#include "store/entity_columns.hpp"
#include "store/override_set.hpp"
#include "store/published.hpp"

#include <algorithm>
#include <utility>

namespace letopis::store {

using detail::ResetOnExit;
using detail::Statement;
using detail::sqliteError;

namespace {

// Dated documents first, oldest first; year-less and undated ones after them.
constexpr const char* kByPublication = "(d.published IS NULL OR d.published LIKE '--%'), d.published, d.id";

// The columns a piece of evidence needs, from documents d, in this order, starting at column `at`.
constexpr const char* kEvidenceColumns = "d.id, (SELECT min(path) FROM files WHERE document_id = d.id), d.title,"
                                         " d.published, d.published_precision, d.published_inferred";

void readEvidenceColumns(const Statement& q, int at, Evidence& e)
{
    e.documentId = q.int64(at);
    e.path = q.text(at + 1);
    e.title = q.text(at + 2);
    if (!q.isNull(at + 3))
        e.published = detail::publishedFrom(q.text(at + 3), q.text(at + 4), q.int64(at + 5) != 0);
}

text::Span spanOf(const Statement& q, int at)
{
    return {static_cast<std::uint32_t>(q.int64(at)), static_cast<std::uint32_t>(q.int64(at + 1))};
}

// The relation an event link has for an entity of this kind; places have none (they are cities).
const char* linkRelation(const std::string& kind)
{
    if (kind == "person")
        return "speaker";
    if (kind == "organization")
        return "organization";
    if (kind == "country")
        return "country";
    return nullptr;
}

} // namespace

Result<std::optional<EntityRow>> Database::entity(std::string_view kind, std::string_view key)
{
    auto s = m_impl->statements.get("SELECT id FROM entities WHERE kind = ?1 AND key = ?2");
    if (!s)
        return s.error();
    std::int64_t id = 0;
    {
        ResetOnExit guard(**s);
        (*s)->bind(1, kind);
        (*s)->bind(2, key);
        const int rc = (*s)->step();
        if (rc == SQLITE_ROW)
            id = (*s)->int64(0);
        else if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot look up an entity");
    }
    if (!id)
        return std::optional<EntityRow>{};
    return entityById(id);
}

Result<std::optional<EntityRow>> Database::entityById(std::int64_t id)
{
    // As entities() counts (entity_stats, entity_days), but one row; LEFT JOIN so an entity known
    // only from a role still shows.
    auto s = m_impl->statements.get(
        "SELECT e.id, e.kind, e.key, coalesce((SELECT value FROM overrides o WHERE o.kind = 'rename'"
        "   AND o.subject_kind = e.kind AND o.subject_key = e.key ORDER BY o.id DESC LIMIT 1), e.name),"
        " coalesce(s.documents, 0), coalesce(s.mentions, 0),"
        " (SELECT min(published) FROM entity_days p WHERE p.entity_id = e.id),"
        " (SELECT max(published) FROM entity_days p WHERE p.entity_id = e.id),"
        " (SELECT count(*) FROM event_values l WHERE l.value_key = e.key AND l.relation ="
        "   CASE e.kind WHEN 'person' THEN 'speaker' WHEN 'organization' THEN 'organization' ELSE 'country' END)"
        " FROM entities e LEFT JOIN entity_stats s ON s.entity_id = e.id WHERE e.id = ?1");
    if (!s)
        return s.error();
    EntityRow r;
    {
        Statement& q = **s;
        ResetOnExit guard(q);
        q.bind(1, id);
        const int rc = q.step();
        if (rc == SQLITE_DONE)
            return std::optional<EntityRow>{};
        if (rc != SQLITE_ROW)
            return sqliteError(m_db, "cannot read an entity");
        r = detail::entityFromColumns(q);
    }
    auto corrections = detail::OverrideSet::load(m_db, m_impl->statements);
    if (!corrections)
        return corrections.error();
    r.corrected = corrections->corrected(r.kind, r.key);
    if (r.kind == "place") {
        // Places are linked to events as their city, which entities() does not count.
        auto events = entityEvents(r.id);
        if (!events)
            return events.error();
        r.events = events->size();
    }
    if (r.kind != "person")
        return std::optional<EntityRow>(std::move(r));

    const std::string sql = std::string("SELECT r.title, r.organization, r.sentence_start, r.sentence_end,"
                                        " substr(d.text, r.sentence_start + 1, r.sentence_end - r.sentence_start), ") +
                            kEvidenceColumns + " FROM person_roles r JOIN documents d ON d.id = r.document_id" +
                            " WHERE r.entity_id = ?1 ORDER BY " + kByPublication + ", r.sentence_start";
    auto roles = m_impl->statements.get(sql.c_str());
    if (!roles)
        return roles.error();
    Statement& q = **roles;
    ResetOnExit guard(q);
    q.bind(1, r.id);
    std::vector<std::pair<std::string, std::int64_t>> seen; // (title key, document): once each
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        RoleRow role;
        role.title = q.text(0);
        role.organization = q.text(1);
        role.evidence.sentence = spanOf(q, 2);
        role.evidence.sentenceText = q.text(4);
        readEvidenceColumns(q, 5, role.evidence);
        std::pair<std::string, std::int64_t> once{text::nameKey(role.title), role.evidence.documentId};
        if (std::find(seen.begin(), seen.end(), once) != seen.end())
            continue;
        seen.push_back(std::move(once));
        if (!role.organization.empty()
            && std::find(r.organizations.begin(), r.organizations.end(), role.organization) == r.organizations.end())
            r.organizations.push_back(role.organization);
        r.roles.push_back(std::move(role));
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "cannot read an entity's roles");
    return std::optional<EntityRow>(std::move(r));
}

Result<std::vector<MentionContext>> Database::entityMentions(std::int64_t entityId, int limit)
{
    const std::string sql = std::string("SELECT m.start_cp, m.end_cp, substr(d.text, m.start_cp + 1, m.end_cp - m.start_cp), m.type, m.sentence_start, m.sentence_end,"
                                        " substr(d.text, m.sentence_start + 1, m.sentence_end - m.sentence_start), ") +
                            kEvidenceColumns + " FROM mentions m JOIN documents d ON d.id = m.document_id" +
                            " WHERE m.entity_id = ?1 ORDER BY " + kByPublication + ", m.start_cp LIMIT ?2";
    auto s = m_impl->statements.get(sql.c_str());
    if (!s)
        return s.error();
    Statement& q = **s;
    ResetOnExit guard(q);
    q.bind(1, entityId);
    q.bind(2, std::int64_t(limit > 0 ? limit : -1)); // SQLite: a negative limit is none
    std::vector<MentionContext> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        MentionContext m;
        m.mention = spanOf(q, 0);
        m.text = q.text(2);
        m.type = q.text(3);
        m.context.sentence = spanOf(q, 4);
        m.context.sentenceText = q.text(6);
        readEvidenceColumns(q, 7, m.context);
        out.push_back(std::move(m));
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "cannot read an entity's mentions");
    return out;
}

Result<std::vector<EventRow>> Database::entityEvents(std::int64_t entityId)
{
    auto who = m_impl->statements.get("SELECT kind, key FROM entities WHERE id = ?1");
    if (!who)
        return who.error();
    std::string kind, key;
    {
        ResetOnExit guard(**who);
        (*who)->bind(1, entityId);
        if ((*who)->step() != SQLITE_ROW)
            return std::vector<EventRow>{};
        kind = (*who)->text(0);
        key = (*who)->text(1);
    }
    std::vector<EventRow> rows;
    if (const char* relation = linkRelation(kind)) {
        auto s = m_impl->statements.get("SELECT DISTINCT e.id, e.key FROM events e JOIN event_values l ON l.event_id = e.id"
                                        " WHERE l.relation = ?1 AND l.value_key = ?2 ORDER BY e.id");
        if (!s)
            return s.error();
        ResetOnExit guard(**s);
        (*s)->bind(1, std::string_view(relation));
        (*s)->bind(2, key);
        int rc;
        while ((rc = (*s)->step()) == SQLITE_ROW) {
            EventRow r;
            r.id = (*s)->int64(0);
            r.key = (*s)->text(1);
            rows.push_back(std::move(r));
        }
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot list an entity's events");
    } else {
        // A place: the events held in it. City names are folded in C++ (SQLite's lower() is ASCII only).
        auto s = m_impl->statements.get("SELECT DISTINCT e.id, e.key, f.city FROM events e JOIN event_facts f"
                                        " ON f.event_id = e.id WHERE f.city != '' ORDER BY e.id");
        if (!s)
            return s.error();
        ResetOnExit guard(**s);
        int rc;
        while ((rc = (*s)->step()) == SQLITE_ROW) {
            const std::int64_t id = (*s)->int64(0);
            if (text::nameKey((*s)->text(2)) != key || (!rows.empty() && rows.back().id == id))
                continue;
            EventRow r;
            r.id = id;
            r.key = (*s)->text(1);
            rows.push_back(std::move(r));
        }
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot list a place's events");
    }
    if (auto st = consolidateEvents(rows); !st)
        return st.error();
    std::stable_sort(rows.begin(), rows.end(), [](const EventRow& a, const EventRow& b) {
        const bool da = a.start && a.start->yearKnown(), db = b.start && b.start->yearKnown();
        if (da != db)
            return da;
        return da ? a.start->iso() < b.start->iso() : a.name < b.name;
    });
    return rows;
}

} // namespace letopis::store
