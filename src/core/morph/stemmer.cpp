// Snowball stems. libstemmer instances are not thread-safe, so each thread keeps its own.
#include "letopis/morph.hpp"
#include "letopis/text.hpp"

#include <libstemmer.h>

namespace letopis::morph {
namespace {

class Stemmer final {
public:
    explicit Stemmer(const char* language) : m_stemmer(sb_stemmer_new(language, "UTF_8")) {}
    ~Stemmer() {
        if (m_stemmer) sb_stemmer_delete(m_stemmer);
    }
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;

    std::string stem(const std::string& word) {
        if (!m_stemmer) return word;
        const sb_symbol* s = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                             static_cast<int>(word.size()));
        if (!s) return word; // out of memory: the word itself is a usable key
        return std::string(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(m_stemmer)));
    }

private:
    sb_stemmer* m_stemmer;
};

enum class Script { Cyrillic, Latin, Other };

// Bytes of UTF-8 are enough here: Cyrillic letters lead with 0xD0/0xD1, Latin are ASCII.
Script scriptOf(std::string_view w) {
    bool cyr = false, lat = false;
    for (unsigned char c : w) {
        if (c == 0xD0 || c == 0xD1) cyr = true;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) lat = true;
    }
    if (cyr) return Script::Cyrillic;
    return lat ? Script::Latin : Script::Other;
}

} // namespace

std::string stem(std::string_view word) {
    std::string folded = text::foldForMatch(word);
    switch (scriptOf(folded)) {
    case Script::Cyrillic: {
        thread_local Stemmer russian("russian");
        return russian.stem(folded);
    }
    case Script::Latin: {
        thread_local Stemmer english("english");
        return english.stem(folded);
    }
    case Script::Other: break;
    }
    return folded;
}

} // namespace letopis::morph
