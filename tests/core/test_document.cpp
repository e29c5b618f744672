// Header, boilerplate and publication-date rules on press releases written for these tests.
#include "letopis/document.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using letopis::ParsedDocument;
using letopis::PartKind;
using letopis::parseDocument;

namespace {

std::string partText(const ParsedDocument& d, PartKind kind)
{
    const auto u = letopis::text::toU32(d.text);
    for (const auto& p : d.parts) {
        if (p.kind == kind)
            return letopis::text::toUtf8(u.substr(p.span.start, p.span.end - p.span.start));
    }
    return {};
}

std::size_t partCount(const ParsedDocument& d, PartKind kind)
{
    return static_cast<std::size_t>(
        std::count_if(d.parts.begin(), d.parts.end(), [&](const auto& p) { return p.kind == kind; }));
}

} // namespace

TEST_CASE("date line, title, subtitle, separator and a byline glued to the last paragraph", "[document]")
{
    const auto d = parseDocument("15.03.2019\n"
                                 "Заголовок новости про завод\n"
                                 "Подзаголовок с подробностями\n"
                                 "***\n"
                                 "Текст новости о заводе. Второе предложение. Иван Петров, \"Вечерняя газета\", "
                                 "Тульская область");
    REQUIRE(d.published);
    CHECK(d.published->iso() == "2019-03-15");
    CHECK(d.published->precision == letopis::dates::Precision::Day);
    CHECK_FALSE(d.published->yearInferred);
    CHECK(d.title == "Заголовок новости про завод");
    CHECK(d.subtitle == "Подзаголовок с подробностями");
    CHECK(partText(d, PartKind::Separator) == "***");
    CHECK(d.byline == "Иван Петров, \"Вечерняя газета\", Тульская область");
    CHECK(partText(d, PartKind::Byline) == d.byline);
    CHECK(d.source == "Вечерняя газета");
    CHECK(d.bodyText() == "Текст новости о заводе. Второе предложение.");
}

TEST_CASE("agency release: yearless date line, debris, dateline, edition ordinal", "[document]")
{
    const auto d = parseDocument("3 МАР, 14:20\n\n"
                                 "В Казани открылся форум станкостроителей\n\n"
                                 "С 3 по 5 марта более 200 компаний покажут станки\n\n"
                                 "Ваш браузер не поддерживает видео\n\n"
                                 "КАЗАНЬ, 3 марта. /ТАСС/. Шестой международный форум станкостроителей "
                                 "открывается в Казани.\n\n"
                                 "В 2018 году форум впервые прошел за пределами Москвы. В 2022 году его посетили "
                                 "5 тыс. человек.\n\n"
                                 "В новость внесена правка (10:15 мск) - уточняется число участников.\n\n"
                                 "Читать на example.ru\n"
                                 "Теги\n"
                                 "Промышленность\n"
                                 "Казань\n");
    REQUIRE(d.published);
    CHECK(d.published->iso() == "2023-03-03"); // 2018 is the first edition, this is the sixth
    CHECK(d.published->yearInferred);
    CHECK(d.title == "В Казани открылся форум станкостроителей");
    CHECK(d.subtitle == "С 3 по 5 марта более 200 компаний покажут станки");
    CHECK(d.source == "ТАСС");
    CHECK(partText(d, PartKind::Dateline) == "КАЗАНЬ, 3 марта. /ТАСС/.");
    CHECK(partText(d, PartKind::DateLine) == "3 МАР, 14:20");
    CHECK(partCount(d, PartKind::Debris) == 6); // video notice, edit note, "Читать на", "Теги", two tags
    const auto body = d.bodyText();
    CHECK(body.rfind("Шестой международный форум", 0) == 0);
    CHECK(body.find("Теги") == std::string::npos);
    CHECK(body.find("браузер") == std::string::npos);
    CHECK(body.find("правка") == std::string::npos);
}

TEST_CASE("yearless date line takes the latest year mentioned when no edition is counted", "[document]")
{
    const auto d = parseDocument("12 ноя, 09:00\n\nЗавод запустил линию\n\nЛиния построена в 2019 году, "
                                 "а в 2021 году её модернизировали.");
    REQUIRE(d.published);
    CHECK(d.published->iso() == "2021-11-12");
    CHECK(d.published->yearInferred);
}

TEST_CASE("nothing dates a document: published is unknown and never today", "[document]")
{
    SECTION("no header at all")
    {
        const auto d = parseDocument("18 сентября в рамках форума прошла сессия о цифровых городах.\n\n"
                                     "В дискуссии приняли участие эксперты из разных стран.");
        CHECK_FALSE(d.published);
        CHECK(d.title.empty());
        CHECK(d.parts.empty());
        CHECK(d.body.size() == 2);
    }
    SECTION("a yearless date line and no year in the text")
    {
        const auto d = parseDocument("22 АПР, 00:09\n\nЗаголовок\n\nТекст без единого года.");
        CHECK_FALSE(d.published);
        CHECK(partText(d, PartKind::DateLine) == "22 АПР, 00:09");
    }
}

TEST_CASE("a single unpunctuated first line is not a title without other header signs", "[document]")
{
    const auto d = parseDocument("Делегация региона приняла участие в форуме\nПредставители обсудили проекты.");
    CHECK(d.title.empty());
    CHECK(d.body.size() == 2);
}

TEST_CASE("dash-style agency dateline", "[document]")
{
    const auto d = parseDocument("05.06.2022\nЗаголовок\n\nМОСКВА, 5 июня - РИА Новости. Открылась выставка.");
    CHECK(d.source == "РИА Новости");
    CHECK(partText(d, PartKind::Dateline) == "МОСКВА, 5 июня - РИА Новости.");
    CHECK(d.bodyText() == "Открылась выставка.");
}

TEST_CASE("a date line under the title dates the release and is no subtitle", "[document]")
{
    const auto d = parseDocument("Выставка станков откроется в Туле\n\n14 февраля 2023 года\n\n"
                                 "С 10 по 12 мая в Туле пройдет выставка. Участники покажут станки.");
    REQUIRE(d.published);
    CHECK(d.published->iso() == "2023-02-14");
    CHECK(d.title == "Выставка станков откроется в Туле");
    CHECK(d.subtitle.empty());
    CHECK(partText(d, PartKind::DateLine) == "14 февраля 2023 года");
    CHECK(d.bodyText() == "С 10 по 12 мая в Туле пройдет выставка. Участники покажут станки.");
}

TEST_CASE("a press release's dateline: city, date and a dash, no agency", "[document]")
{
    SECTION("one city word, a year with 'г.'")
    {
        const auto d = parseDocument("Казань, 15 апреля 2024 г. — В Казани открылся форум. Он продлится три дня.");
        REQUIRE(d.published);
        CHECK(d.published->iso() == "2024-04-15");
        CHECK(partText(d, PartKind::Dateline) == "Казань, 15 апреля 2024 г. — ");
        CHECK(d.source.empty());
        CHECK(d.bodyText() == "В Казани открылся форум. Он продлится три дня.");
    }
    SECTION("two city words")
    {
        const auto d = parseDocument("Нижний Новгород, 3 октября 2022 — Завод представил новый станок.");
        REQUIRE(d.published);
        CHECK(d.published->iso() == "2022-10-03");
        CHECK(d.bodyText() == "Завод представил новый станок.");
    }
    SECTION("a date opens the body")
    {
        const auto d = parseDocument("Казань, 15 апреля 2024 г. — 20–22 мая пройдет форум.");
        REQUIRE(d.published);
        CHECK(d.published->iso() == "2024-04-15");
        CHECK(d.bodyText() == "20–22 мая пройдет форум.");
    }
    SECTION("not a dateline: no date, or a sentence after the comma")
    {
        CHECK_FALSE(parseDocument("Москва, как и прежде, принимает гостей — выставка открыта.").published);
        CHECK(parseDocument("Казань, 15 апреля — выставка открылась.").bodyText()
              == "Казань, 15 апреля — выставка открылась.");
    }
}

TEST_CASE("a lone title before an agency dateline — an edition's year dates a yearless release", "[document]")
{
    const auto d = parseDocument("Министр выступит на форуме\n\nМОСКВА, 3 июня. /ТАСС/. Министр выступит на "
                                 "КМИФ-2025, сообщили в министерстве.");
    CHECK(d.title == "Министр выступит на форуме");
    CHECK(d.source == "ТАСС");
    REQUIRE(d.published);
    CHECK(d.published->iso() == "2025-06-03");
    CHECK(d.published->yearInferred);
}

TEST_CASE("CRLF line ends and separators of other kinds", "[document]")
{
    const auto d = parseDocument("01.02.2021\r\nЗаголовок\r\n###\r\n***\r\nПервый абзац.\r\n\r\nВторой абзац.\r\n");
    CHECK(d.title == "Заголовок");
    CHECK(partCount(d, PartKind::Separator) == 2);
    CHECK(d.bodyText() == "Первый абзац.\n\nВторой абзац.");
}

TEST_CASE("part spans are code-point offsets into the original text", "[document]")
{
    const std::string text = "07.07.2020\nЁлки «Ёж»\n***\nТело.";
    const auto d = parseDocument(text);
    const auto u = letopis::text::toU32(text);
    for (const auto& p : d.parts)
        CHECK(p.span.end <= u.size());
    CHECK(partText(d, PartKind::Title) == "Ёлки «Ёж»");
    REQUIRE(d.body.size() == 1);
    CHECK(d.body[0].start == 25); // "07.07.2020\n" 11, title 9 + "\n", "***\n" 4 code points
}

TEST_CASE("part kind names round-trip", "[document]")
{
    for (auto k : {PartKind::DateLine, PartKind::Title, PartKind::Subtitle, PartKind::Separator,
                   PartKind::Dateline, PartKind::Byline, PartKind::Debris})
        CHECK(letopis::partKindFromName(letopis::partKindName(k)) == k);
    CHECK_FALSE(letopis::partKindFromName("nonsense"));
}
