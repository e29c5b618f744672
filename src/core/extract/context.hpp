#pragma once
// One document prepared for the extraction rules: its text as code points, sentences, tokens,
// quoted spans, and which parts of it are text (not page debris).
#include "letopis/document.hpp"
#include "letopis/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace letopis::extract::detail {

struct Quote {
    std::uint32_t open = 0;  // position of the opening quote mark
    std::uint32_t close = 0; // position of the closing quote mark
    std::uint32_t innerStart() const { return open + 1; }
    std::uint32_t innerEnd() const { return close; }
};

struct Word {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    text::TokenKind kind = text::TokenKind::Word;
    std::u32string folded;   // lower-case, ё→е
    bool capitalised = false;
    bool allCaps = false;
    bool latin = false;
};

class Context final {
public:
    explicit Context(const ParsedDocument& doc);

    const ParsedDocument& doc() const { return m_doc; }
    std::u32string_view text() const { return m_text; }
    std::string utf8(std::uint32_t start, std::uint32_t end) const;
    std::u32string_view view(std::uint32_t start, std::uint32_t end) const { return std::u32string_view(m_text).substr(start, end - start); }

    const std::vector<text::Span>& sentences() const { return m_sentences; }
    const std::vector<Word>& words() const { return m_words; } // every token of the usable text, in order
    const std::vector<text::Token>& tokens() const { return m_tokens; } // text::tokens of the whole text
    const std::vector<Quote>& quotes() const { return m_quotes; }

    // Index of the sentence containing pos, or -1.
    int sentenceAt(std::uint32_t pos) const;
    text::Span sentenceSpan(std::uint32_t pos) const;
    // Index of the first word starting at or after pos.
    std::size_t wordAt(std::uint32_t pos) const;
    // The quote whose inner text starts at or contains pos, or null.
    const Quote* quoteAt(std::uint32_t pos) const;
    // True when [start, end) lies in title, subtitle, body or byline (not debris or a date line).
    bool usable(std::uint32_t start, std::uint32_t end) const;

private:
    void indexQuotes();
    const ParsedDocument& m_doc;
    std::u32string m_text;
    std::vector<text::Span> m_regions; // usable regions, in order
    std::vector<text::Span> m_sentences;
    std::vector<text::Token> m_tokens;
    std::vector<Word> m_words;
    std::vector<std::uint32_t> m_wordStarts; // m_words[i].start: wordAt() searches these
    std::vector<Quote> m_quotes;
    // For quoteAt in O(log n) (hostile text nests 100,000 quotes): from each position on, the
    // index of the innermost quote containing it, -1 for none.
    std::vector<std::pair<std::uint32_t, std::int32_t>> m_innermostQuote;
};

bool isQuoteMark(char32_t c);
bool isDashChar(char32_t c);

} // namespace letopis::extract::detail
