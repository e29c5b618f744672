#include "dictionary_view.hpp"

#include "letopis/text.hpp"

namespace letopis::morph::detail {

std::vector<DictLemma> DictView::analyses(U32View word) const {
    std::vector<DictLemma> out;
    if (!m_lem || word.empty()) return out;
    for (const auto& a : m_lem->analyses(text::toUtf8(word))) {
        const U32 l = text::toU32(a.lemma);
        out.push_back(DictLemma{fold(l), a.pos, !l.empty() && isUpper(l[0])});
    }
    return out;
}

bool DictView::known(U32View word) const {
    return m_lem && !word.empty() && m_lem->isKnown(text::toUtf8(word));
}

std::vector<U32> DictView::lemmas(U32View word, Lemmatizer::Pos pos) const {
    std::vector<U32> out;
    for (auto& a : analyses(word)) {
        if (a.pos == pos) out.push_back(std::move(a.lemma));
    }
    return out;
}

} // namespace letopis::morph::detail
