#pragma once
// ICU objects cached per thread, and UTF-16 copies of code-point text with the way back.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "letopis/text.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace letopis::text::detail {

// Per-thread clones of one prototype each; nullptr only when ICU's data is missing.
// The caller must setText() before every use (the iterator may still point at older text).
icu::BreakIterator* sentenceIterator();
icu::BreakIterator* wordIterator();

// text::tokens() as ICU's word iterator alone gives them, for tests: tokens() finds the same
// boundaries without it wherever the text allows (tokenizer.cpp).
std::vector<Token> tokensByIcuIterator(std::u32string_view text);

// A UTF-16 copy of code-point text, mapping UTF-16 offsets back to code-point offsets.
class Utf16Text final {
public:
    explicit Utf16Text(std::u32string_view text);
    const icu::UnicodeString& str() const { return m_str; }
    std::uint32_t toCodePoint(std::int32_t utf16Offset) const {
        return m_toCodePoint.empty() ? static_cast<std::uint32_t>(utf16Offset) : m_toCodePoint[utf16Offset];
    }

private:
    icu::UnicodeString m_str;
    std::vector<std::uint32_t> m_toCodePoint; // empty when there are no surrogate pairs
};

} // namespace letopis::text::detail
