// The workbench's queries: facets with counts (AND across facets, OR within one) and the
// full-text part of the event filter, on press releases written for these tests.
#include "letopis/country_names.hpp"
#include "facts_fixture.hpp"
#include "old_schema.hpp"
#include "letopis/store.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <sqlite3.h>

using namespace letopis;

namespace {

using testing::threeEvents;

std::size_t countOf(const std::vector<store::FacetValue>& values, const std::string& key)
{
    auto it = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.key == key; });
    return it == values.end() ? 0 : it->events;
}

// The rows of a query as text, one line per row, columns separated by '|'.
std::string dump(sqlite3* db, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK);
    std::string out;
    while (sqlite3_step(s) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(s); ++c) {
            const auto* v = sqlite3_column_text(s, c);
            out += v ? reinterpret_cast<const char*>(v) : "NULL";
            out += '|';
        }
        out += '\n';
    }
    sqlite3_finalize(s);
    return out;
}

// event_dates against what it must hold: per event, each distinct dated (start, end or start)
// pair of its facts with how many facts give it. True when there is something to compare.
bool datesConsistent(store::Database& db)
{
    const auto kept = dump(db.handle(), "SELECT event_id, start, until, facts FROM event_dates ORDER BY 1, 2, 3");
    const auto recomputed = dump(db.handle(), "SELECT event_id, start, coalesce(end_date, start), count(*) FROM event_facts"
                                              " WHERE start NOT LIKE '--%' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    CHECK(kept == recomputed);
    return !kept.empty();
}

// entity_stats, entity_days and person_titles against what they must hold: per entity, its
// mentions and the documents that hold them, those documents per dated publication day, and per
// person and title the first role (by date, then rowid) and how many there are.
bool entityCountsConsistent(store::Database& db)
{
    const auto stats = dump(db.handle(), "SELECT entity_id, documents, mentions FROM entity_stats ORDER BY 1");
    const auto statsRecomputed = dump(db.handle(), "SELECT entity_id, count(DISTINCT document_id), count(*) FROM mentions"
                                                   " WHERE entity_id IS NOT NULL GROUP BY 1 ORDER BY 1");
    CHECK(stats == statsRecomputed);
    const auto days = dump(db.handle(), "SELECT entity_id, published, documents FROM entity_days ORDER BY 1, 2");
    const auto daysRecomputed = dump(db.handle(), "SELECT m.entity_id, d.published, count(*) FROM (SELECT DISTINCT entity_id,"
                                                  " document_id FROM mentions WHERE entity_id IS NOT NULL) m JOIN documents d"
                                                  " ON d.id = m.document_id WHERE d.published NOT LIKE '--%'"
                                                  " GROUP BY 1, 2 ORDER BY 1, 2");
    CHECK(days == daysRecomputed);
    const auto titles = dump(db.handle(), "SELECT entity_id, title, first_published, first_role, roles FROM person_titles"
                                          " ORDER BY 1, 2");
    const auto titlesRecomputed = dump(db.handle(),
        "SELECT entity_id, title, published, role, roles FROM (SELECT r.entity_id, r.title, coalesce(d.published, '') AS published,"
        " r.rowid AS role, row_number() OVER (PARTITION BY r.entity_id, r.title ORDER BY coalesce(d.published, ''), r.rowid) AS n,"
        " count(*) OVER (PARTITION BY r.entity_id, r.title) AS roles FROM person_roles r JOIN documents d ON d.id = r.document_id)"
        " WHERE n = 1 ORDER BY 1, 2");
    CHECK(titles == titlesRecomputed);
    return !stats.empty() && !days.empty() && !titles.empty();
}

} // namespace

TEST_CASE("facets count events per value, and a value narrows the other facets", "[store][query]")
{
    auto db = threeEvents();
    auto all = db->facets({});
    REQUIRE(all);
    CHECK(all->events == 3);
    CHECK(countOf(all->countries, "CN") == 2);
    CHECK(countOf(all->types, "exhibition") == 2);
    CHECK(countOf(all->types, "forum") == 1);

    store::EventFilter china;
    china.countries = {"CN"};
    auto narrowed = db->facets(china);
    REQUIRE(narrowed);
    CHECK(narrowed->events == 2);
    // Types are counted over the Chinese events only ...
    CHECK(countOf(narrowed->types, "exhibition") == 1);
    CHECK(countOf(narrowed->types, "forum") == 1);
    // ... while the country facet still offers its alternatives (OR within a facet).
    CHECK(countOf(narrowed->countries, "BY") == 1);

    store::EventFilter chinaOrBelarus = china;
    chinaOrBelarus.countries.push_back("BY");
    CHECK(db->events(chinaOrBelarus)->size() == 3);
    chinaOrBelarus.types = {"forum"};
    CHECK(db->events(chinaOrBelarus)->size() == 1);
}

TEST_CASE("an organisation or person filter matches whole words of a name", "[store][query]")
{
    auto db = threeEvents();
    store::EventFilter byOrg;
    byOrg.organizations = {"Станкопром"};
    CHECK(db->events(byOrg)->size() == 1);
    byOrg.organizations = {"стан"}; // part of a word is not a name
    CHECK(db->events(byOrg)->empty());
    store::EventFilter byPerson;
    byPerson.persons = {"Петр Иванов"};
    CHECK(db->events(byPerson)->size() == 1);
}

TEST_CASE("the full-text part of the filter keeps events whose sources match, in any word form", "[store][query]")
{
    auto db = threeEvents();
    store::EventFilter f;
    f.text = "трактор"; // the text says "тракторы"
    auto rows = db->events(f);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().name == "Белагро");
    // The filter follows the stored documents (its per-connection index of sources is rebuilt).
    testing::storeExtracted(*db, "/kazan-2.txt",
                            "16.05.2023\nСтройэкспо открылась\n***\nС 15 по 17 мая в Казани проходит выставка «Стройэкспо». "
                            "Свои тракторы показали участники из Китая.");
    CHECK(db->events(f)->size() == 2);
    CHECK(db->facets(f)->events == 2);
    REQUIRE(db->removePath("/minsk.txt"));
    rows = db->events(f);
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().name != "Белагро");
    f.text = "слово-которого-нет";
    CHECK(db->events(f)->empty());
    f.text = "!!!";
    CHECK_FALSE(db->events(f).ok());
    CHECK(db->facets(f).ok() == false);
}

TEST_CASE("a document's mentions come in text order with their entities", "[store][query]")
{
    auto db = threeEvents();
    const auto id = db->fileState("/moscow.txt")->documentId;
    auto mentions = db->mentions(id);
    REQUIRE(mentions);
    REQUIRE_FALSE(mentions->empty());
    CHECK(std::is_sorted(mentions->begin(), mentions->end(),
                         [](const auto& a, const auto& b) { return a.span.start < b.span.start; }));
    auto ivanov = std::find_if(mentions->begin(), mentions->end(), [](const auto& m) { return m.type == "PERSON"; });
    REQUIRE(ivanov != mentions->end());
    CHECK(ivanov->entityKind == "person");
    CHECK(ivanov->entityId != 0);
    auto china = std::find_if(mentions->begin(), mentions->end(), [](const auto& m) { return m.type == "COUNTRY"; });
    REQUIRE(china != mentions->end());
    CHECK(china->entity == "CN");
    CHECK(db->mentions(9999)->empty());
}

TEST_CASE("countries are named from ICU's locale data", "[query]")
{
    CHECK(countryName("UZ") == "Узбекистан");
    CHECK(countryName("uz", "en") == "Uzbekistan");
    CHECK(countryName("ZZZ") == "ZZZ");
    CHECK(countryName("") == "");
}

TEST_CASE("a listing may count each event's sources instead of reading them", "[store][query]")
{
    auto db = testing::threeEvents();
    const auto full = db->events({});
    const auto counted = db->events({}, store::EventSources::Count);
    REQUIRE(full);
    REQUIRE(counted);
    REQUIRE(full->size() == counted->size());
    REQUIRE(!full->empty());
    for (std::size_t i = 0; i < full->size(); ++i) {
        const auto& f = (*full)[i];
        const auto& c = (*counted)[i];
        CHECK(c.id == f.id);
        CHECK(c.name == f.name);
        CHECK(c.countries == f.countries);
        CHECK(c.sources.empty());
        CHECK(!f.sources.empty());
        CHECK(c.sourceCount == f.sources.size());
        CHECK(f.sourceCount == f.sources.size());
        // The documents that report it: its sources' distinct documents, counted or read.
        std::vector<std::int64_t> documents;
        for (const auto& e : f.sources)
            documents.push_back(e.documentId);
        std::sort(documents.begin(), documents.end());
        documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
        CHECK(f.documentCount == documents.size());
        CHECK(c.documentCount == documents.size());
        CHECK(f.documentCount <= f.sourceCount);
        // One event read by id carries its sources again.
        const auto one = db->event(f.id);
        REQUIRE(one);
        REQUIRE(one->has_value());
        CHECK((*one)->sources.size() == f.sources.size());
        CHECK((*one)->name == f.name);
    }
    const auto none = db->event(987654321);
    REQUIRE(none);
    CHECK(!none->has_value());
}

TEST_CASE("each event's distinct values follow its links through re-extraction and removal", "[store][query]")
{
    auto db = testing::threeEvents();
    // What event_values must hold: per event, relation and key, the label of the first link still
    // stored, its rowid and how many links carry the key.
    const auto consistent = [&] {
        const auto kept = dump(db->handle(), "SELECT event_id, relation, value_key, value, first_link, links FROM event_values"
                                             " ORDER BY 1, 2, 3");
        const auto recomputed = dump(db->handle(), "SELECT event_id, relation, value_key, value, min(rowid), count(*)"
                                                   " FROM event_links GROUP BY event_id, relation, value_key ORDER BY 1, 2, 3");
        CHECK(kept == recomputed);
        return !kept.empty() || recomputed.empty();
    };
    REQUIRE(consistent());
    // A second report of the Kazan exhibition, then the first one changed: the country keys
    // shared by both keep their links, and the label moves to the report still stored.
    testing::storeExtracted(*db, "/kazan-2.txt",
                            "16.05.2023\nСтройэкспо открылась\n***\nС 15 по 17 мая в Казани проходит выставка «Стройэкспо». "
                            "Приехали участники из Китая, Турции и Ирана.");
    consistent();
    testing::storeExtracted(*db, "/kazan.txt",
                            "15.05.2023\nСтройэкспо в Казани\n***\nС 15 по 17 мая в Казани проходит выставка «Стройэкспо». "
                            "Свои проекты представили участники из Турции.");
    consistent();
    REQUIRE(db->removePath("/kazan-2.txt"));
    REQUIRE(db->removePath("/minsk.txt"));
    consistent();
    // What a filter by country finds follows the values: no event is left from Belarus.
    store::EventFilter by;
    by.countries = {"BY"};
    CHECK(db->events(by)->empty());
    by.countries = {"TR"};
    CHECK(db->events(by)->size() == 1);
}

TEST_CASE("each event's distinct dates follow its facts through re-extraction, removal and corrections", "[store][query]")
{
    auto db = testing::threeEvents();
    REQUIRE(datesConsistent(*db));
    store::EventFilter may2023;
    may2023.from = dates::parseIso("2023-05");
    may2023.to = dates::parseIso("2023-05");
    REQUIRE(db->events(may2023)->size() == 1); // Stroyexpo in Kazan
    const std::string kazan = db->events(may2023)->front().key;
    // A second report with other dates, then the first report changed.
    testing::storeExtracted(*db, "/kazan-2.txt",
                            "16.05.2023\nСтройэкспо открылась\n***\nС 16 по 19 мая в Казани проходит выставка «Стройэкспо». "
                            "Приехали участники из Китая.");
    datesConsistent(*db);
    testing::storeExtracted(*db, "/kazan.txt",
                            "15.05.2023\nСтройэкспо в Казани\n***\n15 мая в Казани открылась выставка «Стройэкспо».");
    datesConsistent(*db);
    // The analyst's dates reach the facts when the documents are extracted again.
    store::Override when;
    when.kind = "set-dates";
    when.subjectKind = "event";
    when.subjectKey = kazan;
    when.value = "2024-02-01/2024-02-03";
    REQUIRE(db->addOverride(when));
    for (const auto& [path, text] : {std::pair<std::string, std::string>{"/kazan.txt", "15.05.2023\nСтройэкспо в Казани\n***\n"
                                         "15 мая в Казани открылась выставка «Стройэкспо»."},
                                     {"/kazan-2.txt", "16.05.2023\nСтройэкспо открылась\n***\nС 16 по 19 мая в Казани "
                                         "проходит выставка «Стройэкспо». Приехали участники из Китая."}})
        testing::storeExtracted(*db, path, text);
    datesConsistent(*db);
    CHECK(db->events(may2023)->empty());
    store::EventFilter feb2024;
    feb2024.from = dates::parseIso("2024-02-02");
    feb2024.to = dates::parseIso("2024-02");
    REQUIRE(db->events(feb2024)->size() == 1);
    CHECK(db->events(feb2024)->front().key == kazan);
    REQUIRE(db->removePath("/kazan.txt"));
    REQUIRE(db->removePath("/minsk.txt"));
    datesConsistent(*db);
    REQUIRE(db->removePath("/kazan-2.txt"));
    datesConsistent(*db);
    CHECK(db->events(feb2024)->empty());
}

TEST_CASE("a schema 5 database gets its events' dates and entity counts when it is opened", "[store][query][schema]")
{
    testing::TempDir tmp;
    const auto path = tmp.file("v5.db");
    {
        auto db = testing::threeEvents(path);
        REQUIRE(sqlite3_exec(db->handle(), testing::kBackToSchema8, nullptr, nullptr, nullptr) == SQLITE_OK);
        // As a version 5 database was: no event_dates, entity_stats or entity_days, no triggers for them.
        REQUIRE(sqlite3_exec(db->handle(),
                             "DROP TRIGGER event_facts_date_added; DROP TRIGGER event_facts_date_removed;"
                             " DROP TRIGGER event_facts_date_changed; DROP TABLE event_dates;"
                             " DROP TRIGGER mentions_stats_added; DROP TRIGGER mentions_stats_removed;"
                             " DROP TRIGGER documents_mentions_first; DROP TABLE entity_stats; DROP TABLE entity_days;"
                             " DROP TRIGGER person_roles_title_added; DROP TRIGGER person_roles_title_removed;"
                             " DROP TABLE person_titles; DROP INDEX person_roles_title; DROP INDEX event_facts_document_event;"
                             " CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN"
                             "  INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END;"
                             " PRAGMA user_version = 5;",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    auto db = store::Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == store::kSchemaVersion);
    // Schema 8: the writer indexes new documents for full text, not a trigger.
    CHECK(dump((*db)->handle(), "SELECT count(*) FROM sqlite_master WHERE name = 'documents_fts_insert'") == "0|\n");
    REQUIRE(datesConsistent(**db));
    REQUIRE(entityCountsConsistent(**db));
    const auto before = (*db)->entities("");
    REQUIRE(before);
    REQUIRE(!before->empty());
    store::EventFilter june2021;
    june2021.from = dates::parseIso("2021-06-03");
    june2021.to = dates::parseIso("2021-06-03");
    REQUIRE((*db)->events(june2021)->size() == 1);
    CHECK((*db)->events(june2021)->front().name == "Белагро");
    // The triggers came with the table.
    REQUIRE((*db)->removePath("/minsk.txt"));
    datesConsistent(**db);
    entityCountsConsistent(**db);
    CHECK((*db)->events(june2021)->empty());
    CHECK((*db)->entities("")->size() < before->size());
}

TEST_CASE("entity counts follow the mentions through re-extraction, corrections and removal", "[store][query]")
{
    auto db = testing::threeEvents();
    REQUIRE(entityCountsConsistent(*db));
    const auto count = [&](const std::string& key) -> std::optional<store::EntityRow> {
        const auto rows = db->entities("");
        REQUIRE(rows);
        auto it = std::find_if(rows->begin(), rows->end(), [&](const auto& r) { return r.key == key; });
        return it == rows->end() ? std::nullopt : std::optional(*it);
    };
    REQUIRE(count("CN"));
    CHECK(count("CN")->documents == 2);
    // A later report that mentions China twice, then the first report without China.
    testing::storeExtracted(*db, "/kazan-2.txt",
                            "16.05.2024\nСтройэкспо открылась\n***\nВ Казани проходит выставка «Стройэкспо». "
                            "Приехали участники из Китая. Китай привез станки.");
    entityCountsConsistent(*db);
    CHECK(count("CN")->documents == 3);
    CHECK(count("CN")->lastSeen->iso() == "2024-05-16");
    testing::storeExtracted(*db, "/kazan.txt",
                            "15.05.2023\nСтройэкспо в Казани\n***\nС 15 по 17 мая в Казани проходит выставка «Стройэкспо».");
    entityCountsConsistent(*db);
    CHECK(count("CN")->documents == 2);
    // An earlier report of the same role takes its place as the first, and gives it back when removed.
    const auto ivanov = [&] {
        auto rows = db->entities("person");
        REQUIRE(rows);
        auto it = std::find_if(rows->begin(), rows->end(), [](const auto& r) { return r.name == "Петр Иванов"; });
        REQUIRE(it != rows->end());
        REQUIRE(it->roles.size() == 1);
        return it->roles.front();
    };
    const auto moscow = db->fileState("/moscow.txt")->documentId;
    CHECK(ivanov().evidence.documentId == moscow);
    testing::storeExtracted(*db, "/moscow-0.txt",
                            "10.03.2021\nФорум станкостроителей\n***\n11 марта в Москве пройдет форум «Станкостроение». "
                            "Среди спикеров форума — Петр Иванов, президент ассоциации «Станкопром».");
    entityCountsConsistent(*db);
    CHECK(ivanov().evidence.documentId == db->fileState("/moscow-0.txt")->documentId);
    CHECK_THAT(ivanov().title, Catch::StartsWith("президент"));
    CHECK_THAT(ivanov().evidence.sentenceText, Catch::Contains("Петр Иванов"));
    REQUIRE(db->removePath("/moscow-0.txt"));
    entityCountsConsistent(*db);
    CHECK(ivanov().evidence.documentId == moscow);
    REQUIRE(db->removePath("/kazan-2.txt"));
    entityCountsConsistent(*db);
    CHECK(count("CN")->documents == 1);
    CHECK(count("CN")->lastSeen->iso() == "2022-03-10");
    // A rejected entity loses its mentions when its documents are extracted again.
    store::Override reject;
    reject.kind = "reject";
    reject.subjectKind = "country";
    reject.subjectKey = "CN";
    REQUIRE(db->addOverride(reject));
    testing::storeExtracted(*db, "/moscow.txt",
                            "10.03.2022\nФорум станкостроителей\n***\n11 марта в Москве пройдет форум «Станкостроение». "
                            "Среди спикеров форума — Петр Иванов, президент ассоциации «Станкопром». Приедут гости из Китая.");
    entityCountsConsistent(*db);
    CHECK(!count("CN"));
    REQUIRE(db->removePath("/minsk.txt"));
    REQUIRE(db->removePath("/kazan.txt"));
    entityCountsConsistent(*db);
    REQUIRE(db->removePath("/moscow.txt")); // the last document: nothing is left to count
    CHECK(dump(db->handle(), "SELECT * FROM entity_stats UNION ALL SELECT entity_id, published, documents FROM entity_days").empty());
}

TEST_CASE("a schema 8 database keeps its documents, mentions and full-text index when each string is stored once",
          "[store][query][schema]")
{
    testing::TempDir tmp;
    const auto path = tmp.file("v8.db");
    // What the readers give before: mentions, an entity's mentions with their text, search hits.
    const auto readAll = [](store::Database& db) {
        std::string out;
        const auto docs = db.documents();
        REQUIRE(docs);
        for (const auto& d : *docs) {
            out += d.path + ' ' + d.excerpt + '\n';
            const auto mentions = db.mentions(d.id);
            REQUIRE(mentions);
            for (const auto& m : *mentions)
                out += m.type + ' ' + std::to_string(m.span.start) + ' ' + m.lemma + '>' + m.entity + '\n';
        }
        const auto entities = db.entities("");
        REQUIRE(entities);
        for (const auto& e : *entities) {
            const auto mentions = db.entityMentions(e.id);
            REQUIRE(mentions);
            for (const auto& m : *mentions)
                out += e.key + ':' + m.text + '\n';
        }
        for (const char* q : {"выставка", "Китая", "тракторы"}) {
            const auto hits = db.search(q);
            REQUIRE(hits);
            for (const auto& h : *hits)
                out += std::string(q) + ' ' + h.path + ' ' + h.snippet + '\n';
        }
        return out;
    };
    std::string before;
    {
        auto db = testing::threeEvents(path);
        before = readAll(*db);
        // Written by this version: no entity equal to its lemma is stored again.
        CHECK(dump(db->handle(), "SELECT count(*) FROM mentions WHERE entity = lemma") == "0|\n");
        CHECK(dump(db->handle(), "SELECT count(*) > 0 FROM mentions WHERE entity = ''") == "1|\n");
        REQUIRE(sqlite3_exec(db->handle(), testing::kBackToSchema8, nullptr, nullptr, nullptr) == SQLITE_OK);
        // As schema 8 had them: the mentions' own text and entity, a stored body.
        CHECK(dump(db->handle(), "SELECT count(*) FROM mentions WHERE entity = ''") == "0|\n");
        CHECK(dump(db->handle(), "SELECT count(*) FROM pragma_table_xinfo('mentions') WHERE name = 'text'") == "1|\n");
    }
    REQUIRE(before.find("выставка /kazan.txt") != std::string::npos);
    auto db = store::Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == store::kSchemaVersion);
    // The upgrade used temporary files; the connection's temporary storage is in memory again.
    CHECK(dump((*db)->handle(), "PRAGMA temp_store") == "2|\n");
    CHECK(readAll(**db) == before);
    // The body is computed (hidden = 2: a virtual generated column), the mention text is gone.
    CHECK(dump((*db)->handle(), "SELECT hidden FROM pragma_table_xinfo('documents') WHERE name = 'body'") == "2|\n");
    CHECK(dump((*db)->handle(), "SELECT count(*) FROM pragma_table_xinfo('mentions') WHERE name = 'text'") == "0|\n");
    CHECK(dump((*db)->handle(), "SELECT count(*) FROM mentions WHERE entity = lemma") == "0|\n");
    // The rebuilt index is whole, and follows a removal.
    const auto integrity = "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')";
    CHECK(sqlite3_exec((*db)->handle(), integrity, nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE((*db)->removePath("/minsk.txt"));
    CHECK(sqlite3_exec((*db)->handle(), integrity, nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK((*db)->search("тракторы")->empty());
    CHECK((*db)->search("выставка")->size() == 1);
}

TEST_CASE("an entity table can leave out the roles' evidence and reads in one snapshot", "[store][query]")
{
    auto db = testing::threeEvents();
    const auto ivanov = [&](store::Database::RoleEvidence evidence) {
        auto rows = db->entities("person", {}, evidence);
        REQUIRE(rows);
        auto it = std::find_if(rows->begin(), rows->end(), [](const auto& r) { return r.name == "Петр Иванов"; });
        REQUIRE(it != rows->end());
        REQUIRE(it->roles.size() == 1);
        return it->roles.front();
    };
    const auto full = ivanov(store::Database::RoleEvidence::Read);
    const auto bare = ivanov(store::Database::RoleEvidence::Skip);
    CHECK(bare.title == full.title);
    CHECK(bare.organization == full.organization);
    CHECK_THAT(full.evidence.sentenceText, Catch::Contains("Петр Иванов"));
    CHECK(bare.evidence.sentenceText.empty());
    CHECK(bare.evidence.documentId == 0);
    // The snapshot ends with the read: the connection is back in autocommit, and a write transaction
    // around the read is left open for its owner.
    CHECK(sqlite3_get_autocommit(db->handle()) != 0);
    REQUIRE(db->begin());
    REQUIRE(db->entities("person"));
    CHECK(sqlite3_get_autocommit(db->handle()) == 0);
    REQUIRE(db->commit());
}
