#include "text/icu_support.hpp"

#include <unicode/locid.h>

#include <memory>

namespace letopis::text::detail {
namespace {

using Factory = icu::BreakIterator* (*)(const icu::Locale&, UErrorCode&);

std::unique_ptr<icu::BreakIterator> makePrototype(Factory factory) {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(factory(icu::Locale("ru"), err));
    if (U_FAILURE(err)) it.reset();
    return it;
}

} // namespace

// Creating a break iterator loads and compiles rules; cloning a prototype is cheap, and each
// thread needs its own because iterators hold state.
icu::BreakIterator* sentenceIterator() {
    static const std::unique_ptr<icu::BreakIterator> prototype = makePrototype(&icu::BreakIterator::createSentenceInstance);
    thread_local const std::unique_ptr<icu::BreakIterator> it(prototype ? prototype->clone() : nullptr);
    return it.get();
}

icu::BreakIterator* wordIterator() {
    static const std::unique_ptr<icu::BreakIterator> prototype = makePrototype(&icu::BreakIterator::createWordInstance);
    thread_local const std::unique_ptr<icu::BreakIterator> it(prototype ? prototype->clone() : nullptr);
    return it.get();
}

Utf16Text::Utf16Text(std::u32string_view text) {
    bool astral = false;
    for (char32_t c : text) astral |= c > 0xFFFF;
    UChar* buf = m_str.getBuffer(static_cast<int32_t>(text.size() * (astral ? 2 : 1)) + 1);
    int32_t len = 0;
    if (!astral) {
        for (char32_t c : text) buf[len++] = static_cast<UChar>(c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c);
        m_str.releaseBuffer(len);
        return;
    }
    m_toCodePoint.reserve(text.size() * 2 + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
        if (c > 0xFFFF) {
            buf[len++] = static_cast<UChar>(0xD7C0 + (c >> 10));
            buf[len++] = static_cast<UChar>(0xDC00 | (c & 0x3FF));
            m_toCodePoint.push_back(static_cast<std::uint32_t>(i));
        } else {
            buf[len++] = static_cast<UChar>(c);
        }
        m_toCodePoint.push_back(static_cast<std::uint32_t>(i));
    }
    m_toCodePoint.push_back(static_cast<std::uint32_t>(text.size()));
    m_str.releaseBuffer(len);
}

} // namespace letopis::text::detail
