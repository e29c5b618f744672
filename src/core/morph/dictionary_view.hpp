#pragma once
// The hunspell Lemmatizer seen in folded UTF-32, usable when there is no dictionary (all empty).
#include "letopis/morph.hpp"
#include "word_form.hpp"

#include <vector>

namespace letopis::morph::detail {

struct DictLemma {
    U32 lemma;          // folded: lower case, ё→е
    Lemmatizer::Pos pos;
    bool proper;        // the dictionary spells it with a capital ("Москва", "Ольга")
};

class DictView final {
public:
    explicit DictView(Lemmatizer* lem) : m_lem(lem) {}
    bool available() const { return m_lem != nullptr; }
    std::vector<DictLemma> analyses(U32View word) const;
    bool known(U32View word) const;
    // Lemmas of one part of speech.
    std::vector<U32> lemmas(U32View word, Lemmatizer::Pos pos) const;

private:
    Lemmatizer* m_lem;
};

} // namespace letopis::morph::detail
