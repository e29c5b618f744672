#include "facet_model.hpp"

#include <algorithm>

namespace letopis::gui {

FacetModel::FacetModel(Labeler labeler, QObject* parent) : QAbstractTableModel(parent), m_labeler(std::move(labeler)) {}

void FacetModel::setValues(std::vector<store::FacetValue> values)
{
    beginResetModel();
    m_rows.clear();
    std::set<std::string> listed;
    for (auto& v : values) {
        listed.insert(v.key);
        QString label = m_labeler(v);
        m_rows.push_back({std::move(v), std::move(label)});
    }
    for (const auto& key : m_checked) {
        if (!listed.count(key)) {
            store::FacetValue v{key, key, 0};
            QString label = m_labeler(v);
            m_rows.push_back({std::move(v), std::move(label)});
        }
    }
    // Checked first, then by count, then by name: the analyst's choices stay at the top.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row& a, const Row& b) {
        const bool ca = m_checked.count(a.value.key) > 0, cb = m_checked.count(b.value.key) > 0;
        if (ca != cb)
            return ca;
        if (a.value.events != b.value.events)
            return a.value.events > b.value.events;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    endResetModel();
}

std::vector<std::string> FacetModel::checkedKeys() const { return {m_checked.begin(), m_checked.end()}; }

void FacetModel::setCheckedKeys(const std::vector<std::string>& keys)
{
    m_checked = {keys.begin(), keys.end()};
    if (!m_rows.empty())
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::CheckStateRole});
}

void FacetModel::clearChecks() { setCheckedKeys({}); }

QString FacetModel::labelOf(const std::string& key) const
{
    for (const auto& r : m_rows) {
        if (r.value.key == key)
            return r.label;
    }
    return QString::fromStdString(key);
}

int FacetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FacetModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FacetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? QVariant(r.label) : QVariant(static_cast<qulonglong>(r.value.events));
    case Qt::ToolTipRole:
        return tr("%1: %n event(s)", nullptr, static_cast<int>(r.value.events)).arg(r.label);
    case Qt::CheckStateRole:
        if (index.column() == Name)
            return m_checked.count(r.value.key) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Events)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return QString::fromStdString(r.value.key);
    case CountRole:
        return static_cast<qulonglong>(r.value.events);
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Name ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto& key = m_rows[static_cast<std::size_t>(index.row())].value.key;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(key);
    else
        m_checked.erase(key);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checksChanged();
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    auto f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == Name ? f | Qt::ItemIsUserCheckable : f;
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Value") : tr("Events");
}

} // namespace letopis::gui
