#include "entity_view.hpp"

#include "letopis/store.hpp"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace letopis::gui {

namespace {

// Long text columns are cut at a readable width; the tooltip and the entity page show the rest.
constexpr int kMaxTextColumnWidth = 260;

} // namespace

EntityView::EntityView(store::Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, role or organisation"));
    m_filter->setClearButtonEnabled(true);
    m_tabs = new QTabWidget(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    for (Kind k : {Kind::Person, Kind::Organization, Kind::Country})
        addTab(k);
    connect(m_filter, &QLineEdit::textChanged, this, &EntityView::applyFilter);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EntityView::loadVisible);
}

void EntityView::addTab(Kind kind)
{
    Tab t{kind, new EntityTableModel(kind, this), new QSortFilterProxyModel(this), new QTableView(m_tabs)};
    t.proxy->setSourceModel(t.model);
    t.proxy->setSortRole(EntityTableModel::SortRole);
    t.proxy->setSortLocaleAware(true);
    t.proxy->setFilterRole(EntityTableModel::FilterRole);
    t.proxy->setFilterKeyColumn(0); // FilterRole holds every searchable field of the row
    t.table->setModel(t.proxy);
    t.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.table->setSelectionMode(QAbstractItemView::SingleSelection);
    t.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t.table->setAlternatingRowColors(true);
    t.table->setWordWrap(false);
    t.table->setTextElideMode(Qt::ElideRight);
    t.table->verticalHeader()->hide();
    t.table->verticalHeader()->setDefaultSectionSize(t.table->fontMetrics().height() + 8);
    t.table->horizontalHeader()->setHighlightSections(false);
    t.table->setSortingEnabled(true);
    // Most documented first: what the analyst most likely looks for.
    t.table->sortByColumn(t.model->columnOf(EntityTableModel::Documents), Qt::DescendingOrder);
    connect(t.table, &QAbstractItemView::activated, this, [this, model = t.model, proxy = t.proxy](const QModelIndex& index) {
        const QModelIndex source = proxy->mapToSource(index);
        if (const auto* e = model->entityAt(source.row()))
            emit entityActivated(EntityTableModel::kindName(model->kind()), QString::fromStdString(e->key));
    });
    m_tabs->addTab(t.table, kindTitle(kind));
    m_tabList.push_back(t);
}

const EntityView::Tab& EntityView::tab(Kind kind) const
{
    return *std::find_if(m_tabList.begin(), m_tabList.end(), [kind](const Tab& t) { return t.kind == kind; });
}

QTableView* EntityView::table(Kind kind) const { return tab(kind).table; }
EntityTableModel* EntityView::model(Kind kind) const { return tab(kind).model; }
QSortFilterProxyModel* EntityView::proxy(Kind kind) const { return tab(kind).proxy; }

void EntityView::showKind(Kind kind) { m_tabs->setCurrentWidget(tab(kind).table); }

QString EntityView::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Person: return tr("Persons");
    case Kind::Organization: return tr("Organisations");
    case Kind::Country: return tr("Countries");
    }
    return {};
}

QString EntityView::statusText() const { return m_status->isHidden() ? QString() : m_status->text(); }

void EntityView::reload()
{
    for (Tab& t : m_tabList)
        load(t);
}

void EntityView::invalidate()
{
    for (Tab& t : m_tabList)
        t.stale = true;
    loadVisible();
    updateTitles();
}

void EntityView::loadVisible()
{
    if (!isVisible())
        return;
    for (Tab& t : m_tabList) {
        if (t.stale && m_tabs->currentWidget() == t.table)
            load(t);
    }
}

void EntityView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadVisible();
}

void EntityView::load(Tab& t)
{
    t.stale = false;
    // The table shows role titles only; a role's evidence is on the entity's page.
    auto rows = m_db.entities(EntityTableModel::kindName(t.kind).toStdString(), m_eventFilter,
                              store::Database::RoleEvidence::Skip);
    if (!rows) {
        t.model->setEntities({});
        m_status->setText(tr("Cannot read the entities: %1").arg(QString::fromStdString(rows.error().message)));
        m_status->show();
        updateTitles();
        return;
    }
    // A filtered table is counted in the filtered events' documents, at most the newest 2,000
    // (Database::entities): say so, since the counts are then of those documents only.
    if (m_eventFilter.empty()) {
        m_status->hide();
    } else {
        m_status->setText(tr("Counted in the documents of the filtered events (the newest 2,000 when there are more)."));
        m_status->show();
    }
    const bool first = t.model->rowCount() == 0;
    t.model->setEntities(std::move(rows).value());
    if (first && t.model->rowCount() > 0) {
        t.table->resizeColumnsToContents();
        for (int c = 0; c < t.model->columnCount(); ++c)
            t.table->setColumnWidth(c, std::min(t.table->columnWidth(c) + 12, kMaxTextColumnWidth));
    }
    updateTitles();
}

void EntityView::applyFilter()
{
    const QString folded = EntityTableModel::foldForFilter(m_filter->text().trimmed());
    for (const Tab& t : m_tabList)
        t.proxy->setFilterFixedString(folded);
    updateTitles();
}

void EntityView::updateTitles()
{
    const bool filtered = !m_filter->text().trimmed().isEmpty();
    for (int i = 0; i < static_cast<int>(m_tabList.size()); ++i) {
        const Tab& t = m_tabList[static_cast<std::size_t>(i)];
        if (t.stale) {
            m_tabs->setTabText(i, kindTitle(t.kind)); // counted when shown
            continue;
        }
        const int shown = t.proxy->rowCount(), all = t.model->rowCount();
        const QString count = filtered ? QStringLiteral("%1/%2").arg(shown).arg(all) : QString::number(all);
        m_tabs->setTabText(i, QStringLiteral("%1 (%2)").arg(kindTitle(t.kind), count));
    }
}

} // namespace letopis::gui
