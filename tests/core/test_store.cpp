#include "temp_dir.hpp"
#include "letopis/store.hpp"
#include "letopis/text.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include "facts_fixture.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace letopis;
using namespace letopis::store;

namespace {

std::uint32_t cps(std::string_view utf8)
{
    return static_cast<std::uint32_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A record built by hand: an optional title line, then one body paragraph. The hash is derived
// from the text, as the ingester's would be.
DocumentRecord record(const std::string& path, const std::string& body, const std::string& title = {},
                      std::optional<dates::Date> published = {})
{
    DocumentRecord r;
    r.path = path;
    r.encoding = "utf-8";
    r.confidence = 100;
    r.sizeBytes = static_cast<std::int64_t>(title.size() + body.size() + 1);
    r.mtimeNs = 1'000'000'000;
    r.doc.title = title;
    r.doc.text = title.empty() ? body : title + "\n" + body;
    r.hash = "h" + std::to_string(std::hash<std::string>{}(r.doc.text));
    const std::uint32_t bodyStart = title.empty() ? 0 : cps(title) + 1;
    if (!title.empty())
        r.doc.parts.push_back(DocumentPart{PartKind::Title, text::Span{0, cps(title)}});
    r.doc.body.push_back(text::Span{bodyStart, bodyStart + cps(body)});
    r.doc.published = published;
    return r;
}

dates::Date day(int y, int m, int d)
{
    return dates::Date{y, m, d, dates::Precision::Day, false};
}

std::unique_ptr<Database> openOk(const std::string& path)
{
    auto db = Database::open(path);
    INFO((db ? std::string() : db.error().message));
    REQUIRE(db.ok());
    return std::move(db).value();
}

std::vector<std::string> hitPaths(Database& db, std::string_view query)
{
    auto hits = db.search(query);
    INFO(query << ": " << (hits ? std::string() : hits.error().message));
    REQUIRE(hits.ok());
    std::vector<std::string> out;
    for (const auto& h : *hits)
        out.push_back(h.path);
    std::sort(out.begin(), out.end());
    return out;
}

std::int64_t scalar(Database& db, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.handle(), sql, -1, &s, nullptr) == SQLITE_OK);
    std::int64_t v = -1;
    if (sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

std::int64_t ftsRowsMatching(Database& db, const std::string& stem)
{
    // Reads the index itself, so it sees stale rows that a join with documents would hide.
    const std::string sql = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"" + stem + "\"'";
    return scalar(db, sql.c_str());
}

using TempDir = letopis::testing::TempDir;

void rawExec(const std::string& path, const char* sql)
{
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}

} // namespace

TEST_CASE("a new database is migrated to the current schema", "[store][schema]")
{
    auto db = openOk(":memory:");
    CHECK(db->schemaVersion() == kSchemaVersion);
    CHECK(scalar(*db, "PRAGMA user_version") == kSchemaVersion);
    CHECK(scalar(*db, "PRAGMA foreign_keys") == 1);
    CHECK(scalar(*db, "SELECT count(*) FROM sqlite_schema WHERE name IN "
                      "('documents','files','document_parts','documents_fts','meta')") == 5);
    CHECK(db->documentCount() == 0);
}

TEST_CASE("rejectsDatabaseFromNewerLetopis", "[store][schema]")
{
    TempDir tmp;
    const auto path = tmp.file("newer.db");
    rawExec(path, "CREATE TABLE future(x); PRAGMA user_version = 99;");
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::SchemaTooNew);
    CHECK_THAT(db.error().message, Catch::Contains("schema 99") && Catch::Contains("newer Letopis")
                                       && Catch::Contains(path));
    // The refused file is left as it was.
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &s, nullptr);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    CHECK(sqlite3_column_int(s, 0) == 99);
    sqlite3_finalize(s);
    sqlite3_close(raw);
}

TEST_CASE("rejectsFileThatIsNotADatabase", "[store][schema]")
{
    TempDir tmp;
    const auto path = tmp.file("notes.db");
    {
        std::ofstream out(path, std::ios::binary);
        for (int i = 0; i < 200; ++i)
            out << "Это не база данных, а обычный текст. ";
    }
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Database);
    CHECK_THAT(db.error().message, Catch::Contains(path) && Catch::Contains("not a Letopis database"));
}

TEST_CASE("rejectsForeignSqliteDatabase", "[store][schema]")
{
    TempDir tmp;
    const auto path = tmp.file("other.db");
    rawExec(path, "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT);");
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Database);
    CHECK_THAT(db.error().message, Catch::Contains("not a Letopis one"));
}

TEST_CASE("rejectsPathInMissingFolder", "[store][schema]")
{
    TempDir tmp;
    auto db = Database::open(tmp.file("no/such/folder/x.db"));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Database);
    CHECK_THAT(db.error().message, Catch::Contains("no/such/folder/x.db"));
}

TEST_CASE("a file database keeps its data when reopened and runs in WAL mode", "[store][schema]")
{
    TempDir tmp;
    const auto path = tmp.file("letopis.db");
    {
        auto db = openOk(path);
        REQUIRE(db->upsertDocument(record("/c/a.txt", "Открылась выставка", "Заголовок", day(2020, 7, 6))).ok());
        CHECK(db->handle() != nullptr);
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(db->handle(), "PRAGMA journal_mode", -1, &s, nullptr);
        REQUIRE(sqlite3_step(s) == SQLITE_ROW);
        CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))) == "wal");
        sqlite3_finalize(s);
    }
    auto db = openOk(path);
    CHECK(db->schemaVersion() == kSchemaVersion);
    CHECK(db->documentCount() == 1);
    CHECK(hitPaths(*db, "выставки") == std::vector<std::string>{"/c/a.txt"});
    auto doc = db->document("a.txt");
    REQUIRE(doc.ok());
    REQUIRE(doc->has_value());
    CHECK((*doc)->doc.published == std::optional<dates::Date>(day(2020, 7, 6)));
}

TEST_CASE("upsertDocument reports New, Unchanged, Duplicate and Replaced", "[store][upsert]")
{
    auto db = openOk(":memory:");
    auto a = record("/c/a.txt", "Губернатор открыл выставку картин");
    CHECK(*db->upsertDocument(a) == Upsert::New);

    SECTION("same path and content is Unchanged and updates size and mtime")
    {
        a.sizeBytes = 4242;
        a.mtimeNs = 77;
        CHECK(*db->upsertDocument(a) == Upsert::Unchanged);
        auto st = db->fileState("/c/a.txt");
        REQUIRE(st);
        CHECK(st->sizeBytes == 4242);
        CHECK(st->mtimeNs == 77);
        CHECK(st->hash == a.hash);
        CHECK(db->documentCount() == 1);
    }
    SECTION("same content under another path is a Duplicate of the stored document")
    {
        auto copy = a;
        copy.path = "/d/copy.txt";
        CHECK(*db->upsertDocument(copy) == Upsert::Duplicate);
        CHECK(db->documentCount() == 1);
        auto doc = db->document("copy.txt");
        REQUIRE(doc.ok());
        REQUIRE(doc->has_value());
        CHECK((*doc)->paths == std::vector<std::string>{"/c/a.txt", "/d/copy.txt"});
        CHECK((*doc)->path == "/c/a.txt");
        CHECK(db->fileState("/d/copy.txt")->documentId == db->fileState("/c/a.txt")->documentId);
    }
    SECTION("changed content at a path is Replaced and the orphaned document leaves the index")
    {
        const auto oldId = db->fileState("/c/a.txt")->documentId;
        REQUIRE(ftsRowsMatching(*db, stemForIndex("картин")) == 1);
        auto changed = record("/c/a.txt", "Мэр посетил ярмарку мёда");
        CHECK(*db->upsertDocument(changed) == Upsert::Replaced);
        CHECK(db->documentCount() == 1);
        CHECK(db->fileState("/c/a.txt")->hash == changed.hash);
        CHECK(db->fileState("/c/a.txt")->documentId != oldId);
        auto old = db->document(std::to_string(oldId));
        REQUIRE(old.ok());
        CHECK_FALSE(old->has_value());
        CHECK(ftsRowsMatching(*db, stemForIndex("картин")) == 0);
        const std::string parts = "SELECT count(*) FROM document_parts WHERE document_id = " + std::to_string(oldId);
        CHECK(scalar(*db, parts.c_str()) == 0);
        CHECK(hitPaths(*db, "ярмарка") == std::vector<std::string>{"/c/a.txt"});
        CHECK(hitPaths(*db, "выставка").empty());
    }
    SECTION("a replaced document still held by another path is kept")
    {
        auto copy = a;
        copy.path = "/d/copy.txt";
        REQUIRE(*db->upsertDocument(copy) == Upsert::Duplicate);
        CHECK(*db->upsertDocument(record("/c/a.txt", "Совсем другой текст")) == Upsert::Replaced);
        CHECK(db->documentCount() == 2);
        CHECK(hitPaths(*db, "выставка") == std::vector<std::string>{"/d/copy.txt"});
    }
    SECTION("a path re-pointed at content already stored is Replaced without a new document")
    {
        auto b = record("/c/b.txt", "Другая новость о заводе");
        REQUIRE(*db->upsertDocument(b) == Upsert::New);
        b.path = "/c/a.txt";
        CHECK(*db->upsertDocument(b) == Upsert::Replaced);
        CHECK(db->documentCount() == 1);
        CHECK(db->fileState("/c/a.txt")->documentId == db->fileState("/c/b.txt")->documentId);
    }
}

TEST_CASE("rejectsRecordWithoutPathOrHash", "[store][upsert]")
{
    auto db = openOk(":memory:");
    auto r = record("", "текст");
    auto res = db->upsertDocument(r);
    REQUIRE_FALSE(res.ok());
    CHECK(res.error().code == ErrorCode::InvalidArgument);
    r = record("/x.txt", "текст");
    r.hash.clear();
    CHECK_FALSE(db->upsertDocument(r).ok());
    CHECK(db->documentCount() == 0);
}

TEST_CASE("removePath forgets a file and its document only when no other file holds it", "[store][upsert]")
{
    auto db = openOk(":memory:");
    auto a = record("/c/a.txt", "Завод выпустил новый трактор");
    REQUIRE(db->upsertDocument(a).ok());
    a.path = "/c/a-copy.txt";
    REQUIRE(db->upsertDocument(a).ok());

    REQUIRE(db->removePath("/c/a.txt").ok());
    CHECK(db->documentCount() == 1);
    CHECK(hitPaths(*db, "трактор") == std::vector<std::string>{"/c/a-copy.txt"});

    REQUIRE(db->removePath("/c/a-copy.txt").ok());
    CHECK(db->documentCount() == 0);
    CHECK(ftsRowsMatching(*db, stemForIndex("трактор")) == 0);
    CHECK(scalar(*db, "SELECT count(*) FROM document_parts") == 0);
    CHECK(db->removePath("/never/seen.txt").ok());

    auto touched = db->touchPath("/never/seen.txt", 1, 2);
    REQUIRE_FALSE(touched.ok());
    CHECK(touched.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("upserts join the caller's transaction and nest", "[store][upsert]")
{
    auto db = openOk(":memory:");
    SECTION("rollback undoes every upsert of the transaction")
    {
        REQUIRE(db->begin().ok());
        REQUIRE(*db->upsertDocument(record("/a.txt", "первый")) == Upsert::New);
        REQUIRE(*db->upsertDocument(record("/b.txt", "второй")) == Upsert::New);
        CHECK(db->documentCount() == 2);
        REQUIRE(db->rollback().ok());
        CHECK(db->documentCount() == 0);
        CHECK(hitPaths(*db, "первый").empty());
    }
    SECTION("commit keeps them; an inner rollback undoes only its own level")
    {
        REQUIRE(db->begin().ok());
        REQUIRE(db->upsertDocument(record("/a.txt", "первый")).ok());
        REQUIRE(db->begin().ok());
        REQUIRE(db->upsertDocument(record("/b.txt", "второй")).ok());
        REQUIRE(db->rollback().ok());
        REQUIRE(db->commit().ok());
        CHECK(db->documentCount() == 1);
        CHECK(hitPaths(*db, "первый") == std::vector<std::string>{"/a.txt"});
    }
    SECTION("unbalanced commit and rollback are refused")
    {
        CHECK(db->commit().error().code == ErrorCode::InvalidArgument);
        CHECK(db->rollback().error().code == ErrorCode::InvalidArgument);
    }
}

TEST_CASE("search finds every form of a word by its stem", "[store][search]")
{
    auto db = openOk(":memory:");
    REQUIRE(db->upsertDocument(record("/1.txt", "Открылись двери выставки современного искусства")).ok());
    REQUIRE(db->upsertDocument(record("/2.txt", "Горожане любовались выставкой цветов")).ok());
    REQUIRE(db->upsertDocument(record("/3.txt", "На выставке показали новые станки")).ok());
    REQUIRE(db->upsertDocument(record("/4.txt", "Завод выпустил новые станки")).ok());

    CHECK(hitPaths(*db, "выставка") == std::vector<std::string>{"/1.txt", "/2.txt", "/3.txt"});
    CHECK(hitPaths(*db, "ВЫСТАВКАМИ") == std::vector<std::string>{"/1.txt", "/2.txt", "/3.txt"});
    CHECK(hitPaths(*db, "станками") == std::vector<std::string>{"/3.txt", "/4.txt"});
    // All words must match.
    CHECK(hitPaths(*db, "выставка станки") == std::vector<std::string>{"/3.txt"});
}

TEST_CASE("search folds ё to е and splits hyphenated words", "[store][search]")
{
    auto db = openOk(":memory:");
    REQUIRE(db->upsertDocument(record("/yo.txt", "Ещё один рекорд")).ok());
    REQUIRE(db->upsertDocument(record("/ye.txt", "Еще одна победа")).ok());
    REQUIRE(db->upsertDocument(record("/city.txt", "Делегация прилетела из Буэнос-Айреса")).ok());

    CHECK(hitPaths(*db, "еще") == std::vector<std::string>{"/ye.txt", "/yo.txt"});
    CHECK(hitPaths(*db, "ЕЩЁ") == std::vector<std::string>{"/ye.txt", "/yo.txt"});
    CHECK(hitPaths(*db, "Айрес") == std::vector<std::string>{"/city.txt"});
    CHECK(hitPaths(*db, "Буэнос-Айрес") == std::vector<std::string>{"/city.txt"});
}

TEST_CASE("search phrases and prefixes", "[store][search]")
{
    auto db = openOk(":memory:");
    REQUIRE(db->upsertDocument(record("/near.txt", "Открылась международная выставка станков")).ok());
    REQUIRE(db->upsertDocument(record("/far.txt", "Выставка станков стала международной")).ok());
    REQUIRE(db->upsertDocument(record("/prog.txt", "Курсы программирования для школьников")).ok());

    CHECK(hitPaths(*db, "международная выставка") == std::vector<std::string>{"/far.txt", "/near.txt"});
    CHECK(hitPaths(*db, "\"международной выставки\"") == std::vector<std::string>{"/near.txt"});
    CHECK(hitPaths(*db, "«международная выставка»") == std::vector<std::string>{"/near.txt"});
    CHECK(hitPaths(*db, "програм*") == std::vector<std::string>{"/prog.txt"});
    CHECK(hitPaths(*db, "програм").empty());
    CHECK(hitPaths(*db, "\"курсы програм\"*") == std::vector<std::string>{"/prog.txt"});
}

TEST_CASE("search treats FTS5 syntax and SQL in the query as literal words", "[store][search]")
{
    auto db = openOk(":memory:");
    REQUIRE(db->upsertDocument(record("/ab.txt", "альфа бета")).ok());
    REQUIRE(db->upsertDocument(record("/a.txt", "альфа")).ok());

    const std::vector<std::string> hostile = {
        "\"", "*", "**", "NEAR(", "NEAR(альфа бета)", "-x", "a OR b", "') DROP TABLE documents; --",
        "альфа)", "(альфа", "((", "]]", "[альфа", "\"альфа", "альфа\" бета\" \"", "title:альфа", "^альфа",
        "альфа AND", "NOT", "{title}: альфа", "альфа + бета", "'", "\\", "\"\"", "альфа*\"*",
        std::string("аль\0фа", 7), "\xff\xfe альфа",
    };
    for (const auto& q : hostile) {
        auto hits = db->search(q);
        INFO("query: " << q);
        if (!hits.ok()) {
            CHECK(hits.error().code == ErrorCode::InvalidArgument);
            CHECK_THAT(hits.error().message, Catch::Contains("nothing to search for"));
        }
    }
    CHECK(db->documentCount() == 2);
    CHECK(hitPaths(*db, "альфа") == std::vector<std::string>{"/a.txt", "/ab.txt"});
    // Operators are words, not operators: "-бета" does not exclude, "OR" must itself occur.
    CHECK(hitPaths(*db, "альфа -бета") == std::vector<std::string>{"/ab.txt"});
    CHECK(hitPaths(*db, "альфа OR гамма").empty());
    CHECK(hitPaths(*db, "\"альфа") == std::vector<std::string>{"/a.txt", "/ab.txt"});
}

TEST_CASE("rejectsQueryWithNothingToSearch", "[store][search]")
{
    auto db = openOk(":memory:");
    for (const char* q : {"", "   ", "--- !!! ***", "«»", "\"\""}) {
        auto hits = db->search(q);
        REQUIRE_FALSE(hits.ok());
        CHECK(hits.error().code == ErrorCode::InvalidArgument);
        CHECK_THAT(hits.error().message, Catch::Contains("nothing to search for"));
    }
}

TEST_CASE("search results carry marked snippets and rank title matches first", "[store][search]")
{
    auto db = openOk(":memory:");
    std::string longBody;
    for (int i = 0; i < 30; ++i)
        longBody += "Пресс-служба сообщила подробности. ";
    longBody += "Главным событием стала выставка тракторов. ";
    for (int i = 0; i < 30; ++i)
        longBody += "Организаторы поблагодарили гостей. ";
    REQUIRE(db->upsertDocument(record("/body.txt", longBody, "Итоги недели")).ok());
    REQUIRE(db->upsertDocument(record("/title.txt", "Организаторы поблагодарили гостей.", "Выставка тракторов")).ok());

    auto hits = db->search("выставки");
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 2);
    CHECK((*hits)[0].path == "/title.txt");
    CHECK((*hits)[0].score > (*hits)[1].score);
    CHECK((*hits)[0].title == "Выставка тракторов");
    const auto& body = (*hits)[1];
    CHECK(body.path == "/body.txt");
    CHECK_THAT(body.snippet, Catch::Contains("[[выставка]]"));
    CHECK_THAT(body.snippet, Catch::Contains("…"));
    CHECK(body.snippet.size() < longBody.size() / 4);
    CHECK(db->search("выставки", 1)->size() == 1);
}

TEST_CASE("a word in more documents than the ranked set ranks the newest — a rarer query ranks all", "[store][search]")
{
    auto db = openOk(":memory:");
    // The oldest document is the best match for "альфа" (in its title), then 10,000 newer ones
    // mention it once. The search ranks the 10,000 matches stored last, so the oldest is left out;
    // "альфа бета" matches three documents, all ranked, and the oldest comes first again.
    REQUIRE(db->begin());
    REQUIRE(db->upsertDocument(record("/old.txt", "Альфа бета: альфа и снова альфа.", "Альфа бета альфа")).ok());
    for (int i = 0; i < 10000; ++i) {
        const std::string body = "Сообщение " + std::to_string(i) + " упоминает альфу" + (i % 5000 == 0 ? " и бету." : ".");
        REQUIRE(db->upsertDocument(record("/n/" + std::to_string(i) + ".txt", body)).ok());
    }
    REQUIRE(db->commit());
    auto common = db->search("альфа", 20);
    REQUIRE(common.ok());
    REQUIRE(common->size() == 20);
    for (const auto& hit : *common)
        CHECK(hit.path != "/old.txt");
    CHECK(!common->front().snippet.empty());
    auto rare = db->search("альфа бета", 20);
    REQUIRE(rare.ok());
    REQUIRE(rare->size() == 3);
    CHECK(rare->front().path == "/old.txt");
    CHECK(rare->front().title == "Альфа бета альфа");
    CHECK_THAT(rare->front().snippet, Catch::Contains("[[Альфа]]"));
    // Without a limit, or with one above the ranked set, every match is ranked.
    CHECK(db->search("альфа", 0)->size() == 10001);
    auto all = db->search("альфа", 20000);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 10001);
    CHECK(all->front().path == "/old.txt");
}

TEST_CASE("documents() lists by publication date with undated documents last", "[store][read]")
{
    auto db = openOk(":memory:");
    auto yearOnly = dates::Date{2019, 0, 0, dates::Precision::Year, true};
    auto yearless = dates::Date{0, 4, 22, dates::Precision::Day, false};
    REQUIRE(db->upsertDocument(record("/z-undated.txt", "без даты один")).ok());
    REQUIRE(db->upsertDocument(record("/b.txt", "позже", "Позже", day(2021, 1, 5))).ok());
    REQUIRE(db->upsertDocument(record("/a-undated.txt", "без даты два")).ok());
    REQUIRE(db->upsertDocument(record("/c.txt", "раньше", {}, day(2020, 7, 6))).ok());
    REQUIRE(db->upsertDocument(record("/y.txt", "год", {}, yearOnly)).ok());
    REQUIRE(db->upsertDocument(record("/m.txt", "без года", {}, yearless)).ok());

    auto docs = db->documents();
    REQUIRE(docs.ok());
    std::vector<std::string> order;
    for (const auto& d : *docs)
        order.push_back(d.path);
    CHECK(order == std::vector<std::string>{"/y.txt", "/c.txt", "/b.txt", "/m.txt", "/a-undated.txt", "/z-undated.txt"});
    CHECK((*docs)[0].doc.published == std::optional<dates::Date>(yearOnly));
    CHECK((*docs)[3].doc.published == std::optional<dates::Date>(yearless));
    CHECK((*docs)[2].doc.title == "Позже");
    CHECK((*docs)[2].doc.text.empty());
    CHECK((*docs)[2].doc.parts.empty());
    CHECK((*docs)[2].paths == std::vector<std::string>{"/b.txt"});
    CHECK_FALSE((*docs)[4].doc.published.has_value());

    auto full = db->documents(true);
    REQUIRE(full.ok());
    const auto& b = (*full)[2];
    CHECK(b.doc.text == "Позже\nпозже");
    REQUIRE(b.doc.parts.size() == 1);
    CHECK(b.doc.parts[0].kind == PartKind::Title);
    CHECK(b.doc.parts[0].span == text::Span{0, 5});
    CHECK(b.doc.body == std::vector<text::Span>{{6, 11}});
}

TEST_CASE("document() finds by id, exact path and unique suffix", "[store][read]")
{
    auto db = openOk(":memory:");
    REQUIRE(db->upsertDocument(record("/corpus/2020/003_fab.txt", "Фабрика открылась", "Фабрика")).ok());
    REQUIRE(db->upsertDocument(record("/corpus/2021/003_fab.txt", "Другая фабрика")).ok());
    REQUIRE(db->upsertDocument(record("/corpus/2021/prefab.txt", "Сборные дома")).ok());
    const auto id = db->fileState("/corpus/2020/003_fab.txt")->documentId;

    auto byId = db->document(std::to_string(id));
    REQUIRE(byId.ok());
    REQUIRE(byId->has_value());
    CHECK((*byId)->path == "/corpus/2020/003_fab.txt");
    CHECK((*byId)->doc.text == "Фабрика\nФабрика открылась");
    CHECK((*byId)->doc.body == std::vector<text::Span>{{8, 25}});

    auto byPath = db->document("/corpus/2021/003_fab.txt");
    REQUIRE(byPath.ok());
    REQUIRE(byPath->has_value());
    CHECK((*byPath)->doc.text == "Другая фабрика");

    auto bySuffix = db->document("2020/003_fab.txt");
    REQUIRE(bySuffix.ok());
    REQUIRE(bySuffix->has_value());
    CHECK((*bySuffix)->id == id);

    // A whole file name wins over a longer name that merely ends the same way.
    auto prefab = db->document("prefab.txt");
    REQUIRE(prefab.ok());
    REQUIRE(prefab->has_value());
    CHECK((*prefab)->doc.text == "Сборные дома");

    auto ambiguous = db->document("003_fab.txt");
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().code == ErrorCode::InvalidArgument);
    CHECK_THAT(ambiguous.error().message,
               Catch::Contains("/corpus/2020/003_fab.txt") && Catch::Contains("/corpus/2021/003_fab.txt"));

    auto missing = db->document("nothing.txt");
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
    auto missingId = db->document("999999");
    REQUIRE(missingId.ok());
    CHECK_FALSE(missingId->has_value());
    CHECK(db->document("").error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("document() takes the start of a file name, and leading zeros are not ids", "[store][read]")
{
    auto db = openOk(":memory:");
    REQUIRE(db->upsertDocument(record("/corpus/001_first.txt", "Первая")).ok());
    REQUIRE(db->upsertDocument(record("/corpus/002_second.txt", "Вторая")).ok());
    REQUIRE(db->upsertDocument(record("/corpus/002x/other.txt", "Третья")).ok());

    auto second = db->document("002"); // not id 2: a file-name prefix
    REQUIRE(second.ok());
    REQUIRE(second->has_value());
    CHECK((*second)->doc.text == "Вторая");

    auto ambiguous = db->document("00");
    REQUIRE_FALSE(ambiguous.ok());
    CHECK_THAT(ambiguous.error().message, Catch::Contains("001_first.txt") && Catch::Contains("002_second.txt"));

    auto globLike = db->document("0*");
    REQUIRE(globLike.ok());
    CHECK_FALSE(globLike->has_value()); // GLOB syntax typed by the user is matched literally
}

TEST_CASE("a suffix shared by copies of one document is not ambiguous", "[store][read]")
{
    auto db = openOk(":memory:");
    auto r = record("/a/news.txt", "Новость");
    REQUIRE(db->upsertDocument(r).ok());
    r.path = "/b/news.txt";
    REQUIRE(*db->upsertDocument(r) == Upsert::Duplicate);
    auto doc = db->document("news.txt");
    REQUIRE(doc.ok());
    REQUIRE(doc->has_value());
    CHECK((*doc)->paths.size() == 2);
}

TEST_CASE("index keys stay the same once the tokenizer has stemmed a word, and after its memo fills", "[store][tokenizer]")
{
    const std::string first = stemForIndex("выставками");
    const std::string latin = stemForIndex("exhibitions");
    CHECK(stemForIndex("выставками") == first);
    CHECK(stemForIndex("ВЫСТАВКАМИ") == first);
    // More distinct words than the memo holds (it is cleared when full).
    for (int i = 0; i < 120000; ++i)
        (void)stemForIndex("слово" + std::to_string(i) + "ами");
    CHECK(stemForIndex("выставками") == first);
    CHECK(stemForIndex("exhibitions") == latin);
    CHECK(first == stemForIndex("выставкой"));
}

TEST_CASE("stemForIndex is the index key", "[store][tokenizer]")
{
    CHECK(stemForIndex("Выставки") == stemForIndex("выставкой"));
    CHECK(stemForIndex("выставке") == stemForIndex("ВЫСТАВКА"));
    CHECK(stemForIndex("ещё") == stemForIndex("еще"));
    CHECK(stemForIndex("running") == stemForIndex("runs"));
    CHECK(stemForIndex("2020") == "2020");
    CHECK(stemForIndex("COVID19") == "covid19");
    CHECK(stemForIndex("станок") != stemForIndex("стакан"));
    // Decomposed letters and stress accents key like the plain spelling.
    CHECK(stemForIndex("е\xCC\x88ж") == stemForIndex("ёж"));
    CHECK(stemForIndex("и\xCC\x86од") == stemForIndex("йод"));
    CHECK(stemForIndex("за\xCC\x81мок") == stemForIndex("замок"));
    // Soft hyphens inside a word do not split it.
    CHECK(stemForIndex("выстав\xC2\xADки") == stemForIndex("выставки"));
    CHECK(stemForIndex("!!!").empty());
}

TEST_CASE("events read again after another connection writes show what it wrote", "[store]")
{
    // The reader keeps consolidated events while the database is unchanged; a commit by another
    // connection (an import running beside the workbench) must reach it.
    TempDir tmp;
    const auto path = tmp.file("shared.db");
    auto reader = store::Database::open(path);
    REQUIRE(reader);
    CHECK((*reader)->events({})->empty());
    auto writer = store::Database::open(path);
    REQUIRE(writer);
    testing::storeExtracted(**writer, "/kazan.txt",
                            "15.05.2023\nСтройэкспо в Казани\n***\nС 15 по 17 мая в Казани проходит выставка «Стройэкспо». "
                            "Свои проекты представили участники из Китая и Турции.");
    auto seen = (*reader)->events({}, store::EventSources::Count);
    REQUIRE(seen);
    REQUIRE(seen->size() == 1);
    const auto has = [](const std::vector<std::string>& v, const char* c) { return std::find(v.begin(), v.end(), c) != v.end(); };
    CHECK(has(seen->front().countries, "CN"));
    CHECK(has(seen->front().countries, "TR"));
    // A second report of the same exhibition names Iran too: the event keeps its id, and the
    // reader must not serve what it consolidated before.
    const auto id = seen->front().id;
    CHECK(!has(seen->front().countries, "IR"));
    testing::storeExtracted(**writer, "/kazan-2.txt",
                            "16.05.2023\nСтройэкспо открылась\n***\nС 15 по 17 мая в Казани проходит выставка «Стройэкспо». "
                            "Приехали участники из Ирана.");
    seen = (*reader)->events({}, store::EventSources::Count);
    REQUIRE(seen);
    REQUIRE(seen->size() == 1);
    CHECK(seen->front().id == id);
    CHECK(has(seen->front().countries, "IR"));
    CHECK(seen->front().sourceCount >= 2);
    CHECK(seen->front().documentCount == 2); // two documents report it
    // And the reader's own corrections reach its listing at once.
    store::Override o;
    o.kind = "rename";
    o.subjectKind = "event";
    o.subjectKey = seen->front().key;
    o.value = "Стройэкспо-2023";
    REQUIRE((*reader)->addOverride(o));
    CHECK((*reader)->events({}, store::EventSources::Count)->front().name == "Стройэкспо-2023");
}

namespace {

bool fullTextIntact(Database& db)
{
    return sqlite3_exec(db.handle(), "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')", nullptr,
                        nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace

TEST_CASE("a transaction's documents are indexed for full text when it commits, all at once", "[store][fts]")
{
    auto db = openOk(":memory:");
    REQUIRE(db->begin().ok());
    REQUIRE(*db->upsertDocument(record("/a.txt", "Выставка станков открылась")) == Upsert::New);
    REQUIRE(*db->upsertDocument(record("/b.txt", "Форум садоводов прошёл")) == Upsert::New);
    // Not indexed yet: one segment for the whole transaction, written at its end.
    CHECK(ftsRowsMatching(*db, stemForIndex("станков")) == 0);
    REQUIRE(db->commit().ok());
    CHECK(ftsRowsMatching(*db, stemForIndex("станков")) == 1);
    CHECK(hitPaths(*db, "садоводы") == std::vector<std::string>{"/b.txt"});
    CHECK(scalar(*db, "SELECT count(*) FROM documents_fts_data WHERE id > 10") == 1); // one segment, one leaf
    CHECK(fullTextIntact(*db));
}

TEST_CASE("documents replaced, forgotten or rolled back before their transaction ends leave a sound index", "[store][fts]")
{
    auto db = openOk(":memory:");
    REQUIRE(db->begin().ok());
    REQUIRE(*db->upsertDocument(record("/a.txt", "Выставка станков открылась")) == Upsert::New);
    // The same path changes within the transaction: its first document goes again.
    REQUIRE(*db->upsertDocument(record("/a.txt", "Ярмарка мёда открылась")) == Upsert::Replaced);
    REQUIRE(*db->upsertDocument(record("/b.txt", "Форум садоводов прошёл")) == Upsert::New);
    REQUIRE(db->removePath("/b.txt").ok());
    // A nested level rolled back takes its document with it.
    REQUIRE(db->begin().ok());
    REQUIRE(*db->upsertDocument(record("/c.txt", "Конгресс пчеловодов")) == Upsert::New);
    REQUIRE(db->rollback().ok());
    REQUIRE(db->commit().ok());
    CHECK(fullTextIntact(*db));
    CHECK(hitPaths(*db, "ярмарка") == std::vector<std::string>{"/a.txt"});
    CHECK(hitPaths(*db, "выставка").empty());
    CHECK(hitPaths(*db, "форум").empty());
    CHECK(hitPaths(*db, "пчеловоды").empty());
    CHECK(ftsRowsMatching(*db, stemForIndex("станков")) == 0);

    // A whole transaction rolled back indexes nothing, and the next one is unaffected.
    REQUIRE(db->begin().ok());
    REQUIRE(*db->upsertDocument(record("/d.txt", "Саммит лидеров")) == Upsert::New);
    REQUIRE(db->rollback().ok());
    REQUIRE(*db->upsertDocument(record("/e.txt", "Саммит экологов")) == Upsert::New); // its own transaction
    CHECK(hitPaths(*db, "саммит") == std::vector<std::string>{"/e.txt"});
    CHECK(fullTextIntact(*db));
}

TEST_CASE("needsUpgrade tells an older Letopis database from a current, new, newer or foreign file", "[store][schema]")
{
    TempDir tmp;
    const std::string path = tmp.file("db.db");
    CHECK_FALSE(needsUpgrade(path)); // missing: created fast
    CHECK_FALSE(needsUpgrade(":memory:"));
    { auto db = openOk(path); }
    CHECK_FALSE(needsUpgrade(path));
    rawExec(path, "PRAGMA user_version = 5;");
    CHECK(needsUpgrade(path));
    rawExec(path, "PRAGMA user_version = 99;");
    CHECK_FALSE(needsUpgrade(path)); // newer: open() refuses it, nothing to upgrade
    const std::string foreign = tmp.file("other.db");
    rawExec(foreign, "CREATE TABLE t(x);");
    CHECK_FALSE(needsUpgrade(foreign));
}

TEST_CASE("the UTF-32 stem of a word is the UTF-8 one, and stays valid while its memo moves on", "[store][tokenizer]")
{
    // Plain lower-case Russian takes the short path; the rest goes through the tokenizer.
    const std::u32string words[] = {U"выставками", U"форума",   U"ёлками",   U"Москвой",       U"exhibitions",
                                    U"covid19",    U"буэнос-айрес", U"д'ивуар", U"за\u0301мок", U"", U"а"};
    for (const std::u32string& w : words) {
        INFO(text::toUtf8(w));
        CHECK(stemForIndex(std::u32string_view(w)) == stemForIndex(text::toUtf8(w)));
    }
    const std::string& kept = stemForIndex(std::u32string_view(U"выставками"));
    CHECK(rememberedStemForIndex(U"выставками") == &kept);
    CHECK(rememberedStemForIndex(U"никогда-не-спрошенное") == nullptr);
    // More new words than one generation of the memo holds: the reference still reads right.
    for (int i = 0; i < 70000; ++i)
        (void)stemForIndex(std::u32string_view(text::toU32("слово" + std::to_string(i))));
    CHECK(kept == stemForIndex("выставками"));
}
