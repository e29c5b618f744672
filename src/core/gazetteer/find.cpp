// Gazetteer::find and countryCode: matching over the precomputed maps.
#include "name_index.hpp"

#include <algorithm>

namespace letopis::gaz {
namespace {

using detail::TokenInfo;
using Data = Gazetteer::Data;

bool sentenceInitial(std::u32string_view text, const std::vector<TokenInfo>& toks, std::size_t i)
{
    while (i > 0) {
        const TokenInfo& prev = toks[i - 1];
        const std::u32string_view gap = text.substr(prev.token.end, toks[i].token.start - prev.token.end);
        if (gap.find(U'\n') != std::u32string_view::npos)
            return true;
        if (prev.token.kind == text::TokenKind::Word || prev.token.kind == text::TokenKind::Number)
            return false;
        const char32_t c = text[prev.token.start];
        if (std::u32string_view(U".!?…").find(c) != std::u32string_view::npos)
            return true;
        if (std::u32string_view(U"\"«„“(-–—").find(c) == std::u32string_view::npos)
            return false;
        --i;
    }
    return true;
}

std::uint32_t lookup(const std::unordered_map<std::string, std::uint32_t>& m, const std::string& key)
{
    const auto it = m.find(key);
    return it == m.end() ? Data::kNone : it->second;
}

// The country of a first part of a compound adjective: "российско", "американо", "англо".
std::uint32_t combiningCountry(const Data& d, std::u32string_view part)
{
    const std::string whole = text::toUtf8(part);
    if (const auto c = lookup(d.combining, whole); c != Data::kNone)
        return c;
    if (part.size() < 3 || (part.back() != U'о' && part.back() != U'е'))
        return Data::kNone;
    const std::string base = text::toUtf8(part.substr(0, part.size() - 1));
    if (const auto c = lookup(d.adjectives, base); c != Data::kNone)
        return c;
    return lookup(d.adjectives, base + "ск");
}

// Countries of a country adjective, one per part of a compound ("российско-китайский" → RU, CN);
// empty unless every part is one ("Южно-Китайского" → none).
std::vector<std::uint32_t> adjectiveCountries(const Data& d, std::u32string_view word)
{
    thread_local std::u32string lower; // most words are no adjective: no allocation for them
    detail::lowerFold(word, lower);
    if (!detail::mayBeAdjective(lower))
        return {};
    std::vector<std::uint32_t> out;
    std::size_t from = 0;
    for (auto dash = lower.find(U'-'); dash != std::u32string::npos; dash = lower.find(U'-', from)) {
        const auto c = combiningCountry(d, std::u32string_view(lower).substr(from, dash - from));
        if (c == Data::kNone)
            return {};
        out.push_back(c);
        from = dash + 1;
    }
    const std::u32string_view lastPart = std::u32string_view(lower).substr(from);
    if (!d.mayStartAdjective(lastPart))
        return {};
    const auto last = lookup(d.adjectives, detail::stemOf(lastPart));
    if (last == Data::kNone)
        return {};
    out.push_back(last);
    return out;
}

bool isConjunction(std::u32string_view text, const TokenInfo& t)
{
    if (t.token.kind == text::TokenKind::Punct)
        return text[t.token.start] == U',';
    const auto w = text.substr(t.token.start, t.token.end - t.token.start);
    return w == U"и" || w == U"или";
}

// "Московской, Челябинской и Нижегородской областей": after "Нижегородской областей" matched,
// the adjectives before it that name regions with the same head noun are regions too.
void sharedHeadRegions(const Data& d, std::u32string_view text, std::vector<TokenInfo>& toks,
                       std::size_t first, std::uint32_t region, std::vector<Match>& out)
{
    const auto head = d.headOfRegion.find(region);
    if (head == d.headOfRegion.end())
        return;
    std::size_t i = first; // the leftmost region word so far
    while (true) {
        std::size_t j = i;
        int separators = 0; // "," or "и" or ", и"
        while (j > 0 && separators < 2 && isConjunction(text, toks[j - 1])) {
            --j;
            ++separators;
        }
        if (separators == 0 || j == 0)
            return;
        TokenInfo& adjective = toks[j - 1];
        if (adjective.token.kind != text::TokenKind::Word || !adjective.upper)
            return;
        const auto place = lookup(d.regionByAdjHead, detail::keysOf(text, adjective).stem + "|" + head->second);
        if (place == Data::kNone)
            return;
        out.push_back(Match{adjective.token.start, adjective.token.end, place, false});
        i = j - 1;
    }
}

// A one-word city or region right before another capitalised word is more likely a given name:
// "София Ротару", "Лима Иванова" (countries are exempt: "Россия Сегодня" is rarer than "Чили").
bool looksLikePersonName(const Data& d, std::u32string_view text, const std::vector<TokenInfo>& toks,
                         std::size_t i, std::uint32_t place)
{
    if (d.places[place].kind == PlaceKind::Country || i + 1 >= toks.size())
        return false;
    if (i > 0) { // "в Москве Владимир Путин": after a preposition of place it is the place
        static constexpr std::u32string_view kPrepositions[] = {U"в", U"во", U"из", U"на", U"к", U"ко",
                                                               U"до", U"от", U"под", U"около", U"через"};
        const auto prev = text.substr(toks[i - 1].token.start, toks[i - 1].token.end - toks[i - 1].token.start);
        if (std::find(std::begin(kPrepositions), std::end(kPrepositions), prev) != std::end(kPrepositions))
            return false;
    }
    const TokenInfo& next = toks[i + 1];
    const auto gap = text.substr(toks[i].token.end, next.token.start - toks[i].token.end);
    const auto nextWord = text.substr(next.token.start, next.token.end - next.token.start);
    return next.upper && !gap.empty() && gap.find_first_not_of(U' ') == std::u32string_view::npos
        && !detail::isAllCaps(nextWord);
}

} // namespace

std::vector<Match> Gazetteer::find(std::u32string_view text) const
{
    return find(text, text::tokens(text));
}

std::vector<Match> Gazetteer::find(std::u32string_view text, const std::vector<text::Token>& tokens) const
{
    const Data& d = *m_data;
    auto toks = detail::describeTokens(text, tokens);
    std::vector<Match> out;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        if (toks[i].token.kind != text::TokenKind::Word)
            continue;
        if (toks[i].upper) {
            const auto hit = detail::longestName(d, text, toks, i);
            // One word matched by its stem must also be one of the name's case forms: "Данная"
            // shares the stem of "Дания", "Самым" that of "Самоа".
            const auto word = text.substr(toks[i].token.start, toks[i].token.end - toks[i].token.start);
            const bool formOk = !hit.node || hit.last != i || detail::isAllCaps(word)
                || d.oneWordForms.find(detail::lowerFold(word)) != nullptr;
            if (hit.node && formOk && !(hit.node->notAtSentenceStart && sentenceInitial(text, toks, i))
                && !(hit.last == i && looksLikePersonName(d, text, toks, i, hit.node->place))) {
                out.push_back(Match{toks[i].token.start, toks[hit.last].token.end, hit.node->place, false});
                if (d.places[hit.node->place].kind == PlaceKind::Region)
                    sharedHeadRegions(d, text, toks, i, hit.node->place, out);
                i = hit.last;
                continue;
            }
        }
        const auto word = text.substr(toks[i].token.start, toks[i].token.end - toks[i].token.start);
        const auto countries = adjectiveCountries(d, word);
        if (countries.empty()
            || (i + 1 < toks.size() && toks[i + 1].token.kind == text::TokenKind::Word
                && d.geographicNouns.count(detail::keysOf(text, toks[i + 1]).stem)))
            continue;
        for (std::uint32_t country : countries)
            out.push_back(Match{toks[i].token.start, toks[i].token.end, country, true});
    }
    std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.start < b.start; });
    return out;
}

std::optional<std::string> Gazetteer::countryCode(std::string_view name) const
{
    const Data& d = *m_data;
    if (name.size() == 2 && d.countryByIso.count(std::string(name)))
        return std::string(name);
    const std::u32string u = text::toU32(name);
    auto toks = detail::describeTokens(u);
    if (toks.empty())
        return std::nullopt;
    for (TokenInfo& t : toks) { // any case: "рф" as well as "РФ"
        if (t.token.kind == text::TokenKind::Word && detail::keysOf(u, t).exact.empty()) {
            t.own = detail::keysOf(u, t);
            t.own.exact = detail::exactKey(detail::lowerFold(u.substr(t.token.start, t.token.end - t.token.start)));
            t.ownKeys = true;
        }
    }
    const auto hit = detail::longestName(d, u, toks, 0);
    if (hit.node && hit.last + 1 == toks.size() && d.places[hit.node->place].kind == PlaceKind::Country)
        return d.places[hit.node->place].country;
    if (toks.size() == 1) {
        const auto adj = adjectiveCountries(d, u);
        if (adj.size() == 1)
            return d.places[adj.front()].country;
    }
    return std::nullopt;
}

} // namespace letopis::gaz
