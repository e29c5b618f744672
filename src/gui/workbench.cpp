#include "workbench.hpp"

#include "main_window.hpp"

#include "letopis/store.hpp"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

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

void Workbench::openDatabase(const QString& path)
{
    auto db = store::Database::open(path.toStdString());
    if (!db) {
        m_window->showError(MainWindow::tr("Cannot open %1: %2").arg(path, QString::fromStdString(db.error().message)));
        return;
    }
    m_window->saveLayout();
    m_window.reset();
    QSettings().setValue(QStringLiteral("database/last"), path);
    show(std::move(db).value());
}

QString Workbench::lastDatabase(const QString& fallback)
{
    const QString last = QSettings().value(QStringLiteral("database/last")).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : fallback;
}

} // namespace letopis::gui
