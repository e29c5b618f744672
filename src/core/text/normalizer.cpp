// NFC plus folding for matching, with a map from every normalised index back to the original.
#include "letopis/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace letopis::text {
namespace {

using Origin = std::vector<std::uint32_t>;

const icu::Normalizer2* nfcInstance() {
    static const icu::Normalizer2* const nfc = [] {
        UErrorCode err = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
        return U_SUCCESS(err) ? n : nullptr;
    }();
    return nfc;
}

icu::UnicodeString toUnicodeString(std::u32string_view s) {
    return icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()), static_cast<int32_t>(s.size()));
}

void appendCodePoints(const icu::UnicodeString& s, std::u32string& out) {
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) out.push_back(static_cast<char32_t>(s.char32At(i)));
}

// Maps the NFC output of in[i, j) back: the first code point to i, each later one to where it
// appears in the input (marks that did not combine), else just after the previous one.
void alignChunk(std::u32string_view in, std::size_t i, std::size_t j, std::u32string_view produced, Origin& origin) {
    if (produced.size() == j - i) {
        for (std::size_t k = 0; k < produced.size(); ++k) origin.push_back(static_cast<std::uint32_t>(i + k));
        return;
    }
    std::size_t last = i;
    for (std::size_t k = 0; k < produced.size(); ++k) {
        std::size_t pos = last;
        if (k > 0) {
            pos = std::min(last + 1, j - 1);
            for (std::size_t m = last + 1; m < j; ++m) {
                if (in[m] == produced[k]) {
                    pos = m;
                    break;
                }
            }
        }
        origin.push_back(static_cast<std::uint32_t>(pos));
        last = pos;
    }
}

// NFC of `in`. Most text is already NFC: the quick check finds the normalised prefix, and only
// the rest is composed, chunk by chunk between normalisation boundaries. When NFC merges code
// points, the result maps to the first of them.
void composeNfc(std::u32string_view in, std::u32string& out, Origin* origin) {
    out.assign(in.begin(), in.end());
    if (origin != nullptr) {
        origin->resize(in.size());
        for (std::size_t i = 0; i < in.size(); ++i) (*origin)[i] = static_cast<std::uint32_t>(i);
    }
    const icu::Normalizer2* nfc = nfcInstance();
    if (nfc == nullptr || in.empty()) return;
    UErrorCode err = U_ZERO_ERROR;
    const icu::UnicodeString whole = toUnicodeString(in);
    const int32_t yes16 = nfc->spanQuickCheckYes(whole, err);
    if (U_FAILURE(err) || yes16 >= whole.length()) return;

    const std::size_t start = static_cast<std::size_t>(whole.countChar32(0, yes16));
    out.resize(start);
    if (origin != nullptr) origin->resize(start);
    icu::UnicodeString chunk, composed;
    for (std::size_t i = start; i < in.size();) {
        std::size_t j = i + 1;
        while (j < in.size() && !nfc->hasBoundaryBefore(static_cast<UChar32>(in[j]))) ++j;
        chunk = toUnicodeString(in.substr(i, j - i));
        err = U_ZERO_ERROR;
        nfc->normalize(chunk, composed, err);
        const std::size_t before = out.size();
        if (U_FAILURE(err)) out.append(in.substr(i, j - i));
        else appendCodePoints(composed, out);
        if (origin != nullptr) alignChunk(in, i, j, std::u32string_view(out).substr(before), *origin);
        i = j;
    }
}

bool isApostropheCandidate(char32_t c) { return c == U'\'' || c == 0x2018 || c == 0x2019 || c == 0x201B; }

// What a code point folds to: itself, a replacement, or nothing (kDrop).
constexpr char32_t kDrop = 0xFFFFFFFF;

char32_t foldChar(char32_t c) {
    switch (c) {
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return kDrop;
    case U'"': case 0x00AB: case 0x00BB: case 0x201A: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2039: case 0x203A:
        return U'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D:
        return U'-';
    case U'\t': case U'\v': case U'\f': case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
        return U' ';
    case 0x0085: case 0x2028: case 0x2029:
        return U'\n';
    case 0x0401: return 0x0415; // Ё -> Е
    case 0x0451: return 0x0435; // ё -> е
    default:
        return c >= 0x2000 && c <= 0x200A ? U' ' : c;
    }
}

bool isLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; }

// Folds NFC text (with its origin map) into `out`.
void fold(const std::u32string& nfcText, const Origin* nfcOrigin, std::u32string& out, Origin* origin) {
    out.clear();
    out.reserve(nfcText.size());
    if (origin != nullptr) origin->reserve(nfcText.size() + 1);
    const std::size_t n = nfcText.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char32_t c = nfcText[i];
        char32_t f = foldChar(c);
        if (c == U'\r') {
            f = U'\n';
            if (i + 1 < n && nfcText[i + 1] == U'\n') {
                out.push_back(f);
                if (origin != nullptr) origin->push_back((*nfcOrigin)[i]);
                ++i; // CRLF -> one '\n' at the CR's offset
                continue;
            }
        } else if (isApostropheCandidate(c)) {
            const bool inWord = !out.empty() && isLetter(out.back()) && i + 1 < n && isLetter(nfcText[i + 1]);
            f = inWord ? U'\'' : U'"';
        }
        if (f == kDrop) continue;
        out.push_back(f);
        if (origin != nullptr) origin->push_back((*nfcOrigin)[i]);
    }
}

} // namespace

NormalizedText normalize(std::u32string_view original) {
    std::u32string nfcText;
    Origin nfcOrigin;
    composeNfc(original, nfcText, &nfcOrigin);
    NormalizedText result;
    fold(nfcText, &nfcOrigin, result.text, &result.origin);
    result.origin.push_back(static_cast<std::uint32_t>(original.size()));
    return result;
}

std::u32string foldForMatch(std::u32string_view s) {
    std::u32string nfcText, out;
    composeNfc(s, nfcText, nullptr);
    fold(nfcText, nullptr, out, nullptr);
    for (char32_t& c : out) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    return out;
}

std::string foldForMatch(std::string_view utf8) { return toUtf8(foldForMatch(toU32(utf8))); }

std::string nameKey(std::string_view utf8) {
    std::u32string out;
    bool space = false;
    for (char32_t c : foldForMatch(toU32(utf8))) {
        if (c == U'"') continue;
        if (c == U' ' || c == U'\n' || c == U'\t') {
            space = !out.empty();
            continue;
        }
        if (space) out += U' ';
        space = false;
        out += c;
    }
    return toUtf8(out);
}

} // namespace letopis::text
