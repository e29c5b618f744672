#pragma once
// Character classes and Russian-specific decisions for sentence segmentation.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace letopis::text::detail {

bool isLineBreak(char32_t c);     // LF, CR, NEL, LS, PS
bool isBlank(char32_t c);         // spaces, tabs, NBSP and friends, zero-width chars; not line breaks
bool isTerminator(char32_t c);    // . ! ? …
bool isClosing(char32_t c);       // quotes and brackets that may follow a terminator
bool isOpening(char32_t c);       // quotes and brackets that may precede a sentence's first letter
bool isDashLike(char32_t c);      // hyphen-minus and the dashes
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

// Marks positions inside short quoted names that open mid-sentence ("выставка «Армия. Флот»
// открылась"), where a full stop does not end the sentence. Empty when there are none.
std::vector<bool> shortQuotedNames(std::u32string_view text);

} // namespace letopis::text::detail
