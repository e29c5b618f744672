#include "filter_panel.hpp"

#include "facet_model.hpp"
#include "labels.hpp"

#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace letopis::gui {

namespace {

const QDate kNoDate(1900, 1, 1); // the date edits' minimum stands for "any"

std::optional<dates::Date> dateOf(const QDateEdit* e)
{
    const QDate d = e->date();
    if (d <= kNoDate)
        return std::nullopt;
    return dates::makeDate(d.year(), d.month(), d.day());
}

QDateEdit* makeDateEdit(QWidget* parent)
{
    auto* e = new QDateEdit(parent);
    e->setCalendarPopup(true);
    e->setMinimumDate(kNoDate);
    e->setSpecialValueText(FilterPanel::tr("any"));
    e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    e->setDate(kNoDate);
    return e;
}

} // namespace

FilterPanel::FilterPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("filterQuery"));
    m_query->setPlaceholderText(tr("Text in any word form…"));
    m_query->setClearButtonEnabled(true);
    m_query->setToolTip(tr("Keeps events whose documents contain these words in any form: "
                           "«выставка» finds «выставке». Quotes make a phrase, a trailing * a prefix."));
    m_queryTimer = new QTimer(this);
    m_queryTimer->setSingleShot(true);
    m_queryTimer->setInterval(300);
    connect(m_query, &QLineEdit::textEdited, m_queryTimer, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_queryTimer->stop();
        changed();
    });
    connect(m_queryTimer, &QTimer::timeout, this, &FilterPanel::changed);
    // The clear button of the line edit changes the text without an edit signal.
    connect(m_query, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty() && !m_quiet)
            changed();
    });

    m_from = makeDateEdit(this);
    m_to = makeDateEdit(this);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    connect(m_from, &QDateEdit::dateChanged, this, &FilterPanel::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterPanel::changed);
    auto* form = new QFormLayout;
    form->addRow(tr("Text:"), m_query);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    layout->addLayout(form);

    auto* facets = new QSplitter(Qt::Vertical, this);
    facets->setChildrenCollapsible(false);
    facets->addWidget(makeFacet(Facet::Types, tr("Event types"), false));
    facets->addWidget(makeFacet(Facet::Countries, tr("Countries"), true));
    facets->addWidget(makeFacet(Facet::Organizations, tr("Organisations"), true));
    facets->addWidget(makeFacet(Facet::Persons, tr("Persons"), true));
    layout->addWidget(facets, 1);

    auto* bottom = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setToolTip(tr("Show every event again (Ctrl+Shift+X)"));
    m_clear->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    connect(m_clear, &QPushButton::clicked, this, &FilterPanel::clearFilters);
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_clear);
    layout->addLayout(bottom);
    updateClearButton();
}

QWidget* FilterPanel::makeFacet(Facet f, const QString& title, bool searchable)
{
    FacetModel::Labeler labeler;
    switch (f) {
    case Facet::Types:
        labeler = [](const store::FacetValue& v) { return eventTypeLabel(v.key); };
        break;
    case Facet::Countries:
        labeler = [](const store::FacetValue& v) { return countryLabel(v.key); };
        break;
    default:
        labeler = [](const store::FacetValue& v) { return QString::fromStdString(v.label); };
    }
    const auto i = static_cast<int>(f);
    m_models[i] = new FacetModel(std::move(labeler), this);
    connect(m_models[i], &FacetModel::checksChanged, this, &FilterPanel::changed);

    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(heading);

    auto* proxy = new QSortFilterProxyModel(box);
    proxy->setSourceModel(m_models[i]);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(FacetModel::Name);
    if (searchable) {
        auto* search = new QLineEdit(box);
        search->setPlaceholderText(tr("Find…"));
        search->setClearButtonEnabled(true);
        connect(search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
        layout->addWidget(search);
    }
    auto* view = new QTreeView(box);
    view->setObjectName(QStringLiteral("facet%1").arg(i));
    view->setModel(proxy);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(FacetModel::Name, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(FacetModel::Events, QHeaderView::ResizeToContents);
    view->header()->hide();
    m_views[i] = view;
    layout->addWidget(view, 1);
    return box;
}

FacetModel* FilterPanel::model(Facet f) const { return m_models[static_cast<int>(f)]; }
QTreeView* FilterPanel::view(Facet f) const { return m_views[static_cast<int>(f)]; }

store::EventFilter FilterPanel::filter() const
{
    store::EventFilter f;
    f.types = model(Facet::Types)->checkedKeys();
    f.countries = model(Facet::Countries)->checkedKeys();
    f.organizations = model(Facet::Organizations)->checkedKeys();
    f.persons = model(Facet::Persons)->checkedKeys();
    f.from = dateOf(m_from);
    f.to = dateOf(m_to);
    f.text = m_query->text().trimmed().toStdString();
    return f;
}

void FilterPanel::setFilter(const store::EventFilter& f)
{
    m_quiet = true;
    model(Facet::Types)->setCheckedKeys(f.types);
    model(Facet::Countries)->setCheckedKeys(f.countries);
    model(Facet::Organizations)->setCheckedKeys(f.organizations);
    model(Facet::Persons)->setCheckedKeys(f.persons);
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(f.from && f.from->yearKnown() ? QDate(f.from->year, std::max(1, f.from->month), std::max(1, f.from->day)) : kNoDate);
    m_to->setDate(f.to && f.to->yearKnown() ? QDate(f.to->year, std::max(1, f.to->month), std::max(1, f.to->day)) : kNoDate);
    m_query->setText(QString::fromStdString(f.text));
    m_quiet = false;
    updateClearButton();
}

void FilterPanel::setFacets(const store::Facets& facets)
{
    model(Facet::Types)->setValues(facets.types);
    model(Facet::Countries)->setValues(facets.countries);
    model(Facet::Organizations)->setValues(facets.organizations);
    model(Facet::Persons)->setValues(facets.persons);
    m_summary->setText(tr("%n event(s)", nullptr, static_cast<int>(facets.events)));
}

QString FilterPanel::describe() const
{
    const auto f = filter();
    QStringList parts;
    auto add = [&](Facet facet, const QString& name) {
        QStringList labels;
        for (const auto& key : model(facet)->checkedKeys())
            labels << model(facet)->labelOf(key);
        if (!labels.isEmpty())
            parts << name + QStringLiteral(": ") + labels.join(QStringLiteral(" | "));
    };
    add(Facet::Types, tr("type"));
    add(Facet::Countries, tr("country"));
    add(Facet::Organizations, tr("organisation"));
    add(Facet::Persons, tr("person"));
    if (f.from)
        parts << tr("from %1").arg(m_from->date().toString(QStringLiteral("dd.MM.yyyy")));
    if (f.to)
        parts << tr("to %1").arg(m_to->date().toString(QStringLiteral("dd.MM.yyyy")));
    if (!f.text.empty())
        parts << tr("text: «%1»").arg(m_query->text().trimmed());
    return parts.join(QStringLiteral("; "));
}

void FilterPanel::clearFilters()
{
    setFilter({});
    changed();
}

void FilterPanel::changed()
{
    if (m_quiet)
        return;
    updateClearButton();
    emit filterChanged();
}

void FilterPanel::updateClearButton() { m_clear->setEnabled(!filter().empty()); }

} // namespace letopis::gui
