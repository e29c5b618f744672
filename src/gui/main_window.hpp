#pragma once
// The workbench window. Filters on the left; the timeline and the tables (events, entities,
// documents) in the centre; on the right the details of what is selected: an event, an entity, or
// a document at its evidence sentence. Every view follows the filter panel.
#include "letopis/store.hpp"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QSortFilterProxyModel;
class QUndoStack;

namespace letopis::gui {

class Corrections;
class DocumentListModel;
class ImportDialog;
class EntityPage;
class EntityView;
class EventDetails;
class EventTableModel;
class FilterPanel;
class ReaderView;
class TimelineView;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // The window owns the database.
    explicit MainWindow(std::unique_ptr<store::Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Runs the filter again over the database and updates every view (GUI thread).
    void refresh();
    // Shows a message where the analyst looks (the status bar), marked as a problem.
    void showError(const QString& message);

    store::Database& database() { return *m_db; }
    FilterPanel* filterPanel() const { return m_filters; }
    QTableView* eventTable() const { return m_eventTable; }
    EventTableModel* eventModel() const { return m_events; }
    QTableView* documentTable() const { return m_docTable; }
    EventDetails* eventDetails() const { return m_details; }
    ReaderView* reader() const { return m_reader; }
    EntityView* entityView() const { return m_entities; }
    TimelineView* timeline() const { return m_timeline; }
    EntityPage* entityPage() const { return m_entityPage; }
    QTabWidget* detailTabs() const { return m_detailTabs; }
    QTabWidget* centreTabs() const { return m_centreTabs; }
    QLabel* statusLabel() const { return m_status; }
    // Milliseconds the last refresh took (queries and models), for the status bar and benchmarks.
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }
    // Gives the database back (the window is about to close); the window must not be used after.
    std::unique_ptr<store::Database> takeDatabase() { return std::move(m_db); }
    void saveLayout() const;
    // Writes a PDF report of the events that pass the current filter.
    Status exportReport(const QString& path);
    Corrections* corrections() const { return m_corrections; }
    // True while an import or the extraction of outdated documents runs on its worker.
    bool importRunning() const;

signals:
    // The analyst chose an interface language ("ru", "en", or empty for the system's).
    void languageRequested(const QString& language);
    // The analyst chose another database file (File → Open database…).
    void databaseRequested(const QString& path);

public slots:
    void selectEvent(qint64 id);
    // Reads everything again after the data changed (an import, a correction).
    void reloadData();
    // File → Import folder…: asks for a folder and imports it on a worker thread.
    void importFolder();
    // Extracts again, on a worker with the import panel (shown once there are any), the stored
    // documents whose facts an older version of Letopis extracted (after an upgrade). Runs once
    // when the window opens.
    void updateOutdatedFacts();
    void openDocument(qint64 documentId, int startCp = -1, int endCp = -1);
    // kind: person, organization, country, place; a name or a key.
    void showEntity(const QString& kind, const QString& nameOrKey);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildViews();
    void buildMenus();
    void buildEditMenu();
    void updateCorrectionActions();
    std::optional<store::EventRow> shownEvent() const;
    std::optional<store::EntityRow> shownEntity() const;
    void selectDocumentRow();
    void restoreLayout();
    void exportView(bool json);

    std::unique_ptr<store::Database> m_db;
    FilterPanel* m_filters = nullptr;
    EventTableModel* m_events = nullptr;
    QSortFilterProxyModel* m_eventProxy = nullptr;
    QTableView* m_eventTable = nullptr;
    DocumentListModel* m_docs = nullptr;
    QSortFilterProxyModel* m_docProxy = nullptr;
    QTableView* m_docTable = nullptr;
    TimelineView* m_timeline = nullptr;
    EventDetails* m_details = nullptr;
    EntityView* m_entities = nullptr;
    EntityPage* m_entityPage = nullptr;
    ReaderView* m_reader = nullptr;
    QTabWidget* m_centreTabs = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    QSplitter* m_centre = nullptr;
    QLabel* m_status = nullptr;
    Corrections* m_corrections = nullptr;
    ImportDialog* importDialog(); // made on first use
    ImportDialog* m_import = nullptr;
    std::vector<QAction*> m_correctionActions;
    std::vector<store::EventRow> m_allEvents; // for parents and children; refreshed when data change
    qint64 m_lastRefreshMs = 0;
};

} // namespace letopis::gui
