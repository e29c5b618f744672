#pragma once
// The word splitter and stem key behind the "letopis_ru" FTS5 tokenizer. Internal to the store.
#include "letopis/result.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sb_stemmer;

namespace letopis::store::detail {

// Splits UTF-8 text into index keys: runs of letters and digits (anything else separates, so
// "Буэнос-Айрес" is two words), NFC-composed, stress accents dropped, lower-cased, ё→е, then
// Cyrillic words stemmed with Snowball "russian" and Latin words with "english"; numbers and
// mixed words are kept as they are. Owns its stemmers, which are not thread-safe: one
// KeyTokenizer per thread or per FTS5 tokenizer instance.
class KeyTokenizer final {
public:
    KeyTokenizer();
    ~KeyTokenizer();
    KeyTokenizer(const KeyTokenizer&) = delete;
    KeyTokenizer& operator=(const KeyTokenizer&) = delete;

    // Called per key with byte offsets [start, end) into the input; a non-zero return stops
    // tokenizing and is returned from run().
    using Sink = int (*)(void* ctx, std::string_view key, int start, int end);
    int run(std::string_view utf8, void* ctx, Sink sink);

    // The key for one word (the first key when the word splits into several).
    std::string key(std::string_view word);
    // The key of a word of plain Russian lower-case letters (а–я, no ё): what key() gives for
    // it, without splitting, folding or the memo.
    std::string plainRussianKey(std::u32string_view word);

private:
    int emit(void* ctx, Sink sink, int start, int end);
    void foldWord();
    void stem();
    void stemUncached();

    static constexpr std::size_t kMaxStems = 100000; // words; a cleared memo only costs stemming

    sb_stemmer* m_russian = nullptr;
    sb_stemmer* m_english = nullptr;
    std::u32string m_word;   // code points of the current word, as read
    bool m_hasMark = false;  // the word holds combining marks (needs NFC)
    std::string m_key;       // UTF-8 key being built
    std::unordered_map<std::string, std::string> m_stems; // folded word → key
};

// True when the text holds at least one letter or digit, i.e. would yield a key.
bool hasKey(std::string_view utf8);

// Registers the "letopis_ru" tokenizer with the connection's FTS5 module.
Status registerTokenizer(sqlite3* db);

} // namespace letopis::store::detail
