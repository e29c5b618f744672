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
#include <QSettings>
#include <QTimer>

#include <cstdio>

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
    auto db = letopis::gui::Workbench::open(nullptr, path);
    bool rebuilt = false;
    if (!db && letopis::store::isDamaged(path.toStdString())) {
        auto fresh = letopis::gui::Workbench::offerRebuild(nullptr, path, QString::fromStdString(db.error().message));
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
