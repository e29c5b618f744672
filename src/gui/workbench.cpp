#include "workbench.hpp"

#include "main_window.hpp"

#include "letopis/store.hpp"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <optional>
#include <thread>

namespace letopis::gui {

Workbench::Workbench(QObject* parent) : QObject(parent) {}

Workbench::~Workbench() = default;

void Workbench::setLanguage(const QString& language)
{
    m_language = language;
    for (auto* t : {m_app.get(), m_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    // English is the source language: it needs no translator of our own.
    if (locale.language() != QLocale::English && m_app->load(locale, QStringLiteral("letopis"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_app.get());
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
}

MainWindow* Workbench::show(std::unique_ptr<store::Database> db)
{
    m_window = std::make_unique<MainWindow>(std::move(db));
    // Queued: the window that asks is replaced, and must not be deleted inside its own signal.
    connect(m_window.get(), &MainWindow::languageRequested, this, &Workbench::switchLanguage, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::databaseRequested, this, &Workbench::openDatabase, Qt::QueuedConnection);
    m_window->show();
    return m_window.get();
}

void Workbench::switchLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
    m_window->saveLayout();
    auto db = m_window->takeDatabase();
    m_window.reset();
    setLanguage(language);
    show(std::move(db));
}

Result<std::unique_ptr<store::Database>> Workbench::open(QWidget* parent, const QString& path)
{
    const std::string file = path.toStdString();
    if (!store::needsUpgrade(file))
        return store::Database::open(file);
    QProgressDialog dialog(tr("Upgrading %1 to this version of Letopis…\n"
                              "A large archive takes a few minutes. If this is interrupted, the database "
                              "stays as it was and is upgraded the next time.")
                               .arg(QFileInfo(path).fileName()),
                           QString(), 0, 0, parent);
    dialog.setWindowTitle(tr("Letopis"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setCancelButton(nullptr); // a migration step is one transaction: it finishes or rolls back
    dialog.show();
    // The worker only opens the connection; the window takes it over once the worker has ended.
    std::optional<Result<std::unique_ptr<store::Database>>> opened;
    QEventLoop loop;
    std::thread worker([&] {
        opened.emplace(store::Database::open(file));
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    return std::move(*opened);
}

void Workbench::openDatabase(const QString& path)
{
    auto db = open(m_window.get(), path);
    std::unique_ptr<store::Database> rebuilt;
    if (!db && store::isDamaged(path.toStdString()))
        rebuilt = offerRebuild(m_window.get(), path, QString::fromStdString(db.error().message));
    if (!db && !rebuilt) {
        m_window->showError(MainWindow::tr("Cannot open %1: %2").arg(path, QString::fromStdString(db.error().message)));
        return;
    }
    const bool fresh = rebuilt != nullptr;
    m_window->saveLayout();
    m_window.reset();
    QSettings().setValue(QStringLiteral("database/last"), path);
    auto* window = show(fresh ? std::move(rebuilt) : std::move(db).value());
    if (fresh) // the new database is empty: import the corpus into it at once
        QTimer::singleShot(0, window, &MainWindow::importFolder);
}

std::unique_ptr<store::Database> Workbench::offerRebuild(QWidget* parent, const QString& path, const QString& reason)
{
    QMessageBox box(QMessageBox::Critical, tr("Letopis"), tr("The database %1 is damaged and cannot be read.").arg(path),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Rebuild it from your corpus? The damaged file is kept next to it as %1.damaged-<date>-<time>, "
                              "and a new database is built from the folder of text files you choose next. Corrections made "
                              "in the damaged database are not carried over.").arg(path));
    box.setDetailedText(reason);
    QPushButton* rebuild = box.addButton(tr("Rebuild from corpus…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(rebuild);
    box.exec();
    if (box.clickedButton() != rebuild)
        return nullptr;
    auto aside = store::moveDamagedAside(path.toStdString());
    auto db = aside ? store::Database::open(path.toStdString()) : aside.error();
    if (!db) {
        QMessageBox::critical(parent, tr("Letopis"), tr("Cannot rebuild %1: %2").arg(path, QString::fromStdString(db.error().message)));
        return nullptr;
    }
    return std::move(db).value();
}

QString Workbench::lastDatabase(const QString& fallback)
{
    const QString last = QSettings().value(QStringLiteral("database/last")).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : fallback;
}

} // namespace letopis::gui
