#pragma once
// The filter panel: a full-text query with Russian word forms, a date range, and facets (event
// types, countries, organisations, persons) with event counts. AND across facets, OR within one.
// The panel only holds the choice; the window runs the queries and feeds the counts back.
#include "letopis/facts.hpp"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace letopis::gui {

class FacetModel;

class FilterPanel final : public QWidget {
    Q_OBJECT
public:
    enum class Facet { Types, Countries, Organizations, Persons };

    explicit FilterPanel(QWidget* parent = nullptr);

    store::EventFilter filter() const;
    // Restores a saved filter without emitting filterChanged.
    void setFilter(const store::EventFilter& filter);
    // New counts for the current filter; checked values are kept.
    void setFacets(const store::Facets& facets);
    // A human line for the filters in force ("Страна: Узбекистан (UZ); тип: выставка"), empty when none.
    QString describe() const;

    FacetModel* model(Facet f) const;
    QTreeView* view(Facet f) const;
    QLineEdit* queryEdit() const { return m_query; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QPushButton* clearButton() const { return m_clear; }

public slots:
    void clearFilters();

signals:
    void filterChanged();

private:
    QWidget* makeFacet(Facet f, const QString& title, bool searchable);
    void changed();
    void updateClearButton();

    FacetModel* m_models[4] = {};
    QTreeView* m_views[4] = {};
    QLineEdit* m_query = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_queryTimer = nullptr;
    bool m_quiet = false;
};

} // namespace letopis::gui
