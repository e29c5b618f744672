#include "keys.hpp"

#include "letopis/store.hpp"
#include "letopis/text.hpp"
#include "text/string_map.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <initializer_list>

namespace letopis::gaz::detail {
namespace {

constexpr std::string_view kNounMark = "|n";

bool isRussianVowel(char32_t c)
{
    return std::u32string_view(U"аеёиоуыэюяйьъ").find(c) != std::u32string_view::npos;
}

bool endsWith(std::u32string_view w, std::u32string_view tail)
{
    return w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail;
}

bool isAdjectiveEnding(std::u32string_view suffix)
{
    // Compared letter by letter (this runs for every word of a text).
    static constexpr char32_t kTwo[][2] = {{U'и', U'й'}, {U'ы', U'й'}, {U'о', U'й'}, {U'а', U'я'}, {U'я', U'я'},
                                           {U'о', U'е'}, {U'е', U'е'}, {U'ы', U'е'}, {U'и', U'е'}, {U'у', U'ю'},
                                           {U'ю', U'ю'}, {U'ы', U'х'}, {U'и', U'х'}, {U'ы', U'м'}, {U'и', U'м'}};
    static constexpr char32_t kThree[][3] = {{U'о', U'г', U'о'}, {U'е', U'г', U'о'}, {U'о', U'м', U'у'},
                                             {U'е', U'м', U'у'}, {U'ы', U'м', U'и'}, {U'и', U'м', U'и'}};
    if (suffix.size() == 2)
        return std::any_of(std::begin(kTwo), std::end(kTwo),
                           [&](const auto& e) { return suffix[0] == e[0] && suffix[1] == e[1]; });
    if (suffix.size() == 3)
        return std::any_of(std::begin(kThree), std::end(kThree), [&](const auto& e) {
            return suffix[0] == e[0] && suffix[1] == e[1] && suffix[2] == e[2];
        });
    return false;
}

bool hasAdjectiveEnding(std::u32string_view w)
{
    return w.size() > 3 && isAdjectiveEnding(w.substr(w.size() - 2));
}

// Splits "буэнос-айрес" into the fixed prefix "буэнос-" and the last part "айрес".
std::pair<std::u32string_view, std::u32string_view> splitLastPart(std::u32string_view lower)
{
    const auto dash = lower.find_last_of(U'-');
    if (dash == std::u32string_view::npos)
        return {std::u32string_view(), lower};
    return {lower.substr(0, dash + 1), lower.substr(dash + 1)};
}

using Endings = std::initializer_list<std::u32string_view>;

void addForms(std::vector<std::u32string>& out, std::u32string_view base, Endings endings)
{
    for (std::u32string_view e : endings)
        out.push_back(std::u32string(base) + std::u32string(e));
}

// Case forms of a nominative by its ending (singular, plus plural for plural names).
std::vector<std::u32string> caseForms(std::u32string_view w)
{
    std::vector<std::u32string> out{std::u32string(w)};
    const auto cut = [&](std::size_t n) { return w.substr(0, w.size() - n); };
    if (hasAdjectiveEnding(w))
        addForms(out, cut(2), {U"ая", U"ой", U"ую", U"ий", U"ый", U"ого", U"ому", U"им", U"ым", U"ом",
                               U"ое", U"ые", U"ие", U"ых", U"их", U"ыми", U"ими"});
    else if (endsWith(w, U"ия"))
        addForms(out, cut(2), {U"ии", U"ию", U"ией"});
    else if (endsWith(w, U"а"))
        addForms(out, cut(1), {U"ы", U"и", U"е", U"у", U"ой"});
    else if (endsWith(w, U"я"))
        addForms(out, cut(1), {U"и", U"е", U"ю", U"ей"});
    else if (endsWith(w, U"й"))
        addForms(out, cut(1), {U"я", U"ю", U"ем", U"е"});
    else if (endsWith(w, U"ь"))
        addForms(out, cut(1), {U"и", U"ью", U"я", U"ю", U"ем", U"е"});
    else if (endsWith(w, U"ы") || endsWith(w, U"и"))
        addForms(out, cut(1), {U"", U"ов", U"ам", U"ах", U"ами", U"ей"}); // "Афин", "Филиппин"
    return out;
}

// Forms of a name ending in a consonant, including a dropped vowel ("Египет" → "Египта").
std::vector<std::u32string> consonantForms(std::u32string_view w)
{
    std::vector<std::u32string> out{std::u32string(w)};
    addForms(out, w, {U"а", U"у", U"ом", U"е", U"ы", U"ов", U"ах", U"ам"});
    const std::size_t n = w.size();
    if (n >= 4 && (w[n - 2] == U'е' || w[n - 2] == U'о') && !isRussianVowel(w[n - 3]))
        addForms(out, std::u32string(w.substr(0, n - 2)) + w[n - 1], {U"а", U"у", U"ом", U"е"});
    return out;
}

} // namespace

std::string exactKey(std::u32string_view lower)
{
    std::string key = "=";
    key += text::toUtf8(lower); // appended, not "=" + ...: GCC 12 warns falsely on that
    return key;
}

namespace {

char32_t foldChar(char32_t c)
{
    // Plain Russian and ASCII letters without ICU; the same results as u_tolower.
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c >= 0x430 && c <= 0x44F)
        return c;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    if (c == U'ё')
        return U'е';
    if (c == U'’' || c == U'ʼ')
        return U'\'';
    if (c == U'‐' || c == U'‑' || c == U'–' || c == U'—')
        return U'-';
    return c;
}

} // namespace

void lowerFold(std::u32string_view word, std::u32string& out)
{
    out.resize(word.size());
    for (std::size_t i = 0; i < word.size(); ++i)
        out[i] = foldChar(word[i]);
}

std::u32string lowerFold(std::u32string_view word)
{
    std::u32string out;
    lowerFold(word, out);
    return out;
}

bool startsUpper(std::u32string_view word)
{
    return !word.empty() && u_isupper(static_cast<UChar32>(word.front()));
}

bool isAllCaps(std::u32string_view word)
{
    int letters = 0;
    for (char32_t c : word) {
        if (u_islower(static_cast<UChar32>(c)))
            return false;
        if (u_isalpha(static_cast<UChar32>(c)))
            ++letters;
    }
    return letters >= 2;
}

bool looksIndeclinable(std::u32string_view lower)
{
    const auto last = splitLastPart(lower).second;
    if (last.size() < 2)
        return false;
    const char32_t end = last.back();
    const bool vowelEnd = std::u32string_view(U"оеиуюэ").find(end) != std::u32string_view::npos;
    // "Самоа", "Никарагуа", "Папуа": "а" after "о", "у" or "э" does not decline either.
    const bool vowelA = end == U'а' && std::u32string_view(U"оуэ").find(last[last.size() - 2]) != std::u32string_view::npos;
    return vowelA || (vowelEnd && !isRussianVowel(last[last.size() - 2]));
}

const std::string& stemOf(std::u32string_view lowerWord)
{
    return store::stemForIndex(lowerWord);
}

bool mayBeAdjective(std::u32string_view lower)
{
    const auto last = splitLastPart(lower).second;
    if (last.size() < 4)
        return false;
    return isAdjectiveEnding(last.substr(last.size() - 2)) || isAdjectiveEnding(last.substr(last.size() - 3))
        || last.substr(last.size() - 2) == U"ом" || last.substr(last.size() - 2) == U"ем";
}

std::vector<std::string> caseFormStems(std::u32string_view lowerWord)
{
    std::vector<std::string> stems;
    for (const std::u32string& form : caseForms(lowerWord)) {
        std::string stem = stemOf(form);
        if (text::toU32(stem).size() < 2)
            continue; // a one-letter key would match any one-letter word
        if (std::find(stems.begin(), stems.end(), stem) == stems.end())
            stems.push_back(std::move(stem));
    }
    return stems;
}

std::vector<std::string> nameWordKeys(std::u32string_view word)
{
    const std::u32string lower = lowerFold(word);
    if (isAllCaps(word) || looksIndeclinable(lower))
        return {exactKey(lower)};
    const auto [prefix, last] = splitLastPart(lower);
    const bool consonantEnd = !last.empty() && !isRussianVowel(last.back());
    const std::string head = text::toUtf8(prefix);
    std::vector<std::string> keys;
    for (const std::u32string& form : consonantEnd ? consonantForms(last) : caseForms(last)) {
        const std::string& stem = stemOf(form);
        // Snowball sometimes reads a name as a verb ("уила" → "у"): such stems would match
        // anything; no case ending is longer than three letters, and no place is named by one
        // letter ("О том, что…" is not "Оита").
        const std::size_t stemLength = text::toU32(stem).size();
        if (stemLength + 3 < form.size() || stemLength < 2)
            continue;
        std::string key = head + stem;
        if (consonantEnd)
            key += kNounMark;
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(std::move(key));
    }
    return keys;
}

std::vector<std::u32string> nameWordForms(std::u32string_view word)
{
    const std::u32string lower = lowerFold(word);
    if (isAllCaps(word) || looksIndeclinable(lower))
        return {lower};
    const auto [prefix, last] = splitLastPart(lower);
    const bool consonantEnd = !last.empty() && !isRussianVowel(last.back());
    std::vector<std::u32string> forms;
    for (std::u32string& form : consonantEnd ? consonantForms(last) : caseForms(last))
        forms.push_back(std::u32string(prefix) + form);
    return forms;
}

namespace {

TokenKeys computeTokenKeys(std::u32string_view word)
{
    const std::u32string lower = lowerFold(word);
    const auto [prefix, last] = splitLastPart(lower);
    TokenKeys keys;
    const std::string& stem = stemOf(last);
    keys.stem = text::toUtf8(prefix) + stem;
    const std::size_t stemLength = text::toU32(stem).size();
    const std::u32string_view suffix = last.substr(std::min(stemLength, last.size()));
    // A word that ends like an adjective's case ("Иерусал|им") may still be a noun's nominative
    // when it ends in a consonant; a one-word match is checked against the name's forms anyway.
    if (!isAdjectiveEnding(suffix) || (!last.empty() && !isRussianVowel(last.back())))
        keys.noun = keys.stem + std::string(kNounMark);
    if (isAllCaps(word) || looksIndeclinable(lower))
        keys.exact = exactKey(lower);
    return keys;
}

text::WordMemo<TokenKeys>& tokenKeysMemo()
{
    thread_local text::WordMemo<TokenKeys> memo;
    return memo;
}

} // namespace

const TokenKeys& tokenKeys(std::u32string_view word)
{
    return tokenKeysMemo().get(word, computeTokenKeys);
}

std::uint64_t tokenKeysGeneration()
{
    return tokenKeysMemo().generation();
}

} // namespace letopis::gaz::detail
