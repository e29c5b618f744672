#pragma once
// Shared by training and tagging: the BIO label scheme of a layer and spans from labels.
// Layer-local labels: 0 = O, 1 + 2t = B-type t, 2 + 2t = I-type t.
#include "letopis/ner.hpp"
#include "letopis/text.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace letopis::ner::detail {

// I-t may only continue B-t or I-t.
inline bool allowed(std::uint32_t prev, std::uint32_t label)
{
    if (label == 0 || (label & 1u))
        return true;
    return prev == label || prev == label - 1;
}

// Spans of the B/I runs; confidence is the lowest token confidence of the run.
inline void appendSpans(const std::vector<std::uint32_t>& labels, const std::vector<float>& confidence,
                        const std::vector<text::Token>& tokens, const std::vector<std::string>& types,
                        std::vector<Span>& out)
{
    const std::size_t n = labels.size();
    for (std::size_t i = 0; i < n;) {
        if (labels[i] == 0 || !(labels[i] & 1u)) {
            ++i;
            continue;
        }
        const std::uint32_t inside = labels[i] + 1;
        std::size_t j = i + 1;
        float conf = confidence[i];
        while (j < n && labels[j] == inside) {
            conf = std::min(conf, confidence[j]);
            ++j;
        }
        out.push_back(Span{tokens[i].start, tokens[j - 1].end, types[(labels[i] - 1) / 2], conf});
        i = j;
    }
}

} // namespace letopis::ner::detail
