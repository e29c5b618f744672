#pragma once
// Character classes and Russian-specific decisions for sentence segmentation.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace letopis::text::detail {

// LF, CR, NEL, LS, PS
inline bool isLineBreak(char32_t c) { return c == U'\n' || c == U'\r' || c == 0x0085 || c == 0x2028 || c == 0x2029; }

// Spaces, tabs, NBSP and friends, zero-width characters; not line breaks.
inline bool isBlank(char32_t c) {
    if (c < 0x80) return c == U' ' || c == U'\t' || c == U'\v' || c == U'\f';
    switch (c) {
    case 0x00A0: case 0x00AD: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x200B: case 0x200C:
    case 0x200D: case 0x2060: case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

// . ! ? … and the double marks.
inline bool isTerminator(char32_t c) {
    if (c < 0x80) return c == U'.' || c == U'!' || c == U'?';
    return c == 0x2026 || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049;
}

// Quotes and brackets that may follow a terminator.
inline bool isClosing(char32_t c) {
    return c == U'"' || c == U'\'' || c == U')' || c == U']' || c == U'}' || c == 0x00BB || c == 0x201D
           || c == 0x201C || c == 0x2019 || c == 0x203A;
}

// Quotes and brackets that may precede a sentence's first letter.
inline bool isOpening(char32_t c) {
    return c == U'"' || c == U'\'' || c == U'(' || c == U'[' || c == U'{' || c == 0x00AB || c == 0x201E
           || c == 0x201C || c == 0x2018 || c == 0x2039;
}

// Hyphen-minus and the dashes.
inline bool isDashLike(char32_t c) { return c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

bool isUpperLetter(char32_t c);
bool isLowerLetter(char32_t c);
bool isLetter(char32_t c);
bool isDigit(char32_t c);

// Whether text at `pos` (after any opening quotes or brackets) starts with a capital letter.
bool startsUpper(std::u32string_view text, std::size_t pos);

enum class DotKind : std::uint8_t {
    Plain,      // a word or number ends a sentence here
    Prefix,     // abbreviation usually followed by a name: "г.", "ул.", "им.", "проф.", "т.е."
    Postfix,    // abbreviation that often ends a sentence: units "руб.", "тыс.", list ends "т.д.", "др."
    Initial,    // a single capital letter: "А. С. Пушкин", "Пушкин А.С."
    Enumerator, // a list number at the start of a line: "1. Пункт"
};

// Classifies what ends with the full stop at text[dot].
DotKind classifyDot(std::u32string_view text, std::size_t dot);

// Marks positions inside quoted names that open mid-sentence ("выставка «Армия. Флот»
// открылась"), where a full stop does not end the sentence. Empty when there are none.
std::vector<bool> shortQuotedNames(std::u32string_view text);

} // namespace letopis::text::detail
