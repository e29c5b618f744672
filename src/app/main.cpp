// letopis: the workbench. Parses the command line, opens the database, shows the window.
#include "main_window.hpp"

#include "letopis/paths.hpp"
#include "letopis/store.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Letopis"));
    QApplication::setApplicationName(QStringLiteral("Letopis"));
    QApplication::setApplicationVersion(QStringLiteral(LETOPIS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Chronicle of Russian business-press events"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database to open."),
                                      QStringLiteral("FILE"), QString::fromStdString(letopis::defaultDatabasePath()));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window and quit."),
                                        QStringLiteral("PNG"));
    parser.addOption(dbOption);
    parser.addOption(shotOption);
    parser.process(app);

    auto db = letopis::store::Database::open(parser.value(dbOption).toStdString());
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Letopis"),
                              QString::fromStdString(db.error().message));
        return 3;
    }
    letopis::gui::MainWindow window(**db);
    window.show();
    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        QTimer::singleShot(300, &window, [&window, file] {
            QApplication::exit(window.grab().save(file) ? 0 : 1);
        });
    }
    return QApplication::exec();
}
