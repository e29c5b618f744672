#include "ner/decode.hpp"
#include "ner/features.hpp"
#include "ner/model.hpp"

#include "letopis/text.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

namespace letopis::ner {

Result<std::string> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::Io, "cannot open " + path + ": " + std::strerror(errno));
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return makeError(ErrorCode::Io, "cannot read " + path);
    return data;
}

Tagger::Tagger(std::unique_ptr<Model> m) : m_model(std::move(m)) {}
Tagger::~Tagger() = default;

Result<std::unique_ptr<Tagger>> Tagger::load(const std::string& path)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return makeError(ErrorCode::Io, "NER model " + path + " does not exist; train one with "
                                        "`letopis-cli train-ner --nerel DIR --out FILE`");
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto model = Model::deserialize(*bytes, path);
    if (!model)
        return model.error();
    return std::unique_ptr<Tagger>(new Tagger(std::make_unique<Model>(std::move(*model))));
}

std::string Tagger::defaultModelPath()
{
    const fs::path rel = fs::path("ner") / "nerel.model";
    std::error_code ec;
    char buf[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        const fs::path installed = fs::path(std::string(buf, static_cast<std::size_t>(n))).parent_path() / ".." /
                                   "share" / "letopis" / rel;
        if (fs::is_regular_file(installed, ec))
            return installed.lexically_normal().string();
    }
#ifdef LETOPIS_RESOURCE_DIR
    return (fs::path(LETOPIS_RESOURCE_DIR) / rel).string();
#else
    return rel.string();
#endif
}

std::vector<std::string> Tagger::types() const
{
    std::vector<std::string> out;
    for (const auto& l : m_model->layers)
        out.insert(out.end(), l.types.begin(), l.types.end());
    return out;
}

std::vector<Span> Tagger::tag(std::string_view utf8) const { return tag(text::toU32(utf8)); }

std::vector<Span> Tagger::tag(std::u32string_view text) const
{
    using namespace detail;
    thread_local Featurizer featurizer;
    thread_local FeaturedDoc doc;
    featurizer.run(text, doc);
    const Model& m = *m_model;
    const std::size_t n = doc.tokens.size();
    const std::size_t L = m.labelCount;
    std::vector<std::int32_t> scores(n * L, 0);
    // The table is larger than the cache: look rows up a few features ahead with prefetches so
    // that the memory loads overlap (several times faster than one miss after another).
    constexpr std::size_t kAhead = 12;
    const std::size_t total = n * kStaticFeatures;
    const std::uint64_t* keys = doc.features.data();
    std::vector<const Model::Slot*> rows(total, nullptr);
    if (!m.slots.empty()) {
        for (std::size_t j = 0; j < total + kAhead; ++j) {
            if (j < total)
                __builtin_prefetch(&m.slots[m.home(keys[j])]);
            if (j >= kAhead) {
                const std::size_t at = j - kAhead;
                if (const auto* slot = m.find(keys[at])) {
                    __builtin_prefetch(&m.cells[slot->offset]);
                    rows[at] = slot;
                }
            }
        }
    }
    for (std::size_t j = 0; j < total; ++j)
        if (const auto* slot = rows[j]) {
            std::int32_t* s = &scores[(j / kStaticFeatures) * L];
            for (std::uint32_t c = 0; c < slot->count; ++c)
                s[m.cells[slot->offset + c].label] += m.cells[slot->offset + c].weight;
        }
    std::vector<Span> out;
    std::vector<std::uint32_t> labels(n);
    std::vector<float> confidence(n);
    std::vector<std::int32_t> local;
    for (std::uint32_t li = 0; li < m.layers.size(); ++li) {
        const auto& layer = m.layers[li];
        const std::uint32_t count = layer.labelCount();
        std::uint32_t prev1 = 0, prev2 = 0;
        for (std::size_t t = 0; t < n; ++t) {
            local.assign(scores.begin() + static_cast<std::ptrdiff_t>(t * L + layer.firstLabel),
                         scores.begin() + static_cast<std::ptrdiff_t>(t * L + layer.firstLabel + count));
            for (auto key : historyFeatures(li, prev1, prev2, doc.attrs[t]))
                if (const auto* slot = m.find(key))
                    for (std::uint32_t c = 0; c < slot->count; ++c) {
                        const auto& cell = m.cells[slot->offset + c];
                        if (cell.label >= layer.firstLabel && cell.label < layer.firstLabel + count)
                            local[cell.label - layer.firstLabel] += cell.weight;
                    }
            std::uint32_t best = 0;
            std::int32_t bestScore = INT32_MIN, second = INT32_MIN;
            for (std::uint32_t y = 0; y < count; ++y) {
                if (!allowed(prev1, y))
                    continue;
                if (local[y] > bestScore) {
                    second = bestScore;
                    bestScore = local[y];
                    best = y;
                } else if (local[y] > second) {
                    second = local[y];
                }
            }
            const float margin = second == INT32_MIN ? 10.0f : static_cast<float>(bestScore - second) / m.scale;
            confidence[t] = 1.0f / (1.0f + std::exp(-margin));
            labels[t] = best;
            prev2 = prev1;
            prev1 = best;
        }
        appendSpans(labels, confidence, doc.tokens, layer.types, out);
    }
    std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return out;
}

} // namespace letopis::ner
