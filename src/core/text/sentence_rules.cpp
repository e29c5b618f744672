// Russian abbreviations, initials and quoted names: where a full stop is not a sentence end.
#include "text/sentence_rules.hpp"
#include "letopis/text.hpp"

#include <unicode/uchar.h>

#include <initializer_list>
#include <string>
#include <unordered_map>

namespace letopis::text::detail {
namespace {

enum class Abbrev : std::uint8_t {
    Prefix,    // precedes a name or number
    Postfix,   // follows a number or ends a list
    ByNumber,  // a unit after a number ("5 м."), otherwise a prefix ("м. Арбатская")
    ByAnd,     // ends a list after "и" ("и др."), otherwise a prefix
};

using AbbrevTable = std::unordered_map<std::u32string, Abbrev>;

void add(AbbrevTable& t, Abbrev kind, std::initializer_list<const char*> words) {
    for (const char* w : words) t.emplace(toU32(w), kind);
}

const AbbrevTable& abbreviations() {
    static const AbbrevTable table = [] {
        AbbrevTable t;
        add(t, Abbrev::Prefix,
            {"г", "гг", "им", "ул", "д", "кв", "просп", "пр-т", "пер", "пл", "наб", "ш", "пос", "пгт", "дер",
             "мкр", "мкрн", "респ", "проф", "акад", "доц", "зав", "зам", "ген", "нач", "пред", "пом", "св", "тов",
             "г-н", "г-жа", "гр", "чл", "корр", "о", "оз", "р", "т.е", "т.к", "т.н", "т.ч", "т.о", "и.о", "напр",
             "ок", "ср", "англ", "лат", "нем", "франц", "фр", "итал", "исп", "кит", "яп", "греч", "рус", "укр",
             "тел", "корп", "стр", "эт", "оф", "каб", "ред", "изд", "вып", "кн", "сб", "п", "пп", "гл", "рис",
             "табл", "прим", "ст", "букв"});
        add(t, Abbrev::Postfix,
            {"тыс", "млн", "млрд", "трлн", "руб", "коп", "долл", "шт", "кг", "км", "га", "мм", "мг", "чел",
             "экз", "ед", "т.д", "т.п", "проч", "обл", "р-н", "вв", "н.э", "сек"});
        add(t, Abbrev::ByNumber, {"м", "с", "т", "ч", "л", "в", "см", "мин"});
        add(t, Abbrev::ByAnd, {"др", "пр"});
        return t;
    }();
    return table;
}

bool isRomanDigit(char32_t c) {
    return c == U'I' || c == U'V' || c == U'X' || c == U'L' || c == U'C' || c == U'M' || c == 0x0425 /* Х */;
}

bool atLineStart(std::u32string_view text, std::size_t pos) {
    while (pos > 0 && isBlank(text[pos - 1])) --pos;
    return pos == 0 || isLineBreak(text[pos - 1]);
}

// "5 м.", "XX в.", "14 тыс. кв. м.": a number before the word, possibly across other abbreviations.
bool afterNumber(std::u32string_view text, std::size_t pos) {
    for (int hops = 0; hops < 3; ++hops) {
        while (pos > 0 && isBlank(text[pos - 1])) --pos;
        if (pos == 0) return false;
        if (isDigit(text[pos - 1])) return true;
        std::size_t r = pos;
        while (r > 0 && isRomanDigit(text[r - 1])) --r;
        if (r < pos && (r == 0 || !isLetter(text[r - 1]))) return true;
        if (text[pos - 1] != U'.') return false;
        std::size_t w = pos - 1;
        while (w > 0 && isLetter(text[w - 1])) --w;
        if (w == pos - 1 || pos - 1 - w > 4) return false;
        pos = w; // skip a short abbreviation such as "кв." and look further back
    }
    return false;
}

bool afterAnd(std::u32string_view text, std::size_t pos) {
    while (pos > 0 && isBlank(text[pos - 1])) --pos;
    return pos > 0 && text[pos - 1] == 0x0438 /* и */ && (pos == 1 || !isLetter(text[pos - 2]));
}

bool allInitials(std::u32string_view word) {
    for (std::size_t i = 0; i < word.size(); ++i) {
        const bool letterSlot = i % 2 == 0;
        if (letterSlot ? !isUpperLetter(word[i]) : word[i] != U'.') return false;
    }
    return word.size() % 2 == 1;
}

std::u32string lower(std::u32string_view s) {
    std::u32string out(s);
    for (char32_t& c : out) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    return out;
}

// "т. е." written with a space: joins the one- or two-letter piece before.
std::u32string joinSpacedAbbreviation(std::u32string_view text, std::size_t start, std::u32string_view word) {
    if (word.size() != 1 || !isLowerLetter(word[0]) || start < 3 || text[start - 1] != U' ' || text[start - 2] != U'.')
        return {};
    const std::size_t e = start - 2;
    std::size_t b = e;
    while (b > 0 && isLowerLetter(text[b - 1])) --b;
    if (e - b < 1 || e - b > 2 || (b > 0 && isLetter(text[b - 1]))) return {};
    std::u32string joined(text.substr(b, e - b));
    joined += U'.';
    joined += word;
    return joined;
}

DotKind resolve(Abbrev kind, std::u32string_view text, std::size_t start) {
    switch (kind) {
    case Abbrev::Prefix: return DotKind::Prefix;
    case Abbrev::Postfix: return DotKind::Postfix;
    case Abbrev::ByNumber: return afterNumber(text, start) ? DotKind::Postfix : DotKind::Prefix;
    case Abbrev::ByAnd: return afterAnd(text, start) ? DotKind::Postfix : DotKind::Prefix;
    }
    return DotKind::Plain;
}

} // namespace

bool isUpperLetter(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool isLowerLetter(char32_t c) { return u_islower(static_cast<UChar32>(c)) != 0; }
bool isLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; }
bool isDigit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)) != 0; }

bool startsUpper(std::u32string_view text, std::size_t pos) {
    // A few opening marks at most: a run of 100,000 would make every caller quadratic.
    for (int skipped = 0; pos < text.size() && isOpening(text[pos]) && skipped < 8; ++skipped) ++pos;
    return pos < text.size() && isUpperLetter(text[pos]);
}

DotKind classifyDot(std::u32string_view text, std::size_t dot) {
    // The word before the dot: letters with inner dots and hyphens ("т.е", "р-н", "А.С").
    std::size_t s = dot;
    while (s > 0) {
        const char32_t c = text[s - 1];
        if (isLetter(c) || ((c == U'.' || c == U'-') && s < dot && s >= 2 && isLetter(text[s - 2]))) --s;
        else break;
    }
    if (s == dot) {
        std::size_t b = dot;
        while (b > 0 && isDigit(text[b - 1])) --b;
        return b < dot && dot - b <= 3 && atLineStart(text, b) ? DotKind::Enumerator : DotKind::Plain;
    }
    const std::u32string_view word = text.substr(s, dot - s);
    if (allInitials(word)) return DotKind::Initial;
    const AbbrevTable& table = abbreviations();
    if (const std::u32string joined = joinSpacedAbbreviation(text, s, word); !joined.empty()) {
        if (const auto it = table.find(joined); it != table.end()) return resolve(it->second, text, s);
    }
    if (const auto it = table.find(lower(word)); it != table.end()) return resolve(it->second, text, s);
    if (word.size() == 1 && isLowerLetter(word[0])) return DotKind::Prefix; // a lone letter is an abbreviation
    return DotKind::Plain;
}

std::vector<bool> shortQuotedNames(std::u32string_view text) {
    // A quote right after a word or comma names something ("форум «Россия. Арктика»"); after a
    // colon it may be speech of several sentences, so only short ones are kept whole.
    constexpr std::size_t kMaxName = 200, kMaxAfterColon = 60;
    constexpr std::size_t npos = std::u32string_view::npos;
    std::vector<bool> marks;
    const auto consider = [&](std::size_t open, std::size_t close) {
        if (!startsUpper(text, open + 1)) return;
        std::size_t p = open;
        while (p > 0 && isBlank(text[p - 1])) --p;
        if (p == 0) return;
        const char32_t before = text[p - 1];
        if (!(isLetter(before) || isDigit(before) || before == U',' || before == U':' || before == U';' || isDashLike(before)))
            return; // the quote starts a sentence: its full stops may end sentences
        if (close - open - 1 > (before == U':' ? kMaxAfterColon : kMaxName)) return;
        if (marks.empty()) marks.assign(text.size(), false);
        for (std::size_t i = open; i <= close; ++i) marks[i] = true;
    };
    std::vector<std::size_t> guillemets;
    std::size_t straight = npos, low = npos, curly = npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (isLineBreak(c)) {
            guillemets.clear();
            straight = low = curly = npos;
        } else if (c == 0x00AB) {
            guillemets.push_back(i);
        } else if (c == 0x00BB && !guillemets.empty()) {
            consider(guillemets.back(), i);
            guillemets.pop_back();
        } else if (c == 0x201E) {
            low = i;
        } else if (c == 0x201C || c == 0x201D) { // Russian „…“, English “…”
            std::size_t& open = low != npos ? low : curly;
            if (open != npos) {
                consider(open, i);
                open = npos;
            } else if (c == 0x201C) {
                curly = i;
            }
        } else if (c == U'"') {
            const bool opens = (i == 0 || isBlank(text[i - 1]) || isOpening(text[i - 1]) || isDashLike(text[i - 1]))
                               && i + 1 < text.size() && !isBlank(text[i + 1]);
            if (straight == npos && opens) {
                straight = i;
            } else if (straight != npos) {
                consider(straight, i);
                straight = npos;
            }
        }
    }
    return marks;
}

} // namespace letopis::text::detail
