// Reading facts back: events consolidated over the documents that report them, and entities.
#include "letopis/store.hpp"

#include "store/database_impl.hpp"
#include "store/override_set.hpp"
#include "store/published.hpp"

#include <algorithm>
#include <map>

namespace letopis::store {

using detail::ResetOnExit;
using detail::Statement;
using detail::sqliteError;

namespace {

std::string placeholders(std::size_t n)
{
    std::string s;
    for (std::size_t i = 0; i < n; ++i)
        s += i ? ",?" : "?";
    return s;
}

// The value most documents agree on; ties go to the first seen. Empty values do not vote.
template <class T>
T consensus(const std::vector<T>& values)
{
    std::map<T, int> votes;
    T best{};
    int bestVotes = 0;
    for (const auto& v : values) {
        if (v == T{})
            continue;
        const int n = ++votes[v];
        if (n > bestVotes) {
            best = v;
            bestVotes = n;
        }
    }
    return best;
}

int typeRank(const std::string& t)
{
    static const std::map<std::string, int> kRank{{"exhibition", 5}, {"forum", 4}, {"conference", 3},
                                                  {"summit", 2}, {"session", 1}, {"other", 0}};
    auto it = kRank.find(t);
    return it == kRank.end() ? 0 : it->second;
}

struct FactRow {
    std::string type, name, series, start, end, precision, city, country, venue, format, parentKey;
    int edition = 0;
    bool yearInferred = false;
};

// Evidence for an event: each document and sentence, with the sentence's text.
Status readEvidence(sqlite3* db, detail::StatementCache& cache, EventRow& row)
{
    auto s = cache.get(
        "SELECT v.document_id, v.sentence_start, v.sentence_end, (SELECT min(path) FROM files WHERE document_id = d.id),"
        " d.title, d.published, d.published_precision, d.published_inferred,"
        " substr(d.text, v.sentence_start + 1, v.sentence_end - v.sentence_start)"
        " FROM event_evidence v JOIN documents d ON d.id = v.document_id WHERE v.event_id = ?1"
        " ORDER BY d.published, v.document_id, v.sentence_start");
    if (!s)
        return s.error();
    Statement& q = **s;
    ResetOnExit guard(q);
    q.bind(1, row.id);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        Evidence e;
        e.documentId = q.int64(0);
        e.sentence = {static_cast<std::uint32_t>(q.int64(1)), static_cast<std::uint32_t>(q.int64(2))};
        e.path = q.text(3);
        e.title = q.text(4);
        if (!q.isNull(5))
            e.published = detail::publishedFrom(q.text(5), q.text(6), q.int64(7) != 0);
        e.sentenceText = q.text(8);
        row.sources.push_back(std::move(e));
    }
    return rc == SQLITE_DONE ? Status(Ok{}) : Status(sqliteError(db, "cannot read event evidence"));
}

Status readLinks(sqlite3* db, detail::StatementCache& cache, EventRow& row)
{
    auto s = cache.get("SELECT relation, value, value_key FROM event_links WHERE event_id = ?1 ORDER BY rowid");
    if (!s)
        return s.error();
    Statement& q = **s;
    ResetOnExit guard(q);
    q.bind(1, row.id);
    std::map<std::string, std::vector<std::string>> seenKeys;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const std::string relation = q.text(0), value = q.text(1), key = q.text(2);
        auto& seen = seenKeys[relation];
        if (std::find(seen.begin(), seen.end(), key) != seen.end())
            continue;
        seen.push_back(key);
        auto& list = relation == "alias" ? row.aliases : relation == "speaker" ? row.speakers
                   : relation == "country" ? row.countries : row.organizations;
        list.push_back(value);
    }
    return rc == SQLITE_DONE ? Status(Ok{}) : Status(sqliteError(db, "cannot read event links"));
}

} // namespace

Result<std::vector<std::int64_t>> Database::eventIds(const EventFilter& f)
{
    std::string sql = "SELECT e.id FROM events e WHERE 1";
    std::vector<std::string> binds;
    // Names match a whole-word part of the key: "Мантуров" finds "Денис Мантуров", "рг" does not
    // find "оргкомитет".
    auto anyLink = [&](const char* relation, const std::vector<std::string>& values, bool byWords) {
        if (values.empty())
            return;
        sql += std::string(" AND EXISTS (SELECT 1 FROM event_links l WHERE l.event_id = e.id AND l.relation = '") + relation + "' AND (";
        for (std::size_t i = 0; i < values.size(); ++i) {
            sql += i ? " OR " : "";
            sql += byWords ? "instr(' ' || l.value_key || ' ', ' ' || ? || ' ') > 0" : "l.value_key = ?";
            binds.push_back(byWords ? text::nameKey(values[i]) : values[i]);
        }
        sql += "))";
    };
    std::vector<std::string> countries;
    for (auto c : f.countries) {
        std::transform(c.begin(), c.end(), c.begin(), [](unsigned char ch) { return std::toupper(ch); });
        countries.push_back(c);
    }
    anyLink("country", countries, false);
    anyLink("organization", f.organizations, true);
    anyLink("speaker", f.persons, true);
    if (!f.types.empty()) {
        sql += " AND EXISTS (SELECT 1 FROM event_facts t WHERE t.event_id = e.id AND t.type IN (" + placeholders(f.types.size()) + "))";
        binds.insert(binds.end(), f.types.begin(), f.types.end());
    }
    if (f.from) {
        sql += " AND EXISTS (SELECT 1 FROM event_facts t WHERE t.event_id = e.id AND t.start NOT LIKE '--%'"
               " AND coalesce(t.end_date, t.start) >= ?)";
        binds.push_back(detail::publishedIso(*f.from));
    }
    if (f.to) {
        sql += " AND EXISTS (SELECT 1 FROM event_facts t WHERE t.event_id = e.id AND t.start NOT LIKE '--%' AND t.start <= ?)";
        binds.push_back(detail::publishedIso(*f.to) + "\xff"); // a month or year includes its days
    }
    if (!f.text.empty()) {
        // The documents that match the query; an event passes when one of its sources is among them.
        auto hits = search(f.text, 0);
        if (!hits)
            return hits.error();
        if (hits->empty())
            return std::vector<std::int64_t>{};
        sql += " AND EXISTS (SELECT 1 FROM event_facts t WHERE t.event_id = e.id AND t.document_id IN (";
        for (std::size_t i = 0; i < hits->size(); ++i)
            sql += (i ? "," : "") + std::to_string((*hits)[i].documentId);
        sql += "))";
    }
    auto s = Statement::prepare(m_db, sql, false);
    if (!s)
        return s.error();
    for (std::size_t i = 0; i < binds.size(); ++i)
        s->bind(static_cast<int>(i + 1), binds[i]);
    std::vector<std::int64_t> ids;
    int rc;
    while ((rc = s->step()) == SQLITE_ROW)
        ids.push_back(s->int64(0));
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "cannot list events");
    return ids;
}

Result<std::vector<EventRow>> Database::events(const EventFilter& f)
{
    auto ids = eventIds(f);
    if (!ids)
        return ids.error();
    std::vector<EventRow> rows(ids->size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].id = (*ids)[i];
        auto key = m_impl->statements.get("SELECT key FROM events WHERE id = ?1");
        if (!key)
            return key.error();
        ResetOnExit guard(**key);
        (*key)->bind(1, rows[i].id);
        if ((*key)->step() == SQLITE_ROW)
            rows[i].key = (*key)->text(0);
    }
    for (auto& r : rows) {
        if (auto st = consolidateEvent(r); !st)
            return st.error();
    }
    std::stable_sort(rows.begin(), rows.end(), [](const EventRow& a, const EventRow& b) {
        const bool da = a.start && a.start->yearKnown(), db = b.start && b.start->yearKnown();
        if (da != db)
            return da;
        return da ? a.start->iso() < b.start->iso() : a.name < b.name;
    });
    return rows;
}

Result<std::vector<DocumentMention>> Database::mentions(std::int64_t documentId)
{
    auto s = m_impl->statements.get("SELECT m.type, m.start_cp, m.end_cp, m.lemma, m.entity, coalesce(m.entity_id, 0),"
                                    " coalesce(e.kind, ''), coalesce(e.key, '')"
                                    " FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id"
                                    " WHERE m.document_id = ?1 ORDER BY m.start_cp, m.end_cp DESC");
    if (!s)
        return s.error();
    Statement& q = **s;
    ResetOnExit guard(q);
    q.bind(1, documentId);
    std::vector<DocumentMention> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        DocumentMention m;
        m.type = q.text(0);
        m.span = {static_cast<std::uint32_t>(q.int64(1)), static_cast<std::uint32_t>(q.int64(2))};
        m.lemma = q.text(3);
        m.entity = q.text(4);
        m.entityId = q.int64(5);
        m.entityKind = q.text(6);
        m.entityKey = q.text(7);
        out.push_back(std::move(m));
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "cannot read the document's mentions");
    return out;
}

Result<Facets> Database::facets(const EventFilter& f)
{
    // Each facet counts the events that pass every other facet, so choosing a value in one facet
    // narrows the others while its own alternatives stay visible (OR within a facet).
    Facets out;
    auto count = [&](EventFilter without, const char* sqlHead, std::vector<FacetValue>& into) -> Status {
        auto ids = eventIds(without);
        if (!ids)
            return ids.error();
        if (ids->empty())
            return Ok{};
        std::string sql = sqlHead;
        sql += " IN (";
        for (std::size_t i = 0; i < ids->size(); ++i)
            sql += (i ? "," : "") + std::to_string((*ids)[i]);
        sql += ") GROUP BY 1 ORDER BY 3 DESC, 2";
        auto s = Statement::prepare(m_db, sql, false);
        if (!s)
            return s.error();
        int rc;
        while ((rc = s->step()) == SQLITE_ROW)
            into.push_back({s->text(0), s->text(1), static_cast<std::size_t>(s->int64(2))});
        return rc == SQLITE_DONE ? Status(Ok{}) : Status(sqliteError(m_db, "cannot count facets"));
    };
    auto link = [](const char* relation) {
        return std::string("SELECT value_key, min(value), count(DISTINCT event_id) FROM event_links WHERE relation = '") +
               relation + "' AND event_id";
    };
    EventFilter g = f;
    g.countries.clear();
    if (auto st = count(g, link("country").c_str(), out.countries); !st)
        return st.error();
    g = f;
    g.organizations.clear();
    if (auto st = count(g, link("organization").c_str(), out.organizations); !st)
        return st.error();
    g = f;
    g.persons.clear();
    if (auto st = count(g, link("speaker").c_str(), out.persons); !st)
        return st.error();
    g = f;
    g.types.clear();
    if (auto st = count(g, "SELECT type, type, count(DISTINCT event_id) FROM event_facts WHERE event_id", out.types); !st)
        return st.error();
    auto total = eventIds(f);
    if (!total)
        return total.error();
    out.events = total->size();
    return out;
}

Status Database::consolidateEvent(EventRow& row)
{
    auto s = m_impl->statements.get("SELECT type, name, series, edition, coalesce(start, ''), coalesce(end_date, ''),"
                                    " coalesce(precision, ''), year_inferred, city, country, venue, format, parent_key"
                                    " FROM event_facts WHERE event_id = ?1 ORDER BY document_id");
    if (!s)
        return s.error();
    std::vector<FactRow> facts;
    {
        Statement& q = **s;
        ResetOnExit guard(q);
        q.bind(1, row.id);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            FactRow f{q.text(0), q.text(1), q.text(2), q.text(4), q.text(5), q.text(6), q.text(8), q.text(9),
                      q.text(10), q.text(11), q.text(12), static_cast<int>(q.int64(3)), q.int64(7) != 0};
            facts.push_back(std::move(f));
        }
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot read event facts");
    }
    auto column = [&](auto member) {
        std::vector<std::string> v;
        for (const auto& f : facts)
            v.push_back(f.*member);
        return consensus(v);
    };
    row.type = "other";
    for (const auto& f : facts) {
        if (typeRank(f.type) > typeRank(row.type))
            row.type = f.type;
    }
    row.name = column(&FactRow::name);
    row.series = column(&FactRow::series);
    // Dates: the start most documents give, preferring a known year.
    std::vector<std::string> starts;
    for (const auto& f : facts) {
        if (!f.start.empty() && f.start.rfind("--", 0) != 0)
            starts.push_back(f.start);
    }
    const std::string start = starts.empty() ? column(&FactRow::start) : consensus(starts);
    for (const auto& f : facts) {
        row.edition = std::max(row.edition, f.edition);
        if (f.start == start && !start.empty() && !row.start) {
            row.start = detail::publishedFrom(f.start, f.precision, f.yearInferred);
            if (!f.end.empty())
                row.end = detail::publishedFrom(f.end, f.precision, f.yearInferred);
            row.yearInferred = f.yearInferred;
        }
    }
    row.city = column(&FactRow::city);
    row.country = column(&FactRow::country);
    row.venue = column(&FactRow::venue);
    row.format = column(&FactRow::format);
    if (const std::string parent = column(&FactRow::parentKey); !parent.empty()) {
        auto p = m_impl->statements.get("SELECT e.id, (SELECT name FROM event_facts WHERE event_id = e.id LIMIT 1)"
                                        " FROM events e WHERE e.key = ?1");
        if (!p)
            return p.error();
        ResetOnExit guard(**p);
        (*p)->bind(1, parent);
        if ((*p)->step() == SQLITE_ROW) {
            row.parentId = (*p)->int64(0);
            row.parentName = (*p)->text(1);
        }
    }
    if (auto st = readLinks(m_db, m_impl->statements, row); !st)
        return st;
    if (auto st = readEvidence(m_db, m_impl->statements, row); !st)
        return st;
    return applyRename(row);
}

// The analyst's corrections that apply when read: the name, and the type and dates (also stored
// with the facts, but shown at once, before the documents are extracted again).
Status Database::applyRename(EventRow& row)
{
    auto s = m_impl->statements.get("SELECT id, kind, subject_kind, subject_key, value FROM overrides"
                                    " WHERE subject_kind = 'event' ORDER BY id");
    if (!s)
        return s.error();
    detail::OverrideSet set;
    {
        ResetOnExit guard(**s);
        int rc;
        while ((rc = (*s)->step()) == SQLITE_ROW)
            set.add({(*s)->int64(0), (*s)->text(1), (*s)->text(2), (*s)->text(3), (*s)->text(4), {}});
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot read overrides");
    }
    if (set.empty())
        return Ok{};
    if (const std::string* name = set.rename("event", row.key))
        row.name = *name;
    if (const std::string* type = set.eventType(row.key))
        row.type = *type;
    if (const detail::EventDates* when = set.eventDates(row.key)) {
        row.start = when->start;
        row.end = when->end ? when->end : std::optional(when->start);
        row.yearInferred = false;
    }
    row.corrected = set.corrected("event", row.key);
    return Ok{};
}

Result<std::vector<EntityRow>> Database::entities(std::string_view kind, const EventFilter& filter)
{
    auto corrections = detail::OverrideSet::load(m_db, m_impl->statements);
    if (!corrections)
        return corrections.error();
    // With a filter: what the source documents of the events that pass it mention.
    std::string within;
    if (!filter.empty()) {
        auto ids = eventIds(filter);
        if (!ids)
            return ids.error();
        within = " AND m.document_id IN (SELECT document_id FROM event_facts WHERE event_id IN (";
        for (std::size_t i = 0; i < ids->size(); ++i)
            within += (i ? "," : "") + std::to_string((*ids)[i]);
        within += "))";
    }
    const std::string sql =
        "SELECT e.id, e.kind, e.key, coalesce((SELECT value FROM overrides o WHERE o.kind = 'rename'"
        "   AND o.subject_kind = e.kind AND o.subject_key = e.key ORDER BY o.id DESC LIMIT 1), e.name),"
        " count(DISTINCT m.document_id), count(*),"
        " min(CASE WHEN d.published NOT LIKE '--%' THEN d.published END),"
        " max(CASE WHEN d.published NOT LIKE '--%' THEN d.published END),"
        " (SELECT count(DISTINCT l.event_id) FROM event_links l WHERE l.value_key = e.key AND l.relation ="
        "   CASE e.kind WHEN 'person' THEN 'speaker' WHEN 'organization' THEN 'organization' ELSE 'country' END)"
        " FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN documents d ON d.id = m.document_id"
        " WHERE (?1 = '' OR e.kind = ?1)" + within + " GROUP BY e.id ORDER BY count(*) DESC, e.name";
    std::optional<Statement> own;
    Statement* statement = nullptr;
    if (within.empty()) {
        auto cached = m_impl->statements.get(sql.c_str());
        if (!cached)
            return cached.error();
        statement = *cached;
    } else {
        auto prepared = Statement::prepare(m_db, sql, false);
        if (!prepared)
            return prepared.error();
        own.emplace(std::move(prepared).value());
        statement = &*own;
    }
    std::vector<EntityRow> rows;
    {
        Statement& q = *statement;
        ResetOnExit guard(q);
        q.bind(1, kind);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            EntityRow r;
            r.id = q.int64(0);
            r.kind = q.text(1);
            r.key = q.text(2);
            r.name = q.text(3);
            r.documents = static_cast<std::size_t>(q.int64(4));
            r.mentions = static_cast<std::size_t>(q.int64(5));
            if (!q.isNull(6))
                r.firstSeen = dates::parseIso(q.text(6));
            if (!q.isNull(7))
                r.lastSeen = dates::parseIso(q.text(7));
            r.events = static_cast<std::size_t>(q.int64(8));
            r.corrected = corrections->corrected(r.kind, r.key);
            rows.push_back(std::move(r));
        }
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot list entities");
    }
    auto roles = m_impl->statements.get(
        "SELECT r.title, r.organization, r.document_id, r.sentence_start, r.sentence_end,"
        " substr(d.text, r.sentence_start + 1, r.sentence_end - r.sentence_start), d.title"
        " FROM person_roles r JOIN documents d ON d.id = r.document_id WHERE r.entity_id = ?1 ORDER BY d.published, r.rowid");
    if (!roles)
        return roles.error();
    for (auto& r : rows) {
        if (r.kind != "person")
            continue;
        Statement& q = **roles;
        ResetOnExit guard(q);
        q.bind(1, r.id);
        std::vector<std::string> seen;
        while (q.step() == SQLITE_ROW) {
            RoleRow role;
            role.title = q.text(0);
            role.organization = q.text(1);
            const std::string key = text::nameKey(role.title);
            if (std::find(seen.begin(), seen.end(), key) != seen.end())
                continue;
            seen.push_back(key);
            role.evidence.documentId = q.int64(2);
            role.evidence.sentence = {static_cast<std::uint32_t>(q.int64(3)), static_cast<std::uint32_t>(q.int64(4))};
            role.evidence.sentenceText = q.text(5);
            role.evidence.title = q.text(6);
            if (!role.organization.empty()
                && std::find(r.organizations.begin(), r.organizations.end(), role.organization) == r.organizations.end())
                r.organizations.push_back(role.organization);
            r.roles.push_back(std::move(role));
        }
    }
    return rows;
}

} // namespace letopis::store
