#pragma once
// Importing a folder into the store off the GUI thread: a worker object to move to a QThread.
// It opens its own connection to the database file (SQLite's WAL lets the window keep reading
// through its own) and its own extractor (an extractor is not thread-safe).
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>

namespace letopis::gui {

struct ImportFailure {
    QString path;
    QString reason; // for a person: what is wrong with the file
};

// What an import did: ingest::Report, plus how many documents the database holds afterwards.
struct ImportSummary {
    qint64 read = 0;       // files looked at
    qint64 added = 0;      // new documents
    qint64 replaced = 0;   // files whose content changed
    qint64 unchanged = 0;
    qint64 duplicates = 0; // files whose content another file already holds
    qint64 extracted = 0;  // documents whose facts were (re)extracted
    qint64 documents = 0;  // in the database when the import ended
    double seconds = 0;
    bool cancelled = false;
    QList<ImportFailure> failures; // files that could not be read, each with the reason
};

class ImportWorker final : public QObject {
    Q_OBJECT
public:
    struct Params {
        QString folder;       // a folder (searched recursively for *.txt) or a single file; empty:
                              // only extract again the stored documents whose facts are outdated
        QString databasePath; // a database file; ":memory:" cannot be shared and fails
    };

    explicit ImportWorker(Params params, QObject* parent = nullptr);

    // Asks the import to stop before its next file; safe from any thread. What was stored
    // before stays stored, whole: documents go in with their facts, a batch at a time.
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }

public slots:
    // Runs the whole import on the calling thread (connect QThread::started to it). Emits
    // progressUpdated as it goes, then exactly one of finished or failed. Never throws: anything
    // thrown inside is caught here and reported through failed.
    void run();

signals:
    // done of total files (later: of the stored documents extracted again); currentFile is
    // empty at the end.
    void progressUpdated(qint64 done, qint64 total, const QString& currentFile);
    // The import ran to its end or was cancelled (summary.cancelled); per-file failures are in
    // the summary, not a reason to fail.
    void finished(const letopis::gui::ImportSummary& summary);
    // The import could not run or stopped: the database cannot be opened or written, or the
    // extraction resources are missing.
    void failed(const QString& message);

private:
    void runImport();

    Params m_params;
    std::atomic<bool> m_cancel{false};
};

} // namespace letopis::gui

Q_DECLARE_METATYPE(letopis::gui::ImportSummary)
