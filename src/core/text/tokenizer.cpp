// Tokens: ICU's word boundaries, then Russian-friendly merges and splits.
//
// Decisions: hyphenated words stay one Word ("Буэнос-Айрес", "18-летний", "COVID-19") while
// number ranges do not ("2019-2020" is Number, Punct, Number); ICU keeps "14,5" and dates such as
// "06.07.2020" as one Number; digit groups joined by a no-break or thin space ("1 000") are one
// Number; "2020г" is split into Number and Word; a word is split at an inner full stop before a
// capital ("А.С.Пушкин", "конец.Начало") but not in "т.е" or "tass.ru"; "..." is one Punct.
#include "letopis/text.hpp"
#include "text/icu_support.hpp"
#include "text/sentence_rules.hpp"

#include <unicode/uchar.h>

#include <algorithm>

namespace letopis::text {
namespace {

using namespace detail;

bool isHyphen(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2011; }
bool isGroupSpace(char32_t c) { return c == 0x00A0 || c == 0x202F || c == 0x2009; }
bool isCyrillic(char32_t c) { return c >= 0x0400 && c <= 0x04FF; }

TokenKind kindOfChar(char32_t c) {
    if (c == U'%' || c == 0x2030 || c == 0x2031 || c == U'#' || c == U'&' || c == U'@' || c == 0x00A7)
        return TokenKind::Symbol;
    switch (u_charType(static_cast<UChar32>(c))) {
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
    case U_PRIVATE_USE_CHAR: case U_SURROGATE:
        return TokenKind::Symbol;
    default:
        return isLetter(c) ? TokenKind::Word : isDigit(c) ? TokenKind::Number : TokenKind::Punct;
    }
}

bool skippable(char32_t c) {
    return isBlank(c) || isLineBreak(c) || u_charType(static_cast<UChar32>(c)) == U_CONTROL_CHAR
           || u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR;
}

// Non-word segments become one token per character; whitespace and controls are dropped.
void addPunctuation(std::u32string_view text, std::uint32_t a, std::uint32_t b, std::vector<Token>& out) {
    for (std::uint32_t i = a; i < b; ++i) {
        if (skippable(text[i])) continue;
        if (text[i] == U'.' && !out.empty() && out.back().end == i && text[i - 1] == U'.' && out.back().kind == TokenKind::Punct) {
            out.back().end = i + 1; // "..."
            continue;
        }
        out.push_back(Token{i, i + 1, kindOfChar(text[i])});
    }
}

// Splits "А.С.Пушкин" at full stops before capitals and "2020г" after its digits.
void addWord(std::u32string_view text, std::uint32_t a, std::uint32_t b, TokenKind kind, std::vector<Token>& out) {
    std::uint32_t start = a;
    for (std::uint32_t i = a + 1; i + 1 < b; ++i) {
        if (text[i] == U'.' && isUpperLetter(text[i + 1])) {
            out.push_back(Token{start, i, kind});
            out.push_back(Token{i, i + 1, TokenKind::Punct});
            start = i + 1;
        }
    }
    std::uint32_t digits = start;
    while (digits < b && isDigit(text[digits])) ++digits;
    if (digits > start && digits < b && isCyrillic(text[digits]) && isLetter(text[digits])) {
        out.push_back(Token{start, digits, TokenKind::Number});
        start = digits;
        kind = TokenKind::Word;
    }
    if (start < b) {
        bool letters = false;
        for (std::uint32_t i = start; i < b && !letters; ++i) letters = isLetter(text[i]);
        out.push_back(Token{start, b, letters ? TokenKind::Word : kind});
    }
}

// Joins "Буэнос" "-" "Айрес" (a word on at least one side) and "1" NBSP "000".
std::vector<Token> mergeCompounds(std::u32string_view text, const std::vector<Token>& in) {
    std::vector<Token> out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        const Token& t = in[i];
        if (!out.empty() && i + 1 < in.size() && t.kind == TokenKind::Punct && t.end - t.start == 1 && isHyphen(text[t.start])) {
            Token& prev = out.back();
            const Token& next = in[i + 1];
            const bool adjacent = prev.end == t.start && next.start == t.end;
            const bool wordy = prev.kind == TokenKind::Word || next.kind == TokenKind::Word;
            const bool joinable = (prev.kind == TokenKind::Word || prev.kind == TokenKind::Number)
                                  && (next.kind == TokenKind::Word || next.kind == TokenKind::Number);
            if (adjacent && wordy && joinable) {
                prev.end = next.end;
                prev.kind = TokenKind::Word;
                ++i;
                continue;
            }
        }
        if (!out.empty() && t.kind == TokenKind::Number && out.back().kind == TokenKind::Number
            && out.back().end + 1 == t.start && isGroupSpace(text[out.back().end]) && t.end - t.start == 3) {
            out.back().end = t.end;
            continue;
        }
        out.push_back(t);
    }
    return out;
}

void scanWithoutIcu(std::u32string_view text, std::uint32_t a, std::uint32_t b, std::vector<Token>& out) {
    for (std::uint32_t i = a; i < b;) {
        if (!isLetter(text[i]) && !isDigit(text[i])) {
            addPunctuation(text, i, i + 1, out);
            ++i;
            continue;
        }
        std::uint32_t j = i;
        bool letters = false;
        while (j < b && (isLetter(text[j]) || isDigit(text[j]))) letters |= isLetter(text[j++]);
        addWord(text, i, j, letters ? TokenKind::Word : TokenKind::Number, out);
        i = j;
    }
}

// The UAX #29 word-break classes that news in Russian and other Latin, Greek or Cyrillic text is
// made of. Anything else (combining marks, format characters, "_", other scripts, some of which
// ICU segments with dictionaries) is Unsupported and left to ICU's iterator.
enum class Wb : std::uint8_t { Other, Letter, Digit, MidLetter, MidNum, MidNumLet, Unsupported };

Wb wordBreakClass(char32_t c) {
    if (c < 0x80) {
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return Wb::Letter;
        if (c >= U'0' && c <= U'9') return Wb::Digit;
        switch (c) {
        case U'.': case U'\'': return Wb::MidNumLet;
        case U',': case U';': return Wb::MidNum;
        case U'_': case U'@': return Wb::Unsupported; // ICU's rules join these beyond UAX #29
        default: return Wb::Other; // the colon too: CLDR's root rules take it out of MidLetter
        }
    }
    if (c >= 0x0400 && c <= 0x045F) // Cyrillic letters
        return Wb::Letter;
    switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER: return c < 0x0530 || (c >= 0x1E00 && c < 0x2000) ? Wb::Letter : Wb::Unsupported;
    case U_WB_NUMERIC: return c < 0x0530 ? Wb::Digit : Wb::Unsupported;
    case U_WB_MIDLETTER: return c == 0xFE13 || c == 0xFE55 || c == 0xFF1A ? Wb::Other : Wb::MidLetter; // colons
    case U_WB_MIDNUM: return Wb::MidNum;
    case U_WB_MIDNUMLET: case U_WB_SINGLE_QUOTE: return Wb::MidNumLet;
    // Double_Quote only joins Hebrew letters, which are Unsupported.
    // Ideographs and kana are Other to UAX #29, but ICU segments them with dictionaries.
    case U_WB_OTHER: return u_isalnum(static_cast<UChar32>(c)) ? Wb::Unsupported : Wb::Other;
    case U_WB_CR: case U_WB_LF: case U_WB_NEWLINE: case U_WB_WSEGSPACE: case U_WB_DOUBLE_QUOTE:
        return Wb::Other;
    default: return Wb::Unsupported;
    }
}

// ICU's word boundaries (UAX #29 rules WB5-WB12) for text of the classes above, without the
// iterator and its UTF-16 copy: the same tokens at a fraction of the cost. False, with `out` as
// it was, when the text holds an Unsupported character.
bool scanSupported(std::u32string_view text, std::uint32_t a, std::uint32_t b, std::vector<Token>& out) {
    const std::size_t before = out.size();
    const auto fail = [&] { out.resize(before); return false; };
    for (std::uint32_t i = a; i < b;) {
        const Wb c = wordBreakClass(text[i]);
        if (c == Wb::Unsupported) return fail();
        if (c != Wb::Letter && c != Wb::Digit) {
            addPunctuation(text, i, i + 1, out);
            ++i;
            continue;
        }
        std::uint32_t j = i + 1;
        Wb last = c;
        bool letters = c == Wb::Letter;
        while (j < b) {
            const Wb n = wordBreakClass(text[j]);
            if (n == Wb::Unsupported) return fail();
            if (n == Wb::Letter || n == Wb::Digit) { // WB5, WB8-WB10
                letters = letters || n == Wb::Letter;
                last = n;
                ++j;
                continue;
            }
            if (j + 1 >= b) break;
            const Wb after = wordBreakClass(text[j + 1]);
            if (after == Wb::Unsupported) return fail();
            const bool letterJoin = last == Wb::Letter && after == Wb::Letter && (n == Wb::MidLetter || n == Wb::MidNumLet); // WB6, WB7
            const bool digitJoin = last == Wb::Digit && after == Wb::Digit && (n == Wb::MidNum || n == Wb::MidNumLet);     // WB11, WB12
            if (!letterJoin && !digitJoin) break;
            last = after;
            j += 2;
        }
        addWord(text, i, j, letters ? TokenKind::Word : TokenKind::Number, out);
        i = j;
    }
    return true;
}

void scanWithIcu(icu::BreakIterator* it, std::u32string_view text, std::uint32_t begin, std::uint32_t end,
                 std::vector<Token>& raw) {
    const Utf16Text u16(text.substr(begin, end - begin));
    it->setText(u16.str());
    std::uint32_t prev = begin;
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        const std::uint32_t cur = begin + u16.toCodePoint(b);
        const int32_t status = it->getRuleStatus();
        if (status < UBRK_WORD_NONE_LIMIT) addPunctuation(text, prev, cur, raw);
        else addWord(text, prev, cur, status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::Number : TokenKind::Word, raw);
        prev = cur;
    }
    it->setText(icu::UnicodeString());
}

std::vector<Token> tokensOf(std::u32string_view text, Span within, bool iteratorOnly) {
    const auto end = static_cast<std::uint32_t>(std::min<std::size_t>(within.end, text.size()));
    const std::uint32_t begin = std::min(within.start, end);
    std::vector<Token> raw;
    icu::BreakIterator* it = wordIterator();
    if (it == nullptr)
        scanWithoutIcu(text, begin, end, raw);
    else if (iteratorOnly || !scanSupported(text, begin, end, raw))
        scanWithIcu(it, text, begin, end, raw);
    return mergeCompounds(text, raw);
}

} // namespace

std::vector<Token> tokens(std::u32string_view text, Span within) { return tokensOf(text, within, false); }

namespace detail {
std::vector<Token> tokensByIcuIterator(std::u32string_view text) {
    return tokensOf(text, Span{0, static_cast<std::uint32_t>(text.size())}, true);
}
} // namespace detail

} // namespace letopis::text
