#pragma once
#include <string>

namespace letopis::extract { class Extractor; }

namespace letopis::cli {

// Extracts the documents a seeds file names (from corpusDir) and prints the measures the
// product's floors are stated in. Returns the exit code.
int evalSeeds(const std::string& goldPath, const std::string& corpusDir, extract::Extractor& extractor, bool asJson);

} // namespace letopis::cli
