#pragma once
// Candidate nominatives of one word of a person's name, each with the gender and cases the
// printed form would have under that reading, and a score (how much the rule or the dictionary
// supports it). person_name.cpp picks the gender and case that the words agree on.
#include "dictionary_view.hpp"
#include "grammar.hpp"
#include "word_form.hpp"

#include <cstdint>
#include <vector>

namespace letopis::morph::detail {

struct Reading {
    U32 nominative;         // folded
    std::uint8_t genders;   // kMasc | kFem
    std::uint8_t cases;     // of the printed form
    float score;
};
using Readings = std::vector<Reading>;

bool looksLikePatronymic(U32View folded);
bool looksLikeSurname(U32View folded);

Readings patronymicReadings(U32View folded);
// printed: as in the text (the dictionary knows proper names only with their capital).
Readings firstNameReadings(U32View printed, const DictView& dict);
Readings surnameReadings(U32View printed, const DictView& dict);

// Gender of a first name in the nominative: -а/-я are feminine except a few men's names.
std::uint8_t firstNameGender(U32View nominative);

} // namespace letopis::morph::detail
