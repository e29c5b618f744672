#pragma once
// Statistical named-entity tagging: an averaged-perceptron sequence tagger trained on NEREL
// (the project's own `letopis-cli train-ner`), shipped as a model file in resources/ner/.
#include "letopis/result.hpp"
#include "letopis/text.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace letopis::gaz {
struct Match;
class Gazetteer;
}

namespace letopis::ner {
namespace detail {
struct FeaturedDoc;
}

// An entity span. Offsets are code points into the text given to tag(), half-open.
// type is a NEREL type name: PERSON, ORGANIZATION, COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION,
// DATE, PROFESSION, EVENT, FACILITY, NATIONALITY, DISTRICT, ... Spans of different types may nest.
struct Span {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::string type;
    float confidence = 1.0f; // 0..1, the tagger's margin squashed; 1 when unknown
    bool operator==(const Span&) const = default;
};

class Tagger final {
public:
    // Loads a model written by train(). Fails with a message naming the file and what is wrong
    // (missing, truncated, wrong magic/version).
    static Result<std::unique_ptr<Tagger>> load(const std::string& path);
    // resources/ner/nerel.model in the source tree, or next to the executable when installed.
    static std::string defaultModelPath();
    ~Tagger();

    // Tags a whole document. Thread-safe: const, no shared mutable state.
    std::vector<Span> tag(std::u32string_view text) const;
    std::vector<Span> tag(std::string_view utf8) const;
    // The same with the places of text already found by a gaz::Gazetteer (find(text) of a
    // gazetteer loaded by Gazetteer::load(), as the model's own is), so a pipeline that needs
    // them anyway runs the gazetteer once. Gives exactly what tag(text) gives.
    std::vector<Span> tag(std::u32string_view text, const std::vector<gaz::Match>& places) const;
    // The same with text::tokens(text) already made (the pipeline tokenises the text once for the
    // gazetteer and the tagger). Without confidence, every span's confidence is 1 and the spans
    // are the same: the margins take a backward pass that a caller who ignores them need not pay.
    std::vector<Span> tag(std::u32string_view text, const std::vector<gaz::Match>& places,
                          const std::vector<text::Token>& tokens, bool confidence = true) const;

    std::vector<std::string> types() const; // the entity types this model produces
    // The gazetteer the model's features read (null when the model uses none, or it could not be
    // loaded). Share it rather than loading a second one.
    std::shared_ptr<const gaz::Gazetteer> gazetteer() const;

    struct Model;
private:
    explicit Tagger(std::unique_ptr<Model> m);
    std::vector<Span> decode(const detail::FeaturedDoc& doc, bool confidence = true) const;
    std::unique_ptr<Model> m_model;
    std::uint64_t m_id = 0; // tells per-thread caches which model they hold
};

struct TrainParams {
    std::string nerelDir;   // a NEREL folder of *.txt + *.ann (brat standoff)
    std::string outPath;    // the model file to write
    int epochs = 12;        // chosen on a held-out tenth of NEREL train (no gain after 12)
    std::vector<std::string> types; // empty: the default set (see docs/extraction-ner.md)
    bool verbose = false;           // progress per epoch on stderr
    int minFeatureCount = 2;        // features seen fewer times in the training data are dropped
    double pruneBelow = 1.0;        // averaged weights smaller than this are dropped (model size)
    unsigned seed = 20240101;       // the epoch shuffles; the same seed gives the same model
    // Perceptrons trained one after another, each on its own shuffles, their weights averaged: a
    // single run's span F1 moves by 0.01-0.02 with the document order alone; the average of four
    // is steadier (docs/extraction-ner.md, "Version 7").
    int ensemble = 4;
};

struct TrainReport {
    std::size_t documents = 0;
    std::size_t tokens = 0;
    std::size_t features = 0;   // kept after pruning
    std::size_t modelBytes = 0;
    double seconds = 0;
};

Result<TrainReport> train(const TrainParams& params);

// Entities of a brat standoff .ann file (NEREL): "T1\tTYPE start end\ttext" lines. A
// discontinuous entity ("start end;start end") becomes one span from its first start to its last
// end. Relations, notes and malformed lines are skipped. Spans are sorted by (start, -end).
std::vector<Span> parseBrat(std::string_view annText);
// The .ann files of a NEREL folder, sorted. Fails when the folder cannot be listed or holds none.
Result<std::vector<std::string>> nerelAnnotations(const std::string& dir);
// Reads a whole text file (.txt or .ann) as bytes; fails with the path and the OS reason.
Result<std::string> readFile(const std::string& path);

} // namespace letopis::ner
