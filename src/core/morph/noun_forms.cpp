#include "noun_forms.hpp"

#include <array>

namespace letopis::morph::detail {
namespace {

using Pos = Lemmatizer::Pos;

// Nouns in -а/-я that name men and take masculine adjectives ("временный глава").
constexpr std::array<U32View, 8> kMasculineA{U"глава", U"судья", U"мужчина", U"юноша",
                                              U"старшина", U"староста", U"воевода", U"слуга"};
// First elements of Russian compound abbreviations of agencies and companies.
constexpr std::array<U32View, 12> kClipPrefixes{U"мин", U"рос", U"гос", U"мос", U"глав", U"газ",
                                                U"сбер", U"внеш", U"тех", U"спец", U"пром", U"гор"};

bool endsWithAny(U32View f, std::initializer_list<U32View> ends) {
    for (U32View e : ends) {
        if (endsWith(f, e)) return true;
    }
    return false;
}

U32 cut(U32View f, std::size_t n) { return U32(f.substr(0, f.size() - n)); }

// Is the form plural, given the lemma? Plural-only endings, genitive plurals in -ов/-ев/-ей or
// without an ending, and -ы/-и forms that are not the genitive singular of the lemma.
bool isPluralForm(U32View f, U32View lemma, std::uint8_t gender) {
    if (f == lemma) return false;
    if (endsWithAny(f, {U"ами", U"ями", U"ах", U"ях", U"ам", U"ям"})) return true;
    if (endsWithAny(f, {U"ов", U"ев"}) && !endsWithAny(lemma, {U"ов", U"ев"})) return true;
    if (endsWith(f, U"ей") && gender != kFem) return true;
    if (endsWith(f, U"ей") && endsWith(lemma, U"ь")) return true;
    const char32_t lastLemma = lemma.back();
    const char32_t lastForm = f.back();
    const bool vowelLemma = lastLemma == U'а' || lastLemma == U'я' || lastLemma == U'о' || lastLemma == U'е';
    // Genitive plural without an ending: "палат", "выставок", "компаний", "заседаний".
    if (vowelLemma && (isConsonant(lastForm) || lastForm == U'ь')) return true;
    if (vowelLemma && endsWith(f, U"ий") && (endsWith(lemma, U"ия") || endsWith(lemma, U"ие"))) return true;
    // -ы/-и is the genitive singular of -а/-я nouns and of feminine -ь nouns, else a plural.
    const bool aDeclension = lastLemma == U'а' || lastLemma == U'я';
    const bool softFeminine = lastLemma == U'ь' && gender == kFem;
    if ((lastForm == U'ы' || lastForm == U'и') && !aDeclension && !softFeminine) return true;
    return false;
}

// Nominative plural candidates from the singular lemma, in order of likelihood.
std::vector<U32> pluralCandidates(U32View l, std::uint8_t gender) {
    std::vector<U32> c;
    const char32_t last = l.back();
    const U32 stem = cut(l, 1);
    if (gender == kNeut) {
        if (endsWith(l, U"ие")) c.push_back(stem + U"я");
        else if (last == U'о') c.push_back(stem + U"а");
        else c.push_back(stem + U"я");
        return c;
    }
    if (last == U'а') c.push_back(stem + (takesI(stem.back()) ? U"и" : U"ы"));
    else if (last == U'я' || last == U'ь' || last == U'й') c.push_back(stem + U"и");
    else {
        c.push_back(U32(l) + (takesI(last) ? U"и" : U"ы"));
        c.push_back(U32(l) + U"а"); // "директора", "города"
    }
    return c;
}

U32 nominativePlural(U32View lemma, std::uint8_t gender, const DictView& dict) {
    auto c = pluralCandidates(lemma, gender);
    if (dict.available()) {
        for (const auto& x : c) {
            for (const auto& a : dict.analyses(x)) {
                if (a.lemma == lemma) return x;
            }
        }
    }
    return c.front();
}

// Rules for a head the dictionary does not know, guided by the adjectives' agreement.
HeadNoun byRule(U32View printed, U32View f, std::uint8_t genders, std::uint8_t cases, const DictView& dict) {
    HeadNoun h;
    const Caps caps = capsOf(printed);
    // "МИДа", "ЦБ": capitals with a lower-case case ending.
    if (caps == Caps::Other && printed.size() >= 3) {
        std::size_t k = 0;
        while (k < printed.size() && isUpper(printed[k])) ++k;
        const U32View tail = f.substr(k);
        if (k >= 2 && (tail == U"а" || tail == U"у" || tail == U"ом" || tail == U"е")) {
            return HeadNoun{true, U32(f.substr(0, k)), kMasc, false};
        }
    }
    if (caps == Caps::Upper) return h;
    // Compound abbreviations decline like masculine nouns when their last element is a clipped
    // stem ("Минпромторга", "Минздрава"); an element in the genitive stays ("Минэкономразвития").
    if (caps == Caps::Title && f.size() >= 6) {
        for (U32View e : {U"ом", U"а", U"у", U"е"}) {
            if (!endsWith(f, e) || !isConsonant(f[f.size() - e.size() - 1])) continue;
            const U32 stem = cut(f, e.size());
            bool supported = false;
            for (U32View p : kClipPrefixes) supported = supported || (startsWith(stem, p) && stem.size() > p.size() + 2);
            for (std::size_t i = 2; !supported && i + 3 <= stem.size(); ++i) {
                for (const auto& a : dict.analyses(U32View(stem).substr(i))) {
                    supported = supported || (a.pos == Pos::Noun && a.lemma == U32View(stem).substr(i));
                }
            }
            if (supported) return HeadNoun{true, stem, kMasc, false};
        }
        // "Роснефти" → "Роснефть": the last element is a feminine -ь noun of the dictionary.
        if (f.back() == U'и' && isConsonant(f[f.size() - 2])) {
            const U32 stem = cut(f, 1);
            for (std::size_t i = 2; i + 3 <= stem.size(); ++i) {
                const U32 tail = stem.substr(i) + U"ь";
                for (const auto& a : dict.analyses(tail)) {
                    if (a.pos == Pos::Noun && a.lemma == tail && nounGender(tail, dict) == kFem)
                        return HeadNoun{true, stem + U"ь", kFem, false};
                }
            }
        }
    }
    // Lower-case or unknown words: only what the adjectives make clear.
    if (endsWith(f, U"ии") && f.size() >= 5) return HeadNoun{true, cut(f, 1) + U"я", kFem, false};
    if (endsWith(f, U"ства")) return HeadNoun{true, cut(f, 1) + U"о", kNeut, false};
    if ((genders & kFem) && (cases & kOblique) && !(genders & kNeut) && f.size() >= 4) {
        if (f.back() == U'ы') return HeadNoun{true, cut(f, 1) + U"а", kFem, false};
        if (f.back() == U'и' && takesI(f[f.size() - 2])) return HeadNoun{true, cut(f, 1) + U"а", kFem, false};
    }
    if ((genders & kMasc) && !(genders & (kFem | kPlur)) && (cases & (kGen | kAcc)) && f.size() >= 4 &&
        f.back() == U'а' && isConsonant(f[f.size() - 2])) {
        return HeadNoun{true, cut(f, 1), kMasc, false};
    }
    return h;
}

} // namespace

std::uint8_t nounGender(U32View l, const DictView& dict) {
    if (l.empty()) return 0;
    for (U32View m : kMasculineA) {
        if (l == m) return kMasc;
    }
    const char32_t last = l.back();
    if (last == U'а' || last == U'я') return endsWith(l, U"мя") ? kNeut : kFem;
    if (last == U'о' || last == U'е') return kNeut;
    if (last == U'ь') {
        if (dict.available()) return dict.known(cut(l, 1) + U"ью") ? kFem : kMasc;
        return endsWithAny(l, {U"ость", U"есть", U"жь", U"шь", U"чь", U"щь"}) ? kFem : kMasc;
    }
    return kMasc;
}

HeadNoun headNominative(U32View printed, std::uint8_t genders, std::uint8_t cases, const DictView& dict) {
    const U32 f = fold(printed);
    if (f.size() < 2) return {};
    // Capitals, with or without a case ending ("ФСБ", "МИДа"): the dictionary lists some of
    // these as words of their own.
    if (const Caps c = capsOf(printed); c == Caps::Upper || (c == Caps::Other && isUpper(printed[1])))
        return byRule(printed, f, genders, cases, dict);
    HeadNoun best;
    int bestScore = -1000;
    for (const auto& a : dict.analyses(printed)) {
        if (a.pos != Pos::Noun || a.lemma.empty()) continue;
        const std::uint8_t g = nounGender(a.lemma, dict);
        const bool plural = isPluralForm(f, a.lemma, g) && (genders & kPlur); // adjectives may say singular
        int score = 0;
        if (plural ? (genders & kPlur) : (genders & g)) score += 4;
        std::size_t k = 0;
        while (k < a.lemma.size() && k < f.size() && a.lemma[k] == f[k]) ++k;
        score += static_cast<int>(k);
        if (score > bestScore) {
            bestScore = score;
            best = HeadNoun{true, plural ? nominativePlural(a.lemma, g, dict) : a.lemma, g, plural};
        }
    }
    if (best.found) return best;
    if (dict.known(printed)) return {}; // a verb, an adverb...: not a noun phrase we can fix
    return byRule(printed, f, genders, cases, dict);
}

} // namespace letopis::morph::detail
