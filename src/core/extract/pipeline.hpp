#pragma once
// The extraction stages over one document. Each stage reads what the previous ones left in Work
// and adds its own; none reaches back.
#include "extract/context.hpp"

#include "letopis/extract.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace letopis::morph { class Lemmatizer; }
namespace letopis::gaz { class Gazetteer; }
namespace letopis::ner { class Tagger; }

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

    // Mentions of one type, in text order.
    std::vector<const Mention*> mentionsOf(MentionType t) const;
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

// Utilities shared by the stages.
std::vector<std::string> wordsOf(const Context& ctx, std::uint32_t start, std::uint32_t end);
std::string canonicalOrganization(Work& w, std::uint32_t start, std::uint32_t end);
void addUnique(std::vector<std::string>& v, const std::string& s);
std::string foldKey(std::string_view utf8); // lower-case, ё→е, quotes and dashes unified, spaces collapsed

} // namespace letopis::extract::detail
