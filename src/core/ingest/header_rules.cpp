#include "ingest/header_rules.hpp"

#include "letopis/text.hpp"

#include <unicode/uchar.h>

#include <array>

namespace letopis::ingest::detail {

namespace {

constexpr std::size_t kMaxHeadingLength = 250;
constexpr std::size_t kMaxDebrisLength = 160;
constexpr std::size_t kMaxBylineLength = 160;
constexpr std::size_t kMaxTagLength = 60;

bool startsWith(std::u32string_view s, std::u32string_view prefix)
{
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

bool isLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool isUpper(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }
bool isLower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool isDash(char32_t c) { return c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }
bool isQuote(char32_t c)
{
    return c == U'"' || c == U'«' || c == U'»' || c == U'„' || c == U'“' || c == U'”' || c == U'‟';
}
bool isSentenceEnd(char32_t c) { return c == U'.' || c == U'!' || c == U'?' || c == U'…'; }

std::u32string_view trim(std::u32string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// Strips a trailing clock time ("00:09", ", 12:30 мск") from a date line.
std::u32string_view stripTime(std::u32string_view s)
{
    s = trim(s);
    for (std::u32string_view zone : {std::u32string_view(U"мск"), std::u32string_view(U"МСК"),
                                     std::u32string_view(U"MSK")}) {
        if (s.size() > zone.size() && s.substr(s.size() - zone.size()) == zone)
            s = trim(s.substr(0, s.size() - zone.size()));
    }
    std::size_t i = s.size();
    while (i > 0 && isDigit(s[i - 1]))
        --i;
    if (i == s.size() || s.size() - i != 2 || i == 0 || s[i - 1] != U':')
        return s;
    std::size_t h = i - 1;
    while (h > 0 && isDigit(s[h - 1]))
        --h;
    if (h == i - 1 || (i - 1) - h > 2)
        return s;
    s = s.substr(0, h);
    while (!s.empty() && (isSpace(s.back()) || s.back() == U',' || isDash(s.back())))
        s.remove_suffix(1);
    return s;
}

// Name-like word: a capital followed by lower-case letters, hyphens allowed ("Петров-Водкин").
bool isNameWord(std::u32string_view w)
{
    if (w.size() < 2 || !isUpper(w[0]))
        return false;
    for (std::size_t i = 1; i < w.size(); ++i) {
        if (!(isLower(w[i]) || (w[i] == U'-' && i + 1 < w.size())))
            return false;
    }
    return true;
}

} // namespace

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == 0x00A0 || c == 0x200B || c == 0xFEFF || c == 0x00AD
        || u_isUWhiteSpace(static_cast<UChar32>(c));
}

std::optional<dates::Date> parseDateLine(std::u32string_view line)
{
    const auto s = stripTime(line);
    if (s.empty() || s.size() > 40)
        return std::nullopt;
    const auto found = dates::findDates(s, std::nullopt);
    if (found.size() != 1 || found[0].kind == dates::Kind::Range)
        return std::nullopt;
    const auto& m = found[0];
    // The date must be the whole line, give or take a weekday or "года".
    const auto before = trim(s.substr(0, m.start));
    const auto after = trim(s.substr(m.end));
    if (!before.empty() || after.size() > 12 || m.begin.precision != dates::Precision::Day)
        return std::nullopt;
    return m.begin;
}

bool isSeparator(std::u32string_view line)
{
    std::size_t marks = 0;
    for (char32_t c : line) {
        if (c == U'*' || c == U'#' || c == U'=' || c == U'_' || c == U'~' || c == U'•' || isDash(c))
            ++marks;
        else if (!isSpace(c))
            return false;
    }
    return marks >= 3;
}

bool isHeadingLike(std::u32string_view line)
{
    line = trim(line);
    if (line.size() < 3 || line.size() > kMaxHeadingLength || parseDateLine(line))
        return false;
    bool hasLetter = false;
    for (char32_t c : line)
        hasLetter = hasLetter || isLetter(c);
    if (!hasLetter)
        return false;
    char32_t last = line.back();
    std::size_t i = line.size();
    while (i > 0 && (isQuote(line[i - 1]) || line[i - 1] == U')'))
        --i;
    if (i > 0)
        last = line[i - 1];
    return last != U'.' && last != U',' && last != U';' && last != U':';
}

namespace {

// opensTagList() of a trimmed line already folded for matching.
bool isTagListOpener(std::u32string_view f)
{
    return f == U"теги" || f == U"теги:" || startsWith(f, U"теги:") || f == U"тэги" || startsWith(f, U"тэги:");
}

} // namespace

bool isDebris(std::u32string_view line)
{
    line = trim(line);
    if (line.empty() || line.size() > kMaxDebrisLength)
        return false;
    const std::u32string f = text::foldForMatch(line);
    static constexpr std::array<std::u32string_view, 22> kPrefixes{
        U"ваш браузер не поддерживает", U"читать на ", U"читать далее", U"читайте также",
        U"читайте нас", U"смотрите также", U"смотрите видео", U"подписывайтесь на",
        U"подпишитесь на", U"поделиться", U"в новость внесена правка", U"в новость внесены",
        U"в материал внесены", U"материал дополнен", U"новость дополнена", U"новость обновлена",
        U"фото:", U"фото -", U"видео:", U"иллюстрация:", U"все права защищены", U"©"};
    for (auto p : kPrefixes) {
        if (startsWith(f, p))
            return true;
    }
    if (isTagListOpener(f))
        return true;
    // A bare address such as "tass.ru" or "https://example.org/news".
    bool space = false, dot = false, ascii = true;
    for (char32_t c : f) {
        space = space || isSpace(c);
        dot = dot || c == U'.';
        ascii = ascii && c < 0x80;
    }
    return !space && dot && ascii && (startsWith(f, U"http") || startsWith(f, U"www.") || f.size() < 40)
        && !isDigit(f[0]);
}

bool opensTagList(std::u32string_view line)
{
    return isTagListOpener(text::foldForMatch(trim(line)));
}

bool isTagLike(std::u32string_view line)
{
    line = trim(line);
    return !line.empty() && line.size() <= kMaxTagLength && !isSentenceEnd(line.back());
}

std::optional<AgencyDateline> matchAgencyDateline(std::u32string_view p)
{
    // CITY in capitals (several words and hyphens allowed), then a comma.
    std::size_t i = 0;
    std::size_t letters = 0;
    while (i < p.size() && (isUpper(p[i]) || p[i] == U'-' || p[i] == U' ')) {
        letters += isUpper(p[i]) ? 1 : 0;
        ++i;
    }
    // Or a press release's "Казань, 15 апреля 2024 г. — …": up to three capitalised words
    // ("Нижний Новгород", "Ростов-на-Дону"), and then no agency, only the dash.
    bool pressRelease = false;
    if (letters < 3 || i >= p.size() || p[i] != U',') {
        i = 0;
        for (int words = 0; words < 3; ++words) {
            if (i >= p.size() || !isUpper(p[i]))
                return std::nullopt;
            ++i;
            std::size_t lower = 0;
            while (i < p.size() && (isLower(p[i]) || (p[i] == U'-' && i + 1 < p.size() && isLetter(p[i + 1])))) {
                lower += isLower(p[i]) ? 1 : 0;
                ++i;
            }
            if (lower < 2)
                return std::nullopt;
            if (i < p.size() && p[i] == U' ')
                ++i;
            else
                break;
        }
        if (i >= p.size() || p[i] != U',')
            return std::nullopt;
        pressRelease = true;
    }
    ++i;
    // Day and month, up to the next '.', '-', '—' or '('.
    const std::size_t dateStart = i;
    while (i < p.size() && p[i] != U'.' && !isDash(p[i]) && p[i] != U'(' && p[i] != U'/' && i - dateStart < 30)
        ++i;
    if (i >= p.size())
        return std::nullopt;
    const auto found = dates::findDates(trim(p.substr(dateStart, i - dateStart)), std::nullopt);
    if (found.size() != 1 || found[0].begin.precision != dates::Precision::Day)
        return std::nullopt;
    AgencyDateline out;
    out.date = found[0].begin;
    if (pressRelease) {
        if (p[i] == U'.') // "2024 г."
            ++i;
        while (i < p.size() && isSpace(p[i]))
            ++i;
        if (i >= p.size() || !isDash(p[i]))
            return std::nullopt;
        ++i;
        while (i < p.size() && isSpace(p[i]))
            ++i;
        if (i >= p.size() || !(isUpper(p[i]) || isDigit(p[i]))) // "— В Казани …", "— 25–27 марта …"
            return std::nullopt;
        out.length = static_cast<std::uint32_t>(i);
        return out;
    }
    if (p[i] == U'.')
        ++i;
    while (i < p.size() && isSpace(p[i]))
        ++i;
    if (i >= p.size())
        return std::nullopt;
    std::size_t agencyStart = 0, agencyEnd = 0;
    if (p[i] == U'/' || p[i] == U'(') {
        const char32_t close = p[i] == U'/' ? U'/' : U')';
        agencyStart = ++i;
        while (i < p.size() && p[i] != close && i - agencyStart < 40)
            ++i;
        if (i >= p.size() || p[i] != close)
            return std::nullopt;
        agencyEnd = i++;
    } else if (isDash(p[i])) {
        ++i;
        while (i < p.size() && isSpace(p[i]))
            ++i;
        agencyStart = i;
        while (i < p.size() && p[i] != U'.' && i - agencyStart < 40)
            ++i;
        if (i >= p.size())
            return std::nullopt;
        agencyEnd = i;
    } else {
        return std::nullopt;
    }
    out.agency = std::u32string(trim(p.substr(agencyStart, agencyEnd - agencyStart)));
    if (out.agency.empty())
        return std::nullopt;
    while (i < p.size() && (isSpace(p[i]) || isDash(p[i])) && p[i] != U'.')
        ++i;
    if (i < p.size() && p[i] == U'.')
        ++i;
    out.length = static_cast<std::uint32_t>(i);
    return out;
}

namespace {

// Splits "Ольга Штейн, \"Российская газета\", Свердловская область" into comma-separated fields,
// commas inside quotes kept.
std::vector<std::u32string_view> fields(std::u32string_view s)
{
    std::vector<std::u32string_view> out;
    bool quoted = false;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && isQuote(s[i]))
            quoted = s[i] == U'«' ? true : (s[i] == U'»' ? false : !quoted);
        if (i == s.size() || (s[i] == U',' && !quoted)) {
            out.push_back(trim(s.substr(from, i - from)));
            from = i + 1;
        }
    }
    return out;
}

std::u32string stripQuotes(std::u32string_view s)
{
    while (!s.empty() && isQuote(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isQuote(s.back()))
        s.remove_suffix(1);
    return std::u32string(trim(s));
}

std::optional<ClosingByline> bylineAt(std::u32string_view s, std::uint32_t offset)
{
    s = trim(s);
    if (s.empty() || s.size() > kMaxBylineLength || isSentenceEnd(s.back()))
        return std::nullopt;
    const auto f = fields(s);
    if (f.size() < 2 || f[1].empty())
        return std::nullopt;
    // First field: a person's name of two or three name words.
    std::vector<std::u32string_view> words;
    std::size_t w = 0;
    const auto name = f[0];
    for (std::size_t i = 0; i <= name.size(); ++i) {
        if (i == name.size() || isSpace(name[i])) {
            if (i > w)
                words.push_back(name.substr(w, i - w));
            w = i + 1;
        }
    }
    if (words.size() < 2 || words.size() > 3)
        return std::nullopt;
    for (auto word : words) {
        if (!isNameWord(word))
            return std::nullopt;
    }
    // Second field: a quoted outlet, or a capitalised name.
    if (!isQuote(f[1].front()) && !isUpper(f[1].front()))
        return std::nullopt;
    return ClosingByline{offset, stripQuotes(f[1])};
}

} // namespace

std::optional<ClosingByline> matchClosingByline(std::u32string_view p)
{
    if (auto whole = bylineAt(p, 0))
        return whole;
    // Glued to the end of the last paragraph: the text after its last sentence end.
    std::size_t i = p.size();
    while (i > 0) {
        --i;
        if (isSentenceEnd(p[i]) && i + 1 < p.size()) {
            std::size_t j = i + 1;
            while (j < p.size() && isQuote(p[j]))
                ++j;
            if (j < p.size() && isSpace(p[j])) {
                while (j < p.size() && isSpace(p[j]))
                    ++j;
                return bylineAt(p.substr(j), static_cast<std::uint32_t>(j));
            }
        }
    }
    return std::nullopt;
}

} // namespace letopis::ingest::detail
