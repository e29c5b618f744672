#pragma once
// Emission scores of the tagger: for each token, the sum of its static features' weight rows.
#include "ner/model.hpp"

#include <cstdint>
#include <vector>

namespace letopis::ner::detail {

// keys holds kStaticFeatures feature keys per token; scores receives one row of m.denseStride
// sums per token (labels without a weight sum to 0).
void emissionScores(const Tagger::Model& m, const std::vector<std::uint64_t>& keys, std::vector<std::int32_t>& scores);

} // namespace letopis::ner::detail
