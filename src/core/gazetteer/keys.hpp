#pragma once
// Match keys of words: how a name word and a text token are made comparable.
//
// A token's key is its Snowball stem (lower-cased, ё→е). Snowball does not always give one
// stem for all forms of a name ("Узбекистан" → "узбекиста", "Узбекистане" → "узбекистан";
// "Египет" → "египет", "Египтом" → "египт"), so a name word is keyed by the stems of its case
// forms, generated from its nominative by the declension its ending shows.
//
// Marks keep apart what stems would merge:
//  - '=': words that look indeclinable ("Перу", "Мали", "Того": a final о/е/и/у/ю/э after a
//    consonant) and abbreviations in capitals ("РФ", "США") are keyed by their whole lower-case
//    form, so "Малый" (stem "мал") never meets "Мали".
//  - '|n': a name ending in a consonant ("Челябинск") matches only noun forms, so the adjective
//    "Челябинской" (same stem) is not the city.
// In a hyphenated word only the last part inflects ("Буэнос-Айреса", "Санкт-Петербурге").
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace letopis::gaz::detail {

std::u32string lowerFold(std::u32string_view word); // lower case, ё→е, ’→', dashes → '-'
void lowerFold(std::u32string_view word, std::u32string& out); // the same into a reused buffer
bool startsUpper(std::u32string_view word);
bool isAllCaps(std::u32string_view word);           // two or more letters, none lower case
bool looksIndeclinable(std::u32string_view lower);
std::string exactKey(std::u32string_view lower);     // "=" + the lower-case form

// The keys of one word of a name (any of them matches).
std::vector<std::string> nameWordKeys(std::u32string_view word);
// The lower-case case forms those keys stand for ("дания" → "дании", "данию", …): stems match
// more than the forms ("данная" has the stem of "дания"), so a one-word match is checked
// against them.
std::vector<std::u32string> nameWordForms(std::u32string_view word);

// The keys a text token may match; empty strings where not applicable.
struct TokenKeys {
    std::string stem;  // always (for punctuation: "#c")
    std::string noun;  // stem + "|n" unless the token has an adjective ending
    std::string exact; // "=form" when the token looks indeclinable or is in capitals
};
// Remembered per thread: the reference stays valid while tokenKeysGeneration() has advanced by
// at most one since the call (for at least 65,536 further calls).
const TokenKeys& tokenKeys(std::u32string_view word);
std::uint64_t tokenKeysGeneration();

// Whether a lower-case word has an adjective ending (so may be "российских", "китайском").
bool mayBeAdjective(std::u32string_view lower);

// The Snowball stems of the case forms of a plain lower-case word ("российский" → "российск").
std::vector<std::string> caseFormStems(std::u32string_view lowerWord);

// The Snowball stem of one plain word (no hyphens), lower-cased, ё→е (store::stemForIndex: the
// reference stays valid for at least 65,536 further calls on this thread).
const std::string& stemOf(std::u32string_view lowerWord);

} // namespace letopis::gaz::detail
