// Surname readings: possessive (-ов/-ев/-ин/-ын), adjectival (-ский/-цкий/-ой/-ый), consonant-final
// (decline for men only), -а (decline for both) and indeclinable (-о, -ко, -енко, -их/-ых, vowels).
#include "name_readings.hpp"

#include "adjective.hpp"

namespace letopis::morph::detail {
namespace {

constexpr std::uint8_t kMF = kMasc | kFem;
constexpr std::uint8_t kGDIP = kGen | kDat | kIns | kPrep;

void add(Readings& r, U32 nom, std::uint8_t g, std::uint8_t c, float s) {
    r.push_back(Reading{std::move(nom), g, c, s});
}
U32 cut(U32View f, std::size_t n) { return U32(f.substr(0, f.size() - n)); }

struct Ending {
    U32View end;
    std::uint8_t cases;
};

// -ов/-ев/-ин/-ын: returns true when the word is of this type.
bool possessive(U32View f, Readings& r) {
    for (U32View p : {U"ов", U"ев", U"ин", U"ын"}) {
        const auto at = [&](U32View e) {
            return f.size() >= p.size() + e.size() + 2 && endsWith(f, U32(p) + U32(e));
        };
        if (at(U"")) {
            add(r, U32(f), kMasc, kNom, 1.0f);
            add(r, U32(f), kFem, kAnyCase, 0.2f);
        } else if (at(U"а")) {
            add(r, cut(f, 1), kMasc, kGen | kAcc, 1.0f);
            add(r, U32(f), kFem, kNom, 1.0f);
        } else if (at(U"у")) {
            add(r, cut(f, 1), kMasc, kDat, 1.0f);
            add(r, cut(f, 1) + U"а", kFem, kAcc, 1.0f);
        } else if (at(U"ым")) {
            add(r, cut(f, 2), kMasc, kIns, 1.5f);
        } else if (at(U"е")) {
            add(r, cut(f, 1), kMasc, kPrep, 1.5f);
        } else if (at(U"ой") || at(U"ою")) {
            add(r, cut(f, 2) + U"а", kFem, kGDIP, 1.5f);
        } else {
            continue;
        }
        return true;
    }
    return false;
}

// -ский/-цкий (and -ской: "Трубецкой").
bool skiy(U32View f, Readings& r) {
    for (U32View s : {U"ск", U"цк"}) {
        for (Ending e : {Ending{U"ий", kNom}, Ending{U"ого", kGen | kAcc}, Ending{U"ому", kDat},
                         Ending{U"им", kIns}, Ending{U"ом", kPrep}}) {
            if (f.size() >= s.size() + e.end.size() + 2 && endsWith(f, U32(s) + U32(e.end))) {
                add(r, cut(f, e.end.size()) + U"ий", kMasc, e.cases, 1.5f);
                return true;
            }
        }
        for (Ending e : {Ending{U"ая", kNom}, Ending{U"ой", kGDIP}, Ending{U"ую", kAcc}}) {
            if (f.size() >= s.size() + e.end.size() + 2 && endsWith(f, U32(s) + U32(e.end))) {
                add(r, cut(f, e.end.size()) + U"ая", kFem, e.cases, 1.5f);
                if (e.end == U"ой") add(r, U32(f), kMasc, kNom, 0.5f);
                return true;
            }
        }
    }
    return false;
}

// Other adjectival surnames ("Толстого", "Белым", "Горькая"): weaker, the rule cannot know -ой.
bool adjectival(U32View f, Readings& r) {
    const AdjEnding e = adjectiveEnding(f);
    if (e.length == 0 || (e.genders & kPlur) || f.size() < 5) return false;
    const U32View end = f.substr(f.size() - e.length);
    if (end == U"ом" || end == U"ем" || end == U"ей" || end == U"ою" || end == U"ею") return false;
    if (end == U"ой") {
        add(r, U32(f), kMasc, kNom, 0.7f);
        add(r, cut(f, 2) + U"ая", kFem, kGDIP, 0.7f);
        return true;
    }
    const U32 masc = adjectiveMasculineByRule(f);
    if (e.genders & kMasc) add(r, masc, kMasc, e.cases, 1.0f);
    if (e.genders & kFem) add(r, inflectAdjective(masc, kFem), kFem, e.cases, 1.0f);
    return true;
}

bool hasAdjectiveLemmaEnding(U32View l) {
    return endsWith(l, U"ый") || endsWith(l, U"ий") || endsWith(l, U"ой");
}

bool indeclinable(U32View f) {
    if (endsWith(f, U"ого") || endsWith(f, U"его")) return false; // "Толстого", "Римского"
    return endsWith(f, U"их") || endsWith(f, U"ых") || endsWith(f, U"о") || endsWith(f, U"э");
}

// Nouns: consonant-final, -ь, -й and -а/-я.
void nounLike(U32View f, Readings& r) {
    const std::size_t n = f.size();
    const char32_t c1 = f[n - 1], c2 = f[n - 2];
    const char32_t c3 = n >= 3 ? f[n - 3] : 0;
    if ((c1 == U'м') && (c2 == U'о' || c2 == U'е') && n >= 5) {
        add(r, U32(f), kMasc, kNom, 0.5f);
        add(r, U32(f), kFem, kAnyCase, 0.5f);
        if (isConsonant(c3)) add(r, cut(f, 2), kMasc, kIns, 1.5f);
        if (c2 == U'е' && isConsonant(c3) && !isHushing(c3) && c3 != U'ц') add(r, cut(f, 2) + U"ь", kMasc, kIns, 1.2f);
        if (c2 == U'е' && isVowel(c3)) add(r, cut(f, 2) + U"й", kMasc, kIns, 1.5f);
    } else if (isConsonant(c1) || c1 == U'ь' || c1 == U'й') {
        add(r, U32(f), kMasc, kNom, 1.0f);
        add(r, U32(f), kFem, kAnyCase, c1 == U'й' ? 0.5f : 1.0f);
    } else if (c1 == U'а' && isConsonant(c2)) {
        add(r, cut(f, 1), kMasc, kGen | kAcc, 1.0f);
        add(r, U32(f), kMF, kNom, 0.5f);
    } else if (c1 == U'я') {
        if (isConsonant(c2)) add(r, cut(f, 1) + U"ь", kMasc, kGen | kAcc, 1.0f);
        else if (c2 != U'и') add(r, cut(f, 1) + U"й", kMasc, kGen | kAcc, 1.0f);
        add(r, U32(f), kMF, kNom, 0.5f);
    } else if (c1 == U'у' || c1 == U'ю') {
        if (c1 == U'у' && isConsonant(c2)) add(r, cut(f, 1), kMasc, kDat, 1.1f);
        if (c1 == U'ю' && isConsonant(c2)) add(r, cut(f, 1) + U"ь", kMasc, kDat, 1.1f);
        if (c1 == U'ю' && isVowel(c2)) add(r, cut(f, 1) + U"й", kMasc, kDat, 1.1f);
        add(r, U32(f), kMF, kAnyCase, 1.0f);
    } else if (c1 == U'е' && isConsonant(c2)) {
        add(r, cut(f, 1), kMasc, kPrep, 1.1f);
        add(r, cut(f, 1) + U"а", kMF, kDat | kPrep, 0.6f);
        add(r, U32(f), kMF, kAnyCase, 1.0f);
    } else if ((c1 == U'ы' && isConsonant(c2)) || (c1 == U'и' && takesI(c2))) {
        add(r, cut(f, 1) + U"а", kMF, kGen, 1.0f);
        add(r, U32(f), kMF, kAnyCase, c1 == U'и' ? 0.8f : 0.3f);
    } else {
        add(r, U32(f), kMF, kAnyCase, 1.0f); // -и, -е, -у after vowels and the like: kept
    }
}

} // namespace

bool looksLikeSurname(U32View f) {
    Readings r;
    return possessive(f, r) || skiy(f, r) || endsWith(f, U"их") || endsWith(f, U"ых") || endsWith(f, U"енко");
}

Readings surnameReadings(U32View printed, const DictView& dict) {
    const U32 f = fold(printed);
    Readings r;
    if (f.size() < 2) return r;
    if (indeclinable(f)) {
        add(r, U32(f), kMF, kAnyCase, 1.5f);
        return r;
    }
    if (!possessive(f, r) && !skiy(f, r) && !adjectival(f, r)) nounLike(f, r);
    if (dict.available()) {
        // An adjective of the dictionary, not a possessive in -ов/-ин: "Яровой" → "Яровая".
        for (const auto& l : dict.analyses(printed)) {
            if (l.pos != Lemmatizer::Pos::Adjective || !hasAdjectiveLemmaEnding(l.lemma)) continue;
            Readings adj;
            if (!adjectival(f, adj)) continue;
            for (auto& x : adj) {
                if (x.nominative == l.lemma || x.nominative == inflectAdjective(l.lemma, kFem)) x.score += 1.0f;
                r.push_back(std::move(x));
            }
            break;
        }
        for (const auto& l : dict.analyses(printed)) {
            for (auto& x : r) {
                if (x.nominative == l.lemma && x.nominative != f) x.score += l.proper ? 1.0f : 0.5f;
            }
        }
    }
    return r;
}

} // namespace letopis::morph::detail
