#include "common.hpp"

#include "letopis/paths.hpp"

#include <filesystem>
#include <iostream>

namespace letopis::cli {

namespace {
std::string g_databasePath; // the database this run opened (or tried to), for offerRebuild
} // namespace

bool offerRebuild()
{
    static bool offered = false;
    if (offered || g_databasePath.empty() || !store::isDamaged(g_databasePath))
        return offered;
    offered = true;
    std::cerr << "letopis-cli: the database " << g_databasePath << " is damaged. To rebuild it from your corpus, keeping "
              << "the damaged file as " << g_databasePath << ".damaged-YYYYMMDD-HHMMSS, run:\n  letopis-cli ingest --rebuild --db '"
              << g_databasePath << "' FOLDER...\n(corrections made in the damaged database are not carried over)\n";
    return true;
}

std::unique_ptr<store::Database> openDatabase(const Args& args)
{
    const std::string path = args.value("db").value_or(defaultDatabasePath());
    g_databasePath = path;
    if (path != ":memory:") {
        std::error_code ec;
        const auto parent = std::filesystem::path(path).parent_path();
        if (!parent.empty())
            std::filesystem::create_directories(parent, ec);
    }
    auto db = store::Database::open(path);
    if (!db) {
        std::cerr << "letopis-cli: " << db.error().message << '\n';
        if (db.error().code == ErrorCode::Database)
            offerRebuild();
        return nullptr;
    }
    return std::move(db).value();
}

std::optional<Format> formatOf(const Args& args)
{
    const auto f = args.value("format").value_or("table");
    if (f == "table")
        return Format::Table;
    if (f == "json")
        return Format::Json;
    std::cerr << "letopis-cli: unknown --format " << f << " (use table or json)\n";
    return std::nullopt;
}

int usageError(const char* command, const std::string& message)
{
    std::cerr << "letopis-cli " << command << ": " << message << "\nTry 'letopis-cli --help'.\n";
    return kExitUsage;
}

} // namespace letopis::cli
