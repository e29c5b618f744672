// The date finder: a hand-written parser over the token stream of dates_lexicon.cpp.
//
// Grammar (one expression, longest first):
//   relative   := [в|на] [начале|конце|...] ADJ UNIT | сегодня | вчера | ...
//   expression := [с|со|от | в|во [qualifier]] comp [(- | по | до) comp]
//   comp       := YYYY-MM-DD | D.M.YY(YY) | D [-го] [MONTH [YEAR]] | MONTH [YEAR] | YEAR
//   YEAR       := NNNN [-м|-го] [год|года|г.|гг.|годах ...]
// Resolution rules (summarised in dates.hpp):
// - A day or month without a year takes the year (anchor year − 1, anchor year or + 1) that puts
//   it closest to the anchor, ties going to the anchor year; the result is never more than about
//   six months away, so "в декабре" in a January release is the previous December.
// - In a range the year printed on one side applies to the other; a start that would then come
//   after the end moves to the previous year ("с 30 декабря по 2 января 2021").
// - Two-digit years (06.07.20) are 20YY when YY <= (anchor year + 1) mod 100 within the anchor's
//   century, else the century before; without an anchor the POSIX pivot applies (00–68 → 20YY).
// - A bare four-digit number is a year only after a month ("июля 2020") or with a year word
//   ("2020 года", "2020 г."), or as part of "с 2019 по 2021".
#include "extract/dates_internal.hpp"
#include "letopis/dates.hpp"

#include <cstdlib>
#include <tuple>

namespace letopis::dates {

namespace {

using namespace detail;

// One side of an expression: what the text printed, before any resolution.
struct Comp {
    bool hasDay = false;
    bool hasMonth = false;
    bool hasYear = false;
    int day = 0;
    int month = 0;
    int year = 0;
    bool yearWord = false; // a year word or suffix followed the year
    bool abbrev = false;   // the month was an abbreviation
    bool numeric = false;  // 07.07.2020 or 2020-07-07
    std::size_t first = 0; // token range [first, end)
    std::size_t end = 0;

    Precision precision() const
    {
        return hasDay ? Precision::Day : hasMonth ? Precision::Month : Precision::Year;
    }
    auto key() const { return std::tuple(year, month, day); }
};

enum class Prefix { None, From, In };

// Values that cannot exist whatever the year resolution will be.
bool plausible(const Comp& c)
{
    if (c.hasYear && (c.year < 1 || c.year > 9999))
        return false;
    if (c.hasDay && c.hasMonth)
        return isValidDay(c.hasYear ? c.year : 2000, c.month, c.day);
    if (c.hasDay)
        return c.day >= 1 && c.day <= 31;
    return true;
}

bool existsIn(const Comp& c, int year)
{
    if (year == 0)
        return true;
    if (year < 1 || year > 9999)
        return false;
    return !c.hasDay || isValidDay(year, c.month, c.day);
}

Date toDate(const Comp& c, int year, bool inferred)
{
    Date d;
    d.year = year;
    d.precision = c.precision();
    d.month = c.hasMonth ? c.month : 0;
    d.day = c.hasDay ? c.day : 0;
    d.yearInferred = inferred && year != 0;
    return d;
}

class Parser final {
public:
    Parser(std::u32string_view text, const std::optional<Date>& anchor)
        : m_toks(scan(text)), m_anchor(anchor && isValidDay(anchor->year, anchor->month, anchor->day)
                                           ? anchor
                                           : std::nullopt)
    {
    }

    std::vector<DateMention> run()
    {
        for (std::size_t i = 0; i < m_toks.size();) {
            std::size_t next = i;
            if (relative(i, next) || expression(i, next))
                i = next;
            else
                ++i;
        }
        return std::move(m_out);
    }

private:
    struct RangeResult {
        enum { None, Rejected, Found } state = None;
        std::size_t end = 0;
        Comp a; // resolved sides when Found
        Comp b;
        bool inferred = false;
    };

    const Tok* tok(std::size_t j) const { return j < m_toks.size() ? &m_toks[j] : nullptr; }
    bool joinable(std::size_t j) const { return j < m_toks.size() && m_toks[j].gap != Gap::Newline; }
    bool glued(std::size_t j) const { return j < m_toks.size() && m_toks[j].gap == Gap::None; }
    bool punct(std::size_t j, char32_t c) const
    {
        const Tok* t = tok(j);
        return t && t->kind == TokKind::Punct && t->value == static_cast<int>(c);
    }
    bool flag(std::size_t j, std::uint32_t f) const
    {
        const Tok* t = tok(j);
        return t && t->kw && (t->kw->flags & f) != 0;
    }
    bool number(std::size_t j, int minDigits, int maxDigits) const
    {
        const Tok* t = tok(j);
        return t && t->kind == TokKind::Number && t->digits >= minDigits && t->digits <= maxDigits;
    }
    bool month(std::size_t j) const
    {
        const Tok* t = tok(j);
        return t && t->kind == TokKind::Word && t->month != 0;
    }

    // A number glued to a word or to another number ("Иннопром-2024", "08:24", "1.5", "+7")
    // does not start a date.
    bool freeStart(std::size_t j) const
    {
        if (j == 0 || !glued(j))
            return true;
        const Tok& prev = m_toks[j - 1];
        if (prev.kind != TokKind::Punct)
            return false;
        if (prev.value == '+' || prev.value == '#' || prev.value == 0x2116) // №
            return false;
        if (j < 2 || !glued(j - 1))
            return true;
        const TokKind before = m_toks[j - 2].kind;
        if (prev.value == '.' || prev.value == ',')
            return before != TokKind::Number; // "1.22", but "Ташкент,22 апреля" is fine
        const bool joiner = prev.value == ':' || prev.value == '/' || prev.value == '-';
        return !(joiner && before != TokKind::Punct);
    }

    bool afterStreetWord(std::size_t j) const
    {
        if (j >= 1 && flag(j - 1, kStreet))
            return true;
        return j >= 2 && punct(j - 1, '.') && flag(j - 2, kStreet);
    }

    // "08:24", "14,5", "1.5": a number followed by a glued separator and another number.
    bool continuesAsNumber(std::size_t j) const
    {
        const Tok* t = tok(j);
        if (!t || !glued(j) || t->kind != TokKind::Punct)
            return false;
        const bool sep = t->value == '.' || t->value == ',' || t->value == ':' || t->value == '/';
        return sep && glued(j + 1) && tok(j + 1)->kind == TokKind::Number;
    }

    int twoDigitYear(int yy) const
    {
        if (!m_anchor)
            return yy <= 68 ? 2000 + yy : 1900 + yy;
        const int next = m_anchor->year + 1;
        const int century = next / 100 * 100;
        return yy <= next % 100 ? century + yy : century - 100 + yy;
    }

    std::size_t yearTail(std::size_t j, Comp& c) const
    {
        c.hasYear = true;
        c.year = m_toks[j].value;
        std::size_t k = j + 1;
        if (punct(k, '-') && glued(k) && glued(k + 1) && flag(k + 1, kYearSuffix)) {
            k += 2;
            c.yearWord = true;
        }
        // "1000 г сахара": a bare "г" before a word is grams, not a year.
        const bool grams = flag(k, kAbbrevDot) && !(punct(k + 1, '.') && glued(k + 1)) && tok(k + 1) &&
                           tok(k + 1)->kind == TokKind::Word;
        if (joinable(k) && flag(k, kYearWord) && !grams) {
            c.yearWord = true;
            const bool dotted = flag(k, kAbbrevDot);
            ++k;
            if (dotted && punct(k, '.') && glued(k)) {
                ++k;
                if (glued(k) && flag(k, kAbbrevDot) && punct(k + 1, '.') && glued(k + 1)) // "г.г."
                    k += 2;
            }
        }
        return k;
    }

    std::size_t monthTail(std::size_t j, Comp& c) const
    {
        c.hasMonth = true;
        c.month = m_toks[j].month;
        c.abbrev = m_toks[j].abbrev;
        std::size_t k = j + 1;
        if (c.abbrev && punct(k, '.') && glued(k))
            ++k;
        if (joinable(k) && number(k, 4, 4) && !continuesAsNumber(k + 1))
            return yearTail(k, c);
        return k;
    }

    bool numeric(std::size_t j, Comp& c) const
    {
        const auto g = [&](std::size_t k) { return glued(k); };
        int y = 0;
        int m = 0;
        int d = 0;
        if (number(j, 4, 4) && punct(j + 1, '-') && g(j + 1) && number(j + 2, 2, 2) && g(j + 2) &&
            punct(j + 3, '-') && g(j + 3) && number(j + 4, 2, 2) && g(j + 4)) {
            y = m_toks[j].value;
            m = m_toks[j + 2].value;
            d = m_toks[j + 4].value;
        } else if (number(j, 1, 2) && punct(j + 1, '.') && g(j + 1) && number(j + 2, 1, 2) && g(j + 2) &&
                   punct(j + 3, '.') && g(j + 3) && g(j + 4) &&
                   (number(j + 4, 2, 2) || number(j + 4, 4, 4))) {
            d = m_toks[j].value;
            m = m_toks[j + 2].value;
            y = m_toks[j + 4].digits == 2 ? twoDigitYear(m_toks[j + 4].value) : m_toks[j + 4].value;
        } else {
            return false;
        }
        const bool isoTime = m_toks[j].digits == 4 && glued(j + 5) && tok(j + 5)->kind == TokKind::Word &&
                             tok(j + 5)->end - tok(j + 5)->start == 1 && (tok(j + 5)->kw == nullptr);
        if (continuesAsNumber(j + 5) || (glued(j + 5) && tok(j + 5)->kind != TokKind::Punct && !isoTime))
            return false; // "1.2.2020.5", "12.03.2020abc"; but "2020-07-07T10:00" is a date
        c.numeric = c.hasDay = c.hasMonth = c.hasYear = true;
        c.day = d;
        c.month = m;
        c.year = y;
        c.end = j + 5;
        return true;
    }

    bool dayFirst(std::size_t j, Comp& c) const
    {
        if (continuesAsNumber(j + 1))
            return false;
        c.hasDay = true;
        c.day = m_toks[j].value;
        std::size_t k = j + 1;
        if (punct(k, '-') && glued(k) && glued(k + 1) && flag(k + 1, kDaySuffix) && month(k + 2))
            k += 2; // "22-го апреля"
        if (joinable(k) && month(k)) {
            c.end = monthTail(k, c);
        } else {
            c.end = j + 1;
        }
        return true;
    }

    std::optional<Comp> comp(std::size_t j, bool atStart) const
    {
        const Tok* t = tok(j);
        if (!t)
            return std::nullopt;
        Comp c;
        c.first = j;
        if (t->kind == TokKind::Number) {
            if (atStart && (!freeStart(j) || afterStreetWord(j)))
                return std::nullopt;
            if (numeric(j, c))
                return c;
            if (t->digits <= 2 && dayFirst(j, c))
                return c;
            if (t->digits == 4 && !continuesAsNumber(j + 1)) {
                c.end = yearTail(j, c);
                return c;
            }
            return std::nullopt;
        }
        if (t->kind == TokKind::Word && t->month != 0) {
            c.end = monthTail(j, c);
            return c;
        }
        return std::nullopt;
    }

    int closestYear(const Comp& c) const
    {
        const Date& a = *m_anchor;
        int best = 0;
        std::int64_t bestDist = 0;
        for (int y : {a.year, a.year - 1, a.year + 1}) {
            if (y < 1 || y > 9999 || !existsIn(c, y))
                continue;
            std::int64_t dist = c.hasDay
                                    ? daysFromCivil(y, c.month, c.day) - daysFromCivil(a.year, a.month, a.day)
                                    : (y * 12 + c.month) - (a.year * 12 + a.month);
            dist = std::llabs(dist);
            if (best == 0 || dist < bestDist) {
                best = y;
                bestDist = dist;
            }
        }
        return best;
    }

    void emit(std::uint32_t start, std::size_t endTok, Kind kind, const Date& begin, const Date& end)
    {
        m_out.push_back(DateMention{start, m_toks[endTok - 1].end, kind, begin, end});
    }

    static bool compatible(const Comp& a, const Comp& b)
    {
        if (a.hasDay)
            return b.hasDay && b.hasMonth;
        if (a.hasMonth)
            return b.hasMonth && !b.hasDay;
        return !b.hasMonth && b.hasYear;
    }

    // Fills in missing years on both sides; false when the range cannot be placed.
    bool resolveRange(Comp& a, Comp& b, bool& inferred) const
    {
        inferred = false;
        if (a.hasYear && !b.hasYear) {
            b.year = a.year;
            if (b.key() < a.key())
                ++b.year;
        } else if (!a.hasYear && b.hasYear) {
            a.year = b.year;
            if (a.key() > b.key())
                --a.year;
        } else if (!a.hasYear && !b.hasYear && m_anchor) {
            a.year = closestYear(a);
            if (a.year == 0)
                return false;
            b.year = a.year;
            if (b.key() < a.key())
                ++b.year;
            inferred = true;
        }
        return true;
    }

    RangeResult range(Prefix pre, const Comp& left) const
    {
        const std::size_t s = left.end;
        const bool dash = punct(s, '-');
        const bool wordSep = !dash && pre == Prefix::From && flag(s, kTo);
        if (!joinable(s) || !(dash || wordSep) || !joinable(s + 1))
            return {};
        auto right = comp(s + 1, false);
        if (!right || !compatible(left, *right))
            return {};
        Comp a = left;
        Comp b = *right;
        if (!a.hasDay && !a.hasMonth && !(b.yearWord || (wordSep && (a.yearWord || pre == Prefix::From))))
            return {}; // "2019-2021" alone is not a period
        if (a.hasDay && !a.hasMonth) {
            a.hasMonth = true;
            a.month = b.month;
        }
        RangeResult r;
        r.state = RangeResult::Rejected;
        r.end = b.end;
        if (!plausible(a) || !plausible(b))
            return r;
        if (!resolveRange(a, b, r.inferred) || !existsIn(a, a.year) || !existsIn(b, b.year))
            return r;
        if (a.year != 0 && b.year != 0 && a.key() > b.key())
            return r; // start after end: nonsense, not guessed
        r.state = RangeResult::Found;
        r.a = a;
        r.b = b;
        return r;
    }

    bool monthContext(std::size_t j) const { return j > 0 && joinable(j) && flag(j - 1, kMonthContext); }

    bool expression(std::size_t i, std::size_t& next);
    bool emitRange(std::size_t i, Prefix pre, const Comp& left, std::size_t& next);
    bool single(std::size_t i, Prefix pre, const Comp& c, std::size_t& next);
    bool listItem(const Comp& c, std::size_t& next);
    bool relative(std::size_t i, std::size_t& next);
    void emitRelative(std::uint32_t start, std::size_t endTok, int shift, Unit unit);

    std::vector<Tok> m_toks;
    std::optional<Date> m_anchor;
    std::vector<DateMention> m_out;
};

bool Parser::expression(std::size_t i, std::size_t& next)
{
    std::size_t k = i;
    Prefix pre = Prefix::None;
    if (flag(i, kFrom)) {
        pre = Prefix::From;
        k = i + 1;
    } else if (flag(i, kIn)) {
        pre = Prefix::In;
        k = i + 1;
        if (joinable(k) && flag(k, kQualifier))
            ++k;
    }
    if (pre != Prefix::None && !joinable(k))
        return false;
    const auto left = comp(k, true);
    if (!left)
        return false;
    if (emitRange(i, pre, *left, next))
        return true;
    return single(i, pre, *left, next);
}

bool Parser::emitRange(std::size_t i, Prefix pre, const Comp& left, std::size_t& next)
{
    const RangeResult r = range(pre, left);
    if (r.state == RangeResult::None)
        return false;
    next = r.end;
    if (r.state == RangeResult::Rejected)
        return true; // consumed: a period with an impossible day is not re-read in parts
    const std::uint32_t start = pre != Prefix::None ? m_toks[i].start : m_toks[left.first].start;
    emit(start, r.end, Kind::Range, toDate(r.a, r.a.year, r.inferred), toDate(r.b, r.b.year, r.inferred));
    return true;
}

bool Parser::single(std::size_t i, Prefix pre, const Comp& c, std::size_t& next)
{
    if (c.hasDay && !c.hasMonth)
        return listItem(c, next); // "22 и 24 апреля"; otherwise a bare number
    if (!c.hasMonth && !c.yearWord)
        return false; // a bare four-digit number is not a year
    if (c.hasMonth && !c.hasDay && !c.hasYear && (c.abbrev || (pre == Prefix::None && !monthContext(c.first))))
        return false; // "Май" as a name; a lone abbreviation
    next = c.end;
    if (!plausible(c))
        return true; // consumed: nonsense such as 31.02.2020 is not reported, nor re-read in parts
    Kind kind = Kind::Absolute;
    int year = c.year;
    if (!c.hasYear) {
        kind = Kind::Partial;
        year = m_anchor ? closestYear(c) : 0;
        if (m_anchor && year == 0)
            return true; // 29 February with no leap year near the anchor
    }
    const Date d = toDate(c, year, !c.hasYear);
    const bool withPrefix = pre == Prefix::In && c.precision() != Precision::Day;
    emit(withPrefix ? m_toks[i].start : m_toks[c.first].start, c.end, kind, d, d);
    return true;
}

// A day in "1, 2 и 3 мая" takes the month and year of the last item. Commas alone do not make
// a list ("дом 5, 22 апреля"): the items must end with "и".
bool Parser::listItem(const Comp& c, std::size_t& next)
{
    std::size_t k = c.end;
    bool sawAnd = false;
    while (joinable(k) && joinable(k + 1) && !sawAnd) {
        sawAnd = flag(k, kAnd);
        if (!sawAnd && !(punct(k, ',') && glued(k)))
            return false;
        if (!number(k + 1, 1, 2) || continuesAsNumber(k + 2))
            return false;
        if (sawAnd)
            break;
        k += 2;
    }
    if (!sawAnd)
        return false;
    const auto last = comp(k + 1, false);
    if (!last || !last->hasDay || !last->hasMonth || last->numeric)
        return false;
    Comp item = c;
    item.hasMonth = true;
    item.month = last->month;
    item.hasYear = last->hasYear;
    item.year = last->year;
    next = c.end;
    if (!plausible(item))
        return true;
    const int year = item.hasYear ? item.year : (m_anchor ? closestYear(item) : 0);
    if (m_anchor && year == 0)
        return true;
    const Date d = toDate(item, year, !item.hasYear);
    emit(m_toks[c.first].start, c.end, item.hasYear ? Kind::Absolute : Kind::Partial, d, d);
    return true;
}

bool Parser::relative(std::size_t i, std::size_t& next)
{
    if (!m_anchor)
        return false;
    std::size_t k = i;
    const bool prep = flag(i, kIn | kOn);
    if (prep) {
        ++k;
        if (joinable(k) && flag(k, kQualifier))
            ++k;
        if (!joinable(k))
            return false;
    }
    const Tok* w = tok(k);
    if (!w || !w->kw)
        return false;
    if (!prep && (w->kw->flags & kRelDay)) {
        emitRelative(w->start, k + 1, w->kw->shift, Unit::Day);
        next = k + 1;
        return true;
    }
    if (!(w->kw->flags & kRelAdj) || !joinable(k + 1) || !flag(k + 1, kUnit))
        return false;
    const Unit unit = m_toks[k + 1].kw->unit;
    if (unit == Unit::Day && (!prep || w->kw->shift != 0))
        return false; // only "в этот день"
    emitRelative(prep ? m_toks[i].start : w->start, k + 2, w->kw->shift, unit);
    next = k + 2;
    return true;
}

void Parser::emitRelative(std::uint32_t start, std::size_t endTok, int shift, Unit unit)
{
    Date begin;
    Date end;
    if (relativePeriod(*m_anchor, shift, unit, begin, end))
        emit(start, endTok, Kind::Relative, begin, end);
}

} // namespace

std::vector<DateMention> findDates(std::u32string_view text, const std::optional<Date>& anchor)
{
    return Parser(text, anchor).run();
}

std::vector<DateMention> findDates(std::string_view utf8, const std::optional<Date>& anchor)
{
    return findDates(std::u32string_view(decodeUtf8(utf8)), anchor);
}

// The whole string, less surrounding spaces and a final full stop, must be one expression.
std::optional<DateMention> parseOne(std::string_view utf8, const std::optional<Date>& anchor)
{
    const std::u32string text = decodeUtf8(utf8);
    std::size_t first = 0;
    std::size_t last = text.size();
    while (first < last && isSpaceChar(text[first]))
        ++first;
    while (last > first && (isSpaceChar(text[last - 1]) || text[last - 1] == U'.'))
        --last;
    if (first == last)
        return std::nullopt;
    const std::u32string core(text.substr(first, last - first));
    if (core.size() <= 10 && core.find_first_not_of(U"0123456789-") == std::u32string::npos) {
        std::string ascii;
        for (char32_t c : core)
            ascii.push_back(static_cast<char>(c));
        if (auto d = parseIso(ascii))
            return DateMention{static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last),
                               Kind::Absolute, *d, *d};
    }
    const auto found = findDates(std::u32string_view(text), anchor);
    if (found.size() != 1 || found[0].start != first || found[0].end < last)
        return std::nullopt;
    return found[0];
}

} // namespace letopis::dates
