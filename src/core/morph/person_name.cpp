// Person names into the nominative: every word proposes readings (nominative, gender, case);
// the gender and case most words agree on wins, and each word takes its reading under it.
#include "letopis/morph.hpp"
#include "letopis/text.hpp"
#include "name_readings.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace letopis::morph {
namespace {

using namespace detail;

enum class Role : std::uint8_t { Keep, FirstName, Patronymic, Surname, Any };

struct Part {
    U32 printed;
    U32 folded;
    Role role = Role::Keep;
    Readings readings;
};

struct Word {
    std::vector<Part> parts; // split at hyphens: "Римского-Корсакова"
};

bool isInitial(U32View w) {
    std::size_t letters = 0;
    for (char32_t c : w) {
        if (isLetter(c)) ++letters;
        else if (c != U'.') return false;
    }
    if (letters == 0) return false;
    return (letters == 1 && isUpper(w[0])) || (w.find(U'.') != U32View::npos && letters <= 3 && isUpper(w[0]));
}

// Words that take part in the inflection: Cyrillic, capitalised (particles like "де", "ибн",
// "оглы" are lower case), not initials.
bool isNameWord(U32View w) {
    return !w.empty() && isCyrUpper(w[0]) && !hasLatin(w) && !isInitial(w);
}

std::vector<Word> splitWords(const std::vector<std::string>& words) {
    std::vector<Word> out;
    out.reserve(words.size());
    for (const auto& s : words) {
        const U32 w = text::toU32(s);
        Word word;
        const bool name = isNameWord(w);
        std::size_t start = 0;
        while (true) {
            const auto dash = w.find(U'-', start);
            Part p;
            p.printed = w.substr(start, dash == U32::npos ? U32::npos : dash - start);
            p.folded = fold(p.printed);
            p.role = name && p.printed.size() >= 2 && isCyrUpper(p.printed[0]) ? Role::Any : Role::Keep;
            word.parts.push_back(std::move(p));
            if (dash == U32::npos) break;
            start = dash + 1;
        }
        out.push_back(std::move(word));
    }
    return out;
}

void setRole(Word& w, Role role) {
    for (auto& p : w.parts) {
        if (p.role != Role::Keep) p.role = role;
    }
}
bool isNamed(const Word& w) {
    for (const auto& p : w.parts) {
        if (p.role != Role::Keep) return true;
    }
    return false;
}

// Roles go to whole words (hyphenated parts share one). Patronymics by shape; the first name is
// the word before a patronymic, else the first word unless it looks like a surname and the next
// one does not ("Мантурова Дениса"); with initials every word is a surname.
void assignRoles(std::vector<Word>& words, bool hasInitials) {
    std::vector<Word*> named;
    for (auto& w : words) {
        if (isNamed(w)) named.push_back(&w);
    }
    if (named.size() <= 1) {
        if (hasInitials && named.size() == 1) setRole(*named[0], Role::Surname);
        return; // a lone word keeps Role::Any: both kinds of reading
    }
    const auto key = [](const Word* w) -> const U32& { return w->parts.back().folded; };
    int patronymic = -1;
    for (std::size_t i = 0; i < named.size(); ++i) {
        if (looksLikePatronymic(key(named[i]))) {
            setRole(*named[i], Role::Patronymic);
            if (patronymic < 0) patronymic = static_cast<int>(i);
        }
    }
    int first = -1;
    if (patronymic > 0) {
        first = patronymic - 1;
    } else if (patronymic < 0 && !hasInitials) {
        first = 0;
        // An Arabic surname opens with its article: "Ан-Наггари", "Аль-Джабер", "Эль-Сиси".
        const auto surnameLike = [&](const Word* w) {
            static constexpr U32View kArticles[] = {U"аль", U"ал", U"ан", U"ас", U"ат", U"ад", U"ар", U"аш",
                                                    U"аз", U"эль", U"эд", U"эн", U"эс", U"эш"};
            const bool article = w->parts.size() >= 2
                && std::find(std::begin(kArticles), std::end(kArticles), U32View(w->parts.front().folded)) != std::end(kArticles);
            return article || looksLikeSurname(key(w));
        };
        if (surnameLike(named[0]) && !surnameLike(named[1])) first = 1;
    }
    for (std::size_t i = 0; i < named.size(); ++i) {
        if (static_cast<int>(i) == patronymic || named[i]->parts.back().role == Role::Patronymic) continue;
        setRole(*named[i], static_cast<int>(i) == first ? Role::FirstName : Role::Surname);
    }
}

void computeReadings(std::vector<Word>& words, const DictView& dict) {
    for (auto& w : words) {
        for (auto& p : w.parts) {
            switch (p.role) {
            case Role::Keep: break;
            case Role::Patronymic: p.readings = patronymicReadings(p.folded); break;
            case Role::FirstName:
                // In double first names only the last part declines: "Жан-Пьера", "Касым-Жомарта".
                if (&p == &w.parts.back()) p.readings = firstNameReadings(p.printed, dict);
                break;
            case Role::Surname: p.readings = surnameReadings(p.printed, dict); break;
            case Role::Any: {
                p.readings = firstNameReadings(p.printed, dict);
                auto more = surnameReadings(p.printed, dict);
                for (auto& r : more) r.score *= 0.6f; // a lone word is more often a first name
                p.readings.insert(p.readings.end(), more.begin(), more.end());
                break;
            }
            }
        }
    }
}

constexpr std::array<std::uint8_t, 6> kCases{kNom, kGen, kDat, kAcc, kIns, kPrep};
constexpr std::array<float, 6> kCasePrior{0.3f, 0.2f, 0.1f, 0.0f, 0.1f, 0.05f};
constexpr float kMismatch = -2.0f;

const Reading* bestReading(const Part& p, std::uint8_t gender, std::uint8_t kase) {
    const Reading* best = nullptr;
    for (const auto& r : p.readings) {
        if ((r.genders & gender) && (r.cases & kase) && (!best || r.score > best->score)) best = &r;
    }
    return best;
}

struct Choice {
    std::uint8_t gender = 0;
    std::uint8_t kase = 0;
    float score = -1e9f;
    float bestMasc = -1e9f;
    float bestFem = -1e9f;
    bool any = false; // some word had readings at all
};

Choice choose(const std::vector<Word>& words) {
    Choice c;
    for (std::uint8_t g : {kMasc, kFem}) {
        for (std::size_t k = 0; k < kCases.size(); ++k) {
            float s = kCasePrior[k];
            for (const auto& w : words) {
                for (const auto& p : w.parts) {
                    if (p.readings.empty()) continue;
                    c.any = true;
                    const Reading* r = bestReading(p, g, kCases[k]);
                    s += r ? r->score : kMismatch;
                }
            }
            float& perGender = g == kMasc ? c.bestMasc : c.bestFem;
            if (s > perGender) perGender = s;
            if (s > c.score) { c.score = s; c.gender = g; c.kase = kCases[k]; }
        }
    }
    return c;
}

struct Analysed {
    std::vector<Word> words;
    Choice choice;
};

Analysed analyse(const std::vector<std::string>& input, Lemmatizer* lem) {
    Analysed a;
    a.words = splitWords(input);
    bool initials = false;
    for (const auto& s : input) initials = initials || isInitial(text::toU32(s));
    assignRoles(a.words, initials);
    computeReadings(a.words, DictView(lem));
    a.choice = choose(a.words);
    return a;
}

} // namespace

std::string personNominative(const std::vector<std::string>& input, Lemmatizer* lem) {
    const Analysed a = analyse(input, lem);
    std::string out;
    for (const auto& w : a.words) {
        if (!out.empty()) out += ' ';
        U32 word;
        for (std::size_t i = 0; i < w.parts.size(); ++i) {
            const Part& p = w.parts[i];
            if (i > 0) word += U'-';
            const Reading* r = a.choice.any ? bestReading(p, a.choice.gender, a.choice.kase) : nullptr;
            // A word that disagrees with the others (a span cut badly) still takes its best reading
            // of the chosen gender.
            if (!r && a.choice.any) r = bestReading(p, a.choice.gender, kAnyCase);
            word += r ? rewrite(p.printed, r->nominative) : p.printed;
        }
        out += text::toUtf8(word);
    }
    return out;
}

Gender nameGender(const std::vector<std::string>& input, Lemmatizer* lem) {
    const Analysed a = analyse(input, lem);
    if (!a.choice.any) return Gender::Unknown;
    constexpr float kMargin = 0.5f;
    if (a.choice.bestMasc >= a.choice.bestFem + kMargin) return Gender::Masculine;
    if (a.choice.bestFem >= a.choice.bestMasc + kMargin) return Gender::Feminine;
    return Gender::Unknown;
}

} // namespace letopis::morph
