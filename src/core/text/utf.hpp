#pragma once
// Hand-written UTF-8 decoding and encoding shared by the text stage (hot paths: no ICU calls).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace letopis::text::utf {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Step {
    char32_t cp;       // decoded code point, kReplacement when invalid
    std::size_t len;   // bytes consumed (>= 1)
    bool valid;
};

inline bool isCont(unsigned char b) { return (b & 0xC0) == 0x80; }

// Decodes one code point at s[i]. Invalid input consumes the maximal subpart of an
// ill-formed sequence (Unicode's recommended practice), so one bad sequence gives one U+FFFD.
inline Step next(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return {b0, 1, true};
    std::size_t need = 0;
    char32_t cp = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; cp = b0 & 0x1F; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2; cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;          // no overlongs
        if (b0 == 0xED) hi = 0x9F;          // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3; cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;          // <= U+10FFFF
    } else {
        return {kReplacement, 1, false};
    }
    std::size_t k = 1;
    for (; k <= need; ++k) {
        if (i + k >= s.size()) return {kReplacement, k, false};
        const auto b = static_cast<unsigned char>(s[i + k]);
        const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h) return {kReplacement, k, false};
        cp = (cp << 6) | (b & 0x3F);
    }
    return {cp, need + 1, true};
}

inline void append(std::string& out, char32_t cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = kReplacement;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp <= 0x10FFFF) {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        append(out, kReplacement);
    }
}

// Length of the leading run of ASCII bytes starting at i (checked 8 bytes at a time).
inline std::size_t asciiRun(std::string_view s, std::size_t i) {
    const std::size_t start = i;
    while (i + 8 <= s.size()) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, sizeof w);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i - start;
}

} // namespace letopis::text::utf
