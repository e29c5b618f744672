#pragma once
// The import panel: a folder goes into the database on a worker thread while the window stays
// usable. Shows progress and the current file, can be cancelled, and lists at the end each file
// that could not be read and why.
#include "import_worker.hpp"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace letopis::gui {

class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(QWidget* parent = nullptr);
    // Cancels a running import and waits for it to stop (at most the current file).
    ~ImportDialog() override;

    // Starts importing folder (or one file) into the database file at databasePath, which the
    // window may keep open: the import uses its own connection. One import at a time: false,
    // with the reason shown, while one runs or when databasePath is ":memory:" (which another
    // connection cannot reach). The dialog is non-modal: show() it, it does not block. An empty
    // folder brings the stored documents up to date: those whose facts an older version of Letopis
    // extracted are extracted again; the worker looks for them, and the dialog shows itself once
    // there are some.
    bool start(const QString& folder, const QString& databasePath);
    bool isRunning() const { return m_thread != nullptr; }
    // Asks the running import to stop before its next file; what is stored stays.
    void cancel();

    // The outcome of the last import that ended (empty before); failed: its error message.
    const ImportSummary& lastSummary() const { return m_summary; }
    const QString& lastError() const { return m_error; }

    QProgressBar* progressBar() const { return m_progress; }
    QLabel* currentFileLabel() const { return m_current; }
    QLabel* summaryLabel() const { return m_summaryLabel; }
    QTreeWidget* failureList() const { return m_failures; }
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    // An import ended — finished, cancelled or failed — and its documents are stored: reload.
    void importFinished();

private:
    void showProgress(qint64 done, qint64 total, const QString& currentFile);
    void showSummary(const letopis::gui::ImportSummary& summary);
    void showFailure(const QString& message);
    void threadDone();

    QThread* m_thread = nullptr;
    ImportWorker* m_worker = nullptr;
    bool m_outdatedOnly = false; // started with no folder: shown when outdated documents turn up
    ImportSummary m_summary;
    QString m_error;
    QLabel* m_heading = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_current = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QTreeWidget* m_failures = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace letopis::gui
