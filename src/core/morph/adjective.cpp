#include "adjective.hpp"

#include <array>

namespace letopis::morph::detail {
namespace {

struct EndingRule {
    const char32_t* ending;
    std::uint8_t genders;
    std::uint8_t cases;
    bool ambiguous;
};

// Longest first, so "ыми" wins over "ми"-less "ым".
constexpr std::array<EndingRule, 26> kEndings{{
    {U"ого", kMasc | kNeut, kGen | kAcc, false}, {U"его", kMasc | kNeut, kGen | kAcc, false},
    {U"ому", kMasc | kNeut, kDat, false},        {U"ему", kMasc | kNeut, kDat, false},
    {U"ыми", kPlur, kIns, false},                {U"ими", kPlur, kIns, false},
    {U"ый", kMasc, kNom | kAcc, false},          {U"ий", kMasc, kNom | kAcc, false},
    {U"ой", kMasc | kFem, kNom | kGen | kDat | kIns | kPrep, true},
    {U"ая", kFem, kNom, false},                  {U"яя", kFem, kNom, false},
    {U"ую", kFem, kAcc, false},                  {U"юю", kFem, kAcc, false},
    {U"ое", kNeut, kNom | kAcc, false},          {U"ее", kNeut, kNom | kAcc, false},
    {U"ые", kPlur, kNom | kAcc, false},          {U"ие", kPlur, kNom | kAcc, false},
    {U"ых", kPlur, kGen | kAcc | kPrep, false},  {U"их", kPlur, kGen | kAcc | kPrep, false},
    {U"ым", kMasc | kNeut | kPlur, kIns | kDat, false},
    {U"им", kMasc | kNeut | kPlur, kIns | kDat, false},
    {U"ом", kMasc | kNeut, kPrep, true},         {U"ем", kMasc | kNeut, kPrep, true},
    {U"ей", kFem, kGen | kDat | kIns | kPrep, true},
    {U"ою", kFem, kIns, false},                  {U"ею", kFem, kIns, false},
}};

} // namespace

AdjEnding adjectiveEnding(U32View f) {
    for (const auto& r : kEndings) {
        const U32View e(r.ending);
        if (f.size() >= e.size() + 2 && endsWith(f, e) && isCyrLower(f[f.size() - e.size() - 1])) {
            AdjEnding out{e.size(), r.genders, r.cases, r.ambiguous};
            // "-ий"/"-ие"/"-их" after a consonant other than к/г/х/ж/ш/ч/щ mark a soft stem: still fine.
            return out;
        }
    }
    return {};
}

U32 adjectiveMasculineByRule(U32View f) {
    const AdjEnding e = adjectiveEnding(f);
    if (e.length == 0) return U32(f);
    const U32View stem = f.substr(0, f.size() - e.length);
    const char32_t last = stem.back();
    const char32_t first = f[f.size() - e.length];
    const bool soft = first == U'е' || first == U'я' || first == U'ю' || (first == U'и' && !takesI(last));
    if (takesI(last) || (soft && !isHushing(last))) return U32(stem) + U"ий";
    return U32(stem) + U"ый";
}

U32 inflectAdjective(U32View lemma, std::uint8_t gender) {
    if (lemma.size() < 3 || gender == kMasc) return U32(lemma);
    const U32View end = lemma.substr(lemma.size() - 2);
    const U32 stem(lemma.substr(0, lemma.size() - 2));
    const char32_t last = stem.back();
    if (end == U"ый" || end == U"ой") {
        if (gender == kFem) return stem + U"ая";
        if (gender == kNeut) return stem + U"ое";
        return stem + (takesI(last) ? U"ие" : U"ые");
    }
    if (end == U"ий") {
        const bool soft = !takesI(last) && last != U'ц';
        if (gender == kFem) return stem + (soft ? U"яя" : U"ая");
        if (gender == kNeut) return stem + (soft || isHushing(last) ? U"ее" : U"ое");
        return stem + U"ие";
    }
    return U32(lemma); // not an adjective lemma: leave it
}

} // namespace letopis::morph::detail
