#include "document_list_model.hpp"

#include <QFileInfo>
#include <QFont>
#include <QLocale>

namespace letopis::gui {

DocumentListModel::DocumentListModel(QObject* parent) : QAbstractTableModel(parent) {}

namespace {
constexpr int kPage = 256; // rows per fetch: a few screens
} // namespace

void DocumentListModel::setDocuments(std::vector<store::DocumentRecord> docs)
{
    beginResetModel();
    m_db = nullptr;
    m_docs = std::move(docs);
    m_total = static_cast<std::int64_t>(m_docs.size());
    endResetModel();
}

Status DocumentListModel::setSource(store::Database& db, const std::string& query)
{
    if (m_db == &db && m_query == query)
        return Ok{};
    auto total = db.documentPageCount(query);
    auto first = total ? db.documentPage(query, 0, kPage) : Result<std::vector<store::DocumentRecord>>(total.error());
    if (!first) {
        setDocuments({});
        return first.error();
    }
    beginResetModel();
    m_db = &db;
    m_query = query;
    m_total = *total;
    m_docs = std::move(first).value();
    endResetModel();
    return Ok{};
}

bool DocumentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_db && static_cast<std::int64_t>(m_docs.size()) < m_total;
}

void DocumentListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_db->documentPage(m_query, static_cast<std::int64_t>(m_docs.size()), kPage);
    if (!page || page->empty()) {
        m_total = static_cast<std::int64_t>(m_docs.size()); // the database changed under us: stop here
        return;
    }
    const int first = static_cast<int>(m_docs.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    for (auto& d : *page)
        m_docs.push_back(std::move(d));
    endInsertRows();
}

const store::DocumentRecord* DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_docs.size()) ? &m_docs[static_cast<std::size_t>(row)] : nullptr;
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_docs.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    const auto* d = index.isValid() ? documentAt(index.row()) : nullptr;
    if (!d)
        return {};
    if (role == DocumentIdRole)
        return QVariant::fromValue<qlonglong>(d->id);
    if (role == Qt::ToolTipRole && index.column() == File)
        return QString::fromStdString(d->path);
    // An untitled document is labelled by the start of its text, set apart in italics.
    if (role == Qt::FontRole && index.column() == Title && d->doc.title.empty()) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Published:
        return d->doc.published ? QString::fromStdString(d->doc.published->iso()) + (d->doc.published->yearInferred ? QStringLiteral("*") : QString())
                                : tr("unknown");
    case Source: return QString::fromStdString(d->doc.source);
    case Title:
        if (!d->doc.title.empty())
            return QString::fromStdString(d->doc.title);
        return d->excerpt.empty() ? tr("(untitled)") : QString::fromStdString(d->excerpt).simplified() + QStringLiteral("…");
    case File: return QFileInfo(QString::fromStdString(d->path)).fileName();
    default: return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Published: return tr("Published");
    case Source: return tr("Source");
    case Title: return tr("Title");
    case File: return tr("File");
    default: return {};
    }
}

} // namespace letopis::gui
