#pragma once
// What the store knows across documents: entities (persons, organisations, countries, places)
// and events, each with its sources and evidence; the filters the workbench and the CLI use;
// and the analyst's overrides, which survive re-ingest.
#include "letopis/dates.hpp"
#include "letopis/text.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace letopis::store {

// Bumped whenever extraction changes what it finds: documents extracted by another version are
// extracted again on the next ingest.
inline constexpr const char* kExtractorVersion = "8";

struct Evidence {
    std::int64_t documentId = 0;
    std::string path;
    std::string title;
    std::optional<dates::Date> published;
    text::Span sentence;      // code points into the document's text
    std::string sentenceText;
};

struct EventRow {
    std::int64_t id = 0;
    std::string key;
    std::string type;         // exhibition, forum, session, conference, summit, other
    std::string name;
    std::string series;
    int edition = 0;
    std::optional<dates::Date> start;
    std::optional<dates::Date> end;
    bool yearInferred = false;
    std::string city, country, venue, format;
    std::int64_t parentId = 0; // 0: none
    std::string parentName;
    std::vector<std::string> aliases;
    std::vector<std::string> speakers;
    std::vector<std::string> countries;
    std::vector<std::string> organizations;
    std::vector<Evidence> sources; // one per document and sentence (empty when only counted)
    std::size_t sourceCount = 0;   // how many: sources.size(), also when they were only counted
    std::size_t documentCount = 0; // how many documents report it (the sources' distinct documents)
    bool corrected = false;        // an analyst override changed it
};

// How much of each event's evidence a listing reads: every source with its sentence (an event's
// page, a report, an export), or only their number (the timeline and the event table, which
// show hundreds of events each reported by hundreds of documents).
enum class EventSources { Full, Count };

struct EventFilter {
    std::vector<std::string> countries;     // ISO codes; OR within
    std::vector<std::string> organizations; // names as printed or canonical; OR within
    std::vector<std::string> persons;       // OR within
    std::vector<std::string> types;         // OR within
    std::optional<dates::Date> from;        // events that end on or after
    std::optional<dates::Date> to;          // events that start on or before
    std::string text;                       // full-text query (Database::search syntax): events with a source document that matches

    bool empty() const
    {
        return countries.empty() && organizations.empty() && persons.empty() && types.empty() && !from && !to && text.empty();
    }
};

// A mention as the reader highlights it.
struct DocumentMention {
    std::string type;          // PERSON, ORGANIZATION, COUNTRY, CITY, ... (extract::MentionType names)
    text::Span span;           // code points into the document's text
    std::string lemma;
    std::string entity;        // canonical name or ISO code
    std::int64_t entityId = 0; // 0: not linked to a stored entity (dates, professions)
    std::string entityKind;    // person, organization, country, place; empty when entityId is 0
    std::string entityKey;
};

struct FacetValue {
    std::string key;   // what a filter takes: ISO code, name key, or event type
    std::string label; // as printed in a document (countries: the ISO code; the GUI names it)
    std::size_t events = 0;
};

struct Facets {
    std::vector<FacetValue> countries, organizations, persons, types;
    std::size_t events = 0; // events that pass the whole filter
};

struct RoleRow {
    std::string title;
    std::string organization;
    Evidence evidence;
};

struct EntityRow {
    std::int64_t id = 0;
    std::string kind;  // person, organization, country, place
    std::string key;
    std::string name;
    std::size_t documents = 0;
    std::size_t mentions = 0;
    std::size_t events = 0;
    std::optional<dates::Date> firstSeen; // earliest and latest publication dates of its documents
    std::optional<dates::Date> lastSeen;
    std::vector<RoleRow> roles;           // persons only
    std::vector<std::string> organizations;
    bool corrected = false;               // an analyst override applies (rename, merge into it, split)
};

// One correction by the analyst. Keyed by entity or event keys (never row ids), so it survives
// re-ingest. When several corrections name the same subject, the latest one wins.
//   rename    KIND KEY: value is the name shown instead of the extracted one
//   merge     KIND KEY: value is the key (or, for an entity not yet known, the name) of the entity
//             or event KEY becomes part of
//   reject    KIND KEY: the entity or event is dropped (value empty)
//   split     KIND KEY: undoes a merge of KEY: it is its own entity or event again (value empty)
//   set-dates event KEY: value "START" or "START/END", ISO dates (YYYY, YYYY-MM or YYYY-MM-DD,
//             both to the same precision), shown and filtered on instead of the extracted dates
//   set-type  event KEY: value is an event type (exhibition, forum, session, conference, summit, other)
struct Override {
    std::int64_t id = 0;
    std::string kind;        // rename, merge, reject, split, set-dates, set-type
    std::string subjectKind; // person, organization, country, place, event
    std::string subjectKey;  // the key the fact has before the override (as the store shows it)
    std::string value;       // see above
    std::string createdAt;
};

// One mention of an entity, with the sentence around it ("mentions in context").
struct MentionContext {
    Evidence context;    // the document and the sentence holding the mention
    text::Span mention;  // code points into the document's text, within context.sentence
    std::string text;    // the mention as printed
    std::string type;    // the mention's type as extraction named it (PERSON, ORGANIZATION, ...)
};

} // namespace letopis::store
