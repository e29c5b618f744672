#include "extract/context.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <set>
#include <utility>

namespace letopis::extract::detail {

bool isQuoteMark(char32_t c)
{
    return c == U'"' || c == U'«' || c == U'»' || c == U'„' || c == U'“' || c == U'”' || c == U'‟';
}

bool isDashChar(char32_t c) { return c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

namespace {

bool isSpaceLike(char32_t c) { return c == U' ' || c == U'\n' || c == U'\t' || c == 0xA0 || u_isUWhiteSpace(static_cast<UChar32>(c)); }

// text::foldForMatch of a token, without ICU for the usual case: a word of ASCII and basic
// Cyrillic (NFC leaves it as it is; the fold lowers it, ё→е, «» → ", en and em dash → -).
// Anything else (combining marks, other scripts, apostrophes) goes through foldForMatch.
std::u32string foldToken(std::u32string_view v)
{
    std::u32string out(v.size(), U' ');
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char32_t c = v[i];
        char32_t f;
        if (c >= U'A' && c <= U'Z')
            f = c + 32;
        else if (c >= 0x20 && c < 0x7F && c != U'\'')
            f = c;
        else if (c >= 0x410 && c <= 0x42F)
            f = c + 32;
        else if (c >= 0x430 && c <= 0x44F)
            f = c;
        else if (c == 0x401 || c == 0x451)
            f = 0x435;
        else if (c == 0xAB || c == 0xBB)
            f = U'"';
        else if (c == 0x2013 || c == 0x2014)
            f = U'-';
        else
            return text::foldForMatch(v);
        out[i] = f;
    }
    return out;
}

enum class QuoteRole { Open, Close, Either };

QuoteRole roleOf(std::u32string_view t, std::size_t i)
{
    const char32_t c = t[i];
    if (c == U'«' || c == U'„')
        return QuoteRole::Open;
    if (c == U'»')
        return QuoteRole::Close;
    // Straight and English quotes: decided by what stands around them.
    const bool before = i == 0 || isSpaceLike(t[i - 1]) || t[i - 1] == U'(' || t[i - 1] == U'«' || isDashChar(t[i - 1]);
    const bool after = i + 1 >= t.size() || isSpaceLike(t[i + 1]) || u_ispunct(static_cast<UChar32>(t[i + 1]));
    if (before && !after)
        return QuoteRole::Open;
    if (after && !before)
        return QuoteRole::Close;
    return QuoteRole::Either;
}

void findQuotes(std::u32string_view t, text::Span region, std::vector<Quote>& out)
{
    std::vector<std::uint32_t> stack;
    for (std::uint32_t i = region.start; i < region.end; ++i) {
        if (!isQuoteMark(t[i]))
            continue;
        QuoteRole role = roleOf(t, i);
        if (role == QuoteRole::Either) {
            // Close the innermost open straight-ish quote; open otherwise.
            role = !stack.empty() && t[stack.back()] != U'«' ? QuoteRole::Close : QuoteRole::Open;
        }
        if (role == QuoteRole::Open) {
            stack.push_back(i);
        } else if (!stack.empty()) {
            out.push_back({stack.back(), i});
            stack.pop_back();
        }
    }
}

} // namespace

Context::Context(const ParsedDocument& doc) : m_doc(doc), m_text(text::toU32(doc.text))
{
    for (const auto& p : doc.parts) {
        if (p.kind == PartKind::Title || p.kind == PartKind::Subtitle || p.kind == PartKind::Byline
            || p.kind == PartKind::Dateline)
            m_regions.push_back(p.span);
    }
    m_regions.insert(m_regions.end(), doc.body.begin(), doc.body.end());
    std::sort(m_regions.begin(), m_regions.end(), [](auto a, auto b) { return a.start < b.start; });

    // The whole text is tokenised once (the tagger and the gazetteer read the same tokens); a
    // region's words are the tokens inside it, as tokenising the region alone gives them.
    m_tokens = text::tokens(m_text);
    for (const auto& r : m_regions) {
        for (auto s : text::sentences(view(r.start, r.end)))
            m_sentences.push_back({s.start + r.start, s.end + r.start});
        auto from = std::lower_bound(m_tokens.begin(), m_tokens.end(), r.start,
                                     [](const text::Token& t, std::uint32_t v) { return t.start < v; });
        for (auto it = from; it != m_tokens.end() && it->start < r.end; ++it) {
            const auto& tok = *it;
            if (tok.end > r.end)
                break;
            Word w;
            w.start = tok.start;
            w.end = tok.end;
            w.kind = tok.kind;
            const auto v = view(tok.start, tok.end);
            w.folded = foldToken(v);
            w.capitalised = u_isupper(static_cast<UChar32>(v[0])) || u_istitle(static_cast<UChar32>(v[0]));
            bool lower = false, upper = false, latin = true;
            for (char32_t c : v) {
                if (c < 0x80) { // ASCII and Russian letters without ICU calls (the same answers)
                    lower = lower || (c >= 'a' && c <= 'z');
                    upper = upper || (c >= 'A' && c <= 'Z');
                    continue;
                }
                if (c >= 0x400 && c <= 0x45F) {
                    lower = lower || c >= 0x430;
                    upper = upper || c < 0x430;
                    latin = false;
                    continue;
                }
                lower = lower || u_islower(static_cast<UChar32>(c));
                upper = upper || u_isupper(static_cast<UChar32>(c));
                if (u_isalpha(static_cast<UChar32>(c)) && c >= 0x0250)
                    latin = false;
            }
            w.allCaps = upper && !lower;
            w.latin = latin && tok.kind == text::TokenKind::Word;
            m_wordStarts.push_back(w.start);
            m_words.push_back(std::move(w));
        }
        findQuotes(m_text, r, m_quotes);
    }
    std::sort(m_quotes.begin(), m_quotes.end(), [](const Quote& a, const Quote& b) { return a.open < b.open; });
    indexQuotes();
}

void Context::indexQuotes()
{
    // Sweep: a quote counts from its inner start to its close; the innermost is the latest opened.
    std::vector<std::pair<std::uint32_t, std::int32_t>> events; // position, index + 1 (enter) or -(index + 1) (leave)
    for (std::size_t i = 0; i < m_quotes.size(); ++i) {
        if (m_quotes[i].close <= m_quotes[i].innerStart())
            continue; // contains nothing
        const auto n = static_cast<std::int32_t>(i + 1);
        events.emplace_back(m_quotes[i].innerStart(), n);
        events.emplace_back(m_quotes[i].close, -n);
    }
    std::sort(events.begin(), events.end());
    std::set<std::pair<std::uint32_t, std::int32_t>> open; // (open, -index): the first of equal opens wins
    for (std::size_t e = 0; e < events.size();) {
        const std::uint32_t pos = events[e].first;
        for (; e < events.size() && events[e].first == pos; ++e) {
            const std::int32_t n = events[e].second;
            const auto i = static_cast<std::size_t>((n > 0 ? n : -n) - 1);
            const std::pair<std::uint32_t, std::int32_t> key{m_quotes[i].open, -static_cast<std::int32_t>(i)};
            if (n > 0)
                open.insert(key);
            else
                open.erase(key);
        }
        const std::int32_t innermost = open.empty() ? -1 : -open.rbegin()->second;
        if (m_innermostQuote.empty() || m_innermostQuote.back().second != innermost)
            m_innermostQuote.emplace_back(pos, innermost);
    }
}

std::string Context::utf8(std::uint32_t start, std::uint32_t end) const { return text::toUtf8(view(start, end)); }

int Context::sentenceAt(std::uint32_t pos) const
{
    auto it = std::upper_bound(m_sentences.begin(), m_sentences.end(), pos,
                               [](std::uint32_t p, const text::Span& s) { return p < s.start; });
    if (it == m_sentences.begin())
        return -1;
    --it;
    return pos < it->end ? static_cast<int>(it - m_sentences.begin()) : -1;
}

text::Span Context::sentenceSpan(std::uint32_t pos) const
{
    const int i = sentenceAt(pos);
    return i < 0 ? text::Span{pos, pos} : m_sentences[static_cast<std::size_t>(i)];
}

std::size_t Context::wordAt(std::uint32_t pos) const
{
    return static_cast<std::size_t>(std::lower_bound(m_wordStarts.begin(), m_wordStarts.end(), pos)
                                    - m_wordStarts.begin());
}

const Quote* Context::quoteAt(std::uint32_t pos) const
{
    auto it = std::upper_bound(m_innermostQuote.begin(), m_innermostQuote.end(), pos,
                               [](std::uint32_t p, const auto& change) { return p < change.first; });
    if (it == m_innermostQuote.begin() || (--it)->second < 0)
        return nullptr;
    return &m_quotes[static_cast<std::size_t>(it->second)];
}

bool Context::usable(std::uint32_t start, std::uint32_t end) const
{
    for (const auto& r : m_regions) {
        if (r.start <= start && end <= r.end)
            return true;
    }
    return false;
}

} // namespace letopis::extract::detail
