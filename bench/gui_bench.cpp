// The workbench on a populated database, offscreen: time from opening the database to the first
// painted window, and from a filter change to the updated timeline (the refresh the filter
// panel triggers, then a repaint of the timeline). Prints `metric value unit` lines.
//   QT_QPA_PLATFORM=offscreen letopis-bench-gui DB [--repeat N]
#include "filter_panel.hpp"
#include "main_window.hpp"
#include "timeline_view.hpp"

#include <QApplication>
#include <QImage>
#include <QSettings>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace letopis;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void percentiles(const char* name, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    std::printf("%s_p50 %.1f ms\n%s_p95 %.1f ms\n", name, at(0.5), name, at(0.95));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("letopis-bench")); // not the analyst's settings
    QSettings().clear();
    std::string path;
    int repeat = 10;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else
            path = argv[i];
    }
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = cpuMs();
    auto db = store::Database::open(path);
    if (path.empty() || !db) {
        std::fprintf(stderr, "usage: letopis-bench-gui DB [--repeat N]\n");
        return 2;
    }
    gui::MainWindow window(std::move(db).value());
    window.resize(1400, 900);
    window.show();
    QImage frame(window.size(), QImage::Format_ARGB32_Premultiplied);
    window.render(&frame); // paints every visible widget, as the first expose would
    std::printf("gui_first_paint %.1f ms\n", msSince(t0));
    std::printf("gui_first_paint_cpu %.1f ms\n", cpuMs() - c0);
    std::printf("gui_first_refresh %lld ms\n", static_cast<long long>(window.lastRefreshMs()));

    auto facets = window.database().facets({});
    if (!facets) {
        std::fprintf(stderr, "%s\n", facets.error().message.c_str());
        return 3;
    }
    std::vector<std::string> countries;
    for (std::size_t i = 0; i < facets->countries.size() && countries.size() < 5; ++i)
        countries.push_back(facets->countries[i].key);
    countries.push_back({}); // and back to no filter
    std::vector<double> update, updateCpu;
    QImage timeline(window.timeline()->size(), QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < repeat; ++i) {
        store::EventFilter f;
        if (const auto& c = countries[std::size_t(i) % countries.size()]; !c.empty())
            f.countries = {c};
        const auto t1 = std::chrono::steady_clock::now();
        const double c1 = cpuMs();
        window.filterPanel()->setFilter(f); // quiet: the panel emits only for the analyst's changes
        window.refresh();                   // what filterChanged runs
        window.timeline()->render(&timeline);
        update.push_back(msSince(t1));
        updateCpu.push_back(cpuMs() - c1);
    }
    percentiles("gui_filter_to_timeline", update);
    percentiles("gui_filter_to_timeline_cpu", updateCpu);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("gui_peak_rss %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
