#include "entity_table_model.hpp"

#include "date_text.hpp"
#include "labels.hpp"

#include <QStringList>

namespace letopis::gui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString dateOrDash(const std::optional<dates::Date>& d) { return d ? dateText(*d) : QStringLiteral("—"); }

} // namespace

EntityTableModel::EntityTableModel(Kind kind, QObject* parent) : QAbstractTableModel(parent), m_kind(kind)
{
    if (kind == Kind::Person)
        m_columns = {Name, Roles, Organizations, Documents, Events, FirstSeen, LastSeen};
    else
        m_columns = {Name, Documents, Mentions, Events, FirstSeen, LastSeen};
}

QString EntityTableModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Person: return QStringLiteral("person");
    case Kind::Organization: return QStringLiteral("organization");
    case Kind::Country: return QStringLiteral("country");
    }
    return {};
}

QString EntityTableModel::foldForFilter(const QString& s)
{
    QString out = s.toLower();
    out.replace(QChar(0x0451), QChar(0x0435)); // ё → е: the press writes both
    return out;
}

void EntityTableModel::setEntities(std::vector<store::EntityRow> rows)
{
    const std::string kind = kindName(m_kind).toStdString();
    std::erase_if(rows, [&](const store::EntityRow& r) { return r.kind != kind; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const store::EntityRow* EntityTableModel::entityAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int EntityTableModel::columnOf(Column column) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i] == column)
            return static_cast<int>(i);
    }
    return -1;
}

int EntityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString EntityTableModel::nameText(const store::EntityRow& e) const
{
    if (m_kind != Kind::Country)
        return qs(e.name);
    // The gazetteer's Russian name when it knows the code; else the name as printed.
    const QString label = countryLabel(e.key);
    return label != qs(e.key) ? label : qs(e.name) + QStringLiteral(" (") + qs(e.key) + QStringLiteral(")");
}

QVariant EntityTableModel::display(const store::EntityRow& e, Column column) const
{
    switch (column) {
    case Name: return e.corrected ? nameText(e) + tr(" (corrected)") : nameText(e);
    case Roles: {
        QStringList titles;
        for (const auto& r : e.roles)
            titles << qs(r.title);
        titles.removeDuplicates();
        return titles.join(QStringLiteral("; "));
    }
    case Organizations: {
        QStringList orgs;
        for (const auto& o : e.organizations)
            orgs << qs(o);
        return orgs.join(QStringLiteral("; "));
    }
    case Documents: return static_cast<qlonglong>(e.documents);
    case Mentions: return static_cast<qlonglong>(e.mentions);
    case Events: return static_cast<qlonglong>(e.events);
    case FirstSeen: return dateOrDash(e.firstSeen);
    case LastSeen: return dateOrDash(e.lastSeen);
    }
    return {};
}

QVariant EntityTableModel::sortKey(const store::EntityRow& e, Column column) const
{
    switch (column) {
    case Documents:
    case Mentions:
    case Events: return display(e, column);
    case FirstSeen: return dateSortKey(e.firstSeen);
    case LastSeen: return dateSortKey(e.lastSeen);
    default: return display(e, column).toString().toLower();
    }
}

QString EntityTableModel::filterText(const store::EntityRow& e) const
{
    QStringList parts{nameText(e), qs(e.key)};
    for (const auto& r : e.roles)
        parts << qs(r.title);
    for (const auto& o : e.organizations)
        parts << qs(o);
    return foldForFilter(parts.join(QLatin1Char('\n')));
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    const auto* e = index.isValid() && index.column() < columnCount() ? entityAt(index.row()) : nullptr;
    if (!e)
        return {};
    const Column column = m_columns[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole: return display(*e, column);
    case SortRole: return sortKey(*e, column);
    case FilterRole: return filterText(*e);
    case KindRole: return qs(e->kind);
    case KeyRole: return qs(e->key);
    case EntityIdRole: return static_cast<qlonglong>(e->id);
    case Qt::TextAlignmentRole:
        if (column == Documents || column == Mentions || column == Events)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == Roles && !e->roles.empty()) {
            QStringList lines;
            for (const auto& r : e->roles)
                lines << (r.organization.empty() ? qs(r.title) : qs(r.title) + QStringLiteral(" — ") + qs(r.organization));
            return lines.join(QLatin1Char('\n'));
        }
        if (column == Name)
            return e->corrected ? tr("Corrected by hand. Double-click or press Enter to open the entity's page")
                                : tr("Double-click or press Enter to open the entity's page");
        return {};
    default: return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    switch (m_columns[static_cast<std::size_t>(section)]) {
    case Name: return tr("Name");
    case Roles: return tr("Roles");
    case Organizations: return tr("Organisations");
    case Documents: return tr("Documents");
    case Mentions: return tr("Mentions");
    case Events: return tr("Events");
    case FirstSeen: return tr("First seen");
    case LastSeen: return tr("Last seen");
    }
    return {};
}

} // namespace letopis::gui
