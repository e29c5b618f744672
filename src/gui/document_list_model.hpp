#pragma once
// The documents of a database as a table: published date, source, title, file.
#include "date_text.hpp"

#include "letopis/store.hpp"

#include <QAbstractTableModel>

#include <vector>

namespace letopis::gui {

class DocumentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Published, Source, Title, File, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };

    explicit DocumentListModel(QObject* parent = nullptr);

    // Replaces the rows. Call on the GUI thread.
    void setDocuments(std::vector<store::DocumentRecord> docs);
    const store::DocumentRecord* documentAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<store::DocumentRecord> m_docs;
};

} // namespace letopis::gui
