// Morphology: Snowball stems, hunspell lemmas, person names and noun phrases in the nominative.
#include "letopis/morph.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using namespace letopis;
using morph::Gender;

namespace {

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// One Lemmatizer for the whole test run (opening it reads the dictionary).
morph::Lemmatizer* dictionary() {
    static auto lem = morph::Lemmatizer::open();
    return lem.ok() ? lem.value().get() : nullptr;
}

std::string person(const std::string& s) { return morph::personNominative(split(s), dictionary()); }
std::string phrase(const std::string& s) { return morph::phraseNominative(split(s), dictionary()); }
std::string personRules(const std::string& s) { return morph::personNominative(split(s), nullptr); }
std::string phraseRules(const std::string& s) { return morph::phraseNominative(split(s), nullptr); }

} // namespace

TEST_CASE("stem folds case and ё and uses the language of the script", "[morph][stem]") {
    CHECK(morph::stem("Промышленности") == morph::stem("промышленность"));
    CHECK(morph::stem("ЁЛКИ") == morph::stem("елки"));
    CHECK(morph::stem("министерства") == "министерств");
    CHECK(morph::stem("Running") == "run");
    CHECK(morph::stem("2020") == "2020");
    CHECK(morph::stem("") == "");
}

TEST_CASE("the Russian dictionary opens and gives lemmas", "[morph][lemma]") {
    REQUIRE(dictionary() != nullptr);
    auto* lem = dictionary();
    CHECK(lem->lemmas("Москвы") == std::vector<std::string>{"Москва"});
    CHECK(lem->lemmas("министерства") == std::vector<std::string>{"министерство"});
    CHECK(lem->lemmas("Министерства") == std::vector<std::string>{"министерство"});
    CHECK(lem->lemmas("Ольги") == std::vector<std::string>{"Ольга"});
    CHECK(lem->lemmas("абвгдежз").empty());
    CHECK(lem->isKnown("совета"));
    // "-ть" nouns are not verbs; adjectives are told by their paradigm.
    const auto& oil = lem->analyses("нефти");
    REQUIRE(oil.size() == 1);
    CHECK(oil[0].pos == morph::Lemmatizer::Pos::Noun);
    const auto& state = lem->analyses("Государственной");
    REQUIRE_FALSE(state.empty());
    CHECK(state[0].pos == morph::Lemmatizer::Pos::Adjective);
    CHECK_FALSE(lem->isKnown("Минпромторга"));
    // The cache returns the same answer the second time.
    CHECK(lem->lemmas("Москвы") == std::vector<std::string>{"Москва"});
}

TEST_CASE("a missing dictionary is an error a person can act on", "[morph][lemma]") {
    const auto dir = std::filesystem::temp_directory_path() / "letopis-no-dictionary-here";
    auto r = morph::Lemmatizer::open(dir.string());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Io);
    CHECK(r.error().message.find("hunspell-ru") != std::string::npos);
    CHECK(r.error().message.find(dir.string()) != std::string::npos);
}

TEST_CASE("first names and surnames of men go to the nominative", "[morph][person]") {
    CHECK(person("Дениса Мантурова") == "Денис Мантуров");
    CHECK(person("Жамшида Ходжаева") == "Жамшид Ходжаев");
    CHECK(person("Алексея Груздева") == "Алексей Груздев");
    CHECK(person("Николаю Петрову") == "Николай Петров");
    CHECK(person("Николая Петрову") == "Николай Петров"); // disagreeing forms: each its best
    CHECK(person("Павла Смирнова") == "Павел Смирнов");
    CHECK(person("Ильи Кузнецова") == "Илья Кузнецов");
    CHECK(person("Денису Петрову") == "Денис Петров");
    CHECK(person("Сергеем Ходжаевым") == "Сергей Ходжаев");
    CHECK(person("Иване Мантурове") == "Иван Мантуров");
    CHECK(person("Дениса Штейна") == "Денис Штейн");
    CHECK(person("Владимиром Штейном") == "Владимир Штейн");
    CHECK(person("Маркуса Йергера") == "Маркус Йергер");
    CHECK(person("Дмитрия Ковальского") == "Дмитрий Ковальский");
    CHECK(person("Андрея Белецкому") == "Андрей Белецкий");
    CHECK(person("Сергея Сидоренко") == "Сергей Сидоренко");
    CHECK(person("Игоря Черных") == "Игорь Черных");
    CHECK(person("Николая Римского-Корсакова") == "Николай Римский-Корсаков");
    CHECK(person("Жан-Пьера Раффарена") == "Жан-Пьер Раффарен");
    CHECK(person("Петра Толстого") == "Петр Толстый"); // -ой vs -ый needs the dictionary: see docs
}

TEST_CASE("first names and surnames of women go to the nominative", "[morph][person]") {
    CHECK(person("Ольги Видановой") == "Ольга Виданова");
    CHECK(person("Ольги Штейн") == "Ольга Штейн");
    CHECK(person("Марии Ковальской") == "Мария Ковальская");
    CHECK(person("Анной Петровой") == "Анна Петрова");
    CHECK(person("Наталье Ивановой") == "Наталья Иванова");
    CHECK(person("Любови Сидоровой") == "Любовь Сидорова");
    CHECK(person("Елену Мантурову") == "Елена Мантурова");
    CHECK(person("Татьяна Голикова") == "Татьяна Голикова");
    // A woman's name already in the nominative is not read as a man's genitive ("Ольга" is not "Олег").
    CHECK(person("Ольга Виданова") == "Ольга Виданова");
    CHECK(person("Ольга Петрова") == "Ольга Петрова");
    CHECK(person("Анны Сидоренко") == "Анна Сидоренко");
    CHECK(person("Ирины Яровой") == "Ирина Яровая");
    CHECK(person("Светланы Тихановской") == "Светлана Тихановская");
}

TEST_CASE("patronymics decide gender and case", "[morph][person]") {
    CHECK(person("Алексея Алексеевича Петрова") == "Алексей Алексеевич Петров");
    CHECK(person("Ирины Ивановны Мантуровой") == "Ирина Ивановна Мантурова");
    CHECK(person("Мантурова Дениса Валентиновича") == "Мантуров Денис Валентинович");
    CHECK(person("Ирины Абрамович") == "Ирина Абрамович");
    CHECK(person("Романа Абрамовича") == "Роман Абрамович");
    CHECK(person("Ивану Ильичу") == "Иван Ильич");
}

TEST_CASE("initials are kept", "[morph][person]") {
    CHECK(person("А. С. Пушкина") == "А. С. Пушкин");
    CHECK(person("А. С. Пушкину") == "А. С. Пушкин");
    CHECK(person("Е. А. Видановой") == "Е. А. Виданова");
}

TEST_CASE("foreign names are kept whole", "[morph][person]") {
    CHECK(person("Рикардо Маркес Флорес") == "Рикардо Маркес Флорес");
    CHECK(person("Чжао Мяоси") == "Чжао Мяоси");
    // First names in -е and -и after a consonant that do not decline; Russian ones in an oblique
    // case still go to the nominative.
    CHECK(person("Джузеппе Верди") == "Джузеппе Верди");
    CHECK(person("Анри Матисс") == "Анри Матисс");
    CHECK(person("Назих Ан-Наггари") == "Назих Ан-Наггари");
    CHECK(person("Анне Петровой") == "Анна Петрова");
    CHECK(person("Ольги Ивановой") == "Ольга Иванова");
    CHECK(person("Николя Бюшу") == "Николя Бюшу");
    CHECK(person("Алаа Эзз") == "Алаа Эзз");
    CHECK(person("Маркус Йергер") == "Маркус Йергер");
    CHECK(person("John Smith") == "John Smith");
    CHECK(person("Гульнара Ходжаева") == "Гульнара Ходжаева");
}

TEST_CASE("name gender", "[morph][person]") {
    CHECK(morph::nameGender(split("Ольги"), dictionary()) == Gender::Feminine);
    CHECK(morph::nameGender(split("Дениса Мантурова"), dictionary()) == Gender::Masculine);
    CHECK(morph::nameGender(split("Мантурова"), dictionary()) == Gender::Unknown);
    CHECK(morph::nameGender(split("Ивановны"), dictionary()) == Gender::Feminine);
    CHECK(morph::nameGender(split("Ильи Петрова"), dictionary()) == Gender::Masculine);
    CHECK(morph::nameGender(split("John Smith"), dictionary()) == Gender::Unknown);
    CHECK(morph::nameGender({}, dictionary()) == Gender::Unknown);
}

TEST_CASE("organisations go to the nominative, their dependents are kept", "[morph][phrase]") {
    CHECK(phrase("Министерства промышленности и торговли Российской Федерации") ==
          "Министерство промышленности и торговли Российской Федерации");
    CHECK(phrase("Национального союза промышленности Перу") == "Национальный союз промышленности Перу");
    CHECK(phrase("Департамента инвестиционной и промышленной политики города Москвы") ==
          "Департамент инвестиционной и промышленной политики города Москвы");
    CHECK(phrase("Межрегионального координационного совета") == "Межрегиональный координационный совет");
    CHECK(phrase("Генерального совета партии") == "Генеральный совет партии");
    CHECK(phrase("Государственной Думы") == "Государственная Дума");
    CHECK(phrase("Ассоциации торговых палат Африки") == "Ассоциация торговых палат Африки");
    CHECK(phrase("Федеральной ассоциации малого и среднего бизнеса Германии") ==
          "Федеральная ассоциация малого и среднего бизнеса Германии");
    CHECK(phrase("Торгово-промышленной палаты России") == "Торгово-промышленная палата России");
    CHECK(phrase("Европейском банке реконструкции и развития") == "Европейский банк реконструкции и развития");
    CHECK(phrase("Московским областным судом") == "Московский областной суд");
    CHECK(phrase("Российского экспортного центра") == "Российский экспортный центр");
    CHECK(phrase("Торгово-промышленной палатой России") == "Торгово-промышленная палата России");
    CHECK(phrase("Московской области") == "Московская область");
    CHECK(phrase("Федеральному агентству по туризму") == "Федеральное агентство по туризму");
    CHECK(phrase("Российской академии наук") == "Российская академия наук");
}

TEST_CASE("abbreviations", "[morph][phrase]") {
    CHECK(phrase("Минпромторга РФ") == "Минпромторг РФ");
    CHECK(phrase("Минэкономразвития России") == "Минэкономразвития России");
    CHECK(phrase("ФСБ") == "ФСБ");
    CHECK(phrase("МИДа России") == "МИД России");
    CHECK(phrase("Минздрава") == "Минздрав");
    CHECK(phrase("Роснефти") == "Роснефть");
    CHECK(phrase("Минобрнауки") == "Минобрнауки");
}

TEST_CASE("roles go to the nominative", "[morph][phrase]") {
    CHECK(phrase("вице-президента группы компаний «Формика»") == "вице-президент группы компаний «Формика»");
    CHECK(phrase("директора деловой программы выставки") == "директор деловой программы выставки");
    CHECK(phrase("заместителя премьер-министра Республики Узбекистан") ==
          "заместитель премьер-министра Республики Узбекистан");
    CHECK(phrase("министра промышленности и торговли") == "министр промышленности и торговли");
    CHECK(phrase("генеральному директору компании") == "генеральный директор компании");
    CHECK(phrase("председателем правления банка") == "председатель правления банка");
    CHECK(phrase("главы администрации") == "глава администрации");
    CHECK(phrase("первого заместителя председателя правительства") ==
          "первый заместитель председателя правительства");
}

TEST_CASE("plural heads", "[morph][phrase]") {
    CHECK(phrase("органов власти") == "органы власти");
    CHECK(phrase("представители бизнеса") == "представители бизнеса");
    CHECK(phrase("региональных органов власти") == "региональные органы власти");
    CHECK(phrase("малых предприятий") == "малые предприятия");
}

TEST_CASE("quoted and Latin words are never changed", "[morph][phrase]") {
    CHECK(phrase("«Газпрома»") == "«Газпрома»");
    CHECK(phrase("Siemens AG") == "Siemens AG");
    CHECK(phrase("") == "");
}

TEST_CASE("without a dictionary the rules still work", "[morph][rules]") {
    CHECK(personRules("Жамшида Ходжаева") == "Жамшид Ходжаев");
    CHECK(personRules("Олегом Мантуровым") == "Олег Мантуров");
    CHECK(personRules("Ольги Видановой") == "Ольга Виданова");
    CHECK(personRules("Алексея Алексеевича Петрова") == "Алексей Алексеевич Петров");
    CHECK(personRules("Рикардо Маркес Флорес") == "Рикардо Маркес Флорес");
    CHECK(phraseRules("Государственной Думы") == "Государственная Дума");
    CHECK(phraseRules("Национального союза промышленности Перу") == "Национальный союз промышленности Перу");
    CHECK(phraseRules("Минпромторга РФ") == "Минпромторг РФ");
    CHECK(phraseRules("Ассоциации торговых палат") == "Ассоциация торговых палат");
    CHECK(morph::nameGender(split("Ольги"), nullptr) == Gender::Feminine);
}
