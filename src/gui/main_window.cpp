#include "main_window.hpp"

#include "corrections.hpp"
#include "document_list_model.hpp"
#include "import_dialog.hpp"
#include "entity_page.hpp"
#include "entity_view.hpp"
#include "event_details.hpp"
#include "event_table_model.hpp"
#include "filter_panel.hpp"
#include "filter_settings.hpp"
#include "reader_view.hpp"
#include "timeline_view.hpp"
#include "report_pdf.hpp"

#include "letopis/export.hpp"
#include "letopis/report.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <unordered_set>

namespace letopis::gui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setSortingEnabled(true);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<store::Database> db, QWidget* parent) : QMainWindow(parent), m_db(std::move(db))
{
    m_corrections = new Corrections(*m_db, this);
    connect(m_corrections, &Corrections::dataChanged, this, &MainWindow::reloadData);
    connect(m_corrections, &Corrections::failed, this, &MainWindow::showError);
    buildViews();
    buildMenus();
    restoreLayout();
    m_filters->setFilter(loadFilter(QSettings()));
    refresh();
    // After the first paint: the window shows what is stored while outdated facts are renewed.
    QTimer::singleShot(0, this, &MainWindow::updateOutdatedFacts);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildViews()
{
    setWindowTitle(tr("Letopis — %1").arg(QString::fromStdString(m_db->path())));
    setDockNestingEnabled(true);

    m_filters = new FilterPanel(this);
    auto* filterDock = new QDockWidget(tr("Filters"), this);
    filterDock->setObjectName(QStringLiteral("filterDock"));
    filterDock->setWidget(m_filters);
    addDockWidget(Qt::LeftDockWidgetArea, filterDock);
    connect(m_filters, &FilterPanel::filterChanged, this, &MainWindow::refresh);

    m_events = new EventTableModel(this);
    m_eventProxy = new QSortFilterProxyModel(this);
    m_eventProxy->setSourceModel(m_events);
    m_eventProxy->setSortRole(EventTableModel::SortRole);
    m_eventTable = makeTable(m_eventProxy, this);
    m_eventTable->setObjectName(QStringLiteral("eventTable"));
    m_eventTable->sortByColumn(EventTableModel::Dates, Qt::AscendingOrder);
    auto* header = m_eventTable->horizontalHeader();
    // The name takes what is left; the long cells (dates with notes, lists) show whole in tooltips.
    const int em = m_eventTable->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c : {int(EventTableModel::Dates), int(EventTableModel::Place), int(EventTableModel::Countries), int(EventTableModel::Speakers)})
        header->resizeSection(c, 9 * em);
    header->setSectionResizeMode(EventTableModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(EventTableModel::Type, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventTableModel::Sources, QHeaderView::ResizeToContents);
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            selectEvent(m_eventProxy->data(current, EventTableModel::EventIdRole).toLongLong());
    });

    m_docs = new DocumentListModel(this);
    m_docProxy = new QSortFilterProxyModel(this);
    m_docProxy->setSourceModel(m_docs);
    m_docTable = makeTable(m_docProxy, this);
    m_docTable->setObjectName(QStringLiteral("documentTable"));
    m_docTable->sortByColumn(DocumentListModel::Published, Qt::AscendingOrder);
    m_docTable->horizontalHeader()->setSectionResizeMode(DocumentListModel::Title, QHeaderView::Stretch);
    connect(m_docTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::selectDocumentRow);

    m_centreTabs = new QTabWidget(this);
    m_centreTabs->setObjectName(QStringLiteral("centreTabs"));
    m_entities = new EntityView(*m_db, this);
    m_entities->setObjectName(QStringLiteral("entityView"));
    m_centreTabs->addTab(m_eventTable, tr("&Events"));
    m_centreTabs->addTab(m_entities, tr("&Persons, organisations, countries"));
    m_centreTabs->addTab(m_docTable, tr("&Documents"));

    m_centre = new QSplitter(Qt::Vertical, this);
    m_centre->setObjectName(QStringLiteral("centreSplitter"));
    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    connect(m_timeline, &TimelineView::eventActivated, this, &MainWindow::selectEvent);
    m_centre->addWidget(m_timeline);
    m_centre->addWidget(m_centreTabs);
    m_centre->setStretchFactor(0, 3);
    m_centre->setStretchFactor(1, 2);
    setCentralWidget(m_centre);

    m_details = new EventDetails(this);
    m_reader = new ReaderView(this);
    m_detailTabs = new QTabWidget(this);
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_entityPage = new EntityPage(*m_db, this);
    m_detailTabs->addTab(m_details, tr("Event"));
    m_detailTabs->addTab(m_entityPage, tr("Entity"));
    m_detailTabs->addTab(m_reader, tr("Document"));
    auto* detailDock = new QDockWidget(tr("Details"), this);
    detailDock->setObjectName(QStringLiteral("detailDock"));
    detailDock->setWidget(m_detailTabs);
    addDockWidget(Qt::RightDockWidgetArea, detailDock);
    connect(m_details, &EventDetails::documentRequested, this, &MainWindow::openDocument);
    connect(m_details, &EventDetails::eventRequested, this, &MainWindow::selectEvent);
    connect(m_details, &EventDetails::entityRequested, this, &MainWindow::showEntity);
    connect(m_reader, &ReaderView::entityRequested, this, &MainWindow::showEntity);
    connect(m_entities, &EntityView::entityActivated, this, &MainWindow::showEntity);
    connect(m_entityPage, &EntityPage::entityRequested, this, &MainWindow::showEntity);
    connect(m_entityPage, &EntityPage::eventRequested, this, &MainWindow::selectEvent);
    connect(m_entityPage, &EntityPage::documentRequested, this, &MainWindow::openDocument);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
}

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Letopis database"), QString(),
                                                          tr("Letopis databases (*.db *.sqlite);;All files (*)"));
        if (!path.isEmpty())
            emit databaseRequested(path);
    });
    file->addAction(tr("&Import folder…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importFolder);
    file->addSeparator();
    auto* exportPdf = file->addAction(tr("Export &report…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export a PDF report of the events shown"),
                                                          QStringLiteral("letopis-report.pdf"), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto st = exportReport(path); !st)
            showError(QString::fromStdString(st.error().message));
        else
            m_status->setText(tr("Report written to %1").arg(path));
    });
    exportPdf->setShortcut(QKeySequence(tr("Ctrl+P")));
    file->addAction(tr("Export view as &CSV…"), this, [this] { exportView(false); });
    file->addAction(tr("Export view as &JSON…"), this, [this] { exportView(true); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    buildEditMenu();

    auto* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::reloadData);
    view->addAction(tr("&Clear filters"), this, [this] { m_filters->clearFilters(); });
    auto* lanes = view->addMenu(tr("Timeline &lanes"));
    auto* laneGroup = new QActionGroup(lanes);
    for (const auto& [mode, name] : {std::pair{TimelineView::LaneMode::Series, tr("By &series")},
                                     std::pair{TimelineView::LaneMode::Type, tr("By &type")}}) {
        auto* a = lanes->addAction(name, this, [this, mode = mode] {
            m_timeline->setLaneMode(mode);
            QSettings().setValue(QStringLiteral("timeline/lanes"), mode == TimelineView::LaneMode::Type ? QStringLiteral("type") : QStringLiteral("series"));
        });
        a->setCheckable(true);
        a->setChecked(mode == m_timeline->laneMode());
        laneGroup->addAction(a);
    }
    view->addAction(tr("&Fit the timeline"), QKeySequence(tr("Ctrl+0")), this, [this] { m_timeline->fitAll(); });
    auto* focusFilter = view->addAction(tr("&Find in text"), QKeySequence::Find, this, [this] {
        m_filters->queryEdit()->setFocus();
        m_filters->queryEdit()->selectAll();
    });
    focusFilter->setShortcutContext(Qt::WindowShortcut);

    auto* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto& [code, name] : {std::pair{QString(), tr("System")}, std::pair{QStringLiteral("ru"), QStringLiteral("Русский")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        auto* a = language->addAction(name, this, [this, code = code] { emit languageRequested(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
    }

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Letopis"), this, [this] {
        QMessageBox::about(this, tr("About Letopis"),
                           tr("Letopis %1 — a chronicle of events from the Russian business press.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildEditMenu()
{
    auto* edit = menuBar()->addMenu(tr("&Edit"));
    auto* undo = m_corrections->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = m_corrections->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Each correction acts on what the details pane shows: an event or an entity.
    m_correctionActions = {
        edit->addAction(tr("&Rename…"), QKeySequence(Qt::Key_F2), this, [this] {
            if (auto e = shownEvent())
                m_corrections->askRenameEvent(this, *e);
            else if (auto n = shownEntity())
                m_corrections->askRenameEntity(this, *n);
        }),
        edit->addAction(tr("&Merge into…"), QKeySequence(tr("Ctrl+M")), this, [this] {
            if (auto e = shownEvent()) {
                m_corrections->askMergeEvent(this, *e, m_allEvents);
            } else if (auto n = shownEntity()) {
                auto all = m_db->entities(n->kind, {}, store::Database::RoleEvidence::Skip); // names to pick from
                if (all)
                    m_corrections->askMergeEntity(this, *n, *all);
            }
        }),
        edit->addAction(tr("&Split a merge…"), this, [this] {
            if (auto e = shownEvent())
                m_corrections->askSplit(this, "event", e->key, QString::fromStdString(e->name));
            else if (auto n = shownEntity())
                m_corrections->askSplit(this, n->kind, n->key, QString::fromStdString(n->name));
        }),
        edit->addAction(tr("Correct event &dates and type…"), QKeySequence(tr("Ctrl+E")), this, [this] {
            if (auto e = shownEvent())
                m_corrections->askCorrectEvent(this, *e);
        }),
        edit->addAction(tr("Re&ject as false"), QKeySequence(tr("Ctrl+Del")), this, [this] {
            if (auto e = shownEvent())
                m_corrections->rejectEvent(*e);
            else if (auto n = shownEntity())
                m_corrections->rejectEntity(*n);
        }),
    };
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::updateCorrectionActions);
}

std::optional<store::EventRow> MainWindow::shownEvent() const
{
    if (m_detailTabs->currentWidget() != m_details || !m_details->eventId())
        return std::nullopt;
    // The lists hold counts of sources only; a correction needs the sources themselves.
    auto event = m_db->event(m_details->eventId());
    return event ? std::move(event).value() : std::nullopt;
}

std::optional<store::EntityRow> MainWindow::shownEntity() const
{
    if (m_detailTabs->currentWidget() != m_entityPage)
        return std::nullopt;
    return m_entityPage->entity();
}

void MainWindow::updateCorrectionActions()
{
    // While an import writes, a correction would wait for the database; the analyst waits instead.
    const bool importing = m_import && m_import->isRunning();
    const bool event = shownEvent().has_value(), entity = shownEntity().has_value();
    for (std::size_t i = 0; i < m_correctionActions.size(); ++i) {
        const bool eventOnly = i == 3;
        m_correctionActions[i]->setEnabled(!importing && (event || (entity && !eventOnly)));
    }
}

ImportDialog* MainWindow::importDialog()
{
    if (!m_import) {
        m_import = new ImportDialog(this);
        connect(m_import, &ImportDialog::importFinished, this, [this] {
            // Nothing stored and nothing extracted (the common start-up look for outdated
            // documents): the views are current.
            const auto& s = m_import->lastSummary();
            if (!m_import->lastError().isEmpty() || s.added || s.replaced || s.extracted)
                reloadData();
        });
    }
    return m_import;
}

bool MainWindow::importRunning() const { return m_import && m_import->isRunning(); }

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of press releases"));
    if (folder.isEmpty())
        return;
    if (importDialog()->start(folder, QString::fromStdString(m_db->path())))
        m_import->show();
}

void MainWindow::updateOutdatedFacts()
{
    // The worker looks for them on its own connection: on a large archive that look is a scan,
    // which must not hold up the window.
    const std::string path = m_db->path();
    if (!importRunning() && !path.empty() && path != ":memory:")
        importDialog()->start(QString(), QString::fromStdString(path));
}

void MainWindow::reloadData()
{
    m_allEvents.clear();
    m_docs->forget();
    if (m_entityPage->entity())
        m_entityPage->refresh();
    refresh();
}

void MainWindow::refresh()
{
    QElapsedTimer timer;
    timer.start();
    const store::EventFilter filter = m_filters->filter();
    if (m_allEvents.empty()) {
        if (auto all = m_db->events({}, store::EventSources::Count))
            m_allEvents = std::move(all).value();
    }
    auto facets = m_db->facets(filter);
    // With no filter the events are the ones just read for m_allEvents: not read twice.
    auto events = !facets ? Result<std::vector<store::EventRow>>(facets.error())
                : filter.empty() && !m_allEvents.empty() ? Result<std::vector<store::EventRow>>(m_allEvents)
                                                          : m_db->events(filter, store::EventSources::Count);
    if (!events) {
        // A query with nothing to search for, or a database error: say so where the analyst looks.
        m_events->setEvents({});
        showError(QString::fromStdString(events.error().message));
        return;
    }
    m_filters->setFacets(*facets);
    m_entities->setEventFilter(filter);
    m_entities->invalidate();
    const auto selected = m_details->eventId();
    m_timeline->setEvents(*events);
    m_events->setEvents(std::move(events).value());

    // The list loads a page at a time as it scrolls, and only when the query or the data changed.
    if (auto st = m_docs->setSource(*m_db, filter.text); !st) {
        showError(QString::fromStdString(st.error().message));
        return;
    }
    const auto documents = m_docs->totalCount();

    if (selected && m_events->rowOf(selected))
        selectEvent(selected);
    m_lastRefreshMs = timer.elapsed();
    const QString described = m_filters->describe();
    m_status->setText(tr("%n event(s)", nullptr, static_cast<int>(m_events->rowCount())) + QStringLiteral(" · ") +
                      tr("%n document(s)", nullptr, static_cast<int>(documents)) +
                      (described.isEmpty() ? QString() : QStringLiteral(" · ") + described) + QStringLiteral(" · ") +
                      tr("updated in %1 ms").arg(m_lastRefreshMs));
}

void MainWindow::selectEvent(qint64 id)
{
    const auto* e = m_events->eventById(id);
    const store::EventRow* shown = e;
    if (!shown) {
        // A parent or child outside the filter: show it from the whole set.
        auto it = std::find_if(m_allEvents.begin(), m_allEvents.end(), [id](const auto& r) { return r.id == id; });
        if (it == m_allEvents.end())
            return;
        shown = &*it;
    }
    std::vector<EventDetails::Related> children;
    for (const auto& r : m_allEvents) {
        if (r.parentId == id)
            children.push_back({r.id, QString::fromStdString(r.name)});
    }
    // The lists hold counts of sources only: the details read the event's evidence now.
    auto full = m_db->event(id);
    if (!full) {
        showError(QString::fromStdString(full.error().message));
        return;
    }
    m_details->showEvent(*full ? **full : *shown, children);
    if (m_timeline->selectedEvent() != std::optional<qint64>(id))
        m_timeline->setSelectedEvent(id);
    m_detailTabs->setCurrentWidget(m_details);
    if (const auto row = m_events->rowOf(id)) {
        const QModelIndex proxyIndex = m_eventProxy->mapFromSource(m_events->index(*row, 0));
        if (m_eventTable->currentIndex().row() != proxyIndex.row()) {
            const QSignalBlocker block(m_eventTable->selectionModel());
            m_eventTable->selectRow(proxyIndex.row());
            m_eventTable->scrollTo(proxyIndex);
        }
    }
}

void MainWindow::showEntity(const QString& kind, const QString& nameOrKey)
{
    // Links from event details carry names, the others keys; a key is its own name key.
    const std::string key = kind == QStringLiteral("country") ? nameOrKey.toUpper().toStdString()
                                                              : text::nameKey(nameOrKey.toStdString());
    if (!m_entityPage->showEntity(kind, QString::fromStdString(key)))
        m_entityPage->showEntity(kind, nameOrKey);
    m_detailTabs->setCurrentWidget(m_entityPage);
}

void MainWindow::openDocument(qint64 documentId, int startCp, int endCp)
{
    auto doc = m_db->document(std::to_string(documentId));
    if (!doc || !*doc) {
        showError(tr("Cannot read document %1").arg(documentId));
        return;
    }
    auto mentions = m_db->mentions(documentId);
    std::optional<text::Span> focus;
    if (startCp >= 0 && endCp > startCp)
        focus = text::Span{static_cast<std::uint32_t>(startCp), static_cast<std::uint32_t>(endCp)};
    m_reader->showDocument(**doc, mentions ? *mentions : std::vector<store::DocumentMention>{}, focus);
    m_detailTabs->setCurrentWidget(m_reader);
}

void MainWindow::selectDocumentRow()
{
    const QModelIndex current = m_docTable->currentIndex();
    if (current.isValid())
        openDocument(m_docProxy->data(current, DocumentListModel::DocumentIdRole).toLongLong());
}

void MainWindow::exportView(bool json)
{
    const QString filter = json ? tr("JSON (*.json)") : tr("CSV (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, json ? tr("Export events as JSON") : tr("Export events as CSV"),
                                                json ? QStringLiteral("letopis-events.json") : QStringLiteral("letopis-events.csv"), filter);
    if (path.isEmpty())
        return;
    // The table holds counts of sources only; the export carries the sources themselves.
    auto read = m_db->events(m_filters->filter());
    if (!read) {
        showError(QString::fromStdString(read.error().message));
        return;
    }
    const auto& events = *read;
    const auto content = json ? report::eventsJson(events) : report::eventsCsv(events);
    if (auto st = report::writeTextFile(path.toStdString(), content); !st)
        showError(QString::fromStdString(st.error().message));
    else
        m_status->setText(tr("%n event(s) written to %1", nullptr, static_cast<int>(events.size())).arg(path));
}

Status MainWindow::exportReport(const QString& path)
{
    report::Options options;
    auto built = report::build(*m_db, m_filters->filter(), options);
    if (!built)
        return built.error();
    return render::renderReportPdf(*built, path.toStdString());
}

void MainWindow::showError(const QString& message)
{
    m_status->setText(QStringLiteral("⚠ ") + message);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First run: room for the filters, and a details pane wide enough to read a table of roles.
        const auto docks = findChildren<QDockWidget*>();
        QList<int> widths;
        for (auto* d : docks)
            widths << (d->objectName() == QStringLiteral("detailDock") ? 480 : 270);
        resizeDocks(docks, widths, Qt::Horizontal);
    }
    m_centre->restoreState(settings.value(QStringLiteral("window/centre")).toByteArray());
    if (settings.value(QStringLiteral("timeline/lanes")).toString() == QStringLiteral("type"))
        m_timeline->setLaneMode(TimelineView::LaneMode::Type);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/centre"), m_centre->saveState());
    saveFilter(settings, m_filters->filter());
    if (m_db)
        settings.setValue(QStringLiteral("database/last"), QString::fromStdString(m_db->path()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_db)
        saveLayout();
    event->accept();
}

} // namespace letopis::gui
