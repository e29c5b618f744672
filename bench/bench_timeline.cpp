// Timeline painting speed with many events: synthetic events (default 10,000) over 25 years in
// 300 series, some year-unknown, undated or with an inferred year, painted offscreen at several
// zoom levels and lane modes. Prints `metric value unit` lines (times per paint are averages).
//   letopis-bench-timeline [--events N] [--repeat N] [--size WxH]
#include "timeline_view.hpp"

#include <QApplication>
#include <QDate>
#include <QImage>
#include <QPainter>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

using namespace letopis;

namespace {

std::vector<store::EventRow> synthetic(int count)
{
    static const char* types[] = {"exhibition", "forum", "session", "conference", "summit", "other"};
    std::mt19937 rng(42);
    std::vector<store::EventRow> rows;
    rows.reserve(static_cast<std::size_t>(count));
    const QDate first(2000, 1, 1);
    for (int i = 0; i < count; ++i) {
        store::EventRow e;
        e.id = i + 1;
        e.type = types[rng() % 6];
        e.series = "Серия " + std::to_string(rng() % 300);
        e.name = e.series + " — событие " + std::to_string(i);
        e.city = "Москва";
        const QDate d = first.addDays(static_cast<qint64>(rng() % (25 * 365)));
        const int roll = static_cast<int>(rng() % 100);
        if (roll < 2)
            e.start = dates::Date{0, d.month(), d.day(), dates::Precision::Day, false}; // year unknown
        else if (roll < 4)
            e.start.reset(); // undated
        else if (roll < 8)
            e.start = dates::Date{d.year(), d.month(), 0, dates::Precision::Month, false};
        else
            e.start = dates::Date{d.year(), d.month(), d.day(), dates::Precision::Day, false};
        e.end = e.start;
        if (roll >= 8 && rng() % 3 == 0) {
            const QDate end = d.addDays(static_cast<qint64>(1 + rng() % 4));
            e.end = dates::Date{end.year(), end.month(), end.day(), dates::Precision::Day, false};
        }
        e.yearInferred = rng() % 10 == 0;
        rows.push_back(std::move(e));
    }
    return rows;
}

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int events = 10000, repeat = 50, width = 1600, height = 900;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--events"))
            events = std::max(0, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--repeat"))
            repeat = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--size") && std::sscanf(argv[i + 1], "%dx%d", &width, &height) == 2)
            ++i;
    }
    const auto rows = synthetic(events);
    gui::TimelineView view;
    view.resize(width, height);
    auto t0 = std::chrono::steady_clock::now();
    view.setEvents(rows);
    view.grab(); // first layout and paint
    std::printf("timeline_set_events_ms %.2f ms\n", msSince(t0));

    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    int shots = 0; // LETOPIS_BENCH_PNG_DIR=DIR saves each scene for a look
    const auto paint = [&](const char* scene) {
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < repeat; ++i) {
            QPainter p(&image);
            view.render(&p);
        }
        std::printf("timeline_paint_ms %.3f ms (%s, %d events, %dx%d)\n", msSince(start) / repeat, scene, events, width, height);
        if (const auto dir = qEnvironmentVariable("LETOPIS_BENCH_PNG_DIR"); !dir.isEmpty())
            image.save(dir + QStringLiteral("/timeline-") + QString::number(++shots) + QStringLiteral(".png"));
    };
    paint("series lanes, all years");
    view.setLaneMode(gui::TimelineView::LaneMode::Type);
    paint("type lanes, all years");
    const double mid = QDate(2012, 6, 1).toJulianDay();
    view.setVisibleRange(mid, mid + 365);
    paint("type lanes, one year");
    view.setVisibleRange(mid, mid + 14);
    paint("type lanes, two weeks");
    view.setLaneMode(gui::TimelineView::LaneMode::Series);
    view.setVisibleRange(mid, mid + 90);
    paint("series lanes, three months");
    t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < repeat; ++i) {
        view.setLaneMode(i % 2 ? gui::TimelineView::LaneMode::Series : gui::TimelineView::LaneMode::Type);
        view.grab();
    }
    std::printf("timeline_lane_switch_ms %.2f ms\n", msSince(t0) / repeat);
    return 0;
}
