// Reading facts back: events consolidated over the documents that report them, and entities.
#include "letopis/store.hpp"

#include "store/database_impl.hpp"
#include "store/entity_columns.hpp"
#include "store/override_set.hpp"
#include "store/published.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

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

// The value most documents agree on, a tie going to the value `better` prefers, else to the first
// seen. Empty values do not vote.
template <class T, class Better>
T consensus(const std::vector<T>& values, Better better)
{
    std::map<T, int> votes;
    T best{};
    int bestVotes = 0;
    for (const auto& v : values) {
        if (v == T{})
            continue;
        const int n = ++votes[v];
        if (n > bestVotes || (n == bestVotes && better(v, best))) {
            best = v;
            bestVotes = n;
        }
    }
    return best;
}

template <class T>
T consensus(const std::vector<T>& values)
{
    return consensus(values, [](const T&, const T&) { return false; });
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

// The corrections of events (names, types, dates), read once per query.
Result<detail::OverrideSet> eventCorrections(sqlite3* db, detail::StatementCache& cache)
{
    auto s = cache.get("SELECT id, kind, subject_kind, subject_key, value FROM overrides"
                       " WHERE subject_kind = 'event' ORDER BY id");
    if (!s)
        return s.error();
    detail::OverrideSet set;
    ResetOnExit guard(**s);
    int rc;
    while ((rc = (*s)->step()) == SQLITE_ROW)
        set.add({(*s)->int64(0), (*s)->text(1), (*s)->text(2), (*s)->text(3), (*s)->text(4), {}});
    if (rc != SQLITE_DONE)
        return sqliteError(db, "cannot read overrides");
    return set;
}

// The id and a name of the event with this key; (0, "") when there is none.
Result<std::pair<std::int64_t, std::string>> parentOf(sqlite3* db, detail::StatementCache& cache, const std::string& key)
{
    auto p = cache.get("SELECT e.id, (SELECT name FROM event_facts WHERE event_id = e.id LIMIT 1)"
                       " FROM events e WHERE e.key = ?1");
    if (!p)
        return p.error();
    ResetOnExit guard(**p);
    (*p)->bind(1, key);
    const int rc = (*p)->step();
    if (rc == SQLITE_ROW)
        return std::pair((*p)->int64(0), (*p)->text(1));
    if (rc != SQLITE_DONE)
        return sqliteError(db, "cannot read an event's parent");
    return std::pair(std::int64_t{0}, std::string());
}

// The consolidated fields of an event from its facts, one row per source document (in document
// order). Returns the parent's key (empty: none).
std::string summarize(EventRow& row, const std::vector<FactRow>& facts)
{
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
    // A tie goes to the fuller name: "Восточный экономический форум" over "ВЭФ".
    {
        std::vector<std::string> names;
        for (const auto& f : facts)
            names.push_back(f.name);
        row.name = consensus(names, [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    }
    row.series = column(&FactRow::series);
    // Dates: the start most documents give, preferring a known year.
    std::vector<std::string> starts;
    for (const auto& f : facts) {
        if (!f.start.empty() && f.start.rfind("--", 0) != 0)
            starts.push_back(f.start);
    }
    // A tie goes to a start some document gives with an end: the event's span over one of its days.
    const auto spans = [&](const std::string& v) {
        return std::any_of(facts.begin(), facts.end(), [&](const FactRow& f) { return f.start == v && !f.end.empty() && f.end != f.start; });
    };
    const std::string start = starts.empty() ? column(&FactRow::start)
                                             : consensus(starts, [&](const std::string& a, const std::string& b) {
                                                   return spans(a) && !spans(b);
                                               });
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
    return column(&FactRow::parentKey);
}

// The analyst's corrections that apply when read: the name, and the type and dates (also stored
// with the facts, but shown at once, before the documents are extracted again).
void applyCorrections(const detail::OverrideSet& set, EventRow& row)
{
    if (set.empty())
        return;
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
}

} // namespace

namespace detail {

// Each part goes from the chosen values to their events through an index (schema version 4),
// instead of testing every event.
Result<IdQuery> idQuery(sqlite3* db, Database::Impl& impl, const EventFilter& f)
{
    IdQuery q{"SELECT e.id FROM events e WHERE 1", {}};
    // Names match a whole-word part of the key: "Мантуров" finds "Денис Мантуров", "рг" does not
    // find "оргкомитет". No index serves that, so the words are matched against the distinct keys
    // (link_keys), and the index on event_values finds the events of the keys that match.
    auto anyLink = [&](const char* relation, const std::vector<std::string>& values, bool byWords) {
        if (values.empty())
            return;
        // The keys are matched first (a few thousand), then their events found by the index.
        q.sql += std::string(" AND e.id IN (SELECT l.event_id FROM event_values l WHERE l.relation = '") + relation + "' AND "
               + (byWords ? std::string("l.value_key IN (SELECT k.value_key FROM link_keys k WHERE k.relation = '") + relation
                                + "' AND (" : "(");
        for (std::size_t i = 0; i < values.size(); ++i) {
            q.sql += i ? " OR " : "";
            q.sql += byWords ? "instr(' ' || k.value_key || ' ', ' ' || ? || ' ') > 0" : "l.value_key = ?";
            q.binds.push_back(byWords ? text::nameKey(values[i]) : values[i]);
        }
        q.sql += byWords ? ")))" : "))";
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
        q.sql += " AND e.id IN (SELECT event_id FROM event_facts WHERE type IN (" + placeholders(f.types.size()) + "))";
        q.binds.insert(q.binds.end(), f.types.begin(), f.types.end());
    }
    // Dates through each event's distinct dates (schema version 6), an index range at either end.
    if (f.from) {
        q.sql += " AND e.id IN (SELECT event_id FROM event_dates WHERE until >= ?)";
        q.binds.push_back(detail::publishedIso(*f.from));
    }
    if (f.to) {
        q.sql += " AND e.id IN (SELECT event_id FROM event_dates WHERE start <= ?)";
        q.binds.push_back(detail::publishedIso(*f.to) + "\xff"); // a month or year includes its days
    }
    if (!f.text.empty()) {
        // An event passes when one of its source documents matches the query (text_events.cpp).
        auto match = detail::ftsMatch(f.text);
        if (!match)
            return match.error();
        auto ids = textEventIds(db, impl, *match);
        if (!ids)
            return ids.error();
        q.sql += " AND e.id IN (SELECT value FROM json_each(?))";
        q.binds.push_back(std::move(*ids));
    }
    q.sql += " ORDER BY e.id";
    return q;
}

Result<Statement> prepareWith(sqlite3* db, const std::string& sql, const std::vector<std::string>& binds)
{
    auto s = Statement::prepare(db, sql, false);
    if (!s)
        return s.error();
    for (std::size_t i = 0; i < binds.size(); ++i)
        s->bind(static_cast<int>(i + 1), binds[i]);
    return s;
}

Result<CacheStamp> cacheStamp(sqlite3* db, StatementCache& cache)
{
    auto version = cache.get("PRAGMA data_version");
    if (!version)
        return version.error();
    ResetOnExit guard(**version);
    if ((*version)->step() != SQLITE_ROW)
        return sqliteError(db, "cannot read the database's data version");
    return CacheStamp{sqlite3_total_changes64(db), (*version)->int64(0)};
}

} // namespace detail

namespace {

// Runs a cached statement whose ?1 is a JSON array of event ids, calling each(row) per row.
template <class Each>
Status forEvents(sqlite3* db, detail::StatementCache& cache, const char* sql, const std::string& ids, Each each)
{
    auto s = cache.get(sql);
    if (!s)
        return s.error();
    Statement& q = **s;
    ResetOnExit guard(q);
    q.bind(1, ids);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        each(q);
    return rc == SQLITE_DONE ? Status(Ok{}) : Status(sqliteError(db, "cannot read events"));
}

} // namespace

Result<std::vector<std::int64_t>> Database::eventIds(const EventFilter& f)
{
    auto query = detail::idQuery(m_db, *m_impl, f);
    if (!query)
        return query.error();
    auto s = detail::prepareWith(m_db, query->sql, query->binds);
    if (!s)
        return s.error();
    std::vector<std::int64_t> ids;
    int rc;
    while ((rc = s->step()) == SQLITE_ROW)
        ids.push_back(s->int64(0));
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "cannot list events");
    return ids;
}

Result<std::vector<EventRow>> Database::events(const EventFilter& f, EventSources sources)
{
    auto ids = eventIds(f);
    if (!ids)
        return ids.error();
    std::vector<EventRow> rows(ids->size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].id = (*ids)[i];
    if (auto st = consolidateEvents(rows, sources); !st)
        return st.error();
    std::stable_sort(rows.begin(), rows.end(), [](const EventRow& a, const EventRow& b) {
        const bool da = a.start && a.start->yearKnown(), db = b.start && b.start->yearKnown();
        if (da != db)
            return da;
        return da ? a.start->iso() < b.start->iso() : a.name < b.name;
    });
    return rows;
}

Result<std::optional<EventRow>> Database::event(std::int64_t id)
{
    std::vector<EventRow> one(1);
    one.front().id = id;
    auto& cache = m_impl->statements;
    bool found = false;
    if (auto st = forEvents(m_db, cache, "SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?1))",
                            "[" + std::to_string(id) + "]", [&](Statement&) { found = true; });
        !st)
        return st.error();
    if (!found)
        return std::optional<EventRow>();
    if (auto st = consolidateEvents(one); !st)
        return st.error();
    return std::optional<EventRow>(std::move(one.front()));
}

Status Database::consolidateEvent(EventRow& row)
{
    std::vector<EventRow> one{std::move(row)};
    auto st = consolidateEvents(one);
    row = std::move(one.front());
    return st;
}

namespace {

// Consolidates events from their facts, links and evidence counts, without the sources
// themselves: four queries over all of them, each ordered by event, instead of five per event.
Status summarizeEvents(sqlite3* db, detail::StatementCache& cache, std::vector<EventRow>& rows)
{
    if (rows.empty())
        return Ok{};
    std::unordered_map<std::int64_t, std::size_t> at;
    std::string ids = "[";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        at.emplace(rows[i].id, i);
        ids += (i ? "," : "") + std::to_string(rows[i].id);
    }
    ids += "]";
    auto rowOf = [&](const Statement& q) -> EventRow& { return rows[at.at(q.int64(0))]; };
    if (auto st = forEvents(db, cache, "SELECT id, key FROM events WHERE id IN (SELECT value FROM json_each(?1))", ids,
                            [&](Statement& q) { rowOf(q).key = q.text(1); }); !st)
        return st;
    std::vector<std::vector<FactRow>> facts(rows.size());
    if (auto st = forEvents(db, cache,
                            "SELECT event_id, type, name, series, edition, coalesce(start, ''), coalesce(end_date, ''),"
                            " coalesce(precision, ''), year_inferred, city, country, venue, format, parent_key"
                            " FROM event_facts WHERE event_id IN (SELECT value FROM json_each(?1)) ORDER BY event_id, document_id",
                            ids, [&](Statement& q) {
                                facts[at.at(q.int64(0))].push_back(FactRow{q.text(1), q.text(2), q.text(3), q.text(5), q.text(6),
                                    q.text(7), q.text(9), q.text(10), q.text(11), q.text(12), q.text(13),
                                    static_cast<int>(q.int64(4)), q.int64(8) != 0});
                            }); !st)
        return st;
    // Links: each relation's values once per key (event_values holds them so), first seen first.
    if (auto st = forEvents(db, cache,
                            "SELECT event_id, relation, value FROM event_values"
                            " WHERE event_id IN (SELECT value FROM json_each(?1)) ORDER BY event_id, first_link",
                            ids, [&](Statement& q) {
                                EventRow& row = rowOf(q);
                                const std::string relation = q.text(1);
                                auto& list = relation == "alias" ? row.aliases : relation == "speaker" ? row.speakers
                                           : relation == "country" ? row.countries : row.organizations;
                                list.push_back(q.text(2));
                            }); !st)
        return st;
    if (auto st = forEvents(db, cache,
                            "SELECT event_id, count(*), count(DISTINCT document_id) FROM event_evidence"
                            " WHERE event_id IN (SELECT value FROM json_each(?1)) GROUP BY event_id",
                            ids, [&](Statement& q) {
                                EventRow& row = rowOf(q);
                                row.sourceCount = static_cast<std::size_t>(q.int64(1));
                                row.documentCount = static_cast<std::size_t>(q.int64(2));
                            });
        !st)
        return st;
    auto corrections = eventCorrections(db, cache);
    if (!corrections)
        return corrections.error();
    std::map<std::string, std::pair<std::int64_t, std::string>> parents; // key → id, name
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EventRow& row = rows[i];
        if (const std::string parent = summarize(row, facts[i]); !parent.empty()) {
            auto known = parents.find(parent);
            if (known == parents.end()) {
                auto p = parentOf(db, cache, parent);
                if (!p)
                    return p.error();
                known = parents.emplace(parent, *p).first;
            }
            std::tie(row.parentId, row.parentName) = known->second;
        }
        applyCorrections(*corrections, row);
    }
    return Ok{};
}

// Each source of the events: document and sentence, with the sentence's text.
Status readSources(sqlite3* db, detail::StatementCache& cache, std::vector<EventRow>& rows)
{
    std::unordered_map<std::int64_t, std::size_t> at;
    std::string ids = "[";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        at.emplace(rows[i].id, i);
        ids += (i ? "," : "") + std::to_string(rows[i].id);
        rows[i].sources.clear();
    }
    ids += "]";
    auto st = forEvents(db, cache,
                        "SELECT v.event_id, v.document_id, v.sentence_start, v.sentence_end,"
                        " (SELECT min(path) FROM files WHERE document_id = d.id), d.title, d.published,"
                        " d.published_precision, d.published_inferred,"
                        " substr(d.text, v.sentence_start + 1, v.sentence_end - v.sentence_start)"
                        " FROM event_evidence v JOIN documents d ON d.id = v.document_id"
                        " WHERE v.event_id IN (SELECT value FROM json_each(?1))"
                        " ORDER BY v.event_id, d.published, v.document_id, v.sentence_start",
                        ids, [&](Statement& q) {
                            Evidence e;
                            e.documentId = q.int64(1);
                            e.sentence = {static_cast<std::uint32_t>(q.int64(2)), static_cast<std::uint32_t>(q.int64(3))};
                            e.path = q.text(4);
                            e.title = q.text(5);
                            if (!q.isNull(6))
                                e.published = detail::publishedFrom(q.text(6), q.text(7), q.int64(8) != 0);
                            e.sentenceText = q.text(9);
                            rows[at.at(q.int64(0))].sources.push_back(std::move(e));
                        });
    for (auto& row : rows) {
        row.sourceCount = row.sources.size();
        std::vector<std::int64_t> documents;
        for (const auto& e : row.sources)
            documents.push_back(e.documentId);
        std::sort(documents.begin(), documents.end());
        row.documentCount = static_cast<std::size_t>(std::unique(documents.begin(), documents.end()) - documents.begin());
    }
    return st;
}

} // namespace

// Events already consolidated since the database last changed are taken from the connection's
// cache; the others are consolidated together and cached. Sources are read only when asked for.
Status Database::consolidateEvents(std::vector<EventRow>& rows, EventSources sources)
{
    if (rows.empty())
        return Ok{};
    auto& cache = m_impl->events;
    auto stamp = detail::cacheStamp(m_db, m_impl->statements);
    if (!stamp)
        return stamp.error();
    if (!(*stamp == cache.stamp)) {
        cache.rows.clear();
        cache.stamp = *stamp;
    }
    std::vector<EventRow> missing;
    for (const auto& row : rows) {
        if (!cache.rows.count(row.id))
            missing.emplace_back().id = row.id;
    }
    if (auto st = summarizeEvents(m_db, m_impl->statements, missing); !st) {
        cache.rows.clear();
        return st;
    }
    for (auto& row : missing)
        cache.rows.insert_or_assign(row.id, std::move(row));
    for (auto& row : rows)
        row = cache.rows.at(row.id);
    return sources == EventSources::Full ? readSources(m_db, m_impl->statements, rows) : Status(Ok{});
}

// Kept for callers of one event; reads the corrections once per call.
Status Database::applyRename(EventRow& row)
{
    auto corrections = eventCorrections(m_db, m_impl->statements);
    if (!corrections)
        return corrections.error();
    applyCorrections(*corrections, row);
    return Ok{};
}

Result<std::vector<DocumentMention>> Database::mentions(std::int64_t documentId)
{
    auto s = m_impl->statements.get("SELECT m.type, m.start_cp, m.end_cp, m.lemma, CASE m.entity WHEN '' THEN m.lemma ELSE m.entity END,"
                                    " coalesce(m.entity_id, 0),"
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

} // namespace letopis::store
