// Conversions between UTF-8 and UTF-32. Hand-written because they run on every document.
#include "letopis/text.hpp"
#include "text/utf.hpp"

namespace letopis::text {

std::u32string toU32(std::string_view utf8) {
    // At most one code point per byte: written in place, then cut to size (push_back per code
    // point cost more than the decoding itself).
    std::u32string out(utf8.size(), U'\0');
    char32_t* o = out.data();
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b0 = s[i];
        if (b0 < 0x80) {
            *o++ = b0;
            ++i;
        } else if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < n && utf::isCont(s[i + 1])) {
            *o++ = (static_cast<char32_t>(b0 & 0x1F) << 6) | (s[i + 1] & 0x3F); // Cyrillic: as utf::next
            i += 2;
        } else {
            const utf::Step st = utf::next(utf8, i);
            *o++ = st.cp;
            i += st.len;
        }
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

std::string toUtf8(std::u32string_view text) {
    // The exact length first (as utf::append encodes: U+FFFD for surrogates and beyond U+10FFFF),
    // then the bytes in place.
    std::size_t len = 0;
    for (char32_t c : text)
        len += c < 0x80 ? 1 : c < 0x800 ? 2 : (c < 0x10000 || c > 0x10FFFF) ? 3 : 4;
    std::string out(len, '\0');
    char* o = out.data();
    for (char32_t c : text) {
        if (c < 0x80) {
            *o++ = static_cast<char>(c);
        } else if (c < 0x800) {
            *o++ = static_cast<char>(0xC0 | (c >> 6));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
                c = utf::kReplacement;
            if (c < 0x10000) {
                *o++ = static_cast<char>(0xE0 | (c >> 12));
            } else {
                *o++ = static_cast<char>(0xF0 | (c >> 18));
                *o++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            }
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::size_t codePointCount(std::string_view utf8) {
    std::size_t n = 0, i = 0;
    while (i < utf8.size()) {
        const std::size_t run = utf::asciiRun(utf8, i);
        n += run;
        i += run;
        if (i >= utf8.size()) break;
        i += utf::next(utf8, i).len;
        ++n;
    }
    return n;
}

} // namespace letopis::text
