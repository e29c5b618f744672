#include "ner/features.hpp"

#include "letopis/gazetteer.hpp"
#include "letopis/store.hpp"

#include <libstemmer.h>
#include <unicode/uchar.h>

#include <algorithm>

namespace letopis::ner::detail {
namespace {

constexpr std::uint64_t kFnvBasis = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

std::uint64_t hashRange(std::u32string_view s, std::uint64_t seed)
{
    std::uint64_t h = kFnvBasis ^ seed;
    for (char32_t c : s) {
        h ^= c;
        h *= kFnvPrime;
    }
    return mix(h, seed);
}

char32_t lowerOf(char32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c == 0x401 || c == 0x451)
        return 0x435; // ё, Ё -> е
    if (c >= 0x430 && c <= 0x44F)
        return c;
    return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

bool isUpper(char32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    if (c >= 0x400 && c <= 0x42F)
        return true;
    if (c >= 0x430 && c <= 0x45F)
        return false;
    return u_isupper(static_cast<UChar32>(c));
}

// u_isalpha with the Latin and Russian letters answered first (the same answers, no ICU call).
bool isAlpha(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if ((c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451)
        return true;
    return u_isalpha(static_cast<UChar32>(c));
}

bool isCyrillic(char32_t c) { return c >= 0x400 && c <= 0x4FF; }
bool isLatin(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool isOpeningQuote(char32_t c) { return c == U'«' || c == U'„' || c == U'‹'; }
bool isClosingQuote(char32_t c) { return c == U'»' || c == U'›' || c == U'”'; }
bool isAmbiguousQuote(char32_t c) { return c == U'"' || c == U'“' || c == U'\''; }

char32_t shapeClass(char32_t c)
{
    if (c >= '0' && c <= '9')
        return 'd';
    if (isUpper(c))
        return 'X';
    if (isAlpha(c))
        return 'x';
    if (c == U'—' || c == U'–' || c == U'‑')
        return '-';
    if (isOpeningQuote(c) || isClosingQuote(c) || isAmbiguousQuote(c))
        return '"';
    return c;
}

std::uint64_t shapeHash(std::u32string_view word)
{
    std::uint64_t h = kFnvBasis;
    char32_t last = 0;
    int n = 0;
    for (char32_t c : word) {
        const char32_t k = shapeClass(c);
        if (k == last)
            continue;
        last = k;
        h = (h ^ k) * kFnvPrime;
        if (++n == 8)
            break;
    }
    const std::uint64_t lengthBucket = word.size() <= 3 ? word.size() : (word.size() <= 6 ? 4 : 5);
    return mix(h, lengthBucket);
}

// A full stop (! ? …) followed by a space that ends a word of four letters or more ends a
// sentence; shorter words before it are initials and abbreviations ("Дж. Буш", "г.", "им.").
bool endsSentence(std::u32string_view text, const std::vector<text::Token>& toks, std::size_t t)
{
    const auto& tok = toks[t];
    if (tok.end != tok.start + 1 || t == 0)
        return false;
    const char32_t c = text[tok.start];
    if (c != '.' && c != '!' && c != '?' && c != U'…')
        return false;
    if (tok.end < text.size() && !u_isspace(static_cast<UChar32>(text[tok.end])))
        return false;
    const auto& word = toks[t - 1];
    if (word.end != tok.start)
        return false;
    // After a closing quote or bracket: "…нейросетью «Яндекса». Лёша Тихонов".
    const char32_t before = text[word.start];
    if (word.end == word.start + 1 && (isClosingQuote(before) || before == ')'))
        return true;
    if (word.end - word.start < 4)
        return false;
    for (std::uint32_t k = word.start; k < word.end; ++k)
        if (!isAlpha(text[k]))
            return false;
    return true;
}

// Sentinels for positions before the first and after the last token.
TokenAttrs sentinel(std::uint64_t seed)
{
    TokenAttrs a;
    a.lower = a.stem = a.shape = mix(seed, 1);
    a.prefix.fill(mix(seed, 2));
    a.suffix.fill(mix(seed, 3));
    a.flags = 0xFFFF;
    return a;
}

const TokenAttrs kBos = sentinel(0xB05);
const TokenAttrs kEos = sentinel(0xE05);

} // namespace

Featurizer::Featurizer() : m_stemmer(sb_stemmer_new("russian", "UTF_8")), m_stems(kStemMemo) {}

Featurizer::~Featurizer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

std::uint64_t Featurizer::stemHash(std::u32string_view lower)
{
    // Snowball is a pure function of the word and news repeat their words: a direct-mapped memo
    // keyed by a 64-bit hash of the word saves most stemmer calls.
    const std::uint64_t key = finish(hashRange(lower, 0x5A));
    auto& memo = m_stems[key & (m_stems.size() - 1)];
    if (memo.first == key)
        return memo.second;
    memo = {key, computeStemHash(lower)};
    return memo.second;
}

std::uint64_t Featurizer::computeStemHash(std::u32string_view lower)
{
    // A word of plain Russian letters that the gazetteer has stemmed already (the capitalised
    // ones): the store's per-thread stem is Snowball's.
    const std::string* known = nullptr;
    if (m_stemmer && text::isPlainRussianLower(lower))
        known = store::rememberedStemForIndex(lower);
    if (known) {
        std::uint64_t h = kFnvBasis;
        for (const char c : *known)
            h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
        return mix(h, 0x57E);
    }
    m_utf8.clear();
    for (char32_t c : lower) {
        if (c < 0x80) {
            m_utf8.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            m_utf8.push_back(static_cast<char>(0xC0 | (c >> 6)));
            m_utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            return hashRange(lower, 0x57E); // no Russian word needs 3-byte UTF-8
        }
    }
    const sb_symbol* out = m_stemmer ? sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(m_utf8.data()),
                                                         static_cast<int>(m_utf8.size()))
                                     : nullptr;
    if (!out)
        return hashRange(lower, 0x57E);
    const auto len = static_cast<std::size_t>(sb_stemmer_length(m_stemmer));
    std::uint64_t h = kFnvBasis;
    for (std::size_t i = 0; i < len; ++i)
        h = (h ^ out[i]) * kFnvPrime;
    return mix(h, 0x57E);
}

void Featurizer::attributes(std::u32string_view text, FeaturedDoc& doc)
{
    const auto& toks = doc.tokens;
    doc.attrs.assign(toks.size(), TokenAttrs{});
    m_lower.resize(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        m_lower[i] = lowerOf(text[i]);
    bool inQuotes = false;
    std::uint64_t quoteHead = 0;
    for (std::size_t t = 0; t < toks.size(); ++t) {
        const auto& tok = toks[t];
        auto& a = doc.attrs[t];
        const std::u32string_view word = text.substr(tok.start, tok.end - tok.start);
        const std::u32string_view low = std::u32string_view(m_lower).substr(tok.start, tok.end - tok.start);
        a.lower = hashRange(low, 0x10);
        a.shape = shapeHash(word);
        for (std::size_t k = 0; k < 4; ++k) {
            const std::size_t n = std::min(k + 1, low.size());
            a.prefix[k] = hashRange(low.substr(0, n), 0x20 + k);
            a.suffix[k] = hashRange(low.substr(low.size() - n), 0x30 + k);
        }
        std::uint16_t f = 0;
        std::size_t upper = 0, letters = 0;
        bool cyr = false;
        for (char32_t c : word) {
            if (c >= '0' && c <= '9')
                f |= kDigit;
            else if (c == '-')
                f |= kHyphen;
            if (isLatin(c))
                f |= kLatin;
            cyr = cyr || isCyrillic(c);
            if (isAlpha(c)) {
                ++letters;
                upper += isUpper(c) ? 1 : 0;
            }
        }
        if (!word.empty() && isUpper(word.front()))
            f |= kCap;
        if (letters >= 2 && upper == letters)
            f |= kAllCaps;
        if (tok.kind == text::TokenKind::Punct || tok.kind == text::TokenKind::Symbol)
            f |= kPunct;
        const char32_t c0 = word.empty() ? 0 : word.front();
        if (word.size() == 1 && (isOpeningQuote(c0) || (isAmbiguousQuote(c0) && !inQuotes))) {
            f |= kOpenQuote;
            inQuotes = true;
        } else if (word.size() == 1 && (isClosingQuote(c0) || (isAmbiguousQuote(c0) && inQuotes))) {
            f |= kCloseQuote;
            inQuotes = false;
        } else if (inQuotes) {
            f |= kInQuotes;
        }
        // A sentence starts after . ! ? … or a line break (headlines, datelines).
        bool start = t == 0;
        if (t > 0) {
            const auto& prev = toks[t - 1];
            const char32_t p = text[prev.end - 1];
            start = p == '.' || p == '!' || p == '?' || p == U'…';
            bool lineBreak = false;
            for (std::uint32_t k = prev.end; k < tok.start && !lineBreak; ++k)
                lineBreak = text[k] == '\n';
            start = start || lineBreak;
            a.boundary = lineBreak || (doc.attrs[t - 1].boundary && endsSentence(text, toks, t - 1));
        }
        if (endsSentence(text, toks, t) && !inQuotes)
            a.boundary = true;
        if (start)
            f |= kSentStart;
        a.flags = f;
        a.stem = cyr ? stemHash(low) : mix(a.lower, 0x57E);
        if ((f & kHyphen) && low.size() > 2) {
            const auto first = low.find(U'-'), last = low.rfind(U'-');
            a.hyphenFirst = hashRange(low.substr(0, first), 0x40);
            a.hyphenLast = cyr ? stemHash(low.substr(last + 1)) : hashRange(low.substr(last + 1), 0x41);
        }
        if (f & kOpenQuote)
            quoteHead = t > 0 ? doc.attrs[t - 1].lower : 0;
        if (f & kInQuotes)
            a.quoteHead = mix(quoteHead, 0x42);
    }
    runAttributes(doc);
    // Words capitalised mid-sentence somewhere are names; that helps their sentence-initial uses.
    std::vector<std::uint64_t> midCap;
    for (const auto& a : doc.attrs)
        if ((a.flags & kCap) && !(a.flags & kSentStart) && !(a.flags & kAllCaps))
            midCap.push_back(a.lower);
    std::sort(midCap.begin(), midCap.end());
    for (auto& a : doc.attrs)
        if (std::binary_search(midCap.begin(), midCap.end(), a.lower))
            a.flags |= kMidCapElsewhere;
}

// Runs of capitalised words, quoted stretches and the capitalised head of a name (see TokenAttrs).
void Featurizer::runAttributes(FeaturedDoc& doc)
{
    auto& attrs = doc.attrs;
    const std::size_t n = attrs.size();
    const auto cap = [&](std::size_t t) { return (attrs[t].flags & (kCap | kPunct)) == kCap; };
    for (std::size_t t = 0; t < n;) {
        std::size_t e = t;
        while (e < n && cap(e))
            ++e;
        const std::size_t len = e - t;
        for (std::size_t k = t; k < e; ++k) {
            attrs[k].capRun = std::min<std::size_t>(len, 4);
            attrs[k].capPos = k == t ? 1 : (k + 1 == e ? 2 : 3);
        }
        t = e == t ? t + 1 : e;
    }
    std::uint64_t anchor = 0;
    std::uint32_t distance = 0;
    for (std::size_t t = 0; t < n; ++t) {
        auto& a = attrs[t];
        if (a.flags & (kPunct | kSentStart))
            anchor = 0;
        a.anchor = anchor ? mix(anchor, 0xA7) : 0;
        a.anchorDistance = anchor ? std::min<std::uint32_t>(distance, 4) : 0;
        ++distance;
        if (cap(t)) {
            anchor = a.stem;
            distance = 1;
        } else if (anchor && distance > 6) {
            anchor = 0;
        }
    }
    for (std::size_t t = 0; t < n;) {
        if (!(attrs[t].flags & kInQuotes)) {
            ++t;
            continue;
        }
        std::size_t e = t;
        while (e < n && (attrs[e].flags & kInQuotes))
            ++e;
        const std::size_t len = std::min<std::size_t>(e - t, 5);
        for (std::size_t k = t; k < e; ++k) {
            attrs[k].quoteLength = len;
            attrs[k].quotePos = k == t ? 1 : (k + 1 == e ? 2 : 3);
        }
        t = e;
    }
}

void Featurizer::staticFeatures(FeaturedDoc& doc) const
{
    const std::size_t n = doc.tokens.size();
    doc.features.resize(n * kStaticFeatures);
    const auto at = [&](std::ptrdiff_t i) -> const TokenAttrs& {
        if (i < 0)
            return kBos;
        if (i >= static_cast<std::ptrdiff_t>(n))
            return kEos;
        return doc.attrs[static_cast<std::size_t>(i)];
    };
    for (std::size_t t = 0; t < n; ++t) {
        const auto i = static_cast<std::ptrdiff_t>(t);
        const TokenAttrs& w = at(i);
        const TokenAttrs& p1 = at(i - 1);
        const TokenAttrs& p2 = at(i - 2);
        const TokenAttrs& n1 = at(i + 1);
        const TokenAttrs& n2 = at(i + 2);
        std::uint64_t* f = &doc.features[t * kStaticFeatures];
        std::size_t k = 0;
        const auto put = [&](std::uint64_t h) { f[k] = finish(mix(h, k)); ++k; };
        put(0);
        put(w.lower);
        put(w.stem);
        put(w.shape);
        for (auto h : w.prefix)
            put(h);
        for (auto h : w.suffix)
            put(h);
        put(p1.lower);
        put(n1.lower);
        put(p2.lower);
        put(n2.lower);
        put(p1.stem);
        put(n1.stem);
        put(p2.stem);
        put(n2.stem);
        put(p1.shape);
        put(n1.shape);
        put(p1.suffix[2]);
        put(n1.suffix[2]);
        put(mix(p1.lower, w.lower));
        put(mix(w.lower, n1.lower));
        put(mix(p1.stem, w.stem));
        put(mix(w.stem, n1.stem));
        put(mix(mix(p1.shape, w.shape), n1.shape));
        put(w.flags);
        put(mix(p1.flags, w.flags));
        put(mix(w.flags, n1.flags));
        put(mix(w.suffix[1], w.flags));
        put(mix(p1.stem, w.shape));
        put(mix(w.shape, n1.stem));
        put(mix(p2.stem, p1.stem));
        put(mix(p1.lower, n1.lower));
        put(mix(w.stem, at(i - 3).stem));
        put(mix(w.stem, at(i + 3).stem));
        // Position in a run of capitalised words: first, inside, last, alone.
        const auto cap = [](const TokenAttrs& a) { return (a.flags & (kCap | kPunct)) == kCap; };
        put(mix(mix(cap(p1), cap(w)), mix(cap(n1), w.suffix[1])));
        put(w.gaz);
        put(p1.gaz);
        put(n1.gaz);
        put(mix(w.gaz, w.suffix[1]));
        put(w.quoteHead);
        put(w.hyphenFirst);
        put(w.hyphenLast);
        put(mix(mix(p1.lower, w.lower), n1.lower));
        // Length of the run of capitalised words and the position in it (long names).
        put(mix(mix(w.capRun, w.capPos), w.flags & (kCap | kInQuotes)));
        // The nearest capitalised word before, in the same stretch without punctuation: the head
        // of a long name ("Министерства связи и массовых коммуникаций").
        put(mix(w.anchor, w.anchorDistance));
        put(mix(w.anchor, w.suffix[1]));
        // Inside quotes: the position in the quoted stretch and its length.
        put(mix(mix(w.quotePos, w.quoteLength), w.quoteHead));
        put(mix(p2.gaz, n2.gaz));
        put(mix(w.lower, n1.flags & (kCap | kPunct | kOpenQuote)));
    }
}

// Tokens covered by a gazetteer match get its kind (country, city, region; name or adjective) and
// whether they start it; the first of overlapping matches wins.
void Featurizer::gazetteerAttributes(const gaz::Gazetteer& gazetteer, const std::vector<gaz::Match>& places,
                                     FeaturedDoc& doc) const
{
    const auto& toks = doc.tokens;
    for (const auto& m : places) {
        // The model knows countries, cities and regions; areas came later and are left to the
        // rules after the tagger (an unseen kind would take away what "no match" taught it).
        if (gazetteer.place(m.place).kind == gaz::PlaceKind::Area)
            continue;
        const auto kind = static_cast<std::uint64_t>(gazetteer.place(m.place).kind) * 2 + (m.adjective ? 1 : 0);
        auto t = std::lower_bound(toks.begin(), toks.end(), m.start,
                                  [](const text::Token& tok, std::uint32_t v) { return tok.end <= v; });
        for (bool first = true; t != toks.end() && t->start < m.end; ++t, first = false) {
            auto& a = doc.attrs[static_cast<std::size_t>(t - toks.begin())];
            if (a.gaz == 0)
                a.gaz = mix(0x6A2 + kind, first ? 1 : 2);
        }
    }
}

void Featurizer::run(std::u32string_view text, FeaturedDoc& out, const gaz::Gazetteer* gazetteer)
{
    out.tokens = text::tokens(text);
    attributes(text, out);
    if (gazetteer)
        gazetteerAttributes(*gazetteer, gazetteer->find(text, out.tokens), out);
    staticFeatures(out);
}

void Featurizer::run(std::u32string_view text, const std::vector<text::Token>& tokens, FeaturedDoc& out,
                     const gaz::Gazetteer* gazetteer, const std::vector<gaz::Match>& places)
{
    out.tokens = tokens;
    attributes(text, out);
    if (gazetteer)
        gazetteerAttributes(*gazetteer, places, out);
    staticFeatures(out);
}

} // namespace letopis::ner::detail
