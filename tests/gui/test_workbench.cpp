// The application around the window: opening another database from the window, and a damaged one.
#include "main_window.hpp"
#include "workbench.hpp"

#include "letopis/store.hpp"
#include "old_schema.hpp"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sqlite3.h>

using namespace letopis;

class TestWorkbench final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QSettings::setDefaultFormat(QSettings::IniFormat);
    }

    void openingADamagedDatabaseOffersToRebuildItAndKeepsTheDamagedFile()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.db"));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'Z')); // not a database at all
        }
        gui::Workbench workbench;
        auto db = store::Database::open(":memory:");
        QVERIFY(db.ok());
        auto* first = workbench.show(std::move(db).value());

        // The analyst answers as a user would: rebuild, then closes the folder chooser of the import.
        QStringList seen;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                seen << box->text();
                for (QAbstractButton* b : box->buttons()) {
                    if (b->text().contains(QStringLiteral("Rebuild")))
                        b->click();
                }
            } else if (auto* chooser = qobject_cast<QFileDialog*>(modal)) {
                seen << QStringLiteral("folder chooser");
                chooser->reject();
            }
        });
        answer.start(50);
        emit first->databaseRequested(damaged);

        QTRY_VERIFY_WITH_TIMEOUT(workbench.window() != first, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("folder chooser")), 10000);
        answer.stop();
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.front().contains(damaged));
        QVERIFY(seen.front().contains(QStringLiteral("damaged")));
        // The damaged file is kept beside the new, empty database.
        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("damaged.db.damaged-*")});
        QCOMPARE(kept.size(), 1);
        QFile keptFile(m_dir.filePath(kept.front()));
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), QByteArray(8192, 'Z'));
        QCOMPARE(workbench.window()->database().documentCount(), 0);
    }

    void anOlderDatabaseIsUpgradedBehindAProgressDialog()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.db"));
        {
            auto db = store::Database::open(path.toStdString());
            QVERIFY(db.ok());
        }
        QVERIFY(!store::needsUpgrade(path.toStdString()));
        // As the previous schema left it: the full-text insert trigger, and its version number.
        {
            auto db = store::Database::open(path.toStdString());
            QVERIFY(db.ok());
            QCOMPARE(sqlite3_exec((*db)->handle(), testing::kBackToSchema8, nullptr, nullptr, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_exec((*db)->handle(),
                                  "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN"
                                  " INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END;"
                                  " PRAGMA user_version = 7;",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
        }
        QVERIFY(store::needsUpgrade(path.toStdString()));
        // Opened on a worker thread while the dialog runs the event loop; the connection is then
        // used here, on the GUI thread.
        auto db = gui::Workbench::open(nullptr, path);
        QVERIFY2(db.ok(), db ? "" : db.error().message.c_str());
        QCOMPARE((*db)->schemaVersion(), store::kSchemaVersion);
        QVERIFY(!store::needsUpgrade(path.toStdString()));
        QCOMPARE((*db)->documentCount(), 0);
        QVERIFY((*db)->search("выставка").ok());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWorkbench)
#include "test_workbench.moc"
