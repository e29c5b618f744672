// Organisations, countries and places of a document.
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"

#include "letopis/gazetteer.hpp"
#include "letopis/morph.hpp"

#include <algorithm>

namespace letopis::extract::detail {

std::string canonicalOrganization(Work& w, std::uint32_t start, std::uint32_t end)
{
    // A quoted name is a name: "«Гельтек-Медика»" → "Гельтек-Медика".
    std::uint32_t s = start, e = end;
    while (s < e && isQuoteMark(w.ctx.text()[s]))
        ++s;
    while (e > s && isQuoteMark(w.ctx.text()[e - 1]))
        --e;
    if (s != start || e != end) {
        const Quote* q = w.ctx.quoteAt(s);
        if (q && q->innerStart() == s && q->innerEnd() == e)
            return w.ctx.utf8(s, e);
    }
    return morph::phraseNominative(wordsOf(w.ctx, start, end), w.lem);
}

namespace {

bool overlapsMention(const Work& w, std::uint32_t s, std::uint32_t e, MentionType t)
{
    return std::any_of(w.facts.mentions.begin(), w.facts.mentions.end(),
                       [&](const Mention& m) { return m.type == t && m.start < e && s < m.end; });
}

// Quoted names right after an organisation noun or a legal form: "группы компаний «Формика»",
// "партии «Единая Россия»", "ООО «Ромашка»"; and quoted names that open with a legal form: "«НПК Симба»".
void quotedOrganisations(Work& w, std::vector<Mention>& found)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    for (const auto& q : ctx.quotes()) {
        if (q.innerEnd() <= q.innerStart() || q.innerEnd() - q.innerStart() > 80)
            continue;
        const std::size_t first = ctx.wordAt(q.innerStart());
        if (first >= words.size() || words[first].start >= q.innerEnd())
            continue;
        const bool legalInside = isLegalForm(ctx.view(words[first].start, words[first].end));
        const bool nounBefore = first > 0 && words[first - 1].end <= q.open && q.open - words[first - 1].end <= 1
            && isOrganisationNoun(words[first - 1].folded) && !eventNoun(words[first - 1].folded);
        if (!legalInside && !nounBefore)
            continue;
        if (overlapsMention(w, q.innerStart(), q.innerEnd(), MentionType::Organization))
            continue;
        Mention m;
        m.type = MentionType::Organization;
        m.start = q.innerStart();
        m.end = q.innerEnd();
        m.text = ctx.utf8(m.start, m.end);
        m.lemma = m.text;
        m.entity = m.text;
        m.sentence = ctx.sentenceSpan(m.start);
        found.push_back(std::move(m));
    }
}

} // namespace

void buildOrganizations(Work& w)
{
    std::vector<Mention> found;
    quotedOrganisations(w, found);
    for (auto& m : found)
        w.facts.mentions.push_back(std::move(m));
    std::sort(w.facts.mentions.begin(), w.facts.mentions.end(), [](const Mention& a, const Mention& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    for (auto& m : w.facts.mentions) {
        if (m.type != MentionType::Organization)
            continue;
        if (m.entity.empty() || m.entity == m.lemma)
            m.entity = canonicalOrganization(w, m.start, m.end);
        m.lemma = m.entity;
        addUnique(w.facts.organizations, m.entity);
    }
    for (const auto& p : w.facts.persons) {
        for (const auto& r : p.roles)
            addUnique(w.facts.organizations, r.organization);
    }
    // The agency or outlet that published the document.
    addUnique(w.facts.organizations, w.ctx.doc().source);
}

void buildCountriesAndPlaces(Work& w)
{
    for (const auto& m : w.facts.mentions) {
        if (m.type == MentionType::Country && m.entity.size() == 2)
            addUnique(w.facts.countries, m.entity);
        if (m.type == MentionType::City || m.type == MentionType::Region)
            addUnique(w.facts.places, m.lemma);
    }
    if (!w.gazetteer)
        return;
    // Country adjectives ("российских") and the countries of the cities named.
    for (const auto& match : w.gazetteer->find(w.ctx.text())) {
        if (!w.ctx.usable(match.start, match.end))
            continue;
        const auto& place = w.gazetteer->place(match.place);
        if (match.adjective || place.kind != gaz::PlaceKind::Country)
            addUnique(w.facts.countries, place.country);
    }
}

} // namespace letopis::extract::detail
