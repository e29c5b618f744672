#include "ner/decode.hpp"
#include "ner/emission.hpp"
#include "ner/features.hpp"
#include "ner/model.hpp"
#include "ner/viterbi32.hpp"

#include "letopis/gazetteer.hpp"
#include "letopis/text.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <system_error>
#include <sstream>
#include <unordered_map>
#include <unistd.h>

namespace fs = std::filesystem;

namespace letopis::ner {

Result<std::string> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::Io, "cannot open " + path + ": " + std::strerror(errno));
    std::ostringstream data; // the stream buffer copies in blocks (an istreambuf_iterator goes byte by byte)
    data << in.rdbuf();
    if (in.bad())
        return makeError(ErrorCode::Io, "cannot read " + path);
    return std::move(data).str();
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

namespace {

// Identifies a loaded model for per-thread caches (an address could be reused by the next one).
std::uint64_t nextModelId()
{
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
}

} // namespace

Tagger::Tagger(std::unique_ptr<Model> m) : m_model(std::move(m)), m_id(nextModelId()) {}
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

std::shared_ptr<const gaz::Gazetteer> Tagger::gazetteer() const { return m_model->gazetteer; }

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
    thread_local detail::Featurizer featurizer;
    thread_local detail::FeaturedDoc doc;
    featurizer.run(text, doc, m_model->gazetteer.get());
    return decode(doc);
}

std::vector<Span> Tagger::tag(std::u32string_view text, const std::vector<gaz::Match>& places) const
{
    return tag(text, places, text::tokens(text));
}

std::vector<Span> Tagger::tag(std::u32string_view text, const std::vector<gaz::Match>& places,
                              const std::vector<text::Token>& tokens, bool confidence) const
{
    thread_local detail::Featurizer featurizer;
    thread_local detail::FeaturedDoc doc;
    featurizer.run(text, tokens, doc, m_model->gazetteer.get(), places);
    return decode(doc, confidence);
}

namespace {

// Per-thread buffers reused across documents (tagging allocates almost nothing per call).
struct Scratch {
    std::vector<std::int32_t> scores;
    std::vector<std::int64_t> emission, margins;
    std::vector<std::uint32_t> labels;
    std::vector<std::size_t> matrixOf, offsets;
    std::vector<std::uint8_t> open;
    std::vector<float> confidence;
};

// Transition matrices of all layers for one token shape: [layer][prev * count + label] as int64
// (for viterbi()), and [layer][prev * paddedLabels(count) + label] as int32 (for viterbi32()).
// Transitions depend on the label pair and the token's shape; a per-thread cache keeps them
// across documents (shapes repeat), tied to the model that made them.
class TransitionCache final {
public:
    // Before a document of n tokens: forgets another model's matrices, and all of them when the
    // document could overflow the cache (indexes stay valid until the next prepare()).
    void prepare(const Tagger::Model& m, std::uint64_t modelId, std::size_t n)
    {
        if (modelId != m_model)
            layout(m);
        if (modelId != m_model || m_index.size() + n > kMaxShapes) {
            m_model = modelId;
            m_index.clear();
            m_data.clear();
            m_data32.clear();
        }
    }
    // The index of a shape's matrices.
    std::size_t indexOf(const Tagger::Model& m, std::uint64_t shape)
    {
        auto [it, added] = m_index.try_emplace(shape, m_index.size());
        if (added)
            compute(m, shape);
        return it->second;
    }
    const std::int64_t* data() const { return m_data.data(); }
    const std::int32_t* data32() const { return m_data32.data(); }
    // Where the matrix of a shape's index and a layer starts in data() and in data32().
    std::size_t offset(std::size_t index, std::uint32_t layer) const { return index * m_stride + m_offsets[layer]; }
    std::size_t offset32(std::size_t index, std::uint32_t layer) const
    {
        return index * m_stride32 + m_offsets32[layer];
    }

private:
    static constexpr std::size_t kMaxShapes = 16384;

    void layout(const Tagger::Model& m)
    {
        m_offsets.clear();
        m_offsets32.clear();
        m_stride = m_stride32 = 0;
        for (const auto& l : m.layers) {
            m_offsets.push_back(m_stride);
            m_offsets32.push_back(m_stride32);
            m_stride += std::size_t{l.labelCount()} * l.labelCount();
            m_stride32 += std::size_t{l.labelCount()} * detail::paddedLabels(l.labelCount());
        }
    }
    void compute(const Tagger::Model& m, std::uint64_t shape)
    {
        m_data.resize(m_data.size() + m_stride, 0);
        m_data32.resize(m_data32.size() + m_stride32, 0);
        std::int64_t* out = &m_data[m_data.size() - m_stride];
        std::int32_t* out32 = &m_data32[m_data32.size() - m_stride32];
        for (std::uint32_t li = 0; li < m.layers.size(); ++li) {
            const auto& layer = m.layers[li];
            const std::uint32_t count = layer.labelCount();
            std::int64_t* mat = out + m_offsets[li];
            const auto addRow = [&](std::uint64_t key, std::int64_t* into) {
                if (const auto* slot = m.find(key))
                    m.forEach(*slot, [&](std::uint8_t label, std::int16_t w) {
                        if (label >= layer.firstLabel && label < layer.firstLabel + count)
                            into[label - layer.firstLabel] += w;
                    });
            };
            for (std::uint32_t p = 0; p < count; ++p) {
                addRow(detail::transitionKey(li, p), mat + p * count);
                addRow(detail::transitionShapeKey(li, p, shape), mat + p * count);
            }
            // Two int16 weights per entry at most: int32 holds them.
            const std::uint32_t padded = detail::paddedLabels(count);
            for (std::uint32_t p = 0; p < count; ++p)
                for (std::uint32_t y = 0; y < count; ++y)
                    out32[m_offsets32[li] + p * padded + y] = static_cast<std::int32_t>(mat[p * count + y]);
        }
    }

    std::uint64_t m_model = 0;
    std::size_t m_stride = 0, m_stride32 = 0;
    std::vector<std::size_t> m_offsets, m_offsets32;
    std::unordered_map<std::uint64_t, std::size_t> m_index;
    std::vector<std::int64_t> m_data;
    std::vector<std::int32_t> m_data32;
};

} // namespace

std::vector<Span> Tagger::decode(const detail::FeaturedDoc& doc, bool confidence) const
{
    using namespace detail;
    thread_local Scratch x;
    thread_local TransitionCache transitions;
    const Model& m = *m_model;
    const std::size_t n = doc.tokens.size();
    const std::size_t L = m.denseStride;
    emissionScores(m, doc.features, x.scores);
    x.scores.resize(n * L + kLanes32, 0); // viterbi32 reads a layer's labels padded to kLanes32
    x.confidence.assign(n, 1.0f);
    transitions.prepare(m, m_id, n);
    x.matrixOf.resize(n);
    x.open.resize(n);
    for (std::size_t t = 0; t < n; ++t) {
        x.matrixOf[t] = transitions.indexOf(m, doc.attrs[t].shape);
        x.open[t] = doc.attrs[t].boundary ? 0 : 1;
    }
    std::vector<Span> out;
    for (std::uint32_t li = 0; li < m.layers.size(); ++li) {
        const auto& layer = m.layers[li];
        const std::uint32_t count = layer.labelCount();
        if (confidence) {
            x.emission.resize(n * count);
            for (std::size_t t = 0; t < n; ++t)
                for (std::uint32_t y = 0; y < count; ++y)
                    x.emission[t * count + y] = x.scores[t * L + layer.firstLabel + y];
            const std::int64_t* matrices = transitions.data();
            viterbi<std::int64_t>(
                n, count, [&](std::size_t t) { return &x.emission[t * count]; },
                [&](std::size_t t) { return matrices + transitions.offset(x.matrixOf[t], li); },
                [&](std::size_t t) { return x.open[t] != 0; }, x.labels, &x.margins);
            for (std::size_t t = 0; t < n; ++t)
                x.confidence[t] = 1.0f / (1.0f + std::exp(-std::min(static_cast<float>(x.margins[t]) / m.scale, 50.0f)));
        } else {
            x.offsets.resize(n);
            for (std::size_t t = 0; t < n; ++t)
                x.offsets[t] = transitions.offset32(x.matrixOf[t], li);
            Lattice32 lattice;
            lattice.n = n;
            lattice.count = count;
            lattice.stride = paddedLabels(count);
            lattice.emission = x.scores.data() + layer.firstLabel;
            lattice.emissionStride = L;
            lattice.matrices = transitions.data32();
            lattice.transOffset = x.offsets.data();
            lattice.open = x.open.data();
            viterbi32(lattice, x.labels);
        }
        appendSpans(x.labels, x.confidence, doc.tokens, layer.types, out);
    }
    std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return out;
}

} // namespace letopis::ner
