// The "letopis_ru" FTS5 tokenizer: index keys are stems, so a query for one form of a word finds
// the others. The same KeyTokenizer turns query words into keys, so both sides always agree.
#include "store/tokenizer.hpp"

#include "letopis/store.hpp"
#include "letopis/text.hpp"
#include "store/statement.hpp"
#include "text/string_map.hpp"

#include <libstemmer.h>
#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <new>

namespace letopis::store::detail {

namespace {

bool isMark(UChar32 c)
{
    const auto t = u_charType(c);
    return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK;
}

// Invisible characters that may sit inside a word without splitting it (soft hyphen,
// zero-width space/joiners, word joiner, BOM): dropped from the key.
bool isGlue(UChar32 c)
{
    return c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

// Stress accents are typography, not spelling: "за́мок" is indexed as "замок".
bool isStressMark(char32_t c)
{
    return c == 0x0300 || c == 0x0301;
}

char32_t foldLetter(char32_t c)
{
    c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    switch (c) {
    case 0x0451: return 0x0435; // ё → е
    case 0x0450: return 0x0435; // ѐ (е with a grave stress mark) → е
    case 0x045D: return 0x0438; // ѝ → и
    default: return c;
    }
}

// NFC-composes a word that holds combining marks, so a decomposed "й" or "ё" keys like the
// precomposed one. Leaves the word as it is when ICU fails.
void composeNfc(std::u32string& word)
{
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2* nfc = unorm2_getNFCInstance(&err);
    if (U_FAILURE(err))
        return;
    std::u16string in(word.size() * 2, u'\0');
    int32_t len = 0;
    u_strFromUTF32(in.data(), static_cast<int32_t>(in.size()), &len,
                   reinterpret_cast<const UChar32*>(word.data()), static_cast<int32_t>(word.size()), &err);
    if (U_FAILURE(err))
        return;
    std::u16string out(static_cast<std::size_t>(len) * 3 + 4, u'\0');
    const int32_t outLen = unorm2_normalize(nfc, in.data(), len, out.data(), static_cast<int32_t>(out.size()), &err);
    if (U_FAILURE(err))
        return;
    std::u32string composed(static_cast<std::size_t>(outLen), U'\0');
    int32_t n32 = 0;
    u_strToUTF32(reinterpret_cast<UChar32*>(composed.data()), static_cast<int32_t>(composed.size()), &n32,
                 out.data(), outLen, &err);
    if (U_FAILURE(err))
        return;
    composed.resize(static_cast<std::size_t>(n32));
    word = std::move(composed);
}

void appendUtf8(std::string& out, char32_t c)
{
    char buf[U8_MAX_LENGTH];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
    if (!error)
        out.append(buf, static_cast<std::size_t>(n));
}

} // namespace

KeyTokenizer::KeyTokenizer()
    : m_russian(sb_stemmer_new("russian", "UTF_8"))
    , m_english(sb_stemmer_new("english", "UTF_8"))
{
}

KeyTokenizer::~KeyTokenizer()
{
    sb_stemmer_delete(m_russian);
    sb_stemmer_delete(m_english);
}

int KeyTokenizer::run(std::string_view utf8, void* ctx, Sink sink)
{
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto n = static_cast<int32_t>(utf8.size());
    int32_t i = 0;
    int wordStart = -1;
    int wordEnd = 0;
    while (i < n) {
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        if (c >= 0 && u_isalnum(c)) {
            if (wordStart < 0) {
                wordStart = at;
                m_word.clear();
                m_hasMark = false;
            }
            m_word.push_back(static_cast<char32_t>(c));
            wordEnd = i;
            continue;
        }
        if (wordStart >= 0 && c >= 0 && (isMark(c) || isGlue(c))) {
            if (isMark(c)) {
                m_word.push_back(static_cast<char32_t>(c));
                m_hasMark = true;
            }
            wordEnd = i;
            continue;
        }
        if (wordStart >= 0) {
            if (const int rc = emit(ctx, sink, wordStart, wordEnd))
                return rc;
            wordStart = -1;
        }
    }
    return wordStart >= 0 ? emit(ctx, sink, wordStart, wordEnd) : 0;
}

int KeyTokenizer::emit(void* ctx, Sink sink, int start, int end)
{
    foldWord();
    stem();
    if (m_key.empty())
        return 0;
    return sink(ctx, m_key, start, end);
}

void KeyTokenizer::foldWord()
{
    if (m_hasMark)
        composeNfc(m_word);
    m_key.clear();
    for (char32_t c : m_word) {
        if (!isStressMark(c))
            appendUtf8(m_key, foldLetter(c));
    }
}

void KeyTokenizer::stem()
{
    // News repeats its words: each folded word is stemmed once per tokenizer (a fifth of the
    // cost of indexing a document went to Snowball). The folded key decides the stem: folding
    // keeps every letter's script.
    if (const auto it = m_stems.find(m_key); it != m_stems.end()) {
        m_key.assign(it->second);
        return;
    }
    if (m_stems.size() >= kMaxStems)
        m_stems.clear();
    const auto remembered = m_stems.emplace(m_key, std::string()).first;
    stemUncached();
    remembered->second = m_key;
}

void KeyTokenizer::stemUncached()
{
    bool cyrillic = false, latin = false, other = false;
    for (char32_t c : m_word) {
        const auto cp = static_cast<UChar32>(c);
        if (isMark(cp))
            continue;
        UErrorCode err = U_ZERO_ERROR;
        const UScriptCode script = u_isdigit(cp) ? USCRIPT_COMMON : uscript_getScript(cp, &err);
        cyrillic |= script == USCRIPT_CYRILLIC;
        latin |= script == USCRIPT_LATIN;
        other |= script != USCRIPT_CYRILLIC && script != USCRIPT_LATIN;
    }
    // Numbers and mixed words ("covid19", "5g") are kept as typed.
    sb_stemmer* stemmer = other || cyrillic == latin ? nullptr : (cyrillic ? m_russian : m_english);
    if (!stemmer)
        return;
    const sb_symbol* out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(m_key.data()),
                                           static_cast<int>(m_key.size()));
    if (out)
        m_key.assign(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
}

std::string KeyTokenizer::key(std::string_view word)
{
    std::string first;
    run(word, &first, [](void* ctx, std::string_view k, int, int) {
        static_cast<std::string*>(ctx)->assign(k);
        return 1;
    });
    return first;
}

std::string KeyTokenizer::plainRussianKey(std::u32string_view word)
{
    std::string utf8;
    utf8.reserve(word.size() * 2);
    for (char32_t c : word)
        appendUtf8(utf8, c);
    const sb_symbol* out = m_russian ? sb_stemmer_stem(m_russian, reinterpret_cast<const sb_symbol*>(utf8.data()),
                                                       static_cast<int>(utf8.size()))
                                     : nullptr;
    if (out)
        utf8.assign(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(m_russian)));
    return utf8;
}

bool hasKey(std::string_view utf8)
{
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto n = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        if (c >= 0 && u_isalnum(c))
            return true;
    }
    return false;
}

namespace {

struct TokenCallback {
    void* ctx;
    int (*xToken)(void*, int, const char*, int, int, int);
};

int ftsCreate(void*, const char**, int, Fts5Tokenizer** out)
{
    auto* t = new (std::nothrow) KeyTokenizer();
    if (!t)
        return SQLITE_NOMEM;
    *out = reinterpret_cast<Fts5Tokenizer*>(t);
    return SQLITE_OK;
}

void ftsDelete(Fts5Tokenizer* t)
{
    delete reinterpret_cast<KeyTokenizer*>(t);
}

int ftsTokenize(Fts5Tokenizer* t, void* ctx, int /*flags*/, const char* text, int n,
                int (*xToken)(void*, int, const char*, int, int, int))
{
    // Documents, queries and prefixes are keyed alike: a stemmed prefix is a prefix of the
    // stems of the words it begins, so prefix queries stay supersets.
    TokenCallback cb{ctx, xToken};
    try {
        return reinterpret_cast<KeyTokenizer*>(t)->run(
            std::string_view(text, n > 0 ? static_cast<std::size_t>(n) : 0), &cb,
            [](void* c, std::string_view key, int start, int end) {
                auto* f = static_cast<TokenCallback*>(c);
                return f->xToken(f->ctx, 0, key.data(), static_cast<int>(key.size()), start, end);
            });
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    }
}

fts5_tokenizer kTokenizer{ftsCreate, ftsDelete, ftsTokenize};

} // namespace

Status registerTokenizer(sqlite3* db)
{
    auto s = Statement::prepare(db, "SELECT fts5(?1)", false);
    if (!s)
        return makeError(ErrorCode::Database, "this SQLite library has no FTS5 full-text module, which Letopis needs: "
                                              + s.error().message);
    fts5_api* api = nullptr;
    sqlite3_bind_pointer(s->get(), 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    s->step();
    s->reset();
    if (!api || api->iVersion < 2)
        return makeError(ErrorCode::Database, "this SQLite library's FTS5 module is too old for Letopis");
    if (api->xCreateTokenizer(api, "letopis_ru", nullptr, &kTokenizer, nullptr) != SQLITE_OK)
        return sqliteError(db, "cannot register the letopis_ru full-text tokenizer");
    return Ok{};
}

} // namespace letopis::store::detail

namespace letopis::store {

namespace {

detail::KeyTokenizer& threadTokenizer()
{
    thread_local detail::KeyTokenizer tokenizer;
    return tokenizer;
}

text::WordMemo<std::string>& stemMemo()
{
    thread_local text::WordMemo<std::string> memo;
    return memo;
}

} // namespace

std::string stemForIndex(std::string_view word)
{
    return threadTokenizer().key(word);
}

const std::string* rememberedStemForIndex(std::u32string_view word)
{
    return stemMemo().find(word);
}

const std::string& stemForIndex(std::u32string_view word)
{
    return stemMemo().get(word, [](std::u32string_view w) {
        // Most words are plain lower-case Russian: for them the key is Snowball's stem as is.
        return text::isPlainRussianLower(w) ? threadTokenizer().plainRussianKey(w) : threadTokenizer().key(text::toUtf8(w));
    });
}

} // namespace letopis::store
