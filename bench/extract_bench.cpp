// Extraction speed over a folder of Russian news (NEREL train by default): documents per second
// on one core, model and resource load time, peak memory. Prints `metric value unit` lines.
//   letopis-bench-extract [DIR] [--repeat N]
// extract_docs_per_second is wall clock; extract_docs_per_cpu_second counts only the CPU time of
// the extracting thread (the figure to compare on a loaded machine).
#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"

#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    using clock = std::chrono::steady_clock;
    std::string dir = "../shared/data/nerel/train";
    int repeat = 1;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else
            dir = argv[i];
    }
    std::vector<letopis::ingest::FileFailure> failures;
    const auto files = letopis::ingest::collectFiles({dir}, failures);
    std::vector<letopis::ParsedDocument> docs;
    std::size_t bytes = 0;
    for (const auto& f : files) {
        auto rec = letopis::ingest::readFile(f, std::nullopt);
        if (rec) {
            bytes += rec->doc.text.size();
            docs.push_back(std::move(rec->doc));
        }
    }
    if (docs.empty()) {
        std::cerr << "letopis-bench-extract: no documents in " << dir << '\n';
        return 2;
    }
    const auto t0 = clock::now();
    auto resources = letopis::extract::Resources::load();
    if (!resources) {
        std::cerr << resources.error().message << '\n';
        return 3;
    }
    auto extractor = letopis::extract::Extractor::create(*resources);
    if (!extractor) {
        std::cerr << extractor.error().message << '\n';
        return 3;
    }
    const double loadSeconds = std::chrono::duration<double>(clock::now() - t0).count();
    std::size_t mentions = 0;
    // CPU time of this thread as well: on a shared machine the wall clock also counts the time
    // other processes had the core.
    const auto cpuNow = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
    };
    const double cpu0 = cpuNow();
    const auto t1 = clock::now();
    for (int r = 0; r < repeat; ++r) {
        for (const auto& d : docs)
            mentions += (*extractor)->extract(d).mentions.size();
    }
    const double seconds = std::chrono::duration<double>(clock::now() - t1).count();
    const double cpuSeconds = cpuNow() - cpu0;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double n = static_cast<double>(docs.size()) * repeat;
    std::printf("extract_documents %zu docs\n", docs.size() * static_cast<std::size_t>(repeat));
    std::printf("extract_docs_per_second %.0f docs/s\n", n / seconds);
    std::printf("extract_docs_per_cpu_second %.0f docs/s\n", n / cpuSeconds);
    std::printf("extract_mb_per_second %.2f MB/s\n", static_cast<double>(bytes) * repeat / seconds / 1e6);
    std::printf("extract_mentions_per_doc %.1f mentions\n", static_cast<double>(mentions) / n);
    std::printf("resources_load_seconds %.3f s\n", loadSeconds);
    std::printf("peak_rss %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
