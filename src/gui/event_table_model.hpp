#pragma once
// The events that pass the filters, as a table: dates, name, type, place, countries, speakers,
// sources. Sorting uses SortRole (ISO dates, numbers as numbers).
#include "letopis/facts.hpp"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace letopis::gui {

class EventTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Dates, Name, Type, Place, Countries, Speakers, Sources, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SortRole };

    explicit EventTableModel(QObject* parent = nullptr);

    // Replaces the rows. GUI thread only.
    void setEvents(std::vector<store::EventRow> events);
    const std::vector<store::EventRow>& events() const { return m_events; }
    const store::EventRow* eventById(std::int64_t id) const;
    std::optional<int> rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const store::EventRow& e, int column) const;

    std::vector<store::EventRow> m_events;
};

// "Екатеринбург, Россия (RU), Екатеринбург-Экспо"-like place line of an event.
QString placeText(const store::EventRow& e);

} // namespace letopis::gui
