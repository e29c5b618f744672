#include "import_dialog.hpp"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace letopis::gui {

namespace {

// File names and reasons come from the disk: shown as text, never as markup.
QLabel* plainLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}

} // namespace

ImportDialog::ImportDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import"));
    setModal(false);
    m_heading = plainLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_current = plainLabel(this);
    m_current->setWordWrap(false);
    m_summaryLabel = plainLabel(this);
    m_failures = new QTreeWidget(this);
    m_failures->setColumnCount(2);
    m_failures->setHeaderLabels({tr("File"), tr("Why it was not imported")});
    m_failures->setRootIsDecorated(false);
    m_failures->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_failures->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::hide);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_current);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_failures, 1);
    layout->addWidget(buttons);
    resize(560, 320);
}

ImportDialog::~ImportDialog()
{
    if (!m_thread)
        return;
    m_worker->cancel();
    m_thread->quit(); // takes effect once run() returns, at the next file at the latest
    m_thread->wait();
}

bool ImportDialog::start(const QString& folder, const QString& databasePath)
{
    if (m_thread) {
        m_summaryLabel->setText(tr("An import is already running; wait for it or cancel it first."));
        return false;
    }
    if (databasePath.isEmpty() || databasePath == QStringLiteral(":memory:")) {
        m_summaryLabel->setText(tr("This database lives in memory only, so it cannot be imported into in the "
                                   "background. Open or create a database file first."));
        return false;
    }
    m_summary = {};
    m_error.clear();
    m_outdatedOnly = folder.isEmpty();
    m_heading->setText(folder.isEmpty() ? tr("Extracting the stored documents again with this version of Letopis")
                                        : tr("Importing %1").arg(QDir::toNativeSeparators(folder)));
    m_progress->setRange(0, 0); // busy until the first file is counted
    m_current->clear();
    m_summaryLabel->setText(tr("Loading the extraction models…"));
    m_failures->clear();
    m_failures->hide();
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);

    m_thread = new QThread(this);
    m_worker = new ImportWorker({folder, databasePath});
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(m_worker, &ImportWorker::progressUpdated, this, &ImportDialog::showProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::showSummary);
    connect(m_worker, &ImportWorker::failed, this, &ImportDialog::showFailure);
    connect(m_worker, &ImportWorker::finished, m_thread, &QThread::quit);
    connect(m_worker, &ImportWorker::failed, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, &ImportDialog::threadDone);
    m_thread->start();
    return true;
}

void ImportDialog::cancel()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    m_summaryLabel->setText(tr("Cancelling after the current file…"));
}

void ImportDialog::showProgress(qint64 done, qint64 total, const QString& currentFile)
{
    // QProgressBar counts in int; scale very large imports down instead of overflowing.
    const qint64 scale = total > 1'000'000'000 ? total / 1'000'000 : 1;
    m_progress->setRange(0, static_cast<int>(qMax<qint64>(total / scale, 1)));
    m_progress->setValue(static_cast<int>(done / scale));
    m_current->setText(currentFile.isEmpty() ? QString() : QFileInfo(currentFile).fileName());
    m_current->setToolTip(QDir::toNativeSeparators(currentFile));
    if (!m_worker || !m_worker->isCancelled())
        m_summaryLabel->setText(tr("%1 of %2 files").arg(done).arg(total));
    if (m_outdatedOnly && total > 0 && !isVisible())
        show();
}

void ImportDialog::showSummary(const ImportSummary& s)
{
    m_summary = s;
    QString text = s.cancelled ? tr("Cancelled. ") : tr("Done. ");
    text += tr("Read %1 files: %2 new, %3 replaced, %4 unchanged, %5 duplicates, %6 failed, in %7 s. "
               "The database holds %8 documents.")
                .arg(s.read)
                .arg(s.added)
                .arg(s.replaced)
                .arg(s.unchanged)
                .arg(s.duplicates)
                .arg(s.failures.size())
                .arg(s.seconds, 0, 'f', 1)
                .arg(s.documents);
    m_summaryLabel->setText(text);
    for (const auto& f : s.failures)
        new QTreeWidgetItem(m_failures, {QDir::toNativeSeparators(f.path), f.reason});
    m_failures->setVisible(!s.failures.isEmpty());
    if (!s.cancelled)
        m_progress->setValue(m_progress->maximum());
}

void ImportDialog::showFailure(const QString& message)
{
    m_error = message;
    m_summaryLabel->setText(tr("The import failed: %1").arg(message));
}

void ImportDialog::threadDone()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr; // deleted with the thread's deferred deletions
    m_current->clear();
    m_progress->setRange(0, qMax(1, m_progress->maximum()));
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    emit importFinished();
}

} // namespace letopis::gui
