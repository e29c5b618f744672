// Organisation and place spans as NEREL marks them: where a tagged organisation ends, names the
// tagger misread (a club named after a city, a film's title), and organisations nested in others.
#include "extract/context.hpp"
#include "extract/event_names.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"

#include <algorithm>
#include <iterator>
#include <unicode/uchar.h>

namespace letopis::extract::detail {

namespace {

// The noun a name stands after, skipping a list of quoted names before it ("фильмы «Цирк»,
// «Новые времена» и «Огни большого города»"), a colon or a dash: `at` is the name's first
// character or its opening quote.
const Word* nounBefore(const Context& ctx, std::uint32_t at)
{
    const auto& words = ctx.words();
    std::size_t k = ctx.wordAt(at);
    for (int listed = 0; k >= 2 && listed < 50; ++listed) {
        const Word& before = words[k - 1];
        if (before.folded != U"," && before.folded != U"и")
            break;
        const Quote* previous = ctx.quoteAt(words[k - 2].start - 1);
        if (!previous || previous->close != words[k - 2].start)
            break;
        k = ctx.wordAt(previous->open);
    }
    while (k > 0 && (words[k - 1].folded == U":" || (words[k - 1].folded.size() == 1 && isDashChar(words[k - 1].folded[0]))))
        --k;
    if (k == 0 || words[k - 1].kind != text::TokenKind::Word)
        return nullptr;
    return &words[k - 1];
}

template <std::size_t N>
bool nounIsOneOf(const Word* noun, const std::u32string_view (&stems)[N])
{
    return noun && std::any_of(std::begin(stems), std::end(stems), [&](std::u32string_view w) {
               return noun->folded.size() <= w.size() + 3 && noun->folded.rfind(w, 0) == 0;
           });
}

// A quoted name (opening quote at `open`) that a film, song, book or play is called, also one of a
// list after the noun: a work, not an organisation. Newspapers and magazines are organisations
// (NEREL marks them so).
bool titleOfWork(const Context& ctx, std::uint32_t open)
{
    static constexpr std::u32string_view kWorks[] = {U"фильм", U"кинофильм", U"картин", U"лент", U"кинолент", U"спектакл",
                                                     U"постановк", U"песн", U"альбом", U"сингл", U"трек", U"клип",
                                                     U"роман", U"книг", U"повест", U"рассказ", U"пьес", U"поэм", U"стих",
                                                     U"сериал", U"мультфильм", U"опер", U"балет", U"композици",
                                                     U"произведени"};
    return nounIsOneOf(nounBefore(ctx, open), kWorks);
}

// A name standing after the kind of thing it names, a vehicle, a craft or a piece of software
// ("кораблей «Прогресс» и «Союз»", "браузера Chrome", "игр FarmVille и CityVille"): a product, not
// an organisation (NEREL marks them products; factRuEval marks nothing).
bool nameOfProduct(const Context& ctx, std::uint32_t at)
{
    static constexpr std::u32string_view kProducts[] = {
        U"корабл", U"шаттл", U"грузовик", U"модул", U"ракет", U"спутник", U"самолет", U"вертолет", U"лайнер",
        U"автомобил", U"теплоход", U"судн", U"ледокол", U"подлодк", U"крейсер", U"авианос", U"истребител",
        U"браузер", U"аркад", U"полет", U"приложени", U"смартфон", U"планшет", U"ноутбук", U"мессенджер"};
    static constexpr std::u32string_view kGame[] = {U"игра", U"игры", U"игре", U"игру", U"игрой", U"игр", U"играх", U"играм"};
    const Word* noun = nounBefore(ctx, at);
    return nounIsOneOf(noun, kProducts)
        || (noun && std::find(std::begin(kGame), std::end(kGame), noun->folded) != std::end(kGame)); // not "играть", "игрок"
}

} // namespace

// Where an organisation's name ends, as NEREL marks it: it goes on through "имени" and the name
// that follows ("Литературный институт имени А. М. Горького", "Ассоциации имени Людвига ван
// Бетховена"), an abbreviation takes the quoted name after it ("РИА «Новости»", "РГТРК
// «Останкино»"), and it never ends on a preposition or conjunction ("… представителей в").
std::uint32_t organisationEnd(const Context& ctx, std::uint32_t start, std::uint32_t end)
{
    const auto& words = ctx.words();
    std::size_t next = ctx.wordAt(end);
    if (next == 0 || next > words.size() || words[next - 1].end != end)
        return end;
    const Word& last = words[next - 1];
    const auto isImeni = [](const Word& x) { return x.folded == U"имени" || x.folded == U"им"; };
    const bool endsOnIm = last.folded == U"." && next >= 2 && words[next - 2].folded == U"им"; // "… им." + name
    std::size_t name = isImeni(last) || endsOnIm ? next : next < words.size() && isImeni(words[next]) ? next + 1 : 0;
    if (name) {
        if (name < words.size() && words[name].folded == U"." && words[name - 1].folded == U"им")
            ++name;
        // Initials ("А. М.") and a surname, or one to three capitalised words, particles between.
        const std::size_t initialsFrom = name;
        while (name + 1 < words.size() && words[name].capitalised && words[name].end - words[name].start == 1
               && words[name + 1].folded == U".")
            name += 2;
        const int most = name > initialsFrom ? 1 : 3;
        std::uint32_t nameEnd = 0;
        for (int n = 0; name < words.size() && n < most; ++name) {
            const Word& x = words[name];
            if (x.kind == text::TokenKind::Word && x.capitalised && !x.allCaps) {
                nameEnd = x.end;
                ++n;
            } else if (!(x.kind == text::TokenKind::Word && n > 0 && isNameParticle(x.folded))) {
                break;
            }
        }
        return nameEnd ? nameEnd : end;
    }
    const auto t = ctx.text();
    const Word& first = words[ctx.wordAt(start)];
    if (first.start == start && last.start == start && first.allCaps && first.end - first.start >= 2
        && first.end - first.start <= 6 && next < words.size() && words[next].start == end + 1 && t[end] == U' ') {
        if (const Quote* q = ctx.quoteAt(end + 2); q && q->open == end + 1 && q->close - q->open <= kMaxNameLength)
            return q->close + 1;
    }
    static const std::u32string_view kDangling[] = {U"в", U"во", U"по", U"при", U"за", U"и", U"на", U"с", U"со",
                                                     U"об", U"о", U"от", U"для", U"из", U"к", U"у"};
    std::size_t k = next - 1;
    while (k > 0 && words[k].start > start
           && std::find(std::begin(kDangling), std::end(kDangling), words[k].folded) != std::end(kDangling)) {
        end = words[k - 1].end;
        --k;
    }
    return end;
}

// A city's name that is a whole quoted name stands for something named after it: a club
// («Барселона»), a cinema («Тула»). A product's name is no organisation's. A quoted name an abbreviation has taken ("РИА «Новости»") is no organisation of its own.
void dropMisreadNames(const Context& ctx, std::vector<Mention>& out)
{
    const auto t = ctx.text();
    const auto wholeQuoted = [&](const Mention& m) {
        return m.start > 0 && m.end < t.size() && isQuoteMark(t[m.start - 1]) && isQuoteMark(t[m.end]);
    };
    const auto takenByAbbreviation = [&](const Mention& m) {
        return std::any_of(out.begin(), out.end(), [&](const Mention& o) {
            return &o != &m && o.type == MentionType::Organization && o.start < m.start && o.end == m.end + 1;
        });
    };
    // A word read both as a city and as an organisation is the organisation ("Мосгордума").
    const auto alsoOrganisation = [&](const Mention& m) {
        return std::any_of(out.begin(), out.end(), [&](const Mention& o) {
            return o.type == MentionType::Organization && o.start == m.start && o.end == m.end;
        });
    };
    // A Latin name of two hyphened words that begins with a country's is no country ("France-Presse"):
    // the organisation, where one was not tagged there already.
    const auto latinCompound = [&](const Mention& m) {
        if (m.type != MentionType::Country)
            return false;
        bool latin = false;
        for (std::uint32_t k = m.start; k < m.end; ++k)
            latin = latin || (t[k] >= U'A' && t[k] <= U'z');
        const auto hyphen = std::u32string_view(t).substr(m.start, m.end - m.start).find(U'-');
        return latin && hyphen != std::u32string_view::npos && m.start + hyphen + 1 < m.end
            && u_isupper(static_cast<UChar32>(t[m.start + hyphen + 1]));
    };
    const auto insideOrganisation = [&](const Mention& m) {
        return std::any_of(out.begin(), out.end(), [&](const Mention& o) {
            return o.type == MentionType::Organization && o.start <= m.start && m.end <= o.end;
        });
    };
    for (auto& m : out) {
        if (latinCompound(m) && !insideOrganisation(m)) {
            m.type = MentionType::Organization;
            m.lemma = m.entity = m.text;
        }
    }
    // A product's name, and the same name elsewhere in the document.
    // Only a quoted name, or a Latin one with no model after it: "авианосце ВМС", "истребители
    // Королевских ВВС" name the owner, "автомобилем Volkswagen Golf" the maker.
    const auto latinAlone = [&](const Mention& m) {
        const std::size_t first = ctx.wordAt(m.start);
        const std::size_t next = ctx.wordAt(m.end);
        if (first >= ctx.words().size() || !ctx.words()[first].latin)
            return false;
        return next >= ctx.words().size() || ctx.words()[next].start != m.end + 1
            || !(ctx.words()[next].capitalised || ctx.words()[next].latin || ctx.words()[next].kind == text::TokenKind::Number);
    };
    // The same name: its first word in any case form ("«Союз»", "«Союза ТМА-7»", "«Союзом»").
    static const std::u32string kNoWord;
    const auto firstWord = [&](const Mention& m) -> const std::u32string& {
        const std::size_t k = ctx.wordAt(m.start);
        return k < ctx.words().size() ? ctx.words()[k].folded : kNoWord;
    };
    std::vector<std::u32string> products;
    for (const auto& m : out) {
        if (m.type == MentionType::Organization && (wholeQuoted(m) || latinAlone(m))
            && nameOfProduct(ctx, wholeQuoted(m) ? m.start - 1 : m.start))
            products.push_back(firstWord(m));
    }
    // Also a quoted product name the tagger left alone ("на корабле «Союз»"): its other forms may be tagged.
    for (const auto& q : ctx.quotes()) {
        const std::size_t k = ctx.wordAt(q.innerStart());
        if (k < ctx.words().size() && ctx.words()[k].start == q.innerStart() && ctx.words()[k].capitalised
            && nameOfProduct(ctx, q.open))
            products.push_back(ctx.words()[k].folded);
    }
    const auto product = [&](const Mention& m) {
        if (m.type != MentionType::Organization || products.empty() || !(wholeQuoted(m) || latinAlone(m)))
            return false;
        const auto& f = firstWord(m);
        return std::any_of(products.begin(), products.end(),
                           [&](const std::u32string& p) { return sameWordForms(p, f, 4, 2); });
    };
    // A legal form alone ("ПАО", "ООО") names nothing; "СК" or "ТК" may be a body's short name.
    const auto bareKind = [&](const Mention& m) {
        const std::size_t k = ctx.wordAt(m.start);
        return m.type == MentionType::Organization && k < ctx.words().size() && ctx.words()[k].end == m.end
            && (isLegalForm(ctx.words()[k].folded) || ctx.words()[k].folded == U"сми") && ctx.words()[k].folded != U"гк";
    };
    // Organisations inside a product's name go with it ("ТМА-7" of "«Союза ТМА-7»").
    std::vector<text::Span> productSpans;
    for (const auto& m : out) {
        if (product(m))
            productSpans.push_back({m.start, m.end});
    }
    const auto insideProduct = [&](const Mention& m) {
        return m.type == MentionType::Organization && std::any_of(productSpans.begin(), productSpans.end(), [&](const text::Span& p) {
                   return p.start <= m.start && m.end <= p.end;
               });
    };
    out.erase(std::remove_if(out.begin(), out.end(), [&](const Mention& m) {
                  return (m.type == MentionType::City && (wholeQuoted(m) || alsoOrganisation(m))) || latinCompound(m)
                      || insideProduct(m)
                      || bareKind(m)
                      || (m.type == MentionType::Organization && wholeQuoted(m)
                          && (takenByAbbreviation(m) || t[m.end - 1] == U'!' || t[m.end - 1] == U'?'
                              || titleOfWork(ctx, m.start - 1)));
              }),
              out.end());
}

// NEREL nests organisations: "Главного управления [МВД] России", "комитета [Совета Федерации] по
// …", "Постоянного комитета [Всекитайского собрания народных представителей]". The tagger gives
// the outer name only; inside it, an abbreviation that names a body, and the first capitalised
// stretch after a lower-case start that holds an institution's head noun, are organisations too.
void nestedOrganisations(Work& w, std::vector<Mention>& out)
{
    const Context& ctx = w.ctx;
    const auto& words = ctx.words();
    const auto isAbbreviation = [](const Word& x) {
        const auto n = x.end - x.start;
        if (!x.allCaps || n < 2 || n > 6 || x.kind != text::TokenKind::Word)
            return false;
        return !std::all_of(x.folded.begin(), x.folded.end(),
                            [](char32_t c) { return c == U'i' || c == U'v' || c == U'x' || c == U'l' || c == U'c'; });
    };
    const auto isStop = [](const std::u32string& f) {
        return f == U"по" || f == U"в" || f == U"при" || f == U"и" || f == U"за" || f == U"на" || f == U"с"
            || f == U"для" || f == U"от";
    };
    std::vector<Mention> added;
    const auto addOnce = [&](std::uint32_t s, std::uint32_t e) {
        if (std::any_of(out.begin(), out.end(), [&](const Mention& m) {
                return m.start == s && m.end == e && (m.type == MentionType::Organization || isPlaceType(m.type));
            }) || std::any_of(added.begin(), added.end(), [&](const Mention& m) { return m.start == s && m.end == e; }))
            return;
        added.push_back(makeMention(ctx, MentionType::Organization, s, e, nominativeText(w, s, e, false)));
    };
    for (const auto& m : out) {
        if (m.type != MentionType::Organization)
            continue;
        const std::size_t first = ctx.wordAt(m.start);
        std::size_t last = first;
        while (last + 1 < words.size() && words[last + 1].end <= m.end)
            ++last;
        if (first >= words.size() || last == first)
            continue;
        bool stretchDone = false;
        for (std::size_t i = first; i <= last; ++i) {
            const Word& x = words[i];
            if (isAbbreviation(x)) {
                // "NBC News", "MGM National Harbor": a brand's first word, not a body inside.
                const bool brand = i == first && i + 1 <= last && words[i + 1].latin && words[i + 1].capitalised;
                if (!brand && !isKindAbbreviation(x.folded))
                    addOnce(x.start, x.end);
                continue;
            }
            if (stretchDone || i == first || !x.capitalised || x.kind != text::TokenKind::Word)
                continue;
            const Word& before = words[i - 1];
            if (before.capitalised && !(before.folded.size() == 1 && isQuoteMark(before.folded[0])))
                continue; // inside a capitalised run already
            std::size_t j = i;
            bool head = isInstitutionHead(x.folded);
            // "и" between adjectives goes on: "Департамента инвестиционной и промышленной политики".
            const auto joinsAdjectives = [&](std::size_t k) {
                return words[k].folded == U"и" && k + 1 <= last && hasObliqueAdjectiveEnding(words[k - 1].folded)
                    && hasObliqueAdjectiveEnding(words[k + 1].folded);
            };
            while (j + 1 <= last && (!isStop(words[j + 1].folded) || joinsAdjectives(j + 1))) {
                ++j;
                head = head || isInstitutionHead(words[j].folded);
            }
            stretchDone = true;
            const std::uint32_t end = words[j].end;
            const bool person = std::any_of(out.begin(), out.end(), [&](const Mention& p) {
                return p.type == MentionType::Person && p.start < end && x.start < p.end;
            });
            if (head && !person && !(x.start == m.start && end == m.end))
                addOnce(x.start, end);
        }
    }
    for (auto& m : added)
        out.push_back(std::move(m));
}

} // namespace letopis::extract::detail
