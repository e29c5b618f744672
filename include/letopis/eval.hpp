#pragma once
// Measuring extraction against annotated Russian news: NEREL (exact spans per type) and
// factRuEval-2016 (token-level PER/LOC/ORG as the naeval benchmark computes it).
#include "letopis/ner.hpp"
#include "letopis/result.hpp"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace letopis::eval {

struct Score {
    std::size_t truePositives = 0;
    std::size_t falsePositives = 0;
    std::size_t falseNegatives = 0;
    double precision() const;
    double recall() const;
    double f1() const;
};

struct Report {
    std::size_t documents = 0;
    std::map<std::string, Score> byType;
    double seconds = 0; // time spent inside the extractor
};

// The system under test: given a document's decoded text (UTF-8), its entity spans in code points.
using Extractor = std::function<std::vector<ner::Span>(const std::string& utf8)>;

// NEREL: every *.ann/*.txt pair in dir; exact (start, end, type) matches for the given types
// (empty: every type the gold or the system has).
Result<Report> nerel(const std::string& dir, const Extractor& extract, const std::vector<std::string>& types = {});

// factRuEval-2016 devset/testset folder (*.txt, *.tokens, *.spans, *.objects). System spans are
// mapped to PER (PERSON), LOC (COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION, DISTRICT) and ORG
// (ORGANIZATION); gold LocOrg counts as LOC. Token-level precision/recall as naeval does.
Result<Report> factru(const std::string& dir, const Extractor& extract);

// The building blocks, public so that they can be tested on hand-made cases.

// Exact (start, end, type) matching of one document; duplicates count once. types empty: all.
void scoreSpans(const std::vector<ner::Span>& gold, const std::vector<ner::Span>& system,
                const std::vector<std::string>& types, std::map<std::string, Score>& into);

// One factRuEval document: its text, its tokens (from *.tokens) and its gold PER/LOC/ORG spans
// selected as naeval does: a Person object's whole extent, the org_name spans of an Org and the
// loc_name spans of a Location or LocOrg; overlapping spans dropped (the earlier/outer one kept),
// spans not aligned to token bounds dropped. Offsets are code points.
struct FactruDocument {
    std::string name;
    std::string text;
    std::vector<ner::Span> tokens; // type empty
    std::vector<ner::Span> gold;   // type PER, LOC or ORG
};
Result<FactruDocument> readFactru(const std::string& dir, const std::string& name);

// Token-level scores as naeval's tag_f1: a token counts for a type when it lies inside a span of
// that type; system spans are first mapped to PER/LOC/ORG and cleaned the same way as the gold.
void scoreFactru(const FactruDocument& doc, const std::vector<ner::Span>& system,
                 std::map<std::string, Score>& into);

} // namespace letopis::eval
