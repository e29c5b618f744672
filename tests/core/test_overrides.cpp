// The analyst's corrections on the bundled corpus: each kind applies at once, survives re-ingest,
// and taking it back restores what extraction found.
#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

namespace fs = std::filesystem;
using namespace letopis;

namespace {

extract::Extractor& extractor()
{
    static auto resources = extract::Resources::load();
    REQUIRE(resources.ok());
    static auto x = extract::Extractor::create(*resources);
    REQUIRE(x.ok());
    return **x;
}

class Corpus final {
public:
    explicit Corpus(const std::string& folder = LETOPIS_CORPUS)
    {
        auto db = store::Database::open(":memory:");
        REQUIRE(db);
        m_db = std::move(*db);
        ingest(folder);
    }
    store::Database& db() { return *m_db; }

    void ingest(const std::string& folder)
    {
        ingest::Params params;
        params.paths = {folder};
        params.extractor = &extractor();
        auto report = ingest::run(*m_db, params);
        REQUIRE(report);
        REQUIRE(report->failures.empty());
    }
    // What a caller does right after a correction: extract the documents it marked again.
    std::size_t apply()
    {
        ingest::Params params;
        params.extractor = &extractor();
        auto report = ingest::run(*m_db, params);
        REQUIRE(report);
        return report->extracted;
    }
    std::int64_t add(const std::string& kind, const std::string& of, const std::string& key, const std::string& value = {})
    {
        auto id = m_db->addOverride({0, kind, of, key, value, {}});
        INFO(kind << ' ' << of << ' ' << key << ": " << (id ? std::string() : id.error().message));
        REQUIRE(id);
        return *id;
    }
    void undo(std::int64_t id)
    {
        auto st = m_db->removeOverride(id);
        INFO((st ? std::string() : st.error().message));
        REQUIRE(st);
    }
    std::size_t pending() { return m_db->documentsNeedingExtraction()->size(); }
    void reextractAll()
    {
        REQUIRE(sqlite3_exec(m_db->handle(), "DELETE FROM extraction_state", nullptr, nullptr, nullptr) == SQLITE_OK);
        REQUIRE(apply() == static_cast<std::size_t>(m_db->documentCount()));
    }

    std::vector<store::EventRow> events(const store::EventFilter& f = {})
    {
        auto rows = m_db->events(f);
        REQUIRE(rows);
        return *rows;
    }
    std::optional<store::EventRow> event(const std::string& key)
    {
        for (auto& e : events())
            if (e.key == key)
                return e;
        return std::nullopt;
    }
    std::optional<store::EntityRow> entity(const std::string& kind, const std::string& key)
    {
        auto rows = m_db->entities(kind);
        REQUIRE(rows);
        for (auto& e : *rows)
            if (e.key == key)
                return e;
        return std::nullopt;
    }

private:
    std::unique_ptr<store::Database> m_db;
};

const std::string kInnoprom2020 = "иннопром|2020";
const std::string kInnoprom2021 = "иннопром|2021";
const std::string kLocomotives = "локомотивы роста|";
const std::string kManturov = "денис мантуров";
const std::string kAtrashkin = "антон атрашкин";

} // namespace

TEST_CASE("rename shows at once, without extracting anything again, and undo restores the name", "[overrides]")
{
    Corpus c;
    const auto before = c.event(kInnoprom2020);
    REQUIRE(before);
    CHECK_FALSE(before->corrected);
    const auto event = c.add("rename", "event", kInnoprom2020, "Иннопром-2020");
    const auto person = c.add("rename", "person", "Денис Мантуров", "Д. В. Мантуров"); // a name folds to its key
    CHECK(c.pending() == 0);
    CHECK(c.event(kInnoprom2020)->name == "Иннопром-2020");
    CHECK(c.event(kInnoprom2020)->corrected);
    CHECK(c.entity("person", kManturov)->name == "Д. В. Мантуров");
    CHECK(c.entity("person", kManturov)->corrected);
    CHECK_FALSE(c.entity("person", kAtrashkin)->corrected);

    c.reextractAll(); // as after an upgrade of the extractor
    CHECK(c.event(kInnoprom2020)->name == "Иннопром-2020");
    CHECK(c.entity("person", kManturov)->name == "Д. В. Мантуров");

    c.undo(event);
    c.undo(person);
    CHECK(c.event(kInnoprom2020)->name == before->name);
    CHECK_FALSE(c.event(kInnoprom2020)->corrected);
    CHECK(c.entity("person", kManturov)->name == "Денис Мантуров");
    CHECK_FALSE(c.entity("person", kManturov)->corrected);
}

TEST_CASE("merging events re-extracts only their documents — split takes the merge back", "[overrides]")
{
    Corpus c;
    const auto events = c.events().size();
    const auto sources2020 = c.event(kInnoprom2020)->sources.size();
    const auto sources2021 = c.event(kInnoprom2021)->sources.size();

    const auto merge = c.add("merge", "event", kInnoprom2021, kInnoprom2020);
    CHECK(c.pending() > 0);
    CHECK(c.pending() < static_cast<std::size_t>(c.db().documentCount()));
    c.apply();
    CHECK(c.events().size() == events - 1);
    CHECK_FALSE(c.event(kInnoprom2021));
    const auto merged = c.event(kInnoprom2020);
    REQUIRE(merged);
    CHECK(merged->sources.size() == sources2020 + sources2021);
    CHECK(merged->corrected);

    const auto split = c.add("split", "event", kInnoprom2021);
    c.apply();
    CHECK(c.events().size() == events);
    REQUIRE(c.event(kInnoprom2021));
    CHECK(c.event(kInnoprom2021)->sources.size() == sources2021);
    CHECK(c.event(kInnoprom2021)->corrected); // split off by hand
    CHECK(c.event(kInnoprom2020)->sources.size() == sources2020);
    CHECK_FALSE(c.event(kInnoprom2020)->corrected);

    c.undo(split); // merged again
    c.apply();
    CHECK(c.events().size() == events - 1);
    c.undo(merge);
    c.apply();
    CHECK(c.events().size() == events);
    CHECK_FALSE(c.event(kInnoprom2021)->corrected);
    CHECK(c.db().overrides()->empty());
}

TEST_CASE("merging persons joins their mentions and speeches — split separates them again", "[overrides]")
{
    Corpus c;
    const auto manturov = c.entity("person", kManturov);
    const auto atrashkin = c.entity("person", kAtrashkin);
    REQUIRE(manturov);
    REQUIRE(atrashkin);

    c.add("merge", "person", kAtrashkin, kManturov);
    c.apply();
    CHECK_FALSE(c.entity("person", kAtrashkin));
    const auto merged = c.entity("person", kManturov);
    REQUIRE(merged);
    CHECK(merged->name == "Денис Мантуров"); // the target keeps its own name
    CHECK(merged->mentions == manturov->mentions + atrashkin->mentions);
    CHECK(merged->corrected);

    c.add("split", "person", kAtrashkin);
    c.apply();
    REQUIRE(c.entity("person", kAtrashkin));
    CHECK(c.entity("person", kAtrashkin)->mentions == atrashkin->mentions);
    CHECK(c.entity("person", kAtrashkin)->corrected);
    CHECK(c.entity("person", kManturov)->mentions == manturov->mentions);
    CHECK_FALSE(c.entity("person", kManturov)->corrected);

    // Into a name no document uses: the merged entity takes the name the analyst gave.
    c.add("merge", "person", "алаа эзз", "Алаа Эзз-Эльдин");
    c.apply();
    CHECK_FALSE(c.entity("person", "алаа эзз"));
    REQUIRE(c.entity("person", "алаа эзз-эльдин"));
    CHECK(c.entity("person", "алаа эзз-эльдин")->name == "Алаа Эзз-Эльдин");
}

TEST_CASE("reject drops an event or a person — undo brings back what extraction found", "[overrides]")
{
    Corpus c;
    const auto events = c.events().size();
    const auto locomotives = c.event(kLocomotives);
    REQUIRE(locomotives);
    const auto manturov = c.entity("person", kManturov);
    store::EventFilter byManturov;
    byManturov.persons = {"Мантуров"};
    const auto spoke = c.events(byManturov).size();
    REQUIRE(spoke > 0);

    const auto event = c.add("reject", "event", kLocomotives);
    const auto person = c.add("reject", "person", kManturov);
    c.apply();
    CHECK(c.events().size() == events - 1);
    CHECK_FALSE(c.event(kLocomotives));
    CHECK_FALSE(c.entity("person", kManturov));
    CHECK(c.events(byManturov).empty());

    c.undo(event);
    c.undo(person);
    c.apply();
    CHECK(c.events().size() == events);
    REQUIRE(c.event(kLocomotives));
    CHECK(c.event(kLocomotives)->sources.size() == locomotives->sources.size());
    REQUIRE(c.entity("person", kManturov));
    CHECK(c.entity("person", kManturov)->mentions == manturov->mentions);
    CHECK(c.events(byManturov).size() == spoke);
}

TEST_CASE("set-type and set-dates show at once and reach the filters once applied", "[overrides]")
{
    Corpus c;
    const auto before = c.event(kLocomotives);
    REQUIRE(before);
    REQUIRE(before->type == "forum");
    REQUIRE_FALSE(before->start);

    const auto type = c.add("set-type", "event", kLocomotives, "conference");
    const auto when = c.add("set-dates", "event", kLocomotives, "2023-05-10/2023-05-12");
    std::set<std::int64_t> documents;
    for (const auto& e : before->sources)
        documents.insert(e.documentId);
    CHECK(c.pending() == documents.size()); // its documents, and only them
    auto shown = c.event(kLocomotives); // before the documents are extracted again
    REQUIRE(shown);
    CHECK(shown->type == "conference");
    REQUIRE(shown->start);
    CHECK(shown->start->iso() == "2023-05-10");
    CHECK(shown->corrected);

    c.apply();
    store::EventFilter f;
    f.types = {"conference"};
    f.from = dates::parseIso("2023-05");
    f.to = dates::parseIso("2023-05");
    const auto found = c.events(f);
    REQUIRE(found.size() == 1);
    CHECK(found[0].key == kLocomotives);
    REQUIRE(found[0].end);
    CHECK(found[0].end->iso() == "2023-05-12");
    CHECK_FALSE(found[0].yearInferred);

    c.undo(type);
    c.undo(when);
    c.apply();
    CHECK(c.events(f).empty());
    CHECK(c.event(kLocomotives)->type == "forum");
    CHECK_FALSE(c.event(kLocomotives)->start);
    CHECK_FALSE(c.event(kLocomotives)->corrected);
}

TEST_CASE("corrections survive re-ingest of changed files and a full re-extraction", "[overrides]")
{
    std::random_device rd;
    const fs::path dir = fs::temp_directory_path() / ("letopis-overrides-" + std::to_string(rd()));
    fs::create_directories(dir);
    for (const auto& e : fs::directory_iterator(LETOPIS_CORPUS))
        fs::copy_file(e.path(), dir / e.path().filename());
    {
        Corpus c(dir.string());
        c.add("rename", "event", kInnoprom2020, "Иннопром-2020");
        c.add("merge", "person", kAtrashkin, kManturov);
        c.add("reject", "event", kLocomotives);
        c.add("set-type", "event", kInnoprom2021, "forum");
        c.apply();
        auto check = [&] {
            CHECK(c.event(kInnoprom2020)->name == "Иннопром-2020");
            CHECK_FALSE(c.entity("person", kAtrashkin));
            CHECK_FALSE(c.event(kLocomotives));
            CHECK(c.event(kInnoprom2021)->type == "forum");
        };
        check();
        // Every file changes (a line appended), so every document is replaced and extracted again.
        for (const auto& e : fs::directory_iterator(dir)) {
            std::ofstream(e.path(), std::ios::app) << "\nДополнение.\n";
            fs::last_write_time(e.path(), fs::last_write_time(e.path()) + std::chrono::seconds(5));
        }
        c.ingest(dir.string());
        check();
        c.reextractAll();
        check();
        CHECK(c.db().overrides()->size() == 4);
    }
    fs::remove_all(dir);
}

TEST_CASE("corrections that make no sense are refused with a reason", "[overrides]")
{
    Corpus c;
    auto refused = [&](const store::Override& o) {
        auto id = c.db().addOverride(o);
        REQUIRE_FALSE(id);
        CHECK(id.error().code == ErrorCode::InvalidArgument);
        CHECK_FALSE(id.error().message.empty());
    };
    refused({0, "frobnicate", "event", kInnoprom2020, "x", {}});
    refused({0, "rename", "planet", "x", "y", {}});
    refused({0, "rename", "event", kInnoprom2020, "  ", {}});
    refused({0, "set-type", "person", kManturov, "forum", {}});
    refused({0, "set-type", "event", kInnoprom2020, "party", {}});
    refused({0, "set-dates", "event", kInnoprom2020, "7 июля", {}});
    refused({0, "set-dates", "event", kInnoprom2020, "2020-07-09/2020-07-07", {}});
    refused({0, "set-dates", "event", kInnoprom2020, "2020-07-07/2020-07", {}});
    refused({0, "merge", "event", kInnoprom2020, kInnoprom2020, {}});
    refused({0, "split", "event", kInnoprom2020, {}, {}});
    c.add("merge", "event", kInnoprom2021, kInnoprom2020);
    refused({0, "merge", "event", kInnoprom2020, kInnoprom2021, {}}); // would go round in a circle
    CHECK(c.db().removeOverride(9999).error().code == ErrorCode::InvalidArgument);
    CHECK(c.db().overrides()->size() == 1);
}
