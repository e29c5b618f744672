#include "ner/viterbi32.hpp"

#include "ner/decode.hpp"

#include <cstring>
#include <limits>

namespace letopis::ner::detail {
namespace {

using V = std::int32_t __attribute__((vector_size(kLanes32 * sizeof(std::int32_t))));
// As in viterbi(): a label that cannot stand at a token; never the maximum of a row.
constexpr std::int32_t kNone = std::numeric_limits<std::int32_t>::lowest() / 4;

// Stores a row relative to its O score (O is always allowed): the next comparisons all see the
// same shift, so their outcome is unchanged.
[[gnu::always_inline]] inline void shift(std::int32_t* a, std::uint32_t stride)
{
    const std::int32_t o = a[0];
    for (std::uint32_t y0 = 0; y0 < stride; y0 += kLanes32) {
        V v;
        std::memcpy(&v, a + y0, sizeof v);
        const V real = v != kNone;
        v = (real & (v - o)) | (~real & v);
        std::memcpy(a + y0, &v, sizeof v);
    }
}

// alpha and back: n * stride scores and back pointers.
[[gnu::always_inline]] inline void forward(const Lattice32& l, std::int32_t* alpha, std::int32_t* back)
{
    const std::uint32_t count = l.count, stride = l.stride;
    {
        const std::int32_t* e = l.emission;
        const std::int32_t* tr = l.matrices + l.transOffset[0];
        for (std::uint32_t y = 0; y < stride; ++y)
            alpha[y] = y >= count ? 0 : (allowed(0, y) ? e[y] + tr[y] : kNone);
        shift(alpha, stride);
    }
    for (std::size_t t = 1; t < l.n; ++t) {
        const std::int32_t* prev = alpha + (t - 1) * stride;
        std::int32_t* a = alpha + t * stride;
        std::int32_t* bp = back + t * stride;
        const std::int32_t* e = l.emission + t * l.emissionStride;
        const std::int32_t* tr = l.matrices + l.transOffset[t];
        // Every label as if it followed anything (right for O and B-x; the first best wins a tie).
        for (std::uint32_t y0 = 0; y0 < stride; y0 += kLanes32) {
            V best, arg = {};
            std::memcpy(&best, tr + y0, sizeof best);
            best += prev[0];
            for (std::uint32_t p = 1; p < count; ++p) {
                V v;
                std::memcpy(&v, tr + p * stride + y0, sizeof v);
                v += prev[p];
                const V more = v > best;
                best = (more & v) | (~more & best);
                arg = (more & static_cast<std::int32_t>(p)) | (~more & arg);
            }
            V ev;
            std::memcpy(&ev, e + y0, sizeof ev);
            best += ev;
            std::memcpy(a + y0, &best, sizeof best);
            std::memcpy(bp + y0, &arg, sizeof arg);
        }
        // I-x follows only B-x or I-x, and never at a boundary.
        const bool inside = l.open[t] != 0;
        for (std::uint32_t y = 2; y < count; y += 2) {
            const std::int32_t fromBegin = prev[y - 1] + tr[(y - 1) * stride + y];
            const std::int32_t fromInside = prev[y] + tr[y * stride + y];
            const bool stay = fromInside > fromBegin;
            a[y] = inside ? (stay ? fromInside : fromBegin) + e[y] : kNone;
            bp[y] = static_cast<std::int32_t>(stay ? y : y - 1);
        }
        shift(a, stride);
    }
}

void forwardBase(const Lattice32& l, std::int32_t* alpha, std::int32_t* back) { forward(l, alpha, back); }

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define LETOPIS_VITERBI_AVX2 1
// The same with AVX2 (chosen at run time): a row of eight labels is one compare and two blends.
[[gnu::target("avx2")]] void forwardAvx2(const Lattice32& l, std::int32_t* alpha, std::int32_t* back)
{
    forward(l, alpha, back);
}
#endif

} // namespace

void viterbi32(const Lattice32& l, std::vector<std::uint32_t>& labels)
{
    labels.assign(l.n, 0);
    if (l.n == 0)
        return;
    thread_local std::vector<std::int32_t> alpha, back; // per thread: decoding allocates nothing per call
    alpha.resize(l.n * l.stride);
    back.resize(l.n * l.stride);
#ifdef LETOPIS_VITERBI_AVX2
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2)
        forwardAvx2(l, alpha.data(), back.data());
    else
#endif
        forwardBase(l, alpha.data(), back.data());
    const std::int32_t* last = &alpha[(l.n - 1) * l.stride];
    std::uint32_t best = 0;
    for (std::uint32_t y = 1; y < l.count; ++y)
        if (last[y] > last[best])
            best = y;
    labels[l.n - 1] = best;
    for (std::size_t t = l.n - 1; t > 0; --t)
        labels[t - 1] = static_cast<std::uint32_t>(back[t * l.stride + labels[t]]);
}

} // namespace letopis::ner::detail
