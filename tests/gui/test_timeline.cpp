// The timeline widget, offscreen: hit-testing, the lanes off the axis, zoom and pan, selection
// and activation, lane modes; and a look at the bundled corpus (LETOPIS_TIMELINE_PNG=FILE saves it).
#include "timeline_view.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"
#include "letopis/store.hpp"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace letopis;
using gui::TimelineModel;
using gui::TimelineView;

namespace {

store::EventRow event(std::int64_t id, std::string type, std::string name, std::string series,
                      std::optional<dates::Date> start, std::optional<dates::Date> end = std::nullopt)
{
    store::EventRow e;
    e.id = id;
    e.type = std::move(type);
    e.name = std::move(name);
    e.series = std::move(series);
    e.start = start;
    e.end = end ? end : start;
    return e;
}

dates::Date iso(const char* text) { return *dates::parseIso(text); }

// 1-5 on the axis (2 overlaps 1; 4's year is inferred); 6 has no year; 7 no date.
std::vector<store::EventRow> sample()
{
    std::vector<store::EventRow> rows;
    rows.push_back(event(1, "exhibition", "Иннопром", "Иннопром", iso("2020-07-07"), iso("2020-07-10")));
    rows.push_back(event(2, "session", "Марафон столиц", "Иннопром", iso("2020-07-08")));
    rows.push_back(event(3, "forum", "Форум <b>регионов</b>", "Форум", iso("2021-03")));
    rows.push_back(event(4, "exhibition", "Иннопром", "Иннопром", iso("2021-07-05"), iso("2021-07-08")));
    rows.back().yearInferred = true;
    rows.push_back(event(5, "summit", "Саммит", "Саммит", iso("2022")));
    rows.push_back(event(6, "forum", "Облачные города", "Облачные города", dates::Date{0, 9, 18, dates::Precision::Day, false}));
    rows.push_back(event(7, "session", "Заводы развития", "", std::nullopt));
    return rows;
}

void wheel(TimelineView& view, QPoint pos, int delta)
{
    QWheelEvent e(pos, view.mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &e);
}

const TimelineModel::Item& item(const TimelineView& view, qint64 id)
{
    return view.model().items()[*view.model().indexOf(id)];
}

} // namespace

class TestTimeline final : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_view = std::make_unique<TimelineView>();
        m_view->resize(1000, 500);
        m_view->setEvents(sample());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void hitTestFindsTheBarAtItsCentre()
    {
        for (qint64 id = 1; id <= 7; ++id) {
            const auto rect = m_view->eventRect(id);
            QVERIFY(rect);
            QVERIFY2(m_view->rect().contains(rect->center()), qPrintable(QString::number(id)));
            QCOMPARE(m_view->eventAt(rect->center()), std::optional<qint64>(id));
        }
        // The forum's lane at the time of July 2020 is empty; so are the histogram and the labels.
        const QPoint empty(m_view->eventRect(1)->center().x(), m_view->eventRect(3)->center().y());
        QCOMPARE(m_view->eventAt(empty), std::nullopt);
        QCOMPARE(m_view->eventAt(QPoint(m_view->eventRect(3)->center().x(), 5)), std::nullopt);
        QCOMPARE(m_view->eventAt(QPoint(2, m_view->eventRect(3)->center().y())), std::nullopt);
        // Overlapping events of a series take separate rows.
        QVERIFY(item(*m_view, 1).row != item(*m_view, 2).row);
    }

    void yearlessEventsSitInMarkedLanesOffTheAxis()
    {
        const auto& model = m_view->model();
        QCOMPARE(model.axisCount(), std::size_t(5));
        QCOMPARE(item(*m_view, 6).placement, TimelineModel::Placement::YearUnknown);
        QCOMPARE(item(*m_view, 7).placement, TimelineModel::Placement::Undated);
        const int lanes = m_view->laneCount();
        QCOMPARE(item(*m_view, 6).lane, lanes - 2);
        QCOMPARE(item(*m_view, 7).lane, lanes - 1);
        QCOMPARE(m_view->laneLabel(lanes - 2), QStringLiteral("Year unknown"));
        QCOMPARE(m_view->laneLabel(lanes - 1), QStringLiteral("Undated"));
        // Below every bar, and not found by a search of the whole axis.
        for (qint64 id = 1; id <= 5; ++id)
            QVERIFY(m_view->eventRect(6)->top() > m_view->eventRect(id)->bottom());
        QVERIFY(m_view->eventRect(7)->top() > m_view->eventRect(6)->bottom());
        const auto [first, last] = model.axisRange(-1e9, 1e9);
        for (auto i = first; i < last; ++i)
            QVERIFY(model.items()[i].id != 6 && model.items()[i].id != 7);
        // A histogram month counts only the month-dated axis events: March 2021 has one.
        QCOMPARE(model.monthCounts().at(std::size_t(2021 * 12 + 2 - model.firstMonth())), 1);
    }

    void tooltipsSayWhatIsInferredOrUnknown()
    {
        QVERIFY(m_view->eventToolTip(4).contains(QStringLiteral("inferred")));
        QVERIFY(!m_view->eventToolTip(1).contains(QStringLiteral("inferred")));
        QVERIFY(m_view->eventToolTip(6).contains(QStringLiteral("year is unknown")));
        QVERIFY(m_view->eventToolTip(7).contains(QStringLiteral("no date")));
        QVERIFY(m_view->eventToolTip(3).contains(QStringLiteral("&lt;b&gt;регионов")));
        QVERIFY(item(*m_view, 4).yearInferred);
    }

    void wheelZoomsAroundTheCursorAndHomeFitsAll()
    {
        const auto [from0, to0] = m_view->visibleRange();
        const QPoint cursor(m_view->eventRect(3)->left(), m_view->eventRect(3)->center().y());
        wheel(*m_view, cursor, 240);
        const auto [from1, to1] = m_view->visibleRange();
        QVERIFY(to1 - from1 < (to0 - from0) * 0.7);
        QVERIFY(std::abs(m_view->eventRect(3)->left() - cursor.x()) <= 1);
        wheel(*m_view, cursor, -120);
        const auto [from2, to2] = m_view->visibleRange();
        QVERIFY(to2 - from2 > to1 - from1);
        QVERIFY(std::abs(m_view->eventRect(3)->left() - cursor.x()) <= 1);
        // Keyboard: + zooms in, Right pans, Home shows every event on the axis again.
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QVERIFY(m_view->visibleRange().second - m_view->visibleRange().first < to2 - from2);
        const double before = m_view->visibleRange().first;
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QVERIFY(m_view->visibleRange().first > before);
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        const auto [from, to] = m_view->visibleRange();
        QCOMPARE(from, from0);
        QCOMPARE(to, to0);
        QVERIFY(from <= item(*m_view, 1).start);
        QVERIFY(to >= item(*m_view, 5).end);
    }

    void zoomReachesDaysAndDecades()
    {
        const double x = m_view->eventRect(1)->left();
        for (int i = 0; i < 60; ++i)
            m_view->zoomAt(2, x);
        const auto [from, to] = m_view->visibleRange();
        QVERIFY(to - from <= 7);
        QVERIFY(from <= item(*m_view, 1).start && item(*m_view, 1).start < to);
        for (int i = 0; i < 60; ++i)
            m_view->zoomAt(0.5, x);
        QVERIFY(m_view->visibleRange().second - m_view->visibleRange().first >= 100 * 365);
        m_view->grab(); // paints at both extremes without trouble
    }

    void clickSelectsAndActivates()
    {
        QSignalSpy activated(m_view.get(), &TimelineView::eventActivated);
        QSignalSpy changed(m_view.get(), &TimelineView::selectionChanged);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, m_view->eventRect(3)->center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_view->selectedEvent(), std::optional<qint64>(3));
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toLongLong(), 3);
        // Empty space clears the selection and activates nothing.
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(m_view->eventRect(1)->center().x(), m_view->eventRect(3)->center().y()));
        QCOMPARE(activated.count(), 2);
        QCOMPARE(m_view->selectedEvent(), std::nullopt);
        QCOMPARE(changed.count(), 2);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, m_view->eventRect(6)->center());
        QCOMPARE(activated.last().at(0).toLongLong(), 6);
    }

    void dragPans()
    {
        const double before = m_view->visibleRange().first;
        const QPoint a = m_view->eventRect(1)->center();
        QTest::mousePress(m_view.get(), Qt::LeftButton, {}, a);
        QMouseEvent move(QEvent::MouseMove, QPointF(a + QPoint(100, 0)), m_view->mapToGlobal(QPointF(a + QPoint(100, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view.get(), &move);
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, a + QPoint(100, 0));
        QVERIFY(m_view->visibleRange().first < before);
        QCOMPARE(m_view->selectedEvent(), std::nullopt); // a drag is not a click
    }

    void setSelectedEventScrollsItIntoView()
    {
        QSignalSpy changed(m_view.get(), &TimelineView::selectionChanged);
        QSignalSpy activated(m_view.get(), &TimelineView::eventActivated);
        const double x = m_view->eventRect(1)->left();
        for (int i = 0; i < 10; ++i)
            m_view->zoomAt(2, x);
        m_view->setSelectedEvent(5);
        QCOMPARE(m_view->selectedEvent(), std::optional<qint64>(5));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(activated.count(), 0);
        const auto [from, to] = m_view->visibleRange();
        QVERIFY(from <= item(*m_view, 5).start && item(*m_view, 5).end <= to);
        m_view->setSelectedEvent(std::nullopt);
        QCOMPARE(changed.count(), 2);
    }

    void laneModeSwitchChangesLanes()
    {
        QCOMPARE(m_view->laneMode(), TimelineView::LaneMode::Series);
        QCOMPARE(m_view->laneCount(), 5); // Иннопром, Форум, Саммит, year unknown, undated
        m_view->setLaneMode(TimelineView::LaneMode::Type);
        QCOMPARE(m_view->laneCount(), 6); // exhibition, forum, session, summit, year unknown, undated
        QCOMPARE(m_view->laneLabel(0), QStringLiteral("Exhibition"));
        QCOMPARE(item(*m_view, 2).lane, 2);
        QCOMPARE(m_view->eventAt(m_view->eventRect(2)->center()), std::optional<qint64>(2));
        m_view->setLaneMode(TimelineView::LaneMode::Series);
        QCOMPARE(m_view->laneCount(), 5);
    }

    void emptyListShowsTheMessage()
    {
        m_view->setSelectedEvent(1);
        QSignalSpy changed(m_view.get(), &TimelineView::selectionChanged);
        m_view->setEvents({});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_view->laneCount(), 0);
        QCOMPARE(m_view->eventAt(QPoint(500, 250)), std::nullopt);
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(!m_view->grab().isNull());
    }

    void corpusTimeline()
    {
        auto resources = extract::Resources::load();
        QVERIFY(resources.ok());
        auto extractor = extract::Extractor::create(*resources);
        QVERIFY(extractor.ok());
        auto db = store::Database::open(":memory:");
        QVERIFY(db.ok());
        ingest::Params params;
        params.paths = {LETOPIS_CORPUS};
        params.extractor = extractor->get();
        const auto report = ingest::run(**db, params);
        QVERIFY(report.ok());
        QVERIFY(report->failures.empty());
        auto events = (*db)->events({});
        QVERIFY(events.ok());
        QVERIFY(!events->empty());
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        TimelineView view;
        view.resize(1100, 560);
        view.setEvents(*events);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto& model = view.model();
        QCOMPARE(model.items().size(), events->size());
        std::size_t yearless = 0;
        for (const auto& row : *events)
            yearless += !row.start || !row.start->yearKnown();
        QCOMPARE(model.items().size() - model.axisCount(), yearless);
        for (const auto& row : *events)
            QCOMPARE(view.eventAt(view.eventRect(row.id)->center()), std::optional<qint64>(row.id));
        if (const auto path = qEnvironmentVariable("LETOPIS_TIMELINE_PNG"); !path.isEmpty()) {
            view.setSelectedEvent(events->front().id);
            QVERIFY(view.grab().save(path));
            const auto variant = [&](const char* suffix) {
                return QString(path).replace(QStringLiteral(".png"), QLatin1String(suffix) + QStringLiteral(".png"));
            };
            view.setLaneMode(TimelineView::LaneMode::Type);
            QVERIFY(view.grab().save(variant("-types")));
            view.setVisibleRange(QDate(2024, 4, 12).toJulianDay(), QDate(2024, 5, 3).toJulianDay());
            QVERIFY(view.grab().save(variant("-days")));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
            view.setPalette(dark);
            view.fitAll();
            QVERIFY(view.grab().save(variant("-dark")));
        }
        QLocale::setDefault(saved);
    }

private:
    std::unique_ptr<TimelineView> m_view;
};

QTEST_MAIN(TestTimeline)
#include "test_timeline.moc"
