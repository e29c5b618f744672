// The report model (what a report holds for a filter), its Russian labels, and the CSV/JSON
// exports the CLI and the workbench share.
#include "letopis/export.hpp"
#include "facts_fixture.hpp"
#include "letopis/report.hpp"
#include "letopis/store.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace letopis;

namespace {

using testing::threeEvents;

const report::Tally* find(const std::vector<report::Tally>& v, const std::string& key)
{
    auto it = std::find_if(v.begin(), v.end(), [&](const auto& t) { return t.key == key; });
    return it == v.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("report::build counts what the filtered events share", "[report]")
{
    auto db = threeEvents();
    store::EventFilter filter;
    filter.countries = {"CN"};
    report::Options options;
    options.now = 1714557600; // 2024-05-01 10:00 UTC
    auto r = report::build(*db, filter, options);
    REQUIRE(r);
    CHECK(r->title == "Летопись: отчёт о событиях");
    REQUIRE(r->filters.size() == 1);
    CHECK(r->filters[0] == "Страна: Китай (CN)");
    CHECK(r->filterText == "Страна: Китай (CN)");
    CHECK(r->generatedAt.substr(0, 8) == "2024-05-");
    CHECK(r->generatedOn.find("мая 2024") != std::string::npos);

    // Kazan and Moscow have Chinese guests; Minsk does not.
    REQUIRE(r->events.size() == 2);
    CHECK(r->summary.events == 2);
    CHECK(r->summary.documents == 2);
    CHECK(r->summary.undated == 0);
    CHECK(r->events[0].name == "Станкостроение"); // by start date
    CHECK(r->events[1].name == "Стройэкспо");
    const auto* cn = find(r->countries, "CN");
    REQUIRE(cn);
    CHECK(cn->events == 2);
    CHECK(cn->label == "Китай (CN)");
    CHECK(r->countries.front().key == "CN"); // most events first
    CHECK(find(r->countries, "TR"));
    CHECK_FALSE(find(r->countries, "BY"));
    CHECK(r->summary.countries == r->countries.size());
    REQUIRE(!r->persons.empty());
    CHECK(r->persons.front().label == "Петр Иванов");
    CHECK(r->persons.front().events == 1);
}

TEST_CASE("report::build without a filter says so — top lists are cut at Options::top", "[report]")
{
    auto db = threeEvents();
    report::Options options;
    options.top = 1;
    options.title = "Мой отчёт";
    auto r = report::build(*db, {}, options);
    REQUIRE(r);
    CHECK(r->title == "Мой отчёт");
    CHECK(r->filters.empty());
    CHECK(r->filterText == "без фильтров: все события базы");
    CHECK(r->events.size() == 3);
    CHECK(r->countries.size() == 1);
    CHECK(r->summary.countries > 1);
}

TEST_CASE("report::build passes a malformed full-text query on as an error", "[report]")
{
    auto db = threeEvents();
    store::EventFilter filter;
    filter.text = "***";
    auto r = report::build(*db, filter);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("report labels: dates at their precision, ranges, types, countries, filters", "[report]")
{
    using dates::Date;
    using dates::Precision;
    CHECK(report::dateText(Date{2024, 4, 22}) == "22 апреля 2024");
    CHECK(report::dateText(Date{2024, 4, 0, Precision::Month}) == "апрель 2024");
    CHECK(report::dateText(Date{2021, 0, 0, Precision::Year}) == "2021");
    CHECK(report::dateText(Date{0, 9, 18}) == "18 сентября");
    CHECK(report::dateRangeText(Date{2024, 4, 22}, Date{2024, 4, 24}) == "22–24 апреля 2024");
    CHECK(report::dateRangeText(Date{2021, 6, 30}, Date{2021, 7, 2}) == "30 июня – 2 июля 2021");
    CHECK(report::dateRangeText(Date{2020, 12, 30}, Date{2021, 1, 2}) == "30 декабря 2020 – 2 января 2021");
    CHECK(report::dateRangeText(Date{2020, 7, 7}, Date{2020, 7, 7}) == "7 июля 2020");
    CHECK(report::dateRangeText(Date{0, 9, 18}, std::nullopt) == "18 сентября, год неизвестен");
    CHECK(report::dateRangeText(std::nullopt, std::nullopt).empty());
    CHECK(report::typeLabel("exhibition") == "выставка");
    CHECK(report::typeLabel("session") == "сессия");
    CHECK(report::typeLabel("unheard-of") == "unheard-of");
    CHECK(report::countryLabel("UZ") == "Узбекистан (UZ)");
    CHECK(report::countryLabel("Q1") == "Q1");

    store::EventFilter f;
    f.countries = {"RU", "BY"};
    f.types = {"forum"};
    f.persons = {"Мантуров"};
    f.from = Date{2024, 4, 0, Precision::Month};
    f.to = Date{2024, 12, 31};
    f.text = "Иннопром";
    const auto lines = report::describeFilter(f);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "Страны: Россия (RU) или Беларусь (BY)");
    CHECK(lines[1] == "Участник: Мантуров");
    CHECK(lines[2] == "Тип события: форум");
    CHECK(lines[3] == "Период: с апреля 2024 по 31 декабря 2024");
    CHECK(lines[4] == "Поиск по тексту: «Иннопром»");

    store::EventRow e;
    e.city = "Ташкент";
    e.venue = "Узэкспоцентр";
    CHECK(report::placeText(e) == "Ташкент, Узэкспоцентр");
    e = {};
    e.country = "RU";
    e.format = "online";
    CHECK(report::placeText(e) == "Россия, онлайн");
}

TEST_CASE("CSV fields are quoted when they hold a comma, a quote or a line break", "[report][export]")
{
    CHECK(report::csvField("Иннопром") == "Иннопром");
    CHECK(report::csvField("") == "");
    CHECK(report::csvField("Москва, Экспоцентр") == "\"Москва, Экспоцентр\"");
    CHECK(report::csvField("форум \"Россия\"") == "\"форум \"\"Россия\"\"\"");
    CHECK(report::csvField("две\nстроки") == "\"две\nстроки\"");
    CHECK(report::csvField("cr\rhere") == "\"cr\rhere\"");
}

TEST_CASE("eventsCsv: a header, one line per event, lists joined by semicolons, awkward names quoted", "[report][export]")
{
    store::EventRow e;
    e.type = "forum";
    e.name = "Форум \"Россия, 2024\"\nвторой день";
    e.start = dates::Date{2024, 4, 22};
    e.end = dates::Date{2024, 4, 24};
    e.yearInferred = true;
    e.city = "Москва";
    e.countries = {"RU", "CN"};
    e.speakers = {"Денис Мантуров", "Алексей Груздев"};
    e.sources = {{1, "/a.txt", "", std::nullopt, {}, ""}, {1, "/a.txt", "", std::nullopt, {}, ""},
                 {2, "/b,c.txt", "", std::nullopt, {}, ""}};
    store::EventRow undated;
    undated.type = "other";
    undated.name = "Без даты";
    const std::string csv = report::eventsCsv({e, undated});
    CHECK(csv ==
          "start,end,year_inferred,type,name,parent,city,country,venue,format,countries,speakers,organizations,sources\n"
          "2024-04-22,2024-04-24,1,forum,\"Форум \"\"Россия, 2024\"\"\nвторой день\",,Москва,,,,RU;CN,"
          "Денис Мантуров;Алексей Груздев,,\"/a.txt;/b,c.txt\"\n"
          ",,0,other,Без даты,,,,,,,,,\n");
}

TEST_CASE("eventsJson: an array of events with their dates, precision, place and evidence", "[report][export]")
{
    store::EventRow e;
    e.id = 7;
    e.key = "иннопром|2024";
    e.type = "exhibition";
    e.name = "Иннопром \"<script>\"";
    e.start = dates::Date{2024, 7, 0, dates::Precision::Month};
    e.city = "Екатеринбург";
    e.sources = {{3, "/x.txt", "Заголовок", dates::Date{2024, 6, 1}, {10, 20}, "Предложение,\nс переносом."}};
    const std::string text = report::eventsJson({e});
    REQUIRE(text.back() == '\n');
    const auto j = nlohmann::json::parse(text);
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 1);
    const auto& o = j[0];
    CHECK(o["id"] == 7);
    CHECK(o["name"] == "Иннопром \"<script>\"");
    CHECK(o["start"] == "2024-07");
    CHECK(o["end"].is_null());
    CHECK(o["precision"] == "month");
    CHECK(o["year_inferred"] == false);
    CHECK(o["place"] == nlohmann::json{{"city", "Екатеринбург"}});
    CHECK(o["parent"].is_null());
    REQUIRE(o["sources"].size() == 1);
    CHECK(o["sources"][0]["sentence"] == "Предложение,\nс переносом.");
    CHECK(o["sources"][0]["published"] == "2024-06-01");
    CHECK(o["sources"][0]["start"] == 10);
    CHECK(report::eventsJson({}) == "[]\n");
}

TEST_CASE("entities export: CSV and JSON agree on the rows", "[report][export]")
{
    auto db = threeEvents();
    auto rows = db->entities("country");
    REQUIRE(rows);
    REQUIRE(!rows->empty());
    const auto j = nlohmann::json::parse(report::entitiesJson(*rows));
    const std::string csv = report::entitiesCsv(*rows);
    CHECK(j.size() == rows->size());
    CHECK(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')) == rows->size() + 1);
    CHECK(csv.rfind("kind,name,documents,mentions,events,first_seen,last_seen,roles,organizations\n", 0) == 0);
}
