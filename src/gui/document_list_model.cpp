#include "document_list_model.hpp"

#include <QFileInfo>
#include <QFont>
#include <QLocale>

namespace letopis::gui {

DocumentListModel::DocumentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void DocumentListModel::setDocuments(std::vector<store::DocumentRecord> docs)
{
    beginResetModel();
    m_docs = std::move(docs);
    endResetModel();
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
