// Corrections from the workbench as undoable commands over the ingested corpus.
#include "corrections.hpp"
#include "event_correction_dialog.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace letopis;

class TestCorrections final : public QObject {
    Q_OBJECT
private:
    std::optional<store::EventRow> event(const std::string& key)
    {
        auto rows = m_db->events({});
        if (!rows)
            return std::nullopt;
        for (auto& e : *rows)
            if (e.key == key)
                return e;
        return std::nullopt;
    }
    std::optional<store::EntityRow> entity(const std::string& kind, const std::string& key)
    {
        auto rows = m_db->entities(kind);
        if (!rows)
            return std::nullopt;
        for (auto& e : *rows)
            if (e.key == key)
                return e;
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        auto resources = extract::Resources::load();
        QVERIFY(resources.ok());
        auto x = extract::Extractor::create(*resources);
        QVERIFY(x.ok());
        m_extractor = std::move(*x);
        auto db = store::Database::open(":memory:");
        QVERIFY(db.ok());
        m_db = std::move(*db);
        ingest::Params params;
        params.paths = {LETOPIS_CORPUS};
        params.extractor = m_extractor.get();
        QVERIFY(ingest::run(*m_db, params).ok());
    }

    void renameAnEventAndUndoIt()
    {
        gui::Corrections c(*m_db);
        c.setExtractor(m_extractor.get());
        QSignalSpy changed(&c, &gui::Corrections::dataChanged);
        const auto before = event("иннопром|2020");
        QVERIFY(before);
        QVERIFY(!before->corrected);

        QVERIFY(c.renameEvent(*before, QStringLiteral("Иннопром-2020")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(event("иннопром|2020")->name, std::string("Иннопром-2020"));
        QVERIFY(event("иннопром|2020")->corrected);
        QCOMPARE(c.undoStack()->count(), 1);
        QVERIFY(c.undoStack()->undoText().contains(QStringLiteral("Иннопром-2020")));

        c.undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(event("иннопром|2020")->name, before->name);
        QVERIFY(!event("иннопром|2020")->corrected);
        QVERIFY(m_db->overrides()->empty());

        c.undoStack()->redo();
        QCOMPARE(event("иннопром|2020")->name, std::string("Иннопром-2020"));
        c.undoStack()->undo();
        QVERIFY(m_db->overrides()->empty());
    }

    void renameAPersonAndUndoIt()
    {
        gui::Corrections c(*m_db);
        c.setExtractor(m_extractor.get());
        const auto before = entity("person", "денис мантуров");
        QVERIFY(before);
        QVERIFY(c.renameEntity(*before, QStringLiteral("Д. В. Мантуров")));
        QCOMPARE(entity("person", "денис мантуров")->name, std::string("Д. В. Мантуров"));
        QVERIFY(entity("person", "денис мантуров")->corrected);
        c.undoStack()->undo();
        QCOMPARE(entity("person", "денис мантуров")->name, std::string("Денис Мантуров"));
        QVERIFY(!entity("person", "денис мантуров")->corrected);
    }

    void mergeSplitAndUndo()
    {
        gui::Corrections c(*m_db);
        c.setExtractor(m_extractor.get());
        const auto from = entity("person", "антон атрашкин");
        const auto into = entity("person", "денис мантуров");
        QVERIFY(from && into);
        QVERIFY(c.mergeEntity(*from, *into));
        QVERIFY(!entity("person", "антон атрашкин"));
        QCOMPARE(entity("person", "денис мантуров")->mentions, into->mentions + from->mentions);
        QCOMPARE(c.mergedInto("person", "денис мантуров"), std::vector<std::string>{"антон атрашкин"});

        QVERIFY(c.split("person", "антон атрашкин"));
        QVERIFY(entity("person", "антон атрашкин"));
        QVERIFY(c.mergedInto("person", "денис мантуров").empty());

        c.undoStack()->undo(); // the split
        QVERIFY(!entity("person", "антон атрашкин"));
        c.undoStack()->undo(); // the merge
        QCOMPARE(entity("person", "антон атрашкин")->mentions, from->mentions);
        QCOMPARE(entity("person", "денис мантуров")->mentions, into->mentions);
        QVERIFY(m_db->overrides()->empty());
    }

    void rejectAndUndo()
    {
        gui::Corrections c(*m_db);
        c.setExtractor(m_extractor.get());
        const auto events = m_db->events({})->size();
        QVERIFY(c.rejectEvent(*event("локомотивы роста|")));
        QCOMPARE(m_db->events({})->size(), events - 1);
        c.undoStack()->undo();
        QCOMPARE(m_db->events({})->size(), events);
    }

    void correctDatesAndTypeInTheDialog()
    {
        gui::Corrections c(*m_db);
        c.setExtractor(m_extractor.get());
        const auto before = event("локомотивы роста|");
        QVERIFY(before);
        QVERIFY(!before->start);
        // The dialog is modal: fill it in and accept it once it shows.
        QTimer fill;
        bool filled = false;
        connect(&fill, &QTimer::timeout, this, [&] {
            auto* d = qobject_cast<gui::EventCorrectionDialog*>(QApplication::activeModalWidget());
            if (!d)
                return;
            fill.stop();
            QVERIFY(!d->datesChanged());
            QVERIFY(!d->typeChanged());
            d->setType("conference");
            d->setDates(*dates::parseIso("2023-05-10"), dates::parseIso("2023-05-12"));
            filled = true;
            d->accept();
        });
        fill.start(10);
        QVERIFY(c.askCorrectEvent(nullptr, *before));
        QVERIFY(filled);
        const auto after = event("локомотивы роста|");
        QCOMPARE(after->type, std::string("conference"));
        QVERIFY(after->start && after->end);
        QCOMPARE(after->start->iso(), std::string("2023-05-10"));
        QCOMPARE(after->end->iso(), std::string("2023-05-12"));
        QVERIFY(after->corrected);
        store::EventFilter f;
        f.types = {"conference"};
        QCOMPARE(m_db->events(f)->size(), std::size_t(1)); // the stored facts follow
        QCOMPARE(c.undoStack()->count(), 1);               // one step for both

        c.undoStack()->undo();
        QCOMPARE(event("локомотивы роста|")->type, std::string("forum"));
        QVERIFY(!event("локомотивы роста|")->start);
        QVERIFY(m_db->events(f)->empty());
    }

    void dialogDatesAtTheChosenPrecision()
    {
        auto e = *event("иннопром|2021");
        gui::EventCorrectionDialog d(e);
        QCOMPARE(d.start().iso(), std::string("2021"));
        QVERIFY(!d.datesChanged());
        d.setDates(*dates::parseIso("2021-07"), std::nullopt);
        QCOMPARE(d.start().iso(), std::string("2021-07"));
        QVERIFY(!d.end());
        QVERIFY(d.datesChanged());
    }

    void aRefusedCorrectionIsNotPushed()
    {
        gui::Corrections c(*m_db);
        c.setExtractor(m_extractor.get());
        QSignalSpy failed(&c, &gui::Corrections::failed);
        QVERIFY(!c.split("event", "иннопром|2020")); // nothing was merged into it
        QCOMPARE(failed.count(), 1);
        QVERIFY(!c.lastError().isEmpty());
        QCOMPARE(c.undoStack()->count(), 0);
        QVERIFY(m_db->overrides()->empty());
    }

private:
    std::unique_ptr<extract::Extractor> m_extractor;
    std::unique_ptr<store::Database> m_db;
};

QTEST_MAIN(TestCorrections)
#include "test_corrections.moc"
