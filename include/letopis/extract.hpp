#pragma once
// Extraction: from a parsed document to mentions, persons with roles, organisations, countries,
// places and events, each with its evidence. Statistical tagging (ner.hpp), gazetteers
// (gazetteer.hpp), morphology (morph.hpp) and dates (dates.hpp) combined by rules that are
// general Russian, never tuned to particular documents.
#include "letopis/dates.hpp"
#include "letopis/document.hpp"
#include "letopis/result.hpp"
#include "letopis/text.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace letopis::ner { class Tagger; }
namespace letopis::gaz { class Gazetteer; }
namespace letopis::morph { class Lemmatizer; }

namespace letopis::extract {

enum class MentionType : std::uint8_t { Person, Organization, Country, City, Region, Location, Date, Profession, Event };
const char* mentionTypeName(MentionType t); // "PERSON", "ORGANIZATION", ...

struct Mention {
    MentionType type = MentionType::Person;
    std::uint32_t start = 0;   // code points into ParsedDocument::text, half-open
    std::uint32_t end = 0;
    std::string text;          // as printed
    std::string lemma;         // nominative form
    std::string entity;        // what it refers to: canonical name, ISO code for a country, ISO date for a date
    text::Span sentence;       // the evidence sentence
};

struct Role {
    std::string title;         // "заместитель министра промышленности и торговли РФ"
    std::string organization;  // canonical organisation, may be empty
    text::Span evidence;
};

struct Person {
    std::string name;          // canonical nominative "Денис Мантуров"
    std::vector<Role> roles;
    std::vector<text::Span> evidence;
};

enum class EventType : std::uint8_t { Exhibition, Forum, Session, Conference, Summit, Other };
const char* eventTypeName(EventType t); // "exhibition", ...
std::optional<EventType> eventTypeFromName(std::string_view name);

enum class EventFormat : std::uint8_t { Unknown, Online, Offline, Hybrid };
const char* eventFormatName(EventFormat f); // "online", "offline", "hybrid"; "" for Unknown

struct Event {
    EventType type = EventType::Other;
    std::string name;                  // canonical: nominative, quotes dropped
    std::string key;                   // identity across documents (folded series + edition/year)
    std::vector<std::string> aliases;  // other spellings in the text
    std::string series;                // "Иннопром" for "Иннопром-2024" and "Иннопром. Центральная Азия"
    int edition = 0;                   // a year printed with the name ("Иннопром-2024"), else 0
    std::optional<dates::Date> start;
    std::optional<dates::Date> end;
    bool yearInferred = false;         // the year is not printed and the publication year was inferred
    std::string city;
    std::string country;               // ISO 3166-1 alpha-2
    std::string venue;
    EventFormat format = EventFormat::Unknown;
    int parent = -1;                   // index into DocumentFacts::events
    std::vector<std::string> speakers; // canonical person names
    std::vector<std::string> countries;
    std::vector<std::string> organizations;
    std::vector<text::Span> evidence;  // sentences that mention it
};

struct DocumentFacts {
    std::vector<Mention> mentions;     // in text order
    std::vector<Person> persons;
    std::vector<std::string> organizations;
    std::vector<std::string> countries; // ISO codes, in order of first mention
    std::vector<std::string> places;    // cities and regions, canonical names
    std::vector<Event> events;
};

// Shared, read-only resources: load once, use from any number of threads.
struct Resources {
    std::shared_ptr<const ner::Tagger> tagger;          // may be null: rules and gazetteers only
    std::shared_ptr<const gaz::Gazetteer> gazetteer;    // may be null

    // Loads the default model and the gazetteer. Fails with a message naming what is missing.
    static Result<Resources> load();
};

// Not thread-safe (it owns a hunspell instance): make one per thread over shared Resources.
class Extractor final {
public:
    static Result<std::unique_ptr<Extractor>> create(Resources resources);
    ~Extractor();

    DocumentFacts extract(const ParsedDocument& doc);

    struct CityAdjectives; // "пекинск" → Пекин, derived from the gazetteer's cities

private:
    Extractor(Resources r, std::unique_ptr<morph::Lemmatizer> lem);
    Resources m_res;
    std::unique_ptr<morph::Lemmatizer> m_lem;
    std::shared_ptr<const CityAdjectives> m_cityAdjectives;
};

} // namespace letopis::extract
