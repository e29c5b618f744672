#pragma once
// The entities the store knows, as three sortable tables in tabs (Persons, Organisations,
// Countries) under one filter box. The filter narrows every tab to rows whose name, key, roles or
// organisations contain the typed text (case-insensitive, ё = е); the tab titles count what is
// shown. Activating a row (double-click or Enter) emits entityActivated. Errors from the store
// are shown in place.
#include "entity_table_model.hpp"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace letopis::store { class Database; }

namespace letopis::gui {

class EntityView final : public QWidget {
    Q_OBJECT
public:
    using Kind = EntityTableModel::Kind;

    // The view does not own the database; it must outlive the view. Call reload() to fill it.
    explicit EntityView(store::Database& db, QWidget* parent = nullptr);

    // Reads the entities of every kind again (after an ingest or an override), keeping the filter
    // and the sort.
    void reload();
    // Marks the tables out of date and reads only the one in view, if the view is shown: an entity
    // table aggregates every mention of the filtered documents, far too costly to compute for
    // tables nobody looks at. The others are read when they come into view.
    void invalidate();
    // Limits the tables to what the source documents of the events that pass filter mention
    // (an empty filter: everything); takes effect at the next reload().
    void setEventFilter(const store::EventFilter& filter) { m_eventFilter = filter; }

    QLineEdit* filterBox() const { return m_filter; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* table(Kind kind) const;
    EntityTableModel* model(Kind kind) const;
    QSortFilterProxyModel* proxy(Kind kind) const;
    // The line under the tables (an error, or how a filtered table was counted); empty when hidden.
    QString statusText() const;
    // Shows a kind's tab.
    void showKind(Kind kind);

signals:
    // kind: "person", "organization" or "country"; key: the entity's key in the store
    // (Database::entity(kind, key) reads it).
    void entityActivated(const QString& kind, const QString& key);

private:
    struct Tab {
        Kind kind;
        EntityTableModel* model = nullptr;
        QSortFilterProxyModel* proxy = nullptr;
        QTableView* table = nullptr;
        bool stale = true; // not read since the filter or the data changed
    };
    const Tab& tab(Kind kind) const;
    void addTab(Kind kind);
    void load(Tab& t);
    void loadVisible();
    void showEvent(QShowEvent* event) override;
    void applyFilter();
    void updateTitles();
    static QString kindTitle(Kind kind);

    store::Database& m_db;
    store::EventFilter m_eventFilter;
    QLineEdit* m_filter = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_status = nullptr;
    std::vector<Tab> m_tabList;
};

} // namespace letopis::gui
