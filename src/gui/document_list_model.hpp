#pragma once
// The documents of a database as a table: published date, source, title, file.
#include "date_text.hpp"

#include "letopis/store.hpp"

#include <QAbstractTableModel>

#include <string>
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
    // Lists the documents of db that match query (all when empty), a page at a time as the view
    // scrolls (fetchMore), so a large archive is not read to paint a screen. Nothing is read again
    // when db and query are those already shown, unless forget() was called (the data changed).
    Status setSource(store::Database& db, const std::string& query);
    void forget() { m_db = nullptr; }
    // Documents in all (also those not fetched yet).
    std::int64_t totalCount() const { return m_total; }
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    const store::DocumentRecord* documentAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<store::DocumentRecord> m_docs;
    store::Database* m_db = nullptr; // paging source; null: the rows are all there
    std::string m_query;
    std::int64_t m_total = 0;
};

} // namespace letopis::gui
