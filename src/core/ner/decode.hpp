#pragma once
// Shared by training and tagging: the BIO label scheme of a layer, Viterbi decoding over label
// bigrams and spans from labels. Layer-local labels: 0 = O, 1 + 2t = B-type t, 2 + 2t = I-type t.
#include "letopis/ner.hpp"
#include "letopis/text.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
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

// The best label sequence of n tokens with count labels. emit(t) points to count scores of token
// t; trans(t) to count*count scores [prev*count + label] of moving into token t (the sequence
// starts after an O); open(t) is false where no I- label may stand (a sentence boundary). When margins is given, it receives per token the gap between the best and
// the second-best max-marginal (best path score with that token's label forced), a confidence.
template <class S, class Emit, class Trans, class Open>
void viterbi(std::size_t n, std::uint32_t count, Emit emit, Trans trans, Open open, std::vector<std::uint32_t>& labels,
             std::vector<S>* margins = nullptr)
{
    // kNone marks a label that cannot stand at a token (I-x at the start or at a boundary). It is
    // far enough from the type's limits that adding scores to it never overflows, and every
    // maximum below includes a reachable label (O always is), so it never wins one.
    constexpr S kNone = std::numeric_limits<S>::lowest() / 4;
    labels.assign(n, 0);
    if (n == 0)
        return;
    thread_local std::vector<S> alpha, beta; // per thread: decoding allocates nothing per call
    thread_local std::vector<std::uint8_t> back;
    alpha.resize(n * count);
    back.resize(n * count);
    for (std::size_t t = 0; t < n; ++t) {
        const S* e = emit(t);
        const S* tr = trans(t);
        S* a = &alpha[t * count];
        std::uint8_t* bp = &back[t * count];
        if (t == 0) {
            for (std::uint32_t y = 0; y < count; ++y)
                a[y] = allowed(0, y) ? e[y] + tr[y] : kNone;
            continue;
        }
        const S* prev = &alpha[(t - 1) * count];
        // O and B-x follow anything (the first best wins a tie).
        for (std::uint32_t y = 0; y < count; y = y == 0 ? 1 : y + 2) {
            S best = prev[0] + tr[y];
            std::uint32_t arg = 0;
            for (std::uint32_t p = 1; p < count; ++p) {
                const S v = prev[p] + tr[p * count + y];
                if (v > best) {
                    best = v;
                    arg = p;
                }
            }
            a[y] = best + e[y];
            bp[y] = static_cast<std::uint8_t>(arg);
        }
        // I-x follows only B-x or I-x, and never at a boundary.
        const bool inside = open(t);
        for (std::uint32_t y = 2; y < count; y += 2) {
            const S fromBegin = prev[y - 1] + tr[(y - 1) * count + y];
            const S fromInside = prev[y] + tr[y * count + y];
            const bool stay = fromInside > fromBegin;
            a[y] = inside ? (stay ? fromInside : fromBegin) + e[y] : kNone;
            bp[y] = static_cast<std::uint8_t>(stay ? y : y - 1);
        }
    }
    const S* last = &alpha[(n - 1) * count];
    labels[n - 1] = static_cast<std::uint32_t>(std::max_element(last, last + count) - last);
    for (std::size_t t = n - 1; t > 0; --t)
        labels[t - 1] = back[t * count + labels[t]];
    if (!margins)
        return;
    // beta[t][y]: the best score of tokens after t given label y at t.
    beta.assign(n * count, 0);
    for (std::size_t t = n - 1; t > 0; --t) {
        const S* e = emit(t);
        const S* tr = trans(t);
        const S* b = &beta[t * count];
        const bool inside = open(t);
        // O and every B-x follow anything: their best is shared, only the transition differs.
        for (std::uint32_t p = 0; p < count; ++p) {
            const S* row = &tr[p * count];
            S best = row[0] + e[0] + b[0];
            for (std::uint32_t y = 1; y < count; y += 2)
                best = std::max(best, row[y] + e[y] + b[y]);
            if (p != 0 && inside) { // and the I-x of p's type (after B-x or I-x)
                const std::uint32_t in = (p & 1u) ? p + 1 : p;
                best = std::max(best, row[in] + e[in] + b[in]);
            }
            beta[(t - 1) * count + p] = best;
        }
    }
    margins->assign(n, 0);
    for (std::size_t t = 0; t < n; ++t) {
        const S chosen = alpha[t * count + labels[t]] + beta[t * count + labels[t]];
        S second = kNone;
        for (std::uint32_t y = 0; y < count; ++y)
            if (y != labels[t] && alpha[t * count + y] > kNone)
                second = std::max(second, alpha[t * count + y] + beta[t * count + y]);
        (*margins)[t] = second > kNone ? chosen - second : S(1000000);
    }
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
