#include "event_table_model.hpp"

#include "date_text.hpp"
#include "labels.hpp"

#include <QStringList>

namespace letopis::gui {

namespace {

QString joined(const std::vector<std::string>& values)
{
    QStringList out;
    for (const auto& v : values)
        out << QString::fromStdString(v);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString placeText(const store::EventRow& e)
{
    QStringList parts;
    if (!e.city.empty())
        parts << QString::fromStdString(e.city);
    if (!e.country.empty())
        parts << countryLabel(e.country);
    if (!e.venue.empty())
        parts << QString::fromStdString(e.venue);
    return parts.join(QStringLiteral(", "));
}

EventTableModel::EventTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void EventTableModel::setEvents(std::vector<store::EventRow> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

const store::EventRow* EventTableModel::eventById(std::int64_t id) const
{
    const auto row = rowOf(id);
    return row ? &m_events[static_cast<std::size_t>(*row)] : nullptr;
}

std::optional<int> EventTableModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        if (m_events[i].id == id)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventTableModel::display(const store::EventRow& e, int column) const
{
    switch (column) {
    case Dates: return dateRangeText(e.start, e.end, e.yearInferred);
    case Name: return QString(QString::fromStdString(e.name) + (e.corrected ? tr(" (corrected)") : QString()));
    case Type: return eventTypeLabel(e.type);
    case Place: return placeText(e);
    case Countries: return joined(e.countries);
    case Speakers: return joined(e.speakers);
    case Sources: return static_cast<qulonglong>(e.documentCount);
    default: return {};
    }
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& e = m_events[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && e.corrected)
            return tr("Corrected by hand");
        if (index.column() == Sources)
            return QString(tr("Reported by %n document(s)", nullptr, static_cast<int>(e.documentCount)) + QStringLiteral(", ")
                           + tr("%n sentence(s) of evidence", nullptr, static_cast<int>(e.sourceCount)));
        return display(e, index.column());
    case EventIdRole:
        return static_cast<qlonglong>(e.id);
    case SortRole:
        if (index.column() == Dates)
            return dateSortKey(e.start);
        if (index.column() == Sources)
            return static_cast<qulonglong>(e.documentCount);
        return display(e, index.column());
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Dates: return tr("Dates");
    case Name: return tr("Event");
    case Type: return tr("Type");
    case Place: return tr("Place");
    case Countries: return tr("Countries");
    case Speakers: return tr("Speakers");
    case Sources: return tr("Documents");
    default: return {};
    }
}

} // namespace letopis::gui
