// A damaged database file: telling it from a healthy or a foreign one, and moving it aside so the
// analyst can rebuild from the corpus without losing the damaged file.
#include "letopis/store.hpp"

#include <sqlite3.h>

#include <ctime>
#include <filesystem>

namespace letopis::store {

bool isDamaged(const std::string& path)
{
    std::error_code ec;
    if (path.empty() || path == ":memory:" || !std::filesystem::is_regular_file(path, ec))
        return false;
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    bool damaged = rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt* st = nullptr;
        // quick_check reads every page once: only paid on the error path.
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(st);
        const unsigned char* text = rc == SQLITE_ROW ? sqlite3_column_text(st, 0) : nullptr;
        const int primary = rc & 0xFF;
        damaged = primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT
                  || (rc == SQLITE_ROW && (text == nullptr || std::string(reinterpret_cast<const char*>(text)) != "ok"));
        sqlite3_finalize(st);
    }
    sqlite3_close_v2(db);
    return damaged;
}

bool needsUpgrade(const std::string& path)
{
    std::error_code ec;
    if (path.empty() || path == ":memory:" || !std::filesystem::is_regular_file(path, ec))
        return false;
    sqlite3* db = nullptr;
    int version = 0;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            version = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close_v2(db);
    return version > 0 && version < kSchemaVersion;
}

Result<std::string> moveDamagedAside(const std::string& path)
{
    namespace fs = std::filesystem;
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    std::string aside = path + ".damaged-" + stamp;
    std::error_code ec;
    for (int n = 2; fs::exists(aside, ec); ++n) // two rebuilds within a second
        aside = path + ".damaged-" + stamp + "-" + std::to_string(n);
    fs::rename(path, aside, ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot move " + path + " aside to " + aside + ": " + ec.message());
    // The write-ahead log and shared memory belong to the damaged file: they go with it.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (fs::exists(path + suffix, ec))
            fs::rename(path + suffix, aside + suffix, ec);
    }
    return aside;
}

} // namespace letopis::store
