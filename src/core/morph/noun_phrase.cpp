// Noun phrases into the nominative: leading adjectives, then the head noun; the rest is kept.
#include "letopis/morph.hpp"
#include "letopis/text.hpp"
#include "adjective.hpp"
#include "dictionary_view.hpp"
#include "noun_forms.hpp"

namespace letopis::morph {
namespace {

using namespace detail;
using Pos = Lemmatizer::Pos;

bool hasQuote(U32View w) {
    return w.find_first_of(U"\"«»„“”‟'‘’‹›") != U32View::npos;
}

// The hyphen part that declines: "торгово-промышленной", "вице-президента".
U32View lastPart(U32View w) {
    const auto dash = w.rfind(U'-');
    return dash == U32View::npos ? w : w.substr(dash + 1);
}

bool isCyrWord(U32View w) {
    if (w.empty() || hasQuote(w) || hasLatin(w)) return false;
    for (char32_t c : w) {
        if (!isCyr(c) && c != U'-') return false;
    }
    return true;
}

bool isAdjective(U32View printed, const DictView& dict) {
    const U32View part = lastPart(printed);
    const U32 f = fold(part);
    const AdjEnding e = adjectiveEnding(f);
    if (e.length == 0) return false;
    if (dict.available() && dict.known(part)) {
        for (const auto& a : dict.analyses(part)) {
            if (a.pos == Pos::Adjective) return true;
        }
        return false;
    }
    return !e.ambiguous || endsWith(f, U"ой");
}

U32 adjectiveLemma(U32View printedPart, const DictView& dict) {
    const U32 f = fold(printedPart);
    U32 best;
    std::size_t bestPrefix = 0;
    for (auto& l : dict.lemmas(printedPart, Pos::Adjective)) {
        std::size_t k = 0;
        while (k < l.size() && k < f.size() && l[k] == f[k]) ++k;
        if (best.empty() || k > bestPrefix) { bestPrefix = k; best = std::move(l); }
    }
    return best.empty() ? adjectiveMasculineByRule(f) : best;
}

// Replaces the declining part of a printed word, keeping its hyphenated prefix.
U32 replaceLastPart(U32View printed, U32View newFolded) {
    const auto dash = printed.rfind(U'-');
    const U32View prefix = dash == U32View::npos ? U32View() : printed.substr(0, dash + 1);
    return U32(prefix) + rewrite(lastPart(printed), newFolded);
}

struct Leading {
    std::vector<std::size_t> adjectives; // indices of the words before the head
    std::size_t head = 0;
    std::uint8_t genders = kAnyGender;    // what the adjectives' endings allow
    std::uint8_t cases = kAnyCase;
};

// Adjectives (joined by "и" or commas) up to the first word that is not one.
Leading findHead(const std::vector<U32>& w, const DictView& dict) {
    Leading l;
    std::size_t i = 0;
    while (i + 1 < w.size()) {
        if (!l.adjectives.empty() && (w[i] == U"и" || w[i] == U",") && isCyrWord(w[i + 1]) &&
            isAdjective(w[i + 1], dict)) {
            ++i;
            continue;
        }
        if (!isCyrWord(w[i]) || !isAdjective(w[i], dict)) break;
        const AdjEnding e = adjectiveEnding(fold(lastPart(w[i])));
        if (!(l.genders & e.genders) || !(l.cases & e.cases)) break; // does not agree with the others
        l.genders &= e.genders;
        l.cases &= e.cases;
        l.adjectives.push_back(i);
        ++i;
    }
    l.head = i;
    return l;
}

} // namespace

std::string phraseNominative(const std::vector<std::string>& words, Lemmatizer* lem) {
    const DictView dict(lem);
    std::vector<U32> w;
    w.reserve(words.size());
    for (const auto& s : words) w.push_back(text::toU32(s));
    std::vector<U32> out = w;

    const Leading lead = findHead(w, dict);
    if (lead.head < w.size() && !hasQuote(w[lead.head]) && !hasLatin(w[lead.head])) {
        const U32View headPart = lastPart(w[lead.head]);
        const HeadNoun head = headNominative(headPart, lead.genders, lead.cases, dict);
        if (head.found) {
            out[lead.head] = replaceLastPart(w[lead.head], head.nominative);
            for (std::size_t i : lead.adjectives) {
                const U32 lemma = adjectiveLemma(lastPart(w[i]), dict);
                out[i] = replaceLastPart(w[i], inflectAdjective(lemma, head.plural ? std::uint8_t{kPlur} : head.gender));
            }
        }
    }
    std::string result;
    for (const auto& x : out) {
        if (!result.empty()) result += ' ';
        result += text::toUtf8(x);
    }
    return result;
}

} // namespace letopis::morph
