#include "ner/decode.hpp"
#include "ner/features.hpp"
#include "ner/model.hpp"

#include "letopis/gazetteer.hpp"
#include "letopis/text.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <system_error>
#include <unordered_map>
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

std::shared_ptr<const gaz::Gazetteer> sharedGazetteer()
{
    static std::mutex mutex;
    static std::weak_ptr<const gaz::Gazetteer> cached;
    const std::lock_guard lock(mutex);
    if (auto g = cached.lock())
        return g;
    auto loaded = gaz::Gazetteer::load();
    if (!loaded)
        return nullptr;
    std::shared_ptr<const gaz::Gazetteer> g(std::move(loaded).value());
    cached = g;
    return g;
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
    if (model->gazetteerFeatures)
        model->gazetteer = sharedGazetteer(); // may stay null: tag without those features
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
    featurizer.run(text, doc, m_model->gazetteer.get());
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
    std::vector<std::uint32_t> labels;
    std::vector<float> confidence(n);
    std::vector<std::int64_t> emission, margins;
    std::vector<std::int64_t> base, matrices; // count*count: plain, then per distinct shape
    std::vector<std::uint32_t> matrixOf(n);
    std::unordered_map<std::uint64_t, std::uint32_t> shapes;
    for (std::uint32_t li = 0; li < m.layers.size(); ++li) {
        const auto& layer = m.layers[li];
        const std::uint32_t count = layer.labelCount();
        emission.resize(n * count);
        for (std::size_t t = 0; t < n; ++t)
            for (std::uint32_t y = 0; y < count; ++y)
                emission[t * count + y] = scores[t * L + layer.firstLabel + y];
        const auto addRow = [&](std::uint64_t key, std::int64_t* into) {
            if (const auto* slot = m.find(key))
                for (std::uint32_t c = 0; c < slot->count; ++c) {
                    const auto& cell = m.cells[slot->offset + c];
                    if (cell.label >= layer.firstLabel && cell.label < layer.firstLabel + count)
                        into[cell.label - layer.firstLabel] += cell.weight;
                }
        };
        // Transitions depend on the label pair and the token's shape: one matrix per shape.
        shapes.clear();
        matrices.clear();
        base.assign(count * count, 0);
        for (std::uint32_t p = 0; p < count; ++p)
            addRow(transitionKey(li, p), &base[p * count]);
        for (std::size_t t = 0; t < n; ++t) {
            const std::uint64_t shape = doc.attrs[t].shape;
            auto [it, added] = shapes.try_emplace(shape, static_cast<std::uint32_t>(shapes.size()));
            if (added) {
                matrices.insert(matrices.end(), base.begin(), base.end());
                std::int64_t* mat = &matrices[matrices.size() - count * count];
                for (std::uint32_t p = 0; p < count; ++p)
                    addRow(transitionShapeKey(li, p, shape), mat + p * count);
            }
            matrixOf[t] = it->second;
        }
        viterbi<std::int64_t>(
            n, count, [&](std::size_t t) { return &emission[t * count]; },
            [&](std::size_t t) { return &matrices[std::size_t{matrixOf[t]} * count * count]; }, labels, &margins);
        for (std::size_t t = 0; t < n; ++t)
            confidence[t] = 1.0f / (1.0f + std::exp(-std::min(static_cast<float>(margins[t]) / m.scale, 50.0f)));
        appendSpans(labels, confidence, doc.tokens, layer.types, out);
    }
    std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return out;
}

} // namespace letopis::ner
