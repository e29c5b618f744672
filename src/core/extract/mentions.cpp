// Mentions: the tagger's spans, the gazetteer's places and the dates module's dates, merged.
#include "extract/dates_internal.hpp"
#include "extract/event_names.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"

#include "letopis/gazetteer.hpp"
#include "letopis/morph.hpp"
#include "letopis/ner.hpp"

#include <algorithm>
#include <unicode/uchar.h>

namespace letopis::extract::detail {

namespace {

std::optional<MentionType> typeOf(std::string_view nerelType)
{
    if (nerelType == "PERSON") return MentionType::Person;
    if (nerelType == "ORGANIZATION") return MentionType::Organization;
    if (nerelType == "COUNTRY") return MentionType::Country;
    if (nerelType == "CITY") return MentionType::City;
    if (nerelType == "STATE_OR_PROVINCE") return MentionType::Region;
    // Buildings, venues and city districts are places too ("аэропорт Домодедово", "Капитолий").
    if (nerelType == "LOCATION" || nerelType == "FACILITY" || nerelType == "DISTRICT") return MentionType::Location;
    if (nerelType == "DATE") return MentionType::Date;
    if (nerelType == "PROFESSION") return MentionType::Profession;
    if (nerelType == "EVENT") return MentionType::Event;
    return std::nullopt;
}

MentionType typeOf(gaz::PlaceKind k)
{
    switch (k) {
    case gaz::PlaceKind::Country: return MentionType::Country;
    case gaz::PlaceKind::City: return MentionType::City;
    case gaz::PlaceKind::Region: return MentionType::Region;
    case gaz::PlaceKind::Area: return MentionType::Location;
    }
    return MentionType::Location;
}

// "новый", "крупная": an adjective in the nominative starts another phrase, not a genitive tail.
bool isAdjectiveNominative(std::u32string_view f)
{
    for (std::u32string_view e : {U"ый", U"ий", U"ая", U"яя", U"ое", U"ее", U"ые", U"ие"}) {
        if (f.size() > e.size() + 1 && f.substr(f.size() - e.size()) == e)
            return true;
    }
    return false;
}

// A person's name is capitalised words (name particles aside), and its first word is no title,
// event or organisation noun and no adjective ("Заместитель Министра", "Марафон", "Среднего Урала").
bool plausiblePerson(const Context& ctx, std::uint32_t start, std::uint32_t end)
{
    bool first = true;
    bool wholeWord = false; // initials alone ("А.") name nobody
    for (std::size_t i = ctx.wordAt(start); i < ctx.words().size() && ctx.words()[i].end <= end; ++i) {
        const Word& w = ctx.words()[i];
        if (w.kind == text::TokenKind::Punct && w.folded != U"-" && w.folded != U"'"
            && !(w.folded == U"." && i > 0 && ctx.words()[i - 1].end - ctx.words()[i - 1].start == 1))
            return false; // "Сибирь. Нефтехимический" is two sentences, not a name; "А. С. Пушкин" is one
        if (w.kind != text::TokenKind::Word)
            continue;
        if (!w.capitalised && !isNameParticle(w.folded))
            return false;
        wholeWord = wholeWord || w.end - w.start > 1;
        if (first) {
            const auto& f = w.folded;
            const auto ends = [&](std::u32string_view e) { return f.size() > e.size() + 2 && f.compare(f.size() - e.size(), e.size(), e) == 0; };
            // A title that is still first was the whole span (titles before a name are cut off
            // before this): "Судьи опасались" is not a name.
            if (isRoleHead(f) || isRoleModifier(f) || isPersonTitle(f) || eventNoun(f) || isOrganisationNoun(f) || ends(U"ого") || ends(U"его")
                || ends(U"ому") || ends(U"ему") || ends(U"ый") || ends(U"ая"))
                return false;
            first = false;
        }
    }
    return !first && wholeWord;
}

// A noun or adjective in the dictionary, and no verb form: "малого", "бизнеса", "торговли".
bool nounOrAdjective(Work& w, const Word& word)
{
    if (!w.lem || word.kind != text::TokenKind::Word)
        return false;
    const auto& analyses = w.lem->analyses(w.ctx.utf8(word.start, word.end));
    bool nominal = false;
    for (const auto& a : analyses) {
        if (a.pos == morph::Lemmatizer::Pos::Verb)
            return false;
        nominal = true;
    }
    return nominal;
}

// An adjective in the dictionary ("малого"), not a noun of the same ending ("службой").
bool readsAsAdjective(Work& w, const Word& word)
{
    if (!w.lem || word.kind != text::TokenKind::Word)
        return false;
    const auto& analyses = w.lem->analyses(w.ctx.utf8(word.start, word.end));
    return std::any_of(analyses.begin(), analyses.end(),
                       [](const auto& a) { return a.pos == morph::Lemmatizer::Pos::Adjective; });
}

// A position inside a place the gazetteer named (not a country adjective).
bool insidePlace(const Work& w, std::uint32_t pos)
{
    return std::any_of(w.places.begin(), w.places.end(),
                       [&](const gaz::Match& m) { return m.start <= pos && pos < m.end && !m.adjective; });
}

// Pronouns, particles, conjunctions and prepositions that end a name where they follow it ("Philips |
// ничего конкретного", "партии | всячески", "правительство | через Национальный банк").
bool isFunctionWord(std::u32string_view f)
{
    static constexpr std::u32string_view kWords[]{
        U"не", U"ни", U"же", U"ли", U"бы", U"уже", U"также", U"тоже", U"ничего", U"никто", U"ничто", U"никогда",
        U"что", U"чтобы", U"который", U"которая", U"которое", U"которые", U"которого", U"которой", U"это", U"этот",
        U"эта", U"эти", U"этого", U"этой", U"всячески", U"однако", U"но", U"а", U"даже", U"еще", U"лишь", U"только",
        U"своего", U"своей", U"его", U"ее", U"их", U"всего", U"всей", U"каждого", U"каждой", U"самого", U"самой",
        // prepositions no organisation's name holds
        U"через", U"между", U"вместо", U"после", U"перед", U"кроме"};
    return std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

// An organisation's name the tagger cut short goes on through the genitive words after it
// ("Федеральной ассоциации" + "малого и среднего бизнеса Германии"; "Министерство инвестиций" +
// ", промышленности и торговли Республики Узбекистан"), up to other punctuation, a verb, or a
// capitalised word that is not a place or an abbreviation (a person's name).
std::uint32_t genitiveTailEnd(Work& w, std::uint32_t start, std::uint32_t end)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    std::size_t i = ctx.wordAt(end);
    if (i == 0 || i >= words.size() || words[i - 1].end != end || insideName(ctx, start))
        return end;
    const int sentence = ctx.sentenceAt(start);
    const auto isPlaceWord = [&](std::uint32_t pos) { return insidePlace(w, pos); };
    // An abbreviation is a whole name: "требует от ООН грозной резолюции" is no "ООН грозной резолюции".
    if (words[i - 1].allCaps)
        return end;
    // Only where the cut is plain: an adjective in an oblique case needs the noun after it
    // ("ассоциации малого …"), and a ministry or department lists its domains with commas.
    const auto& f = words[i].folded;
    const auto oblique = [](const Word& x) {
        return !x.capitalised && hasObliqueAdjectiveEnding(x.folded) && !isFunctionWord(x.folded);
    };
    // Also where the tagger stopped inside a list of such adjectives: "ассоциации малого | и среднего
    // бизнеса", "департамента инвестиционной | и промышленной политики".
    const bool obliqueAdjective = oblique(words[i])
        || (f == U"и" && ctx.wordAt(start) < i - 1 && oblique(words[i - 1]) && readsAsAdjective(w, words[i - 1]));
    const auto& head = words[ctx.wordAt(start)].folded;
    const bool listsDomains = f == U"," && (head.rfind(U"министерств", 0) == 0 || head.rfind(U"департамент", 0) == 0
                                          || head.rfind(U"комитет", 0) == 0);
    if (!obliqueAdjective && !listsDomains)
        return end;
    std::uint32_t last = end;
    for (; i < words.size() && ctx.sentenceAt(words[i].start) == sentence; ++i) {
        const Word& x = words[i];
        const Word* next = i + 1 < words.size() ? &words[i + 1] : nullptr;
        if (x.folded == U"," || x.folded == U"и") {
            if (!next || next->capitalised || !nounOrAdjective(w, *next))
                break;
            continue;
        }
        if (x.kind != text::TokenKind::Word)
            break;
        if (x.capitalised) {
            if (x.allCaps || isPlaceWord(x.start) || x.folded == U"республики" || x.folded == U"российской"
                || x.folded == U"федерации") {
                last = x.end;
                continue;
            }
            break;
        }
        if (!nounOrAdjective(w, x) || isAdjectiveNominative(x.folded) || isFunctionWord(x.folded))
            break;
        last = x.end;
    }
    // The tail must end in a noun, not hang on a conjunction or adjective.
    return last;
}

// An organisation's name the tagger ran on past its end: into the sentence's verb ("комиссия
// Европейского союза | пригрозила"), a pronoun or particle ("представитель Philips | ничего
// конкретного"), or the next sentence after a web address ("сообщает NEWSru.com. | Такой переход").
// Inside quotes the words are the name's own.
// The tagger's organisation that begins with a place the gazetteer knows, followed by an
// abbreviation, is the abbreviation: "базирующаяся в Риме ФАО" → "ФАО" (the place stays a place).
std::uint32_t organisationStartAfterPlace(const Work& w, std::uint32_t start, std::uint32_t end)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    const std::size_t first = ctx.wordAt(start);
    if (first + 2 != ctx.wordAt(end) || words[first + 1].end != end || !words[first + 1].allCaps || words[first].allCaps)
        return start;
    const bool place = std::any_of(w.places.begin(), w.places.end(), [&](const gaz::Match& m) {
        return !m.adjective && m.start == words[first].start && m.end == words[first].end;
    });
    return place ? words[first + 1].start : start;
}

std::uint32_t organisationRunOnEnd(Work& w, std::uint32_t start, std::uint32_t end)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    const std::size_t first = ctx.wordAt(start);
    for (std::size_t i = first + 1; i < words.size() && words[i].end <= end; ++i) {
        const Word& x = words[i];
        std::uint32_t cut = 0;
        if (ctx.quoteAt(x.start))
            continue;
        if (x.kind == text::TokenKind::Word && !x.capitalised
            && (isFunctionWord(x.folded)
                || (!x.latin && isVerbOnly(w, x))))
            cut = x.start;
        // ". " and a capitalised word after a word of three letters or more ("com", not "им" or an initial).
        else if (x.folded == U"." && i + 1 < words.size() && words[i + 1].capitalised && words[i + 1].end <= end
                 && words[i + 1].start > x.end && i > first && words[i - 1].folded.size() >= 3
                 && words[i - 1].kind == text::TokenKind::Word && words[i - 1].end == x.start)
            cut = x.start;
        if (cut) {
            const auto t = ctx.text();
            while (cut > start && (t[cut - 1] == U' ' || t[cut - 1] == U','))
                --cut;
            return cut;
        }
    }
    return end;
}

// A name the tagger ended on an adjective is cut short of its noun: "Курской областной" + "думы",
// "Харбинский военно-инженерный" + "колледж". The name goes on to the lower-case noun right after
// it; where that noun names an event ("Уфимского международного" + "марафона"), the name is an
// event's, and where it names an award, no organisation's.
struct AdjectiveCut {
    std::uint32_t end = 0;
    bool event = false;
    bool award = false;
};
std::optional<AdjectiveCut> nounAfterAdjective(Work& w, std::uint32_t start, std::uint32_t end)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    const std::size_t next = ctx.wordAt(end);
    if (next == 0 || next >= words.size() || words[next - 1].end != end || words[next].start != end + 1
        || ctx.text()[end] != U' ' || ctx.sentenceAt(words[next].start) != ctx.sentenceAt(start))
        return std::nullopt;
    const Word& last = words[next - 1];
    const Word& noun = words[next];
    if (next - 1 == ctx.wordAt(start))
        return std::nullopt; // one adjective ("Российский", "парламентского") is no name cut short
    if (noun.kind != text::TokenKind::Word || noun.capitalised || noun.folded.size() < 4 || !isAdjectiveForm(last.folded)
        || !readsAsAdjective(w, last) || !w.lem)
        return std::nullopt;
    // A noun made of an adjective ends a name as it is ("российской сборной").
    const auto& lastReadings = w.lem->analyses(ctx.utf8(last.start, last.end));
    if (std::any_of(lastReadings.begin(), lastReadings.end(), [](const auto& a) { return a.pos == morph::Lemmatizer::Pos::Noun; })
        || last.folded.compare(0, 5, U"сборн") == 0)
        return std::nullopt;
    bool isNoun = false;
    for (const auto& a : w.lem->analyses(ctx.utf8(noun.start, noun.end))) {
        if (a.pos != morph::Lemmatizer::Pos::Noun)
            return std::nullopt;
        isNoun = true;
    }
    if (!isNoun)
        return std::nullopt;
    // An award is no organisation ("Шукшинской литературной премии"): no name at all.
    for (std::u32string_view award : {U"преми", U"наград", U"медал", U"орден"}) {
        if (noun.folded.compare(0, award.size(), award) == 0)
            return AdjectiveCut{noun.end, false, true};
    }
    return AdjectiveCut{noun.end, eventNoun(noun.folded).has_value()};
}

// A month or a part of the day or year: "с января", "за неделю" are times, not a remit.
bool isTimeWord(std::u32string_view folded)
{
    static constexpr std::u32string_view kTimes[]{U"год", U"недел", U"месяц", U"дн", U"ден", U"час", U"минут",
                                                 U"утр", U"вечер", U"ноч", U"начал", U"конц", U"момент", U"середин"};
    return dates::detail::monthEntry(folded).month != 0
        || std::any_of(std::begin(kTimes), std::end(kTimes), [&](std::u32string_view p) { return folded.rfind(p, 0) == 0; });
}

// A noun or adjective in an oblique case, as a remit's words are ("охране", "окружающей",
// "знакам"): an adjective with an oblique ending, or a noun form other than its dictionary form.
// Not a nominative ("глава"), a short participle ("объявлен") or a verb.
bool obliqueNominal(Work& w, const Word& word)
{
    if (!w.lem || word.kind != text::TokenKind::Word || word.capitalised)
        return false;
    const std::string form = w.ctx.utf8(word.start, word.end);
    const auto& analyses = w.lem->analyses(form);
    const auto endsIn = [&](std::initializer_list<std::u32string_view> endings) {
        return std::any_of(endings.begin(), endings.end(), [&](std::u32string_view e) {
            return word.folded.size() > e.size() + 1 && word.folded.compare(word.folded.size() - e.size(), e.size(), e) == 0;
        });
    };
    const auto shortForm = [&](const std::string& lemma) { // "объявлен" of "объявленный"
        return lemma.size() > form.size() && lemma.compare(0, form.size(), form) == 0;
    };
    bool oblique = false;
    for (const auto& a : analyses) {
        if (a.pos == morph::Lemmatizer::Pos::Verb || a.lemma == form || shortForm(a.lemma))
            return false;
        oblique = oblique || a.pos == morph::Lemmatizer::Pos::Noun
            || !endsIn({U"ая", U"яя", U"ое", U"ее", U"ые", U"ие"}); // adjectives: not a nominative
    }
    return oblique;
}

// A body's name goes on through "по" and its remit ("Агентство по охране окружающей среды",
// "Комитета Госдумы по науке и наукоемким технологиям", "ГУ МЧС по Санкт-Петербургу"): when the
// name holds an institution's head noun, "по" follows it, and lower-case nouns and adjectives (or
// a place) follow "по", joined by "и", "," or the prepositions of a remit ("за", "с", "в сфере").
// Not the adverbial "по" phrases ("по итогам", "по словам", "по данным"), which follow any noun.
std::uint32_t remitTailEnd(Work& w, std::uint32_t start, std::uint32_t end)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    std::size_t i = ctx.wordAt(end);
    if (i == 0 || i + 1 >= words.size() || words[i - 1].end != end || insideName(ctx, start))
        return end;
    const auto isJoiner = [&](std::size_t k) {
        const auto& f = words[k].folded;
        return f == U"и" || f == U"," || f == U"за" || f == U"с" || f == U"со"
            || (f == U"в" && k + 1 < words.size() && words[k + 1].folded == U"сфере");
    };
    // "по" right after the span, or inside it when the tagger stopped within the remit
    // ("Федеральной службы по надзору" + " в сфере связи").
    std::size_t po = words[i].folded == U"по" ? i : words.size();
    for (std::size_t k = ctx.wordAt(start); po == words.size() && k < i; ++k) {
        if (words[k].folded == U"по" && isJoiner(i))
            po = k;
    }
    if (po == words.size())
        return end;
    const auto isPlaceWord = [&](std::uint32_t pos) { return insidePlace(w, pos); };
    // Bodies that are named by their remit; a court, a parliament or the police take "по" for
    // other things ("судом … по делу", "парламент по представлению").
    static constexpr std::u32string_view kRemitHeads[]{
        U"комитет", U"комисси", U"совет", U"агентств", U"служб", U"управлени", U"департамент", U"центр",
        U"бюро", U"групп", U"отдел", U"министерств", U"ведомств", U"инспекци", U"фонд", U"штаб", U"палат",
        U"союз", U"ассоциаци", U"федераци", U"организаци", U"движени", U"сборн"};
    // The head noun, then only capitalised words (whose body: "Комитета Госдумы", "Бюро США").
    bool head = false;
    for (std::size_t k = ctx.wordAt(start); k < po; ++k) {
        const Word& x = words[k];
        if (!x.allCaps && !isPlaceWord(x.start) && std::any_of(std::begin(kRemitHeads), std::end(kRemitHeads), [&](std::u32string_view p) {
                return x.folded.rfind(p, 0) == 0;
            }))
            head = true;
        else if (!x.capitalised)
            head = false;
    }
    if (!head)
        return end;
    // Whole word forms, not prefixes: "по праву" is adverbial, "по правам человека" a remit.
    static constexpr std::u32string_view kAdverbial[]{
        U"итогам", U"итогу", U"словам", U"данным", U"мнению", U"поводу", U"факту", U"случаю", U"приглашению",
        U"инициативе", U"просьбе", U"подозрению", U"решению", U"запросу", U"причине", U"сравнению", U"сообщению",
        U"сообщениям", U"информации", U"оценкам", U"оценке", U"состоянию", U"результатам", U"сведениям",
        U"требованию", U"заказу", U"указанию", U"приказу", U"поручению", U"версии", U"плану", U"адресу",
        U"телефону", U"примеру", U"мере", U"праву", U"обыкновению", U"традиции", U"ошибке", U"вине", U"сути",
        U"всей", U"всему", U"всем", U"этому", U"этой", U"тому", U"той", U"своей", U"своему", U"нашей", U"их",
        U"его", U"ее", U"её", U"части", U"линии", U"времени", U"которому", U"которой", U"которым", U"истечении",
        U"окончании", U"завершении", U"прибытии", U"возвращении", U"согласованию", U"договоренности",
        U"соглашению", U"программе", U"проекту", U"аналогии", U"возможности", U"сей", U"пути", U"телевизору",
        U"радио", U"делу", U"специальности", U"желанию", U"договору", U"представлению", U"утверждению",
        U"кандидатуре", U"собственному", U"собственной", U"подсчетам", U"прогнозам", U"статистике"};
    const auto adverbial = [&](const std::u32string& f) {
        return std::find(std::begin(kAdverbial), std::end(kAdverbial), f) != std::end(kAdverbial);
    };
    const int sentence = ctx.sentenceAt(start);
    const Word& first = words[po + 1];
    if (first.kind != text::TokenKind::Word || adverbial(first.folded))
        return end;
    if (first.capitalised ? !isPlaceWord(first.start) : !obliqueNominal(w, first))
        return end;
    std::uint32_t last = end;
    std::size_t taken = po < i ? i - (po + 1) : 0; // remit words already in the span
    for (i = std::max(i, po + 1); i < words.size() && ctx.sentenceAt(words[i].start) == sentence && taken < 10; ++i) {
        const Word& x = words[i];
        const Word* next = i + 1 < words.size() ? &words[i + 1] : nullptr;
        if (isJoiner(i)) {
            // A list of domains goes on with an adjective after a comma ("связи, информационных
            // технологий"); "с"/"за" not with a time ("с января").
            if (!next || taken == 0 || !obliqueNominal(w, *next) || isTimeWord(next->folded)
                || (x.folded == U"," && !readsAsAdjective(w, *next)))
                break;
            continue;
        }
        if (x.kind != text::TokenKind::Word || x.folded.size() < 3)
            break;
        if (x.capitalised ? !isPlaceWord(x.start) : !obliqueNominal(w, x))
            break;
        ++taken;
        // The remit ends on a noun or a place, not on an adjective waiting for its noun.
        if (x.capitalised || !hasObliqueAdjectiveEnding(x.folded) || !readsAsAdjective(w, x))
            last = x.end;
    }
    return last;
}

// A document names a person in full once and by surname after ("Мантуров пояснил", "Пушкина"):
// capitalised words elsewhere that repeat a tagged full name's surname, in any case form, are
// mentions of that person too, unless another mention covers them.
void repeatNames(Work& w, std::vector<Mention>& out)
{
    const Context& ctx = w.ctx;
    std::vector<std::u32string> names;
    for (const auto& m : out) {
        // Only full names lend their surname: a one-word "person" may be the tagger's mistake.
        if (m.type != MentionType::Person || m.text.find(' ') == std::string::npos)
            continue;
        const std::size_t last = ctx.wordAt(m.end) - 1;
        if (last < ctx.words().size() && ctx.words()[last].kind == text::TokenKind::Word && ctx.words()[last].folded.size() >= 4)
            names.push_back(ctx.words()[last].folded);
    }
    if (names.empty())
        return;
    std::vector<Mention> added;
    for (const Word& word : ctx.words()) {
        if (word.kind != text::TokenKind::Word || !word.capitalised || word.allCaps || word.folded.size() < 4)
            continue;
        const bool covered = overlapsMention(out, word.start, word.end);
        if (covered || insideName(ctx, word.start))
            continue;
        if (std::none_of(names.begin(), names.end(), [&](const std::u32string& n) { return sameWordForms(n, word.folded, 4, 2); }))
            continue;
        added.push_back(makeMention(ctx, MentionType::Person, word.start, word.end,
                                    nominativeText(w, word.start, word.end, true)));
    }
    for (auto& m : added)
        out.push_back(std::move(m));
}

// An organisation the tagger found once under a one-word name ("Яндекс", "Газпрома", "Bayer")
// is the same organisation wherever else the word stands capitalised and unclaimed.
void repeatOrganisations(Work& w, std::vector<Mention>& out)
{
    const Context& ctx = w.ctx;
    std::vector<std::u32string> names;
    for (const auto& m : out) {
        if (m.type != MentionType::Organization)
            continue;
        const std::size_t first = ctx.wordAt(m.start);
        if (first < ctx.words().size() && ctx.words()[first].end == m.end && ctx.words()[first].capitalised
            && ctx.words()[first].folded.size() >= 3)
            names.push_back(ctx.words()[first].folded);
    }
    std::vector<Mention> added;
    for (const Word& word : ctx.words()) {
        if (word.kind != text::TokenKind::Word || !word.capitalised || word.folded.size() < 3)
            continue;
        const bool known = std::any_of(names.begin(), names.end(),
                                       [&](const std::u32string& n) { return sameWordForms(n, word.folded, 5, 2); });
        if (!known || insideName(ctx, word.start))
            continue;
        const bool covered = overlapsMention(out, word.start, word.end);
        if (covered)
            continue;
        added.push_back(makeMention(ctx, MentionType::Organization, word.start, word.end,
                                    nominativeText(w, word.start, word.end, false)));
    }
    for (auto& m : added)
        out.push_back(std::move(m));
}

// A quoted name of several words the tagger took for an organisation ("интервью «Голосу Америки»")
// is that organisation wherever else its words stand in the document, quoted or not ("Голос
// Америки: Ранее …"), its first word in any case form; a place inside it stays nested.
void repeatQuotedOrganisations(Work& w, std::vector<Mention>& out)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    const auto text = ctx.text();
    std::vector<std::vector<std::u32string>> names;
    for (const auto& m : out) {
        if (m.type != MentionType::Organization || m.start == 0 || m.end >= text.size() || !isQuoteMark(text[m.start - 1])
            || !isQuoteMark(text[m.end]))
            continue;
        std::vector<std::u32string> name;
        for (std::size_t k = ctx.wordAt(m.start); k < words.size() && words[k].end <= m.end; ++k)
            name.push_back(words[k].folded);
        if (name.size() >= 2 && name.size() <= 5 && name[0].size() >= 4 && ctx.wordAt(m.start) < words.size()
            && words[ctx.wordAt(m.start)].capitalised)
            names.push_back(std::move(name));
    }
    if (names.empty())
        return;
    std::vector<Mention> added;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!words[i].capitalised)
            continue;
        for (const auto& name : names) {
            if (i + name.size() > words.size() || !sameWordForms(name[0], words[i].folded, 4, 2, 1)
                || !std::equal(name.begin() + 1, name.end(), words.begin() + static_cast<std::ptrdiff_t>(i + 1),
                               [](const std::u32string& n, const Word& x) { return n == x.folded; }))
                continue;
            const std::uint32_t s = words[i].start, e = words[i + name.size() - 1].end;
            // Unclaimed, or claimed only by places inside it.
            const bool claimed = std::any_of(out.begin(), out.end(), [&](const Mention& m) {
                return m.type != MentionType::Date && m.start < e && s < m.end
                    && !(isPlaceType(m.type) && s < m.start && m.end <= e);
            });
            if (!claimed && !insideName(ctx, s))
                added.push_back(makeMention(ctx, MentionType::Organization, s, e, nominativeText(w, s, e, false)));
            break;
        }
    }
    for (auto& m : added)
        out.push_back(std::move(m));
}

// A Latin name right after a company noun, or after its lower-case complement, is the company's:
// "Компания Hewlett-Packard", "производителя сетевого оборудования 3Com", "концерна Bayer". Not
// after a site, network or service, whose names NEREL marks as products.
void latinCompanyNames(Work& w, std::vector<Mention>& out)
{
    const auto companyNoun = [](const Word& x) { return x.kind == text::TokenKind::Word && !x.latin && isCompanyNoun(x.folded); };
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    std::vector<Mention> added;
    // A Cyrillic name of one word right after the noun too ("агентству Рейтер"), not a family
    // ("компании Хантсменов").
    const auto cyrillicName = [&](std::size_t k) {
        const auto& f = words[k].folded;
        return words[k].kind == text::TokenKind::Word && !words[k].latin && words[k].capitalised && !words[k].allCaps
            && companyNoun(words[k - 1]) && ctx.sentenceAt(words[k].start) == ctx.sentenceAt(words[k - 1].start)
            && !(f.size() > 4 && (f.ends_with(U"ов") || f.ends_with(U"ев") || f.ends_with(U"ых")))
            // Not an adjective of a place's name ("компаний Среднего Урала"), nor a name of two words.
            && !isAdjectiveForm(f) && !(k + 1 < words.size() && words[k + 1].capitalised && words[k + 1].start == words[k].end + 1)
            && !insidePlace(w, words[k].start);
    };
    for (std::size_t k = 1; k < words.size(); ++k) {
        if (words[k].start != words[k - 1].end + 1 || words[k - 1].latin)
            continue;
        if (cyrillicName(k)) {
            if (!overlapsMention(out, words[k].start, words[k].end) && !insideName(ctx, words[k].start))
                added.push_back(makeMention(ctx, MentionType::Organization, words[k].start, words[k].end,
                                            nominativeText(w, words[k].start, words[k].end, false)));
            continue;
        }
        // From the Latin name back to the noun: Latin words are few.
        if (!words[k].latin || !(words[k].capitalised || (words[k].folded[0] >= U'0' && words[k].folded[0] <= U'9')))
            continue;
        // The noun, or the noun and up to two lower-case words of its complement ("сетевого оборудования").
        std::size_t i = k - 1;
        bool found = companyNoun(words[i]);
        for (int back = 0; !found && back < 2 && i > 0 && words[i].kind == text::TokenKind::Word && !words[i].capitalised
                           && words[i].start == words[i - 1].end + 1;
             ++back) {
            --i;
            found = companyNoun(words[i]);
        }
        if (!found)
            continue;
        // The run of Latin words: "Hewlett-Packard", "Deutsche Bank", "3Com".
        std::size_t e = k;
        while (e + 1 < words.size() && words[e + 1].latin && words[e + 1].capitalised && words[e + 1].start == words[e].end + 1)
            ++e;
        const std::uint32_t s = words[k].start, end = words[e].end;
        if (overlapsMention(out, s, end) || insideName(ctx, s))
            continue;
        added.push_back(makeMention(ctx, MentionType::Organization, s, end, ctx.utf8(s, end)));
        k = e;
    }
    for (auto& m : added)
        out.push_back(std::move(m));
}

// An organisation named in full is also named by its initials elsewhere in the document:
// "Hewlett-Packard" … "HP", "Российские железные дороги" … "РЖД". The initials of its words (or
// of a hyphened Latin name's parts), short words such as "и", "по", "of" left out.
void organisationInitials(Work& w, std::vector<Mention>& out)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    std::vector<std::u32string> initials;
    for (const auto& m : out) {
        if (m.type != MentionType::Organization)
            continue;
        std::u32string abbreviation;
        bool plain = true;
        for (std::size_t k = ctx.wordAt(m.start); k < words.size() && words[k].end <= m.end; ++k) {
            const Word& x = words[k];
            if (x.kind != text::TokenKind::Word) {
                plain = plain && x.folded == U"-";
                continue;
            }
            if (x.allCaps || x.folded.size() < 3 || !u_isalpha(static_cast<UChar32>(x.folded[0]))) {
                plain = plain && x.folded.size() < 3 && !x.allCaps && !x.capitalised;
                continue;
            }
            // A hyphened Latin name's parts each give a letter ("Hewlett-Packard").
            for (std::size_t from = 0; from < x.folded.size();) {
                abbreviation += x.folded[from];
                const auto hyphen = x.folded.find(U'-', from);
                from = hyphen == std::u32string::npos ? x.folded.size() : hyphen + 1;
            }
        }
        if (plain && abbreviation.size() >= 2 && abbreviation.size() <= 6)
            initials.push_back(abbreviation);
    }
    if (initials.empty())
        return;
    std::vector<Mention> added;
    for (const Word& x : words) {
        if (x.kind != text::TokenKind::Word || !x.allCaps || x.folded.size() < 2
            || std::find(initials.begin(), initials.end(), x.folded) == initials.end() || overlapsMention(out, x.start, x.end)
            || insideName(ctx, x.start))
            continue;
        added.push_back(makeMention(ctx, MentionType::Organization, x.start, x.end, ctx.utf8(x.start, x.end)));
    }
    for (auto& m : added)
        out.push_back(std::move(m));
}

// A name the tagger ran on from an organisation's into a person's: "клуба Челси Фрэнк Лэмпард",
// "института Пушкина Виталий Костомаров". After an organisation noun, a person's span of three
// capitalised words or more, with no patronymic and no particle, is the organisation's name and a
// person's first name and surname: the last two words.
void organisationBeforeName(Work& w, std::vector<Mention>& out)
{
    static constexpr std::u32string_view kNouns[]{U"клуб", U"команд", U"компани", U"партии", U"партия", U"институт",
                                                  U"университет", U"банк", U"фонд", U"концерн", U"холдинг",
                                                  U"корпораци", U"агентств", U"газет", U"журнал", U"телеканал"};
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    std::vector<Mention> added;
    for (auto& m : out) {
        if (m.type != MentionType::Person)
            continue;
        const std::size_t first = ctx.wordAt(m.start);
        if (first == 0 || first >= words.size() || words[first - 1].end + 1 != m.start)
            continue;
        const auto& noun = words[first - 1].folded;
        if (std::none_of(std::begin(kNouns), std::end(kNouns), [&](std::u32string_view n) {
                return noun.size() <= n.size() + 3 && noun.compare(0, n.size(), n) == 0;
            }))
            continue;
        std::vector<std::size_t> name;
        bool plain = true;
        for (std::size_t k = first; k < words.size() && words[k].end <= m.end; ++k) {
            if (words[k].kind != text::TokenKind::Word)
                continue;
            plain = plain && words[k].capitalised && !words[k].allCaps;
            for (std::u32string_view p : {U"ович", U"евич", U"овна", U"евна", U"ична", U"инична", U"ьич"})
                plain = plain && !(words[k].folded.size() > p.size() + 1 && words[k].folded.substr(words[k].folded.size() - p.size()) == p);
            name.push_back(k);
        }
        if (!plain || name.size() < 3)
            continue;
        const std::uint32_t personStart = words[name[name.size() - 2]].start;
        const std::uint32_t orgEnd = words[name[name.size() - 3]].end;
        // An institute or university named after someone holds its noun: "института Пушкина".
        const bool namedAfter = noun.compare(0, 8, U"институт") == 0 || noun.compare(0, 11, U"университет") == 0;
        const std::uint32_t orgStart = namedAfter ? words[first - 1].start : m.start;
        added.push_back(makeMention(ctx, MentionType::Organization, orgStart, orgEnd, nominativeText(w, orgStart, orgEnd, false)));
        m.start = personStart;
        m.text = ctx.utf8(m.start, m.end);
        m.lemma = m.entity = nominativeText(w, m.start, m.end, true);
    }
    for (auto& m : added)
        out.push_back(std::move(m));
}

// A person's name is written in one script: a Latin word before a Cyrillic name belongs to what
// stands before it ("цитирует ИА Regnum Минченко": the agency "ИА Regnum", the person "Минченко").
// Roman numerals are names' own ("Елизавета II").
void latinBeforeName(Work& w, std::vector<Mention>& out)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    const auto latinWord = [](const Word& x) {
        return x.kind == text::TokenKind::Word && x.latin && !x.allCaps && x.folded.size() >= 2;
    };
    for (auto& m : out) {
        if (m.type != MentionType::Person)
            continue;
        const std::size_t first = ctx.wordAt(m.start);
        std::size_t k = first;
        while (k < words.size() && words[k].end <= m.end && latinWord(words[k]))
            ++k;
        if (k == first || k >= words.size() || words[k].end > m.end || words[k].latin || !words[k].capitalised)
            continue;
        const std::uint32_t latinEnd = words[k - 1].end;
        // The organisation right before takes the Latin words into its name.
        for (auto& o : out) {
            if (o.type == MentionType::Organization && o.end + 1 == m.start) {
                o.end = latinEnd;
                o.text = ctx.utf8(o.start, o.end);
                o.lemma = o.entity = o.text;
                break;
            }
        }
        m.start = words[k].start;
        m.text = ctx.utf8(m.start, m.end);
        m.lemma = m.entity = nominativeText(w, m.start, m.end, true);
    }
}

// Ministries, federal services and agencies named by their one-word short names ("Минобрнауки",
// "Рособрнадзором", "Совфеда") are organisations wherever the tagger left them unclaimed, with the
// country named right after them ("Минобороны РФ").
void governmentBodies(Work& w, std::vector<Mention>& out)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    std::vector<Mention> added;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Word& word = words[i];
        if (word.kind != text::TokenKind::Word || !word.capitalised || word.latin || !isGovernmentBodyName(word.folded)
            || insideName(ctx, word.start))
            continue;
        // The tagger's guess of a place or person for the word alone ("в Совфеде" read as a city)
        // yields to the body's name; a place the gazetteer knows does not.
        const auto guess = std::find_if(out.begin(), out.end(), [&](const Mention& m) {
            return m.start == word.start && m.end == word.end && (isPlaceType(m.type) || m.type == MentionType::Person);
        });
        if (guess != out.end() && !insidePlace(w, word.start)) {
            guess->type = MentionType::Organization;
            guess->lemma = guess->entity = nominativeText(w, word.start, word.end, false);
            continue;
        }
        if (overlapsMention(out, word.start, word.end))
            continue;
        std::uint32_t end = word.end;
        if (i + 1 < words.size() && words[i + 1].start == word.end + 1 && ctx.text()[word.end] == U' ') {
            const auto country = std::find_if(out.begin(), out.end(), [&](const Mention& m) {
                return m.type == MentionType::Country && m.start == words[i + 1].start;
            });
            if (country != out.end())
                end = country->end;
        }
        added.push_back(makeMention(ctx, MentionType::Organization, word.start, end, nominativeText(w, word.start, end, false)));
    }
    for (auto& m : added)
        out.push_back(std::move(m));
}

// An organisation's abbreviation or Latin name in brackets right after it is the organisation
// too: "Хмельницкой атомной электростанции (ХАЭС)", "Комитет защиты журналистов (КЗЖ) (Committee
// to Protect Journalists)", "RCA (Radio Corporation of America)".
void bracketedOrganisationNames(Work& w, std::vector<Mention>& out)
{
    const Context& ctx = w.ctx;
    const auto text = ctx.text();
    std::vector<Mention> added;
    // The words between open and close (exclusive) are one abbreviation or Latin name.
    const auto nameInBrackets = [&](std::uint32_t open, std::uint32_t close) {
        const std::size_t first = ctx.wordAt(open + 1);
        const std::size_t last = ctx.wordAt(close);
        if (first >= last || last > ctx.words().size() || ctx.words()[first].start != open + 1 || ctx.words()[last - 1].end != close)
            return false;
        bool latin = true, capitalised = true;
        for (std::size_t k = first; k < last; ++k) {
            const Word& word = ctx.words()[k];
            if (word.kind == text::TokenKind::Word) {
                latin = latin && word.latin;
                capitalised = capitalised && (word.capitalised || word.folded.size() <= 3);
            }
        }
        const bool abbreviation = last - first == 1 && ctx.words()[first].allCaps && ctx.words()[first].folded.size() >= 2;
        return abbreviation || (latin && capitalised && ctx.words()[first].capitalised);
    };
    for (const auto& m : out) {
        if (m.type != MentionType::Organization)
            continue;
        std::uint32_t at = m.end;
        for (int group = 0; group < 2; ++group) {
            while (at < text.size() && text[at] == U' ')
                ++at;
            if (at >= text.size() || text[at] != U'(')
                break;
            std::uint32_t close = at + 1;
            while (close < text.size() && close - at <= 60 && text[close] != U')' && text[close] != U'(' && text[close] != U'\n')
                ++close;
            if (close >= text.size() || text[close] != U')')
                break;
            const bool taken = std::any_of(out.begin(), out.end(), [&](const Mention& o) {
                return o.type != MentionType::Date && o.start < close && at + 1 < o.end
                    && ((o.start == at + 1 && o.end == close) || o.type == MentionType::Person || o.type == MentionType::Organization);
            });
            // "(King’s College London, KCL)": each name of a list.
            for (std::uint32_t from = at + 1; !taken && from < close;) {
                std::uint32_t to = from;
                while (to < close && text[to] != U',')
                    ++to;
                if (nameInBrackets(from - 1, to))
                    added.push_back(makeMention(ctx, MentionType::Organization, from, to, ctx.utf8(from, to)));
                from = to + 1;
                while (from < close && text[from] == U' ')
                    ++from;
            }
            at = close + 1;
        }
    }
    for (auto& m : added)
        out.push_back(std::move(m));
}

// A title the tagger cut inside an organisation's name goes on to the name's end, as NEREL marks
// titles: "депутатом Курской" + "областной думы", "Пресс-секретарь Федеральной" + "службы по надзору …".
void titlesThroughOrganisations(std::vector<Mention>& out, const Context& ctx)
{
    for (auto& p : out) {
        if (p.type != MentionType::Profession)
            continue;
        std::uint32_t end = p.end;
        for (const auto& o : out) {
            if (o.type == MentionType::Organization && p.start <= o.start && o.start < p.end && p.end < o.end
                && ctx.sentenceAt(o.end - 1) == ctx.sentenceAt(p.start))
                end = std::max(end, o.end);
        }
        if (end != p.end) {
            p.end = end;
            p.text = ctx.utf8(p.start, p.end);
        }
    }
}

// A city the gazetteer does not know, with its country in brackets: "в Ганновере (Германия)".
void bracketedCountries(Work& w, const std::vector<Mention>& out)
{
    const auto& text = w.ctx.text();
    for (const auto& city : out) {
        if (city.type != MentionType::City || w.placeCountry.count(city.lemma))
            continue;
        std::uint32_t at = city.end;
        while (at < text.size() && text[at] == U' ')
            ++at;
        if (at >= text.size() || text[at] != U'(')
            continue;
        const auto country = std::find_if(out.begin(), out.end(), [&](const Mention& m) {
            return m.type == MentionType::Country && m.start == at + 1 && m.entity.size() == 2 && m.end < text.size()
                && text[m.end] == U')';
        });
        if (country != out.end())
            w.placeCountry[city.lemma] = country->entity;
    }
}

constexpr std::u32string_view kAdjectiveEndings[] = {U"ий", U"ого", U"ому", U"им", U"ом", U"ая", U"ой", U"ую",
                                                     U"ое", U"ие", U"их", U"ими", U"ым", U"ых", U"ые", U"ыми", U"ый"};

// The gazetteer city an adjective of one word is made from ("брянского" → Брянск), if any.
std::optional<std::uint32_t> cityOfAdjective(const Work& w, std::uint32_t start, std::uint32_t end)
{
    if (!w.cityAdjectives || !w.gazetteer)
        return std::nullopt;
    const std::size_t i = w.ctx.wordAt(start);
    if (i >= w.ctx.words().size() || w.ctx.words()[i].start != start || w.ctx.words()[i].end != end)
        return std::nullopt;
    const auto& f = w.ctx.words()[i].folded;
    for (auto ending : kAdjectiveEndings) {
        if (f.size() <= ending.size() + 3 || std::u32string_view(f).substr(f.size() - ending.size()) != ending)
            continue;
        if (const std::uint32_t* place = w.cityAdjectives->find(std::u32string_view(f).substr(0, f.size() - ending.size())))
            return *place;
    }
    return std::nullopt;
}

// "пекинский", "казанской", "уфимских" name a city as NEREL marks them: a CITY mention of it.
void cityAdjectiveMentions(Work& w, std::vector<Mention>& out)
{
    if (!w.cityAdjectives || w.cityAdjectives->empty())
        return;
    const Context& ctx = w.ctx;
    std::vector<Mention> added;
    for (const Word& word : ctx.words()) {
        if (word.kind != text::TokenKind::Word || word.allCaps || word.folded.size() < 6
            || std::u32string_view(U"йоумяюехи").find(word.folded.back()) == std::u32string_view::npos)
            continue; // the last letters of kAdjectiveEndings
        for (auto ending : kAdjectiveEndings) {
            const auto& f = word.folded;
            if (f.size() <= ending.size() + 3 || std::u32string_view(f).substr(f.size() - ending.size()) != ending)
                continue;
            const std::uint32_t* city = w.cityAdjectives->find(std::u32string_view(f).substr(0, f.size() - ending.size()));
            if (!city)
                continue;
            // NEREL nests places in organisations, titles and events ("Брянского горсовета").
            const bool covered = std::any_of(out.begin(), out.end(), [&](const Mention& m) {
                return m.type != MentionType::Date && m.type != MentionType::Organization
                    && m.type != MentionType::Profession && m.type != MentionType::Event && m.start < word.end
                    && word.start < m.end;
            });
            if (covered || insideName(ctx, word.start))
                break;
            const auto& place = w.gazetteer->place(*city);
            w.placeCountry[place.name] = place.country;
            added.push_back(makeMention(ctx, MentionType::City, word.start, word.end, place.name));
            break;
        }
    }
    for (auto& m : added)
        out.push_back(std::move(m));
}

} // namespace

text::FlatStringMap<char32_t, std::uint32_t> cityAdjectiveStems(const gaz::Gazetteer& g)
{
    text::FlatStringMap<char32_t, std::uint32_t> stems;
    const auto emplace = [&](std::u32string_view stem, std::uint32_t place) { // the first place wins
        if (!stems.find(stem))
            stems.add(stem, place);
    };
    for (std::uint32_t i = 0; i < g.size(); ++i) {
        const auto& place = g.place(i);
        if (place.kind != gaz::PlaceKind::City)
            continue;
        std::u32string f = text::foldForMatch(text::toU32(place.name));
        if (f.size() < 4 || f.find_first_of(U" -") != std::u32string::npos)
            continue; // one-word names only: "нью-йоркский" and the like are too irregular
        if (f.size() > 2 && f.compare(f.size() - 2, 2, U"ск") == 0) {
            emplace(f, i); // Курск → курский
            continue;
        }
        const char32_t last = f.back();
        if ((last == U'а' || last == U'я') && f.size() >= 5) {
            f.pop_back();
            emplace(f + U"ск", i); // Самара → самарский, Варшава → варшавский, Одесса → одесский
            continue;
        }
        if (last == U'а' || last == U'я' || last == U'о' || last == U'е' || last == U'и' || last == U'ы')
            continue; // Уфа → уфимский, Токио → токийский: not derivable (listed below when common)
        if (last == U'ь') {
            emplace(f + U"ск", i);             // Брюссель → брюссельский
            f.pop_back();
        }
        emplace(f + U"ск", i);                 // Пекин → пекинский, Казань → казанский
    }
    // Common irregular ones (general Russian usage, not from any document); emplace keeps a
    // regular derivation that already claimed the stem.
    static constexpr std::pair<std::u32string_view, std::u32string_view> kIrregular[]{
        {U"московск", U"Москва"},       {U"петербургск", U"Санкт-Петербург"}, {U"питерск", U"Санкт-Петербург"},
        {U"уфимск", U"Уфа"},            {U"калужск", U"Калуга"},              {U"тульск", U"Тула"},
        {U"нижегородск", U"Нижний Новгород"}, {U"ярославск", U"Ярославль"}, {U"вологодск", U"Вологда"},
        {U"сочинск", U"Сочи"},          {U"пензенск", U"Пенза"},              {U"махачкалинск", U"Махачкала"},
        {U"чебоксарск", U"Чебоксары"},  {U"токийск", U"Токио"},               {U"пражск", U"Прага"},
        {U"рижск", U"Рига"},            {U"тбилисск", U"Тбилиси"},            {U"бакинск", U"Баку"}};
    for (const auto& [stem, name] : kIrregular) {
        const std::string utf8 = text::toUtf8(name);
        for (std::uint32_t i = 0; i < g.size(); ++i) {
            if (g.place(i).kind == gaz::PlaceKind::City && g.place(i).name == utf8) {
                emplace(std::u32string(stem), i);
                break;
            }
        }
    }
    return stems;
}

void repairSpans(const Context& ctx, std::vector<ner::Span>& spans)
{
    std::sort(spans.begin(), spans.end(), [](const ner::Span& a, const ner::Span& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Two names one space apart are one name cut in two ("Рикардо" "Маркес Флорес"); a span that
    // starts where a longer one of its type starts is that one cut short.
    std::vector<ner::Span> joined;
    for (const auto& s : spans) {
        auto prev = std::find_if(joined.rbegin(), joined.rend(), [&](const ner::Span& p) { return p.type == s.type; });
        const auto words = [&](const ner::Span& x) {
            return std::count(ctx.text().begin() + x.start, ctx.text().begin() + x.end, U' ') + 1;
        };
        if (prev != joined.rend() && s.type == "PERSON" && prev->end + 1 == s.start && ctx.text()[prev->end] == U' '
            && words(*prev) == 1 && words(s) <= 2) {
            prev->end = s.end;
            continue;
        }
        if (prev != joined.rend() && prev->start == s.start && s.end <= prev->end)
            continue;
        joined.push_back(s);
    }
    spans = std::move(joined);

    // A span that opens a quote closes it: "компании «Гельтек-Медика" → "компании «Гельтек-Медика»".
    for (auto& s : spans) {
        for (const auto& q : ctx.quotes()) {
            if (q.open >= s.start && q.open < s.end && q.close >= s.end && q.close - s.end <= kMaxNameLength)
                s.end = q.close + 1;
        }
    }
    // A name ends at a full stop after a whole word, also where the next sentence is glued on
    // ("Антон Атрашкин.Просмотр"); initials ("А. С. Пушкин") go on.
    for (auto& s : spans) {
        if (s.type != "PERSON")
            continue;
        for (std::size_t i = ctx.wordAt(s.start) + 1; i < ctx.words().size() && ctx.words()[i].end <= s.end; ++i) {
            const Word& prev = ctx.words()[i - 1];
            if (ctx.words()[i].folded == U"." && prev.kind == text::TokenKind::Word && prev.end - prev.start >= 4
                && prev.start >= s.start) {
                s.end = prev.end;
                break;
            }
        }
    }
    // A name does not include the title before it: "Император Акихито" → "Акихито".
    for (auto& s : spans) {
        if (s.type != "PERSON")
            continue;
        for (std::size_t i = ctx.wordAt(s.start); i + 1 < ctx.words().size() && ctx.words()[i + 1].end <= s.end; ++i) {
            const Word& word = ctx.words()[i];
            if (word.kind == text::TokenKind::Word
                && (isRoleHead(word.folded) || isRoleModifier(word.folded) || isPersonTitle(word.folded)
                    || !word.capitalised))
                s.start = ctx.words()[i + 1].start;
            else
                break;
        }
    }
    std::vector<ner::Span> persons;
    for (const auto& s : spans) {
        if (s.type == "PERSON" && plausiblePerson(ctx, s.start, s.end))
            persons.push_back(s);
    }
    std::vector<ner::Span> out;
    for (auto s : spans) {
        if (s.type == "PERSON") {
            if (!plausiblePerson(ctx, s.start, s.end))
                continue;
        } else if (s.type == "ORGANIZATION" || s.type == "PROFESSION" || s.type == "EVENT") {
            // It stops before a name it runs into: "… политики Москвы Ольга Виданова".
            for (const auto& p : persons) {
                if (p.start > s.start && p.start < s.end)
                    s.end = p.start;
            }
            const auto t = ctx.text();
            while (s.end > s.start && (t[s.end - 1] == U' ' || t[s.end - 1] == U',' || isDashChar(t[s.end - 1])))
                --s.end;
            if (s.end <= s.start)
                continue;
        }
        out.push_back(s);
    }
    spans = std::move(out);
}

Mention makeMention(const Context& ctx, MentionType type, std::uint32_t start, std::uint32_t end, std::string lemma,
                    std::string entity)
{
    Mention m;
    m.type = type;
    m.start = start;
    m.end = end;
    m.text = ctx.utf8(start, end);
    m.entity = entity.empty() ? lemma : std::move(entity);
    m.lemma = std::move(lemma);
    m.sentence = ctx.sentenceSpan(start);
    return m;
}

bool overlapsMention(const std::vector<Mention>& mentions, std::uint32_t start, std::uint32_t end)
{
    return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
        return m.type != MentionType::Date && m.start < end && start < m.end;
    });
}

std::size_t countWords(std::string_view s)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        n += s[i] != ' ' && (i == 0 || s[i - 1] == ' ') ? 1 : 0;
    return n;
}

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

// The morphology's nominative of a phrase is a pure function of its words (and the dictionary),
// and news repeat their names: it is memoised per thread (bounded; cleared when full). The
// lemmatizer's address keys the table, so another dictionary never reads this one's results.
static std::string cachedNominative(const std::vector<std::string>& printed, bool person, morph::Lemmatizer* lem)
{
    struct Cache {
        const morph::Lemmatizer* lem = nullptr;
        text::FlatStringMap<char, std::string> map;
        std::string key;
    };
    thread_local Cache cache;
    if (cache.lem != lem || cache.map.size() >= 65536) {
        cache.map.clear();
        cache.lem = lem;
    }
    cache.key.assign(1, person ? 'P' : 'N');
    for (const auto& word : printed) {
        cache.key += '\x1f';
        cache.key += word;
    }
    if (const std::string* known = cache.map.find(cache.key))
        return *known;
    std::string nominative = person ? morph::personNominative(printed, lem) : morph::phraseNominative(printed, lem);
    cache.map.add(cache.key, nominative);
    return nominative;
}

bool isVerbOnly(Work& w, const Word& word)
{
    if (!w.lem || word.kind != text::TokenKind::Word)
        return false;
    // A verb's ending too: the dictionary's readings of a rare noun form can all be verbs ("детям").
    static constexpr std::u32string_view kEndings[]{U"л", U"ла", U"ло", U"ли", U"ть", U"ет", U"ит", U"ут", U"ют",
                                                    U"ат", U"ят", U"ся", U"сь", U"ем", U"им", U"ешь", U"ишь"};
    const auto& f = word.folded;
    if (std::none_of(std::begin(kEndings), std::end(kEndings), [&](std::u32string_view e) {
            return f.size() > e.size() + 2 && std::u32string_view(f).substr(f.size() - e.size()) == e;
        }))
        return false;
    const auto& readings = w.lem->analyses(w.ctx.utf8(word.start, word.end));
    return !readings.empty()
        && std::all_of(readings.begin(), readings.end(), [](const auto& a) { return a.pos == morph::Lemmatizer::Pos::Verb; });
}

std::string nominativeText(Work& w, std::uint32_t start, std::uint32_t end, bool person)
{
    const Context& ctx = w.ctx;
    std::vector<std::size_t> idx;
    std::vector<std::string> printed;
    for (std::size_t i = ctx.wordAt(start); i < ctx.words().size() && ctx.words()[i].end <= end; ++i) {
        if (ctx.words()[i].kind == text::TokenKind::Word || ctx.words()[i].kind == text::TokenKind::Number) {
            idx.push_back(i);
            printed.push_back(ctx.utf8(ctx.words()[i].start, ctx.words()[i].end));
        }
    }
    if (printed.empty())
        return ctx.utf8(start, end);
    // "вице-премьера" declines as "премьера" does.
    std::string prefix;
    static constexpr std::string_view kPrefixes[] = {"вице-", "Вице-", "экс-", "Экс-"};
    for (auto p : kPrefixes) {
        if (!person && printed[0].size() > p.size() + 2 && printed[0].compare(0, p.size(), p) == 0) {
            prefix = std::string(p);
            printed[0].erase(0, p.size());
            break;
        }
    }
    auto nominative = splitWords(cachedNominative(printed, person, w.lem));
    if (nominative.size() != printed.size())
        return ctx.utf8(start, end);
    nominative[0] = prefix + nominative[0];
    std::string out;
    std::uint32_t at = start;
    for (std::size_t n = 0; n < idx.size(); ++n) {
        const auto& word = ctx.words()[idx[n]];
        out += ctx.utf8(at, word.start) + nominative[n];
        at = word.end;
    }
    out += ctx.utf8(at, end);
    return out;
}

void addUnique(std::vector<std::string>& v, const std::string& s)
{
    if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end())
        v.push_back(s);
}

std::vector<const Mention*> Work::mentionsIn(std::uint32_t start, std::uint32_t end, MentionType t) const
{
    std::vector<const Mention*> out;
    for (const auto& m : facts.mentions) {
        if (m.type == t && m.start >= start && m.start < end)
            out.push_back(&m);
    }
    return out;
}

// A name in Latin letters that ends on an English event noun, or of several words after a Russian
// one, is an event, not an organisation ("Corus Chess Tournament", "Australian Open", "Sundance
// Film Festival", "конкурс The Best of Blogs"), as NEREL marks them.
bool latinEventName(const Context& ctx, std::uint32_t start, std::uint32_t end)
{
    static constexpr std::u32string_view kEventNouns[]{U"tournament", U"cup", U"championship", U"championships",
                                                      U"awards", U"festival", U"open", U"summit", U"conference",
                                                      U"expo", U"olympics", U"marathon", U"prix"};
    const auto& words = ctx.words();
    const std::size_t first = ctx.wordAt(start), after = ctx.wordAt(end);
    if (first >= words.size() || after <= first + 1 || words[after - 1].end != end)
        return false; // one word alone ("Open") is no such name
    for (std::size_t i = first; i < after; ++i) {
        if (words[i].kind == text::TokenKind::Word && !words[i].latin)
            return false;
    }
    const auto& last = words[after - 1].folded;
    if (std::find(std::begin(kEventNouns), std::end(kEventNouns), last) != std::end(kEventNouns))
        return true;
    // Or a Latin name right after a Russian event noun: "конкурс The Best of Blogs", "фестиваля Burning Man".
    return first > 0 && words[first - 1].end + 1 == start && !words[first - 1].latin && words[first - 1].kind == text::TokenKind::Word
        && eventNoun(words[first - 1].folded).has_value() && !isGenericEventNoun(words[first - 1].folded);
}

void collectMentions(Work& w, const ner::Tagger* tagger)
{
    const Context& ctx = w.ctx;
    std::vector<Mention> out;
    auto add = [&](MentionType t, std::uint32_t s, std::uint32_t e) -> Mention& {
        out.push_back(makeMention(ctx, t, s, e, {}));
        return out.back();
    };

    // The gazetteer runs once: its matches serve the tagger's features and the place rules.
    // The text is tokenised once for both. Span confidences are not used here: not computed.
    const auto& tokens = ctx.tokens();
    if (w.gazetteer)
        w.places = w.gazetteer->find(ctx.text(), tokens);
    std::vector<ner::Span> spans;
    if (tagger) {
        spans = w.gazetteer && tagger->gazetteer().get() == w.gazetteer ? tagger->tag(ctx.text(), w.places, tokens, false)
                                                                          : tagger->tag(ctx.text());
        repairSpans(ctx, spans);
    }
    // A name the gazetteer knows only as an area is no person's ("летят на Луну" read as a name):
    // areas are no given names or surnames.
    for (auto& s : spans) {
        if (s.type != "PERSON" || !w.gazetteer)
            continue;
        for (const auto& p : w.places) {
            if (!p.adjective && p.start == s.start && p.end == s.end
                && w.gazetteer->place(p.place).kind == gaz::PlaceKind::Area)
                s.type = "LOCATION";
        }
    }
    // Tagged persons and places, typed once rather than by string at every test below.
    std::vector<text::Span> taggedPersons, taggedPlaces;
    for (const auto& t : spans) {
        const auto type = typeOf(t.type);
        if (type == MentionType::Person)
            taggedPersons.push_back({t.start, t.end});
        else if (type && isPlaceType(*type))
            taggedPlaces.push_back({t.start, t.end});
    }
    const auto overlapsAny = [](const std::vector<text::Span>& v, std::uint32_t s, std::uint32_t e) {
        return std::any_of(v.begin(), v.end(), [&](const text::Span& t) { return t.start < e && s < t.end; });
    };
    const auto taggedPerson = [&](const gaz::Match& p) { return overlapsAny(taggedPersons, p.start, p.end); };

    // Places: the tagger's span, read in context, decides where a place is and what kind it is;
    // the gazetteer gives it its canonical name and country, and adds the places the tagger
    // missed. Country adjectives ("российских") name the country for the document's list but are
    // no mention of it. A name the tagger reads as a person's ("Франциск", "Кит Ричардс") is no place.
    const auto gazetteerAt = [&](std::uint32_t s, std::uint32_t e) -> const gaz::Match* {
        for (const auto& p : w.places) {
            if (!p.adjective && p.start < e && s < p.end)
                return &p;
        }
        return nullptr;
    };
    // A tagged place that the gazetteer's match strictly contains is a piece of a longer name
    // ("Нижнем" "Новгороде" of "Нижнем Новгороде"): the whole name wins.
    const auto within = [](const text::Span& inner, std::uint32_t s, std::uint32_t e) {
        return s <= inner.start && inner.end <= e && (inner.end - inner.start) < (e - s);
    };
    const auto taggedPlaceAt = [&](std::uint32_t s, std::uint32_t e) {
        return std::any_of(taggedPlaces.begin(), taggedPlaces.end(), [&](const text::Span& t) {
            return t.start < e && s < t.end && !within(t, s, e);
        });
    };
    std::vector<text::Span> wholeNames; // gazetteer matches kept over the tagger's pieces
    const auto describe = [&](Mention& m, const gaz::Match& p) {
        const auto& place = w.gazetteer->place(p.place);
        m.lemma = place.name;
        m.entity = place.kind == gaz::PlaceKind::Country ? place.country : place.name;
        if (place.kind != gaz::PlaceKind::Country)
            w.placeCountry[place.name] = place.country;
    };
    for (const auto& p : w.places) {
        if (p.adjective || !ctx.usable(p.start, p.end) || taggedPerson(p) || taggedPlaceAt(p.start, p.end))
            continue;
        describe(add(typeOf(w.gazetteer->place(p.place).kind), p.start, p.end), p);
        wholeNames.push_back({p.start, p.end});
    }

    for (const auto& span : spans) {
        auto type = typeOf(span.type);
        if (!type || !ctx.usable(span.start, span.end))
            continue;
        if (*type == MentionType::Organization && latinEventName(ctx, span.start, span.end))
            type = MentionType::Event;
        // "Уполномоченного по правам человека" is an office, a title as NEREL marks it, not a body.
        if (*type == MentionType::Organization && ctx.wordAt(span.start) < ctx.words().size()
            && ctx.words()[ctx.wordAt(span.start)].folded.rfind(U"уполномоченн", 0) == 0)
            type = MentionType::Profession;
        if (isPlaceType(*type) && std::any_of(wholeNames.begin(), wholeNames.end(), [&](const text::Span& g) {
                return within({span.start, span.end}, g.start, g.end);
            }))
            continue;
        std::uint32_t start = span.start;
        std::uint32_t end = span.end;
        if (*type == MentionType::Organization) {
            start = organisationStartAfterPlace(w, span.start, span.end);
            end = organisationRunOnEnd(w, start, span.end);
            if (end == span.end)
                end = organisationEnd(ctx, start, remitTailEnd(w, start, genitiveTailEnd(w, start, span.end)));
            if (const auto cut = nounAfterAdjective(w, start, end)) {
                if (cut->award)
                    continue;
                end = cut->end;
                if (cut->event)
                    type = MentionType::Event;
            }
        }
        const gaz::Match* known = isPlaceType(*type) ? gazetteerAt(start, end) : nullptr;
        auto& m = add(*type, start, end);
        if (known && known->start == start && known->end == end) {
            // An area is none of the kinds the tagger knows: "на Луне" read as a city is the Moon.
            if (w.gazetteer->place(known->place).kind == gaz::PlaceKind::Area)
                m.type = MentionType::Location;
            describe(m, *known);
        } else if (const auto adjective = *type == MentionType::City ? cityOfAdjective(w, start, end) : std::nullopt) {
            // A tagged city adjective ("Брянского") names the city: lemma and entity "Брянск".
            const auto& place = w.gazetteer->place(*adjective);
            w.placeCountry[place.name] = place.country;
            m.lemma = place.name;
        } else if (*type != MentionType::Date) {
            m.lemma = nominativeText(w, start, end, *type == MentionType::Person);
        }
        if (*type == MentionType::Country && w.gazetteer && m.entity.size() != 2) {
            if (auto code = w.gazetteer->countryCode(m.text))
                m.entity = *code;
            else if (known && w.gazetteer->place(known->place).kind == gaz::PlaceKind::Country)
                m.entity = w.gazetteer->place(known->place).country;
        }
        if (m.entity.empty())
            m.entity = m.lemma;
    }

    repeatNames(w, out);
    latinCompanyNames(w, out);
    organisationBeforeName(w, out);
    latinBeforeName(w, out);
    organisationInitials(w, out);
    repeatOrganisations(w, out);
    repeatQuotedOrganisations(w, out);
    governmentBodies(w, out);
    bracketedOrganisationNames(w, out);
    cityAdjectiveMentions(w, out);
    dropMisreadNames(ctx, out);
    nestedOrganisations(w, out);
    titlesThroughOrganisations(out, ctx);
    bracketedCountries(w, out);

    // Dates: values from the dates module; spans from the tagger where it found the date too.
    for (const auto& d : w.dates) {
        std::string value = d.begin.iso();
        if (d.kind == dates::Kind::Range || !(d.end_ == d.begin)) {
            value += '/';
            value += d.end_.iso();
        }
        bool covered = false;
        for (auto& m : out) {
            if (m.type == MentionType::Date && m.start < d.end && d.start < m.end) {
                covered = true;
                if (m.entity.empty() || m.entity == m.lemma)
                    m.entity = value;
            }
        }
        if (!covered) {
            auto& m = add(MentionType::Date, d.start, d.end);
            m.lemma = m.text;
            m.entity = value;
        }
    }
    for (auto& m : out) {
        if (m.type == MentionType::Date && m.lemma.empty())
            m.lemma = m.text;
    }
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    w.facts.mentions = std::move(out);
}

} // namespace letopis::extract::detail
