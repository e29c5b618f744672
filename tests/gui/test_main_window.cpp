// Smoke test of the workbench window over an ingested corpus, offscreen.
#include "document_list_model.hpp"
#include "main_window.hpp"
#include "reader_view.hpp"

#include "letopis/ingest.hpp"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace letopis;

class TestMainWindow final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto db = store::Database::open(":memory:");
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        ingest::Params params;
        params.paths = {LETOPIS_CORPUS};
        auto report = ingest::run(*m_db, params);
        QVERIFY(report.ok());
        QVERIFY(report->failures.empty());
    }

    void modelPassesTester()
    {
        gui::DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto docs = m_db->documents();
        QVERIFY(docs.ok());
        model.setDocuments(std::move(docs).value());
        QCOMPARE(model.rowCount(), static_cast<int>(m_db->documentCount()));
        QCOMPARE(model.columnCount(), static_cast<int>(gui::DocumentListModel::ColumnCount));
    }

    void windowListsDocumentsAndReadsThem()
    {
        gui::MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.documentTable()->model()->rowCount(), static_cast<int>(m_db->documentCount()));
        // The first row is selected and shown in the reader.
        QVERIFY(!window.reader()->toPlainText().isEmpty());
    }

    void searchNarrowsTheList()
    {
        gui::MainWindow window(*m_db);
        window.searchBox()->setText(QStringLiteral("выставка"));
        QTest::keyClick(window.searchBox(), Qt::Key_Return);
        const int rows = window.documentTable()->model()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY(rows < static_cast<int>(m_db->documentCount()));
        window.searchBox()->clear();
        QCOMPARE(window.documentTable()->model()->rowCount(), static_cast<int>(m_db->documentCount()));
    }

    void readerShowsCorpusTextLiterally()
    {
        store::DocumentRecord rec;
        rec.path = "x.txt";
        rec.doc = parseDocument("<script>alert(1)</script> <b>не жирный</b>");
        gui::ReaderView view;
        view.showDocument(rec);
        QVERIFY(view.toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("<b>не жирный</b>")));
    }

private:
    std::unique_ptr<store::Database> m_db;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
