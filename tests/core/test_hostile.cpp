// Hostile input for the core: files a scraper produces on a bad day, file-system tricks, filter
// values and queries made of SQL and FTS5 syntax, and a reader working while an import writes.
// Every bad file is a failure naming the file and the reason; every good file is ingested.
#include "temp_dir.hpp"
#include "test_hostile_files.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"
#include "letopis/store.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <random>
#include <thread>

namespace fs = std::filesystem;
using namespace letopis;
using hostile::writeFile;

namespace {

using TempDir = letopis::testing::TempDir;

extract::Extractor& extractor()
{
    static const std::unique_ptr<extract::Extractor> ex = [] {
        auto res = extract::Resources::load();
        REQUIRE(res);
        auto e = extract::Extractor::create(*res);
        REQUIRE(e);
        return std::move(e).value();
    }();
    return *ex;
}

Result<ingest::Report> ingestInto(store::Database& db, const std::vector<std::string>& paths,
                                  std::function<void(const ingest::Progress&)> progress = {})
{
    ingest::Params params;
    params.paths = paths;
    params.extractor = &extractor();
    params.progress = std::move(progress);
    return ingest::run(db, params);
}

// The failure reported for a file name, or nothing.
std::optional<std::string> failureFor(const ingest::Report& r, const std::string& name)
{
    for (const auto& f : r.failures)
        if (fs::path(f.path).filename() == name)
            return f.reason;
    return std::nullopt;
}

bool stored(store::Database& db, const fs::path& p)
{
    auto st = db.fileState(p.string());
    return st.has_value();
}

} // namespace

TEST_CASE("hostile files: each bad one fails with its name and reason, the good ones go in", "[hostile][ingest]")
{
    TempDir dir;
    const auto expected = hostile::writeSmallHostileFiles(dir.path());
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    auto report = ingestInto(**db, {dir.path().string()});
    REQUIRE(report);
    std::size_t good = 0;
    for (const auto& e : expected) {
        INFO(e.name);
        const auto failure = failureFor(*report, e.name);
        if (e.reasonWord.empty()) {
            CHECK_FALSE(failure);
            CHECK(stored(**db, dir.path() / e.name));
            ++good;
        } else {
            REQUIRE(failure);
            CHECK(failure->find(e.reasonWord) != std::string::npos);
            CHECK_FALSE(stored(**db, dir.path() / e.name));
        }
    }
    CHECK(report->failures.size() == expected.size() - good);
    CHECK(report->added == good);
    // What went in is clean: valid text without NUL, and no date that does not exist.
    auto docs = (*db)->documents(true);
    REQUIRE(docs);
    for (const auto& d : *docs) {
        INFO(d.path);
        CHECK(d.doc.text.find('\0') == std::string::npos);
        CHECK(text::toUtf8(text::toU32(d.doc.text)) == d.doc.text);
        if (d.doc.published && d.doc.published->yearKnown() && d.doc.published->precision == dates::Precision::Day)
            CHECK(dates::isValidDay(d.doc.published->year, d.doc.published->month, d.doc.published->day));
    }
    auto events = (*db)->events({});
    REQUIRE(events);
    for (const auto& e : *events) {
        if (e.start && e.start->yearKnown())
            CHECK((e.start->year >= 1 && e.start->year <= 9999));
    }
}

TEST_CASE("hostile files: the nonsense dates date nothing", "[hostile][ingest]")
{
    TempDir dir;
    writeFile(dir.path() / "a.txt", hostile::release("Эпсилон", "31.02.2020"));
    writeFile(dir.path() / "b.txt", hostile::release("Дзета", "99.99.9999"));
    writeFile(dir.path() / "c.txt", hostile::release("Эта", "00.00.0000"));
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    auto report = ingestInto(**db, {dir.path().string()});
    REQUIRE(report);
    CHECK(report->added == 3);
    auto docs = (*db)->documents();
    REQUIRE(docs);
    for (const auto& d : *docs) {
        INFO(d.path);
        CHECK_FALSE(d.doc.published);
    }
}

TEST_CASE("hostile files: UTF-16 without a BOM reads as text", "[hostile][ingest]")
{
    TempDir dir;
    hostile::writeSmallHostileFiles(dir.path());
    auto rec = ingest::readFile((dir.path() / "utf16-no-bom.txt").string(), std::nullopt);
    REQUIRE(rec);
    CHECK(rec->encoding == "UTF-16LE");
    CHECK(rec->doc.title == "Завод «Дельта» открыл новый цех");
}

TEST_CASE("hostile files: a 1 MB line and 100,000 nested quotes are ingested with their facts", "[hostile][ingest][big]")
{
    TempDir dir;
    std::string line = "06.07.2020 ";
    while (line.size() < 1024 * 1024)
        line += "Завод «Омега» провёл выставку в Екатеринбурге, ";
    writeFile(dir.path() / "line.txt", line);
    writeFile(dir.path() / "quotes.txt", hostile::nestedQuotes(100000));
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    auto report = ingestInto(**db, {dir.path().string()});
    REQUIRE(report);
    CHECK(report->failures.empty());
    CHECK(report->added == 2);
    CHECK(report->extracted == 2);
}

TEST_CASE("hostile files: a symbolic-link loop is named, not followed", "[hostile][ingest]")
{
    TempDir dir;
    writeFile(dir.path() / "good.txt", hostile::release("Альфа"));
    std::error_code ec;
    fs::create_symlink("loop.txt", dir.path() / "loop.txt", ec); // a file link to itself
    REQUIRE_FALSE(ec);
    fs::create_directory_symlink(".", dir.path() / "again", ec); // a folder link to its own folder
    REQUIRE_FALSE(ec);
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    auto report = ingestInto(**db, {dir.path().string(), (dir.path() / "loop.txt").string()});
    REQUIRE(report);
    CHECK(report->added == 1);
    REQUIRE(report->failures.size() == 2); // found in the folder, and named on the command line
    for (const auto& f : report->failures) {
        CHECK(fs::path(f.path).filename() == "loop.txt");
        CHECK(f.reason.find("symbolic link") != std::string::npos);
    }
}

namespace {

// Ingests dir into a new in-memory store and returns the failure for secret.txt, or "" when it
// went in. Runs as the user "nobody" (in a child process) when this test runs as root, for whom
// permissions do not stop reading. The child reports through a pipe.
std::string unreadableFailure(const fs::path& dir)
{
    const auto attempt = [&dir]() -> std::string {
        auto db = store::Database::open(":memory:");
        if (!db)
            return "ERROR " + db.error().message;
        ingest::Params params;
        params.paths = {dir.string()};
        auto report = ingest::run(**db, params);
        if (!report)
            return "ERROR " + report.error().message;
        if (report->added != 1)
            return "ERROR good.txt not ingested";
        return failureFor(*report, "secret.txt").value_or("");
    };
    if (::geteuid() != 0)
        return attempt();
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        std::string out = (::setgid(65534) == 0 && ::setuid(65534) == 0) ? attempt() : "ERROR cannot become nobody";
        (void)!::write(fds[1], out.data(), out.size());
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string out;
    char buf[512];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
        out.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return out;
}

} // namespace

TEST_CASE("hostile files: an unreadable file is named with the reason", "[hostile][ingest]")
{
    TempDir dir;
    writeFile(dir.path() / "in" / "good.txt", hostile::release("Альфа"));
    writeFile(dir.path() / "in" / "secret.txt", hostile::release("Бета"));
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(dir.path() / "in" / "secret.txt", fs::perms::none);
    const std::string failure = unreadableFailure(dir.path() / "in");
    INFO(failure);
    CHECK(failure.find("ERROR") == std::string::npos);
    CHECK(failure.find("Permission denied") != std::string::npos);
}

TEST_CASE("hostile files: a file deleted during ingest is named, the rest goes in", "[hostile][ingest]")
{
    TempDir dir;
    for (const char* n : {"a.txt", "b.txt", "c.txt"})
        writeFile(dir.path() / n, hostile::release(n));
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    const fs::path victim = dir.path() / "b.txt";
    // Files are read in order and reported when read: b.txt goes after the folder was listed.
    auto report = ingestInto(**db, {dir.path().string()}, [&](const ingest::Progress& p) {
        if (p.currentPath == (dir.path() / "a.txt").string())
            fs::remove(victim);
    });
    REQUIRE(report);
    CHECK(report->added == 2);
    const auto failure = failureFor(*report, "b.txt");
    REQUIRE(failure);
    CHECK(failure->find("No such file") != std::string::npos);
}

TEST_CASE("hostile files: a 50 MB file is refused or read without exhausting memory", "[hostile][ingest][big]")
{
    TempDir dir;
    const std::string para = "В Екатеринбурге открылась выставка «Иннопром», в ней участвуют компании из 40 стран.\n";
    {
        std::ofstream out(dir.path() / "huge.txt", std::ios::binary);
        out << "06.07.2020\nОгромный файл\n\n";
        for (std::size_t written = 0; written < 50u * 1024 * 1024; written += para.size())
            out << para;
    }
    writeFile(dir.path() / "good.txt", hostile::release("Альфа"));
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    auto report = ingestInto(**db, {dir.path().string()});
    REQUIRE(report);
    CHECK(report->added == 1);
    const auto failure = failureFor(*report, "huge.txt");
    REQUIRE(failure);
    CHECK(failure->find("too large") != std::string::npos);
}

namespace {

// A store with the bundled corpus and its facts.
std::unique_ptr<store::Database> corpusDb(const std::string& path = ":memory:")
{
    auto db = store::Database::open(path);
    REQUIRE(db);
    auto report = ingestInto(**db, {LETOPIS_CORPUS});
    REQUIRE(report);
    REQUIRE(report->added > 0);
    return std::move(db).value();
}

const std::vector<std::string>& injections()
{
    static const std::vector<std::string> v = {
        "\"", "'", "*", "NEAR(", "-", "(", ")", "(((", "a\"b", "\" OR \"", "' OR '1'='1", "'; DROP TABLE events; --",
        "%", "_", "\\", "NEAR(выставка форум", "выставка*", "-выставка", "title:выставка", "^выставка", "{title}: x",
        "1=1) UNION SELECT * FROM documents --", std::string("a\0b", 3), "\xFF\xFE", ""};
    return v;
}

} // namespace

TEST_CASE("injection: filter values with SQL and FTS5 syntax match nothing and break nothing", "[hostile][injection]")
{
    auto db = corpusDb();
    auto all = db->events({});
    REQUIRE(all);
    REQUIRE_FALSE(all->empty());
    for (const auto& v : injections()) {
        INFO("value: " << v);
        store::EventFilter f;
        f.countries = f.organizations = f.persons = f.types = {v};
        auto events = db->events(f);
        REQUIRE(events);
        CHECK(events->empty());
        auto facets = db->facets(f);
        REQUIRE(facets);
        for (const char* kind : {"", "person", "organization", "country", "place", "' OR 1=1 --"}) {
            auto entities = db->entities(kind, f);
            REQUIRE(entities);
            CHECK(entities->empty());
        }
        auto one = db->entity("person", v);
        REQUIRE(one);
        CHECK_FALSE(*one);
    }
    auto again = db->events({});
    REQUIRE(again);
    CHECK(again->size() == all->size()); // nothing dropped or changed
}

TEST_CASE("injection: search queries with FTS5 syntax search literally or say why they cannot", "[hostile][injection]")
{
    auto db = corpusDb();
    for (const auto& q : injections()) {
        INFO("query: " << q);
        auto hits = db->search(q);
        if (!hits) {
            CHECK(hits.error().code == ErrorCode::InvalidArgument);
            CHECK(hits.error().message.find("nothing to search for") != std::string::npos);
        }
        store::EventFilter f;
        f.text = q;
        auto events = db->events(f);
        if (!events)
            CHECK(events.error().code == ErrorCode::InvalidArgument);
        store::EventFilter g;
        g.text = q;
        auto facets = db->facets(g);
        if (!facets)
            CHECK(facets.error().code == ErrorCode::InvalidArgument);
    }
    // What the user typed is what is searched: a word with FTS5 syntax around it still finds it.
    auto plain = db->search("выставка");
    REQUIRE(plain);
    REQUIRE_FALSE(plain->empty());
    for (const std::string q : {"\"выставка", "выставка)", "(выставка", "выставка\"", "(выставка*", "-выставка-"}) {
        INFO(q);
        auto hits = db->search(q);
        REQUIRE(hits);
        CHECK(hits->size() >= 1);
    }
}

TEST_CASE("the workbench reads while an import writes: never 'database is locked'", "[hostile][wal]")
{
    TempDir dir;
    const std::string path = (dir.path() / "shared.db").string();
    for (int i = 0; i < 60; ++i)
        writeFile(dir.path() / "in" / ("r" + std::to_string(i) + ".txt"),
                  hostile::release("Номер " + std::to_string(i), std::to_string(1 + i % 28) + ".05.2021"));
    auto reader = corpusDb(path); // the workbench's connection, with the corpus already in
    std::atomic<bool> writing{true};
    std::string writerError;
    std::thread writer([&] {
        auto db = store::Database::open(path); // the import's own connection
        if (!db) {
            writerError = db.error().message;
        } else if (auto r = ingestInto(**db, {(dir.path() / "in").string()}); !r) {
            writerError = r.error().message;
        }
        writing = false;
    });
    int reads = 0;
    std::vector<std::string> errors;
    while (writing || reads < 3) {
        const auto note = [&](const Error& e) { errors.push_back(e.message); };
        if (auto e = reader->events({}); !e)
            note(e.error());
        if (auto f = reader->facets({}); !f)
            note(f.error());
        if (auto s = reader->search("завод"); !s)
            note(s.error());
        if (auto en = reader->entities("person"); !en)
            note(en.error());
        ++reads;
    }
    writer.join();
    CHECK(writerError.empty());
    INFO(reads << " rounds of reads");
    CHECK(errors.empty());
    for (const auto& e : errors)
        CHECK(e.find("locked") == std::string::npos);
    CHECK(reader->documentCount() == 60 + 5);
}
