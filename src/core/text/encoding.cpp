// Detecting and decoding the encodings Russian text files come in.
#include "letopis/encoding.hpp"
#include "text/cyrillic_detector.hpp"
#include "text/utf.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace letopis::text {
namespace {

constexpr std::size_t kSniffBytes = 512;  // the head inspected for binary content
constexpr std::size_t kUtf16Probe = 4096; // the head inspected for BOM-less UTF-16

bool isControlByte(unsigned char b) {
    // C0 controls that text files do not contain (TAB, LF, VT, FF, CR and SUB are tolerated).
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1A && b != 0)
           || b == 0x7F;
}

std::string notText(std::size_t count, std::size_t total, bool head, const char* what) {
    return "file is not text: " + std::to_string(count) + " of " + (head ? "the first " : "its ")
           + std::to_string(total) + " bytes are " + what;
}

// Binary content: NULs (outside UTF-16) or many control bytes, in the head or in the whole file.
std::optional<Error> binaryCheck(std::string_view bytes) {
    const auto count = [](std::string_view s, std::size_t& nul, std::size_t& ctl) {
        for (char ch : s) {
            const auto b = static_cast<unsigned char>(ch);
            if (b >= 0x20 && b != 0x7F) continue;
            nul += b == 0;
            ctl += isControlByte(b);
        }
    };
    const std::size_t head = std::min(bytes.size(), kSniffBytes);
    std::size_t nul = 0, ctl = 0;
    count(bytes.substr(0, head), nul, ctl);
    const std::size_t headNul = nul, headCtl = ctl;
    count(bytes.substr(head), nul, ctl);
    const bool whole = head == bytes.size();
    if (headNul >= 2) return makeError(ErrorCode::NotText, notText(headNul, head, !whole, "NUL"));
    if (headCtl > std::max<std::size_t>(2, head / 50))
        return makeError(ErrorCode::NotText, notText(headCtl, head, !whole, "control characters"));
    if (nul > std::max<std::size_t>(2, bytes.size() / 100))
        return makeError(ErrorCode::NotText, notText(nul, bytes.size(), false, "NUL"));
    if (ctl > std::max<std::size_t>(2, bytes.size() / 50))
        return makeError(ErrorCode::NotText, notText(ctl, bytes.size(), false, "control characters"));
    return std::nullopt;
}

// BOM-less UTF-16: high bytes (0x00 for ASCII, 0x04 for Cyrillic) on one parity,
// almost no NUL on the other. Returns true for big-endian.
std::optional<bool> sniffUtf16(std::string_view bytes) {
    const std::size_t n = std::min(bytes.size(), kUtf16Probe) & ~std::size_t{1};
    if (n < 4) return std::nullopt;
    std::size_t hi[2] = {0, 0}, nul[2] = {0, 0};
    for (std::size_t i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b == 0x00 || b == 0x04) ++hi[i & 1];
        if (b == 0x00) ++nul[i & 1];
    }
    const std::size_t units = n / 2;
    const auto looks = [&](int high, int low) {
        return nul[high] + nul[low] > 0 && hi[high] * 10 >= units * 6 && nul[low] * 50 <= units;
    };
    if (looks(1, 0)) return false;
    if (looks(0, 1)) return true;
    return std::nullopt;
}

// Appends a UTF-16 code unit sequence as UTF-8; unpaired surrogates become U+FFFD, NUL is dropped.
template <class Unit>
std::string utf16ToUtf8(std::size_t count, Unit unitAt, std::size_t* bad = nullptr) {
    std::string out;
    out.reserve(count * 2);
    for (std::size_t i = 0; i < count; ++i) {
        char32_t c = unitAt(i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < count && unitAt(i + 1) >= 0xDC00 && unitAt(i + 1) <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (unitAt(i + 1) - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = utf::kReplacement;
            if (bad != nullptr) ++*bad;
        }
        if (c == 0 || (c == 0xFEFF && out.empty())) continue;
        utf::append(out, c);
    }
    return out;
}

std::string decodeUtf16Bytes(std::string_view bytes, bool bigEndian, std::size_t* bad = nullptr) {
    const auto unitAt = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(bytes[2 * i]), b = static_cast<unsigned char>(bytes[2 * i + 1]);
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    };
    std::string out = utf16ToUtf8(bytes.size() / 2, unitAt, bad);
    if (bytes.size() % 2 != 0) {
        utf::append(out, utf::kReplacement); // a truncated last unit
        if (bad != nullptr) ++*bad;
    }
    return out;
}

struct Utf8Scan {
    std::size_t multi = 0;   // valid multi-byte sequences
    std::size_t invalid = 0; // ill-formed sequences
};

Utf8Scan scanUtf8(std::string_view s) {
    Utf8Scan r;
    std::size_t i = 0;
    while (i < s.size()) {
        i += utf::asciiRun(s, i);
        if (i >= s.size()) break;
        const utf::Step st = utf::next(s, i);
        ++(st.valid ? r.multi : r.invalid);
        i += st.len;
    }
    return r;
}

// Copies UTF-8 without NULs and a leading BOM; ill-formed sequences become U+FFFD when repair is set
// (otherwise the input must be valid).
std::string cleanUtf8(std::string_view s, bool repair) {
    if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
    if (!repair) {
        std::string out;
        out.reserve(s.size());
        std::remove_copy(s.begin(), s.end(), std::back_inserter(out), '\0');
        return out;
    }
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t run = utf::asciiRun(s, i);
        for (std::size_t k = i; k < i + run; ++k)
            if (s[k] != '\0') out.push_back(s[k]);
        i += run;
        if (i >= s.size()) break;
        const utf::Step st = utf::next(s, i);
        if (st.valid) out.append(s.substr(i, st.len));
        else utf::append(out, utf::kReplacement);
        i += st.len;
    }
    return out;
}

// Text decoded from UTF-16 without a BOM must still look like text.
bool looksLikeText(std::string_view utf8) {
    std::size_t n = 0, odd = 0, i = 0;
    while (i < utf8.size()) {
        const utf::Step st = utf::next(utf8, i);
        i += st.len;
        ++n;
        const char32_t c = st.cp;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == utf::kReplacement
            || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
            ++odd;
    }
    return odd * 50 <= n;
}

Decoded decodeUtf8(std::string_view bytes, const Utf8Scan& scan) {
    const bool valid = scan.invalid == 0;
    const int confidence = !valid ? 70 : scan.multi > 0 ? 100 : 90;
    return Decoded{cleanUtf8(bytes, !valid), "UTF-8", confidence};
}

bool mayBeUtf16(std::string_view bytes) {
    const std::string_view probe = bytes.substr(0, kUtf16Probe);
    return probe.find('\0') != std::string_view::npos || probe.find('\x04') != std::string_view::npos;
}

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

std::string canonicalName(const char* icuName) {
    for (const char* standard : {"MIME", "IANA"}) {
        UErrorCode err = U_ZERO_ERROR;
        const char* n = ucnv_getStandardName(icuName, standard, &err);
        if (U_SUCCESS(err) && n != nullptr) return n;
    }
    return icuName;
}

std::string hexBytes(const char* bytes, int n) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (int i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out += (i ? " 0x" : "0x");
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

} // namespace

Result<Decoded> decodeAs(std::string_view bytes, std::string_view encoding) {
    const std::string name(encoding);
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> cnv;
    if (!name.empty() && name.find('\0') == std::string::npos) cnv.reset(ucnv_open(name.c_str(), &err));
    if (!cnv || U_FAILURE(err))
        return makeError(ErrorCode::Encoding, "unknown encoding \"" + name
                                                  + "\": use a name such as UTF-8, windows-1251, KOI8-R, IBM866 or UTF-16LE");
    const std::string canonical = canonicalName(ucnv_getName(cnv.get(), &err));
    if (bytes.empty()) return Decoded{std::string(), canonical, 100};
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);

    std::u16string buf(bytes.size() + 16, u'\0');
    const char* src = bytes.data();
    UChar* target = buf.data();
    for (;;) {
        UErrorCode e = U_ZERO_ERROR;
        ucnv_toUnicode(cnv.get(), &target, buf.data() + buf.size(), &src, bytes.data() + bytes.size(), nullptr, true, &e);
        if (e == U_BUFFER_OVERFLOW_ERROR) {
            const std::size_t used = static_cast<std::size_t>(target - buf.data());
            buf.resize(buf.size() * 2);
            target = buf.data() + used;
            continue;
        }
        if (U_FAILURE(e)) {
            char bad[32];
            int8_t len = sizeof bad;
            UErrorCode e2 = U_ZERO_ERROR;
            ucnv_getInvalidChars(cnv.get(), bad, &len, &e2);
            if (U_FAILURE(e2)) len = 0;
            const auto offset = static_cast<std::size_t>(src - bytes.data()) - static_cast<std::size_t>(len);
            return makeError(ErrorCode::Encoding, "the bytes are not valid " + canonical + ": invalid sequence "
                                                      + hexBytes(bad, len) + " at byte offset " + std::to_string(offset)
                                                      + "; pick another encoding or let Letopis detect it");
        }
        break;
    }
    const std::size_t used = static_cast<std::size_t>(target - buf.data());
    return Decoded{utf16ToUtf8(used, [&](std::size_t i) -> char32_t { return buf[i]; }), canonical, 100};
}

// A file pasted together from UTF-8 and a Cyrillic code page (scraped pages, concatenated
// exports): whole lines of valid UTF-8 that hold Russian text stay UTF-8, and the lines that are
// not valid UTF-8 are decoded in the code page their bytes together suggest. Nothing unless both
// kinds of line are there: a code page's bytes rarely form valid UTF-8, never whole lines of it.
std::optional<Decoded> decodeMixed(std::string_view bytes) {
    struct Line {
        std::string_view bytes;
        bool utf8 = false;
    };
    std::vector<Line> lines;
    std::string legacy; // the bytes of every line that is not UTF-8, for the guess
    bool anyUtf8 = false;
    for (std::size_t at = 0; at < bytes.size();) {
        std::size_t end = bytes.find('\n', at);
        end = end == std::string_view::npos ? bytes.size() : end + 1;
        const std::string_view line = bytes.substr(at, end - at);
        const Utf8Scan scan = scanUtf8(line);
        const bool utf8 = scan.invalid == 0 && scan.multi >= 4;
        lines.push_back({line, utf8 || scan.invalid == 0});
        anyUtf8 = anyUtf8 || utf8;
        if (scan.invalid > 0) legacy.append(line);
        at = end;
    }
    if (!anyUtf8 || legacy.empty()) return std::nullopt;
    const detail::CyrillicGuess guess = detail::guessCyrillic(legacy);
    if (!guess.charset) return std::nullopt;
    std::string out;
    out.reserve(bytes.size() + legacy.size());
    for (const Line& l : lines)
        out += l.utf8 ? cleanUtf8(l.bytes, false) : detail::decodeSingleByte(l.bytes, *guess.charset);
    return Decoded{std::move(out), std::string("UTF-8+") + guess.charset->name, std::min(guess.confidence, 80)};
}

Result<Decoded> decode(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        const Utf8Scan scan = scanUtf8(bytes);
        return Decoded{cleanUtf8(bytes, scan.invalid > 0), "UTF-8", scan.invalid > 0 ? 80 : 100};
    }
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        const bool be = bytes[0] == '\xFE';
        return Decoded{decodeUtf16Bytes(bytes.substr(2), be), be ? "UTF-16BE" : "UTF-16LE", 100};
    }
    if (const std::optional<bool> be = mayBeUtf16(bytes) ? sniffUtf16(bytes) : std::nullopt) {
        std::size_t bad = 0;
        std::string text = decodeUtf16Bytes(bytes, *be, &bad);
        if (bad * 100 <= bytes.size() / 2 && looksLikeText(text))
            return Decoded{std::move(text), *be ? "UTF-16BE" : "UTF-16LE", 90};
    }
    if (std::optional<Error> binary = binaryCheck(bytes)) return std::move(*binary);

    // Strict UTF-8 first; a few damaged sequences among many good ones is still UTF-8
    // (a file cut mid-character); legacy code pages almost never form valid sequences.
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0 || (scan.multi >= 4 && scan.invalid * 20 <= scan.multi)) return decodeUtf8(bytes, scan);
    if (scan.multi >= 4)
        if (auto mixed = decodeMixed(bytes)) return std::move(*mixed);

    const detail::CyrillicGuess guess = detail::guessCyrillic(bytes);
    return Decoded{detail::decodeSingleByte(bytes, *guess.charset), guess.charset->name, guess.confidence};
}

} // namespace letopis::text
