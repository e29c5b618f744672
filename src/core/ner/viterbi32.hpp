#pragma once
// Viterbi for tagging (no margins): the labels viterbi() in decode.hpp chooses, computed on int32
// scores eight labels at a time.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace letopis::ner::detail {

// One layer of a document. Labels are padded to kLanes32: rows hold stride >= count scores,
// the scores past count are ignored (any bounded values).
inline constexpr std::uint32_t kLanes32 = 8;
inline constexpr std::uint32_t paddedLabels(std::uint32_t count) { return (count + kLanes32 - 1) / kLanes32 * kLanes32; }

struct Lattice32 {
    std::size_t n = 0;           // tokens
    std::uint32_t count = 0;     // labels of the layer (O, B-x, I-x, ...)
    std::uint32_t stride = 0;    // paddedLabels(count)
    // Token t's emission scores: emission + t * emissionStride (stride readable values).
    const std::int32_t* emission = nullptr;
    std::size_t emissionStride = 0;
    // Token t's transitions: matrices + transOffset[t], count rows of stride [prev][label].
    const std::int32_t* matrices = nullptr;
    const std::size_t* transOffset = nullptr;
    const std::uint8_t* open = nullptr; // open[t] == 0: no I- label at token t (a boundary)
};

// The same labels as viterbi<S>(..., margins = nullptr): every comparison sees the same operands
// less a common shift (each row is stored relative to its O score, which keeps int32 far from
// overflow on any document: a row's scores span a few million at most).
void viterbi32(const Lattice32& lattice, std::vector<std::uint32_t>& labels);

} // namespace letopis::ner::detail
