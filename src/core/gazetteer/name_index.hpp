#pragma once
// The precomputed maps behind Gazetteer: name key sequences, adjective stems and the
// adjective + head-noun keys of regions. Built once, then only read (so find() is thread-safe).
#include "catalog.hpp"
#include "keys.hpp"

#include "letopis/text.hpp"
#include "text/string_map.hpp"

#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace letopis {
namespace gaz {

struct Gazetteer::Data {
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

    struct Node {
        std::uint32_t place = kNone;  // kNone: only a prefix of longer names
        bool notAtSentenceStart = false; // a common word too: "Того", "Чад"
    };

    std::vector<Place> places;
    std::unordered_map<std::string, std::uint32_t> countryByIso;
    text::FlatStringMap<char, Node> names;                  // word keys joined by ' ' (and prefixes)
    std::size_t maxNameTokens = 0;
    std::unordered_map<std::string, std::uint32_t> adjectives;   // stem "французск" → country
    // A filter before stemming a word to look it up in adjectives (most words are no country's
    // adjective): the first adjectivePrefix letters of every stem, hashed into a bit set. Snowball
    // only cuts endings, so a plain Russian word whose first letters are not in it has no stem
    // in adjectives.
    std::size_t adjectivePrefix = 0;
    std::vector<std::uint64_t> adjectivePrefixBits;
    bool mayStartAdjective(std::u32string_view lowerWord) const;
    std::unordered_map<std::string, std::uint32_t> combining;    // "англо" → country
    std::unordered_map<std::string, std::uint32_t> regionByAdjHead; // "московск|област" → region
    std::unordered_map<std::uint32_t, std::string> headOfRegion;    // region → "област"
    std::unordered_set<std::string> geographicNouns; // stems of "океан", "море": "Индийского океана" is no country
    text::FlatStringMap<char32_t, bool> oneWordForms; // case forms of the one-word names: what a one-word match must be
};

namespace detail {

// Builds the maps from a catalogue. commonWords: lower-case dictionary words (ё→е) that
// decide which one-word names are also ordinary words; may be empty.
std::unique_ptr<Gazetteer::Data> buildIndex(Catalog catalog,
                                            const std::unordered_set<std::string>& commonWords);

// Lower-case one-word names of the catalogue whose dictionary status matters.
std::unordered_set<std::string> commonWordCandidates(const Catalog& catalog);

// A token of the text; its keys are found on first use (most words never need them): a word's
// in the per-thread memo of tokenKeys() (looked up again if the memo has moved on since), a
// punctuation mark's ("#c" as the stem) or keys set by the caller in own.
struct TokenInfo {
    text::Token token;
    bool upper = false;
    bool ownKeys = false;
    TokenKeys own;
    const TokenKeys* keys = nullptr;
    std::uint64_t keysGeneration = 0;
};

std::vector<TokenInfo> describeTokens(std::u32string_view text);
std::vector<TokenInfo> describeTokens(std::u32string_view text, const std::vector<text::Token>& tokens);
const TokenKeys& keysOf(std::u32string_view text, TokenInfo& t);

// The longest name starting at token `first`: its last token and its node, or nothing.
struct NameHit {
    std::size_t last = 0;
    const Gazetteer::Data::Node* node = nullptr;
};
NameHit longestName(const Gazetteer::Data& d, std::u32string_view text, std::vector<TokenInfo>& toks,
                    std::size_t first);

} // namespace detail
} // namespace gaz
} // namespace letopis
