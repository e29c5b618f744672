#pragma once
// The fuzz targets' bodies, shared by the libFuzzer executables (fuzz_entry.cpp) and the normal
// test that replays tests/data/fuzz-regressions/ (test_fuzz_regressions.cpp). Each takes any
// bytes, must not crash, hang or leak, and traps when a result breaks an invariant of the API.
#include <cstddef>
#include <cstdint>

namespace letopis::fuzz {

int decodeText(const std::uint8_t* data, std::size_t size);   // text::decode/decodeAs + normalize, sentences, tokens
int parseHeader(const std::uint8_t* data, std::size_t size);  // parseDocument
int parseDates(const std::uint8_t* data, std::size_t size);   // dates::findDates, parseOne, parseIso
int extractFacts(const std::uint8_t* data, std::size_t size); // extract::Extractor on a parsed document
int searchQuery(const std::uint8_t* data, std::size_t size);  // Database::search, events/facets/entities filters
int renderReport(const std::uint8_t* data, std::size_t size); // render::renderReportPdf of hostile strings

// Aborts with a message when an invariant does not hold (a finding, like a crash).
void require(bool ok, const char* what);

} // namespace letopis::fuzz
