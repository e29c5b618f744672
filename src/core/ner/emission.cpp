#include "ner/emission.hpp"

#include "ner/features.hpp"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define LETOPIS_EMISSION_AVX2 1
#include <immintrin.h>
#endif

namespace letopis::ner::detail {
namespace {

using Model = Tagger::Model;
using Slot = Model::Slot;
// Adds the rows of one token's kStaticFeatures slots (null: no row) into out, denseStride sums.
using AddToken = void (*)(const Model& m, const Slot* const* slots, std::int32_t* out);

// The table is larger than the cache, so lookups run as a pipeline: a feature's slot is prefetched
// kAhead features before it is looked up, and its dense row is prefetched when it is looked up,
// kAhead or more features before it is added; the misses overlap (one costs ~100+ ns here).
// (Caching the sums of a word's own features across documents was tried: fewer lookups, but no
// faster, the cache itself competing for L2.)
constexpr std::size_t kAhead = 32;
constexpr std::size_t kRing = 128; // a power of two, more than 2 * kAhead + kStaticFeatures

// Model::findFrom with the table's address and mask at hand; prefetches the dense row of a long row.
[[gnu::always_inline]] inline const Slot* lookUp(const Model& m, const Slot* slots, std::size_t mask, std::uint64_t key,
                                                 std::size_t i)
{
    for (;; i = (i + 1) & mask) {
        const Slot& s = slots[i];
        if (s.key == key) {
            if (s.count > Model::kInline)
                __builtin_prefetch(m.denseRow(s));
            return &s;
        }
        if (s.key == 0)
            return nullptr;
    }
}

template <AddToken kAdd>
void sumRows(const Model& m, const std::vector<std::uint64_t>& keys, std::vector<const Slot*>& found,
             std::int32_t* scores)
{
    const std::size_t total = keys.size();
    const Slot* const slots = m.slots.data();
    const std::size_t mask = m.slots.size() - 1;
    std::size_t homes[kRing];
    std::size_t prefetched = 0, looked = 0;
    for (; prefetched < std::min(kAhead, total); ++prefetched) {
        homes[prefetched] = m.home(keys[prefetched]);
        __builtin_prefetch(&slots[homes[prefetched]]);
    }
    for (std::size_t first = 0; first < total; first += kStaticFeatures) {
        const std::size_t end = first + kStaticFeatures;
        // Both stages in one loop (kAhead apart) while the prefetch has features left.
        for (; looked < end + kAhead && prefetched < total; ++looked, ++prefetched) {
            const std::size_t home = (keys[prefetched] ^ (keys[prefetched] >> 29)) & mask; // Model::home
            __builtin_prefetch(&slots[home]);
            homes[prefetched % kRing] = home;
            found[looked] = lookUp(m, slots, mask, keys[looked], homes[looked % kRing]);
        }
        for (const std::size_t stop = std::min(end + 2 * kAhead, total); prefetched < stop; ++prefetched) {
            const std::size_t home = m.home(keys[prefetched]);
            __builtin_prefetch(&slots[home]);
            homes[prefetched % kRing] = home;
        }
        for (const std::size_t stop = std::min(end + kAhead, total); looked < stop; ++looked)
            found[looked] = lookUp(m, slots, mask, keys[looked], homes[looked % kRing]);
        kAdd(m, &found[first], scores + first / kStaticFeatures * m.denseStride);
    }
}

// Any stride, summed in memory.
void addAnyWidth(const Model& m, const Slot* const* slots, std::int32_t* out)
{
    std::fill(out, out + m.denseStride, 0);
    for (std::size_t k = 0; k < kStaticFeatures; ++k)
        if (slots[k])
            m.addTo(*slots[k], out);
}

// The weights of a short row (kept in the slot itself) added to out.
inline void addInline(const Slot& s, std::int32_t* out)
{
    std::int16_t w[Model::kInline];
    std::memcpy(w, &s.payload, sizeof w);
    out[s.labels[0]] += w[0];
    out[s.labels[1]] += w[1];
}

// A stride of 32 (the 27 labels of the shipped model): the sums stay in registers.
void add32(const Model& m, const Slot* const* slots, std::int32_t* out)
{
    using I16x8 = std::int16_t __attribute__((vector_size(16)));
    using I32x8 = std::int32_t __attribute__((vector_size(32)));
    I32x8 sum[4] = {};
    std::int32_t inlined[32] = {};
    for (std::size_t k = 0; k < kStaticFeatures; ++k) {
        const Slot* s = slots[k];
        if (!s)
            continue;
        if (s->count <= Model::kInline) {
            addInline(*s, inlined);
            continue;
        }
        const std::int16_t* row = m.denseRow(*s);
        for (std::size_t b = 0; b < 4; ++b) {
            I16x8 w;
            std::memcpy(&w, row + 8 * b, sizeof w);
            sum[b] += __builtin_convertvector(w, I32x8);
        }
    }
    for (std::size_t b = 0; b < 4; ++b) {
        I32x8 w;
        std::memcpy(&w, inlined + 8 * b, sizeof w);
        sum[b] += w;
        std::memcpy(out + 8 * b, &sum[b], sizeof sum[b]);
    }
}

#ifdef LETOPIS_EMISSION_AVX2
// The same with AVX2, chosen at run time: eight weights are one widening load and one add.
[[gnu::target("avx2")]] void add32Avx2(const Model& m, const Slot* const* slots, std::int32_t* out)
{
    __m256i sum[4] = {_mm256_setzero_si256(), _mm256_setzero_si256(), _mm256_setzero_si256(),
                      _mm256_setzero_si256()};
    alignas(32) std::int32_t inlined[32];
    for (std::size_t b = 0; b < 4; ++b)
        _mm256_store_si256(reinterpret_cast<__m256i*>(inlined) + b, sum[b]);
    for (std::size_t k = 0; k < kStaticFeatures; ++k) {
        const Slot* s = slots[k];
        if (!s)
            continue;
        if (s->count <= Model::kInline) {
            addInline(*s, inlined);
            continue;
        }
        const auto* row = reinterpret_cast<const __m128i*>(m.denseRow(*s));
        for (std::size_t b = 0; b < 4; ++b)
            sum[b] = _mm256_add_epi32(sum[b], _mm256_cvtepi16_epi32(_mm_loadu_si128(row + b)));
    }
    for (std::size_t b = 0; b < 4; ++b) {
        const __m256i w = _mm256_load_si256(reinterpret_cast<const __m256i*>(inlined) + b);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(out) + b, _mm256_add_epi32(sum[b], w));
    }
}
#endif

} // namespace

void emissionScores(const Model& m, const std::vector<std::uint64_t>& keys, std::vector<std::int32_t>& scores)
{
    thread_local std::vector<const Slot*> found;
    const std::size_t n = keys.size() / kStaticFeatures;
    if (m.slots.empty()) {
        scores.assign(n * m.denseStride, 0);
        return;
    }
    scores.resize(n * m.denseStride); // every row is written whole
    found.resize(keys.size());
    if (m.denseStride != 32) {
        sumRows<addAnyWidth>(m, keys, found, scores.data());
        return;
    }
#ifdef LETOPIS_EMISSION_AVX2
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2) {
        sumRows<add32Avx2>(m, keys, found, scores.data());
        return;
    }
#endif
    sumRows<add32>(m, keys, found, scores.data());
}

} // namespace letopis::ner::detail
