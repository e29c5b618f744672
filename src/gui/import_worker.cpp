#include "import_worker.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"

#include <QElapsedTimer>
#include <QFile>

#include <exception>

namespace letopis::gui {

namespace {

QString fromPath(const std::string& path) { return QFile::decodeName(QByteArray::fromStdString(path)); }
std::string toPath(const QString& path) { return QFile::encodeName(path).toStdString(); }

ImportSummary summaryOf(const ingest::Report& r)
{
    ImportSummary s;
    s.read = static_cast<qint64>(r.read);
    s.added = static_cast<qint64>(r.added);
    s.replaced = static_cast<qint64>(r.replaced);
    s.unchanged = static_cast<qint64>(r.unchanged);
    s.duplicates = static_cast<qint64>(r.duplicates);
    s.extracted = static_cast<qint64>(r.extracted);
    s.seconds = r.seconds;
    s.cancelled = r.cancelled;
    for (const auto& f : r.failures)
        s.failures.push_back({fromPath(f.path), QString::fromStdString(f.reason)});
    return s;
}

} // namespace

ImportWorker::ImportWorker(Params params, QObject* parent) : QObject(parent), m_params(std::move(params))
{
    qRegisterMetaType<letopis::gui::ImportSummary>();
}

void ImportWorker::cancel()
{
    m_cancel.store(true);
}

void ImportWorker::run()
{
    // The thread boundary: nothing thrown below may reach Qt's event loop.
    try {
        runImport();
    } catch (const std::exception& e) {
        emit failed(tr("The import stopped on an internal error: %1").arg(QString::fromUtf8(e.what())));
    } catch (...) {
        emit failed(tr("The import stopped on an internal error."));
    }
}

void ImportWorker::runImport()
{
    auto db = store::Database::open(toPath(m_params.databasePath));
    if (!db) {
        emit failed(QString::fromStdString(db.error().message));
        return;
    }
    if (m_params.folder.isEmpty()) {
        // Only outdated documents: when there are none, done without loading the models.
        auto outdated = (*db)->documentsNeedingExtraction();
        if (!outdated) {
            emit failed(QString::fromStdString(outdated.error().message));
            return;
        }
        if (outdated->empty()) {
            ImportSummary summary;
            summary.documents = (*db)->documentCount();
            emit finished(summary);
            return;
        }
    }
    auto resources = extract::Resources::load();
    if (!resources) {
        emit failed(QString::fromStdString(resources.error().message));
        return;
    }
    auto extractor = extract::Extractor::create(*resources);
    if (!extractor) {
        emit failed(QString::fromStdString(extractor.error().message));
        return;
    }
    ingest::Params params;
    if (!m_params.folder.isEmpty())
        params.paths = {toPath(m_params.folder)};
    params.extractor = extractor->get();
    // Reading and extraction on every core, as the command line does; one writer keeps the order.
    params.threads = 0;
    params.makeExtractor = [res = *resources]() -> std::unique_ptr<extract::Extractor> {
        auto made = extract::Extractor::create(res);
        return made ? std::move(*made) : nullptr;
    };
    params.cancel = &m_cancel;
    // At most about 30 updates a second: a folder of small files must not flood the window.
    QElapsedTimer sinceUpdate;
    params.progress = [&](const ingest::Progress& p) {
        const bool last = p.done == p.total;
        if (sinceUpdate.isValid() && sinceUpdate.elapsed() < 33 && !last)
            return;
        sinceUpdate.start();
        emit progressUpdated(static_cast<qint64>(p.done), static_cast<qint64>(p.total), fromPath(p.currentPath));
    };
    auto report = ingest::run(**db, params);
    if (!report) {
        emit failed(QString::fromStdString(report.error().message));
        return;
    }
    ImportSummary summary = summaryOf(*report);
    summary.documents = (*db)->documentCount();
    emit finished(summary);
}

} // namespace letopis::gui
