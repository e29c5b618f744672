#pragma once
// The JSON shape of `letopis-cli extract` (read by the evaluation: keep it exact).
#include "letopis/document.hpp"
#include "letopis/extract.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace letopis::cli {

nlohmann::json factsJson(const std::string& file, const ParsedDocument& doc, const extract::DocumentFacts& facts);

} // namespace letopis::cli
