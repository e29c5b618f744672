#pragma once
// The extraction stages over one document. Each stage reads what the previous ones left in Work
// and adds its own; none reaches back.
#include "extract/context.hpp"
#include "extract/event_names.hpp"
#include "text/string_map.hpp"

#include "letopis/gazetteer.hpp"

#include "letopis/extract.hpp"

#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

namespace letopis::morph { class Lemmatizer; }
namespace letopis::ner { class Tagger; struct Span; }

namespace letopis::extract::detail {

struct Work {
    explicit Work(Context& c) : ctx(c) {}

    Context& ctx;
    morph::Lemmatizer* lem = nullptr;
    const gaz::Gazetteer* gazetteer = nullptr;
    std::optional<dates::Date> anchor;      // publication date when its year is known
    std::vector<dates::DateMention> dates;  // offsets into the document text
    DocumentFacts facts;
    std::map<std::string, std::string> placeCountry; // city or region name → ISO country
    std::vector<gaz::Match> places;                   // the gazetteer's matches, found once
    std::vector<EventOccurrence> namedEvents;         // event names, found once
    const text::FlatStringMap<char32_t, std::uint32_t>* cityAdjectives = nullptr; // stem → gazetteer place

    // The mentions starting inside [start, end).
    std::vector<const Mention*> mentionsIn(std::uint32_t start, std::uint32_t end, MentionType t) const;
};

// Tagger spans, gazetteer matches and dates become mentions with lemmas and entities.
void collectMentions(Work& w, const ner::Tagger* tagger);
// Persons with canonical names (surname-only mentions linked to full names) and their roles.
void buildPersons(Work& w);
// Organisations: tagged names, quoted names after organisation nouns, ministries, the source.
void buildOrganizations(Work& w);
// Countries (names, adjectives, cities' countries) and places.
void buildCountriesAndPlaces(Work& w);
// Events with type, name, dates, place, format, parent, speakers, countries.
void buildEvents(Work& w);

// Tagger spans made whole: quoted names closed, names not swallowed by titles, implausible
// persons dropped.
void repairSpans(const Context& ctx, std::vector<ner::Span>& spans);

// The stems of adjectives made from the gazetteer's city names: "пекинск" (Пекин), "казанск"
// (Казань), "курск" (Курск). Irregular ones ("московский") are not derived.
text::FlatStringMap<char32_t, std::uint32_t> cityAdjectiveStems(const gaz::Gazetteer& g);

// Organisation and place spans as NEREL marks them (organisation_spans.cpp): where a tagged
// organisation ends, names that are not what the tagger read them as, and organisations nested
// in organisations.
std::uint32_t organisationEnd(const Context& ctx, std::uint32_t start, std::uint32_t end);
void dropMisreadNames(const Context& ctx, std::vector<Mention>& out);
void nestedOrganisations(Work& w, std::vector<Mention>& out);

inline bool isPlaceType(MentionType t)
{
    return t == MentionType::Country || t == MentionType::City || t == MentionType::Region || t == MentionType::Location;
}

// Particles inside foreign names: "Людвиг ван Бетховен", "Леонардо да Винчи".
inline bool isNameParticle(std::u32string_view f)
{
    return f == U"де" || f == U"ван" || f == U"фон" || f == U"аль" || f == U"ибн" || f == U"бин" || f == U"да"
        || f == U"ди" || f == U"ла" || f == U"эль";
}

// Utilities shared by the stages.
// A mention of [start, end) with its text and evidence sentence; lemma and entity as given
// (the entity defaults to the lemma).
Mention makeMention(const Context& ctx, MentionType type, std::uint32_t start, std::uint32_t end, std::string lemma,
                    std::string entity = {});
// True when a mention other than a date overlaps [start, end).
bool overlapsMention(const std::vector<Mention>& mentions, std::uint32_t start, std::uint32_t end);
std::string canonicalOrganization(Work& w, std::uint32_t start, std::uint32_t end);
std::string fullOrganisationName(const std::string& name);
// The text of [start, end) with its words in the nominative (a person's name, or a noun phrase),
// keeping the punctuation and spacing between them as printed.
std::string nominativeText(Work& w, std::uint32_t start, std::uint32_t end, bool person);
// A word the dictionary reads only as a verb ("пригрозила"): where a name ends.
bool isVerbOnly(Work& w, const Word& word);
std::vector<std::string> splitWords(const std::string& s);
std::size_t countWords(std::string_view s); // splitWords(s).size() without the copies
void addUnique(std::vector<std::string>& v, const std::string& s);

} // namespace letopis::extract::detail
