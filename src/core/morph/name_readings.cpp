#include "name_readings.hpp"

#include "adjective.hpp"

#include <algorithm>
#include <array>

namespace letopis::morph::detail {
namespace {

constexpr std::uint8_t kMF = kMasc | kFem;

// Men's names that decline like feminine -а/-я nouns, and names used for both sexes. This is
// grammar (a closed class of Russian names), not a gazetteer.
constexpr std::array<U32View, 18> kMasculineA{
    U"илья", U"никита", U"фома", U"кузьма", U"лука", U"савва", U"данила", U"гаврила", U"фока",
    U"иона", U"муса", U"иса", U"яхья", U"зосима", U"аникита", U"добрыня", U"мустафа", U"хамза"};
constexpr std::array<U32View, 6> kUnisexA{U"саша", U"женя", U"валя", U"шура", U"слава", U"паша"};

// Consonants that rarely close a woman's name before -а ("Жамшида", "Улугбека" are men in the
// genitive; "Гульнара", "Камила" are women in the nominative and stay ambiguous).
bool strongMasculineGenitive(char32_t c) { return U32View(U"бвгджкптфхцчшщ").find(c) != U32View::npos; }

void add(Readings& r, U32 nom, std::uint8_t g, std::uint8_t c, float s) {
    r.push_back(Reading{std::move(nom), g, c, s});
}

U32 cut(U32View f, std::size_t n) { return U32(f.substr(0, f.size() - n)); }

// "льв" → "лев", "павл" → "павел" only when the dictionary says so; the rule handles -ьC.
U32 restoreFleetingVowel(U32 stem) {
    const std::size_t n = stem.size();
    if (n >= 3 && stem[n - 2] == U'ь' && isConsonant(stem[n - 1])) stem[n - 2] = U'е';
    return stem;
}

void firstNameRules(U32View f, Readings& r) {
    const std::size_t n = f.size();
    const char32_t c1 = f[n - 1];
    const char32_t c2 = n >= 2 ? f[n - 2] : 0;
    const char32_t c3 = n >= 3 ? f[n - 3] : 0;
    if ((endsWith(f, U"ом") || endsWith(f, U"ем")) && n >= 4) {
        add(r, U32(f), kMasc, kNom, 0.5f); // "Артем"
        if (isConsonant(c3)) add(r, restoreFleetingVowel(cut(f, 2)), kMasc, kIns, 1.5f);
        if (c2 == U'е' && isConsonant(c3) && !isHushing(c3) && c3 != U'ц') add(r, cut(f, 2) + U"ь", kMasc, kIns, 1.0f);
        if (c2 == U'е' && (isVowel(c3) || c3 == U'и')) add(r, cut(f, 2) + U"й", kMasc, kIns, 1.5f);
    } else if (isConsonant(c1)) {
        add(r, U32(f), kMasc, kNom, 1.0f);
        add(r, U32(f), kFem, kAnyCase, 0.3f);
    } else if (c1 == U'й') {
        add(r, U32(f), kMasc, kNom, 1.0f);
        if (endsWith(f, U"ией")) add(r, cut(f, 2) + U"я", kFem, kIns, 1.0f);
        else if (endsWith(f, U"ьей")) add(r, cut(f, 2) + U"я", kFem, kIns, 1.0f);
        else if (c2 == U'е' && isConsonant(c3)) add(r, cut(f, 2) + U"я", kFem, kIns, 0.6f);
        else if (c2 == U'о' && isConsonant(c3)) add(r, cut(f, 2) + U"а", kFem, kIns, 1.2f);
    } else if (c1 == U'ь') {
        add(r, U32(f), kMF, kNom | kAcc, 1.0f);
    } else if (c1 == U'а' && isConsonant(c2)) {
        add(r, restoreFleetingVowel(cut(f, 1)), kMasc, kGen | kAcc, strongMasculineGenitive(c2) ? 1.5f : 1.0f);
        add(r, U32(f), kFem, kNom, 1.0f);
    } else if (c1 == U'я') {
        if (c2 == U'и') {
            add(r, cut(f, 1) + U"й", kMasc, kGen | kAcc, 1.0f);
            add(r, U32(f), kFem, kNom, 1.0f);
        } else if (c2 == U'е' || c2 == U'а' || c2 == U'о' || c2 == U'у') {
            add(r, cut(f, 1) + U"й", kMasc, kGen | kAcc, 1.2f);
            add(r, U32(f), kFem, kNom, 0.5f);
        } else if (isConsonant(c2)) {
            add(r, cut(f, 1) + U"ь", kMasc, kGen | kAcc, 0.8f);
            add(r, U32(f), kMF, kNom, 1.0f);
        } else {
            add(r, U32(f), kFem, kNom, 1.0f);
        }
    } else if (c1 == U'у' && isConsonant(c2)) {
        add(r, cut(f, 1), kMasc, kDat, 1.0f);
        add(r, cut(f, 1) + U"а", kFem, kAcc, 0.8f);
        add(r, U32(f), kMF, kAnyCase, 0.5f);
    } else if (c1 == U'ю') {
        if (c2 == U'ь') {
            add(r, cut(f, 1), kFem, kIns, 1.0f);
            add(r, cut(f, 1) + U"я", kFem, kAcc, 1.0f);
        } else if (isVowel(c2)) {
            add(r, cut(f, 1) + U"й", kMasc, kDat, 1.0f);
            add(r, cut(f, 1) + U"я", kFem, kAcc, 1.0f);
        } else {
            add(r, cut(f, 1) + U"ь", kMasc, kDat, 0.8f);
            add(r, cut(f, 1) + U"я", kFem, kAcc, 0.8f);
        }
    } else if (c1 == U'е') {
        if (isConsonant(c2)) {
            add(r, restoreFleetingVowel(cut(f, 1)), kMasc, kPrep, 1.0f);
            add(r, cut(f, 1) + U"а", kFem, kDat | kPrep, 1.0f);
            add(r, cut(f, 1) + U"я", kFem, kDat | kPrep, 0.5f);
            add(r, U32(f), kMF, kNom, 0.9f); // a foreign name that does not decline: "Джузеппе"
        } else if (c2 == U'ь') {
            add(r, cut(f, 1) + U"я", kFem, kDat | kPrep, 1.0f);
        } else if (isVowel(c2) && c2 != U'и') {
            add(r, cut(f, 1) + U"й", kMasc, kPrep, 1.0f);
        } else {
            add(r, U32(f), kMF, kAnyCase, 1.0f);
        }
    } else if (c1 == U'ы' && isConsonant(c2)) {
        add(r, cut(f, 1) + U"а", kFem, kGen, 1.2f);
    } else if (c1 == U'и') {
        if (c2 == U'и') {
            add(r, cut(f, 1) + U"я", kFem, kGen | kDat | kPrep, 1.2f);
            add(r, cut(f, 1) + U"й", kMasc, kPrep, 1.0f);
        } else if (c2 == U'ь') {
            add(r, cut(f, 1) + U"я", kFem, kGen, 1.2f);
        } else if (isConsonant(c2) && takesI(c2)) {
            add(r, cut(f, 1) + U"а", kFem, kGen, 1.2f);
            add(r, U32(f), kMF, kNom, 0.5f); // "Луиджи"
        } else if (isConsonant(c2)) {
            add(r, U32(f), kMF, kNom, 0.7f); // "Али", "Анри"
            // "Оли", "Кати" from -я; "Любови", "Нинели" from -ь (-вя names hardly exist).
            add(r, cut(f, 1) + U"я", kFem, kGen | kDat | kPrep, c2 == U'в' ? 0.8f : 1.0f);
            add(r, cut(f, 1) + U"ь", kFem, kGen | kDat | kPrep, c2 == U'в' ? 1.0f : 0.9f);
            add(r, cut(f, 1) + U"ь", kMasc, kPrep, 0.3f);
        } else {
            add(r, U32(f), kMF, kAnyCase, 1.0f);
        }
    } else {
        add(r, U32(f), kMF, kAnyCase, 1.0f); // -о, -э, -у and -а after a vowel: indeclinable
    }
}

// "Павла" → "Павел": the lemma is the rule's stem with a vowel put back before its last letter.
bool fleetingVariant(U32View lemma, U32View stem) {
    const std::size_t n = lemma.size();
    return n == stem.size() + 1 && n >= 3 && (lemma[n - 2] == U'е' || lemma[n - 2] == U'о') &&
           lemma.substr(0, n - 2) == stem.substr(0, n - 2) && lemma[n - 1] == stem[n - 2];
}

// The dictionary confirms a reading when it gives that nominative as a proper name ("Николя" is
// listed under the common noun "николь": no help). A form that is its own lemma gets less, since
// a city or a foreign name may share the spelling of an oblique form ("Петра", "Петру").
void applyDictionary(U32View printed, U32View f, const DictView& dict, Readings& r, float bonus) {
    if (!dict.available()) return;
    const auto lemmas = dict.analyses(printed);
    const std::size_t before = r.size();
    // A form that is itself a name ("Ольга") is not read as a fleeting-vowel form of another
    // ("Ольг-а" → "Олег") on the dictionary's word alone.
    const bool selfLemma = std::any_of(lemmas.begin(), lemmas.end(), [&](const auto& l) {
        return l.pos == Lemmatizer::Pos::Noun && l.proper && l.lemma == f;
    });
    for (const auto& l : lemmas) {
        if (l.pos != Lemmatizer::Pos::Noun || !l.proper) continue;
        const float b = l.lemma == f ? bonus / 4 : bonus;
        for (std::size_t i = 0; i < before; ++i) {
            if (r[i].nominative == l.lemma) r[i].score += b;
            else if (fleetingVariant(l.lemma, r[i].nominative)) {
                Reading copy = r[i];
                copy.nominative = l.lemma;
                copy.score += selfLemma ? bonus / 4 : b;
                r.push_back(std::move(copy));
            }
        }
    }
    // A name the dictionary knows as a form of other names only: readings it does not list lose.
    if (selfLemma) {
        for (std::size_t i = 0; i < before; ++i) {
            const bool listed = std::any_of(lemmas.begin(), lemmas.end(), [&](const auto& l) { return l.lemma == r[i].nominative; });
            if (!listed && r[i].nominative != f)
                r[i].score -= bonus;
        }
    }
    // A rule's nominative that the dictionary lists as a name ("Максима" → "Максим"), unless the
    // printed form is a name in its own right.
    for (std::size_t i = 0; i < before && !selfLemma; ++i) {
        if (r[i].nominative == f || r[i].nominative.size() < 3) continue;
        U32 cap = r[i].nominative;
        cap[0] = toUpper(cap[0]);
        for (const auto& l : dict.analyses(cap)) {
            if (l.proper && l.lemma == r[i].nominative) { r[i].score += bonus / 2; break; }
        }
    }
}

} // namespace

std::uint8_t firstNameGender(U32View nom) {
    if (std::find(kMasculineA.begin(), kMasculineA.end(), nom) != kMasculineA.end()) return kMasc;
    if (std::find(kUnisexA.begin(), kUnisexA.end(), nom) != kUnisexA.end()) return kMF;
    if (endsWith(nom, U"а") || endsWith(nom, U"я")) return kFem;
    return 0;
}

bool looksLikePatronymic(U32View f) {
    for (U32View e : {U"", U"а", U"у", U"ем", U"ом", U"е"}) {
        if (f.size() >= 5 + e.size() && endsWith(f, U32(U"ич") + U32(e))) {
            const char32_t before = f[f.size() - e.size() - 3];
            if (isConsonant(before) || before == U'ь') return true;
        }
    }
    for (U32View e : {U"а", U"ы", U"е", U"у", U"ой", U"ою"}) {
        for (U32View s : {U"овн", U"евн", U"ичн"}) {
            if (f.size() >= 6 + e.size() && endsWith(f, U32(s) + U32(e))) return true;
        }
    }
    return false;
}

Readings patronymicReadings(U32View f) {
    Readings r;
    struct E { U32View end; std::uint8_t cases; };
    for (E e : {E{U"", kNom}, E{U"а", kGen | kAcc}, E{U"у", kDat}, E{U"ем", kIns}, E{U"ом", kIns}, E{U"е", kPrep}}) {
        if (f.size() >= 5 + e.end.size() && endsWith(f, U32(U"ич") + U32(e.end))) {
            add(r, cut(f, e.end.size()), kMasc, e.cases, 2.0f);
            if (e.end.empty()) add(r, U32(f), kFem, kAnyCase, 0.5f); // a woman's surname in -ович
        }
    }
    for (E e : {E{U"а", kNom}, E{U"ы", kGen}, E{U"е", kDat | kPrep}, E{U"у", kAcc}, E{U"ой", kIns}, E{U"ою", kIns}}) {
        for (U32View s : {U"овн", U"евн", U"ичн"}) {
            if (f.size() >= 6 + e.end.size() && endsWith(f, U32(s) + U32(e.end))) {
                add(r, cut(f, e.end.size()) + U"а", kFem, e.cases, 2.0f);
            }
        }
    }
    return r;
}

Readings firstNameReadings(U32View printed, const DictView& dict) {
    const U32 f = fold(printed);
    Readings r;
    if (f.size() < 3) {
        if (!f.empty()) add(r, f, kMF, kAnyCase, 1.0f); // "Си", "Ли": too short to tell
        return r;
    }
    firstNameRules(f, r);
    for (auto& x : r) {
        if ((x.genders & kFem) && x.genders != kMF) {
            if (const auto g = firstNameGender(x.nominative); g) x.genders = g;
        }
    }
    applyDictionary(printed, f, dict, r, 2.0f);
    return r;
}

} // namespace letopis::morph::detail
