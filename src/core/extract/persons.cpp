// Persons and their roles: canonical nominative names, surname-only mentions linked to the full
// name in the same document, and job titles from appositions before or after the name.
#include "extract/event_names.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"

#include "letopis/morph.hpp"

#include <algorithm>
#include <unicode/uchar.h>

namespace letopis::extract::detail {

namespace {

// "Заместитель Министра промышленности" → "заместитель Министра промышленности": a title starts
// lower-case unless its first word is an abbreviation.
std::string lowerFirst(std::string s)
{
    std::u32string u = text::toU32(s);
    if (u.size() > 1 && u_isupper(static_cast<UChar32>(u[0])) && !u_isupper(static_cast<UChar32>(u[1])))
        u[0] = static_cast<char32_t>(u_tolower(static_cast<UChar32>(u[0])));
    return text::toUtf8(u);
}

// The organisation a title names: a tagged organisation inside it, a quoted name, a Latin
// company name, or the ministry a minister heads ("министра промышленности и торговли РФ" →
// "Министерство промышленности и торговли РФ").
std::string organisationOfTitle(Work& w, text::Span title)
{
    for (const Mention* org : w.mentionsIn(title.start, title.end, MentionType::Organization)) {
        if (org->end <= title.end)
            return org->entity;
    }
    const Context& ctx = w.ctx;
    for (const auto& q : ctx.quotes()) {
        if (q.open >= title.start && q.close < title.end)
            return ctx.utf8(q.innerStart(), q.innerEnd());
    }
    const auto& words = ctx.words();
    for (std::size_t i = ctx.wordAt(title.start); i < words.size() && words[i].end <= title.end; ++i) {
        if (!words[i].latin || !words[i].capitalised)
            continue;
        std::size_t j = i;
        while (j + 1 < words.size() && words[j + 1].end <= title.end && words[j + 1].latin)
            ++j;
        return ctx.utf8(words[i].start, words[j].end);
    }
    for (std::size_t i = ctx.wordAt(title.start); i + 1 < words.size() && words[i].end <= title.end; ++i) {
        if (words[i].folded.rfind(U"министр", 0) == 0 && words[i].folded.find(U'-') == std::u32string::npos
            && words[i + 1].end <= title.end && !words[i + 1].capitalised && words[i + 1].folded != U"правительства") {
            return "Министерство " + ctx.utf8(words[i + 1].start, title.end);
        }
    }
    return {};
}

// Tokens that end a title: punctuation other than quotes and inner hyphens.
bool isBoundary(const Word& w)
{
    if (w.kind != text::TokenKind::Punct && w.kind != text::TokenKind::Symbol)
        return false;
    const char32_t c = w.folded.empty() ? U' ' : w.folded[0];
    return !isQuoteMark(c);
}

bool isRoleWord(const Word& w)
{
    return w.kind == text::TokenKind::Word && (isRoleHead(w.folded) || isRoleModifier(w.folded));
}

// A plural group ("спикеров", "губернаторов") or a list opener ("среди спикеров") is not a title.
bool isGroupWord(const Word& w)
{
    const auto& f = w.folded;
    const auto ends = [&](std::u32string_view e) { return f.size() > e.size() && f.compare(f.size() - e.size(), e.size(), e) == 0; };
    return ends(U"ов") || ends(U"ев") || ends(U"ами") || ends(U"ями") || ends(U"ах") || ends(U"ях");
}

struct Segment {
    std::size_t from = 0; // word indexes, [from, to)
    std::size_t to = 0;
    bool startsAtBoundary = false; // from is right after ',' or '-' (not ':' or a sentence start)
};

// Splits "вице-президент группы компаний «Формика» и директор деловой программы" into two titles
// when both sides are titles of two words or more.
void addTitles(const Context& ctx, std::size_t from, std::size_t to, std::vector<text::Span>& out)
{
    const auto& words = ctx.words();
    for (std::size_t k = from + 2; k + 1 < to; ++k) {
        if (words[k].folded == U"и" && isRoleWord(words[k + 1]) && !insideName(ctx, words[k].start)) {
            out.push_back({words[from].start, words[k - 1].end});
            addTitles(ctx, k + 1, to, out);
            return;
        }
    }
    // A title ends with its closing quote when it names something in quotes.
    std::uint32_t end = words[to - 1].end;
    if (const Quote* q = ctx.quoteAt(words[to - 1].start); q && q->close >= end && q->close - end <= 2)
        end = q->close + 1;
    out.push_back({words[from].start, end});
}

bool hasPerson(const Work& w, std::uint32_t start, std::uint32_t end)
{
    return !w.mentionsIn(start, end, MentionType::Person).empty();
}

// Titles before a name: the words between the previous boundary and the name, from the first
// role word on ("В то же время генеральный директор NexTouch Владимир …"); then, while the title
// filled its whole segment after a comma or dash, the segment before it when that one is a title
// too ("вице-премьера РФ - министра промышленности и торговли Дениса Мантурова").
std::vector<text::Span> titlesBefore(const Work& w, const Mention& person)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    std::vector<text::Span> out;
    std::size_t to = ctx.wordAt(person.start);
    const int sentence = ctx.sentenceAt(person.start);
    for (int hops = 0; hops < 4 && to > 0; ++hops) {
        std::size_t from = to;
        while (from > 0 && !isBoundary(words[from - 1]) && ctx.sentenceAt(words[from - 1].start) == sentence)
            --from;
        std::size_t k = from;
        while (k < to && !(isRoleWord(words[k]) && !isGroupWord(words[k])))
            ++k;
        if (k >= to || (k > 0 && words[k - 1].folded == U"среди"))
            break;
        if (hops > 0 && hasPerson(w, words[from].start, words[to - 1].end))
            break;
        addTitles(ctx, k, to, out);
        const bool chained = k == from && from > 0 && (words[from - 1].folded == U"," || isDashChar(words[from - 1].folded[0]));
        if (!chained)
            break;
        to = from - 1;
    }
    return out;
}

// A title after a comma when none stands before the name: "Алексей Груздев, Заместитель Министра
// промышленности и торговли РФ, Алаа Эзз, …". It must not lead straight into the next name, whose
// title it then is.
std::vector<text::Span> titlesAfter(const Work& w, const Mention& person)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    std::vector<text::Span> out;
    std::size_t from = ctx.wordAt(person.end);
    if (from >= words.size() || words[from].folded != U",")
        return out;
    ++from;
    if (from >= words.size() || !isRoleWord(words[from]) || isGroupWord(words[from]))
        return out;
    std::size_t to = from;
    const int sentence = ctx.sentenceAt(person.start);
    while (to < words.size() && !isBoundary(words[to]) && ctx.sentenceAt(words[to].start) == sentence)
        ++to;
    if (hasPerson(w, words[from].start, words[to - 1].end))
        return out;
    // "… Президент Национального союза промышленности Перу и другие спикеры": the title ends at an
    // "и" after which no name follows ("малого и среднего бизнеса Германии" goes on).
    for (std::size_t k = from + 1; k < to; ++k) {
        if (words[k].folded != U"и" || insideName(ctx, words[k].start) || (k + 1 < to && isRoleWord(words[k + 1])))
            continue;
        bool capital = false;
        for (std::size_t c = k + 1; c < to; ++c)
            capital = capital || words[c].capitalised;
        if (!capital) {
            to = k;
            break;
        }
    }
    addTitles(ctx, from, to, out);
    return out;
}

std::string titleText(Work& w, text::Span span)
{
    return lowerFirst(nominativeText(w, span.start, span.end, false));
}

} // namespace

void buildPersons(Work& w)
{
    // Full names first, so that surnames alone can be linked to them.
    std::vector<std::string> fullNames;
    for (const auto& m : w.facts.mentions) {
        if (m.type == MentionType::Person && splitWords(m.lemma).size() >= 2)
            addUnique(fullNames, m.lemma);
    }
    for (auto& m : w.facts.mentions) {
        if (m.type != MentionType::Person)
            continue;
        const auto words = splitWords(m.lemma);
        if (words.size() == 1) {
            const std::string key = text::nameKey(words[0]);
            for (const auto& full : fullNames) {
                const auto parts = splitWords(full);
                if (text::nameKey(parts.back()) == key || text::nameKey(parts.front()) == key) {
                    m.entity = full;
                    break;
                }
            }
        } else {
            m.entity = m.lemma;
        }
    }
    for (const auto& m : w.facts.mentions) {
        if (m.type != MentionType::Person || splitWords(m.entity).size() < 2)
            continue;
        auto it = std::find_if(w.facts.persons.begin(), w.facts.persons.end(),
                               [&](const Person& p) { return p.name == m.entity; });
        if (it == w.facts.persons.end()) {
            w.facts.persons.push_back(Person{m.entity, {}, {}});
            it = std::prev(w.facts.persons.end());
        }
        if (it->evidence.empty() || !(it->evidence.back() == m.sentence))
            it->evidence.push_back(m.sentence);
        auto titles = titlesBefore(w, m);
        if (titles.empty())
            titles = titlesAfter(w, m);
        for (const text::Span& t : titles) {
            Role role{titleText(w, t), organisationOfTitle(w, t), m.sentence};
            const bool known = std::any_of(it->roles.begin(), it->roles.end(), [&](const Role& r) {
                return text::nameKey(r.title) == text::nameKey(role.title);
            });
            if (!known)
                it->roles.push_back(std::move(role));
        }
    }
}

} // namespace letopis::extract::detail
