// Folding, the month and keyword lexicon (hash maps of folded word forms) and the token scanner.
#include "extract/dates_internal.hpp"
#include "letopis/text.hpp"
#include "letopis/dates.hpp"
#include "text/string_map.hpp"

#include <functional>
#include <initializer_list>

namespace letopis::dates {

namespace detail {

namespace {

template <class V>
using WordMap = text::FlatStringMap<char32_t, V>;

WordMap<MonthEntry> buildMonths()
{
    WordMap<MonthEntry> m;
    // Stems ending in a soft consonant decline январь/января/январе/январю/январём.
    const std::pair<std::u32string_view, int> soft[] = {
        {U"январ", 1}, {U"феврал", 2}, {U"апрел", 4}, {U"июн", 6}, {U"июл", 7},
        {U"сентябр", 9}, {U"октябр", 10}, {U"ноябр", 11}, {U"декабр", 12}};
    for (const auto& [stem, month] : soft)
        for (std::u32string_view end : {U"ь", U"я", U"е", U"ю", U"ем"})
            m[std::u32string(stem) + std::u32string(end)] = {month, false};
    const std::pair<std::u32string_view, int> hard[] = {{U"март", 3}, {U"август", 8}};
    for (const auto& [stem, month] : hard)
        for (std::u32string_view end : {U"", U"а", U"е", U"у", U"ом"})
            m[std::u32string(stem) + std::u32string(end)] = {month, false};
    for (std::u32string_view w : {U"май", U"мая", U"мае", U"маю", U"маем"})
        m[std::u32string(w)] = {5, false};
    const std::pair<std::u32string_view, int> abbrev[] = {
        {U"янв", 1}, {U"фев", 2}, {U"февр", 2}, {U"мар", 3}, {U"апр", 4}, {U"июн", 6},
        {U"июл", 7}, {U"авг", 8}, {U"сен", 9}, {U"сент", 9}, {U"окт", 10}, {U"ноя", 11},
        {U"нояб", 11}, {U"дек", 12}};
    for (const auto& [w, month] : abbrev)
        m[std::u32string(w)] = {month, true};
    return m;
}

void add(WordMap<Keyword>& m, std::initializer_list<std::u32string_view> words, std::uint32_t flags,
         int shift = 0, Unit unit = Unit::None)
{
    for (std::u32string_view w : words) {
        Keyword& k = m[std::u32string(w)];
        k.flags |= flags;
        if (flags & (kRelDay | kRelAdj))
            k.shift = shift;
        if (unit != Unit::None)
            k.unit = unit;
    }
}

void addAdjective(WordMap<Keyword>& m, std::u32string_view stem, int shift)
{
    // Over-generating endings is harmless: only the form before a unit noun matters.
    for (std::u32string_view end : {U"ий", U"ый", U"ой", U"ая", U"яя", U"ое", U"ее", U"ого", U"его",
                                    U"ом", U"ем", U"ому", U"ему", U"ым", U"им", U"ей", U"ую", U"юю"})
        add(m, {std::u32string(stem) + std::u32string(end)}, kRelAdj, shift);
}

WordMap<Keyword> buildKeywords()
{
    WordMap<Keyword> m;
    add(m, {U"год", U"года", U"году", U"годом", U"годе"}, kYearWord | kUnit, 0, Unit::Year);
    add(m, {U"г", U"гг"}, kYearWord | kAbbrevDot);
    add(m, {U"годы", U"годов", U"годах", U"годам", U"годами"}, kYearWord);
    add(m, {U"месяц", U"месяца", U"месяце", U"месяцу", U"месяцем"}, kUnit, 0, Unit::Month);
    add(m, {U"неделя", U"недели", U"неделе", U"неделю", U"неделей"}, kUnit, 0, Unit::Week);
    add(m, {U"день"}, kUnit, 0, Unit::Day);
    add(m, {U"с", U"со"}, kFrom | kMonthContext);
    add(m, {U"от"}, kFrom);
    add(m, {U"по", U"до"}, kTo | kMonthContext);
    add(m, {U"в", U"во"}, kIn | kMonthContext);
    add(m, {U"на"}, kOn);
    add(m, {U"к", U"ко", U"после", U"перед", U"начала", U"конца", U"середины", U"началу", U"концу"},
        kMonthContext);
    add(m, {U"начале", U"конце", U"середине", U"течение"}, kQualifier | kMonthContext);
    add(m, {U"сегодня"}, kRelDay, 0);
    add(m, {U"вчера", U"накануне"}, kRelDay, -1);
    add(m, {U"позавчера"}, kRelDay, -2);
    add(m, {U"завтра"}, kRelDay, 1);
    add(m, {U"послезавтра"}, kRelDay, 2);
    add(m, {U"этот", U"этого", U"этом", U"этому", U"этим", U"эта", U"этой", U"эту"}, kRelAdj, 0);
    for (auto [stem, shift] : std::initializer_list<std::pair<std::u32string_view, int>>{
             {U"прошл", -1}, {U"минувш", -1}, {U"предыдущ", -1}, {U"позапрошл", -2},
             {U"текущ", 0}, {U"нынешн", 0}, {U"следующ", 1}, {U"будущ", 1}, {U"наступающ", 1}})
        addAdjective(m, stem, shift);
    add(m, {U"м", U"го", U"й", U"ом", U"му", U"ый", U"ого"}, kYearSuffix);
    add(m, {U"го", U"е", U"ое"}, kDaySuffix);
    add(m, {U"и"}, kAnd);
    add(m, {U"ул", U"улица", U"улице", U"улицы", U"улицу", U"пр", U"просп", U"проспект", U"проспекте",
            U"пер", U"переулок", U"пл", U"площадь", U"площади", U"наб", U"набережная", U"бульвар",
            U"шоссе", U"им", U"имени"},
        kStreet);
    return m;
}

const WordMap<MonthEntry>& months()
{
    static const WordMap<MonthEntry> m = buildMonths();
    return m;
}

const WordMap<Keyword>& keywords()
{
    static const WordMap<Keyword> m = buildKeywords();
    return m;
}

bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool isLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x3FF) ||
           (c >= 0x400 && c <= 0x52F);
}

// Soft hyphen, zero-width characters, combining accents: invisible, never split a word.
bool isIgnorable(char32_t c)
{
    return c == 0xAD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF ||
           (c >= 0x300 && c <= 0x36F);
}

bool isNewline(char32_t c) { return c == U'\n' || c == U'\r' || c == 0x85 || c == 0x2028 || c == 0x2029; }

} // namespace

char32_t foldChar(char32_t c)
{
    if (c >= U'A' && c <= U'Z')
        return c + 32;
    if (c == 0x401 || c == 0x451) // Ё ё
        return 0x435;
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    if (c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 ||
        c == 0xFF0D)
        return U'-';
    return c;
}

bool isSpaceChar(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\f' || c == U'\v' || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 || isNewline(c);
}

std::u32string decodeUtf8(std::string_view s)
{
    // The same decoding as everywhere else, so offsets into invalid UTF-8 agree with text::toU32
    // (found by fuzzing: tests/data/fuzz-regressions/dates/).
    return text::toU32(s);
}

const Keyword* keyword(std::u32string_view folded)
{
    return keywords().find(folded);
}

MonthEntry monthEntry(std::u32string_view folded)
{
    const MonthEntry* e = months().find(folded);
    return e ? *e : MonthEntry{};
}

namespace {

// Scans one word starting at i; returns the end of its last letter.
std::size_t scanWord(std::u32string_view text, std::size_t i, std::u32string& folded, Tok& t)
{
    folded.clear();
    std::size_t lastLetterEnd = i;
    for (std::size_t j = i; j < text.size() && (isLetter(text[j]) || isIgnorable(text[j])); ++j) {
        if (isLetter(text[j])) {
            folded.push_back(foldChar(text[j]));
            lastLetterEnd = j + 1;
        }
    }
    t.kind = TokKind::Word;
    if (folded.size() <= 16) { // every lexicon word is short; skip lookups for long words
        const MonthEntry me = monthEntry(folded);
        t.month = static_cast<std::uint8_t>(me.month);
        t.abbrev = me.abbrev;
        t.kw = keyword(folded);
    }
    return lastLetterEnd;
}

std::size_t scanNumber(std::u32string_view text, std::size_t i, Tok& t)
{
    std::size_t j = i;
    int value = 0;
    int digits = 0;
    for (; j < text.size() && isDigit(text[j]); ++j) {
        if (value < 100000000)
            value = value * 10 + static_cast<int>(text[j] - U'0');
        if (digits < 255)
            ++digits;
    }
    t.kind = TokKind::Number;
    t.value = value;
    t.digits = static_cast<std::uint8_t>(digits);
    return j;
}

} // namespace

std::vector<Tok> scan(std::u32string_view text)
{
    std::vector<Tok> toks;
    toks.reserve(text.size() / 4 + 1);
    std::u32string folded;
    Gap gap = Gap::Space;
    std::size_t i = 0;
    while (i < text.size()) {
        const char32_t c = text[i];
        if (isNewline(c) || isSpaceChar(c)) {
            gap = isNewline(c) ? Gap::Newline : (gap == Gap::Newline ? Gap::Newline : Gap::Space);
            ++i;
            continue;
        }
        if (isIgnorable(c)) {
            ++i;
            continue;
        }
        Tok t;
        t.gap = gap;
        t.start = static_cast<std::uint32_t>(i);
        std::size_t end = i + 1;
        if (isDigit(c)) {
            end = scanNumber(text, i, t);
        } else if (isLetter(c)) {
            end = scanWord(text, i, folded, t);
        } else {
            t.kind = TokKind::Punct;
            t.value = static_cast<int>(foldChar(c));
        }
        t.end = static_cast<std::uint32_t>(end);
        toks.push_back(t);
        gap = Gap::None;
        i = end;
    }
    return toks;
}

} // namespace detail

int monthFromWord(std::u32string_view word)
{
    std::u32string folded;
    for (char32_t c : word) {
        if (detail::isSpaceChar(c) || c == 0xAD || (c >= 0x200B && c <= 0x200D) || c == 0xFEFF)
            continue;
        folded.push_back(detail::foldChar(c));
    }
    while (!folded.empty() && folded.back() == U'.')
        folded.pop_back();
    return detail::monthEntry(folded).month;
}

} // namespace letopis::dates
