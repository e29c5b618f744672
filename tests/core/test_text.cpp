// Unicode helpers, normalisation with its origin map, sentences and tokens.
#include "letopis/text.hpp"
#include "text/icu_support.hpp"
#include "text/string_map.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using namespace letopis::text;

namespace {

std::vector<std::string> sentenceTexts(const std::string& utf8) {
    const std::u32string text = toU32(utf8);
    std::vector<std::string> out;
    for (const Span& s : sentences(text)) out.push_back(toUtf8(text.substr(s.start, s.end - s.start)));
    return out;
}

using Strings = std::vector<std::string>;

struct Tok {
    std::string text;
    TokenKind kind;
    bool operator==(const Tok&) const = default;
};

std::vector<Tok> tokenList(const std::string& utf8) {
    const std::u32string text = toU32(utf8);
    std::vector<Tok> out;
    for (const Token& t : tokens(text)) out.push_back({toUtf8(text.substr(t.start, t.end - t.start)), t.kind});
    return out;
}

} // namespace

namespace Catch {
template <> struct StringMaker<Tok> {
    static std::string convert(const Tok& t) { return "{" + t.text + "," + std::to_string(static_cast<int>(t.kind)) + "}"; }
};
} // namespace Catch

// ---------------------------------------------------------------- unicode

TEST_CASE("toU32/toUtf8 round-trip Cyrillic, Latin and astral characters", "[unicode]") {
    const std::string s = "Ёлка, tree, 😀, €";
    const std::u32string u = toU32(s);
    CHECK(u.size() == 16);
    CHECK(u[0] == U'Ё');
    CHECK(u[12] == U'😀');
    CHECK(toUtf8(u) == s);
    CHECK(codePointCount(s) == u.size());
}

TEST_CASE("toU32 replaces each ill-formed sequence with U+FFFD", "[unicode]") {
    CHECK(toU32("a\xFF" "b") == U"a\uFFFDb");
    CHECK(toU32("a\xE2\x82") == U"a\uFFFD");              // truncated: one replacement
    CHECK(toU32("\xC0\xAF") == U"\uFFFD\uFFFD");          // overlong
    CHECK(toU32("\xED\xA0\x80") == U"\uFFFD\uFFFD\uFFFD"); // encoded surrogate
    for (const char* s : {"a\xFF" "b", "a\xE2\x82", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "ok"})
        CHECK(codePointCount(s) == toU32(s).size());
    CHECK(toUtf8(std::u32string(1, static_cast<char32_t>(0xD800))) == "\xEF\xBF\xBD");
}

// ---------------------------------------------------------------- normalisation

TEST_CASE("normalize folds quotes, dashes, spaces and ё, preserving case", "[normalize]") {
    const auto n = normalize(U"«Ёлка» — „ёж“ − 5\u00A0кг, ‘так’ и д’Артаньян");
    CHECK(n.text == U"\"Елка\" - \"еж\" - 5 кг, \"так\" и д'Артаньян");
}

TEST_CASE("normalize removes soft hyphens and zero-width characters, origin skips them", "[normalize]") {
    const std::u32string original = U"про\u00ADмыш\u200Bлен\uFEFFность";
    const auto n = normalize(original);
    CHECK(n.text == U"промышленность");
    REQUIRE(n.origin.size() == n.text.size() + 1);
    CHECK(n.toOriginal(3) == 4);  // 'м' after the soft hyphen
    CHECK(n.toOriginal(6) == 8);  // 'л' after ZWSP
    CHECK(n.toOriginal(9) == 12); // 'н' after the BOM
    CHECK(n.origin.back() == original.size());
}

TEST_CASE("normalize: NFC merges combining characters, origin points at the first", "[normalize]") {
    const std::u32string original = U"Е\u0308лка и\u0306 ё";
    const auto n = normalize(original);
    CHECK(n.text == U"Елка й е"); // ё composed then folded; й composed and kept
    CHECK(n.toOriginal(0) == 0);
    CHECK(n.toOriginal(1) == 2);   // 'л'
    CHECK(n.toOriginal(5) == 6);   // 'й' from "и\u0306"
    CHECK(n.toOriginal(6) == 8);   // ' '
    CHECK(n.toOriginal(7) == 9);
    CHECK(n.toOriginal(8) == original.size());
}

TEST_CASE("normalize: marks NFC cannot merge keep their own offsets", "[normalize]") {
    const auto n = normalize(U"и\u0306\u0301!"); // й + acute: three code points become two
    CHECK(n.text == U"й\u0301!");
    CHECK(n.origin == std::vector<std::uint32_t>{0, 2, 3, 4});
}

TEST_CASE("normalize: CRLF and CR become one LF at the CR's offset", "[normalize]") {
    const std::u32string original = U"а\r\nб\rв\u2028г";
    const auto n = normalize(original);
    CHECK(n.text == U"а\nб\nв\nг");
    const std::vector<std::uint32_t> expected = {0, 1, 3, 4, 5, 6, 7, 8};
    CHECK(n.origin == expected);
}

TEST_CASE("normalize: every normalised character maps back to the character it came from", "[normalize]") {
    const std::u32string original = U"\uFEFF«Ёж»\u00A0и\u00ADе\u0301\r\nд’Артаньян — 😀 т.\u2009е.";
    const auto n = normalize(original);
    REQUIRE(n.origin.size() == n.text.size() + 1);
    for (std::size_t i = 0; i < n.text.size(); ++i) {
        INFO(i);
        REQUIRE(n.origin[i] < original.size());
        if (i > 0) CHECK(n.origin[i] > n.origin[i - 1]);
        const std::u32string one = foldForMatch(std::u32string_view(original).substr(n.origin[i], 1));
        const char32_t orig = original[n.origin[i]];
        const bool composedHere = orig == U'е' && original[n.origin[i] + 1] == 0x0301;
        if (!composedHere && orig != U'\r' && orig != U'’') CHECK(foldForMatch(std::u32string(1, n.text[i])) == one);
    }
    CHECK(n.text == U"\"Еж\" ие\u0301\nд'Артаньян - 😀 т. е.");
}

TEST_CASE("normalize keeps already normalised text and its offsets as they are", "[normalize]") {
    const std::u32string original = U"Обычный текст, без сюрпризов.";
    const auto n = normalize(original);
    CHECK(n.text == original);
    for (std::size_t i = 0; i <= original.size(); ++i) CHECK(n.origin[i] == i);
    CHECK(normalize(U"").origin == std::vector<std::uint32_t>{0});
}

TEST_CASE("foldForMatch also lower-cases", "[normalize]") {
    CHECK(foldForMatch(U"«ЁЛКА» — Д’Артаньян") == U"\"елка\" - д'артаньян");
    CHECK(foldForMatch(std::string("ПРОМЫШ\xC2\xAD" "ЛЕННОСТЬ\xC2\xA0РФ")) == "промышленность рф");
}

// ---------------------------------------------------------------- sentences

TEST_CASE("sentences: plain terminators", "[sentences]") {
    CHECK(sentenceTexts("Первое предложение. Второе! Третье? Четвёртое?! Пятое")
          == Strings{"Первое предложение.", "Второе!", "Третье?", "Четвёртое?!", "Пятое"});
}

TEST_CASE("sentences: no break after г. and гг. followed by lower case or a name", "[sentences]") {
    CHECK(sentenceTexts("Завод построен в 2020 г. в Москве. Он работает.")
          == Strings{"Завод построен в 2020 г. в Москве.", "Он работает."});
    CHECK(sentenceTexts("Офис переехал в г. Казань. Там тепло.") == Strings{"Офис переехал в г. Казань.", "Там тепло."});
    CHECK(sentenceTexts("В 2019-2020 гг. Компания росла.") == Strings{"В 2019-2020 гг. Компания росла."});
}

TEST_CASE("sentences: г. at a line end does break", "[sentences]") {
    CHECK(sentenceTexts("Итоги за 2020 г.\nКомпания выросла.") == Strings{"Итоги за 2020 г.", "Компания выросла."});
}

TEST_CASE("sentences: street, house and title abbreviations", "[sentences]") {
    CHECK(sentenceTexts("Приём на ул. Ленина, д. 5. Звоните заранее.")
          == Strings{"Приём на ул. Ленина, д. 5.", "Звоните заранее."});
    CHECK(sentenceTexts("Доклад сделал проф. Соколов и акад. Орлов. Зал был полон.")
          == Strings{"Доклад сделал проф. Соколов и акад. Орлов.", "Зал был полон."});
    CHECK(sentenceTexts("Школа им. Гагарина открыта. Набор идёт.") == Strings{"Школа им. Гагарина открыта.", "Набор идёт."});
}

TEST_CASE("sentences: initials before and after a surname", "[sentences]") {
    CHECK(sentenceTexts("Поэт А. С. Пушкин родился в Москве. Это известно.")
          == Strings{"Поэт А. С. Пушкин родился в Москве.", "Это известно."});
    CHECK(sentenceTexts("Письмо подписал Иванов И. И. в понедельник.") == Strings{"Письмо подписал Иванов И. И. в понедельник."});
    CHECK(sentenceTexts("Писатель А.С.Пушкин жил здесь.") == Strings{"Писатель А.С.Пушкин жил здесь."});
}

TEST_CASE("sentences: т.е., т.д., и др. and spaced forms", "[sentences]") {
    CHECK(sentenceTexts("Фрукты, т.е. яблоки и т.д. Овощи тоже.") == Strings{"Фрукты, т.е. яблоки и т.д.", "Овощи тоже."});
    CHECK(sentenceTexts("Это столица, т. е. Москва. Да.") == Strings{"Это столица, т. е. Москва.", "Да."});
    CHECK(sentenceTexts("Были Китай, Индия и др. В будущем больше.") == Strings{"Были Китай, Индия и др.", "В будущем больше."});
}

TEST_CASE("sentences: units after numbers end a sentence only before a capital", "[sentences]") {
    CHECK(sentenceTexts("Площадь 14 тыс. кв. м. Стройка завершена.") == Strings{"Площадь 14 тыс. кв. м.", "Стройка завершена."});
    CHECK(sentenceTexts("Выручка 5 млн руб. В прошлом году меньше.") == Strings{"Выручка 5 млн руб.", "В прошлом году меньше."});
    CHECK(sentenceTexts("Это стоило 10 тыс. рублей и 5 млн. долларов.") == Strings{"Это стоило 10 тыс. рублей и 5 млн. долларов."});
    CHECK(sentenceTexts("Станция м. Сокол закрыта.") == Strings{"Станция м. Сокол закрыта."});
}

TEST_CASE("sentences: glued sentences are split, domains and dotted abbreviations are not", "[sentences]") {
    CHECK(sentenceTexts("Совещание провёл Иван Петров.Тема встречи - экспорт.")
          == Strings{"Совещание провёл Иван Петров.", "Тема встречи - экспорт."});
    CHECK(sentenceTexts("Пишите на сайт example.ru или звоните.") == Strings{"Пишите на сайт example.ru или звоните."});
    CHECK(sentenceTexts("Подробности на example.ru. Ждём вас.") == Strings{"Подробности на example.ru.", "Ждём вас."});
    CHECK(sentenceTexts("Всё готово!Начинаем.") == Strings{"Всё готово!", "Начинаем."});
    CHECK(sentenceTexts("Итоги подведены.\"Новый год\" встретили дома.")
          == Strings{"Итоги подведены.", "\"Новый год\" встретили дома."});
}

TEST_CASE("sentences: quotes and dashes of direct speech", "[sentences]") {
    CHECK(sentenceTexts("«Мы готовы», — сказал он. Затем ушёл.") == Strings{"«Мы готовы», — сказал он.", "Затем ушёл."});
    CHECK(sentenceTexts("Он сказал: «Это важно.» Потом ушёл.") == Strings{"Он сказал: «Это важно.»", "Потом ушёл."});
    CHECK(sentenceTexts("«Всё готово.»Тема закрыта.") == Strings{"«Всё готово.»", "Тема закрыта."});
    CHECK(sentenceTexts("Он кивнул. — Это важно, — добавил он.") == Strings{"Он кивнул.", "— Это важно, — добавил он."});
}

TEST_CASE("sentences: direct speech after a dash keeps the attribution", "[sentences]") {
    const std::string text = "Мы работаем с партнёрами из Азии.- Начнем с Вьетнама, продолжим Лаосом, а закончим в Чили, "
                             "- рассказал директор Пётр Сидоров. - Потом будет Перу!";
    CHECK(sentenceTexts(text) == Strings{"Мы работаем с партнёрами из Азии.",
                                         "- Начнем с Вьетнама, продолжим Лаосом, а закончим в Чили, - рассказал "
                                         "директор Пётр Сидоров.",
                                         "- Потом будет Перу!"});
}

TEST_CASE("sentences: quoted names with a full stop inside stay whole", "[sentences]") {
    CHECK(sentenceTexts("Открылся форум «Россия. Арктика» в Мурманске. Гостей много.")
          == Strings{"Открылся форум «Россия. Арктика» в Мурманске.", "Гостей много."});
    CHECK(sentenceTexts("Прошла выставка \"Армия. Флот\" в Кронштадте.") == Strings{"Прошла выставка \"Армия. Флот\" в Кронштадте."});
}

TEST_CASE("sentences: blank lines and paragraph starts", "[sentences]") {
    CHECK(sentenceTexts("Заголовок без точки\n\nПервый абзац. Второй.")
          == Strings{"Заголовок без точки", "Первый абзац.", "Второй."});
    CHECK(sentenceTexts("Заголовок\nТекст статьи.") == Strings{"Заголовок", "Текст статьи."});
    CHECK(sentenceTexts("Это длинное предложение, которое\nпереносится на строку.")
          == Strings{"Это длинное предложение, которое\nпереносится на строку."});
    CHECK(sentenceTexts("Событие состоится\n7 июля в Казани.") == Strings{"Событие состоится\n7 июля в Казани."});
    CHECK(sentenceTexts("12.05.2021\n15 мая откроется выставка.") == Strings{"12.05.2021", "15 мая откроется выставка."});
    CHECK(sentenceTexts("Слово без точки\n\nи продолжение") == Strings{"Слово без точки", "и продолжение"});
}

TEST_CASE("sentences: a sentence may start with a number or follow an ellipsis", "[sentences]") {
    CHECK(sentenceTexts("Форум прошёл успешно. 7 июля начнётся выставка.")
          == Strings{"Форум прошёл успешно.", "7 июля начнётся выставка."});
    CHECK(sentenceTexts("В 2020 г. 7 компаний закрылись.") == Strings{"В 2020 г. 7 компаний закрылись."});
    CHECK(sentenceTexts("Он задумался… Потом ответил.") == Strings{"Он задумался…", "Потом ответил."});
}

TEST_CASE("sentences: numbered list items keep their number", "[sentences]") {
    CHECK(sentenceTexts("1. Первый пункт\n2. Второй пункт") == Strings{"1. Первый пункт", "2. Второй пункт"});
}

TEST_CASE("sentences: spans are trimmed, never empty, in code points", "[sentences]") {
    const std::u32string text = U"  \r\n\r\n  Текст 😀.  \r\n\r\n\u00A0 Ещё.\n\n  ";
    const auto spans = sentences(text);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == Span{8, 16});
    CHECK(text.substr(spans[1].start, spans[1].end - spans[1].start) == U"Ещё.");
    CHECK(sentences(U"").empty());
    CHECK(sentences(U" \n\t ").empty());
}

TEST_CASE("sentences: CRLF text splits like LF text", "[sentences]") {
    CHECK(sentenceTexts("Первая строка\r\nВторая строка.\r\n\r\nТретья.")
          == Strings{"Первая строка", "Вторая строка.", "Третья."});
}

// ---------------------------------------------------------------- tokens

TEST_CASE("tokens: hyphenated words and apostrophes are one word", "[tokens]") {
    CHECK(tokenList("Буэнос-Айрес, торгово-промышленных д'Артаньян д’Артаньян")
          == std::vector<Tok>{{"Буэнос-Айрес", TokenKind::Word}, {",", TokenKind::Punct},
                              {"торгово-промышленных", TokenKind::Word}, {"д'Артаньян", TokenKind::Word},
                              {"д’Артаньян", TokenKind::Word}});
    CHECK(tokenList("COVID-19 18-летний - тире")
          == std::vector<Tok>{{"COVID-19", TokenKind::Word}, {"18-летний", TokenKind::Word}, {"-", TokenKind::Punct},
                              {"тире", TokenKind::Word}});
}

TEST_CASE("tokens: numbers, dates, ranges and symbols", "[tokens]") {
    CHECK(tokenList("14,5% 06.07.2020 2019-2020 1\u00A0000 №5 $10")
          == std::vector<Tok>{{"14,5", TokenKind::Number}, {"%", TokenKind::Symbol}, {"06.07.2020", TokenKind::Number},
                              {"2019", TokenKind::Number}, {"-", TokenKind::Punct}, {"2020", TokenKind::Number},
                              {"1\u00A0000", TokenKind::Number}, {"№", TokenKind::Symbol}, {"5", TokenKind::Number},
                              {"$", TokenKind::Symbol}, {"10", TokenKind::Number}});
    CHECK(tokenList("в 2020г.")
          == std::vector<Tok>{{"в", TokenKind::Word}, {"2020", TokenKind::Number}, {"г", TokenKind::Word}, {".", TokenKind::Punct}});
}

TEST_CASE("tokens: dotted abbreviations, initials, ellipsis and quotes", "[tokens]") {
    CHECK(tokenList("т.е. А.С.Пушкин, tass.ru...")
          == std::vector<Tok>{{"т.е", TokenKind::Word}, {".", TokenKind::Punct}, {"А", TokenKind::Word},
                              {".", TokenKind::Punct}, {"С", TokenKind::Word}, {".", TokenKind::Punct},
                              {"Пушкин", TokenKind::Word}, {",", TokenKind::Punct}, {"tass.ru", TokenKind::Word},
                              {"...", TokenKind::Punct}});
    CHECK(tokenList("«Форум»") == std::vector<Tok>{{"«", TokenKind::Punct}, {"Форум", TokenKind::Word}, {"»", TokenKind::Punct}});
}

TEST_CASE("tokens: offsets are code points in the whole text, also within a span", "[tokens]") {
    const std::u32string text = U"😀 Привет, мир! Ещё раз.";
    const auto all = tokens(text);
    REQUIRE(all.size() == 8);
    CHECK(all[0].start == 0);
    CHECK(all[0].end == 1);
    CHECK(all[0].kind == TokenKind::Symbol);
    CHECK(all[1].start == 2);
    CHECK(all[1].end == 8);
    const auto second = tokens(text, Span{15, 23});
    REQUIRE(second.size() == 3);
    CHECK(text.substr(second[0].start, second[0].end - second[0].start) == U"Ещё");
    CHECK(second[0].start == 15);
    CHECK(second[2].end == 23);
    CHECK(tokens(text, Span{5, 100}).size() == 7); // clamped to the text
    CHECK(tokens(text, Span{30, 40}).empty());
    CHECK(tokens(U" \n\t").empty());
}

TEST_CASE("tokens and sentences agree on a normalised text", "[tokens][sentences]") {
    const auto n = normalize(U"«Мир» — это\u00A0Буэнос\u2011Айрес. Ёж.");
    const auto spans = sentences(n.text);
    REQUIRE(spans.size() == 2);
    const auto first = tokens(n.text, spans[0]);
    REQUIRE(first.size() == 7);
    CHECK(n.text.substr(first[5].start, first[5].end - first[5].start) == U"Буэнос-Айрес");
    CHECK(n.toOriginal(first[5].start) == 12);
}

// ---------------------------------------------------------------- properties

namespace {

// Deterministic random text over an alphabet chosen to hit every rule.
std::u32string randomText(std::uint32_t seed, std::size_t length) {
    static const std::u32string alphabet =
        U"аАбБгГдДеЕёЁиИмМтТсСрРвВлЛ..  ..!?…\n\n\r-—–«»\"'’„“()0123456789,:;\u00A0\u00AD\u200B\u0301\u0308\uFEFF😀kK";
    std::u32string out;
    for (std::size_t i = 0; i < length; ++i) {
        seed = seed * 1664525u + 1013904223u;
        out.push_back(alphabet[(seed >> 8) % alphabet.size()]);
    }
    return out;
}

} // namespace

TEST_CASE("properties: spans, tokens and origins stay in bounds on arbitrary text", "[properties]") {
    for (std::uint32_t seed = 1; seed <= 300; ++seed) {
        const std::u32string text = randomText(seed, seed % 97 + 1);
        INFO("seed " << seed);
        const auto n = normalize(text);
        REQUIRE(n.origin.size() == n.text.size() + 1);
        for (std::size_t i = 0; i + 1 < n.origin.size(); ++i) REQUIRE(n.origin[i] <= n.origin[i + 1]);
        for (std::size_t i = 0; i < n.text.size(); ++i) REQUIRE(n.origin[i] < text.size());
        REQUIRE(n.origin.back() == text.size());

        std::uint32_t previousEnd = 0;
        for (const Span& s : sentences(n.text)) {
            REQUIRE(s.start < s.end);
            REQUIRE(s.start >= previousEnd);
            REQUIRE(s.end <= n.text.size());
            previousEnd = s.end;
            std::uint32_t previousToken = s.start;
            for (const Token& t : tokens(n.text, s)) {
                REQUIRE(t.start < t.end);
                REQUIRE(t.start >= previousToken);
                REQUIRE(t.end <= s.end);
                previousToken = t.end;
            }
        }
    }
}

TEST_CASE("sentences and tokens give the same results on several threads at once", "[threads]") {
    std::vector<std::u32string> texts;
    for (std::uint32_t seed = 1; seed <= 20; ++seed) texts.push_back(randomText(seed, 300));
    texts.push_back(U"Поэт А. С. Пушкин родился в Москве. Это известно.Тема закрыта.");
    const auto fingerprint = [&texts] {
        std::vector<std::uint32_t> out;
        for (const auto& t : texts) {
            for (const Span& s : sentences(t)) {
                out.push_back(s.start);
                for (const Token& tok : tokens(t, s)) out.push_back(tok.end);
            }
        }
        return out;
    };
    const std::vector<std::uint32_t> expected = fingerprint();
    std::vector<std::vector<std::uint32_t>> results(4);
    std::vector<std::thread> threads;
    for (auto& r : results)
        threads.emplace_back([&r, &fingerprint] {
            for (int i = 0; i < 20; ++i) r = fingerprint();
        });
    for (auto& t : threads) t.join();
    for (const auto& r : results) CHECK(r == expected);
}

TEST_CASE("nameKey is one key for the spellings of a name", "[text]")
{
    using letopis::text::nameKey;
    CHECK(nameKey("«Единая  Россия»") == "единая россия");
    CHECK(nameKey("\"Единая Россия\"") == nameKey("«Единая Россия»"));
    CHECK(nameKey("  Пётр   Иванов ") == "петр иванов");
    CHECK(nameKey("Буэнос–Айрес") == nameKey("Буэнос-Айрес"));
    CHECK(nameKey("") == "");
}

TEST_CASE("tokens without ICU's iterator have ICU's word boundaries", "[text][tokens]")
{
    // UAX #29 joins across "." and "'" between letters, "," "." ";" between digits; CLDR leaves the
    // colon out; "@", "_", combining accents, kana and ideographs go to ICU's iterator.
    const char* samples[] = {
        "Курс вырос на 14,5% к 06.07.2020, т.е. на 3.14.15; см. tass.ru и O'Neil, Д’Артаньян.",
        "Категория:Общество File:Тысячи а:б 1:2 x.1 1.x 1,a a,1 1;2 a;b ...",
        "А.С.Пушкин, 2020г., COVID-19, Буэнос-Айрес, 1\u00A0000 и 1\u202F000 рублей, №5, §3, 10%.",
        "Пишите @Warren_Buffet, ударе\u0301ние, 三浦雄一郎 и ひらがな; «кавычки» — тире – и \"прямые\".",
        "Ελληνικά και Ünïcödé, ½ и ², 1.\n2.\r\n3.\tконец",
    };
    for (const char* s : samples) {
        const std::u32string text = toU32(s);
        const auto fast = tokens(text);
        const auto icu = detail::tokensByIcuIterator(text);
        INFO(s);
        REQUIRE(fast.size() == icu.size());
        for (std::size_t i = 0; i < fast.size(); ++i) {
            INFO(i << ": " << toUtf8(text.substr(fast[i].start, fast[i].end - fast[i].start)));
            CHECK(fast[i].start == icu[i].start);
            CHECK(fast[i].end == icu[i].end);
            CHECK(fast[i].kind == icu[i].kind);
        }
    }
}

TEST_CASE("FlatStringMap finds what was added, across growth, and keeps values in place", "[string_map]") {
    letopis::text::FlatStringMap<char, int> map;
    CHECK(map.find("нет") == nullptr);
    std::vector<const int*> where;
    for (int i = 0; i < 5000; ++i) where.push_back(&map.add("слово" + std::to_string(i), i));
    REQUIRE(map.size() == 5000);
    for (int i = 0; i < 5000; ++i) {
        const int* v = map.find("слово" + std::to_string(i));
        REQUIRE(v != nullptr);
        CHECK(*v == i);
        CHECK(v == where[static_cast<std::size_t>(i)]); // not moved by the table's growth
    }
    CHECK(map.find("слово5000") == nullptr);
    CHECK(map.find("") == nullptr);
    map[""] = 7; // operator[] adds a default value, then finds it
    CHECK(*map.find("") == 7);
    map[""] += 1;
    CHECK(*map.find("") == 8);
    map.clear();
    CHECK(map.empty());
    CHECK(map.find("слово1") == nullptr);
}

TEST_CASE("WordMemo computes a word once and keeps answers valid for one more generation", "[string_map]") {
    letopis::text::WordMemo<std::u32string, 4> memo; // a new generation every 4 words
    int computed = 0;
    const auto upper = [&](std::u32string_view w) {
        ++computed;
        std::u32string out(w);
        for (auto& c : out) c = c >= U'а' && c <= U'я' ? c - 32 : c;
        return out;
    };
    const std::u32string& first = memo.get(U"мир", upper);
    CHECK(first == U"МИР");
    CHECK(&memo.get(U"мир", upper) == &first);
    CHECK(computed == 1);
    const auto generation = memo.generation();
    for (std::u32string w : {U"а", U"б", U"в", U"г", U"д"}) (void)memo.get(w, upper);
    CHECK(memo.generation() == generation + 1);
    CHECK(first == U"МИР"); // one generation on: still in place
    REQUIRE(memo.find(U"мир") != nullptr);
    CHECK(memo.get(U"мир", upper) == U"МИР"); // carried over, not computed again
    CHECK(computed == 6);
    CHECK(memo.find(U"нет") == nullptr);
}

TEST_CASE("isPlainRussianLower: lower-case а–я only", "[unicode]") {
    CHECK(letopis::text::isPlainRussianLower(U"выставка"));
    CHECK(letopis::text::isPlainRussianLower(U"я"));
    CHECK_FALSE(letopis::text::isPlainRussianLower(U""));
    CHECK_FALSE(letopis::text::isPlainRussianLower(U"ёлка"));
    CHECK_FALSE(letopis::text::isPlainRussianLower(U"Москва"));
    CHECK_FALSE(letopis::text::isPlainRussianLower(U"буэнос-айрес"));
    CHECK_FALSE(letopis::text::isPlainRussianLower(U"covid"));
}
