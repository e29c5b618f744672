#include "commands.hpp"
#include "common.hpp"
#include "facts_json.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"

#include <filesystem>
#include <iostream>

namespace letopis::cli {

int extractCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, {"format", "encoding"}, {});
    if (!args.ok())
        return usageError("extract", args.error());
    if (args.positionals().empty())
        return usageError("extract", "name at least one file or folder");
    const std::string format = args.value("format").value_or("jsonl");
    if (format != "jsonl" && format != "json")
        return usageError("extract", "unknown --format " + format + " (use jsonl or json)");

    auto resources = extract::Resources::load();
    if (!resources) {
        std::cerr << "letopis-cli extract: " << resources.error().message << '\n';
        return kExitFatal;
    }
    auto extractor = extract::Extractor::create(*resources);
    if (!extractor) {
        std::cerr << "letopis-cli extract: " << extractor.error().message << '\n';
        return kExitFatal;
    }
    // Files as given, in order; folders expanded to their *.txt files, sorted.
    std::vector<std::string> files;
    std::vector<ingest::FileFailure> failures;
    for (const auto& p : args.positionals()) {
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) {
            for (auto& f : ingest::collectFiles({p}, failures))
                files.push_back(std::move(f));
        } else {
            files.push_back(p);
        }
    }
    auto all = nlohmann::json::array();
    for (const auto& file : files) {
        auto rec = ingest::readFile(file, args.value("encoding"));
        if (!rec) {
            failures.push_back({file, rec.error().message});
            continue;
        }
        auto facts = (*extractor)->extract(rec->doc);
        auto j = factsJson(file, rec->doc, facts);
        if (format == "jsonl")
            std::cout << j.dump() << '\n';
        else
            all.push_back(std::move(j));
    }
    if (format == "json")
        std::cout << all.dump(2) << '\n';
    for (const auto& f : failures)
        std::cerr << "failed: " << f.reason << '\n';
    return failures.empty() ? kExitOk : kExitSomeFailed;
}

} // namespace letopis::cli
