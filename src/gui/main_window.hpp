#pragma once
// The workbench window. Filters on the left; the timeline and the tables (events, entities,
// documents) in the centre; on the right the details of what is selected: an event, an entity, or
// a document at its evidence sentence. Every view follows the filter panel.
#include "letopis/store.hpp"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QSortFilterProxyModel;
class QUndoStack;

namespace letopis::gui {

class DocumentListModel;
class EventDetails;
class EventTableModel;
class FilterPanel;
class ReaderView;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // The window owns the database; File → Open database… replaces it.
    explicit MainWindow(std::unique_ptr<store::Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Runs the filter again over the database and updates every view (GUI thread).
    void refresh();
    // Opens another database; on failure the current one stays and the reason is shown.
    bool openDatabase(const QString& path);

    store::Database& database() { return *m_db; }
    FilterPanel* filterPanel() const { return m_filters; }
    QTableView* eventTable() const { return m_eventTable; }
    EventTableModel* eventModel() const { return m_events; }
    QTableView* documentTable() const { return m_docTable; }
    EventDetails* eventDetails() const { return m_details; }
    ReaderView* reader() const { return m_reader; }
    QTabWidget* detailTabs() const { return m_detailTabs; }
    QLabel* statusLabel() const { return m_status; }
    // Milliseconds the last refresh took (queries and models), for the status bar and benchmarks.
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }
    // Gives the database back (the window is about to close); the window must not be used after.
    std::unique_ptr<store::Database> takeDatabase() { return std::move(m_db); }
    void saveLayout() const;

signals:
    // The analyst chose an interface language ("ru", "en", or empty for the system's).
    void languageRequested(const QString& language);

public slots:
    void selectEvent(qint64 id);
    void openDocument(qint64 documentId, int startCp = -1, int endCp = -1);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildViews();
    void buildMenus();
    void selectDocumentRow();
    void restoreLayout();
    void showError(const QString& message);
    void exportView(bool json);

    std::unique_ptr<store::Database> m_db;
    FilterPanel* m_filters = nullptr;
    EventTableModel* m_events = nullptr;
    QSortFilterProxyModel* m_eventProxy = nullptr;
    QTableView* m_eventTable = nullptr;
    DocumentListModel* m_docs = nullptr;
    QSortFilterProxyModel* m_docProxy = nullptr;
    QTableView* m_docTable = nullptr;
    EventDetails* m_details = nullptr;
    ReaderView* m_reader = nullptr;
    QTabWidget* m_centreTabs = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    QSplitter* m_centre = nullptr;
    QLabel* m_status = nullptr;
    std::vector<store::EventRow> m_allEvents; // for parents and children; refreshed when data change
    qint64 m_lastRefreshMs = 0;
};

} // namespace letopis::gui
