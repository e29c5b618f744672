#pragma once
// Unicode text utilities, normalisation for matching, and segmentation into sentences and tokens.
//
// Offsets: every offset in Letopis is a Unicode code-point index into the *original* decoded
// text, half-open [start, end). Normalised text has its own indices; NormalizedText::toOriginal
// maps them back.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace letopis::text {

std::u32string toU32(std::string_view utf8);   // invalid sequences become U+FFFD
std::string toUtf8(std::u32string_view text);
// A non-empty word of the 32 lower-case Russian letters а–я alone (no ё, digits or marks).
inline bool isPlainRussianLower(std::u32string_view word) {
    for (char32_t c : word)
        if (c < U'а' || c > U'я') return false;
    return !word.empty();
}
std::size_t codePointCount(std::string_view utf8);

struct NormalizedText {
    std::u32string text;               // NFC; quotes, dashes, spaces unified; soft hyphens and zero-width removed; ё→е
    std::vector<std::uint32_t> origin; // size text.size()+1; origin[i] = original offset of text[i]; last = original length

    std::uint32_t toOriginal(std::size_t normalizedOffset) const { return origin[normalizedOffset]; }
};

// Normalises for matching. The original text is never modified; use origin to map back.
// Case is preserved. Folds: all quotation marks («»„“”‟‹›"'‘’‚) to '"' except apostrophes
// inside words, which become '\''; dashes and minus (‐‑‒–—―−) to '-'; every space-like char
// (NBSP, thin, figure, ideographic...) to ' '; CRLF/CR to '\n'; removes soft hyphen and
// zero-width chars (ZWSP, ZWNJ, ZWJ, word joiner, BOM); ё→е, Ё→Е.
NormalizedText normalize(std::u32string_view original);

// Folds a short string the same way (for queries and dictionary keys), also lower-cased.
std::u32string foldForMatch(std::u32string_view s);
std::string foldForMatch(std::string_view utf8);
// The identity of a name across spellings: folded for matching, quotation marks dropped, runs of
// spaces collapsed and trimmed ("«Единая  Россия»" → "единая россия").
std::string nameKey(std::string_view utf8);

struct Span {
    std::uint32_t start = 0; // code points, in the coordinates of the text that was segmented
    std::uint32_t end = 0;
    bool operator==(const Span&) const = default;
};

enum class TokenKind : std::uint8_t { Word, Number, Punct, Symbol };

struct Token {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::Word;
};

// Sentences with ICU's sentence BreakIterator, corrected for Russian: no break after
// abbreviations ("г.", "гг.", "т.е.", "им.", "ул.", "тыс.", "млн", "кв.", "см." ...) and initials
// ("А. С. Пушкин"); a break where a sentence is glued to the next one ("Атрашкин.Тема") and at
// blank lines. Spans are trimmed of surrounding whitespace and never empty.
std::vector<Span> sentences(std::u32string_view text);

// Words (letters, digits and inner hyphens/apostrophes: "Буэнос-Айрес", "д'Артаньян"), numbers
// ("2020", "14,5"), punctuation and symbols, via ICU's word BreakIterator. Whitespace is dropped.
// A date "06.07.2020" is one Number; "2019-2020" is Number, Punct, Number; "18-летний" is a Word;
// "2020г" is Number then Word; "А.С.Пушкин" is split at its full stops, "т.е" and "tass.ru" are not.
// Offsets are in the coordinates of `text`; `within` is clamped to it.
std::vector<Token> tokens(std::u32string_view text, Span within);
inline std::vector<Token> tokens(std::u32string_view text) {
    return tokens(text, Span{0, static_cast<std::uint32_t>(text.size())});
}

} // namespace letopis::text
