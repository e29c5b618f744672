// Importing a folder on a worker thread: progress, the summary, failures with reasons, cancel.
#include "import_dialog.hpp"
#include "import_worker.hpp"
#include "event_table_model.hpp"
#include "main_window.hpp"

#include "letopis/store.hpp"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

#include <sqlite3.h>

using namespace letopis;
using gui::ImportSummary;
using gui::ImportWorker;

namespace {

// What a worker reported, collected on the test's thread (signals arrive queued).
struct Outcome {
    QList<std::tuple<qint64, qint64, QString>> progress;
    std::optional<ImportSummary> summary;
    QString error;
    bool done() const { return summary || !error.isEmpty(); }
};

std::string integrity(const QString& dbPath)
{
    auto db = store::Database::open(dbPath.toStdString());
    if (!db)
        return db.error().message;
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2((*db)->handle(), "PRAGMA integrity_check", -1, &s, nullptr);
    std::string out = sqlite3_step(s) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(s, 0)) : "no row";
    sqlite3_finalize(s);
    return out;
}

qint64 documentsIn(const QString& dbPath)
{
    auto db = store::Database::open(dbPath.toStdString());
    return db ? (*db)->documentCount() : -1;
}

} // namespace

class TestImport final : public QObject {
    Q_OBJECT
private:
    // Runs a worker on its own thread as the dialog does; cancelAtFirst cancels from the worker's
    // thread as soon as the first file is reported.
    Outcome runWorker(const QString& folder, const QString& dbPath, bool cancelAtFirst = false)
    {
        Outcome out;
        QThread thread;
        auto* worker = new ImportWorker({folder, dbPath});
        worker->moveToThread(&thread);
        connect(&thread, &QThread::started, worker, &ImportWorker::run);
        connect(worker, &ImportWorker::progressUpdated, this,
                [&](qint64 done, qint64 total, const QString& file) { out.progress.push_back({done, total, file}); });
        connect(worker, &ImportWorker::finished, this, [&](const ImportSummary& s) { out.summary = s; });
        connect(worker, &ImportWorker::failed, this, [&](const QString& e) { out.error = e; });
        if (cancelAtFirst)
            connect(worker, &ImportWorker::progressUpdated, worker, [worker] { worker->cancel(); }, Qt::DirectConnection);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.done(), 60000); }();
        thread.quit();
        thread.wait();
        return out;
    }

private slots:
    void importsTheCorpusOnAWorkerThread()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("letopis.db"));
        const auto out = runWorker(QStringLiteral(LETOPIS_CORPUS), db);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QVERIFY(out.summary);
        QVERIFY(!out.progress.isEmpty());
        const auto& [done, total, file] = out.progress.back();
        QCOMPARE(done, total); // the last report is the end
        QCOMPARE(total, qint64(5));
        QCOMPARE(out.summary->added, qint64(5));
        QCOMPARE(out.summary->extracted, qint64(5));
        QCOMPARE(out.summary->documents, qint64(5));
        QVERIFY(out.summary->failures.isEmpty());
        QVERIFY(!out.summary->cancelled);
        auto store = store::Database::open(db.toStdString());
        QVERIFY(store.ok());
        QCOMPARE((*store)->documentCount(), qint64(5));
        QVERIFY(!(*store)->events({})->empty());
    }

    void aWindowExtractsOutdatedFactsAgainOnAWorker()
    {
        // A database whose facts an older version of Letopis extracted (after an upgrade).
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("old.db"));
        const auto out = runWorker(QStringLiteral(LETOPIS_CORPUS), db);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        auto store = store::Database::open(db.toStdString());
        QVERIFY(store.ok());
        QCOMPARE(sqlite3_exec((*store)->handle(), "UPDATE extraction_state SET version = 'older'", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE((*store)->documentsNeedingExtraction()->size(), std::size_t(5));

        gui::MainWindow window(std::move(*store));
        // Nothing happens on the GUI thread in the constructor: the window shows what is stored.
        QCOMPARE(window.database().documentsNeedingExtraction()->size(), std::size_t(5));
        QVERIFY(!window.eventModel()->events().empty());
        QTRY_VERIFY_WITH_TIMEOUT(!window.importRunning() && window.database().documentsNeedingExtraction()->empty(), 60000);
        QVERIFY(!window.eventModel()->events().empty());
        QCOMPARE(integrity(db), std::string("ok"));
    }

    void listsAFileThatIsNotTextWithTheReason()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in));
        const QString good = QDir(QStringLiteral(LETOPIS_CORPUS)).entryList({QStringLiteral("*.txt")}).first();
        QVERIFY(QFile::copy(QStringLiteral(LETOPIS_CORPUS "/") + good, in + QStringLiteral("/") + good));
        QFile bad(in + QStringLiteral("/<b>binary<i>.txt"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("PK\x03\x04\0\0\0\0\x08\0binary\0\0\0", 20).repeated(40));
        bad.close();

        gui::ImportDialog dialog;
        QSignalSpy finished(&dialog, &gui::ImportDialog::importFinished);
        QVERIFY(dialog.start(in, dir.filePath(QStringLiteral("letopis.db"))));
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!dialog.isRunning());
        QCOMPARE(dialog.lastSummary().documents, qint64(1));
        QCOMPARE(dialog.lastSummary().failures.size(), 1);
        QTreeWidget* list = dialog.failureList();
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).endsWith(QStringLiteral("<b>binary<i>.txt")));
        QVERIFY2(list->topLevelItem(0)->text(1).contains(QStringLiteral("NUL")), qPrintable(list->topLevelItem(0)->text(1)));
        QVERIFY(!list->isHidden());
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        QVERIFY(!dialog.cancelButton()->isEnabled());
    }

    void cancelStopsEarlyAndLeavesASoundDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("letopis.db"));
        const auto out = runWorker(QStringLiteral(LETOPIS_CORPUS), db, true);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QVERIFY(out.summary);
        QVERIFY(out.summary->cancelled);
        QVERIFY(out.summary->documents < 5);
        QCOMPARE(documentsIn(db), out.summary->documents);
        QCOMPARE(integrity(db), std::string("ok"));
        // What was stored is whole: a second import completes the database.
        const auto again = runWorker(QStringLiteral(LETOPIS_CORPUS), db);
        QVERIFY(again.summary);
        QCOMPARE(again.summary->documents, qint64(5));
        QCOMPARE(integrity(db), std::string("ok"));
    }

    void cancelFromTheDialog()
    {
        QTemporaryDir dir;
        gui::ImportDialog dialog;
        QSignalSpy finished(&dialog, &gui::ImportDialog::importFinished);
        QVERIFY(dialog.start(QStringLiteral(LETOPIS_CORPUS), dir.filePath(QStringLiteral("letopis.db"))));
        QVERIFY(!dialog.start(QStringLiteral(LETOPIS_CORPUS), dir.filePath(QStringLiteral("other.db")))); // one at a time
        dialog.cancelButton()->click();
        QVERIFY(finished.wait(60000));
        QVERIFY(dialog.lastSummary().cancelled);
        QVERIFY(dialog.lastSummary().documents < 5);
        QCOMPARE(integrity(dir.filePath(QStringLiteral("letopis.db"))), std::string("ok"));
    }

    void refusesWhatCannotBeImportedInto()
    {
        gui::ImportDialog dialog;
        QVERIFY(!dialog.start(QStringLiteral(LETOPIS_CORPUS), QStringLiteral(":memory:")));
        QVERIFY(!dialog.isRunning());
        const auto out = runWorker(QStringLiteral(LETOPIS_CORPUS), QStringLiteral("/no/such/folder/letopis.db"));
        QVERIFY(!out.summary);
        QVERIFY(out.error.contains(QStringLiteral("/no/such/folder/letopis.db")));
    }

    void destroyingTheDialogStopsTheImport()
    {
        QTemporaryDir dir;
        {
            gui::ImportDialog dialog;
            QVERIFY(dialog.start(QStringLiteral(LETOPIS_CORPUS), dir.filePath(QStringLiteral("letopis.db"))));
        } // cancels and waits
        QCOMPARE(integrity(dir.filePath(QStringLiteral("letopis.db"))), std::string("ok"));
    }
};

QTEST_MAIN(TestImport)
#include "test_import.moc"
