#include "screenshots.hpp"

#include "entity_page.hpp"
#include "entity_table_model.hpp"
#include "entity_view.hpp"
#include "event_correction_dialog.hpp"
#include "event_table_model.hpp"
#include "facet_model.hpp"
#include "filter_panel.hpp"
#include "import_dialog.hpp"
#include "main_window.hpp"
#include "reader_view.hpp"
#include "timeline_view.hpp"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

#include <algorithm>

namespace letopis::gui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// The busiest event: most documents, then most speakers.
const store::EventRow* busiest(const std::vector<store::EventRow>& events)
{
    auto it = std::max_element(events.begin(), events.end(), [](const auto& a, const auto& b) {
        return std::pair(a.documentCount, a.speakers.size()) < std::pair(b.documentCount, b.speakers.size());
    });
    return it == events.end() ? nullptr : &*it;
}

} // namespace

Result<QStringList> saveScreenshots(MainWindow& w, const QString& dir)
{
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, "cannot create the folder " + dir.toStdString());
    QStringList written;
    auto shoot = [&](const QString& name, QWidget* widget) -> Status {
        settle();
        const QString path = QDir(dir).filePath(name);
        if (!widget->grab().save(path))
            return makeError(ErrorCode::Io, "cannot write " + path.toStdString());
        written << path;
        return Ok{};
    };

    // The pictures show facts of this version: wait for outdated documents to be extracted again.
    settle(); // the window's queued start-up work, which starts that extraction, runs first
    QElapsedTimer waited;
    waited.start();
    while (w.importRunning() && waited.elapsed() < 10 * 60 * 1000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    settle();
    w.filterPanel()->clearFilters();
    if (const auto* e = busiest(w.eventModel()->events()))
        w.selectEvent(e->id);
    if (auto st = shoot(QStringLiteral("workbench.png"), &w); !st)
        return st.error();

    // A country filter: the most frequent country after the first (the first is usually the
    // country the press writes from, and filtering by it changes little).
    auto* countries = w.filterPanel()->model(FilterPanel::Facet::Countries);
    if (countries->rowCount() > 1) {
        countries->setData(countries->index(1, FacetModel::Name), Qt::Checked, Qt::CheckStateRole);
        if (const auto* e = busiest(w.eventModel()->events()))
            w.selectEvent(e->id);
        if (auto st = shoot(QStringLiteral("filtered-by-country.png"), &w); !st)
            return st.error();
        const auto* e = busiest(w.eventModel()->events());
        const auto full = e ? w.database().event(e->id) : Result<std::optional<store::EventRow>>(std::nullopt);
        if (full && *full && !(*full)->sources.empty()) {
            const auto& s = (*full)->sources.back();
            w.openDocument(s.documentId, static_cast<int>(s.sentence.start), static_cast<int>(s.sentence.end));
            if (auto st = shoot(QStringLiteral("reader-evidence.png"), &w); !st)
                return st.error();
        }
        w.filterPanel()->clearFilters();
    }

    w.centreTabs()->setCurrentWidget(w.entityView());
    auto* persons = w.entityView()->table(EntityTableModel::Kind::Person);
    if (persons->model()->rowCount() > 0) {
        persons->selectRow(0);
        const auto index = persons->model()->index(0, 0);
        emit persons->activated(index);
    }
    if (auto st = shoot(QStringLiteral("entities.png"), &w); !st)
        return st.error();
    // The dialog that corrects an event's dates and type, over the busiest event.
    if (const auto* e = busiest(w.eventModel()->events())) {
        EventCorrectionDialog dialog(*e, &w);
        dialog.show();
        if (auto st = shoot(QStringLiteral("correct-event.png"), &dialog); !st)
            return st.error();
        dialog.close();
    }
    // Importing again the folder the first document came from: nothing new, the summary shows.
    if (auto docs = w.database().documents(); docs && !docs->empty()) {
        ImportDialog dialog(&w);
        if (dialog.start(QFileInfo(QString::fromStdString(docs->front().path)).absolutePath(),
                         QString::fromStdString(w.database().path()))) {
            dialog.show();
            QElapsedTimer timer;
            timer.start();
            while (dialog.isRunning() && timer.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            if (auto st = shoot(QStringLiteral("import.png"), &dialog); !st)
                return st.error();
        }
    }
    return written;
}

} // namespace letopis::gui
