// Persons and their roles: canonical nominative names, surname-only mentions linked to the full
// name in the same document, and job titles from appositions before or after the name.
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"

#include "letopis/morph.hpp"

#include <algorithm>
#include <unicode/uchar.h>

namespace letopis::extract::detail {

namespace {

std::vector<std::string> splitWords(const std::string& s)
{
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from < s.size()) {
        auto to = s.find(' ', from);
        if (to == std::string::npos)
            to = s.size();
        if (to > from)
            out.push_back(s.substr(from, to - from));
        from = to + 1;
    }
    return out;
}

bool onlyGap(const Context& ctx, std::uint32_t from, std::uint32_t to, std::u32string_view allowed)
{
    if (from > to)
        return false;
    for (auto c : ctx.view(from, to)) {
        if (c != U' ' && c != 0xA0 && allowed.find(c) == std::u32string_view::npos && !isDashChar(c))
            return false;
    }
    return to - from <= 4;
}

// "Заместитель Министра промышленности" → "заместитель Министра промышленности": a title starts
// lower-case unless its first word is an abbreviation.
std::string lowerFirst(std::string s)
{
    std::u32string u = text::toU32(s);
    if (u.size() > 1 && u_isupper(static_cast<UChar32>(u[0])) && !u_isupper(static_cast<UChar32>(u[1])))
        u[0] = static_cast<char32_t>(u_tolower(static_cast<UChar32>(u[0])));
    return text::toUtf8(u);
}

// The organisation a title names: a tagged organisation inside it, a quoted name, or the ministry
// a minister heads ("министра промышленности и торговли РФ" → "Министерство промышленности и торговли РФ").
std::string organisationOfTitle(Work& w, const Mention& title)
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
    // A run of Latin capitalised words: "Renault Group".
    const auto& words = ctx.words();
    for (std::size_t i = ctx.wordAt(title.start); i < words.size() && words[i].end <= title.end; ++i) {
        if (!words[i].latin || !words[i].capitalised)
            continue;
        std::size_t j = i;
        while (j + 1 < words.size() && words[j + 1].end <= title.end && words[j + 1].latin)
            ++j;
        return ctx.utf8(words[i].start, words[j].end);
    }
    const std::size_t first = ctx.wordAt(title.start);
    for (std::size_t i = first; i + 1 < words.size() && words[i].end <= title.end; ++i) {
        if (words[i].folded.rfind(U"министр", 0) == 0 && words[i].folded.find(U'-') == std::u32string::npos
            && words[i + 1].end <= title.end && !words[i + 1].capitalised) {
            return "Министерство " + ctx.utf8(words[i + 1].start, title.end);
        }
    }
    return {};
}

// The job titles of a person: the profession mention just before the name ("глава Минпромторга РФ
// Денис Мантуров") with the ones chained before it by a dash, comma or "и" ("вице-премьера РФ -
// министра ..."); failing that, the one after a comma ("Алексей Груздев, Заместитель Министра ...").
// In a list "A, title, B, title" a title after a comma belongs to the name before it, so a title
// before a name must touch it.
std::vector<const Mention*> titlesOf(const Work& w, const Mention& person)
{
    std::vector<const Mention*> titles;
    const auto professions = w.mentionsOf(MentionType::Profession);
    std::uint32_t edge = person.start;
    for (auto it = professions.rbegin(); it != professions.rend(); ++it) {
        const Mention* p = *it;
        if (p->end > edge)
            continue;
        const auto gap = w.ctx.view(p->end, edge);
        const bool touching = gap.find_first_not_of(U" \u00a0") == std::u32string_view::npos && gap.size() <= 2;
        const bool chained = !titles.empty() && onlyGap(w.ctx, p->end, edge, U",и");
        if (!(titles.empty() ? touching : chained))
            break;
        titles.push_back(p);
        edge = p->start;
    }
    if (!titles.empty())
        return titles;
    for (const Mention* p : professions) {
        if (p->start < person.end)
            continue;
        if (onlyGap(w.ctx, person.end, p->start, U",(") && w.ctx.view(person.end, p->start).find(U',') != std::u32string_view::npos)
            titles.push_back(p);
        break;
    }
    return titles;
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
            const std::string key = foldKey(words[0]);
            for (const auto& full : fullNames) {
                const auto parts = splitWords(full);
                if (foldKey(parts.back()) == key || foldKey(parts.front()) == key) {
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
        for (const Mention* t : titlesOf(w, m)) {
            Role role{lowerFirst(t->lemma.empty() ? t->text : t->lemma), organisationOfTitle(w, *t), t->sentence};
            const bool known = std::any_of(it->roles.begin(), it->roles.end(), [&](const Role& r) {
                return foldKey(r.title) == foldKey(role.title);
            });
            if (!known)
                it->roles.push_back(std::move(role));
        }
    }
}

} // namespace letopis::extract::detail
