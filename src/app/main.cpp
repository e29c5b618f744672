// letopis: the workbench. Parses the command line, opens the database, shows the window.
#include "main_window.hpp"
#include "screenshots.hpp"
#include "workbench.hpp"

#include "letopis/paths.hpp"
#include "letopis/store.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

// A damaged database: offers to keep it aside (NAME.damaged-YYYYMMDD-HHMMSS) and build a new one
// from the corpus, as `letopis-cli ingest --rebuild` does. Null when the analyst declines or it fails.
std::unique_ptr<letopis::store::Database> offerRebuild(const QString& path, const letopis::Error& error)
{
    const auto tr = [](const char* s) { return QApplication::translate("main", s); };
    QMessageBox box(QMessageBox::Critical, tr("Letopis"),
                    tr("The database %1 is damaged and cannot be read.").arg(path));
    box.setInformativeText(tr("Rebuild it from your corpus? The damaged file is kept next to it as %1.damaged-<date>-<time>, "
                              "and a new database is built from the folder of text files you choose next. Corrections made "
                              "in the damaged database are not carried over.").arg(path));
    box.setDetailedText(QString::fromStdString(error.message));
    QPushButton* rebuild = box.addButton(tr("Rebuild from corpus…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(rebuild);
    box.exec();
    if (box.clickedButton() != rebuild)
        return nullptr;
    auto aside = letopis::store::moveDamagedAside(path.toStdString());
    auto db = aside ? letopis::store::Database::open(path.toStdString()) : aside.error();
    if (!db) {
        QMessageBox::critical(nullptr, tr("Letopis"),
                              tr("Cannot rebuild %1: %2").arg(path, QString::fromStdString(db.error().message)));
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Letopis"));
    QApplication::setApplicationName(QStringLiteral("Letopis"));
    QApplication::setApplicationVersion(QStringLiteral(LETOPIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("letopis"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/letopis.svg")));

    letopis::gui::Workbench workbench;

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Chronicle of Russian business-press events"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database to open."), QStringLiteral("FILE"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window and quit."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Save pictures of the main views into a folder and quit."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language for this run: ru or en."),
                                        QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(shotOption);
    parser.addOption(shotsOption);
    parser.addOption(langOption);
    parser.process(app);
    workbench.setLanguage(parser.isSet(langOption) ? parser.value(langOption)
                                                   : QSettings().value(QStringLiteral("ui/language")).toString());

    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : letopis::gui::Workbench::lastDatabase(QString::fromStdString(letopis::defaultDatabasePath()));
    auto db = letopis::store::Database::open(path.toStdString());
    bool rebuilt = false;
    if (!db && letopis::store::isDamaged(path.toStdString())) {
        auto fresh = offerRebuild(path, db.error());
        if (!fresh)
            return 3; // declined (or failed, and said why)
        db = std::move(fresh);
        rebuilt = true;
    }
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Letopis"),
                              QApplication::translate("main", "Cannot open %1: %2").arg(path, QString::fromStdString(db.error().message)));
        return 3;
    }
    auto* window = workbench.show(std::move(db).value());
    if (rebuilt) // the new database is empty: import the corpus into it at once
        QTimer::singleShot(0, window, &letopis::gui::MainWindow::importFolder);
    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        QTimer::singleShot(300, window, [window, file] { QApplication::exit(window->grab().save(file) ? 0 : 1); });
    }
    if (parser.isSet(shotsOption)) {
        const QString dir = parser.value(shotsOption);
        QTimer::singleShot(300, window, [window, dir] {
            auto written = letopis::gui::saveScreenshots(*window, dir);
            if (!written) {
                std::fprintf(stderr, "letopis: %s\n", written.error().message.c_str());
                QApplication::exit(1);
                return;
            }
            for (const auto& f : *written)
                std::printf("%s\n", qPrintable(f));
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
