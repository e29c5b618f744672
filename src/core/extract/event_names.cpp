#include "extract/event_names.hpp"

#include "extract/lexicon.hpp"

#include <unicode/uchar.h>

#include <algorithm>

namespace letopis::extract::detail {

namespace {

bool isCopula(std::u32string_view w)
{
    return w == U"станет" || w == U"стал" || w == U"стала" || w == U"стало" || w == U"будет" || w == U"является"
        || w == U"станут";
}

// A quoted phrase that opens with a lower-case Cyrillic letter is a phrase, not a name:
// "ссылается на «надежный источник»", "конкурс на «шесть лучших вакансий»".
bool quotedName(const Context& ctx, const Quote& q)
{
    const auto inner = ctx.view(q.innerStart(), q.innerEnd());
    const auto first = std::find_if(inner.begin(), inner.end(), [](char32_t c) { return u_isalnum(static_cast<UChar32>(c)); });
    if (first == inner.end())
        return false;
    const bool cyrillic = *first >= 0x0400 && *first <= 0x04FF;
    return !cyrillic || !u_islower(static_cast<UChar32>(*first));
}

// A name right at word index j: a quote opening there, or an all-capitals or Latin brand.
std::optional<std::pair<std::uint32_t, std::uint32_t>> nameAt(const Context& ctx, std::size_t j, std::uint32_t from)
{
    const auto& words = ctx.words();
    if (j >= words.size())
        return std::nullopt;
    for (const auto& q : ctx.quotes()) {
        if (q.open >= from && (q.open == words[j].start || (q.innerStart() <= words[j].start && q.close > words[j].start)))
            return quotedName(ctx, q) ? std::optional(std::make_pair(q.innerStart(), q.innerEnd())) : std::nullopt;
        if (q.open > words[j].start)
            break;
    }
    const Word& w = words[j];
    if (w.kind != text::TokenKind::Word || !w.capitalised)
        return std::nullopt;
    const bool brand = (w.allCaps && w.end - w.start >= 4) || (w.latin && w.end - w.start >= 3);
    if (!brand)
        return std::nullopt;
    std::size_t k = j;
    while (k + 1 < words.size() && words[k + 1].latin && words[k + 1].capitalised && w.latin
           && words[k + 1].start - words[k].end <= 1)
        ++k;
    return std::make_pair(words[j].start, words[k].end);
}

// One is "на" an event, not "в" it: a quoted name or a brand right after "на" (or "на платформе",
// "на площадке") names an event when the text names it at least twice ("На «Иннопроме»
// выступят…", "формат «Иннопрома»") and the sentence tells of an event: a platform or venue, an
// event verb or taking part ("выступят", "пройдет", "участники"). A single "на «Уралмаше»" is more
// likely a plant; "ЕС наложил на «Майкрософт» штрафы", "трафик на Facebook" tell of no event.
void onNames(const Context& ctx, std::vector<EventOccurrence>& out)
{
    const auto& words = ctx.words();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> names;
    for (const auto& q : ctx.quotes()) {
        if (quotedName(ctx, q))
            names.emplace_back(q.innerStart(), q.innerEnd());
    }
    for (std::size_t j = 0; j < words.size(); ++j) {
        if (!ctx.quoteAt(words[j].start))
            if (auto n = nameAt(ctx, j, 0))
                names.push_back(*n);
    }
    for (const auto& [start, end] : names) {
        const std::size_t j = ctx.wordAt(start);
        std::size_t k = j;
        while (k > 0 && words[k - 1].start >= start - std::min<std::uint32_t>(start, 1) && words[k - 1].kind == text::TokenKind::Punct)
            --k; // the opening quote
        if (k == 0)
            continue;
        std::size_t prep = k - 1;
        const bool venue = words[prep].folded.rfind(U"платформ", 0) == 0 || words[prep].folded.rfind(U"площадк", 0) == 0;
        if (venue && prep > 0)
            --prep;
        if (words[prep].folded != U"на")
            continue;
        bool told = venue;
        const int sentence = ctx.sentenceAt(start);
        for (std::size_t i = ctx.wordAt(ctx.sentences()[std::size_t(sentence)].start);
             !told && i < words.size() && ctx.sentenceAt(words[i].start) == sentence; ++i)
            told = isEventVerb(words[i].folded) || isSpeakerCue(words[i].folded);
        if (!told)
            continue;
        const NameKey key = nameKey(ctx.view(start, end));
        auto repeats = std::count_if(names.begin(), names.end(), [&](const auto& other) {
            return sameName(nameKey(ctx.view(other.first, other.second)), key);
        });
        // A short abbreviation is no brand by itself but repeats the name: "На ВЭФ …" / "На ВЭФ-2024 …".
        for (const auto& x : words)
            if (x.allCaps && x.end - x.start == 3 && !ctx.quoteAt(x.start) && x.start != start
                && sameName(nameKey(ctx.view(x.start, x.end)), key))
                ++repeats;
        if (repeats < 2)
            continue;
        EventOccurrence occ;
        occ.start = start;
        occ.end = end;
        occ.sentence = ctx.sentenceAt(start);
        out.push_back(occ);
    }
}

} // namespace

namespace {

// An event named by adjectives before its noun, with no quotes: "Петербургского международного
// экономического форума", "Восточный экономический форум". The first adjective is capitalised
// mid-sentence (a capital at a sentence start says nothing: "Крупная выставка откроется …"), the
// others are in lower case, and none is plural ("Международные выставки" are many events).
std::optional<EventOccurrence> adjectivalName(const Context& ctx, std::size_t noun, EventType type)
{
    const auto& words = ctx.words();
    const int sentence = ctx.sentenceAt(words[noun].start);
    std::size_t first = noun;
    while (first > 0 && words[first - 1].kind == text::TokenKind::Word && isAdjectiveForm(words[first - 1].folded)
           && ctx.sentenceAt(words[first - 1].start) == sentence && !ctx.quoteAt(words[first - 1].start)
           && words[first - 1].end + 1 >= words[first].start) {
        --first;
        if (words[first].capitalised)
            break;
    }
    if (first == noun || !words[first].capitalised || words[first].allCaps || words[noun].capitalised)
        return std::nullopt;
    if (isPluralAdjectiveForm(words[first].folded))
        return std::nullopt;
    // At a sentence start only with its short name in brackets: "Восточный экономический форум (ВЭФ)".
    const bool opensSentence = first == 0 || ctx.sentenceAt(words[first - 1].start) != sentence;
    if (opensSentence) {
        const std::size_t open = noun + 1;
        const bool bracketed = open + 2 < words.size() && words[open].folded == U"(" && words[open + 1].allCaps
            && words[open + 1].end - words[open + 1].start >= 3 && words[open + 2].folded == U")";
        if (!bracketed)
            return std::nullopt;
    }
    EventOccurrence occ;
    occ.start = words[first].start;
    occ.end = words[noun].end;
    occ.type = type;
    occ.sentence = sentence;
    occ.adjectival = true;
    return occ;
}

} // namespace

bool insideName(const Context& ctx, std::uint32_t pos)
{
    const Quote* q = ctx.quoteAt(pos);
    return q && q->innerEnd() - q->innerStart() <= kMaxNameLength;
}

std::vector<EventOccurrence> findNamedEvents(const Context& ctx)
{
    std::vector<EventOccurrence> out;
    const auto& words = ctx.words();
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        if (w.kind != text::TokenKind::Word)
            continue;
        auto type = eventNoun(w.folded);
        // "круглый стол «…»": a session named by two words.
        if (!type && w.folded.rfind(U"стол", 0) == 0 && w.folded.size() <= 6 && i > 0
            && words[i - 1].folded.rfind(U"кругл", 0) == 0)
            type = EventType::Session;
        if (type && !insideName(ctx, w.start)) {
            // The name follows the noun directly, after a dash or colon, after a copula, or after
            // one genitive word ("выставка России ИННОПРОМ").
            bool program = false;
            bool named = false;
            for (std::size_t j = i + 1; j < words.size() && j <= i + 4; ++j) {
                const Word& x = words[j];
                if (ctx.sentenceAt(x.start) != ctx.sentenceAt(w.start))
                    break;
                if (auto name = nameAt(ctx, j, w.end)) {
                    EventOccurrence occ;
                    occ.start = name->first;
                    occ.end = name->second;
                    occ.type = isGenericEventNoun(w.folded) ? std::optional<EventType>() : type;
                    occ.nominative = true;
                    occ.program = program;
                    occ.sentence = ctx.sentenceAt(occ.start);
                    out.push_back(occ);
                    named = true;
                    break;
                }
                const bool filler = x.kind == text::TokenKind::Punct ? x.folded == U"-"
                                                                     : (isCopula(x.folded) || x.folded.rfind(U"программ", 0) == 0
                                                                        || x.folded.rfind(U"делов", 0) == 0
                                                                        || (x.capitalised && j == i + 1));
                if (x.folded.rfind(U"программ", 0) == 0)
                    program = true;
                if (!filler)
                    break;
            }
            if (!named && !isGenericEventNoun(w.folded))
                if (auto occ = adjectivalName(ctx, i, *type))
                    out.push_back(*occ);
        }
        // "пройдет «Марафон столиц»": an event verb right before a quoted name.
        if (isEventVerb(w.folded) && i + 1 < words.size()) {
            if (auto name = nameAt(ctx, i + 1, w.end); name && ctx.quoteAt(name->first)) {
                EventOccurrence occ;
                occ.start = name->first;
                occ.end = name->second;
                occ.nominative = true;
                occ.sentence = ctx.sentenceAt(occ.start);
                out.push_back(occ);
            }
        }
    }
    onNames(ctx, out);
    // "Казанского международного инвестиционного форума (КМИФ)": the short name in brackets.
    const std::size_t found = out.size();
    for (std::size_t n = 0; n < found; ++n) {
        std::uint32_t at = out[n].end;
        while (at < ctx.text().size() && (ctx.text()[at] == U' ' || isQuoteMark(ctx.text()[at])))
            ++at;
        if (at >= ctx.text().size() || ctx.text()[at] != U'(')
            continue;
        const std::size_t j = ctx.wordAt(at + 1);
        if (j >= words.size() || words[j].start != at + 1 || !words[j].allCaps || words[j].end - words[j].start < 3
            || words[j].end >= ctx.text().size() || ctx.text()[words[j].end] != U')')
            continue;
        EventOccurrence occ = out[n];
        occ.start = words[j].start;
        occ.end = words[j].end;
        occ.nominative = true;
        occ.adjectival = false;
        out.push_back(occ);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    out.erase(std::unique(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.start == b.start; }),
              out.end());
    return out;
}

namespace {

std::u32string transliterate(std::u32string_view latin)
{
    // Enough to compare brand names written in both scripts: INNOPROM ~ ИННОПРОМ.
    static constexpr std::pair<char32_t, std::u32string_view> kMap[] = {
        {U'a', U"а"}, {U'b', U"б"}, {U'c', U"к"}, {U'd', U"д"}, {U'e', U"е"}, {U'f', U"ф"}, {U'g', U"г"},
        {U'h', U"х"}, {U'i', U"и"}, {U'j', U"дж"}, {U'k', U"к"}, {U'l', U"л"}, {U'm', U"м"}, {U'n', U"н"},
        {U'o', U"о"}, {U'p', U"п"}, {U'q', U"к"}, {U'r', U"р"}, {U's', U"с"}, {U't', U"т"}, {U'u', U"у"},
        {U'v', U"в"}, {U'w', U"в"}, {U'x', U"кс"}, {U'y', U"и"}, {U'z', U"з"}};
    std::u32string out;
    for (char32_t c : latin) {
        bool mapped = false;
        for (const auto& [from, to] : kMap) {
            if (c == from) {
                out += to;
                mapped = true;
                break;
            }
        }
        if (!mapped)
            out += c;
    }
    return out;
}

// Case endings: one word is the other plus at most three letters, both long enough to be names.
bool similarWord(const std::u32string& a, const std::u32string& b) { return sameWordForms(a, b, 4, 3); }

// In a name of several words, adjectives change their endings rather than add to them
// ("Петербургский" / "Петербургского"): a shared stem of five letters or more and at most three
// letters of ending on either side. All the name's words must agree, which one word could not.
bool similarInflected(const std::u32string& a, const std::u32string& b)
{
    if (similarWord(a, b))
        return true;
    std::size_t common = 0;
    while (common < a.size() && common < b.size() && a[common] == b[common])
        ++common;
    return common >= 5 && a.size() - common <= 3 && b.size() - common <= 3;
}

} // namespace

NameKey nameKey(std::u32string_view name)
{
    NameKey key;
    std::u32string word;
    auto flush = [&] {
        if (word.empty())
            return;
        bool digits = std::all_of(word.begin(), word.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
        if (digits && word.size() == 4) {
            key.edition = std::stoi(std::string(word.begin(), word.end()));
        } else if (isOnlineWord(word) || isOfflineWord(word)) {
            key.online = key.online || isOnlineWord(word);
        } else {
            key.words.push_back(transliterate(word));
        }
        word.clear();
    };
    for (char32_t c : text::foldForMatch(name)) {
        if (u_isalnum(static_cast<UChar32>(c)))
            word += c;
        else
            flush();
    }
    flush();
    return key;
}

bool sameName(const NameKey& a, const NameKey& b)
{
    if (a.words.empty() || a.words.size() != b.words.size())
        return false;
    for (std::size_t i = 0; i < a.words.size(); ++i) {
        if (!(a.words.size() > 1 ? similarInflected(a.words[i], b.words[i]) : similarWord(a.words[i], b.words[i])))
            return false;
    }
    return true;
}

bool sameSeries(const NameKey& a, const NameKey& b)
{
    return !a.words.empty() && !b.words.empty() && similarWord(a.words[0], b.words[0]) && a.words[0].size() >= 5;
}

std::string displayName(std::u32string_view name)
{
    std::u32string out;
    std::u32string word;
    auto flush = [&](char32_t sep) {
        bool drop = false;
        if (!word.empty()) {
            const auto folded = text::foldForMatch(word);
            const bool digits = std::all_of(word.begin(), word.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
            drop = isOnlineWord(folded) || isOfflineWord(folded) || (digits && word.size() == 4 && !out.empty());
            if (!drop) {
                bool caps = word.size() >= 6;
                for (char32_t c : word)
                    caps = caps && !u_islower(static_cast<UChar32>(c));
                if (caps) {
                    for (std::size_t i = 1; i < word.size(); ++i)
                        word[i] = static_cast<char32_t>(u_tolower(static_cast<UChar32>(word[i])));
                }
                out += word;
            }
        }
        word.clear();
        if (sep && !drop)
            out += sep;
    };
    for (char32_t c : name) {
        if (isQuoteMark(c))
            continue;
        if (c == U' ' || c == U'-' || c == U'.' || c == U',' || c == U':' || isDashChar(c))
            flush(c);
        else
            word += c;
    }
    flush(0);
    while (!out.empty() && (out.back() == U' ' || out.back() == U'-' || out.back() == U'.' || isDashChar(out.back())))
        out.pop_back();
    // Collapse separators left by dropped words: "Иннопром- " → "Иннопром".
    std::u32string tidy;
    for (char32_t c : out) {
        if (c == U' ' && !tidy.empty() && tidy.back() == U' ')
            continue;
        tidy += c;
    }
    return text::toUtf8(tidy);
}

std::string seriesOf(const std::string& display)
{
    const auto dot = display.find(". ");
    return dot == std::string::npos ? display : display.substr(0, dot);
}

bool sameWordForms(std::u32string_view a, std::u32string_view b, std::size_t minLength, std::size_t maxEnding,
                   std::size_t trim)
{
    if (a == b)
        return true;
    const auto shorter = a.size() < b.size() ? a : b;
    const auto longer = a.size() < b.size() ? b : a;
    return shorter.size() >= minLength && longer.size() - shorter.size() <= maxEnding
        && longer.substr(0, shorter.size() - trim) == shorter.substr(0, shorter.size() - trim);
}

} // namespace letopis::extract::detail
