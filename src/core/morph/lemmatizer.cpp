// Dictionary lemmas from hunspell-ru, cached per Lemmatizer.
#include "letopis/morph.hpp"
#include "letopis/text.hpp"
#include "text/string_map.hpp"
#include "word_form.hpp"

#include <hunspell/hunspell.hxx>
#include <unicode/uchar.h>

#include <filesystem>
#include <new>

namespace letopis::morph {
namespace {

namespace fs = std::filesystem;
using namespace detail;

constexpr std::size_t kMaxCached = 300000; // forms; a cleared cache only costs lookups

bool hasDictionary(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "ru_RU.aff", ec) && fs::is_regular_file(dir / "ru_RU.dic", ec);
}

bool endsWithUtf8(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool isVerbLemma(std::string_view l) {
    return endsWithUtf8(l, "ть") || endsWithUtf8(l, "ться") || endsWithUtf8(l, "ти") ||
           endsWithUtf8(l, "тись") || endsWithUtf8(l, "чь") || endsWithUtf8(l, "чься");
}

bool hasAdjectiveEnding(std::string_view l) {
    return endsWithUtf8(l, "ый") || endsWithUtf8(l, "ий") || endsWithUtf8(l, "ой");
}

// hunspell's analyze() gives " st:LEMMA fl:F" (fl only when a suffix rule applied).
void parseAnalysis(const std::string& a, std::string& lemma, char& flag) {
    lemma.clear();
    flag = 0;
    const auto st = a.find("st:");
    if (st == std::string::npos) return;
    const auto end = a.find(' ', st);
    lemma = a.substr(st + 3, end == std::string::npos ? std::string::npos : end - st - 3);
    const auto fl = a.find("fl:");
    if (fl != std::string::npos && fl + 3 < a.size()) flag = a[fl + 3];
}

// hunspell's analyze() of a word written "Москва" or "МОСКВА" also reads its lower-case form;
// only mixed case ("ВУЗах") needs the lower-case form asked for apart, and so does ё, which the
// folded form spells е.
bool analyzeReadsLowerCase(std::u32string_view word) {
    if (word.find_first_of(U"ёЁ") != std::u32string_view::npos) return false;
    bool restLower = true;
    bool restUpper = true;
    for (std::size_t i = 1; i < word.size(); ++i) {
        restLower = restLower && !u_isupper(static_cast<UChar32>(word[i]));
        restUpper = restUpper && !u_islower(static_cast<UChar32>(word[i]));
    }
    return restLower || restUpper;
}

} // namespace

struct Lemmatizer::Cache {
    struct Entry {
        bool known = false;
        std::vector<Analysis> analyses;
    };
    text::FlatStringMap<char, Entry> map;
};

Lemmatizer::Lemmatizer(std::unique_ptr<Hunspell> h) : m_hunspell(std::move(h)), m_cache(std::make_unique<Cache>()) {}
Lemmatizer::~Lemmatizer() = default;

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::open(const std::string& dictDir) {
    std::vector<fs::path> candidates;
    if (!dictDir.empty()) {
        candidates.emplace_back(dictDir);
    } else {
        candidates = {"/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell",
                      "/usr/local/share/hunspell"};
    }
    for (const auto& dir : candidates) {
        if (!hasDictionary(dir)) continue;
        try {
            auto h = std::make_unique<Hunspell>((dir / "ru_RU.aff").c_str(), (dir / "ru_RU.dic").c_str());
            if (h->get_dict_encoding() != "UTF-8") {
                return makeError(ErrorCode::Encoding, "hunspell dictionary " + (dir / "ru_RU.dic").string() +
                                                          " is not UTF-8 (SET " + h->get_dict_encoding() +
                                                          "); install the hunspell-ru package");
            }
            return std::unique_ptr<Lemmatizer>(new Lemmatizer(std::move(h)));
        } catch (const std::bad_alloc&) {
            return makeError(ErrorCode::Io, "out of memory loading the hunspell dictionary in " + dir.string());
        }
    }
    std::string where = dictDir.empty() ? "/usr/share/hunspell, /usr/share/myspell/dicts" : dictDir;
    return makeError(ErrorCode::Io, "Russian hunspell dictionary (ru_RU.aff and ru_RU.dic) not found in " + where +
                                        "; install the hunspell-ru package or pass the folder that holds it");
}

const std::vector<Lemmatizer::Analysis>& Lemmatizer::analyses(std::string_view word) {
    auto& map = m_cache->map;
    if (const auto* known = map.find(word)) return known->analyses;
    if (map.size() >= kMaxCached) map.clear();

    Cache::Entry entry;
    std::string w(word);
    const std::u32string wide = text::toU32(word);
    const std::string lower = text::toUtf8(fold(wide));
    std::string lemma;
    char flag = 0;
    // A base form in -ый/-ий/-ой is an adjective when its genitive is a word too ("критерий" is not).
    auto isAdjectiveBase = [&](const std::string& l) {
        if (!hasAdjectiveEnding(l)) return false;
        const std::string stem = l.substr(0, l.size() - 4); // two Cyrillic letters
        return m_hunspell->spell(stem + "ого") || m_hunspell->spell(stem + "его");
    };
    // "нефть", "власть", "область" end like infinitives; their instrumental in -ью tells them apart
    // (hunspell-ru's classes F and N are such nouns).
    auto isSoftNoun = [&](const std::string& l, char fl) {
        if (fl == 'F' || fl == 'N') return true;
        if (fl != 0 || !endsWithUtf8(l, "ть")) return false;
        return m_hunspell->spell(l.substr(0, l.size() - 2) + "ью"); // "ь" is two bytes
    };
    auto add = [&](const std::string& form) {
        // analyze() finds nothing for a word the dictionary lacks: no spell() check first.
        const auto found = m_hunspell->analyze(form);
        if (found.empty()) return;
        entry.known = true;
        for (const auto& a : found) {
            parseAnalysis(a, lemma, flag);
            if (lemma.empty()) continue;
            Pos pos = Pos::Noun;
            if (flag == 'A' || (flag == 0 && isAdjectiveBase(lemma))) pos = Pos::Adjective;
            else if (isVerbLemma(lemma) && !isSoftNoun(lemma, flag)) pos = Pos::Verb;
            bool dup = false;
            for (const auto& e : entry.analyses) dup = dup || (e.lemma == lemma && e.pos == pos);
            if (!dup) entry.analyses.push_back(Analysis{lemma, pos});
        }
    };
    if (!w.empty()) {
        add(w);
        if (lower != w && !analyzeReadsLowerCase(wide)) add(lower);
    }
    return map.add(w, std::move(entry)).analyses;
}

std::vector<std::string> Lemmatizer::lemmas(std::string_view word) {
    std::vector<std::string> out;
    for (const auto& a : analyses(word)) {
        bool dup = false;
        for (const auto& l : out) dup = dup || l == a.lemma;
        if (!dup) out.push_back(a.lemma);
    }
    return out;
}

bool Lemmatizer::isKnown(std::string_view word) {
    (void)analyses(word);
    const auto* entry = m_cache->map.find(word);
    return entry && entry->known;
}

} // namespace letopis::morph
