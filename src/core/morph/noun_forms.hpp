#pragma once
// Head nouns: the dictionary lemma that fits the printed form (number, gender agreed by the
// adjectives before it), the nominative plural when the form is plural, and rules for words the
// dictionary lacks (compound abbreviations "Минпромторга", "МИДа").
#include "dictionary_view.hpp"
#include "grammar.hpp"
#include "word_form.hpp"

#include <cstdint>

namespace letopis::morph::detail {

struct HeadNoun {
    bool found = false;
    U32 nominative;          // folded; replaces the printed form
    std::uint8_t gender = 0; // kMasc, kFem or kNeut; 0 when unknown (adjectives are then kept)
    bool plural = false;
};

// genders/cases: what the adjectives before the head allow (kAnyGender/kAnyCase when none).
HeadNoun headNominative(U32View printed, std::uint8_t genders, std::uint8_t cases, const DictView& dict);

// Gender of a noun in the nominative singular (the dictionary tells -ь nouns apart).
std::uint8_t nounGender(U32View lemma, const DictView& dict);

} // namespace letopis::morph::detail
