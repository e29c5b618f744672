// Entity tables and the entity page over the bundled corpus ingested with extraction, offscreen.
// With LETOPIS_SCREENSHOTS=<folder> set, the view and a page are also saved there as PNG files.
#include "entity_page.hpp"
#include "entity_table_model.hpp"
#include "entity_view.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"
#include "letopis/store.hpp"
#include "letopis/text.hpp"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace letopis;
using Kind = gui::EntityTableModel::Kind;

class TestEntities final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto resources = extract::Resources::load();
        QVERIFY(resources.ok());
        auto x = extract::Extractor::create(*resources);
        QVERIFY(x.ok());
        m_extractor = std::move(x).value();
        auto db = store::Database::open(":memory:");
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        ingest::Params params;
        params.paths = {LETOPIS_CORPUS};
        params.extractor = m_extractor.get();
        auto report = ingest::run(*m_db, params);
        QVERIFY(report.ok());
        QVERIFY(report->failures.empty());
    }

    void modelsPassTester()
    {
        for (Kind kind : {Kind::Person, Kind::Organization, Kind::Country}) {
            gui::EntityTableModel model(kind);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSortFilterProxyModel proxy;
            proxy.setSourceModel(&model);
            proxy.setSortRole(gui::EntityTableModel::SortRole);
            QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            auto rows = m_db->entities(gui::EntityTableModel::kindName(kind).toStdString());
            QVERIFY(rows.ok());
            const int n = static_cast<int>(rows->size());
            QVERIFY(n > 0);
            model.setEntities(std::move(rows).value());
            QCOMPARE(model.rowCount(), n);
            QCOMPARE(model.columnCount(), kind == Kind::Person ? 7 : 6);
            proxy.sort(model.columnOf(gui::EntityTableModel::LastSeen));
            model.setEntities({});
            QCOMPARE(proxy.rowCount(), 0);
        }
    }

    void personsTableHasManturovWithRoles()
    {
        gui::EntityView view(*m_db);
        view.reload();
        auto* model = view.model(Kind::Person);
        const int row = rowOf(model, QStringLiteral("Денис Мантуров"));
        QVERIFY(row >= 0);
        const QString roles = model->index(row, model->columnOf(gui::EntityTableModel::Roles)).data().toString();
        QVERIFY2(roles.contains(QStringLiteral("глава Минпромторга РФ")), qPrintable(roles));
        QVERIFY(roles.contains(QStringLiteral("министр промышленности и торговли")));
        const QString orgs = model->index(row, model->columnOf(gui::EntityTableModel::Organizations)).data().toString();
        QVERIFY(orgs.contains(QStringLiteral("Министерство промышленности и торговли Российской Федерации")));
        QCOMPARE(model->index(row, model->columnOf(gui::EntityTableModel::Documents)).data().toLongLong(), 2);
        // Countries are named in Russian with their code.
        auto* countries = view.model(Kind::Country);
        QVERIFY(rowOf(countries, QStringLiteral("Узбекистан (UZ)")) >= 0);
        QVERIFY(view.tabs()->tabText(0).startsWith(QStringLiteral("Persons (")));
    }

    void sortingIsNumericAndByDate()
    {
        gui::EntityView view(*m_db);
        view.reload();
        // Countries' mentions run from 1 to 23: as text "23" would sort before "4".
        for (auto [kind, column] : {std::pair{Kind::Person, gui::EntityTableModel::Documents},
                                    std::pair{Kind::Country, gui::EntityTableModel::Documents},
                                    std::pair{Kind::Country, gui::EntityTableModel::Mentions}}) {
            auto* proxy = view.proxy(kind);
            const int c = view.model(kind)->columnOf(column);
            for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                view.table(kind)->sortByColumn(c, order);
                QVERIFY(proxy->rowCount() > 2);
                qlonglong previous = proxy->index(0, c).data().toLongLong();
                for (int r = 1; r < proxy->rowCount(); ++r) {
                    const qlonglong v = proxy->index(r, c).data().toLongLong();
                    QVERIFY2(order == Qt::AscendingOrder ? previous <= v : previous >= v, qPrintable(QString::number(r)));
                    previous = v;
                }
                QCOMPARE(proxy->index(0, c).data(gui::EntityTableModel::SortRole).typeId(), QMetaType::LongLong);
            }
        }
        // Dates: dated ones in order, undated ("—") after them.
        auto* proxy = view.proxy(Kind::Person);
        const int c = view.model(Kind::Person)->columnOf(gui::EntityTableModel::FirstSeen);
        view.table(Kind::Person)->sortByColumn(c, Qt::AscendingOrder);
        QStringList keys;
        for (int r = 0; r < proxy->rowCount(); ++r)
            keys << proxy->index(r, c).data(gui::EntityTableModel::SortRole).toString();
        QStringList sorted = keys;
        sorted.sort();
        QCOMPARE(keys, sorted);
        QVERIFY(keys.first().startsWith(QStringLiteral("2020")));
        QCOMPARE(proxy->index(proxy->rowCount() - 1, c).data().toString(), QStringLiteral("—"));
    }

    void filteredTablesSayHowTheyAreCounted()
    {
        gui::EntityView view(*m_db);
        view.reload();
        QVERIFY(view.statusText().isEmpty());
        store::EventFilter f;
        f.countries = {"RU"};
        view.setEventFilter(f);
        view.reload();
        QVERIFY(view.model(Kind::Person)->rowCount() > 0);
        QVERIFY2(view.statusText().contains(QStringLiteral("2,000")), qPrintable(view.statusText()));
        view.setEventFilter({});
        view.reload();
        QVERIFY(view.statusText().isEmpty());
    }

    void filterBoxNarrowsRows()
    {
        gui::EntityView view(*m_db);
        view.reload();
        auto* proxy = view.proxy(Kind::Person);
        const int all = proxy->rowCount();
        view.filterBox()->setText(QStringLiteral("МАНТУР")); // keyClicks takes ASCII only
        QCOMPARE(proxy->rowCount(), 1);
        QVERIFY(view.tabs()->tabText(0).contains(QStringLiteral("1/%1").arg(all)));
        // Roles and organisations count too.
        view.filterBox()->setText(QStringLiteral("Минпромторг"));
        QVERIFY(proxy->rowCount() >= 1);
        QVERIFY(proxy->rowCount() < all);
        view.filterBox()->clear();
        QCOMPARE(proxy->rowCount(), all);
        view.filterBox()->setText(QStringLiteral("узбек"));
        QCOMPARE(view.proxy(Kind::Country)->rowCount(), 1);
    }

    void activatingARowEmitsEntityActivated()
    {
        gui::EntityView view(*m_db);
        view.reload();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &gui::EntityView::entityActivated);
        view.filterBox()->setText(QStringLiteral("Мантуров"));
        auto* table = view.table(Kind::Person);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("person"));
        QCOMPARE(spy.at(0).at(1).toString(), QString::fromStdString(text::nameKey("Денис Мантуров")));
        // Double-click opens too.
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(spy.count() >= 2);
    }

    void pageOfManturovListsRolesEventsAndMentions()
    {
        gui::EntityPage page(*m_db);
        QVERIFY(page.showEntity(QStringLiteral("person"), QString::fromStdString(text::nameKey("Денис Мантуров"))));
        QStringList events;
        for (const auto& e : page.events())
            events << QString::fromStdString(e.name);
        QVERIFY2(events.contains(QStringLiteral("Иннопром")), qPrintable(events.join(QStringLiteral(", "))));
        const QString text = page.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Денис Мантуров")));
        QVERIFY(text.contains(QStringLiteral("Иннопром")));
        QVERIFY(text.contains(QStringLiteral("глава Минпромторга РФ")));
        QVERIFY(text.contains(QStringLiteral("Roles over time")));
        QCOMPARE(page.mentions().size(), std::size_t{2});
        QVERIFY(text.contains(QStringLiteral("Дениса Мантурова"))); // the mention as printed, in its sentence

        QSignalSpy events_(&page, &gui::EntityPage::eventRequested);
        emit page.anchorClicked(gui::EntityPage::eventUrl(page.events().front().id));
        QCOMPARE(events_.count(), 1);
        QCOMPARE(events_.at(0).at(0).toLongLong(), page.events().front().id);

        QSignalSpy docs(&page, &gui::EntityPage::documentRequested);
        const auto& m = page.mentions().front();
        emit page.anchorClicked(gui::EntityPage::documentUrl(m.context.documentId, static_cast<int>(m.mention.start),
                                                             static_cast<int>(m.mention.end)));
        QCOMPARE(docs.count(), 1);
        QCOMPARE(docs.at(0).at(0).toLongLong(), m.context.documentId);
        QCOMPARE(docs.at(0).at(1).toInt(), static_cast<int>(m.mention.start));
        QCOMPARE(docs.at(0).at(2).toInt(), static_cast<int>(m.mention.end));
        // The page links events and documents in its HTML.
        const QString html = page.toHtml();
        QVERIFY(html.contains(gui::EntityPage::eventUrl(page.events().front().id).toString()));
        QVERIFY(html.contains(QStringLiteral("letopis-document:")));
    }

    void pageOfUnknownEntitySaysSo()
    {
        gui::EntityPage page(*m_db);
        QVERIFY(!page.showEntity(QStringLiteral("person"), QStringLiteral("нет такого")));
        QVERIFY(!page.entity());
        QVERIFY(page.toPlainText().contains(QStringLiteral("нет такого")));
    }

    void pageShowsCorpusTextLiterally()
    {
        auto db = store::Database::open(":memory:");
        QVERIFY(db.ok());
        store::DocumentRecord rec;
        rec.path = "/hostile.txt";
        rec.hash = "hostile";
        rec.encoding = "UTF-8";
        rec.doc = parseDocument("10.03.2022\nФорум\n***\nПетр Иванов <b>не жирный</b> выступил на форуме <script>alert(1)</script> в Москве.");
        QVERIFY((*db)->upsertDocument(rec).ok());
        QVERIFY((*db)->storeFacts((*db)->fileState(rec.path)->documentId, m_extractor->extract(rec.doc)).ok());
        gui::EntityPage page(**db);
        QVERIFY(page.showEntity(QStringLiteral("person"), QString::fromStdString(text::nameKey("Петр Иванов"))));
        QVERIFY2(page.toPlainText().contains(QStringLiteral("<b>не жирный</b>")), qPrintable(page.toPlainText()));
        QVERIFY(page.toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("LETOPIS_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set LETOPIS_SCREENSHOTS to a folder to save screenshots");
        gui::EntityView view(*m_db);
        view.resize(1100, 520);
        view.reload();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("entities.png"))));
        view.showKind(Kind::Country);
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("entities_countries.png"))));
        gui::EntityPage page(*m_db);
        page.resize(900, 1300);
        QVERIFY(page.showEntity(QStringLiteral("person"), QString::fromStdString(text::nameKey("Денис Мантуров"))));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("entity_page.png"))));
        QVERIFY(page.showEntity(QStringLiteral("country"), QStringLiteral("UZ")));
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("entity_page_country.png"))));
    }

private:
    static int rowOf(const gui::EntityTableModel* model, const QString& name)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == name)
                return r;
        }
        return -1;
    }

    std::unique_ptr<extract::Extractor> m_extractor;
    std::unique_ptr<store::Database> m_db;
};

QTEST_MAIN(TestEntities)
#include "test_entities.moc"
