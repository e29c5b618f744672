// Writing what extraction found: per-document facts under shared entities and events.
#include "letopis/extract.hpp"
#include "letopis/store.hpp"

#include "store/database_impl.hpp"
#include "store/override_set.hpp"
#include "store/published.hpp"

#include <optional>

namespace letopis::store {

using detail::ResetOnExit;
using detail::Statement;
using detail::sqliteError;


namespace {

const char* entityKindOf(extract::MentionType t)
{
    switch (t) {
    case extract::MentionType::Person: return "person";
    case extract::MentionType::Organization: return "organization";
    case extract::MentionType::Country: return "country";
    case extract::MentionType::City:
    case extract::MentionType::Region: return "place";
    default: return nullptr;
    }
}

class Writer final {
public:
    Writer(sqlite3* db, detail::StatementCache& cache, std::int64_t documentId)
        : m_db(db), m_cache(cache), m_doc(documentId) {}

    Status loadOverrides()
    {
        auto set = detail::OverrideSet::load(m_db, m_cache);
        if (!set)
            return set.error();
        m_overrides = std::move(*set);
        return Ok{};
    }

    Status clear()
    {
        for (const char* sql : {"DELETE FROM mentions WHERE document_id = ?1", "DELETE FROM person_roles WHERE document_id = ?1",
                                "DELETE FROM event_links WHERE document_id = ?1",
                                "DELETE FROM event_evidence WHERE document_id = ?1",
                                "DELETE FROM event_facts WHERE document_id = ?1"}) {
            auto s = m_cache.get(sql);
            if (!s)
                return s.error();
            (*s)->bind(1, m_doc);
            if (auto st = detail::run(m_db, **s, "cannot replace the facts of a document"); !st)
                return st;
        }
        return Ok{};
    }

    // The entity's id, created on first sight; 0 when an override rejects it.
    Result<std::int64_t> entity(const char* kind, const std::string& rawKey, const std::string& name)
    {
        const auto key = m_overrides.resolve(kind, rawKey);
        if (!key)
            return std::int64_t{0};
        // A merge target first met through a merged mention takes the name the analyst gave it;
        // a mention of the target itself then puts its own name back.
        const std::string* merged = m_overrides.mergedName(kind, *key);
        const bool viaMerge = *key != rawKey;
        if (!merged) { // no name to set: an entity seen before needs no write (most mentions)
            if (auto known = entityId(kind, *key); !known || *known)
                return known;
        }
        auto ins = m_cache.get("INSERT INTO entities(kind, key, name) VALUES (?1, ?2, ?3) ON CONFLICT(kind, key)"
                               " DO UPDATE SET name = excluded.name WHERE ?4 AND entities.name = ?5");
        if (!ins)
            return ins.error();
        (*ins)->bind(1, std::string_view(kind));
        (*ins)->bind(2, *key);
        (*ins)->bind(3, viaMerge && merged ? *merged : name);
        (*ins)->bind(4, merged && !viaMerge ? 1 : 0);
        merged ? (*ins)->bind(5, *merged) : (*ins)->bindNull(5);
        if (auto st = detail::run(m_db, **ins, "cannot store an entity"); !st)
            return st.error();
        auto id = entityId(kind, *key);
        if (id && !*id)
            return sqliteError(m_db, "cannot read an entity back");
        return id;
    }

    // The id of a stored entity; 0 when there is none.
    Result<std::int64_t> entityId(const char* kind, const std::string& key)
    {
        auto sel = m_cache.get("SELECT id FROM entities WHERE kind = ?1 AND key = ?2");
        if (!sel)
            return sel.error();
        ResetOnExit guard(**sel);
        (*sel)->bind(1, std::string_view(kind));
        (*sel)->bind(2, key);
        const int rc = (*sel)->step();
        if (rc == SQLITE_ROW)
            return (*sel)->int64(0);
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "cannot look up an entity");
        return std::int64_t{0};
    }

    Status mentions(const extract::DocumentFacts& facts)
    {
        auto s = m_cache.get("INSERT INTO mentions(document_id, entity_id, type, start_cp, end_cp, lemma, entity,"
                             " sentence_start, sentence_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!s)
            return s.error();
        for (const auto& m : facts.mentions) {
            std::int64_t entityId = 0;
            if (const char* kind = entityKindOf(m.type)) {
                const bool person = m.type == extract::MentionType::Person;
                if (!person || m.entity.find(' ') != std::string::npos) { // surnames alone stay unresolved
                    const std::string key = m.type == extract::MentionType::Country ? m.entity : text::nameKey(m.entity);
                    auto id = entity(kind, key, m.type == extract::MentionType::Country ? m.lemma : m.entity);
                    if (!id)
                        return id.error();
                    entityId = *id;
                }
            }
            Statement& q = **s;
            q.bind(1, m_doc);
            entityId ? q.bind(2, entityId) : q.bindNull(2);
            q.bind(3, std::string_view(extract::mentionTypeName(m.type)));
            q.bind(4, std::int64_t(m.start));
            q.bind(5, std::int64_t(m.end));
            // The text is the document's at the offsets; an entity equal to the lemma is '' (schema 9).
            q.bind(6, m.lemma);
            q.bind(7, m.entity == m.lemma ? std::string_view() : std::string_view(m.entity));
            q.bind(8, std::int64_t(m.sentence.start));
            q.bind(9, std::int64_t(m.sentence.end));
            if (auto st = detail::run(m_db, q, "cannot store a mention"); !st)
                return st;
        }
        return Ok{};
    }

    Status roles(const extract::DocumentFacts& facts)
    {
        auto s = m_cache.get("INSERT INTO person_roles(entity_id, document_id, title, organization, sentence_start,"
                             " sentence_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!s)
            return s.error();
        for (const auto& p : facts.persons) {
            auto id = entity("person", text::nameKey(p.name), p.name);
            if (!id)
                return id.error();
            if (!*id)
                continue;
            for (const auto& r : p.roles) {
                Statement& q = **s;
                q.bind(1, *id);
                q.bind(2, m_doc);
                q.bind(3, r.title);
                q.bind(4, r.organization);
                q.bind(5, std::int64_t(r.evidence.start));
                q.bind(6, std::int64_t(r.evidence.end));
                if (auto st = detail::run(m_db, q, "cannot store a role"); !st)
                    return st;
            }
        }
        return Ok{};
    }

    Status events(const extract::DocumentFacts& facts)
    {
        for (const auto& e : facts.events) {
            auto key = m_overrides.resolve("event", e.key);
            if (!key)
                continue;
            if (*key == e.key) { // the analyst said nothing of it
                auto known = sameEventElsewhere(e);
                if (!known)
                    return known.error();
                key = std::move(*known);
            }
            auto id = eventId(*key);
            if (!id)
                return id.error();
            if (auto st = eventFacts(*id, *key, facts, e); !st)
                return st;
            if (auto st = eventLinks(*id, e); !st)
                return st;
            if (auto st = evidence(*id, e); !st)
                return st;
        }
        return Ok{};
    }

    Status markExtracted()
    {
        auto s = m_cache.get("INSERT OR REPLACE INTO extraction_state(document_id, version) VALUES (?1, ?2)");
        if (!s)
            return s.error();
        (*s)->bind(1, m_doc);
        (*s)->bind(2, std::string_view(kExtractorVersion));
        return detail::run(m_db, **s, "cannot record the extraction");
    }

private:
    bool eventExists(const std::string& key)
    {
        auto sel = m_cache.get("SELECT 1 FROM events WHERE key = ?1");
        if (!sel)
            return false;
        ResetOnExit guard(**sel);
        (*sel)->bind(1, key);
        return (*sel)->step() == SQLITE_ROW;
    }

    // The same edition of an event stored from another document under another of its names:
    // "Восточный экономический форум (ВЭФ)" there, "ВЭФ-2024" here. Its key when there is one (an
    // event stored before whose alias is this one's name, or whose name is one of this one's
    // aliases, with the same edition or dates after the key's '|'), else this event's own key.
    // Events with neither an edition nor dates are too loosely told to be joined so.
    Result<std::string> sameEventElsewhere(const extract::Event& e)
    {
        const auto bar = e.key.rfind('|');
        if (bar == std::string::npos || bar + 1 == e.key.size() || eventExists(e.key))
            return e.key;
        const std::string when = e.key.substr(bar);
        auto sel = m_cache.get("SELECT ev.key FROM event_links l JOIN events ev ON ev.id = l.event_id"
                               " WHERE l.relation = 'alias' AND l.value_key = ?1"
                               " AND substr(ev.key, length(ev.key) - length(?2) + 1) = ?2 LIMIT 1");
        if (!sel)
            return sel.error();
        {
            ResetOnExit guard(**sel);
            (*sel)->bind(1, text::nameKey(e.name));
            (*sel)->bind(2, when);
            if ((*sel)->step() == SQLITE_ROW)
                return (*sel)->text(0);
        }
        for (const auto& alias : e.aliases) {
            const std::string candidate = text::nameKey(alias) + when;
            if (candidate != e.key && eventExists(candidate))
                return candidate;
        }
        return e.key;
    }

    Result<std::int64_t> eventId(const std::string& key)
    {
        auto ins = m_cache.get("INSERT INTO events(key) VALUES (?1) ON CONFLICT(key) DO NOTHING");
        if (!ins)
            return ins.error();
        (*ins)->bind(1, key);
        if (auto st = detail::run(m_db, **ins, "cannot store an event"); !st)
            return st.error();
        auto sel = m_cache.get("SELECT id FROM events WHERE key = ?1");
        if (!sel)
            return sel.error();
        ResetOnExit guard(**sel);
        (*sel)->bind(1, key);
        if ((*sel)->step() != SQLITE_ROW)
            return sqliteError(m_db, "cannot read an event back");
        return (*sel)->int64(0);
    }

    // The analyst's type and dates for the event (set-type, set-dates) replace the extracted
    // ones here, so the filters, which read these rows, see them too.
    Status eventFacts(std::int64_t id, const std::string& key, const extract::DocumentFacts& facts, const extract::Event& e)
    {
        auto s = m_cache.get("INSERT OR REPLACE INTO event_facts(event_id, document_id, type, name, series, edition, start,"
                             " end_date, precision, year_inferred, city, country, venue, format, parent_key)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        if (!s)
            return s.error();
        const std::string* type = m_overrides.eventType(key);
        const detail::EventDates* corrected = m_overrides.eventDates(key);
        const std::optional<dates::Date> start = corrected ? std::optional(corrected->start) : e.start;
        const std::optional<dates::Date> end = corrected ? corrected->end.value_or(corrected->start) : e.end;
        Statement& q = **s;
        q.bind(1, id);
        q.bind(2, m_doc);
        q.bind(3, type ? std::string_view(*type) : std::string_view(extract::eventTypeName(e.type)));
        q.bind(4, e.name);
        q.bind(5, e.series);
        q.bind(6, e.edition);
        start ? q.bind(7, detail::publishedIso(*start)) : q.bindNull(7);
        end ? q.bind(8, detail::publishedIso(*end)) : q.bindNull(8);
        start ? q.bind(9, std::string_view(detail::precisionName(start->precision))) : q.bindNull(9);
        q.bind(10, !corrected && e.yearInferred ? 1 : 0);
        q.bind(11, e.city);
        q.bind(12, e.country);
        q.bind(13, e.venue);
        q.bind(14, std::string_view(extract::eventFormatName(e.format)));
        const std::string parent = e.parent >= 0 ? facts.events[std::size_t(e.parent)].key : std::string();
        q.bind(15, parent.empty() ? parent : m_overrides.resolve("event", parent).value_or(std::string()));
        return detail::run(m_db, q, "cannot store an event's facts");
    }

    Status link(std::int64_t id, std::string_view relation, const std::string& value, const std::string& key)
    {
        auto s = m_cache.get("INSERT INTO event_links(event_id, document_id, relation, value, value_key) VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!s)
            return s.error();
        Statement& q = **s;
        q.bind(1, id);
        q.bind(2, m_doc);
        q.bind(3, relation);
        q.bind(4, value);
        q.bind(5, key);
        return detail::run(m_db, q, "cannot store an event link");
    }

    Status eventLinks(std::int64_t id, const extract::Event& e)
    {
        for (const auto& a : e.aliases)
            if (auto st = link(id, "alias", a, text::nameKey(a)); !st)
                return st;
        for (const auto& p : e.speakers) {
            if (auto key = m_overrides.resolve("person", text::nameKey(p)))
                if (auto st = link(id, "speaker", p, *key); !st)
                    return st;
        }
        for (const auto& c : e.countries) {
            if (auto key = m_overrides.resolve("country", c))
                if (auto st = link(id, "country", *key, *key); !st)
                    return st;
        }
        for (const auto& o : e.organizations) {
            if (auto key = m_overrides.resolve("organization", text::nameKey(o)))
                if (auto st = link(id, "organization", o, *key); !st)
                    return st;
        }
        return Ok{};
    }

    Status evidence(std::int64_t id, const extract::Event& e)
    {
        auto s = m_cache.get("INSERT INTO event_evidence(event_id, document_id, sentence_start, sentence_end) VALUES (?1, ?2, ?3, ?4)");
        if (!s)
            return s.error();
        for (const auto& span : e.evidence) {
            Statement& q = **s;
            q.bind(1, id);
            q.bind(2, m_doc);
            q.bind(3, std::int64_t(span.start));
            q.bind(4, std::int64_t(span.end));
            if (auto st = detail::run(m_db, q, "cannot store event evidence"); !st)
                return st;
        }
        return Ok{};
    }

    sqlite3* m_db;
    detail::StatementCache& m_cache;
    std::int64_t m_doc;
    detail::OverrideSet m_overrides;
};

} // namespace

Status Database::storeFacts(std::int64_t documentId, const extract::DocumentFacts& facts)
{
    detail::Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st;
    Writer w(m_db, m_impl->statements, documentId);
    for (auto step : {&Writer::loadOverrides, &Writer::clear}) {
        if (auto st = (w.*step)(); !st)
            return st;
    }
    if (auto st = w.mentions(facts); !st)
        return st;
    if (auto st = w.roles(facts); !st)
        return st;
    if (auto st = w.events(facts); !st)
        return st;
    if (auto st = w.markExtracted(); !st)
        return st;
    return tx.commit();
}

Result<std::vector<std::int64_t>> Database::documentsNeedingExtraction()
{
    auto s = m_impl->statements.get("SELECT d.id FROM documents d LEFT JOIN extraction_state x ON x.document_id = d.id"
                                    " WHERE x.version IS NULL OR x.version <> ?1 ORDER BY d.id");
    if (!s)
        return s.error();
    ResetOnExit guard(**s);
    (*s)->bind(1, std::string_view(kExtractorVersion));
    std::vector<std::int64_t> ids;
    int rc;
    while ((rc = (*s)->step()) == SQLITE_ROW)
        ids.push_back((*s)->int64(0));
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "cannot list documents to extract");
    return ids;
}

} // namespace letopis::store
