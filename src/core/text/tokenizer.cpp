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

} // namespace

std::vector<Token> tokens(std::u32string_view text, Span within) {
    const auto end = static_cast<std::uint32_t>(std::min<std::size_t>(within.end, text.size()));
    const std::uint32_t begin = std::min(within.start, end);
    std::vector<Token> raw;
    icu::BreakIterator* it = wordIterator();
    if (it == nullptr) {
        scanWithoutIcu(text, begin, end, raw);
        return mergeCompounds(text, raw);
    }
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
    return mergeCompounds(text, raw);
}

} // namespace letopis::text
