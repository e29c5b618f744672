// Conversions between UTF-8 and UTF-32. Hand-written because they run on every document.
#include "letopis/text.hpp"
#include "text/utf.hpp"

namespace letopis::text {

std::u32string toU32(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const std::size_t run = utf::asciiRun(utf8, i);
        for (std::size_t k = 0; k < run; ++k) out.push_back(static_cast<unsigned char>(utf8[i + k]));
        i += run;
        if (i >= utf8.size()) break;
        const utf::Step st = utf::next(utf8, i);
        out.push_back(st.cp);
        i += st.len;
    }
    return out;
}

std::string toUtf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 2);
    for (char32_t c : text) utf::append(out, c);
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
