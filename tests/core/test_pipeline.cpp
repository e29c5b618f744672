// The pipelined ingest: reading and extraction on worker threads, one writer in file order. The
// database must be the same whatever the thread count, and cancel must still stop it cleanly.
#include "temp_dir.hpp"
#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"
#include "letopis/store.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace letopis;
namespace fs = std::filesystem;

namespace {

using TempDir = letopis::testing::TempDir;

std::string readAll(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// More files than the pipeline keeps in flight: the bundled releases under other dates (so
// their events differ), in nested folders, with two exact duplicates.
void writeCorpus(const fs::path& dir, int copies)
{
    std::vector<std::string> releases;
    for (const auto& e : fs::directory_iterator(LETOPIS_CORPUS))
        releases.push_back(readAll(e.path()));
    std::sort(releases.begin(), releases.end());
    int n = 0;
    for (int c = 0; c < copies; ++c) {
        for (const auto& text : releases) {
            std::string moved = text;
            const std::string year = std::to_string(2001 + c % 20);
            for (std::size_t at = moved.find("20"); at != std::string::npos; at = moved.find("20", at + 4)) {
                if (at + 4 <= moved.size() && std::isdigit(static_cast<unsigned char>(moved[at + 2]))
                    && std::isdigit(static_cast<unsigned char>(moved[at + 3])))
                    moved.replace(at, 4, year);
            }
            const fs::path folder = dir / year / std::to_string(c % 3);
            fs::create_directories(folder);
            std::ofstream(folder / (std::to_string(n++) + ".txt"), std::ios::binary) << moved;
        }
    }
    std::ofstream(dir / "dup-a.txt", std::ios::binary) << releases.front();
    std::ofstream(dir / "dup-b.txt", std::ios::binary) << releases.front();
}

// Every row of the tables extraction and ingest write, as text, in a stable order.
std::string dump(store::Database& db)
{
    std::string out;
    for (const char* sql : {
             "SELECT id, hash, title, published FROM documents ORDER BY id",
             "SELECT path, document_id FROM files ORDER BY path",
             "SELECT id, kind, key, name FROM entities ORDER BY id",
             "SELECT document_id, entity_id, type, start_cp, end_cp, entity FROM mentions ORDER BY rowid",
             "SELECT id, key FROM events ORDER BY id",
             "SELECT event_id, document_id, type, name, start, end_date FROM event_facts ORDER BY event_id, document_id",
             "SELECT event_id, document_id, relation, value_key FROM event_links ORDER BY rowid",
             "SELECT event_id, document_id, sentence_start FROM event_evidence ORDER BY rowid",
             "SELECT entity_id, document_id, title FROM person_roles ORDER BY rowid",
         }) {
        sqlite3_stmt* s = nullptr;
        REQUIRE(sqlite3_prepare_v2(db.handle(), sql, -1, &s, nullptr) == SQLITE_OK);
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                const auto* t = sqlite3_column_text(s, i);
                out += t ? reinterpret_cast<const char*>(t) : "∅";
                out += '|';
            }
            out += '\n';
        }
        sqlite3_finalize(s);
    }
    return out;
}

struct Run {
    ingest::Report report;
    std::string rows;
    std::size_t events = 0;
};

Run ingestWith(const extract::Resources& resources, const fs::path& dir, unsigned threads)
{
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    auto extractor = extract::Extractor::create(resources);
    REQUIRE(extractor);
    ingest::Params params;
    params.paths = {dir.string()};
    params.extractor = extractor->get();
    params.threads = threads;
    params.makeExtractor = [&resources]() -> std::unique_ptr<extract::Extractor> {
        auto made = extract::Extractor::create(resources);
        return made ? std::move(*made) : nullptr;
    };
    std::size_t lastDone = 0;
    params.progress = [&](const ingest::Progress& p) {
        CHECK(p.done >= lastDone); // never goes back
        lastDone = p.done;
    };
    auto report = ingest::run(**db, params);
    REQUIRE(report);
    auto events = (*db)->events({});
    REQUIRE(events);
    return {*report, dump(**db), events->size()};
}

} // namespace

TEST_CASE("ingest with two threads stores exactly what one thread stores", "[ingest][pipeline]")
{
    auto resources = extract::Resources::load();
    REQUIRE(resources);
    TempDir dir;
    writeCorpus(dir.path(), 16); // 80 releases + 2 duplicates: more than the window in flight
    const Run one = ingestWith(*resources, dir.path(), 1);
    const Run two = ingestWith(*resources, dir.path(), 2);
    CHECK(one.report.read == 82);
    CHECK(one.report.duplicates >= 1);
    CHECK(one.report.failures.empty());
    CHECK(two.report.read == one.report.read);
    CHECK(two.report.added == one.report.added);
    CHECK(two.report.duplicates == one.report.duplicates);
    CHECK(two.report.extracted == one.report.extracted);
    CHECK(one.events > 10);
    CHECK(two.events == one.events);
    CHECK(two.rows == one.rows); // same rows, same ids
}

TEST_CASE("a pipelined re-ingest skips unchanged files and re-extracts stale ones", "[ingest][pipeline]")
{
    auto resources = extract::Resources::load();
    REQUIRE(resources);
    TempDir dir;
    writeCorpus(dir.path(), 2);
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    auto extractor = extract::Extractor::create(*resources);
    REQUIRE(extractor);
    ingest::Params params;
    params.paths = {dir.path().string()};
    params.extractor = extractor->get();
    params.threads = 2;
    params.makeExtractor = [&]() -> std::unique_ptr<extract::Extractor> {
        auto made = extract::Extractor::create(*resources);
        return made ? std::move(*made) : nullptr;
    };
    auto first = ingest::run(**db, params);
    REQUIRE(first);
    // Forget the facts of every document: the next run extracts them again, on the workers.
    REQUIRE(sqlite3_exec((*db)->handle(), "DELETE FROM extraction_state", nullptr, nullptr, nullptr) == SQLITE_OK);
    auto second = ingest::run(**db, params);
    REQUIRE(second);
    CHECK(second->added == 0);
    CHECK(second->unchanged == second->read);
    CHECK(second->extracted == first->added);
    auto stale = (*db)->documentsNeedingExtraction();
    REQUIRE(stale);
    CHECK(stale->empty());
    CHECK((*db)->events({})->size() > 0);
}

TEST_CASE("a pipelined ingest cancelled midway keeps a sound database", "[ingest][pipeline]")
{
    auto resources = extract::Resources::load();
    REQUIRE(resources);
    TempDir dir;
    writeCorpus(dir.path(), 8);
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    auto extractor = extract::Extractor::create(*resources);
    REQUIRE(extractor);
    std::atomic<bool> cancel{false};
    ingest::Params params;
    params.paths = {dir.path().string()};
    params.extractor = extractor->get();
    params.threads = 2;
    params.cancel = &cancel;
    params.progress = [&](const ingest::Progress& p) {
        if (p.done >= 3)
            cancel = true;
    };
    auto report = ingest::run(**db, params);
    REQUIRE(report);
    CHECK(report->cancelled);
    CHECK(report->read < 42);
    CHECK((*db)->documentCount() == static_cast<std::int64_t>(report->added));
    auto stale = (*db)->documentsNeedingExtraction();
    REQUIRE(stale);
    CHECK(stale->empty()); // what was stored has its facts
}
