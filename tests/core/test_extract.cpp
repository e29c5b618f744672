// Extraction end to end on press releases written for these tests, and facts in the store.
#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"
#include "letopis/store.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <set>

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

const extract::Event* eventNamed(const extract::DocumentFacts& f, const std::string& name)
{
    auto it = std::find_if(f.events.begin(), f.events.end(), [&](const auto& e) { return e.name == name; });
    return it == f.events.end() ? nullptr : &*it;
}

const extract::Person* personNamed(const extract::DocumentFacts& f, const std::string& name)
{
    auto it = std::find_if(f.persons.begin(), f.persons.end(), [&](const auto& p) { return p.name == name; });
    return it == f.persons.end() ? nullptr : &*it;
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// Stores a new document written for a test with the facts extracted from it; returns the facts.
extract::DocumentFacts storeExtracted(store::Database& db, const std::string& path, const std::string& text)
{
    store::DocumentRecord rec;
    rec.path = path;
    rec.hash = path;
    rec.encoding = "UTF-8";
    rec.doc = parseDocument(text);
    const auto upserted = db.upsertDocument(rec);
    REQUIRE(upserted);
    REQUIRE(*upserted == store::Upsert::New);
    auto facts = extractor().extract(rec.doc);
    REQUIRE(db.storeFacts(db.fileState(path)->documentId, facts));
    return facts;
}

const std::string kExhibition =
    "15.05.2023\n"
    "В Казани открылась выставка «Стройэкспо»\n"
    "***\n"
    "С 15 по 17 мая в Казани проходит международная выставка «Стройэкспо». В рамках выставки прошла пленарная "
    "сессия «Будущее городов». Среди спикеров — министр строительства Республики Татарстан Марат Хуснуллин и "
    "генеральный директор компании «Ромашка» Ирина Петрова. Свои проекты представили участники из Китая и Турции.";

} // namespace

TEST_CASE("an exhibition with its dates, place, session, speakers and countries", "[extract]")
{
    const auto doc = parseDocument(kExhibition);
    const auto facts = extractor().extract(doc);

    const auto* expo = eventNamed(facts, "Стройэкспо");
    REQUIRE(expo);
    CHECK(expo->type == extract::EventType::Exhibition);
    REQUIRE(expo->start);
    CHECK(expo->start->iso() == "2023-05-15");
    REQUIRE(expo->end);
    CHECK(expo->end->iso() == "2023-05-17");
    CHECK_FALSE(expo->yearInferred); // the publication year is printed
    CHECK(expo->city == "Казань");
    CHECK(expo->country == "RU");

    const auto* session = eventNamed(facts, "Будущее городов");
    REQUIRE(session);
    CHECK(session->type == extract::EventType::Session);
    REQUIRE(session->parent >= 0);
    CHECK(facts.events[std::size_t(session->parent)].name == "Стройэкспо");
    CHECK(contains(session->speakers, "Ирина Петрова"));
    CHECK(contains(expo->speakers, "Ирина Петрова")); // speakers of a session speak at its parent too

    CHECK(contains(facts.countries, "CN"));
    CHECK(contains(facts.countries, "TR"));
    CHECK(contains(facts.organizations, "Ромашка"));
}

TEST_CASE("persons are named in the nominative with their roles and organisations", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "По словам заместителя губернатора Свердловской области Ольги Смирновой, форум «Урал-Тех» станет ежегодным. "
        "Смирнова отметила, что на форуме выступит Алексей Кузнецов, генеральный директор компании «Вектор»."));
    const auto* smirnova = personNamed(facts, "Ольга Смирнова");
    REQUIRE(smirnova);
    REQUIRE_FALSE(smirnova->roles.empty());
    CHECK(smirnova->roles.front().title.rfind("заместитель губернатора", 0) == 0);
    const auto* kuznetsov = personNamed(facts, "Алексей Кузнецов");
    REQUIRE(kuznetsov);
    REQUIRE_FALSE(kuznetsov->roles.empty());
    CHECK(kuznetsov->roles.front().title == "генеральный директор компании «Вектор»");
    CHECK(kuznetsov->roles.front().organization == "Вектор");
    // "Смирнова отметила" is the same person as "Ольги Смирновой".
    const auto surname = std::find_if(facts.mentions.begin(), facts.mentions.end(), [](const auto& m) {
        return m.type == extract::MentionType::Person && m.text == "Смирнова";
    });
    if (surname != facts.mentions.end())
        CHECK(surname->entity == "Ольга Смирнова");
}

TEST_CASE("a title belongs to the person it stands before, not to one named earlier", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "В дискуссии участвовали генеральный директор АО «Вектор» Олег Смирнов и президент Ассоциации "
        "«Станкомаш» Павел Орлов. Прошла конференция «Умный завод», модератором которой выступил "
        "генеральный директор компании «Сигма» Игорь Лебедев."));
    const auto titles = [&](const char* name) {
        std::vector<std::string> out;
        if (const auto* p = personNamed(facts, name))
            for (const auto& r : p->roles)
                out.push_back(r.title);
        return out;
    };
    CHECK(titles("Олег Смирнов") == std::vector<std::string>{"генеральный директор АО «Вектор»"});
    CHECK(titles("Павел Орлов") == std::vector<std::string>{"президент Ассоциации «Станкомаш»"});
    // A relative clause ("модератором которой выступил") is no part of the title after it.
    CHECK(titles("Игорь Лебедев") == std::vector<std::string>{"генеральный директор компании «Сигма»"});
}

TEST_CASE("a name in an oblique case beside the same name in the nominative is one person", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "На форуме выступил Рустам Минниханов. По словам Рустама Минниханова, форум станет ежегодным."));
    REQUIRE(personNamed(facts, "Рустам Минниханов"));
    CHECK_FALSE(personNamed(facts, "Рустама Минниханова"));
    for (const auto& m : facts.mentions)
        if (m.type == extract::MentionType::Person)
            CHECK(m.lemma == "Рустам Минниханов");
}

TEST_CASE("an event's end told apart, a parent named by a generic noun, no date from another event's sentence", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "8 июля в Екатеринбурге открылась выставка «Промтех». В рамках выставки прошла конференция "
        "«Цифровой завод». Выставка продлится до 11 июля. На сессии «Кадры для заводов» выступили эксперты. "
        "В следующем году форум «Промтех» пройдет в Перми."));
    const auto* expo = eventNamed(facts, "Промтех");
    REQUIRE(expo);
    REQUIRE(expo->start);
    CHECK(expo->start->iso() == "--07-08");
    REQUIRE(expo->end);
    CHECK(expo->end->iso() == "--07-11");
    const auto* conference = eventNamed(facts, "Цифровой завод");
    REQUIRE(conference);
    REQUIRE(conference->parent >= 0);
    CHECK(facts.events[std::size_t(conference->parent)].name == "Промтех");
    // "Выставка продлится до 11 июля" is about the exhibition, not about the conference before it.
    CHECK_FALSE((conference->end && conference->end->iso() == "--07-11"));
    const auto* session = eventNamed(facts, "Кадры для заводов");
    REQUIRE(session);
    CHECK_FALSE((session->start && session->start->precision == dates::Precision::Year));
}

TEST_CASE("titles in a list of 'name, title' items ended by semicolons keep their commas and dashes", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Среди спикеров: Тимур Алиев, министр инвестиций, промышленности и торговли Республики Узбекистан; "
        "Олег Сергеев, статс-секретарь — заместитель министра промышленности и торговли РФ; Анна Белова, "
        "директор департамента Минпромторга России."));
    const auto title = [&](const char* name) {
        const auto* p = personNamed(facts, name);
        return p && !p->roles.empty() ? p->roles.front().title : std::string();
    };
    CHECK(title("Тимур Алиев") == "министр инвестиций, промышленности и торговли Республики Узбекистан");
    CHECK(title("Олег Сергеев") == "статс-секретарь — заместитель министра промышленности и торговли РФ");
    CHECK(title("Анна Белова") == "директор департамента Минпромторга России");

    const auto bracketed = extractor().extract(parseDocument(
        "На выставке выступил Иван Петров (генеральный директор компании «Альфа»). Пётр Сидоров (по его "
        "словам, давний участник) тоже приехал."));
    const auto* petrov = personNamed(bracketed, "Иван Петров");
    REQUIRE(petrov);
    REQUIRE(petrov->roles.size() == 1);
    CHECK(petrov->roles.front().title == "генеральный директор компании «Альфа»");
    CHECK(petrov->roles.front().organization == "Альфа");
}

TEST_CASE("a hyphenated event noun names an event — its format may be told by a generic noun", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "10 марта состоялась онлайн-конференция «Экспорт без границ». Участники обсудили рынки Африки."));
    const auto* conference = eventNamed(facts, "Экспорт без границ");
    REQUIRE(conference);
    CHECK(conference->type == extract::EventType::Conference);
    CHECK(conference->format == extract::EventFormat::Online);

    const auto hybrid = extractor().extract(parseDocument(
        "С 3 по 5 июня в Самаре пройдет выставка «Волгапром». Выставка пройдет в гибридном формате. "
        "В следующем году форум пройдет онлайн."));
    const auto* expo = eventNamed(hybrid, "Волгапром");
    REQUIRE(expo);
    CHECK(expo->format == extract::EventFormat::Hybrid);
}

TEST_CASE("an event named by adjectives, its bracketed short name, its span and its city", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Министр 4 октября выступит на пленарном заседании Казанского международного инвестиционного форума "
        "(КМИФ), сообщила пресс-секретарь министерства Ирина Орлова. КМИФ-2025 пройдет с 2 по 5 октября в "
        "Казани. В декабре в Сочи состоится Южный инновационный конгресс."));
    const auto* forum = eventNamed(facts, "Казанский международный инвестиционный форум");
    REQUIRE(forum);
    CHECK(forum->type == extract::EventType::Forum);
    CHECK(contains(forum->aliases, "КМИФ"));
    // The span the event is told to last, not the day of one speech in it.
    REQUIRE(forum->start);
    CHECK(forum->start->iso() == "2025-10-02");
    REQUIRE(forum->end);
    CHECK(forum->end->iso() == "2025-10-05");
    // "в Казани", not the city adjective in the forum's own name.
    CHECK(forum->city == "Казань");
    CHECK(eventNamed(facts, "Южный инновационный конгресс"));
    CHECK_FALSE(contains(facts.organizations, "Казанский международный инвестиционный форум"));
    for (const auto& m : facts.mentions)
        CHECK_FALSE((m.type == extract::MentionType::Organization && m.text == "КМИФ"));
    const auto* orlova = personNamed(facts, "Ирина Орлова");
    REQUIRE(orlova);
    REQUIRE_FALSE(orlova->roles.empty());
    CHECK(orlova->roles.front().title == "пресс-секретарь министерства");
}

TEST_CASE("in a sentence of two events each takes the date and city of its own clause", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "12.10.2024\nФорумы года\n***\nС 15 по 17 октября в Москве пройдет форум «Энергонеделя» (ЭНН). Ранее в "
        "июне в Казани прошел Казанский технологический форум, а в августе — форум «Армада-2024»."));
    const auto* energy = eventNamed(facts, "Энергонеделя");
    REQUIRE(energy);
    CHECK(contains(energy->aliases, "ЭНН"));
    const auto* kazan = eventNamed(facts, "Казанский технологический форум");
    REQUIRE(kazan);
    REQUIRE(kazan->start);
    CHECK(kazan->start->iso() == "2024-06");
    CHECK(kazan->city == "Казань");
    const auto* armada = eventNamed(facts, "Армада");
    REQUIRE(armada);
    REQUIRE(armada->start);
    CHECK(armada->start->iso() == "2024-08");
    CHECK(armada->city.empty());
}

TEST_CASE("a city with its country in brackets places an event — 'во главе с' is no title", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Делегация во главе с вице-губернатором Олегом Чемезовым приняла участие в выставке «Мессе», "
        "которая проходила с 31 марта по 4 апреля в Ганновере (Германия)."));
    const auto* fair = eventNamed(facts, "Мессе");
    REQUIRE(fair);
    CHECK(fair->country == "DE");
    const auto* chemezov = personNamed(facts, "Олег Чемезов");
    REQUIRE(chemezov);
    REQUIRE(chemezov->roles.size() == 1);
    CHECK(chemezov->roles.front().title == "вице-губернатор");
}

TEST_CASE("no event from adjectives at a sentence start, in the plural, or a name after 'на' alone", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Крупная выставка откроется завтра. Он посетил Международные выставки в Азии. Регулятор наложил на "
        "«Ромашку» штраф. Позже «Ромашка» обжаловала решение."));
    CHECK(facts.events.empty());
}

TEST_CASE("a round table is a session — a venue after 'выставочном центре' — the company a title names", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "15–17 апреля в выставочном центре «Волга Экспо» пройдет VII Международный аграрный форум «Нива». "
        "16 апреля состоится круглый стол «Техника для полей», модератором которого выступит председатель "
        "совета директоров АО «Поле Агро» Марина Лебедева."));
    const auto* forum = eventNamed(facts, "Нива");
    REQUIRE(forum);
    CHECK(forum->venue == "Волга Экспо");
    const auto* table = eventNamed(facts, "Техника для полей");
    REQUIRE(table);
    CHECK(table->type == extract::EventType::Session);
    const auto* lebedeva = personNamed(facts, "Марина Лебедева");
    REQUIRE(lebedeva);
    REQUIRE_FALSE(lebedeva->roles.empty());
    CHECK(lebedeva->roles.front().organization == "Поле Агро");
    // "VII Международный аграрный форум" cut by the tagger leaves no organisation of adjectives.
    CHECK_FALSE(contains(facts.organizations, "Международный аграрный"));
}

TEST_CASE("the parent of a session is named in 'в рамках'", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "12 октября в рамках форума «Цифровая индустрия» прошла сессия «Роботы на заводах». "
        "В дискуссии приняли участие эксперты из Индии и Франции."));
    const auto* session = eventNamed(facts, "Роботы на заводах");
    REQUIRE(session);
    REQUIRE(session->parent >= 0);
    CHECK(facts.events[std::size_t(session->parent)].name == "Цифровая индустрия");
    CHECK(facts.events[std::size_t(session->parent)].type == extract::EventType::Forum);
    REQUIRE(session->start);
    CHECK(session->start->iso() == "--10-12"); // no publication date: the year stays unknown
    CHECK(contains(session->countries, "IN"));
    CHECK(contains(session->countries, "FR"));
}

TEST_CASE("country adjectives count, a sea named for a country does not", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Российско-китайский форум прошел в Пекине. Суда прошли по акватории Южно-Китайского моря."));
    CHECK(contains(facts.countries, "RU"));
    CHECK(contains(facts.countries, "CN")); // from "российско-китайский" and Пекин, not from the sea
    const auto sea = extractor().extract(parseDocument("Суда прошли по акватории Южно-Китайского моря."));
    CHECK_FALSE(contains(sea.countries, "CN"));
}

TEST_CASE("mentions point at their text in the original", "[extract]")
{
    const std::string text = "06.07.2020\nЗаголовок про «Иннопром»\n***\nГлава Минпромторга РФ Денис Мантуров "
                             "выступил на выставке «Иннопром» в Екатеринбурге 7 июля.";
    const auto doc = parseDocument(text);
    const auto facts = extractor().extract(doc);
    const auto u = text::toU32(text);
    REQUIRE_FALSE(facts.mentions.empty());
    for (const auto& m : facts.mentions) {
        REQUIRE(m.end <= u.size());
        CHECK(text::toUtf8(u.substr(m.start, m.end - m.start)) == m.text);
        CHECK(m.sentence.start <= m.start);
        CHECK(m.end <= m.sentence.end);
    }
}

TEST_CASE("hostile text extracts without a crash", "[extract][hostile]")
{
    for (const std::string& text : {std::string(), std::string("   \n\n  "), std::string(2000, '"'),
                                   std::string("«««««««"), std::string("»»»» «"), std::string(5000, 'a'),
                                   std::string("<script>alert('x')</script> выставка «<b>»")}) {
        const auto facts = extractor().extract(parseDocument(text));
        const auto u = text::toU32(text);
        for (const auto& m : facts.mentions)
            CHECK(m.end <= u.size());
    }
}

TEST_CASE("the same event in two documents is one event with two sources", "[extract][store]")
{
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    for (const auto& [path, text] : std::vector<std::pair<std::string, std::string>>{
             {"/a.txt", "10.03.2022\nОткрылся форум\n***\n11 марта в Москве пройдет форум «Станкостроение». "
                        "Среди спикеров форума — Петр Иванов, президент ассоциации «Станкопром»."},
             {"/b.txt", "10.03.2022\nФорум станкостроителей\n***\nЗавтра на форуме «Станкостроение» выступит "
                        "президент ассоциации «Станкопром» Петр Иванов."}})
        storeExtracted(**db, path, text);
    auto events = (*db)->events({});
    REQUIRE(events);
    const auto forum = std::find_if(events->begin(), events->end(), [](const auto& e) { return e.name == "Станкостроение"; });
    REQUIRE(forum != events->end());
    CHECK(forum->type == "forum");
    REQUIRE(forum->start);
    CHECK(forum->start->iso() == "2022-03-11");
    std::set<std::int64_t> docs;
    for (const auto& s : forum->sources)
        docs.insert(s.documentId);
    CHECK(docs.size() == 2);
    CHECK(contains(forum->speakers, "Петр Иванов"));

    store::EventFilter byPerson;
    byPerson.persons = {"Иванов"};
    CHECK((*db)->events(byPerson)->size() == 1);
    store::EventFilter byCountry;
    byCountry.countries = {"uz"};
    CHECK((*db)->events(byCountry)->empty());

    auto persons = (*db)->entities("person");
    REQUIRE(persons);
    const auto ivanov = std::find_if(persons->begin(), persons->end(), [](const auto& p) { return p.name == "Петр Иванов"; });
    REQUIRE(ivanov != persons->end());
    CHECK(ivanov->documents == 2);
}

TEST_CASE("one edition under its full name in one document and its short name in another is one event", "[extract][store]")
{
    const std::vector<std::pair<std::string, std::string>> docs{
        {"/full.txt", "10.08.2024\nФорум во Владивостоке\n***\nВосточный экономический форум (ВЭФ) пройдет "
                      "3–6 сентября 2024 года во Владивостоке."},
        {"/short.txt", "06.09.2024\nНа ВЭФ подписали соглашения\n***\nНа ВЭФ-2024 во Владивостоке выступил "
                       "министр Иван Петров. Форум завершился 6 сентября."}};
    for (bool reversed : {false, true}) {
        INFO("stored " << (reversed ? "short name first" : "full name first"));
        auto db = store::Database::open(":memory:");
        REQUIRE(db);
        for (std::size_t n = 0; n < docs.size(); ++n) {
            const auto& [path, text] = docs[reversed ? docs.size() - 1 - n : n];
            storeExtracted(**db, path, text);
        }
        auto events = (*db)->events({});
        REQUIRE(events);
        REQUIRE(events->size() == 1);
        const auto& forum = events->front();
        CHECK(forum.name == "Восточный экономический форум");
        REQUIRE(forum.start);
        CHECK(forum.start->iso() == "2024-09-03");
        REQUIRE(forum.end);
        CHECK(forum.end->iso() == "2024-09-06");
        std::set<std::int64_t> sources;
        for (const auto& src : forum.sources)
            sources.insert(src.documentId);
        CHECK(sources.size() == 2);
    }
}

TEST_CASE("analyst overrides survive re-extraction", "[extract][store]")
{
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    store::DocumentRecord rec;
    rec.path = "/c.txt";
    rec.hash = "c";
    rec.encoding = "UTF-8";
    rec.doc = parseDocument(kExhibition);
    REQUIRE((*db)->upsertDocument(rec));
    const auto id = (*db)->fileState("/c.txt")->documentId;
    REQUIRE((*db)->storeFacts(id, extractor().extract(rec.doc)));
    auto before = (*db)->events({});
    REQUIRE(before);
    const auto session = std::find_if(before->begin(), before->end(), [](const auto& e) { return e.name == "Будущее городов"; });
    REQUIRE(session != before->end());
    const auto expo = std::find_if(before->begin(), before->end(), [](const auto& e) { return e.name == "Стройэкспо"; });
    REQUIRE(expo != before->end());

    REQUIRE((*db)->addOverride({0, "reject", "event", session->key, "", ""}));
    REQUIRE((*db)->addOverride({0, "rename", "event", expo->key, "Стройэкспо-2023", ""}));
    CHECK((*db)->documentsNeedingExtraction()->size() == 1); // corrections schedule re-extraction
    REQUIRE((*db)->storeFacts(id, extractor().extract(rec.doc)));
    auto after = (*db)->events({});
    REQUIRE(after);
    CHECK(std::none_of(after->begin(), after->end(), [](const auto& e) { return e.name == "Будущее городов"; }));
    const auto renamed = std::find_if(after->begin(), after->end(), [](const auto& e) { return e.name == "Стройэкспо-2023"; });
    REQUIRE(renamed != after->end());
    CHECK(renamed->corrected);
    CHECK((*db)->overrides()->size() == 2);
}

TEST_CASE("venues: a quoted name after a venue word, or an exhibition centre's name", "[extract]")
{
    const auto quoted = extractor().extract(parseDocument(
        "03.02.2025\nЗаголовок\n***\nВыставка «Металлообработка» пройдет с 10 по 13 июня в павильонах ЦВК «Экспоцентр»."));
    const auto* expo = eventNamed(quoted, "Металлообработка");
    REQUIRE(expo);
    CHECK(expo->venue == "Экспоцентр");
    CHECK(contains(quoted.places, "Экспоцентр"));
    const auto centre = extractor().extract(parseDocument("Форум «Металл-Урал» откроется в Екатеринбург-Экспо 5 марта."));
    CHECK(contains(centre.places, "Екатеринбург-Экспо"));
    const auto* forum = eventNamed(centre, "Металл-Урал");
    REQUIRE(forum);
    CHECK(forum->venue == "Екатеринбург-Экспо");
    // Each name of an event is an EVENT mention.
    CHECK(std::any_of(centre.mentions.begin(), centre.mentions.end(), [](const auto& m) {
        return m.type == extract::MentionType::Event && m.text == "Металл-Урал";
    }));
}

TEST_CASE("a ministry's short and full names are one organisation across documents", "[extract][store]")
{
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    for (const auto& [path, text] : std::vector<std::pair<std::string, std::string>>{
             {"/m1.txt", "Глава Минпромторга РФ Антон Алиханов посетил завод в Туле."},
             {"/m2.txt", "Организатором выставки выступает Министерство промышленности и торговли Российской Федерации."}}) {
        const auto facts = storeExtracted(**db, path, text);
        CHECK(contains(facts.organizations, "Министерство промышленности и торговли Российской Федерации"));
    }
    auto orgs = (*db)->entities("organization");
    REQUIRE(orgs);
    const auto ministry = std::find_if(orgs->begin(), orgs->end(), [](const auto& o) {
        return o.name == "Министерство промышленности и торговли Российской Федерации";
    });
    REQUIRE(ministry != orgs->end());
    CHECK(ministry->documents == 2);
}

TEST_CASE("a city of two words is one place in any case", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "В Нижнем Новгороде открылся форум «Технопром». Делегация из Нижнего Новгорода приехала в Уфу."));
    std::vector<std::string> cities;
    for (const auto& m : facts.mentions) {
        if (m.type == extract::MentionType::City)
            cities.push_back(m.lemma);
    }
    CHECK(cities == std::vector<std::string>{"Нижний Новгород", "Нижний Новгород", "Уфа"});
    CHECK(facts.places == std::vector<std::string>{"Нижний Новгород", "Уфа"});
}

TEST_CASE("adjectives made from a city's name mention the city", "[extract]")
{
    const auto facts = extractor().extract(parseDocument("Делегация посетила пекинский технопарк и казанские заводы."));
    std::vector<std::string> cities;
    for (const auto& m : facts.mentions) {
        if (m.type == extract::MentionType::City)
            cities.push_back(m.lemma);
    }
    CHECK(contains(cities, "Пекин"));
    CHECK(contains(cities, "Казань"));
    CHECK(contains(facts.countries, "CN"));
}

TEST_CASE("a city adjective inside an organisation's name mentions the city too", "[extract]")
{
    // NEREL nests the place in the organisation ("[Брянского] горсовета"); only another place or a
    // person over the same word stops it.
    const auto facts = extractor().extract(parseDocument(
        "С 2002 года он был депутатом Брянского городского совета. Концерт прошёл в зале Стокгольмской филармонии."));
    std::vector<std::string> cities;
    for (const auto& m : facts.mentions) {
        if (m.type == extract::MentionType::City)
            cities.push_back(m.lemma);
    }
    CHECK(contains(cities, "Брянск"));
    CHECK(contains(cities, "Стокгольм"));
}

TEST_CASE("extracting a document twice gives the same facts", "[extract]")
{
    // Names are put in the nominative through a per-thread memo: the second run reads it.
    const auto doc = parseDocument(kExhibition);
    const auto a = extractor().extract(doc);
    const auto b = extractor().extract(doc);
    REQUIRE(a.mentions.size() == b.mentions.size());
    for (std::size_t i = 0; i < a.mentions.size(); ++i) {
        CHECK(a.mentions[i].lemma == b.mentions[i].lemma);
        CHECK(a.mentions[i].start == b.mentions[i].start);
    }
    REQUIRE(a.persons.size() == b.persons.size());
    for (std::size_t i = 0; i < a.persons.size(); ++i)
        CHECK(a.persons[i].name == b.persons[i].name);
}

TEST_CASE("a title alone or initials alone are not a person", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Суд отпустил обвиняемых. Судьи опасались заражения.\n\nКлуб играет в Серии А.  В текущем сезоне "
        "Иван Петров забил 20 голов."));
    std::vector<std::string> persons;
    for (const auto& m : facts.mentions) {
        if (m.type == extract::MentionType::Person)
            persons.push_back(m.text);
    }
    CHECK_FALSE(contains(persons, "Судьи"));
    CHECK_FALSE(contains(persons, "А."));
    CHECK_FALSE(contains(persons, "А"));
    CHECK(contains(persons, "Иван Петров"));
}

namespace {

std::vector<std::string> mentionTexts(const extract::DocumentFacts& f, extract::MentionType type)
{
    std::vector<std::string> out;
    for (const auto& m : f.mentions) {
        if (m.type == type)
            out.push_back(m.text);
    }
    return out;
}

} // namespace

TEST_CASE("an organisation named after a person runs to the end of the name", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Он окончил Московский государственный университет имени М. В. Ломоносова и работал в Ассоциации "
        "имени Людвига ван Бетховена."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(contains(orgs, "Московский государственный университет имени М. В. Ломоносова"));
    CHECK(contains(orgs, "Ассоциации имени Людвига ван Бетховена"));
    // Not the same name cut short beside it.
    CHECK_FALSE(contains(orgs, "Московский государственный университет"));
    CHECK_FALSE(contains(orgs, "Ассоциации имени"));
}

TEST_CASE("a city's name in quotes or read as an organisation is not a city", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Игрок «Барселона» забил гол. Болельщики «Тулы» ликовали. Кандидаты пошли к Мосгоризбиркому. "
        "Вечером команда вернулась в Барселону."));
    const auto cities = mentionTexts(facts, extract::MentionType::City);
    CHECK_FALSE(contains(cities, "Барселона"));
    CHECK_FALSE(contains(cities, "Тулы"));
    CHECK_FALSE(contains(cities, "Мосгоризбиркому"));
    CHECK(contains(cities, "Барселону"));
}

TEST_CASE("the quoted titles of films and songs are not organisations", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Группа выпустила синглы «Today», «Resist» и «Talk Talk». В программе фестиваля — фильмы «Цирк» и «Юность»."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    for (const char* title : {"Today", "Resist", "Talk Talk", "Цирк", "Юность"})
        CHECK_FALSE(contains(orgs, title));
}

TEST_CASE("organisations nested in an organisation's name are organisations too", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Об этом сообщил начальник Главного управления МВД России по Нижегородской области. Законопроект внес "
        "глава комитета Совета Федерации по конституционному законодательству Андрей Клишас. Репортаж показал "
        "канал NBC News."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(contains(orgs, "МВД"));
    CHECK(contains(orgs, "Совета Федерации"));
    // A brand's first word is not a body of its own.
    CHECK_FALSE(contains(orgs, "NBC"));
}

TEST_CASE("a name after \"им.\" with initials takes the surname only", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Премьера прошла в Большом драматическом театре им. Г. А. Товстоногова Наталья Петрова сыграла главную роль."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(contains(orgs, "Большом драматическом театре им. Г. А. Товстоногова"));
    for (const auto& o : orgs)
        CHECK(o.find("Наталья") == std::string::npos);
}

TEST_CASE("adjectives joined by \"и\" stay in the organisation's name", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Об этом сообщили в пресс-службе Департамента инвестиционной и промышленной политики города Москвы. "
        "Представители Федеральной ассоциации малого и среднего бизнеса Германии подтвердили это."));
    CHECK(contains(facts.organizations, "Федеральная ассоциация малого и среднего бизнеса Германии"));
    for (const auto& o : facts.organizations) {
        CHECK(o != "Федеральная ассоциация малого");
        CHECK(o != "Департамент инвестиционной");
    }
}

TEST_CASE("a body's name goes on through \"по\" and its remit", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Патент выдало Бюро США по патентам и товарным знакам. "
        "Проверку начала Федеральная служба по надзору в сфере образования и науки. "
        "В сборную России по бобслею и скелетону объявлен набор."));
    const auto mention = [&](std::string_view text) {
        return std::any_of(facts.mentions.begin(), facts.mentions.end(), [&](const auto& m) {
            return m.type == extract::MentionType::Organization && m.text == text;
        });
    };
    CHECK(mention("Бюро США по патентам и товарным знакам"));
    CHECK(mention("Федеральная служба по надзору в сфере образования и науки"));
    // A short participle after the remit is the sentence's verb, not part of the name.
    CHECK(mention("сборную России по бобслею и скелетону"));
    // "по праву" is adverbial; "по правам человека" is a remit.
    const auto rights = extractor().extract(parseDocument("Доклад подготовил Комитет ООН по правам человека."));
    CHECK(std::any_of(rights.mentions.begin(), rights.mentions.end(), [](const auto& m) {
        return m.type == extract::MentionType::Organization && m.text == "Комитет ООН по правам человека";
    }));
}

TEST_CASE("an abbreviation is a whole name: no genitive tail after it", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Райс требует от ООН грозной резолюции против Ирана, вплоть до военного вмешательства."));
    bool un = false;
    for (const auto& m : facts.mentions) {
        if (m.type != extract::MentionType::Organization)
            continue;
        CHECK(m.text.find("резолюции") == std::string::npos);
        un = un || m.text == "ООН";
    }
    CHECK(un);
}

TEST_CASE("a Latin name ending on an English event noun is an event", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Гроссмейстер выиграл турнир Corus Chess Tournament в Нидерландах. "
        "Теннисистка дошла до финала Australian Open. Акции Microsoft выросли."));
    const auto typeOf = [&](std::string_view text) -> std::optional<extract::MentionType> {
        for (const auto& m : facts.mentions)
            if (m.text == text)
                return m.type;
        return std::nullopt;
    };
    CHECK(typeOf("Corus Chess Tournament") != extract::MentionType::Organization);
    CHECK(typeOf("Australian Open") != extract::MentionType::Organization);
    for (const auto& o : facts.organizations)
        CHECK(o.find("Tournament") == std::string::npos);
}

TEST_CASE("an adverbial \"по\" phrase after a body is not its remit", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Комитет Госдумы по итогам года отчитался о работе. "
        "Министерство здравоохранения по данным на утро сообщило о новых случаях. "
        "Центр по связям с общественностью с января работает иначе."));
    for (const auto& m : facts.mentions) {
        if (m.type != extract::MentionType::Organization)
            continue;
        CHECK(m.text.find("итогам") == std::string::npos);
        CHECK(m.text.find("данным") == std::string::npos);
        CHECK(m.text.find("января") == std::string::npos);
    }
}

TEST_CASE("areas are locations, whatever the tagger read them as", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "НАСА возвращается на Луну и будет создавать базу на Луне. Магнитное поле Земли ослабнет. "
        "Инвесторы из Латинской Америки пришли на рынки Юго-Восточной Азии."));
    std::vector<std::string> locations;
    for (const auto& m : facts.mentions) {
        CHECK_FALSE((m.type == extract::MentionType::Person && m.lemma == "Луна"));
        CHECK_FALSE((m.type == extract::MentionType::City && m.lemma == "Луна"));
        if (m.type == extract::MentionType::Location)
            locations.push_back(m.text + "=" + m.lemma);
    }
    for (const char* want : {"Луну=Луна", "Луне=Луна", "Земли=Земля", "Латинской Америки=Латинская Америка",
                             "Юго-Восточной Азии=Юго-Восточная Азия"})
        CHECK(std::count(locations.begin(), locations.end(), want) == 1);
    // An area is no country: the document's countries stay empty.
    CHECK(facts.countries.empty());
}

TEST_CASE("a quoted name the sentence declines is listed in the nominative", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Трансляция доступна на сайте «Российской газеты». Интервью вышло в газете «Ведомости». "
        "Депутаты от «Единой России» проголосовали за закон."));
    CHECK(contains(facts.organizations, "Российская газета"));
    CHECK(contains(facts.organizations, "Единая Россия"));
    CHECK_FALSE(contains(facts.organizations, "Российской газеты"));
    CHECK_FALSE(contains(facts.organizations, "Единой России"));
}

TEST_CASE("an event's organisations are organisations the document lists, never events", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Международная промышленная выставка «Иннопром» пройдет в Екатеринбурге с 7 по 10 июля 2025 года. "
        "Организаторы выставки — Министерство промышленности и торговли РФ и правительство Свердловской "
        "области. Участники Международного промышленного марафона обсудили экспорт. Форум посетил Конгресс США."));
    REQUIRE_FALSE(facts.events.empty());
    CHECK_FALSE(contains(facts.organizations, "Международный промышленный марафон"));
    for (const auto& e : facts.events) {
        for (const auto& o : e.organizations) {
            INFO(e.name << ": " << o);
            CHECK(contains(facts.organizations, o));
            CHECK(o != "Форум");
        }
    }
}

TEST_CASE("a quoted brand in an oblique case is listed in the nominative, a common noun as printed", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Глава «Росатома» и представители «Роснефти» встретились. Как пишут «Ведомости», сделку одобрили. "
        "Сеть «Ромашка» открыла магазины."));
    CHECK(contains(facts.organizations, "Росатом"));
    CHECK(contains(facts.organizations, "Роснефть"));
    CHECK(contains(facts.organizations, "Ведомости"));
    CHECK(contains(facts.organizations, "Ромашка"));
    CHECK_FALSE(contains(facts.organizations, "Росатома"));
    CHECK_FALSE(contains(facts.organizations, "Ведомость"));
}

TEST_CASE("a one-word company whose name ends like an adjective is listed", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Соглашение подписали «Газпром» и «Ростелеком». Президент ассоциации «Станкопром» Петр Иванов выступил."));
    CHECK(contains(facts.organizations, "Газпром"));
    CHECK(contains(facts.organizations, "Ростелеком"));
    CHECK(contains(facts.organizations, "Станкопром"));
}

TEST_CASE("a quoted phrase that opens in lower case is not an event's name", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Газета ссылается на «надежный источник в Катаре». Телеканал тоже ссылается на «надежный источник в Катаре». "
        "Объявлены победители конкурса на «шесть лучших вакансий в мире». На «Иннопроме» выступят эксперты: формат "
        "«Иннопрома» изменился."));
    std::vector<std::string> names;
    for (const auto& e : facts.events)
        names.push_back(e.name);
    CHECK_FALSE(contains(names, "надежный источник в Катаре"));
    CHECK_FALSE(contains(names, "шесть лучших вакансий в мире"));
    // A capitalised quoted name after "на", named twice, still is one.
    CHECK(std::any_of(names.begin(), names.end(), [](const std::string& n) { return n.rfind("Иннопром", 0) == 0; }));
}

TEST_CASE("events never become each other's parents", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Сессия «Промышленность будущего» открылась в Москве. В рамках форума «Облачные города» прошла сессия "
        "«Промышленность будущего». В рамках сессии «Промышленность будущего» прошел форум «Облачные города». "
        "Спикерами форума стали Иван Петров и Петр Иванов."));
    REQUIRE(facts.events.size() >= 2);
    for (std::size_t i = 0; i < facts.events.size(); ++i) {
        std::size_t steps = 0;
        for (int e = static_cast<int>(i); e >= 0; e = facts.events[static_cast<std::size_t>(e)].parent) {
            REQUIRE(steps <= facts.events.size()); // a chain longer than the events is a cycle
            ++steps;
        }
    }
}

TEST_CASE("ministries and federal agencies are organisations by their one-word short names", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Письмо направили в Минобрнауки России. Проверку провели вместе с Рособрнадзором, а данные "
        "опубликовал Росстат. Законопроект одобрили в Совфеде."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(contains(orgs, "Минобрнауки России"));
    CHECK(contains(orgs, "Рособрнадзором"));
    CHECK(contains(orgs, "Росстат"));
    CHECK(contains(orgs, "Совфеде"));
    // Names that only begin like an agency's are not one.
    const auto other = extractor().extract(parseDocument("Ростислав Минин приехал в Ростов."));
    CHECK(mentionTexts(other, extract::MentionType::Organization).empty());
}

TEST_CASE("an organisation's abbreviation or Latin name in brackets is the organisation too", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Об этом сообщает Комитет защиты журналистов (КЗЖ) (Committee to Protect Journalists). "
        "Исследование провели в Королевском колледже Лондона (King’s College London, KCL). "
        "Суд Сан-Франциско (США) отклонил иск."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(contains(orgs, "КЗЖ"));
    CHECK(contains(orgs, "Committee to Protect Journalists"));
    CHECK(contains(orgs, "King’s College London"));
    CHECK(contains(orgs, "KCL"));
    // A country in brackets stays a country.
    CHECK_FALSE(contains(orgs, "США"));
}

TEST_CASE("a name cut after an adjective goes on to its noun", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Закон приняли депутаты Курской областной думы. Он окончил Харбинский военно-инженерный колледж. "
        "Писатель стал лауреатом Шукшинской литературной премии."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK_FALSE(contains(orgs, "Курской областной"));
    CHECK_FALSE(contains(orgs, "Харбинский военно-инженерный"));
    for (const auto& o : orgs) {
        CHECK(o.find("литературной") == std::string::npos);
    }
}

TEST_CASE("a vehicle's, craft's or program's name is a product, not an organisation", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "К станции отправили грузовой корабль «Прогресс». Через сутки «Прогресс» пристыковался к станции. "
        "Пользователи браузера Chrome получили обновление. Журналист ехал на автомобиле Volkswagen Golf. "
        "Компания Google выпустила игру."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK_FALSE(contains(orgs, "Прогресс"));
    CHECK_FALSE(contains(orgs, "Chrome"));
    // A maker named before its model is an organisation.
    CHECK(contains(orgs, "Volkswagen"));
}

TEST_CASE("an organisation's name ends before the sentence's verb, a pronoun or the next sentence", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "В декабре комиссия Европейского союза пригрозила наложить штраф. О размере инвестиций представитель "
        "Philips ничего конкретного говорить не стала. Об этом сообщает NEWSru.com. Такой переход обсуждается."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(contains(orgs, "Европейского союза"));
    CHECK(contains(orgs, "Philips"));
    CHECK(contains(orgs, "NEWSru.com"));
    for (const auto& o : orgs) {
        CHECK(o.find("пригрозила") == std::string::npos);
        CHECK(o.find("ничего") == std::string::npos);
        CHECK(o.find("Такой") == std::string::npos);
    }
}

TEST_CASE("a quoted organisation of several words is that organisation wherever its words stand", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Об этом он рассказал в интервью Русской службе «Голоса Америки».\n\n"
        "Голос Америки: Какова была реакция властей?\n\nЛидер движения ответил, что реакции не было."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(contains(orgs, "Голоса Америки"));
    CHECK(contains(orgs, "Голос Америки"));
}

TEST_CASE("a Latin compound that begins with a country's name is an organisation, an alliance too", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Бхутто заявила по телефону агентству France-Presse, что не боится угроз. Кандидаты поддержали "
        "вступление Грузии в Атлантический альянс."));
    for (const auto& m : facts.mentions)
        CHECK_FALSE((m.type == extract::MentionType::Country && m.text == "France-Presse"));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(contains(orgs, "France-Presse"));
    CHECK(contains(orgs, "Атлантический альянс"));
}

TEST_CASE("a title holds the whole name of the organisation inside it", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Закон поддержал депутат Курской областной думы Андрей Иванов. Об этом сообщил пресс-секретарь "
        "Федеральной службы по надзору в сфере связи Вадим Ампелонский."));
    const auto titles = mentionTexts(facts, extract::MentionType::Profession);
    CHECK(contains(titles, "депутат Курской областной думы"));
    CHECK(contains(titles, "пресс-секретарь Федеральной службы по надзору в сфере связи"));
    for (const auto& t : titles) {
        CHECK(t != "депутат Курской");
        CHECK(t != "пресс-секретарь Федеральной");
    }
}

TEST_CASE("a Latin name after a company noun, or a Cyrillic one right after it, is the company", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Компания Hewlett-Packard официально объявила о покупке производителя сетевого оборудования 3Com. "
        "Пользователи сети Wi-Fi ничего не заметили. На выставке разместятся 29 ведущих компаний Среднего Урала."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK_FALSE(contains(orgs, "Среднего"));
    const auto agency = extractor().extract(parseDocument("Глава банка дал классическое объяснение агентству Рейтер."));
    CHECK(contains(mentionTexts(agency, extract::MentionType::Organization), "Рейтер"));
    CHECK(contains(orgs, "Hewlett-Packard"));
    CHECK(contains(orgs, "3Com"));
    // A network's name is a product's.
    CHECK_FALSE(contains(orgs, "Wi-Fi"));
}

TEST_CASE("an organisation named in full is also named by its initials", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Компания Hewlett-Packard объявила о сделке. По мнению руководства HP, покупка окупится за три года."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(contains(orgs, "Hewlett-Packard"));
    CHECK(contains(orgs, "HP"));
}

TEST_CASE("a craft's name stays a product in its other case forms — a legal form alone is no organisation", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Экипаж прибыл на корабле «Союз». Две перестыковки «Союза ТМА-7» прошли успешно. "
        "Телеметрия с «Союзом» не пропала. Разделения модуля и ПАО не произошло."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    for (const char* name : {"Союз", "Союза ТМА-7", "Союзом", "ПАО"})
        CHECK_FALSE(contains(orgs, name));
}

TEST_CASE("a Latin name of several words after a Russian event noun is the event's name", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "7 декабря стартовал международный конкурс The Best of Blogs, в ходе которого будут отмечены лучшие блоги."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK_FALSE(contains(orgs, "The Best of Blogs"));
}

TEST_CASE("an organisation's name run into a person's after an organisation noun is split off", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Полузащитник футбольного клуба Челси Фрэнк Лэмпард снялся в фильме. В работе ему помог профессор "
        "института Пушкина Виталий Костомаров."));
    const auto persons = mentionTexts(facts, extract::MentionType::Person);
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(contains(persons, "Фрэнк Лэмпард"));
    CHECK(contains(orgs, "Челси"));
    CHECK(contains(persons, "Виталий Костомаров"));
    CHECK(contains(orgs, "института Пушкина"));
    CHECK_FALSE(contains(persons, "Челси Фрэнк Лэмпард"));
}

TEST_CASE("an ombudsman's office is a title, not an organisation", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "В регионе первым в России возник институт Уполномоченного по правам человека."));
    CHECK(mentionTexts(facts, extract::MentionType::Organization).empty());
    CHECK(contains(mentionTexts(facts, extract::MentionType::Profession), "Уполномоченного по правам человека"));
}

TEST_CASE("a Latin word before a Cyrillic name is no part of the person's name", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "По его словам, ситуация будет несколько сложнее, цитирует ИА Regnum Минченко. Кроме того, как считает "
        "политолог, выборы пройдут спокойно. Королева Елизавета II открыла сессию."));
    const auto persons = mentionTexts(facts, extract::MentionType::Person);
    CHECK(contains(persons, "Минченко"));
    CHECK_FALSE(contains(persons, "Regnum Минченко"));
    CHECK(contains(mentionTexts(facts, extract::MentionType::Organization), "ИА Regnum"));
    // A Roman numeral is a name's own.
    CHECK(contains(persons, "Елизавета II"));
}

TEST_CASE("an organisation's name ends before a preposition no name holds, and starts after a place", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "Деньги получило украинское правительство через Национальный банк Украины. В ноябре базирующаяся в Риме ФАО "
        "предупредила мировое сообщество."));
    for (const auto& o : mentionTexts(facts, extract::MentionType::Organization)) {
        CHECK(o.find("через") == std::string::npos);
        CHECK(o.find("Риме") == std::string::npos);
    }
}

TEST_CASE("an organisation named by adjectives joined by \"и\" is one name", "[extract]")
{
    const auto facts = extractor().extract(parseDocument(
        "По сведениям Всемирной продовольственной и сельскохозяйственной организации ООН, цены выросли. "
        "Заинтересованы в ней Липницкой и другие продюсерские компании."));
    const auto orgs = mentionTexts(facts, extract::MentionType::Organization);
    CHECK(std::any_of(orgs.begin(), orgs.end(), [](const std::string& o) {
        return o.rfind("Всемирной продовольственной и сельскохозяйственной организации", 0) == 0;
    }));
    for (const auto& o : orgs)
        CHECK(o.find("другие") == std::string::npos);
}
