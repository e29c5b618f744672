#pragma once
// Decoding files of any common Russian encoding to Unicode.
#include "letopis/result.hpp"

#include <string>
#include <string_view>

namespace letopis::text {

struct Decoded {
    std::string utf8;        // the decoded text, UTF-8, BOM removed, NUL-free, otherwise byte-for-byte the source
    std::string encoding;    // canonical name: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "KOI8-R", "IBM866", "ISO-8859-5";
                             // "UTF-8+windows-1251" (etc.) for lines of UTF-8 and of a code page in one file
    int confidence = 0;      // 0..100; 100 for a BOM, a forced encoding, or valid UTF-8 with non-ASCII text
                             // (90 for pure ASCII, less for UTF-8 with a few damaged sequences)
};

// Detects the encoding (BOM, then strict UTF-8 validation, then ICU's charset detector restricted to
// Cyrillic candidates scored on Russian letter statistics) and decodes.
// Fails with NotText for binary content (NUL bytes outside UTF-16, control bytes), Encoding otherwise.
Result<Decoded> decode(std::string_view bytes);

// Decodes with a forced encoding (any name ICU's converters know, e.g. "cp1251", "koi8-r", "utf-16le").
// Fails with Encoding when the name is unknown or the bytes contain invalid sequences.
Result<Decoded> decodeAs(std::string_view bytes, std::string_view encoding);

} // namespace letopis::text
