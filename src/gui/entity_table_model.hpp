#pragma once
// The entities of one kind as a table. Persons: name, roles, organisations, documents, events,
// first seen, last seen. Organisations and countries: name (a country: its Russian name and ISO
// code), documents, mentions, events, first seen, last seen. Sort through SortRole (numbers as
// numbers, dates as ISO keys with year-less and undated last); filter through FilterRole.
#include "letopis/facts.hpp"

#include <QAbstractTableModel>

#include <vector>

namespace letopis::gui {

class EntityTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Person, Organization, Country };
    // What a column shows; which of them a kind has, and where, is columnOf().
    enum Column { Name, Roles, Organizations, Documents, Mentions, Events, FirstSeen, LastSeen };
    enum Role {
        SortRole = Qt::UserRole + 1, // qlonglong for counts, a date key (QString) for dates, text otherwise
        FilterRole,                  // (any column) name, key, roles and organisations, lower case, ё as е
        KindRole,                    // "person", "organization", "country": as the store names kinds
        KeyRole,                     // the entity's key in the store
        EntityIdRole,                // qlonglong
    };

    explicit EntityTableModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // The store's name for a kind ("person", "organization", "country").
    static QString kindName(Kind kind);
    // The text FilterRole holds for s: lower case, ё folded to е. Fold a typed filter the same way.
    static QString foldForFilter(const QString& s);

    // Replaces the rows (rows of other kinds are dropped). GUI thread only.
    void setEntities(std::vector<store::EntityRow> rows);
    const store::EntityRow* entityAt(int row) const;
    // The section showing a column for this kind, or -1 when the kind has no such column.
    int columnOf(Column column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString nameText(const store::EntityRow& e) const;
    QVariant display(const store::EntityRow& e, Column column) const;
    QVariant sortKey(const store::EntityRow& e, Column column) const;
    QString filterText(const store::EntityRow& e) const;

    Kind m_kind;
    std::vector<Column> m_columns;
    std::vector<store::EntityRow> m_rows;
};

} // namespace letopis::gui
