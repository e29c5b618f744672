#pragma once
// Adjective endings: what a form's ending allows, and the nominative that agrees with a head.
#include "grammar.hpp"
#include "word_form.hpp"

#include <cstdint>

namespace letopis::morph::detail {

struct AdjEnding {
    std::size_t length = 0;   // 0: the form has no adjective ending
    std::uint8_t genders = 0; // kMasc | kFem | kNeut | kPlur
    std::uint8_t cases = 0;
    bool ambiguous = false;   // also a common noun ending (-ом, -ем, -ей, -ой): needs the dictionary
};

// The longest adjective ending of a folded form (at least two letters of stem before it).
AdjEnding adjectiveEnding(U32View folded);

// Masculine nominative singular guessed from an adjective form ("деловой" cannot be told from
// "деловый" without the dictionary: the rule writes -ый/-ий).
U32 adjectiveMasculineByRule(U32View folded);

// The nominative of the masculine lemma agreeing with kMasc, kFem, kNeut or kPlur.
U32 inflectAdjective(U32View mascLemma, std::uint8_t gender);

} // namespace letopis::morph::detail
