#pragma once
// Feature extraction for the NER tagger. Features are 64-bit hashes, never strings: a document
// is tokenised once, each token gets a few hashed attributes (lower-cased form, stem, shape,
// affixes, flags), and every feature is a mix of a template id with attributes of the token and
// its neighbours. The same code runs at training and at tagging time.
#include "letopis/text.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sb_stemmer;

namespace letopis::gaz {
class Gazetteer;
struct Match;
}

namespace letopis::ner::detail {

inline constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
}

// Never 0: the weight table uses 0 for an empty slot.
inline constexpr std::uint64_t finish(std::uint64_t h) { return h ? h : 1; }

enum TokenFlag : std::uint16_t {
    kCap = 1 << 0,         // first letter upper case
    kAllCaps = 1 << 1,     // two or more letters, all upper case
    kDigit = 1 << 2,
    kInQuotes = 1 << 3,    // between an opening and a closing quotation mark
    kSentStart = 1 << 4,
    kPunct = 1 << 5,
    kOpenQuote = 1 << 6,
    kCloseQuote = 1 << 7,
    kHyphen = 1 << 8,
    kLatin = 1 << 9,
    kMidCapElsewhere = 1 << 10, // the same word is capitalised mid-sentence elsewhere in the document
};

struct TokenAttrs {
    std::uint64_t lower = 0;
    std::uint64_t stem = 0;
    std::uint64_t shape = 0;
    std::array<std::uint64_t, 4> prefix{};
    std::array<std::uint64_t, 4> suffix{};
    std::uint16_t flags = 0;
    std::uint64_t gaz = 0;         // gazetteer match: kind, adjective, first or inner token; 0 none
    std::uint64_t quoteHead = 0;   // inside quotes: the word before the opening quote ("компания")
    std::uint64_t hyphenFirst = 0; // a hyphenated word's first and last parts ("буэнос", "айрес")
    std::uint64_t hyphenLast = 0;
    // No entity runs on into this token (decoding forbids I- labels here): it follows a line
    // break, or it ends a sentence (". " after a word of four letters or more) or follows such an end.
    bool boundary = false;
    // Run of capitalised words: its length (1..4+) and the position in it (first, last, inner).
    std::uint32_t capRun = 0, capPos = 0;
    // The stem of the nearest capitalised word before this one in the same stretch without
    // punctuation (at most six words back), and how far it is (1..4+); 0 none.
    std::uint64_t anchor = 0;
    std::uint32_t anchorDistance = 0;
    // Inside quotes: the length of the quoted stretch (1..5+) and the position in it.
    std::uint32_t quoteLength = 0, quotePos = 0;
};

inline constexpr std::size_t kStaticFeatures = 54;

// A tokenised document with its attributes and static features (kStaticFeatures per token).
struct FeaturedDoc {
    std::vector<text::Token> tokens;
    std::vector<TokenAttrs> attrs;
    std::vector<std::uint64_t> features; // tokens.size() * kStaticFeatures
};

// Reusable per-thread state (the Snowball stemmer is not thread-safe).
class Featurizer final {
public:
    Featurizer();
    ~Featurizer();
    Featurizer(const Featurizer&) = delete;
    Featurizer& operator=(const Featurizer&) = delete;

    // gazetteer may be null: the gazetteer features are then absent.
    void run(std::u32string_view text, FeaturedDoc& out, const gaz::Gazetteer* gazetteer);
    // The same with the gazetteer's matches of text already found (gazetteer.find(text)).
    void run(std::u32string_view text, const std::vector<text::Token>& tokens, FeaturedDoc& out,
             const gaz::Gazetteer* gazetteer, const std::vector<gaz::Match>& places);

private:
    void gazetteerAttributes(const gaz::Gazetteer& gazetteer, const std::vector<gaz::Match>& places,
                             FeaturedDoc& doc) const;
    std::uint64_t stemHash(std::u32string_view lower);
    std::uint64_t computeStemHash(std::u32string_view lower);
    void attributes(std::u32string_view text, FeaturedDoc& doc);
    static void runAttributes(FeaturedDoc& doc);
    void staticFeatures(FeaturedDoc& doc) const;

    sb_stemmer* m_stemmer = nullptr;
    std::string m_utf8;
    std::u32string m_lower;
    static constexpr std::size_t kStemMemo = 65536; // a power of two
    std::vector<std::pair<std::uint64_t, std::uint64_t>> m_stems; // word hash -> stem hash; key 0: empty
};

// Label-bigram features of a layer: moving from label prev into the current token's label, alone
// (token-independent) and with the current token's shape. Their rows hold the current label.
inline std::uint64_t transitionKey(std::uint32_t layer, std::uint32_t prev)
{
    return finish(mix(mix(0x7A4E00 + layer, prev), 1));
}
inline std::uint64_t transitionShapeKey(std::uint32_t layer, std::uint32_t prev, std::uint64_t shape)
{
    return finish(mix(mix(mix(0x7A4E00 + layer, prev), shape), 2));
}

} // namespace letopis::ner::detail
