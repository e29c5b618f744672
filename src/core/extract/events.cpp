// Events: named occurrences grouped into events, then typed, dated, placed, nested and peopled.
#include "extract/event_names.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace letopis::extract::detail {

namespace {

struct Draft {
    NameKey key;
    std::string display;          // best display name so far
    bool displayNominative = false;
    std::map<EventType, int> votes;
    std::vector<EventOccurrence> occurrences;
    std::vector<std::string> aliases;
    bool program = false;
    int parent = -1;
    std::set<int> topicSentences; // sentences about this event
    // The display name's span when it was named by adjectives, which inflect ("Восточного
    // экономического форума"): put into the nominative once the morphology is at hand.
    std::optional<std::pair<std::uint32_t, std::uint32_t>> adjectivalDisplay;
};

constexpr int kTypeRank[] = {/*Exhibition*/ 5, /*Forum*/ 4, /*Session*/ 1, /*Conference*/ 3, /*Summit*/ 2, /*Other*/ 0};

EventType decideType(const Draft& d)
{
    EventType best = EventType::Other;
    int bestVotes = 0;
    for (const auto& [type, n] : d.votes) {
        if (type == EventType::Other)
            continue;
        if (n > bestVotes || (n == bestVotes && kTypeRank[int(type)] > kTypeRank[int(best)])) {
            best = type;
            bestVotes = n;
        }
    }
    if (bestVotes == 0 && d.program)
        return EventType::Session;
    return best;
}

// "Петербургский международный экономический форум (ПМЭФ)": a name in brackets right after an
// event's name is another name of that event.
void mergeBracketedNames(const Context& ctx, std::vector<Draft>& drafts)
{
    const auto bracketed = [&](const EventOccurrence& name, const EventOccurrence& other) {
        std::uint32_t at = name.end;
        while (at < other.start && (ctx.text()[at] == U' ' || isQuoteMark(ctx.text()[at])))
            ++at;
        if (at >= other.start || ctx.text()[at] != U'(')
            return false;
        ++at;
        while (at < other.start && (ctx.text()[at] == U' ' || isQuoteMark(ctx.text()[at])))
            ++at;
        std::uint32_t close = other.end;
        while (close < ctx.text().size() && (ctx.text()[close] == U' ' || isQuoteMark(ctx.text()[close])))
            ++close;
        return at == other.start && close < ctx.text().size() && ctx.text()[close] == U')';
    };
    const auto bracketedIn = [&](const Draft& name, const Draft& other) {
        return std::any_of(name.occurrences.begin(), name.occurrences.end(), [&](const auto& x) {
            return std::any_of(other.occurrences.begin(), other.occurrences.end(), [&](const auto& y) { return bracketed(x, y); });
        });
    };
    // One pair at a time, until none is left: a merged draft may take further names.
    for (bool merged = true; merged;) {
        merged = false;
        for (std::size_t a = 0; a < drafts.size() && !merged; ++a) {
            for (std::size_t b = 0; b < drafts.size() && !merged; ++b) {
                if (a == b || !bracketedIn(drafts[a], drafts[b]))
                    continue;
                Draft& into = drafts[a];
                Draft& from = drafts[b];
                for (const auto& o : from.occurrences)
                    into.occurrences.push_back(o);
                for (const auto& x : from.aliases)
                    addUnique(into.aliases, x);
                for (const auto& [type, n] : from.votes)
                    into.votes[type] += n;
                into.topicSentences.insert(from.topicSentences.begin(), from.topicSentences.end());
                into.key.online = into.key.online || from.key.online;
                if (!into.key.edition)
                    into.key.edition = from.key.edition;
                into.program = into.program || from.program;
                drafts.erase(drafts.begin() + static_cast<std::ptrdiff_t>(b));
                merged = true;
            }
        }
    }
}

// Groups occurrences by name; quoted names and brands elsewhere in the text that name a known
// event become further occurrences (aliases such as «Иннопроме», ИННОПРОМ, INNOPROM Online).
std::vector<Draft> groupOccurrences(const Context& ctx, const std::vector<EventOccurrence>& named)
{
    std::vector<Draft> drafts;
    auto addOccurrence = [&](const EventOccurrence& occ) {
        const auto name = ctx.view(occ.start, occ.end);
        const NameKey key = nameKey(name);
        if (key.words.empty())
            return;
        auto it = std::find_if(drafts.begin(), drafts.end(), [&](const Draft& d) {
            return sameName(d.key, key) && (d.key.edition == key.edition || !d.key.edition || !key.edition);
        });
        if (it == drafts.end()) {
            drafts.push_back(Draft{key, {}, false, {}, {}, {}, false, -1, {}, std::nullopt});
            it = std::prev(drafts.end());
        }
        const std::string display = displayName(name);
        const std::string printed = text::toUtf8(name);
        // Prefer a Cyrillic name, then one standing after its noun (nominative), then the shortest.
        const bool cyrillic = !display.empty() && text::toU32(display)[0] >= 0x400;
        const bool hadCyrillic = !it->display.empty() && text::toU32(it->display)[0] >= 0x400;
        const bool better = it->display.empty() || (cyrillic && !hadCyrillic)
            || (cyrillic == hadCyrillic
                && ((occ.nominative && !it->displayNominative)
                    || (occ.nominative == it->displayNominative && display.size() < it->display.size())));
        if (better) {
            it->display = display;
            it->displayNominative = occ.nominative;
            it->adjectivalDisplay = occ.adjectival ? std::optional(std::make_pair(occ.start, occ.end)) : std::nullopt;
        }
        addUnique(it->aliases, printed);
        it->key.online = it->key.online || key.online;
        if (!it->key.edition)
            it->key.edition = key.edition;
        if (occ.type)
            ++it->votes[*occ.type];
        it->program = it->program || occ.program;
        it->occurrences.push_back(occ);
        if (occ.sentence >= 0)
            it->topicSentences.insert(occ.sentence);
    };
    for (const auto& occ : named)
        addOccurrence(occ);
    if (drafts.empty())
        return drafts;
    // Aliases: quotes and brands that share a known event's name.
    std::vector<EventOccurrence> more;
    for (const auto& q : ctx.quotes()) {
        more.push_back({q.innerStart(), q.innerEnd(), std::nullopt, false, false, ctx.sentenceAt(q.innerStart())});
    }
    for (const auto& w : ctx.words()) {
        if (w.capitalised && ((w.allCaps && w.end - w.start >= 4) || w.latin) && !ctx.quoteAt(w.start))
            more.push_back({w.start, w.end, std::nullopt, false, false, ctx.sentenceAt(w.start)});
    }
    for (auto& occ : more) {
        // A Latin brand may go on ("INNOPROM Online").
        std::size_t k = ctx.wordAt(occ.end);
        if (k < ctx.words().size() && ctx.words()[k].latin && ctx.words()[k].start == occ.end + 1
            && ctx.text()[occ.end] == U' ' && !ctx.quoteAt(occ.start))
            occ.end = ctx.words()[k].end;
        const bool seen = std::any_of(drafts.begin(), drafts.end(), [&](const Draft& d) {
            return std::any_of(d.occurrences.begin(), d.occurrences.end(), [&](const EventOccurrence& o) {
                return o.start <= occ.start && occ.start < o.end;
            });
        });
        const NameKey key = nameKey(ctx.view(occ.start, occ.end));
        const bool known = std::any_of(drafts.begin(), drafts.end(), [&](const Draft& d) { return sameName(d.key, key); });
        if (!seen && known)
            addOccurrence(occ);
    }
    mergeBracketedNames(ctx, drafts);
    return drafts;
}

// The main event of a document: the non-session event named most often.
int mainEvent(const std::vector<Draft>& drafts, const std::vector<EventType>& types)
{
    int best = -1;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        if (types[i] == EventType::Session)
            continue;
        if (best < 0 || drafts[i].occurrences.size() > drafts[std::size_t(best)].occurrences.size())
            best = static_cast<int>(i);
    }
    return best;
}

int referredEvent(const Context& ctx, const std::vector<Draft>& drafts, const std::vector<EventType>& types,
                  const Word& noun, EventType nounType);

// "в рамках форума «X» прошла сессия «Y»": X is Y's parent. "В рамках выставки прошла
// конференция «Y»": the exhibition named before is.
void explicitParents(const Context& ctx, std::vector<Draft>& drafts, const std::vector<EventType>& types)
{
    const auto& words = ctx.words();
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i].folded != U"рамках" || words[i - (i > 0 ? 1 : 0)].folded != U"в")
            continue;
        int parent = -1, child = -1;
        const int sentence = ctx.sentenceAt(words[i].start);
        for (std::size_t d = 0; d < drafts.size(); ++d) {
            for (const auto& o : drafts[d].occurrences) {
                if (o.sentence != sentence || o.start < words[i].end)
                    continue;
                if (parent < 0 || o.start < drafts[std::size_t(parent)].occurrences.front().start)
                    parent = static_cast<int>(d);
            }
        }
        // A generic noun with no name right after it refers back: "в рамках выставки прошла …".
        if (i + 1 < words.size()) {
            const Word& noun = words[i + 1];
            const auto nounType = eventNoun(noun.folded);
            const auto namedAt = [&](int d) {
                for (const auto& o : drafts[std::size_t(d)].occurrences)
                    if (o.sentence == sentence && o.start >= words[i].end)
                        return o.start;
                return std::uint32_t(0);
            };
            if (nounType && !isGenericEventNoun(noun.folded) && (parent < 0 || namedAt(parent) > noun.end + 2)) {
                const int referred = referredEvent(ctx, drafts, types, noun, *nounType);
                if (referred >= 0)
                    parent = referred;
            }
        }
        if (parent < 0)
            continue;
        for (std::size_t d = 0; d < drafts.size(); ++d) {
            if (static_cast<int>(d) == parent)
                continue;
            for (const auto& o : drafts[d].occurrences) {
                if (o.sentence == sentence)
                    child = static_cast<int>(d);
            }
        }
        if (child >= 0 && drafts[std::size_t(child)].parent < 0)
            drafts[std::size_t(child)].parent = parent;
    }
}

// A generic reference ("участников марафона", "в выставке") points at the latest event whose name
// or type it repeats.
int referredEvent(const Context& ctx, const std::vector<Draft>& drafts, const std::vector<EventType>& types,
                  const Word& noun, EventType nounType)
{
    int best = -1;
    std::uint32_t bestPos = 0;
    const NameKey nounKey = nameKey(ctx.view(noun.start, noun.end));
    for (std::size_t d = 0; d < drafts.size(); ++d) {
        const bool byName = sameSeries(nounKey, drafts[d].key);
        if (!byName && types[d] != nounType)
            continue;
        for (const auto& o : drafts[d].occurrences) {
            if (o.start < noun.start && (best < 0 || o.start >= bestPos || byName)) {
                best = static_cast<int>(d);
                bestPos = o.start;
            }
        }
        if (byName && best == static_cast<int>(d))
            return best;
    }
    return best;
}

// Sentences belong to the event they name, or to the one a generic noun in them refers back to
// ("Среди участников марафона: …" after «Марафон столиц»), or else to the event of the sentence
// before, until another event is named: that is where its speakers, countries and dates are told.
void assignTopics(const Context& ctx, std::vector<Draft>& drafts, const std::vector<EventType>& types)
{
    const int n = static_cast<int>(ctx.sentences().size());
    std::vector<int> topic(static_cast<std::size_t>(n), -1);
    for (int s = 0; s < n; ++s) {
        int named = -1;
        for (std::size_t d = 0; d < drafts.size(); ++d) {
            if (drafts[d].topicSentences.count(s))
                named = static_cast<int>(d);
        }
        if (named < 0) {
            const auto span = ctx.sentences()[std::size_t(s)];
            for (std::size_t i = ctx.wordAt(span.start); i < ctx.words().size() && ctx.words()[i].end <= span.end; ++i) {
                const Word& word = ctx.words()[i];
                if (auto t = eventNoun(word.folded); t && !isGenericEventNoun(word.folded) && !insideName(ctx, word.start)) {
                    named = referredEvent(ctx, drafts, types, word, *t);
                    if (named >= 0)
                        break;
                }
            }
        }
        topic[std::size_t(s)] = named >= 0 ? named : (s > 0 ? topic[std::size_t(s - 1)] : -1);
    }
    for (int s = 0; s < n; ++s) {
        if (topic[std::size_t(s)] >= 0)
            drafts[std::size_t(topic[std::size_t(s)])].topicSentences.insert(s);
    }
}

// "Выставка продлится до 11 июля", "форум будет работать до 5 июня": the end of an event that
// started on `start`, told in a sentence about it.
std::optional<dates::Date> lastsUntil(const Work& w, const Draft& d, const dates::Date& start)
{
    const Context& ctx = w.ctx;
    for (const auto& dm : w.dates) {
        if (dm.kind == dates::Kind::Range || dm.begin.precision != dates::Precision::Day
            || !d.topicSentences.count(ctx.sentenceAt(dm.start)))
            continue;
        const std::size_t at = ctx.wordAt(dm.start);
        if (at < 2 || ctx.words()[at - 1].folded != U"до")
            continue;
        const auto verb = ctx.words()[at - 2].folded;
        static constexpr std::u32string_view kLasts[] = {U"продлится", U"продлятся", U"продолжится",
                                                         U"продолжатся", U"работать", U"работает", U"проработает",
                                                         U"открыта", U"открыт"};
        if (std::find(std::begin(kLasts), std::end(kLasts), verb) == std::end(kLasts))
            continue;
        const auto& end = dm.begin;
        const bool later = end.month > start.month || (end.month == start.month && end.day > start.day);
        if (later && (end.month - start.month) <= 1 && (!end.yearKnown() || !start.yearKnown() || end.year == start.year)) {
            dates::Date out = end;
            if (!out.yearKnown() && start.yearKnown()) {
                out.year = start.year;
                out.yearInferred = start.yearInferred;
            }
            return out;
        }
    }
    return std::nullopt;
}

// The event's date: a day or month date in a sentence naming it, or in the sentence right after
// a mention when that one names no other event (a headline followed by "С 22 по 24 апреля…"); a
// year alone only when nothing finer is told, since years mostly tell the event's history.
// The clause around a position: the stretch between commas, semicolons or colons outside quotes.
std::pair<std::uint32_t, std::uint32_t> clauseAt(const Context& ctx, std::uint32_t pos)
{
    const auto s = ctx.sentences()[std::size_t(ctx.sentenceAt(pos))];
    const auto separator = [&](std::uint32_t i) {
        const char32_t c = ctx.text()[i];
        return (c == U',' || c == U';' || c == U':') && !ctx.quoteAt(i);
    };
    std::uint32_t a = pos, b = pos;
    while (a > s.start && !separator(a - 1))
        --a;
    while (b < s.end && !separator(b))
        ++b;
    return {a, b};
}

// In a sentence that names several events, a date or a place told at `pos` is the event's
// whose name stands in the same clause ("Ранее в июне прошел X, а в августе — форум «Y»"). Where
// the clause names none of them, or the sentence names only this event, it is this event's.
bool toldOf(const Context& ctx, const Draft& d, const std::vector<Draft>& all, std::uint32_t pos)
{
    const int sentence = ctx.sentenceAt(pos);
    const auto clause = clauseAt(ctx, pos);
    const std::uint32_t a = clause.first, b = clause.second; // plain names: lambdas capture them
    const auto inClause = [&](const Draft& x) {
        return std::any_of(x.occurrences.begin(), x.occurrences.end(),
                           [&](const EventOccurrence& o) { return o.sentence == sentence && o.start < b && a < o.end; });
    };
    if (inClause(d))
        return true;
    return std::none_of(all.begin(), all.end(), [&](const Draft& x) { return &x != &d && inClause(x); });
}

void dateEvent(const Work& w, const Draft& d, const std::vector<Draft>& all, Event& e)
{
    const Context& ctx = w.ctx;
    const auto namesOther = [&](int sentence) {
        for (const auto& other : all) {
            if (&other != &d && std::any_of(other.occurrences.begin(), other.occurrences.end(),
                                            [&](const EventOccurrence& o) { return o.sentence == sentence; }))
                return true;
        }
        return false;
    };
    const auto inSentence = [&](int sentence, bool yearsToo) -> const dates::DateMention* {
        if (sentence < 0 || sentence >= static_cast<int>(ctx.sentences().size()))
            return nullptr;
        const auto s = ctx.sentences()[std::size_t(sentence)];
        const dates::DateMention* best = nullptr;
        for (const auto& dm : w.dates) {
            if (dm.start < s.start || dm.end > s.end || insideName(ctx, dm.start))
                continue;
            if (!yearsToo && dm.begin.precision == dates::Precision::Year)
                continue;
            if (!toldOf(ctx, d, all, dm.start))
                continue;
            if (!best || (dm.kind == dates::Kind::Range && best->kind != dates::Kind::Range))
                best = &dm;
        }
        return best;
    };
    const dates::DateMention* best = nullptr;
    // A range of days or months in a sentence naming the event is its span ("ПМЭФ-2024 пройдет с 5
    // по 8 июня"), before a single day told of one of its moments ("Путин 7 июня выступит на …").
    for (const auto& o : d.occurrences) {
        if (const auto* r = inSentence(o.sentence, false); r && r->kind == dates::Kind::Range) {
            best = r;
            break;
        }
    }
    for (bool yearsToo : {false, true}) {
        if (best)
            break;
        for (const auto& o : d.occurrences) {
            best = inSentence(o.sentence, yearsToo);
            // The next sentence only while it is about this event: "В следующем году саммит
            // пройдет…" after a session's sentence dates the summit, not the session.
            if (!best && !namesOther(o.sentence + 1) && d.topicSentences.count(o.sentence + 1))
                best = inSentence(o.sentence + 1, yearsToo);
            if (best)
                break;
        }
        if (best)
            break;
    }
    if (!best)
        return;
    e.start = best->begin;
    e.end = best->end_;
    if (best->kind != dates::Kind::Range && best->begin.precision == dates::Precision::Day)
        if (const auto until = lastsUntil(w, d, best->begin))
            e.end = *until;
    const bool anchorInferred = w.ctx.doc().published && w.ctx.doc().published->yearInferred;
    e.yearInferred = best->begin.yearInferred && anchorInferred;
}

void placeEvent(Work& w, const Draft& d, const std::vector<Draft>& all, Event& e)
{
    const Context& ctx = w.ctx;
    const auto inOtherName = [&](const Mention* m) {
        return std::any_of(all.begin(), all.end(), [&](const Draft& x) {
            return &x != &d && std::any_of(x.occurrences.begin(), x.occurrences.end(), [&](const EventOccurrence& o) {
                       return o.start <= m->start && m->end <= o.end;
                   });
        });
    };
    // A city adjective in an event's own name ("Петербургского международного экономического
    // форума") is no statement of where an edition takes place; "в Санкт-Петербурге" is. It serves
    // when nothing else is told.
    const auto inOwnName = [&](const Mention* m) {
        return std::any_of(d.occurrences.begin(), d.occurrences.end(),
                           [&](const EventOccurrence& o) { return o.start <= m->start && m->end <= o.end; });
    };
    const Mention* fallback = nullptr;
    for (const auto& o : d.occurrences) {
        if (o.sentence < 0)
            continue;
        const auto s = ctx.sentences()[std::size_t(o.sentence)];
        for (const Mention* city : w.mentionsIn(s.start, s.end, MentionType::City)) {
            // A city the gazetteer knows, outside quoted names ("«…развития Сибири и Иркутска»").
            if (!w.placeCountry.count(city->lemma) || insideName(ctx, city->start) || inOtherName(city)
                || !toldOf(ctx, d, all, city->start))
                continue;
            if (inOwnName(city)) {
                fallback = fallback ? fallback : city;
                continue;
            }
            e.city = city->lemma;
            e.country = w.placeCountry[city->lemma];
            return;
        }
    }
    if (fallback) {
        e.city = fallback->lemma;
        e.country = w.placeCountry[fallback->lemma];
    }
}

// "в павильонах НВК «Узэкспоцентр»", "в МВЦ «Екатеринбург-Экспо»": a quoted name after a venue word.
std::vector<std::pair<int, std::string>> findVenues(const Context& ctx)
{
    std::vector<std::pair<int, std::string>> out;
    const auto& words = ctx.words();
    for (const auto& q : ctx.quotes()) {
        const std::size_t i = ctx.wordAt(q.open);
        if (i == 0 || i > words.size())
            continue;
        const Word& before = words[i - 1];
        // "НВК «Узэкспоцентр»", "в выставочном центре «Кубань Экспо»", "«Крокус Экспо»".
        const bool centre = i >= 2 && (before.folded.rfind(U"центр", 0) == 0 || before.folded.rfind(U"комплекс", 0) == 0)
            && isVenueMarker(words[i - 2].folded);
        const auto inner = text::foldForMatch(ctx.view(q.innerStart(), q.innerEnd()));
        constexpr std::u32string_view kExpo = U"экспо";
        const bool expo = inner.size() > kExpo.size() + 1 && inner.compare(inner.size() - kExpo.size(), kExpo.size(), kExpo) == 0
            && (inner[inner.size() - kExpo.size() - 1] == U' ' || inner[inner.size() - kExpo.size() - 1] == U'-');
        if (((isVenueMarker(before.folded) || centre) && q.open - before.end <= 1) || expo)
            out.emplace_back(ctx.sentenceAt(q.open), ctx.utf8(q.innerStart(), q.innerEnd()));
    }
    // Exhibition centres named "<City>-Экспо" or "… Экспо" are venues wherever they stand.
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& f = words[i].folded;
        constexpr std::u32string_view kSuffix = U"-экспо";
        const bool hyphenated = f.size() > kSuffix.size() && std::u32string_view(f).substr(f.size() - kSuffix.size()) == kSuffix;
        const bool separate = f == U"экспо" && words[i].capitalised && i > 0 && words[i - 1].capitalised
            && words[i - 1].kind == text::TokenKind::Word;
        if (words[i].capitalised && (hyphenated || separate) && !insideName(ctx, words[i].start))
            out.emplace_back(ctx.sentenceAt(words[i].start),
                             ctx.utf8(separate ? words[i - 1].start : words[i].start, words[i].end));
    }
    return out;
}

EventFormat formatOf(const Context& ctx, const Draft& d)
{
    // The sentences naming the event, and those about it that refer back to it by an event noun
    // ("Выставка пройдет в гибридном формате").
    std::set<int> told;
    for (const auto& o : d.occurrences)
        if (o.sentence >= 0)
            told.insert(o.sentence);
    for (int sentence : d.topicSentences) {
        const auto s = ctx.sentences()[std::size_t(sentence)];
        bool refers = false, otherEdition = false;
        for (std::size_t i = ctx.wordAt(s.start); i < ctx.words().size() && ctx.words()[i].end <= s.end; ++i) {
            const auto& f = ctx.words()[i].folded;
            refers = refers || (eventNoun(f) && !insideName(ctx, ctx.words()[i].start));
            // "В следующем году саммит пройдет онлайн" tells another edition's format.
            otherEdition = otherEdition
                || ((f == U"следующем" || f == U"будущем" || f == U"прошлом") && i + 1 < ctx.words().size()
                    && ctx.words()[i + 1].folded == U"году");
        }
        if (refers && !otherEdition)
            told.insert(sentence);
    }
    bool online = d.key.online, offline = false, hybrid = false;
    for (int sentence : told) {
        const auto s = ctx.sentences()[std::size_t(sentence)];
        bool on = false, off = false;
        for (std::size_t i = ctx.wordAt(s.start); i < ctx.words().size() && ctx.words()[i].end <= s.end; ++i) {
            const auto& f = ctx.words()[i].folded;
            on = on || isOnlineWord(f);
            off = off || isOfflineWord(f);
            hybrid = hybrid || isHybridWord(f);
        }
        if (on && off)
            hybrid = true;
        online = online || on;
        offline = offline || off;
    }
    if (hybrid)
        return EventFormat::Hybrid;
    if (online)
        return EventFormat::Online;
    return offline ? EventFormat::Offline : EventFormat::Unknown;
}

void addSpeakers(Work& w, const std::vector<Draft>& drafts, const std::vector<EventType>& types, std::vector<Event>& events)
{
    const Context& ctx = w.ctx;
    bool pastEvent = false;
    for (const auto& word : ctx.words())
        pastEvent = pastEvent || isPastEventVerb(word.folded);
    for (std::size_t s = 0; s < ctx.sentences().size(); ++s) {
        const auto span = ctx.sentences()[s];
        bool cue = false, attribution = false;
        int referred = -1;
        for (std::size_t i = ctx.wordAt(span.start); i < ctx.words().size() && ctx.words()[i].end <= span.end; ++i) {
            const auto& word = ctx.words()[i];
            cue = cue || isSpeakerCue(word.folded);
            attribution = attribution || isAttributionVerb(word.folded);
            if (auto t = eventNoun(word.folded); t && !isGenericEventNoun(word.folded) && !ctx.quoteAt(word.start))
                referred = referredEvent(ctx, drafts, types, word, *t);
        }
        if (!cue && !(attribution && pastEvent))
            continue;
        int target = -1;
        for (std::size_t d = 0; d < drafts.size(); ++d) {
            if (drafts[d].topicSentences.count(static_cast<int>(s)))
                target = static_cast<int>(d);
        }
        if (referred >= 0)
            target = referred;
        if (target < 0)
            continue;
        for (const Mention* p : w.mentionsIn(span.start, span.end, MentionType::Person)) {
            if (p->entity.find(' ') == std::string::npos)
                continue;
            for (int e = target; e >= 0; e = events[std::size_t(e)].parent)
                addUnique(events[std::size_t(e)].speakers, p->entity);
        }
    }
}

// Two "в рамках" sentences, or a session given the main event as its parent, can make events each
// other's parents; walking such a chain never ends. The edge that closes a cycle is dropped.
void breakParentCycles(std::vector<Event>& events)
{
    for (std::size_t i = 0; i < events.size(); ++i) {
        std::vector<bool> seen(events.size(), false);
        seen[i] = true;
        for (std::size_t e = i; events[e].parent >= 0;) {
            const auto up = static_cast<std::size_t>(events[e].parent);
            if (up >= events.size() || seen[up]) {
                events[e].parent = -1;
                break;
            }
            seen[up] = true;
            e = up;
        }
    }
}

} // namespace

void buildEvents(Work& w)
{
    const Context& ctx = w.ctx;
    auto drafts = groupOccurrences(ctx, w.namedEvents);
    if (drafts.empty())
        return;
    std::vector<EventType> types;
    for (const auto& d : drafts)
        types.push_back(decideType(d));

    // Event nouns standing alone ("участвуют в выставке") vote for the main event's type.
    const int main = mainEvent(drafts, types);
    if (main >= 0 && types[std::size_t(main)] == EventType::Other) {
        std::map<EventType, int> loose;
        for (const auto& word : ctx.words()) {
            const auto t = eventNoun(word.folded);
            if (t && *t != EventType::Session && *t != EventType::Other && !ctx.quoteAt(word.start))
                ++loose[*t];
        }
        Draft votes;
        votes.votes = loose;
        if (!loose.empty())
            types[std::size_t(main)] = decideType(votes);
    }
    explicitParents(ctx, drafts, types);
    assignTopics(ctx, drafts, types);

    const auto venues = findVenues(ctx);
    for (const auto& v : venues)
        addUnique(w.facts.places, v.second);
    std::vector<Event>& events = w.facts.events;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const Draft& d = drafts[i];
        Event e;
        e.type = types[i];
        e.name = d.adjectivalDisplay ? nominativeText(w, d.adjectivalDisplay->first, d.adjectivalDisplay->second, false)
                                     : d.display;
        e.series = seriesOf(e.name);
        e.edition = d.key.edition;
        for (const auto& a : d.aliases) {
            if (text::nameKey(a) != text::nameKey(e.name))
                addUnique(e.aliases, a);
        }
        e.parent = d.parent;
        if (e.parent < 0 && main >= 0 && static_cast<int>(i) != main
            && (e.type == EventType::Session || d.program))
            e.parent = main;
        e.format = formatOf(ctx, d);
        dateEvent(w, d, drafts, e);
        // "КМИФ-2025 пройдет с 2 по 5 октября": the edition's year is the dates' year.
        if (e.edition && e.start && !e.start->yearKnown()) {
            for (auto* date : {&e.start, &e.end}) {
                if (*date && !(*date)->yearKnown() && dates::isValidDay(e.edition, (*date)->month, std::max((*date)->day, 1))) {
                    (*date)->year = e.edition;
                    (*date)->yearInferred = true;
                }
            }
            e.yearInferred = true;
        }
        placeEvent(w, d, drafts, e);
        for (const auto& [sentence, venue] : venues) {
            if (d.topicSentences.count(sentence) || (static_cast<int>(i) == main && e.venue.empty()))
                e.venue = venue;
        }
        for (const auto& o : d.occurrences) {
            if (o.sentence >= 0) {
                const auto s = ctx.sentences()[std::size_t(o.sentence)];
                if (e.evidence.empty() || !(e.evidence.back() == s))
                    e.evidence.push_back(s);
            }
        }
        for (int s : d.topicSentences) {
            const auto span = ctx.sentences()[std::size_t(s)];
            for (const Mention* c : w.mentionsIn(span.start, span.end, MentionType::Country)) {
                if (c->entity.size() == 2)
                    addUnique(e.countries, c->entity);
            }
            for (const Mention* c : w.mentionsIn(span.start, span.end, MentionType::City)) {
                if (w.placeCountry.count(c->lemma))
                    addUnique(e.countries, w.placeCountry[c->lemma]);
            }
            // Only what the document lists as organisations: its filter has already dropped event
            // names ("Иннопрома", "Форум"), lower-case phrases and lone adjectives.
            for (const Mention* o : w.mentionsIn(span.start, span.end, MentionType::Organization)) {
                const auto& listed = w.facts.organizations;
                if (std::find(listed.begin(), listed.end(), o->entity) == listed.end())
                    continue;
                const NameKey key = nameKey(text::toU32(o->entity));
                const bool anEvent = std::any_of(drafts.begin(), drafts.end(), [&](const Draft& x) { return sameName(x.key, key); });
                if (!anEvent)
                    addUnique(e.organizations, o->entity);
            }
        }
        if (!e.country.empty())
            addUnique(e.countries, e.country);
        // Each name of the event is an EVENT mention; one named with its event noun is no
        // organisation, though the tagger may have read it as one ("Восточный экономический форум",
        // "заседании ПМЭФ"). A brand found only after "на" may well be a company.
        std::erase_if(w.facts.mentions, [&](const Mention& m) {
            return m.type == MentionType::Organization
                && std::any_of(d.occurrences.begin(), d.occurrences.end(), [&](const EventOccurrence& o) {
                       return m.start == o.start && m.end == o.end && (o.adjectival || o.type);
                   });
        });
        for (const auto& o : d.occurrences) {
            const bool tagged = std::any_of(w.facts.mentions.begin(), w.facts.mentions.end(), [&](const Mention& m) {
                return m.type == MentionType::Event && m.start < o.end && o.start < m.end;
            });
            if (tagged)
                continue;
            w.facts.mentions.push_back(makeMention(ctx, MentionType::Event, o.start, o.end, e.name));
        }
        events.push_back(std::move(e));
    }
    breakParentCycles(events);
    // What children do not say they take from their parent: dates, format, place.
    for (auto& e : events) {
        if (e.parent < 0)
            continue;
        const Event& p = events[std::size_t(e.parent)];
        if (!e.start && p.start) {
            e.start = p.start;
            e.end = p.start;
            e.yearInferred = p.yearInferred;
        }
        if (e.format == EventFormat::Unknown)
            e.format = p.format;
    }
    addSpeakers(w, drafts, types, events);
    std::sort(w.facts.mentions.begin(), w.facts.mentions.end(), [](const Mention& a, const Mention& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    for (auto& e : events) {
        const std::string when = e.edition ? std::to_string(e.edition)
            : e.start && e.start->yearKnown() ? std::to_string(e.start->year)
            : e.start ? e.start->iso() : std::string();
        e.key = text::nameKey(e.name) + "|" + when;
    }
}

} // namespace letopis::extract::detail
