#include "name_index.hpp"

#include <xxhash.h>

#include <algorithm>
#include <functional>

namespace letopis::gaz::detail {
namespace {

int priorityOf(PlaceKind kind)
{
    // A name shared by a country and a city or region means the country ("Алжир", "Джибути");
    // a city beats a region of the same name ("Нью-Йорк", "Вена").
    switch (kind) {
    case PlaceKind::Country: return 3;
    case PlaceKind::City: return 2;
    case PlaceKind::Region: return 1;
    case PlaceKind::Area: return 0;
    }
    return 0;
}

std::string punctKey(char32_t c)
{
    if (std::u32string_view(U"‐‑‒–—―−").find(c) != std::u32string_view::npos)
        c = U'-';
    std::string key = "#";
    key += text::toUtf8(std::u32string(1, c));
    return key;
}

// Keys of the words (and inner punctuation) of a name: "Северная Осетия - Алания"; each word
// has one or more keys (its case forms).
using WordKeys = std::vector<std::vector<std::string>>;

WordKeys nameKeys(const std::string& name)
{
    const std::u32string u = text::toU32(name);
    WordKeys keys;
    for (const text::Token& t : text::tokens(u)) {
        const std::u32string_view w(u.data() + t.start, t.end - t.start);
        if (t.kind == text::TokenKind::Word)
            keys.push_back(nameWordKeys(w));
        else
            keys.push_back({punctKey(w.front())});
    }
    return keys;
}

// Every key sequence of a name, joined by ' ', with its proper prefixes.
void expand(const WordKeys& keys, std::size_t i, const std::string& prefix,
            const std::function<void(const std::string&, bool)>& visit)
{
    for (const std::string& k : keys[i]) {
        const std::string path = prefix.empty() ? k : prefix + ' ' + k;
        const bool complete = i + 1 == keys.size();
        visit(path, complete);
        if (!complete)
            expand(keys, i + 1, path, visit);
    }
}

bool isOneWord(const std::string& name)
{
    return name.find_first_of(" -") == std::string::npos;
}

bool adjectivalEnding(const std::string& word)
{
    for (const char* end : {"ая", "ий", "ый", "ой", "ое"})
        if (word.size() > 4 && word.compare(word.size() - 4, 4, end) == 0)
            return true;
    return false;
}

void addName(Gazetteer::Data& d, const WordKeys& keys, std::uint32_t place, bool notAtStart)
{
    expand(keys, 0, std::string(), [&](const std::string& path, bool complete) {
        auto& node = d.names[path];
        if (!complete)
            return;
        if (node.place != Gazetteer::Data::kNone
            && priorityOf(d.places[node.place].kind) >= priorityOf(d.places[place].kind))
            return;
        node.place = place;
        node.notAtSentenceStart = notAtStart;
    });
    d.maxNameTokens = std::max(d.maxNameTokens, keys.size());
}

// "Свердловская область" also lets "Свердловской и Курганской областей" name both.
void addAdjHead(Gazetteer::Data& d, const std::string& name, const WordKeys& keys, std::uint32_t place)
{
    const auto space = name.find(' ');
    if (d.places[place].kind != PlaceKind::Region || keys.size() < 2 || space == std::string::npos
        || !adjectivalEnding(name.substr(0, space)) || !startsUpper(text::toU32(name)))
        return;
    std::string head; // the first key of each word after the adjective names the head
    for (std::size_t i = 1; i < keys.size(); ++i)
        head += (i > 1 ? " " : "") + keys[i].front();
    for (const std::string& adjective : keys[0])
        d.regionByAdjHead.try_emplace(adjective + "|" + head, place);
    d.headOfRegion.try_emplace(place, head);
}

constexpr std::size_t kAdjectivePrefixBits = 1u << 16; // 8 KiB: a few hundred stems set under 1 %

std::size_t adjectivePrefixBit(std::u32string_view prefix)
{
    return XXH3_64bits(prefix.data(), prefix.size() * sizeof(char32_t)) & (kAdjectivePrefixBits - 1);
}

void addAdjectives(Gazetteer::Data& d, const std::vector<AdjectiveEntry>& adjectives)
{
    for (const AdjectiveEntry& a : adjectives) {
        std::u32string lower = lowerFold(text::toU32(a.adjective));
        if (!lower.empty() && lower.back() == U'-') {
            lower.pop_back();
            d.combining.insert_or_assign(text::toUtf8(lower), a.place);
        } else {
            for (const std::string& stem : caseFormStems(lower))
                d.adjectives.insert_or_assign(stem, a.place);
        }
    }
    d.adjectivePrefix = 4;
    for (const auto& [stem, place] : d.adjectives)
        d.adjectivePrefix = std::min(d.adjectivePrefix, text::toU32(stem).size());
    d.adjectivePrefixBits.assign(kAdjectivePrefixBits / 64, 0);
    for (const auto& [stem, place] : d.adjectives) {
        const std::size_t bit = adjectivePrefixBit(std::u32string_view(text::toU32(stem)).substr(0, d.adjectivePrefix));
        d.adjectivePrefixBits[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
}

} // namespace

std::unordered_set<std::string> commonWordCandidates(const Catalog& catalog)
{
    std::unordered_set<std::string> out;
    for (const NameEntry& n : catalog.names)
        if (n.common != CommonWord::Keep && isOneWord(n.name))
            out.insert(text::toUtf8(lowerFold(text::toU32(n.name))));
    return out;
}

std::unique_ptr<Gazetteer::Data> buildIndex(Catalog catalog, const std::unordered_set<std::string>& commonWords)
{
    auto d = std::make_unique<Gazetteer::Data>();
    d->places = std::move(catalog.places);
    d->countryByIso = std::move(catalog.countryByIso);
    for (const NameEntry& n : catalog.names) {
        const bool oneWord = isOneWord(n.name);
        const bool common = oneWord && !isAllCaps(text::toU32(n.name))
                         && commonWords.count(text::toUtf8(lowerFold(text::toU32(n.name)))) > 0;
        if (common && n.common == CommonWord::Drop)
            continue;
        const auto keys = nameKeys(n.name);
        if (keys.empty())
            continue;
        addName(*d, keys, n.place, common && n.common == CommonWord::NotAtSentenceStart);
        if (keys.size() == 1) {
            for (auto& form : nameWordForms(text::toU32(n.name)))
                if (!d->oneWordForms.find(form))
                    d->oneWordForms.add(form, true);
        }
        addAdjHead(*d, n.name, keys, n.place);
    }
    addAdjectives(*d, catalog.adjectives);
    // Physical geography named with a country adjective: "Индийский океан", "Японское море".
    for (const std::u32string_view noun : {U"океан", U"море", U"залив", U"пролив", U"полуостров",
                                           U"нагорье", U"равнина", U"низменность", U"полушарие"})
        for (const std::string& stem : caseFormStems(noun))
            d->geographicNouns.insert(stem);
    return d;
}

std::vector<TokenInfo> describeTokens(std::u32string_view text)
{
    return describeTokens(text, text::tokens(text));
}

std::vector<TokenInfo> describeTokens(std::u32string_view text, const std::vector<text::Token>& toks)
{
    std::vector<TokenInfo> out;
    out.reserve(toks.size());
    for (const text::Token& t : toks)
        out.push_back(TokenInfo{t, t.kind == text::TokenKind::Word && startsUpper(text.substr(t.start, t.end - t.start)),
                                false, {}, nullptr, 0});
    return out;
}

const TokenKeys& keysOf(std::u32string_view text, TokenInfo& t)
{
    if (t.ownKeys)
        return t.own;
    const std::u32string_view w = text.substr(t.token.start, t.token.end - t.token.start);
    if (t.token.kind != text::TokenKind::Word) {
        t.own.stem = punctKey(w.front());
        t.ownKeys = true;
        return t.own;
    }
    if (!t.keys || tokenKeysGeneration() > t.keysGeneration + 1) {
        t.keys = &tokenKeys(w);
        t.keysGeneration = tokenKeysGeneration(); // read after the call, which may start one
    }
    return *t.keys;
}

namespace {

// Depth-first over the key alternatives of each token; prefixes prune the search. path holds
// the keys so far joined by ' ' (one buffer for the whole walk).
void walk(const Gazetteer::Data& d, std::u32string_view text, std::vector<TokenInfo>& toks, std::size_t i,
          std::size_t limit, std::string& path, NameHit& best)
{
    if (i >= limit)
        return;
    const TokenKeys& keys = keysOf(text, toks[i]);
    const std::size_t base = path.size();
    for (const std::string* key : {&keys.stem, &keys.noun, &keys.exact}) {
        if (key->empty())
            continue;
        if (base > 0)
            path += ' ';
        path += *key;
        if (const Gazetteer::Data::Node* node = d.names.find(path)) {
            if (node->place != Gazetteer::Data::kNone && (!best.node || i > best.last))
                best = NameHit{i, node};
            walk(d, text, toks, i + 1, limit, path, best);
        }
        path.resize(base);
    }
}

} // namespace

NameHit longestName(const Gazetteer::Data& d, std::u32string_view text, std::vector<TokenInfo>& toks,
                    std::size_t first)
{
    NameHit best;
    thread_local std::string path;
    path.clear();
    walk(d, text, toks, first, std::min(toks.size(), first + d.maxNameTokens), path, best);
    return best;
}

} // namespace letopis::gaz::detail

namespace letopis::gaz {

bool Gazetteer::Data::mayStartAdjective(std::u32string_view lowerWord) const
{
    if (adjectivePrefixBits.empty())
        return false;
    if (!text::isPlainRussianLower(lowerWord))
        return true; // folding may change more than endings: no filter
    if (lowerWord.size() < adjectivePrefix)
        return false;
    const std::size_t bit = detail::adjectivePrefixBit(lowerWord.substr(0, adjectivePrefix));
    return (adjectivePrefixBits[bit / 64] >> (bit % 64)) & 1;
}

} // namespace letopis::gaz
