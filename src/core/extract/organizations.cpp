// Organisations, countries and places of a document.
#include "extract/event_names.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"

#include "letopis/gazetteer.hpp"
#include "letopis/morph.hpp"

#include <algorithm>
#include <unicode/uchar.h>

namespace letopis::extract::detail {

std::string canonicalOrganization(Work& w, std::uint32_t start, std::uint32_t end)
{
    // A quoted name is a name and does not decline: "«Гельтек-Медика»" → "Гельтек-Медика".
    std::uint32_t s = start, e = end;
    while (s < e && isQuoteMark(w.ctx.text()[s]))
        ++s;
    while (e > s && isQuoteMark(w.ctx.text()[e - 1]))
        --e;
    if (const Quote* q = w.ctx.quoteAt(s); q && q->innerStart() == s && q->innerEnd() == e) {
        // Unless nothing before it takes the case: "на сайте «Российской газеты»" is "Российская
        // газета", where "газеты «Ведомости»" and "ООО «Ромашка»" keep their names as printed.
        const auto& words = w.ctx.words();
        const std::size_t first = w.ctx.wordAt(s);
        const std::size_t open = w.ctx.wordAt(q->open);
        const bool named = open > 0 && open <= words.size()
            && (isOrganisationNoun(words[open - 1].folded) || isLegalForm(w.ctx.view(words[open - 1].start, words[open - 1].end)));
        if (named || first >= words.size())
            return w.ctx.utf8(s, e);
        // A one-word brand declines as a noun does: "акции «Газпрома»", "глава «Роснефти»" name
        // Газпром and Роснефть. A brand is a word the dictionary does not know, or knows only as a
        // proper name; a common noun may be a name in its own right, in the plural or not
        // («Ведомости», «Известия», «Ромашка»), and is kept as printed.
        const bool oneWord = w.ctx.wordAt(e) == first + 1 || (first + 1 < words.size() && words[first + 1].start >= e);
        if (oneWord && w.lem && !words[first].latin && words[first].folded.find(U'-') == std::u32string::npos) {
            const auto& analyses = w.lem->analyses(w.ctx.utf8(s, e));
            // Unknown, or known only as a proper name ("Газпрома" of Газпром): a brand.
            const bool brand = std::all_of(analyses.begin(), analyses.end(), [](const auto& a) {
                const std::u32string lemma = text::toU32(a.lemma); // a proper name keeps its capital
                return a.pos == morph::Lemmatizer::Pos::Noun && !lemma.empty() && u_isupper(static_cast<UChar32>(lemma[0]));
            });
            // Only the plain genitives, which no nominative looks like: "-а" after a consonant off a
            // consonant ("Росатома" → Росатом), "-и" off a soft sign ("Роснефти" → Роснефть);
            // "Ростелеком" is no instrumental of "Ростелек".
            if (brand) {
                const std::u32string printed = text::toU32(w.ctx.utf8(s, e));
                const std::u32string nominative = text::toU32(nominativeText(w, s, e, false));
                const std::u32string stem = printed.substr(0, printed.size() - 1);
                if (printed.size() > 3 && (nominative == stem || nominative == stem + U"ь"))
                    return text::toUtf8(nominative);
            }
        }
        if (!hasObliqueAdjectiveEnding(words[first].folded))
            return w.ctx.utf8(s, e);
        return nominativeText(w, s, e, false);
    }
    return nominativeText(w, start, end, false);
}

// One name for one organisation: a ministry's short form and "РФ" spelt out, so that
// "Минпромторг РФ" and "Министерство промышленности и торговли Российской Федерации" are one.
std::string fullOrganisationName(const std::string& name)
{
    std::u32string u = text::toU32(name);
    const std::size_t space = u.find(U' ');
    const std::u32string first = u.substr(0, space);
    if (auto full = ministryFullName(text::foldForMatch(first)))
        u = std::u32string(*full) + (space == std::u32string::npos ? U"" : u.substr(space));
    static constexpr std::u32string_view kRf = U"РФ";
    for (std::size_t at = u.find(kRf); at != std::u32string::npos; at = u.find(kRf, at + 1)) {
        const bool wordStart = at == 0 || u[at - 1] == U' ';
        const bool wordEnd = at + kRf.size() == u.size() || u[at + kRf.size()] == U' ';
        if (wordStart && wordEnd)
            u.replace(at, kRf.size(), U"Российской Федерации");
    }
    return text::toUtf8(u);
}

namespace {

// A mention of type t over [s, e), or one that starts there and goes further (the same name
// read to its end: "Московский государственный университет" + "имени М. В. Ломоносова").
bool sameSpanMention(const Work& w, std::uint32_t s, std::uint32_t e, MentionType t)
{
    return std::any_of(w.facts.mentions.begin(), w.facts.mentions.end(),
                       [&](const Mention& m) { return m.type == t && m.start == s && m.end >= e; });
}

bool endsWith(std::u32string_view f, std::u32string_view e) { return f.size() > e.size() && f.substr(f.size() - e.size()) == e; }

bool isGenitiveTail(std::u32string_view f)
{
    for (std::u32string_view e : {U"ия", U"ии", U"ства", U"ния", U"ции", U"ки", U"ей", U"ов", U"ев", U"ы", U"а"}) {
        if (endsWith(f, e))
            return true;
    }
    return false;
}

// "другие", "прочие", "иные", "такие": "X и другие компании" lists, it names no one.
bool otherOfKind(std::u32string_view f)
{
    for (std::u32string_view p : {U"друг", U"прочи", U"прочей", U"ины", U"иной", U"иное", U"таки", U"такой", U"подобн"}) {
        if (f.substr(0, p.size()) == p)
            return true;
    }
    return false;
}

// Organisations named by a capitalised adjective and an organisation noun, as in "Индийского
// института управления и лидерства" or "Южно-Китайского технологического университета", also
// where they stand inside a longer tagged phrase.
void adjectiveOrganisations(Work& w, std::vector<Mention>& found)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!words[i].capitalised || words[i].allCaps || !isAdjectiveForm(words[i].folded) || insideName(ctx, words[i].start))
            continue;
        if (i > 0 && ctx.sentenceAt(words[i - 1].start) != ctx.sentenceAt(words[i].start))
            continue; // a capital at a sentence start says nothing
        // Lower-case adjectives, also joined by "и" ("Всемирной продовольственной и сельскохозяйственной организации").
        std::size_t j = i + 1;
        while (j < words.size() && j <= i + 4 && !words[j].capitalised
               && (isAdjectiveForm(words[j].folded)
                   || (words[j].folded == U"и" && j > i && j + 1 < words.size() && !words[j + 1].capitalised
                       && isAdjectiveForm(words[j + 1].folded) && !otherOfKind(words[j + 1].folded))))
            ++j;
        if (j >= words.size() || words[j].capitalised || !isOrganisationNoun(words[j].folded) || isLegalForm(words[j].folded))
            continue;
        std::size_t end = j;
        for (std::size_t k = j + 1; k < words.size() && k <= j + 6; ++k) {
            const auto& f = words[k].folded;
            if (words[k].kind != text::TokenKind::Word || words[k].capitalised)
                break;
            if (f == U"и" && k + 1 < words.size() && isGenitiveTail(words[k + 1].folded) && !words[k + 1].capitalised)
                continue;
            if (!isGenitiveTail(f) || isAdjectiveForm(f) || f.size() < 4 || isVerbOnly(w, words[k]))
                break;
            end = k;
        }
        if (sameSpanMention(w, words[i].start, words[end].end, MentionType::Organization))
            continue;
        found.push_back(makeMention(ctx, MentionType::Organization, words[i].start, words[end].end,
                                    nominativeText(w, words[i].start, words[end].end, false)));
    }
}

// What the organisations list keeps: names, not stray adjectives ("Международный"), event nouns
// ("Форум"), venue words ("НВК"), lower-case phrases ("партнеры России") or the names of the
// document's events.
// A lone adjective ("Российский"), where an adjective's ending alone would also take "Газпром"
// and "Ростелеком".
bool onlyAdjective(Work& w, const std::string& word)
{
    if (!w.lem)
        return true;
    const auto& analyses = w.lem->analyses(word);
    return !analyses.empty() && std::all_of(analyses.begin(), analyses.end(), [](const auto& a) {
        return a.pos == morph::Lemmatizer::Pos::Adjective;
    });
}

bool namesBodiesToo(std::u32string_view f)
{
    for (std::u32string_view p : {U"форум", U"конгресс", U"конференц", U"конкурс", U"симпозиум"}) {
        if (f.substr(0, p.size()) == p)
            return true;
    }
    return false;
}

bool listable(Work& w, const std::string& name, const std::vector<NameKey>& eventNames,
              const std::vector<std::string>& eventMentionKeys)
{
    const std::u32string u = text::toU32(name);
    if (u.empty())
        return false;
    const bool latin = u[0] < 0x250;
    if (!latin && !u_isupper(static_cast<UChar32>(u[0])) && !isQuoteMark(u[0]))
        return false;
    const std::u32string f = text::foldForMatch(u);
    const bool oneWord = f.find(U' ') == std::u32string::npos;
    if (oneWord && !latin && ((isAdjectiveForm(f) && onlyAdjective(w, name)) || eventNoun(f) || isVenueMarker(f)))
        return false;
    // Adjectives without their noun: "Международный агропромышленный" cut from "… форум «X»".
    if (!oneWord && !latin && !isQuoteMark(u[0])) {
        bool allAdjectives = true;
        for (const auto& word : splitWords(name))
            allAdjectives = allAdjectives && isAdjectiveForm(text::foldForMatch(text::toU32(word))) && onlyAdjective(w, word);
        if (allAdjectives)
            return false;
    }
    // A name whose head noun names an event is an event: "Международный промышленный марафон".
    // Not a forum, congress, conference or contest, which also name bodies ("Конгресс США",
    // "Форум стран — экспортёров газа").
    if (!oneWord && !latin && !isQuoteMark(u[0])) {
        std::size_t at = 0;
        std::u32string_view rest = f;
        while (at != std::u32string_view::npos) {
            const std::size_t space = rest.find(U' ', at);
            const std::u32string_view word = rest.substr(at, space == std::u32string_view::npos ? rest.npos : space - at);
            if (!isAdjectiveForm(word)) {
                if (eventNoun(word) && !namesBodiesToo(word))
                    return false;
                break;
            }
            at = space == std::u32string_view::npos ? space : space + 1;
        }
    }
    if (!eventMentionKeys.empty()) {
        const std::string folded = text::nameKey(name);
        if (std::find(eventMentionKeys.begin(), eventMentionKeys.end(), folded) != eventMentionKeys.end())
            return false;
    }
    const NameKey key = nameKey(u);
    return std::none_of(eventNames.begin(), eventNames.end(), [&](const NameKey& e) { return sameName(e, key); });
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
        // The word before the opening quote mark.
        std::size_t before = ctx.wordAt(q.open);
        const bool nounBefore = before > 0 && words[before - 1].end <= q.open && q.open - words[before - 1].end <= 1
            && isOrganisationNoun(words[before - 1].folded) && !eventNoun(words[before - 1].folded);
        if (!legalInside && !nounBefore)
            continue;
        if (sameSpanMention(w, q.innerStart(), q.innerEnd(), MentionType::Organization))
            continue;
        found.push_back(makeMention(ctx, MentionType::Organization, q.innerStart(), q.innerEnd(),
                                    ctx.utf8(q.innerStart(), q.innerEnd())));
    }
}

} // namespace

void buildOrganizations(Work& w)
{
    std::vector<Mention> found;
    quotedOrganisations(w, found);
    adjectiveOrganisations(w, found);
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
        m.entity = fullOrganisationName(m.entity);
    }
    std::vector<NameKey> eventNames;
    for (const auto& occ : w.namedEvents)
        eventNames.push_back(nameKey(w.ctx.view(occ.start, occ.end)));
    // The event mentions' keys, once (not once per organisation).
    std::vector<std::string> eventMentionKeys;
    for (const auto& m : w.facts.mentions) {
        if (m.type == MentionType::Event)
            eventMentionKeys.push_back(text::nameKey(m.lemma));
    }
    for (const auto& m : w.facts.mentions) {
        if (m.type == MentionType::Organization && listable(w, m.entity, eventNames, eventMentionKeys))
            addUnique(w.facts.organizations, m.entity);
    }
    for (auto& p : w.facts.persons) {
        for (auto& r : p.roles) {
            r.organization = fullOrganisationName(r.organization);
            if (listable(w, r.organization, eventNames, eventMentionKeys))
                addUnique(w.facts.organizations, r.organization);
        }
    }
    // The agency or outlet that published the document.
    addUnique(w.facts.organizations, w.ctx.doc().source);
}

void buildCountriesAndPlaces(Work& w)
{
    for (const auto& m : w.facts.mentions) {
        if (m.type == MentionType::Country && m.entity.size() == 2)
            addUnique(w.facts.countries, m.entity);
        if (m.type == MentionType::City || m.type == MentionType::Region) {
            addUnique(w.facts.places, m.lemma);
            if (auto it = w.placeCountry.find(m.lemma); it != w.placeCountry.end())
                addUnique(w.facts.countries, it->second); // a city names its country too
        }
    }
    if (!w.gazetteer)
        return;
    // Country adjectives ("российских") and the countries of the cities named.
    for (const auto& match : w.places) {
        if (!w.ctx.usable(match.start, match.end))
            continue;
        const auto& place = w.gazetteer->place(match.place);
        if (place.kind == gaz::PlaceKind::Area) // no country of its own
            continue;
        if (match.adjective || place.kind != gaz::PlaceKind::Country)
            addUnique(w.facts.countries, place.country);
    }
}

} // namespace letopis::extract::detail
