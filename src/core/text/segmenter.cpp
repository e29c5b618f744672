// Sentences: ICU's sentence boundaries corrected for Russian text.
#include "letopis/text.hpp"
#include "text/icu_support.hpp"
#include "text/sentence_rules.hpp"

#include <algorithm>

namespace letopis::text {
namespace {

using namespace detail;

struct Gap {
    std::size_t begin = 0;      // where the whitespace before a position starts
    std::size_t lineBreaks = 0; // CRLF counts once
};

Gap gapBefore(std::u32string_view text, std::size_t p) {
    Gap g{p, 0};
    while (g.begin > 0 && (isBlank(text[g.begin - 1]) || isLineBreak(text[g.begin - 1]))) {
        const char32_t c = text[g.begin - 1];
        if (isLineBreak(c) && !(c == U'\r' && g.begin < text.size() && text[g.begin] == U'\n')) ++g.lineBreaks;
        --g.begin;
    }
    return g;
}

// Index of the terminator that the text before `end` finishes with (closing quotes skipped), or npos.
std::size_t terminatorBefore(std::u32string_view text, std::size_t end) {
    while (end > 0 && isClosing(text[end - 1])) --end;
    return end > 0 && isTerminator(text[end - 1]) ? end - 1 : std::u32string_view::npos;
}

// A single line break ends a sentence unless the next line visibly continues it.
bool lineBreakEndsSentence(std::u32string_view text, std::size_t prevEnd, std::size_t next) {
    if (terminatorBefore(text, prevEnd) != std::u32string_view::npos) return true;
    std::size_t f = next;
    while (f < text.size() && isOpening(text[f])) ++f;
    if (f < text.size() && isLowerLetter(text[f])) return false;
    const char32_t last = text[prevEnd - 1];
    if (last == U',') return false;
    if (isDashLike(last) && prevEnd >= 2 && isLetter(text[prevEnd - 2])) return false; // a word split across lines
    if (f < text.size() && isDigit(text[f])) {
        std::size_t d = f;
        while (d < text.size() && isDigit(text[d])) ++d;
        const bool listItem = d + 1 < text.size() && (text[d] == U'.' || text[d] == U')') && isBlank(text[d + 1]);
        return listItem || !isLetter(last); // "состоится\n7 июля" goes on, "\n2. Пункт" does not
    }
    return true;
}

// A straight quote opens a quotation when an even number of them precede it on its line (looking
// back a bounded distance, so that huge one-line files stay linear).
bool straightQuoteOpens(std::u32string_view text, std::size_t k) {
    constexpr std::size_t kLookBack = 2000;
    std::size_t count = 0;
    for (std::size_t i = k; i > 0 && k - i < kLookBack && !isLineBreak(text[i - 1]); --i) count += text[i - 1] == U'"';
    return count % 2 == 0;
}

// "слово."Слово": the quote after the terminator opens the next sentence.
bool gluedOpeningQuote(std::u32string_view text, std::size_t k) {
    return text[k] == U'"' && k + 1 < text.size() && (isLetter(text[k + 1]) || isDigit(text[k + 1]))
           && straightQuoteOpens(text, k);
}

bool isEllipsis(std::u32string_view text, std::size_t last) {
    return text[last] == 0x2026 || (text[last] == U'.' && last > 0 && text[last - 1] == U'.');
}

// Whether the full stop (or other terminator) at `t` really ends a sentence before `next`.
bool terminatorEnds(std::u32string_view text, std::size_t t, std::size_t next, const std::vector<bool>& quoted) {
    if (!quoted.empty() && quoted[t] && next < text.size() && quoted[next]) return false;
    if (text[t] != U'.' || isEllipsis(text, t)) return true;
    switch (classifyDot(text, t)) {
    case DotKind::Plain: return true;
    case DotKind::Postfix: return startsUpper(text, next);
    case DotKind::Prefix:
    case DotKind::Initial:
    case DotKind::Enumerator: return false;
    }
    return true;
}

// Decides a boundary proposed at `p` (the first character of the next sentence).
bool keepBoundary(std::u32string_view text, std::size_t p, const std::vector<bool>& quoted) {
    const Gap g = gapBefore(text, p);
    if (g.begin == 0) return false;
    if (g.lineBreaks >= 2) return true; // a blank line
    if (g.lineBreaks == 1) return lineBreakEndsSentence(text, g.begin, p);
    if (g.begin == p && p >= 2 && isTerminator(text[p - 2]) && gluedOpeningQuote(text, p - 1))
        return false; // ICU took the opening quote for a closing one; missedBoundary() cuts before it
    const std::size_t t = terminatorBefore(text, g.begin);
    if (t == std::u32string_view::npos) return true; // ICU's own reason
    return terminatorEnds(text, t, p, quoted);
}

// Boundaries ICU misses: "слово.Слово" (glued), "слово. - Слово" (direct speech after a dash),
// "слово… Слово", "слово. 7 июля" (a sentence starting with a number).
// Returns the start of the next sentence or npos.
std::size_t missedBoundary(std::u32string_view text, std::size_t runStart, std::size_t last,
                           const std::vector<bool>& quoted) {
    const std::size_t n = text.size();
    if (runStart == 0 || isBlank(text[runStart - 1]) || isLineBreak(text[runStart - 1])) return std::u32string_view::npos;
    std::size_t k = last + 1;
    // Closing quotes and brackets stay with the sentence; a straight quote right before a
    // letter or digit opens the next one ("слово."Слово").
    while (k < n && isClosing(text[k]) && !gluedOpeningQuote(text, k)) ++k;
    std::size_t sp = k;
    while (sp < n && isBlank(text[sp])) ++sp;
    if (sp >= n || isLineBreak(text[sp])) return std::u32string_view::npos; // lines are decided elsewhere
    if (isDashLike(text[sp])) {
        std::size_t d = sp + 1;
        while (d < n && isBlank(text[d])) ++d;
        if (!startsUpper(text, d)) return std::u32string_view::npos;
    } else {
        const bool glued = sp == k;
        if (startsUpper(text, sp)) {
            if (!glued && !isEllipsis(text, last)) return std::u32string_view::npos; // ICU breaks there itself
        } else if (glued ? !(isOpening(text[sp]) && sp + 1 < n && isDigit(text[sp + 1]))
                         : !(isDigit(text[sp]) && text[last] == U'.')) {
            return std::u32string_view::npos; // ICU keeps "слово. 7 июля" together; we don't
        }
    }
    return terminatorEnds(text, last, sp, quoted) ? sp : std::u32string_view::npos;
}

void addIcuBoundaries(std::u32string_view text, std::vector<std::uint32_t>& cuts) {
    icu::BreakIterator* it = sentenceIterator();
    if (it == nullptr) { // no ICU data: propose every line start and every "terminator + space"
        for (std::size_t i = 1; i < text.size(); ++i) {
            if (isBlank(text[i]) || isLineBreak(text[i]) || !(isBlank(text[i - 1]) || isLineBreak(text[i - 1]))) continue;
            const Gap g = gapBefore(text, i);
            if (g.lineBreaks > 0 || terminatorBefore(text, g.begin) != std::u32string_view::npos)
                cuts.push_back(static_cast<std::uint32_t>(i));
        }
        return;
    }
    const Utf16Text u16(text);
    it->setText(u16.str());
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        const std::uint32_t p = u16.toCodePoint(b);
        if (p > 0 && p < text.size()) cuts.push_back(p);
    }
    it->setText(icu::UnicodeString()); // drop the reference to the local copy
}

} // namespace

std::vector<Span> sentences(std::u32string_view text) {
    std::vector<std::uint32_t> proposed, cuts;
    addIcuBoundaries(text, proposed);
    const std::vector<bool> quoted = shortQuotedNames(text);
    for (std::uint32_t p : proposed)
        if (keepBoundary(text, p, quoted)) cuts.push_back(p);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isTerminator(text[i])) continue;
        const std::size_t runStart = i;
        while (i + 1 < text.size() && isTerminator(text[i + 1])) ++i;
        const std::size_t p = missedBoundary(text, runStart, i, quoted);
        if (p != std::u32string_view::npos) cuts.push_back(static_cast<std::uint32_t>(p));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.push_back(static_cast<std::uint32_t>(text.size()));

    std::vector<Span> out;
    std::uint32_t from = 0;
    for (std::uint32_t to : cuts) {
        std::uint32_t a = from, b = to;
        while (a < b && (isBlank(text[a]) || isLineBreak(text[a]))) ++a;
        while (b > a && (isBlank(text[b - 1]) || isLineBreak(text[b - 1]))) --b;
        if (a < b) out.push_back(Span{a, b});
        from = to;
    }
    return out;
}

} // namespace letopis::text
