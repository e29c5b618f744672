#pragma once
// Guessing which single-byte Cyrillic code page a non-UTF-8 file is in.
#include <array>
#include <string>
#include <string_view>

namespace letopis::text::detail {

struct SingleByteCharset {
    const char* name;                 // canonical name reported in Decoded::encoding
    std::array<char32_t, 256> table;  // byte -> code point, from ICU's converter
};

// windows-1251, KOI8-R, IBM866, ISO-8859-5 (in this order; the first is the fallback).
const std::array<SingleByteCharset, 4>& cyrillicCharsets();

struct CyrillicGuess {
    const SingleByteCharset* charset = nullptr;
    int confidence = 0; // 0..100
};

// Decodes a sample with every candidate and scores it on Russian letter and bigram
// frequencies, letter case and junk characters; ICU's charset detector breaks near-ties.
CyrillicGuess guessCyrillic(std::string_view bytes);

// Decodes to UTF-8 through the table; NUL bytes are dropped.
std::string decodeSingleByte(std::string_view bytes, const SingleByteCharset& charset);

} // namespace letopis::text::detail
