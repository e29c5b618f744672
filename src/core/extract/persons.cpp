// Persons and their roles: canonical nominative names, surname-only mentions linked to the full
// name in the same document, and job titles from appositions before or after the name.
#include "extract/event_names.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"

#include "letopis/morph.hpp"

#include <algorithm>
#include <map>
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

// An organisation's name opens with a capital, also where the running text had it in lower case
// ("первый заместитель председателя правительства РФ" → "Правительство Российской Федерации").
std::string upperFirst(std::string s)
{
    std::u32string u = text::toU32(s);
    if (!u.empty())
        u[0] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(u[0])));
    return text::toUtf8(u);
}

// The organisation a title names: a tagged organisation inside it, a quoted name, a Latin
// company name, or the ministry a minister heads ("министра промышленности и торговли РФ" →
// "Министерство промышленности и торговли РФ").
std::string organisationOfTitle(Work& w, text::Span title)
{
    const Context& ctx = w.ctx;
    // An organisation that introduces a quoted name is not the one meant: in "председатель совета
    // директоров АО «Агрохолдинг Кубань»" the company is "Агрохолдинг Кубань".
    const auto introducesQuote = [&](const Mention* org) {
        std::uint32_t at = org->end;
        while (at < title.end && ctx.text()[at] == U' ')
            ++at;
        return at < title.end && isQuoteMark(ctx.text()[at]) && !ctx.quoteAt(org->start);
    };
    for (const Mention* org : w.mentionsIn(title.start, title.end, MentionType::Organization)) {
        if (org->end <= title.end && !introducesQuote(org))
            return upperFirst(org->entity);
    }
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

// A relative pronoun or a verb ends what came before as a title: in "модератором которой
// выступил генеральный директор компании «Цифра» Игорь Богачев" the title is what follows.
bool breaksTitle(Work& w, const Word& word)
{
    if (word.kind != text::TokenKind::Word || word.capitalised || isRoleWord(word))
        return false;
    if (word.folded.rfind(U"котор", 0) == 0)
        return true;
    if (!w.lem)
        return false;
    const auto& analyses = w.lem->analyses(w.ctx.utf8(word.start, word.end));
    return !analyses.empty() && std::all_of(analyses.begin(), analyses.end(), [](const auto& a) {
        return a.pos == morph::Lemmatizer::Pos::Verb;
    });
}

// Titles before a name: the words between the previous boundary and the name, from the first
// role word on ("В то же время генеральный директор NexTouch Владимир …"); then, while the title
// filled its whole segment after a comma or dash, the segment before it when that one is a title
// too ("вице-премьера РФ - министра промышленности и торговли Дениса Мантурова").
std::vector<text::Span> titlesBefore(Work& w, const Mention& person)
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
        // Another person named in the segment takes what stands before it: in "директор АО «X»
        // Андрей Соколов и президент Ассоциации «Y» Георгий Самодуров" Самодуров is the president.
        if (hops == 0 && from < to) {
            for (const Mention* other : w.mentionsIn(words[from].start, person.start, MentionType::Person))
                if (other->end <= person.start)
                    from = std::max(from, ctx.wordAt(other->end));
        }
        std::size_t k = from;
        // "во главе с вице-губернатором …": "главе" there is no title.
        const auto headedBy = [&](std::size_t j) {
            return words[j].folded == U"главе" && j > 0 && words[j - 1].folded == U"во";
        };
        const auto nextRoleWord = [&](std::size_t j) {
            while (j < to && !(isRoleWord(words[j]) && !isGroupWord(words[j]) && !headedBy(j)))
                ++j;
            return j;
        };
        k = nextRoleWord(k);
        for (std::size_t j = k + 1; j < to; ++j)
            if (breaksTitle(w, words[j]))
                k = j = nextRoleWord(j + 1);
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
std::vector<text::Span> titlesAfter(Work& w, const Mention& person)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    std::vector<text::Span> out;
    std::size_t from = ctx.wordAt(person.end);
    // "Иван Петров, генеральный директор …" or "Иван Петров (генеральный директор …)".
    if (from >= words.size() || (words[from].folded != U"," && words[from].folded != U"("))
        return out;
    const bool bracketed = words[from].folded == U"(";
    ++from;
    if (from >= words.size() || !isRoleWord(words[from]) || isGroupWord(words[from]))
        return out;
    std::size_t to = from;
    const int sentence = ctx.sentenceAt(person.start);
    const auto inSentence = [&](std::size_t i) { return i < words.size() && ctx.sentenceAt(words[i].start) == sentence; };
    while (inSentence(to) && !isBoundary(words[to]))
        ++to;
    // "статс-секретарь — заместитель министра …": a dash joins two titles of one post.
    while (inSentence(to + 1) && isDashChar(words[to].folded[0]) && isRoleWord(words[to + 1])) {
        to += 2;
        while (inSentence(to) && !isBoundary(words[to]))
            ++to;
    }
    if (bracketed && !(inSentence(to) && words[to].folded == U")"))
        return out; // a bracket that holds more than a title
    // In a list of "name, title;" items a title runs to its ";" with its commas: "Лазиз Кудратов,
    // министр инвестиций, промышленности и торговли Республики Узбекистан; Алексей Груздев, …".
    const auto isSemicolon = [&](std::size_t i) { return words[i].folded == U";"; };
    bool listed = false;
    for (std::size_t i = ctx.wordAt(ctx.sentences()[std::size_t(sentence)].start); i < from && !listed; ++i)
        listed = isSemicolon(i);
    std::size_t itemEnd = to;
    while (inSentence(itemEnd) && !isSemicolon(itemEnd))
        ++itemEnd;
    listed = listed || (inSentence(itemEnd) && isSemicolon(itemEnd));
    if (listed && itemEnd > to && !bracketed) {
        while (itemEnd > to && words[itemEnd - 1].kind != text::TokenKind::Word)
            --itemEnd; // the sentence's full stop
        if (!hasPerson(w, words[from].start, words[itemEnd - 1].end))
            to = itemEnd;
    }
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

// "Рустама Минниханова" is an oblique case of "Рустам Минниханов": each word is the other's with a
// masculine case ending ("-а", "-у", "-ом", "-ым", "-е" …) added.
bool isObliqueNameOf(const std::string& oblique, const std::string& nominative)
{
    const auto a = splitWords(oblique);
    const auto b = splitWords(nominative);
    if (a.size() != b.size() || a.size() < 2)
        return false;
    static constexpr std::u32string_view kEndings[] = {U"а", U"я", U"у", U"ю", U"ом", U"ем", U"ым", U"им", U"е"};
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::u32string x = text::toU32(a[i]);
        const std::u32string y = text::toU32(b[i]);
        if (x.size() <= y.size() || y.size() < 3 || x.compare(0, y.size(), y) != 0)
            return false;
        const std::u32string_view rest = std::u32string_view(x).substr(y.size());
        if (std::find(std::begin(kEndings), std::end(kEndings), rest) == std::end(kEndings))
            return false;
    }
    return true;
}

} // namespace

void buildPersons(Work& w)
{
    // Full names first, so that surnames alone can be linked to them (by the name keys of their
    // first and last words, computed once).
    std::vector<std::string> fullNames;
    for (const auto& m : w.facts.mentions) {
        if (m.type == MentionType::Person && countWords(m.lemma) >= 2)
            addUnique(fullNames, m.lemma);
    }
    struct EdgeKeys {
        std::string first, last;
    };
    std::vector<EdgeKeys> edgeKeys;
    edgeKeys.reserve(fullNames.size());
    for (const auto& full : fullNames) {
        const auto parts = splitWords(full);
        edgeKeys.push_back({text::nameKey(parts.front()), text::nameKey(parts.back())});
    }
    for (auto& m : w.facts.mentions) {
        if (m.type != MentionType::Person)
            continue;
        const auto words = splitWords(m.lemma);
        if (words.size() == 1) {
            const std::string key = text::nameKey(words[0]);
            for (std::size_t f = 0; f < fullNames.size(); ++f) {
                if (edgeKeys[f].last == key || edgeKeys[f].first == key) {
                    m.entity = fullNames[f];
                    break;
                }
            }
        } else {
            m.entity = m.lemma;
        }
    }
    // A name the morphology does not know keeps its case ending ("По словам Рустама Минниханова"
    // reads as a nominative too); beside the same name in the nominative it is that person.
    std::map<std::string, std::string> caseForms;
    for (const auto& a : fullNames)
        for (const auto& b : fullNames)
            if (a != b && isObliqueNameOf(b, a))
                caseForms.emplace(b, a);
    for (auto& m : w.facts.mentions)
        if (m.type == MentionType::Person)
            if (const auto it = caseForms.find(m.entity); it != caseForms.end())
                m.entity = m.lemma = it->second;
    for (const auto& m : w.facts.mentions) {
        if (m.type != MentionType::Person || countWords(m.entity) < 2)
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
