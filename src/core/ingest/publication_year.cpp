#include "ingest/publication_year.hpp"

#include "letopis/dates.hpp"
#include "letopis/text.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace letopis::ingest::detail {

namespace {

struct Word {
    std::size_t start;
    std::u32string folded;
};

std::vector<Word> words(std::u32string_view t)
{
    std::vector<Word> out;
    std::size_t i = 0;
    while (i < t.size()) {
        if (!u_isalnum(static_cast<UChar32>(t[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < t.size() && (u_isalnum(static_cast<UChar32>(t[j])) || (t[j] == U'-' && j + 1 < t.size()
                                                                            && u_isalnum(static_cast<UChar32>(t[j + 1])))))
            ++j;
        out.push_back({i, text::foldForMatch(t.substr(i, j - i))});
        i = j;
    }
    return out;
}

// The edition number an ordinal adjective states, in any case and gender; 0 if the word is none.
int ordinalValue(const std::u32string& w)
{
    // Stems of ordinals with the "-ый/-ой" declension; "третий" has its own.
    static constexpr std::array<std::u32string_view, 20> kStems{
        U"перв", U"втор", U"трет", U"четверт", U"пят", U"шест", U"седьм", U"восьм", U"девят", U"десят",
        U"одиннадцат", U"двенадцат", U"тринадцат", U"четырнадцат", U"пятнадцат", U"шестнадцат",
        U"семнадцат", U"восемнадцат", U"девятнадцат", U"двадцат"};
    static constexpr std::array<std::u32string_view, 14> kEndings{
        U"ый", U"ой", U"ая", U"ое", U"ые", U"ого", U"ому", U"ым", U"ом", U"ую", U"ых", U"ыми", U"ий", U"ей"};
    static constexpr std::array<std::u32string_view, 11> kThirdEndings{
        U"ий", U"ья", U"ье", U"ьи", U"ьего", U"ьему", U"ьим", U"ьем", U"ью", U"ьей", U"ьих"};
    for (std::size_t n = 0; n < kStems.size(); ++n) {
        const auto stem = kStems[n];
        if (w.size() <= stem.size() || std::u32string_view(w).substr(0, stem.size()) != stem)
            continue;
        const auto ending = std::u32string_view(w).substr(stem.size());
        const auto has = [&](const auto& list) { return std::find(list.begin(), list.end(), ending) != list.end(); };
        if (n == 2 ? has(kThirdEndings) : has(kEndings))
            return static_cast<int>(n) + 1;
    }
    // "4-я", "12-й"
    const auto dash = w.find(U'-');
    if (dash != std::u32string::npos && dash > 0 && dash <= 2 && w.size() - dash <= 4) {
        int v = 0;
        for (std::size_t i = 0; i < dash; ++i) {
            if (w[i] < U'0' || w[i] > U'9')
                return 0;
            v = v * 10 + static_cast<int>(w[i] - U'0');
        }
        return v;
    }
    return 0;
}

bool isRecurringEventNoun(const std::u32string& w)
{
    static constexpr std::array<std::u32string_view, 12> kStems{
        U"выставк", U"форум", U"конференц", U"съезд", U"фестивал", U"саммит", U"ярмарк", U"салон",
        U"конгресс", U"биеннал", U"олимпиад", U"чемпионат"};
    for (auto s : kStems) {
        if (w.size() >= s.size() && std::u32string_view(w).substr(0, s.size()) == s)
            return true;
    }
    return false;
}

// The edition ordinal of an event the text is about ("Четвертая международная выставка"), or 0.
int editionOrdinal(const std::vector<Word>& ws)
{
    for (std::size_t i = 0; i < ws.size(); ++i) {
        const int n = ordinalValue(ws[i].folded);
        if (n < 2)
            continue;
        for (std::size_t j = i + 1; j < ws.size() && j <= i + 3; ++j) {
            if (isRecurringEventNoun(ws[j].folded))
                return n;
        }
    }
    return 0;
}

bool startsSince(std::u32string_view t, const dates::DateMention& m)
{
    const auto f = text::foldForMatch(t.substr(m.start, std::min<std::size_t>(3, m.end - m.start)));
    return f.rfind(U"с ", 0) == 0 || f.rfind(U"со ", 0) == 0;
}

} // namespace

int inferPublicationYear(std::u32string_view body)
{
    const auto mentions = dates::findDates(body, std::nullopt);
    int latest = 0;
    for (const auto& m : mentions) {
        if (m.begin.yearKnown())
            latest = std::max(latest, std::max(m.begin.year, m.end_.year));
    }
    // An edition's year joined to its name: "ПМЭФ-2024", "Иннопром-2020".
    for (std::size_t i = 1; i + 4 < body.size(); ++i) {
        if (body[i] != U'-' || !u_isalpha(static_cast<UChar32>(body[i - 1])))
            continue;
        int year = 0;
        std::size_t k = i + 1;
        for (; k < i + 5 && body[k] >= U'0' && body[k] <= U'9'; ++k)
            year = year * 10 + static_cast<int>(body[k] - U'0');
        const bool fourDigits = k == i + 5 && (k == body.size() || !(body[k] >= U'0' && body[k] <= U'9'));
        if (fourDigits && year >= 1900 && year <= 2100)
            latest = std::max(latest, year);
    }
    const auto ws = words(body);
    const int ordinal = editionOrdinal(ws);
    if (ordinal > 0) {
        // The year of the first edition: a year in the sentence that says "впервые", not a "с 2010 года".
        for (const auto& sentence : text::sentences(body)) {
            const auto s = body.substr(sentence.start, sentence.end - sentence.start);
            if (text::foldForMatch(s).find(U"впервые") == std::u32string::npos)
                continue;
            for (const auto& m : dates::findDates(s, std::nullopt)) {
                if (m.begin.yearKnown() && !startsSince(s, m)) {
                    const int year = m.begin.year + ordinal - 1;
                    if (year >= latest)
                        return year;
                }
            }
        }
    }
    return latest;
}

} // namespace letopis::ingest::detail
