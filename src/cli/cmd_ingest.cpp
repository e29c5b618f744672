#include "commands.hpp"
#include "common.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"
#include "letopis/paths.hpp"
#include "letopis/text.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace letopis::cli {

namespace {

void drawProgress(const ingest::Progress& p)
{
    constexpr std::size_t kBar = 30;
    const std::size_t filled = p.total ? p.done * kBar / p.total : kBar;
    std::u32string name = text::toU32(p.currentPath);
    if (name.size() > 40)
        name = U"…" + name.substr(name.size() - 39);
    std::cerr << "\r[" << std::string(filled, '#') << std::string(kBar - filled, ' ') << "] " << p.done << '/'
              << p.total << ' ' << text::toUtf8(name) << "\x1b[K" << std::flush;
}

// --rebuild: keeps a damaged database as FILE.damaged-YYYYMMDD-HHMMSS so a new one can be built.
int moveDamagedAside(const Args& args)
{
    const std::string path = args.value("db").value_or(defaultDatabasePath());
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return kExitOk; // nothing to keep: the ingest builds it
    if (!store::isDamaged(path))
        return usageError("ingest", "--rebuild is for a damaged database, and " + path
                                        + " is not damaged (to start afresh, move it away yourself)");
    auto aside = store::moveDamagedAside(path);
    if (!aside) {
        std::cerr << "letopis-cli ingest: " << aside.error().message << '\n';
        return kExitFatal;
    }
    std::cerr << "letopis-cli ingest: the damaged database is kept as " << *aside << "; rebuilding " << path << '\n';
    return kExitOk;
}

} // namespace

int ingestCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, {"db", "encoding", "format", "threads"}, {"quiet", "rebuild"});
    if (!args.ok())
        return usageError("ingest", args.error());
    if (args.positionals().empty())
        return usageError("ingest", "name at least one file or folder");
    const auto format = formatOf(args);
    if (!format)
        return kExitUsage;
    if (args.flag("rebuild")) {
        if (const int rc = moveDamagedAside(args); rc != kExitOk)
            return rc;
    }
    auto db = openDatabase(args);
    if (!db)
        return kExitFatal;

    auto resources = extract::Resources::load();
    if (!resources) {
        std::cerr << "letopis-cli ingest: " << resources.error().message << '\n';
        return kExitFatal;
    }
    auto extractor = extract::Extractor::create(*resources);
    if (!extractor) {
        std::cerr << "letopis-cli ingest: " << extractor.error().message << '\n';
        return kExitFatal;
    }
    ingest::Params params;
    params.extractor = extractor->get();
    if (const auto threads = args.value("threads")) {
        char* end = nullptr;
        const long n = std::strtol(threads->c_str(), &end, 10);
        if (threads->empty() || *end || n < 0 || n > 256)
            return usageError("ingest", "--threads takes a number from 0 (one per core) to 256");
        params.threads = static_cast<unsigned>(n);
    } else {
        params.threads = 0; // one per hardware thread
    }
    params.makeExtractor = [res = *resources]() -> std::unique_ptr<extract::Extractor> {
        auto made = extract::Extractor::create(res);
        return made ? std::move(*made) : nullptr;
    };
    params.paths = args.positionals();
    params.encoding = args.value("encoding");
    const bool tty = isatty(STDERR_FILENO) && !args.flag("quiet");
    if (tty)
        params.progress = drawProgress;
    auto report = ingest::run(*db, params);
    if (tty)
        std::cerr << "\r\x1b[K";
    if (!report) {
        std::cerr << "letopis-cli ingest: " << report.error().message << '\n';
        return kExitFatal;
    }
    for (const auto& f : report->failures)
        std::cerr << "failed: " << f.path << ": " << f.reason << '\n';
    const auto& r = *report;
    if (*format == Format::Json) {
        auto failures = nlohmann::json::array();
        for (const auto& f : r.failures)
            failures.push_back({{"path", f.path}, {"reason", f.reason}});
        std::cout << nlohmann::json{{"database", db->path()}, {"read", r.read}, {"new", r.added},
                                    {"replaced", r.replaced}, {"unchanged", r.unchanged},
                                    {"duplicates", r.duplicates}, {"extracted", r.extracted}, {"failed", r.failures.size()},
                                    {"failures", failures}, {"seconds", r.seconds}}
                         .dump(2)
                  << '\n';
    } else {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.2f", r.seconds);
        std::cout << "read " << r.read << ", new " << r.added << ", replaced " << r.replaced << ", unchanged "
                  << r.unchanged << ", duplicates " << r.duplicates << ", extracted " << r.extracted << ", failed " << r.failures.size() << " in "
                  << seconds << " s (" << db->path() << ")\n";
    }
    return r.failures.empty() ? kExitOk : kExitSomeFailed;
}

} // namespace letopis::cli
