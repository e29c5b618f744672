// The workbench window over the bundled corpus, offscreen: models, filters, details, evidence
// and the reader.
#include "date_text.hpp"
#include "document_list_model.hpp"
#include "entity_table_model.hpp"
#include "entity_view.hpp"
#include "event_details.hpp"
#include "event_table_model.hpp"
#include "facet_model.hpp"
#include "filter_panel.hpp"
#include "labels.hpp"
#include "main_window.hpp"
#include "reader_view.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace letopis;

namespace {

QStringList eventNames(const gui::MainWindow& w)
{
    QStringList out;
    for (const auto& e : w.eventModel()->events())
        out << QString::fromStdString(e.name);
    return out;
}

// Checks the facet value with this key, as a click on its box would.
bool check(gui::FacetModel* model, const QString& key, bool on = true)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto index = model->index(row, gui::FacetModel::Name);
        if (model->data(index, gui::FacetModel::KeyRole).toString() == key)
            return model->setData(index, on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
    return false;
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Settings of a real user must not leak into the test, nor the test's into theirs.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LetopisTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("corpus.db")).toStdString();
        auto db = store::Database::open(m_path);
        QVERIFY(db.ok());
        auto resources = extract::Resources::load();
        QVERIFY(resources.ok());
        auto extractor = extract::Extractor::create(*resources);
        QVERIFY(extractor.ok());
        ingest::Params params;
        params.paths = {LETOPIS_CORPUS};
        params.extractor = extractor->get();
        auto report = ingest::run(**db, params);
        QVERIFY(report.ok());
        QVERIFY(report->failures.empty());
    }

    void init() { QSettings().clear(); }

    void modelsPassTheTester()
    {
        auto window = open();
        QAbstractItemModelTester events(window->eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester countries(window->filterPanel()->model(gui::FilterPanel::Facet::Countries),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester docs(window->documentTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->refresh();
        QVERIFY(check(window->filterPanel()->model(gui::FilterPanel::Facet::Countries), QStringLiteral("UZ")));
        window->filterPanel()->clearFilters();
    }

    void everyEventIsListedWithoutFilters()
    {
        auto window = open();
        QCOMPARE(window->eventModel()->rowCount(), static_cast<int>(window->database().events({})->size()));
        QVERIFY(window->eventModel()->rowCount() >= 8);
        QVERIFY(!window->filterPanel()->clearButton()->isEnabled());
    }

    void countryFilterLeavesItsEventsAndUpdatesCounts()
    {
        auto window = open();
        auto* countries = window->filterPanel()->model(gui::FilterPanel::Facet::Countries);
        QVERIFY(check(countries, QStringLiteral("UZ")));
        const auto names = eventNames(*window);
        QVERIFY(names.contains(QStringLiteral("Иннопром. Центральная Азия")));
        QVERIFY(!names.contains(QStringLiteral("Облачные города БРИКС")));
        for (const auto& e : window->eventModel()->events())
            QVERIFY(std::find(e.countries.begin(), e.countries.end(), "UZ") != e.countries.end());
        // The type facet now counts only the Uzbek events.
        auto* types = window->filterPanel()->model(gui::FilterPanel::Facet::Types);
        int counted = 0;
        for (int row = 0; row < types->rowCount(); ++row)
            counted += types->data(types->index(row, gui::FacetModel::Name), gui::FacetModel::CountRole).toInt();
        QCOMPARE(counted, window->eventModel()->rowCount());
        QVERIFY(window->filterPanel()->clearButton()->isEnabled());
        QVERIFY(window->filterPanel()->describe().contains(QStringLiteral("Узбекистан (UZ)")));

        // The entity tables follow: only what the Uzbek events' documents mention. They are read
        // when shown, not on every filter change.
        auto* entityTabs = window->entityView()->tabs();
        QVERIFY(!entityTabs->tabText(0).contains(QLatin1Char('(')));
        window->show();
        window->findChild<QTabWidget*>(QStringLiteral("centreTabs"))->setCurrentWidget(window->entityView());
        QVERIFY(entityTabs->tabText(0).contains(QLatin1Char('(')));
        QVERIFY(!entityTabs->tabText(1).contains(QLatin1Char('('))); // organisations: not in view yet
        auto* persons = window->entityView()->model(gui::EntityTableModel::Kind::Person);
        const int filteredPersons = persons->rowCount();
        QVERIFY(filteredPersons > 0);

        QTest::mouseClick(window->filterPanel()->clearButton(), Qt::LeftButton);
        QVERIFY(persons->rowCount() > filteredPersons);
        QCOMPARE(window->eventModel()->rowCount(), static_cast<int>(window->database().events({})->size()));
    }

    void organisationFilterLeavesTheMarathon()
    {
        auto window = open();
        auto* orgs = window->filterPanel()->model(gui::FilterPanel::Facet::Organizations);
        QVERIFY(check(orgs, QString::fromStdString(text::nameKey("Renault Group"))));
        QCOMPARE(eventNames(*window), QStringList{QStringLiteral("Марафон столиц")});
    }

    void facetsCombineOrWithinAndAcross()
    {
        auto window = open();
        auto* panel = window->filterPanel();
        QVERIFY(check(panel->model(gui::FilterPanel::Facet::Types), QStringLiteral("forum")));
        const int forums = window->eventModel()->rowCount();
        QVERIFY(check(panel->model(gui::FilterPanel::Facet::Types), QStringLiteral("exhibition")));
        const int forumsOrExhibitions = window->eventModel()->rowCount();
        QVERIFY(forumsOrExhibitions > forums);
        QVERIFY(check(panel->model(gui::FilterPanel::Facet::Countries), QStringLiteral("UZ")));
        QVERIFY(window->eventModel()->rowCount() < forumsOrExhibitions);
        for (const auto& e : window->eventModel()->events())
            QVERIFY(e.type == "forum" || e.type == "exhibition");
    }

    void textQueryUsesWordForms()
    {
        auto window = open();
        auto* query = window->filterPanel()->queryEdit();
        query->setText(QStringLiteral("Ташкенте"));
        QTest::keyClick(query, Qt::Key_Return);
        const auto names = eventNames(*window);
        QVERIFY(names.contains(QStringLiteral("Иннопром. Центральная Азия")));
        QVERIFY(!names.contains(QStringLiteral("Облачные города БРИКС")));
        // A query with nothing to search for is said in the status bar, not thrown at the analyst.
        query->setText(QStringLiteral("!!!"));
        QTest::keyClick(query, Qt::Key_Return);
        QCOMPARE(window->eventModel()->rowCount(), 0);
        QVERIFY(window->statusLabel()->text().contains(QStringLiteral("nothing to search for")));
    }

    void selectingAnEventShowsItsDetailsAndEvidenceOpensTheDocument()
    {
        auto window = open();
        const auto& events = window->eventModel()->events();
        auto it = std::find_if(events.begin(), events.end(), [](const auto& e) { return e.name == "Иннопром. Центральная Азия"; });
        QVERIFY(it != events.end());
        const auto event = *it;
        window->selectEvent(event.id);
        const QString details = window->eventDetails()->toPlainText();
        QVERIFY(details.contains(QStringLiteral("Иннопром. Центральная Азия")));
        QVERIFY(details.contains(QStringLiteral("Ташкент")));
        QVERIFY(details.contains(QStringLiteral("Мантуров")));
        QVERIFY(details.contains(QStringLiteral("year inferred from the text")));
        // The table counts the sources; the details read them when the event is selected.
        QVERIFY(event.sources.empty());
        QVERIFY(event.sourceCount > 0);
        const auto full = window->database().event(event.id);
        QVERIFY(full && *full);
        QCOMPARE((*full)->sources.size(), event.sourceCount);
        QVERIFY(details.contains(QString::fromStdString((*full)->sources.front().title)));

        QSignalSpy opened(window->eventDetails(), &gui::EventDetails::documentRequested);
        const auto& source = (*full)->sources.front();
        const QString link = QStringLiteral("letopis://document/%1?start=%2&end=%3")
                                 .arg(source.documentId).arg(source.sentence.start).arg(source.sentence.end);
        emit window->eventDetails()->anchorClicked(QUrl(link));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(window->detailTabs()->currentWidget(), window->reader());
        QCOMPARE(window->reader()->documentId(), source.documentId);
        QVERIFY(window->reader()->focusPosition() >= 0);
        QCOMPARE(window->reader()->focusedText(), QString::fromStdString(source.sentenceText));
        QVERIFY(window->reader()->toPlainText().contains(QString::fromStdString(source.sentenceText)));
    }

    void readerHighlightsMentionsAndShowsTextLiterally()
    {
        store::DocumentRecord rec;
        rec.path = "x.txt";
        rec.doc = parseDocument("<script>alert(1)</script> Денис Мантуров <b>не жирный</b>");
        store::DocumentMention m;
        m.type = "PERSON";
        const auto at = static_cast<std::uint32_t>(text::toU32(rec.doc.text).find(U"Денис"));
        m.span = {at, at + 14};
        m.entity = "Денис Мантуров";
        gui::ReaderView view;
        view.showDocument(rec, {m});
        QVERIFY(view.toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("<b>не жирный</b>")));
        QVERIFY(view.toHtml().contains(gui::mentionColorName("PERSON")));
    }

    void reportOfTheFilteredEventsIsAPdfWithTheirText()
    {
        auto window = open();
        QVERIFY(check(window->filterPanel()->model(gui::FilterPanel::Facet::Countries), QStringLiteral("UZ")));
        const QString pdf = m_dir.filePath(QStringLiteral("uz.pdf"));
        const auto st = window->exportReport(pdf);
        QVERIFY2(st.ok(), st.ok() ? "" : st.error().message.c_str());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (poppler-utils)");
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Ташкент")));
        QVERIFY(text.contains(QStringLiteral("Узбекистан (UZ)")));
        QVERIFY(!text.contains(QStringLiteral("БРИКС")));
    }

    void theApplicationOpensTheDatabaseItIsGiven()
    {
        const QString png = m_dir.filePath(QStringLiteral("window.png"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LETOPIS_APP), {QStringLiteral("--db"), QString::fromStdString(m_path), QStringLiteral("--screenshot"), png});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        QImage shot(png);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() > 600);

    }

    void datesReadAsWordsAtTheirPrecision()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::Russian));
        auto day = dates::makeDate(2024, 4, 22);
        auto end = dates::makeDate(2024, 4, 24);
        QVERIFY(day && end);
        QCOMPARE(gui::dateRangeText(day, end, true), QStringLiteral("22–24 апреля 2024, year inferred from the text"));
        auto july = dates::makeDate(2020, 7, 1, dates::Precision::Month);
        QCOMPARE(gui::dateRangeText(july, std::nullopt, false), QStringLiteral("июль 2020"));
        auto yearless = dates::Date{0, 9, 18};
        QCOMPARE(gui::dateText(yearless), QStringLiteral("18 сентября, year unknown"));
        QCOMPARE(gui::dateRangeText(std::nullopt, std::nullopt, false), QStringLiteral("undated"));
        auto june30 = dates::makeDate(2021, 6, 30), july2 = dates::makeDate(2021, 7, 2);
        QCOMPARE(gui::dateRangeText(june30, july2, false), QStringLiteral("30 июня – 2 июля 2021"));
        QLocale::setDefault(saved);
    }

    void filtersAreRememberedBetweenSessions()
    {
        {
            auto window = open();
            QVERIFY(check(window->filterPanel()->model(gui::FilterPanel::Facet::Countries), QStringLiteral("UZ")));
            window->close();
        }
        auto again = open();
        QCOMPARE(again->filterPanel()->filter().countries, std::vector<std::string>{"UZ"});
        QVERIFY(eventNames(*again).contains(QStringLiteral("Иннопром. Центральная Азия")));
    }

private:
    std::unique_ptr<gui::MainWindow> open()
    {
        auto db = store::Database::open(m_path);
        if (!db)
            return nullptr;
        return std::make_unique<gui::MainWindow>(std::move(db).value());
    }

    QTemporaryDir m_dir;
    std::string m_path;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
