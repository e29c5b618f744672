#include "main_window.hpp"

#include "document_list_model.hpp"
#include "reader_view.hpp"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

#include <unordered_set>

namespace letopis::gui {

MainWindow::MainWindow(store::Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_model(new DocumentListModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Letopis — %1").arg(QString::fromStdString(db.path())));
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the text (Russian word forms: выставка finds выставке)…"));
    m_search->setClearButtonEnabled(true);
    auto* tools = addToolBar(tr("Search"));
    tools->setObjectName(QStringLiteral("searchToolBar"));
    tools->setMovable(false);
    tools->addWidget(m_search);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DocumentListModel::Published, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DocumentListModel::Title, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_reader = new ReaderView(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    auto* file = menuBar()->addMenu(tr("&File"));
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Letopis"), this, [this] {
        QMessageBox::about(this, tr("About Letopis"),
                           tr("Letopis %1 — a chronicle of events from the Russian business press.")
                               .arg(QApplication::applicationVersion()));
    });
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, qOverload<>(&QWidget::setFocus));
    addAction(find);

    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty())
            reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);

    restoreLayout();
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    auto docs = m_db.documents();
    if (!docs) {
        m_status->setText(tr("Cannot read the database: %1").arg(QString::fromStdString(docs.error().message)));
        return;
    }
    auto list = std::move(docs).value();
    const std::size_t total = list.size();
    const QString query = m_search->text().trimmed();
    if (!query.isEmpty()) {
        auto hits = m_db.search(query.toStdString(), 10000);
        if (!hits) {
            m_status->setText(QString::fromStdString(hits.error().message));
            return;
        }
        std::unordered_set<std::int64_t> ids;
        for (const auto& h : *hits)
            ids.insert(h.documentId);
        std::erase_if(list, [&](const auto& d) { return !ids.count(d.id); });
    }
    const std::size_t shown = list.size();
    m_model->setDocuments(std::move(list));
    m_status->setText(query.isEmpty() ? tr("%n document(s)", nullptr, static_cast<int>(total))
                                      : tr("%1 of %2 documents match “%3”").arg(shown).arg(total).arg(query));
    m_reader->clearDocument();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_reader->clearDocument();
        return;
    }
    const auto id = m_proxy->data(current, DocumentListModel::DocumentIdRole).toLongLong();
    auto doc = m_db.document(std::to_string(id));
    if (!doc || !*doc) {
        m_status->setText(tr("Cannot read document %1").arg(id));
        return;
    }
    m_reader->showDocument(**doc);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace letopis::gui
