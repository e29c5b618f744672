#pragma once
// The workbench window: the document list with a search box, and a reader pane.
#include "letopis/store.hpp"

#include <QMainWindow>

class QLineEdit;
class QLabel;
class QSplitter;
class QTableView;
class QSortFilterProxyModel;

namespace letopis::gui {

class DocumentListModel;
class ReaderView;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // The window does not own the database; it must outlive the window.
    explicit MainWindow(store::Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Reloads the document list from the database, applying the current search.
    void reload();
    QTableView* documentTable() const { return m_table; }
    ReaderView* reader() const { return m_reader; }
    QLineEdit* searchBox() const { return m_search; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showSelected();
    void restoreLayout();

    store::Database& m_db;
    DocumentListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    ReaderView* m_reader = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_status = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace letopis::gui
