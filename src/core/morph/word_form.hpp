#pragma once
// Small helpers over UTF-32 word forms: Cyrillic/Latin case, capitalisation style, endings.
// Internal to the morph stage.
#include <string>
#include <string_view>

namespace letopis::morph::detail {

using U32 = std::u32string;
using U32View = std::u32string_view;

inline bool isCyrLower(char32_t c) { return (c >= U'а' && c <= U'я') || c == U'ё'; }
inline bool isCyrUpper(char32_t c) { return (c >= U'А' && c <= U'Я') || c == U'Ё'; }
inline bool isCyr(char32_t c) { return isCyrLower(c) || isCyrUpper(c); }
inline bool isLatin(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
inline bool isUpper(char32_t c) { return isCyrUpper(c) || (c >= U'A' && c <= U'Z'); }
inline bool isLetter(char32_t c) { return isCyr(c) || isLatin(c); }

inline char32_t toLower(char32_t c) {
    if (c >= U'А' && c <= U'Я') return c + 0x20;
    if (c == U'Ё') return U'ё';
    if (c >= U'A' && c <= U'Z') return c + 0x20;
    return c;
}
inline char32_t toUpper(char32_t c) {
    if (c >= U'а' && c <= U'я') return c - 0x20;
    if (c == U'ё') return U'Ё';
    if (c >= U'a' && c <= U'z') return c - 0x20;
    return c;
}

// Lower-cased with ё folded to е: the form every rule compares against.
inline U32 fold(U32View w) {
    U32 out(w);
    for (auto& c : out) {
        c = toLower(c);
        if (c == U'ё') c = U'е';
    }
    return out;
}

inline bool endsWith(U32View w, U32View suffix) {
    return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}
inline bool startsWith(U32View w, U32View prefix) {
    return w.size() >= prefix.size() && w.substr(0, prefix.size()) == prefix;
}

inline bool isVowel(char32_t c) { return U32View(U"аеёиоуыэюя").find(toLower(c)) != U32View::npos; }
// A consonant letter proper: not a vowel, not й/ь/ъ.
inline bool isConsonant(char32_t c) {
    const char32_t l = toLower(c);
    return isCyrLower(l) && !isVowel(l) && l != U'й' && l != U'ь' && l != U'ъ';
}
inline bool isVelar(char32_t c) { return U32View(U"гкх").find(toLower(c)) != U32View::npos; }
inline bool isHushing(char32_t c) { return U32View(U"жшчщ").find(toLower(c)) != U32View::npos; }
// After these the spelling rule writes и, not ы.
inline bool takesI(char32_t c) { return isVelar(c) || isHushing(c); }

inline bool hasLatin(U32View w) {
    for (char32_t c : w) if (isLatin(c)) return true;
    return false;
}
inline bool hasCyr(U32View w) {
    for (char32_t c : w) if (isCyr(c)) return true;
    return false;
}

enum class Caps { Lower, Title, Upper, Other };

inline Caps capsOf(U32View w) {
    std::size_t letters = 0, upper = 0;
    bool firstUpper = false;
    for (char32_t c : w) {
        if (!isLetter(c)) continue;
        if (letters == 0) firstUpper = isUpper(c);
        ++letters;
        if (isUpper(c)) ++upper;
    }
    if (upper == 0) return Caps::Lower;
    if (letters > 1 && upper == letters) return Caps::Upper;
    if (firstUpper && upper == 1) return Caps::Title;
    return Caps::Other;
}

// Spells `lowerWord` the way `printed` was spelled (lower, Title, UPPER; Title after hyphens too).
inline U32 withCaps(U32View lowerWord, U32View printed) {
    U32 out(lowerWord);
    const Caps caps = capsOf(printed);
    if (caps == Caps::Upper) {
        for (auto& c : out) c = toUpper(c);
    } else if (caps != Caps::Lower && !out.empty()) {
        out[0] = toUpper(out[0]);
    }
    return out;
}

} // namespace letopis::morph::detail

namespace letopis::morph::detail {

// `printed` rewritten to the folded form `target`: the printed letters they share are kept (ё,
// capitals), the rest is taken from target, upper-cased when the printed word was all capitals.
inline U32 rewrite(U32View printed, U32View target) {
    const U32 f = fold(printed);
    std::size_t k = 0;
    while (k < f.size() && k < target.size() && f[k] == target[k]) ++k;
    U32 out(printed.substr(0, k));
    const bool upper = capsOf(printed) == Caps::Upper;
    for (std::size_t i = k; i < target.size(); ++i) {
        const bool cap = upper || (i == 0 && capsOf(printed) != Caps::Lower);
        out.push_back(cap ? toUpper(target[i]) : target[i]);
    }
    return out;
}

} // namespace letopis::morph::detail
