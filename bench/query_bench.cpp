// Query latency on a populated database: the calls the workbench makes on a filter change.
// Filter values are the most frequent ones in the database (its own facets), so every query
// has work to do. Prints `metric value unit` lines: p50 and p95 over --repeat runs.
//   letopis-bench-query DB [--repeat N] [--only TEXT]   (--only: the metrics whose name holds TEXT)
#include "letopis/store.hpp"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

using namespace letopis;

namespace {

void report(const std::string& name, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    std::printf("%s_p50 %.2f ms\n%s_p95 %.2f ms\n", name.c_str(), at(0.5), name.c_str(), at(0.95));
    std::fflush(stdout);
}

// CPU time of this process: on a shared machine the wall clock also counts waiting for a core.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

std::string g_only; // --only: measure just the metrics whose name holds this

// Times fn `repeat` times after one warm-up run; fn returns false on failure.
void measure(const std::string& name, int repeat, const std::function<bool(int)>& fn)
{
    if (name.find(g_only) == std::string::npos)
        return;
    if (!fn(0)) {
        std::printf("%s_failed 1 flag\n", name.c_str());
        return;
    }
    std::vector<double> ms, cpu;
    for (int i = 0; i < repeat; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const double c0 = cpuMs();
        fn(i);
        cpu.push_back(cpuMs() - c0);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    report(name, std::move(ms));
    report(name + "_cpu", std::move(cpu));
}

std::vector<std::string> top(const std::vector<store::FacetValue>& values, std::size_t n)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < values.size() && out.size() < n; ++i)
        out.push_back(values[i].key);
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    std::string path;
    int repeat = 20;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--only") && i + 1 < argc)
            g_only = argv[++i];
        else
            path = argv[i];
    }
    auto db = store::Database::open(path);
    if (path.empty() || !db) {
        std::cerr << "usage: letopis-bench-query DB [--repeat N] [--only TEXT]\n";
        return 2;
    }
    store::Database& d = **db;
    std::printf("query_documents %lld docs\n", static_cast<long long>(d.documentCount()));
    auto all = d.facets({});
    if (!all) {
        std::cerr << all.error().message << '\n';
        return 3;
    }
    std::printf("query_events %zu events\n", all->events);
    // Several values per facet, cycled, so the p95 is not one cached answer.
    const auto countries = top(all->countries, 5), orgs = top(all->organizations, 5), persons = top(all->persons, 5);
    auto pick = [](const std::vector<std::string>& v, int i) { return v.empty() ? std::string("XX") : v[std::size_t(i) % v.size()]; };
    // What the workbench lists for a filter: the events with their sources counted (the sources
    // themselves are read for one event when it is selected: query_event_page).
    auto events = [&](const store::EventFilter& f) { return static_cast<bool>(d.events(f, store::EventSources::Count)); };
    auto filtered = [&](const std::string& name, auto make) {
        measure("query_filter_" + name, repeat, [&](int i) { return events(make(i)); });
        measure("query_facets_" + name, repeat, [&](int i) { return static_cast<bool>(d.facets(make(i))); });
    };
    filtered("country", [&](int i) { store::EventFilter f; f.countries = {pick(countries, i)}; return f; });
    filtered("organization", [&](int i) { store::EventFilter f; f.organizations = {pick(orgs, i)}; return f; });
    filtered("person", [&](int i) { store::EventFilter f; f.persons = {pick(persons, i)}; return f; });
    filtered("date_range", [&](int i) {
        store::EventFilter f;
        const int year = 2005 + i % 18;
        f.from = dates::Date{year, 1, 1, dates::Precision::Day, false};
        f.to = dates::Date{year, 6, 30, dates::Precision::Day, false};
        return f;
    });
    const std::vector<std::string> queries{"выставка", "форум Москва", "\"международный форум\"", "промышлен*", "Иннопром"};
    measure("query_fulltext", repeat, [&](int i) { return static_cast<bool>(d.search(queries[std::size_t(i) % queries.size()], 50)); });
    filtered("fulltext", [&](int i) { store::EventFilter f; f.text = queries[std::size_t(i) % queries.size()]; return f; });
    // The timeline with no filter: every event, consolidated (what it paints on opening).
    measure("query_timeline_all_events", std::max(1, repeat / 4), [&](int) { return events({}); });
    // One event with every source and sentence, the busiest ones first (the event details).
    std::vector<std::int64_t> busiest;
    if (auto listed = d.events({}, store::EventSources::Count)) {
        std::sort(listed->begin(), listed->end(), [](const auto& a, const auto& b) { return a.sourceCount > b.sourceCount; });
        for (std::size_t i = 0; i < listed->size() && i < 20; ++i)
            busiest.push_back((*listed)[i].id);
    }
    if (!busiest.empty())
        measure("query_event_page", repeat, [&](int i) { return static_cast<bool>(d.event(busiest[std::size_t(i) % busiest.size()])); });
    // The entity tables as the workbench reads them (role titles, no evidence), and as the
    // command line's JSON does (each role's sentence too).
    const auto skip = store::Database::RoleEvidence::Skip;
    measure("query_entities_all", std::max(1, repeat / 4), [&](int) { return static_cast<bool>(d.entities("", {}, skip)); });
    measure("query_entities_all_with_evidence", std::max(1, repeat / 4), [&](int) { return static_cast<bool>(d.entities("")); });
    measure("query_entities_country_filter", std::max(1, repeat / 4), [&](int i) {
        store::EventFilter f;
        f.countries = {pick(countries, i)};
        return static_cast<bool>(d.entities("", f, skip));
    });
    measure("query_documents_list", std::max(1, repeat / 4), [&](int) { return static_cast<bool>(d.documents()); });
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("query_peak_rss %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
