// Scores decodings of the same bytes as Russian text. ICU's detector alone confuses
// windows-1251 and KOI8-R on short texts, while letter statistics separate them well:
// KOI8-R read as windows-1251 is mostly upper-case gibberish, and vice versa.
#include "text/cyrillic_detector.hpp"
#include "text/utf.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace letopis::text::detail {
namespace {

constexpr std::size_t kSampleBytes = 16 * 1024; // plenty for letter statistics
constexpr int kLetters = 32;                    // а..я, with ё folded into е

SingleByteCharset makeCharset(const char* name, const char* icuName) {
    SingleByteCharset cs{name, {}};
    UErrorCode err = U_ZERO_ERROR;
    UConverter* cnv = ucnv_open(icuName, &err);
    for (int b = 0; b < 256; ++b) {
        cs.table[b] = utf::kReplacement;
        if (U_FAILURE(err) || cnv == nullptr) continue;
        const char in[1] = {static_cast<char>(b)};
        UChar out[4];
        UErrorCode e = U_ZERO_ERROR;
        ucnv_resetToUnicode(cnv);
        const int32_t n = ucnv_toUChars(cnv, out, 4, in, 1, &e);
        if (U_SUCCESS(e) && n == 1) cs.table[b] = out[0];
    }
    if (cnv != nullptr) ucnv_close(cnv);
    return cs;
}

// Russian letter index 0..31 (ё as е) or -1; sets upper for capitals.
int ruIndex(char32_t c, bool& upper) {
    if (c >= 0x0410 && c <= 0x042F) { upper = true; return static_cast<int>(c - 0x0410); }
    if (c >= 0x0430 && c <= 0x044F) { upper = false; return static_cast<int>(c - 0x0430); }
    if (c == 0x0401) { upper = true; return 5; }
    if (c == 0x0451) { upper = false; return 5; }
    return -1;
}

int ix(const char* utf8Letter) { // index of a lower-case letter given as UTF-8
    bool up = false;
    return ruIndex(utf::next(utf8Letter, 0).cp, up);
}

struct LanguageModel {
    std::array<bool, kLetters> frequent{};
    std::array<std::array<bool, kLetters>, kLetters> bigram{};
    LanguageModel() {
        for (const char* l : {"о", "е", "а", "и", "н", "т", "с", "р", "в", "л"}) frequent[ix(l)] = true;
        // The most frequent Russian letter pairs (general corpus statistics).
        static const char* const pairs[] = {
            "ст", "но", "то", "на", "ен", "ов", "ни", "ра", "во", "ко", "ос", "пр", "ро", "ал", "не",
            "ер", "ли", "по", "ть", "ре", "ог", "ан", "ор", "ет", "от", "ве", "ка", "ол", "ел", "ва",
            "ла", "ит", "он", "ки", "ое", "ый", "ий", "ие", "ес", "ая", "ск", "тр", "ат", "та", "ле",
            "де", "ме", "ом", "ин", "го", "ны", "ми", "ма", "ль", "ед", "ия", "ти", "ак", "ям", "ых"};
        for (const char* p : pairs) {
            bool up = false;
            const utf::Step a = utf::next(p, 0);
            const utf::Step b = utf::next(p, a.len);
            bigram[ruIndex(a.cp, up)][ruIndex(b.cp, up)] = true;
        }
    }
};

bool isAllowedNonAscii(char32_t c) {
    switch (c) {
    case 0x00A0: case 0x00AB: case 0x00BB: case 0x00B0: case 0x00B1: case 0x00A7: case 0x00A9:
    case 0x00AE: case 0x00B7: case 0x2013: case 0x2014: case 0x2026: case 0x2116: case 0x201E:
    case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x2022: case 0x2122: case 0x20AC:
    case 0x2030:
        return true;
    default:
        return false;
    }
}

struct Stats {
    double letters = 0, lower = 0, frequent = 0, pairs = 0, goodPairs = 0, chaos = 0;
    double nonAscii = 0, junk = 0;
};

Stats collect(std::string_view bytes, const SingleByteCharset& cs, const LanguageModel& lm) {
    Stats s;
    int prev = -1;
    bool prevUpper = false;
    for (unsigned char b : bytes) {
        if (b < 0x80) { prev = -1; continue; }
        const char32_t c = cs.table[b];
        ++s.nonAscii;
        bool upper = false;
        const int i = ruIndex(c, upper);
        if (i < 0) {
            if (!isAllowedNonAscii(c)) ++s.junk;
            prev = -1;
            continue;
        }
        ++s.letters;
        if (!upper) ++s.lower;
        if (lm.frequent[i]) ++s.frequent;
        if (prev >= 0) {
            ++s.pairs;
            if (lm.bigram[prev][i]) ++s.goodPairs;
            if (upper && !prevUpper) ++s.chaos; // "лЕн": capitals inside words
        }
        prev = i;
        prevUpper = upper;
    }
    return s;
}

double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

// 0..1; real Russian text scores about 0.8-1, other decodings of it far lower.
double score(const Stats& s) {
    if (s.letters == 0) return 0;
    const double freq = clamp01((s.frequent / s.letters - 0.30) / 0.25);
    const double big = s.pairs > 0 ? clamp01((s.goodPairs / s.pairs) / 0.35) : freq;
    const double lower = s.lower / s.letters;
    const double order = s.pairs > 0 ? 1.0 - clamp01(5.0 * s.chaos / s.pairs) : 1.0;
    const double clean = 1.0 - s.junk / s.nonAscii;
    return (0.35 * freq + 0.35 * big + 0.15 * lower + 0.15 * order) * clean * clean;
}

struct DetectorCloser {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// ICU's confidences (0..100) for our candidates, in cyrillicCharsets() order.
std::array<int, 4> icuConfidences(std::string_view sample) {
    std::array<int, 4> conf{};
    thread_local std::unique_ptr<UCharsetDetector, DetectorCloser> detector = [] {
        UErrorCode err = U_ZERO_ERROR;
        UCharsetDetector* d = ucsdet_open(&err);
        return std::unique_ptr<UCharsetDetector, DetectorCloser>(U_SUCCESS(err) ? d : nullptr);
    }();
    if (!detector) return conf;
    UErrorCode err = U_ZERO_ERROR;
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &err);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &err);
    if (U_FAILURE(err)) return conf;
    const auto& sets = cyrillicCharsets();
    for (int32_t m = 0; m < count; ++m) {
        UErrorCode e = U_ZERO_ERROR;
        const char* name = ucsdet_getName(matches[m], &e);
        if (U_FAILURE(e) || name == nullptr) continue;
        for (std::size_t k = 0; k < sets.size(); ++k)
            if (std::strcmp(name, sets[k].name) == 0)
                conf[k] = std::max(conf[k], static_cast<int>(ucsdet_getConfidence(matches[m], &e)));
    }
    ucsdet_setText(detector.get(), "", 0, &err); // don't keep a pointer into the caller's bytes
    return conf;
}

} // namespace

const std::array<SingleByteCharset, 4>& cyrillicCharsets() {
    static const std::array<SingleByteCharset, 4> sets = {
        makeCharset("windows-1251", "windows-1251"), makeCharset("KOI8-R", "KOI8-R"),
        makeCharset("IBM866", "IBM866"), makeCharset("ISO-8859-5", "ISO-8859-5")};
    return sets;
}

CyrillicGuess guessCyrillic(std::string_view bytes) {
    static const LanguageModel lm;
    const auto& sets = cyrillicCharsets();
    const std::string_view sample = bytes.substr(0, kSampleBytes);
    const std::array<int, 4> icu = icuConfidences(sample);

    std::array<double, 4> total{};
    for (std::size_t k = 0; k < sets.size(); ++k)
        total[k] = score(collect(sample, sets[k], lm)) + 0.05 * icu[k] / 100.0;

    std::size_t best = 0;
    for (std::size_t k = 1; k < sets.size(); ++k)
        if (total[k] > total[best]) best = k;
    double second = 0;
    for (std::size_t k = 0; k < sets.size(); ++k)
        if (k != best) second = std::max(second, total[k]);

    if (total[best] <= 0.05) return {&sets[0], 10}; // no Russian letters: a guess
    const double quality = clamp01(total[best] / 0.75);
    const double margin = clamp01((total[best] - second) / total[best] / 0.5);
    const int confidence = static_cast<int>(std::lround(100.0 * quality * (0.4 + 0.6 * margin)));
    return {&sets[best], std::clamp(confidence, 1, 100)};
}

std::string decodeSingleByte(std::string_view bytes, const SingleByteCharset& charset) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        if (b == 0) continue;
        utf::append(out, charset.table[b]);
    }
    return out;
}

} // namespace letopis::text::detail
