#pragma once
// The SQLite store: documents, their boilerplate, and full-text search with Russian stemming.
// Schema: docs/data-model.md. Versioned with PRAGMA user_version, forward migrations only.
#include "letopis/document.hpp"
#include "letopis/facts.hpp"
#include "letopis/result.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace letopis::extract { struct DocumentFacts; }

namespace letopis::store {

inline constexpr int kSchemaVersion = 9;

struct DocumentRecord {
    std::int64_t id = 0;
    std::string path;          // first path the content was seen at (readers: first still held)
    std::vector<std::string> paths; // every file path holding this content, first seen first (filled by readers)
    std::string hash;          // hex content hash of the decoded text
    std::string encoding;
    int confidence = 0;
    std::int64_t sizeBytes = 0; // of the file at path
    std::int64_t mtimeNs = 0;   // of the file at path, nanoseconds since the Unix epoch
    ParsedDocument doc;        // text, title, subtitle, source, byline, published, parts, body
    std::string excerpt;       // the body's first 160 characters (filled by readers): a label for untitled documents
};

enum class Upsert { New, Unchanged, Replaced, Duplicate };

struct FileState {
    std::int64_t documentId = 0;
    std::string hash;
    std::int64_t sizeBytes = 0;
    std::int64_t mtimeNs = 0;
};

struct SearchHit {
    std::int64_t documentId = 0;
    std::string path;
    std::string title;
    std::string snippet;       // with [[ and ]] around matched terms
    double score = 0;          // higher is better (negated bm25)
};

class Database final {
public:
    // Opens or creates the database at path (":memory:" allowed), enables WAL and foreign keys,
    // registers the "letopis_ru" FTS5 tokenizer, and migrates to kSchemaVersion.
    // Fails with SchemaTooNew for a database from a newer Letopis, Database otherwise (not a
    // database, not a Letopis database, cannot be created or written).
    static Result<std::unique_ptr<Database>> open(const std::string& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    int schemaVersion() const;
    const std::string& path() const { return m_path; }

    std::optional<FileState> fileState(const std::string& path);
    // Stores a file's content. Within one transaction: identical content (same hash) is stored
    // once; a path whose content changed is re-pointed and its old document removed when no other
    // path holds it. Returns what happened. Runs inside the caller's transaction when one is
    // open (as a savepoint), else in its own. record.path and record.hash must not be empty.
    Result<Upsert> upsertDocument(const DocumentRecord& record);
    // Forgets a path (and its document when no other path holds it). Unknown paths are not an error.
    Status removePath(const std::string& path);
    // Updates only the size/mtime recorded for a path (content unchanged). InvalidArgument for an
    // unknown path.
    Status touchPath(const std::string& path, std::int64_t sizeBytes, std::int64_t mtimeNs);

    // Explicit transactions for bulk writes; they nest (inner levels are savepoints).
    // commit()/rollback() without a matching begin() are InvalidArgument.
    Status begin();
    Status commit();
    Status rollback();

    std::int64_t documentCount();
    // All documents ordered by published date (year-less dates after dated ones, undated last)
    // then path. text, parts and body spans are omitted unless withText.
    Result<std::vector<DocumentRecord>> documents(bool withText = false);
    // By numeric id, by exact path, or by a unique path suffix ("003_fab.txt"; whole path
    // components are preferred), or else the start of a file name ("003"). Nothing when no
    // document matches; InvalidArgument listing the candidates when several documents match. The record is complete (text, parts).
    Result<std::optional<DocumentRecord>> document(std::string_view idOrPath);
    // A page of the document list, in documents() order, for a table that loads as it scrolls:
    // no text, and the excerpt only for untitled documents. query: only the documents that match
    // it (search() syntax; InvalidArgument as there); empty: all. limit <= 0: to the end.
    Result<std::vector<DocumentRecord>> documentPage(std::string_view query, std::int64_t offset, int limit);
    // How many documents documentPage() lists in all for this query.
    Result<std::int64_t> documentPageCount(std::string_view query);

    // Full-text search. The query is words typed by a person; each word is matched by its stem
    // (выставка finds выставки, выставке, выставкой), ё/е folded; all words must match.
    // "quoted words" are a phrase; a trailing * is a prefix. Anything else is taken literally.
    // Best first (bm25, title weighted above body); limit <= 0 means no limit. With a limit, the
    // ranking covers the 10,000 matching documents stored last when more match (a common word in
    // a large archive): the best of the newest, not of every match (docs/performance.md).
    // InvalidArgument "nothing to search for" when the query has no letter or digit.
    Result<std::vector<SearchHit>> search(std::string_view query, int limit = 50);

    // --- What extraction found (facts.hpp) ---
    // Replaces the facts of one document: mentions, persons and roles, events and their links.
    // Entity and event keys pass through the overrides (merges, rejections) first. Runs inside
    // the caller's transaction when one is open.
    Status storeFacts(std::int64_t documentId, const extract::DocumentFacts& facts);
    // Documents never extracted, or extracted by another kExtractorVersion.
    Result<std::vector<std::int64_t>> documentsNeedingExtraction();
    // Events that pass the filter (AND across fields, OR within one), by start date, undated last.
    Result<std::vector<EventRow>> events(const EventFilter& filter, EventSources sources = EventSources::Full);
    // One event with all its sources; nothing for an unknown id.
    Result<std::optional<EventRow>> event(std::int64_t id);
    // The mentions of one document in text order (the reader highlights them).
    Result<std::vector<DocumentMention>> mentions(std::int64_t documentId);
    // Counts for the filter panel: for each facet, its values over the events that pass every
    // other part of the filter (AND across facets, OR within one), most frequent first.
    Result<Facets> facets(const EventFilter& filter);
    // Entities of a kind ("person", "organization", "country", "place"; empty: all), most mentioned first.
    // With a filter: only what the source documents of the events that pass it mention, counted
    // in those documents — in the newest 2,000 of them (highest id) when there are more, so the
    // table comes at a bounded cost (docs/performance.md). A person's roles are one per title;
    // RoleEvidence::Skip leaves their evidence empty (a table shows titles only, and reading each
    // role's sentence from its document is most of the cost).
    enum class RoleEvidence : std::uint8_t { Read, Skip };
    Result<std::vector<EntityRow>> entities(std::string_view kind, const EventFilter& filter = {},
                                            RoleEvidence evidence = RoleEvidence::Read);
    // --- Entity pages (src/core/store/entity_reader.cpp) ---
    // One entity by kind and key (names: text::nameKey of the name; countries: the ISO code in
    // capitals), or by id; nothing when there is none. Counts and dates as in entities(); roles
    // (persons) are every distinct title per document, oldest publication first, each with its
    // evidence complete (path, title, published, sentence), so a page can show roles over time.
    Result<std::optional<EntityRow>> entity(std::string_view kind, std::string_view key);
    Result<std::optional<EntityRow>> entityById(std::int64_t id);
    // The entity's mentions, each in its sentence: oldest publication first (undated last), then
    // by document and position. limit <= 0: all. Unknown ids give an empty list.
    Result<std::vector<MentionContext>> entityMentions(std::int64_t entityId, int limit = 0);
    // Events the entity is linked to — persons as speakers, organisations and countries by the
    // event's links, places as the event's city — consolidated as by events(), by start date,
    // undated last. Unknown ids give an empty list.
    Result<std::vector<EventRow>> entityEvents(std::int64_t entityId);
    // Corrections by the analyst (facts.hpp, Override). Names, and what events() shows of dates
    // and types, change at once; merges, splits, rejections, and the stored dates and types the
    // filters use, reach the stored facts when the affected documents are extracted again:
    // adding or removing a correction marks just those documents (documentsNeedingExtraction),
    // so run ingest::run with an extractor and no paths right after to apply it everywhere.
    // Returns the new correction's id. InvalidArgument, with what to do, for an unknown kind,
    // a missing or malformed value, a merge into itself, into what merges into it or into
    // something rejected, or a split of something not merged.
    Result<std::int64_t> addOverride(const Override& o);
    Result<std::vector<Override>> overrides(); // oldest first
    // Takes a correction back (an undo): the extracted fact shows again once the marked
    // documents are extracted again (as for addOverride). InvalidArgument for an unknown id.
    Status removeOverride(std::int64_t id);

    sqlite3* handle() { return m_db; }

    struct Impl; // statement cache and transaction depth (src/core/store/database_impl.hpp)

private:
    Database(sqlite3* db, std::string path);
    Status prepareSchema();
    Result<std::optional<DocumentRecord>> documentById(std::int64_t id);
    Result<std::vector<std::int64_t>> eventIds(const EventFilter& filter);
    Result<std::optional<DocumentRecord>> documentBySuffix(std::string_view suffix);
    Result<std::optional<DocumentRecord>> documentByNamePrefix(std::string_view prefix);
    Status consolidateEvent(EventRow& row);
    // Indexes the documents the open transaction inserted for full text (one statement, so FTS5
    // writes one segment); before a commit and before anything may delete a document.
    Status flushFullText();
    // Consolidates many events at once: a few queries in all, not several per event.
    Status consolidateEvents(std::vector<EventRow>& rows, EventSources sources = EventSources::Full);
    Status applyRename(EventRow& row);

    sqlite3* m_db = nullptr;
    std::string m_path;
    std::unique_ptr<Impl> m_impl;
};

// The stem key the index uses for one word (lower-cased, ё→е, Snowball Russian or English).
std::string stemForIndex(std::string_view word);
// The same for a word in UTF-32, remembered per thread (extraction asks for the stems of a
// document's words many times): the reference stays valid for at least 65,536 further calls on
// the calling thread.
const std::string& stemForIndex(std::u32string_view word);
// The stem stemForIndex(word) has already given on this thread, or nullptr (the reference
// stays valid as above).
const std::string* rememberedStemForIndex(std::u32string_view word);

// True when the file is a Letopis database of an older schema that Database::open() will
// upgrade (which may take minutes on a large archive: a caller with a window says so first).
// False for a missing, new, current, newer, foreign or unreadable file.
bool needsUpgrade(const std::string& path);

// --- A damaged database file (src/core/store/damaged.cpp) ---
// True when the file exists and SQLite cannot read it as a database, or PRAGMA quick_check finds
// damage. False for a healthy, missing, foreign or newer database: those are not rebuilt.
bool isDamaged(const std::string& path);
// Renames path (and its -wal/-shm files) to PATH.damaged-YYYYMMDD-HHMMSS, local time, so a new
// database can be built from the corpus while the damaged file is kept. Returns the new name.
Result<std::string> moveDamagedAside(const std::string& path);

} // namespace letopis::store
