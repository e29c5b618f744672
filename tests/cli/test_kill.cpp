// Faults: letopis-cli ingest killed with SIGKILL at random moments. Every time the database must
// pass PRAGMA integrity_check, show no half-ingested document, and a re-run must reach exactly the
// counts of an ingest that was never interrupted.
#include "temp_dir.hpp"
#include "letopis/store.hpp"

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

using TempDir = letopis::testing::TempDir;

// A few hundred small releases with persons, organisations, places and events, all different.
void writeCorpus(const fs::path& dir, int count)
{
    static const char* const kCities[] = {"Екатеринбурге", "Казани", "Новосибирске", "Ташкенте", "Минске", "Москве"};
    static const char* const kPersons[] = {"Иван Петров", "Мария Соколова", "Олег Смирнов", "Анна Кузнецова"};
    static const char* const kKinds[] = {"выставка", "форум", "конференция", "сессия"};
    fs::create_directories(dir);
    for (int i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        std::ofstream out(dir / ("release-" + n + ".txt"), std::ios::binary);
        out << (1 + i % 28) << ".0" << (1 + i % 9) << ".2021\n"
            << "В " << kCities[i % 6] << " открылась " << kKinds[i % 4] << " «Пром-" << n << "»\n\n"
            << "С " << (1 + i % 20) << " по " << (3 + i % 20) << " сентября в " << kCities[i % 6] << " проходит "
            << kKinds[i % 4] << " «Пром-" << n << "». Генеральный директор компании «Завод " << n << "» "
            << kPersons[i % 4] << " рассказал о планах. В работе участвуют делегации из Узбекистана и Казахстана.\n";
    }
}

pid_t spawnIngest(const fs::path& db, const fs::path& corpus)
{
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        const std::string dbArg = db.string(), corpusArg = corpus.string();
        execl(LETOPIS_CLI, LETOPIS_CLI, "ingest", "--db", dbArg.c_str(), "--quiet", corpusArg.c_str(), nullptr);
        _exit(127);
    }
    return pid;
}

int runIngest(const fs::path& db, const fs::path& corpus)
{
    const pid_t pid = spawnIngest(db, corpus);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class Sqlite final {
public:
    explicit Sqlite(const fs::path& p)
    {
        REQUIRE(sqlite3_open_v2(p.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Sqlite() { sqlite3_close_v2(m_db); }
    std::string one(const std::string& sql)
    {
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
        std::string out;
        if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
            out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        return out;
    }
    bool exec(const std::string& sql) { return sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK; }

private:
    sqlite3* m_db = nullptr;
};

using Counts = std::map<std::string, std::string>;

Counts counts(Sqlite& db)
{
    Counts c;
    for (const char* t : {"documents", "files", "document_parts", "entities", "mentions", "person_roles", "events",
                          "event_facts", "event_links", "event_evidence", "extraction_state"})
        c[t] = db.one(std::string("SELECT count(*) FROM ") + t);
    return c;
}

// What a killed run may leave: an intact file, and only whole documents (each with its file, its
// index entry and its facts).
void checkConsistent(const fs::path& path)
{
    if (!fs::exists(path))
        return; // killed before the database was created
    Sqlite db(path);
    CHECK(db.one("PRAGMA integrity_check") == "ok");
    CHECK(db.one("PRAGMA foreign_key_check").empty());
    if (db.one("SELECT count(*) FROM sqlite_schema WHERE name = 'documents'") != "1")
        return; // killed before the schema was committed
    CHECK(db.one("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.document_id = d.id)") == "0");
    CHECK(db.one("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                 "(SELECT 1 FROM extraction_state s WHERE s.document_id = d.id)") == "0");
    // The full-text index needs Letopis's tokenizer: opened as the workbench would open it.
    auto letopis = letopis::store::Database::open(path.string());
    REQUIRE(letopis);
    CHECK(sqlite3_exec((*letopis)->handle(), "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
    auto hits = (*letopis)->search("завод", 0);
    REQUIRE(hits);
}

} // namespace

TEST_CASE("ingest killed at random moments leaves a sound database and a re-run completes it", "[kill]")
{
    TempDir dir;
    const fs::path corpus = dir.path() / "corpus";
    writeCorpus(corpus, 300);

    // The uninterrupted reference, and how long it takes (the window to kill in).
    const fs::path reference = dir.path() / "reference.db";
    const auto started = Clock::now();
    REQUIRE(runIngest(reference, corpus) == 0);
    const auto window = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
    Counts expected;
    {
        Sqlite db(reference);
        expected = counts(db);
    }
    REQUIRE(expected["documents"] == "300");

    const char* seedEnv = std::getenv("LETOPIS_KILL_SEED");
    const unsigned seed = seedEnv ? static_cast<unsigned>(std::strtoul(seedEnv, nullptr, 10)) : std::random_device{}();
    INFO("seed " << seed << " (LETOPIS_KILL_SEED repeats it); uninterrupted ingest " << window.count() << " ms");
    std::mt19937 rng(seed);
    std::uniform_int_distribution<long> when(0, window.count() * 3 / 4);

    // Rounds of kills on one database, each round finished by a run that must reach the reference,
    // until at least kKills runs died (a run may finish before its kill comes).
    constexpr int kKills = 24, kKillsPerRound = 3, kMaxRounds = 40;
    int kills = 0;
    for (int round = 0; round < kMaxRounds && kills < kKills; ++round) {
        const fs::path db = dir.path() / ("round-" + std::to_string(round) + ".db");
        for (int k = 0; k < kKillsPerRound; ++k) {
            const pid_t pid = spawnIngest(db, corpus);
            std::this_thread::sleep_for(std::chrono::milliseconds(when(rng)));
            ::kill(pid, SIGKILL);
            int status = 0;
            waitpid(pid, &status, 0);
            kills += WIFSIGNALED(status) ? 1 : 0;
            checkConsistent(db);
        }
        REQUIRE(runIngest(db, corpus) == 0);
        Sqlite finished(db);
        CHECK(finished.one("PRAGMA integrity_check") == "ok");
        CHECK(counts(finished) == expected);
    }
    CHECK(kills >= kKills);
    WARN("letopis-cli ingest survived " << kills << " kills (seed " << seed << ")");
}
