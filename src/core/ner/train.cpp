// Training: a structured averaged perceptron (Collins) over Viterbi decoding, every layer at once.
#include "ner/decode.hpp"
#include "ner/features.hpp"
#include "ner/model.hpp"

#include "letopis/text.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <unordered_map>

namespace fs = std::filesystem;

namespace letopis::ner {
namespace {

using detail::kStaticFeatures;

struct TrainDoc {
    detail::FeaturedDoc doc;
    std::vector<std::int32_t> featureRows; // per token kStaticFeatures rows, -1 for a rare feature
    std::vector<std::uint8_t> gold;        // per token one layer-local label per layer
};

// A weight with the bookkeeping of lazy averaging.
struct Cell {
    std::uint8_t label = 0;
    float weight = 0;
    double total = 0;
    std::int64_t stamp = 0;
};
using Row = std::vector<Cell>;

// Gold BIO labels of one layer: the outermost of overlapping spans of the layer's types.
void goldLabels(const std::vector<Span>& spans, const Tagger::Model::Layer& layer, std::size_t layerIndex,
                std::size_t layerCount, const std::vector<text::Token>& tokens, std::vector<std::uint8_t>& gold)
{
    std::uint32_t keptEnd = 0;
    for (const auto& s : spans) { // sorted by (start, -end)
        const auto it = std::find(layer.types.begin(), layer.types.end(), s.type);
        if (it == layer.types.end() || s.start < keptEnd)
            continue;
        keptEnd = s.end;
        const auto type = static_cast<std::uint8_t>(it - layer.types.begin());
        auto t = std::lower_bound(tokens.begin(), tokens.end(), s.start,
                                  [](const text::Token& tok, std::uint32_t v) { return tok.end <= v; });
        bool first = true;
        for (; t != tokens.end() && t->start < s.end; ++t) {
            gold[static_cast<std::size_t>(t - tokens.begin()) * layerCount + layerIndex] =
                static_cast<std::uint8_t>(first ? 1 + 2 * type : 2 + 2 * type);
            first = false;
        }
    }
}

std::vector<Tagger::Model::Layer> makeLayers(std::vector<std::string> types)
{
    if (types.empty())
        types = defaultTypes();
    std::vector<Tagger::Model::Layer> layers(3);
    for (auto& t : types)
        layers[static_cast<std::size_t>(defaultLayerOf(t))].types.push_back(t);
    std::erase_if(layers, [](const auto& l) { return l.types.empty(); });
    std::uint32_t first = 0;
    for (auto& l : layers) {
        l.firstLabel = first;
        first += l.labelCount();
    }
    return layers;
}

class Trainer final {
public:
    explicit Trainer(std::vector<Tagger::Model::Layer> layers) : m_layers(std::move(layers))
    {
        for (const auto& l : m_layers)
            m_labelCount += l.labelCount();
    }

    Status load(const std::string& dir, TrainReport& report);
    void countFeatures(int minCount);
    std::size_t epoch(std::mt19937& rng);
    // Adds this run's averaged weights to `sum` (one list per row) and clears the weights for the
    // next run of an ensemble.
    void harvest(std::vector<std::vector<std::pair<std::uint8_t, double>>>& sum);
    Tagger::Model finish(const std::vector<std::vector<std::pair<std::uint8_t, double>>>& sum, int runs,
                         double pruneBelow) const;

private:
    std::size_t trainDoc(TrainDoc& d);
    std::size_t trainChunk(TrainDoc& d, std::size_t begin, std::size_t end);
    void update(Row& row, std::uint32_t label, float delta);
    Row* historyRow(std::uint64_t key, bool create);

    std::vector<Tagger::Model::Layer> m_layers;
    std::shared_ptr<const gaz::Gazetteer> m_gazetteer = sharedGazetteer();
    std::uint32_t m_labelCount = 0;
    std::vector<TrainDoc> m_docs;
    std::vector<std::uint64_t> m_keys; // of m_rows
    std::vector<Row> m_rows;
    std::unordered_map<std::uint64_t, std::uint32_t> m_history; // history feature -> row
    std::int64_t m_clock = 0;
};

Status Trainer::load(const std::string& dir, TrainReport& report)
{
    auto listed = nerelAnnotations(dir);
    if (!listed)
        return listed.error();
    const std::vector<fs::path> anns(listed->begin(), listed->end());
    detail::Featurizer featurizer;
    for (const auto& ann : anns) {
        auto txt = fs::path(ann).replace_extension(".txt");
        auto annText = readFile(ann.string());
        auto text = readFile(txt.string());
        if (!annText || !text)
            return (!annText ? annText : text).error();
        TrainDoc d;
        const std::u32string u = text::toU32(*text);
        featurizer.run(u, d.doc, m_gazetteer.get());
        d.gold.assign(d.doc.tokens.size() * m_layers.size(), 0);
        const auto spans = parseBrat(*annText);
        for (std::size_t l = 0; l < m_layers.size(); ++l)
            goldLabels(spans, m_layers[l], l, m_layers.size(), d.doc.tokens, d.gold);
        report.tokens += d.doc.tokens.size();
        m_docs.push_back(std::move(d));
    }
    report.documents = m_docs.size();
    return Ok{};
}

void Trainer::countFeatures(int minCount)
{
    std::unordered_map<std::uint64_t, std::int32_t> counts;
    counts.reserve(1 << 22);
    for (const auto& d : m_docs)
        for (auto h : d.doc.features)
            ++counts[h];
    std::unordered_map<std::uint64_t, std::int32_t> index;
    for (auto& d : m_docs) {
        d.featureRows.resize(d.doc.features.size());
        for (std::size_t i = 0; i < d.doc.features.size(); ++i) {
            const auto h = d.doc.features[i];
            std::int32_t row = -1;
            if (counts[h] >= minCount) {
                auto [it, added] = index.try_emplace(h, static_cast<std::int32_t>(m_rows.size()));
                if (added) {
                    m_rows.emplace_back();
                    m_keys.push_back(h);
                }
                row = it->second;
            }
            d.featureRows[i] = row;
        }
        // The hashes are no longer needed; the rows are.
        d.doc.features.clear();
        d.doc.features.shrink_to_fit();
    }
}

void Trainer::update(Row& row, std::uint32_t label, float delta)
{
    auto it = std::find_if(row.begin(), row.end(), [&](const Cell& c) { return c.label == label; });
    if (it == row.end()) {
        row.push_back(Cell{static_cast<std::uint8_t>(label), 0, 0, m_clock});
        it = row.end() - 1;
    }
    it->total += static_cast<double>(m_clock - it->stamp) * it->weight;
    it->stamp = m_clock;
    it->weight += delta;
}

Row* Trainer::historyRow(std::uint64_t key, bool create)
{
    if (auto it = m_history.find(key); it != m_history.end())
        return &m_rows[it->second];
    if (!create)
        return nullptr;
    m_history.emplace(key, static_cast<std::uint32_t>(m_rows.size()));
    m_rows.emplace_back();
    m_keys.push_back(key);
    return &m_rows.back();
}

// Adds the weights of a row to the scores of one layer (labels outside the layer are skipped).
void addRow(const Row* row, std::uint32_t first, std::uint32_t count, float* into)
{
    if (row)
        for (const auto& c : *row)
            if (c.label >= first && c.label < first + count)
                into[c.label - first] += c.weight;
}

// Trains on the tokens [begin, end) of a document, which start after an O in every layer: Viterbi
// decoding per layer, then the perceptron update of the static and transition features where the
// decoded labels differ from the gold ones.
std::size_t Trainer::trainChunk(TrainDoc& d, std::size_t begin, std::size_t end)
{
    const std::size_t n = end - begin;
    const std::size_t layers = m_layers.size();
    std::vector<float> scores(n * m_labelCount, 0.0f);
    for (std::size_t t = 0; t < n; ++t) {
        const std::int32_t* rows = &d.featureRows[(begin + t) * kStaticFeatures];
        float* s = &scores[t * m_labelCount];
        for (std::size_t k = 0; k < kStaticFeatures; ++k)
            if (rows[k] >= 0)
                for (const auto& c : m_rows[static_cast<std::size_t>(rows[k])])
                    s[c.label] += c.weight;
    }
    std::size_t errors = 0;
    std::vector<float> emission, trans;
    std::vector<std::uint32_t> labels;
    for (std::size_t l = 0; l < layers; ++l) {
        const auto& layer = m_layers[l];
        const std::uint32_t count = layer.labelCount();
        const auto li = static_cast<std::uint32_t>(l);
        emission.resize(n * count);
        trans.assign(n * count * count, 0.0f);
        for (std::size_t t = 0; t < n; ++t) {
            std::copy_n(&scores[t * m_labelCount + layer.firstLabel], count, &emission[t * count]);
            const std::uint64_t shape = d.doc.attrs[begin + t].shape;
            for (std::uint32_t p = 0; p < count; ++p) {
                float* into = &trans[(t * count + p) * count];
                addRow(historyRow(detail::transitionKey(li, p), false), layer.firstLabel, count, into);
                addRow(historyRow(detail::transitionShapeKey(li, p, shape), false), layer.firstLabel, count, into);
            }
        }
        detail::viterbi<float>(
            n, count, [&](std::size_t t) { return &emission[t * count]; },
            [&](std::size_t t) { return &trans[t * count * count]; },
            [&](std::size_t t) { return !d.doc.attrs[begin + t].boundary; }, labels);
        std::uint32_t goldPrev = 0, predPrev = 0;
        for (std::size_t t = 0; t < n; ++t) {
            const std::uint32_t gold = d.gold[(begin + t) * layers + l];
            const std::uint32_t pred = labels[t];
            if (pred != gold) {
                ++errors;
                const std::int32_t* rows = &d.featureRows[(begin + t) * kStaticFeatures];
                for (std::size_t k = 0; k < kStaticFeatures; ++k)
                    if (rows[k] >= 0) {
                        update(m_rows[static_cast<std::size_t>(rows[k])], layer.firstLabel + gold, 1.0f);
                        update(m_rows[static_cast<std::size_t>(rows[k])], layer.firstLabel + pred, -1.0f);
                    }
            }
            if (pred != gold || predPrev != goldPrev) {
                const std::uint64_t shape = d.doc.attrs[begin + t].shape;
                update(*historyRow(detail::transitionKey(li, goldPrev), true), layer.firstLabel + gold, 1.0f);
                update(*historyRow(detail::transitionKey(li, predPrev), true), layer.firstLabel + pred, -1.0f);
                update(*historyRow(detail::transitionShapeKey(li, goldPrev, shape), true), layer.firstLabel + gold, 1.0f);
                update(*historyRow(detail::transitionShapeKey(li, predPrev, shape), true), layer.firstLabel + pred, -1.0f);
            }
            goldPrev = gold;
            predPrev = pred;
        }
    }
    ++m_clock;
    return errors;
}

// Sentences are the training sequences: a new one starts at a sentence start after a token that
// is O in every gold layer, so no entity is cut.
std::size_t Trainer::trainDoc(TrainDoc& d)
{
    const std::size_t n = d.doc.tokens.size();
    const std::size_t layers = m_layers.size();
    const auto outside = [&](std::size_t t) {
        for (std::size_t l = 0; l < layers; ++l)
            if (d.gold[t * layers + l] != 0)
                return false;
        return true;
    };
    std::size_t errors = 0, begin = 0;
    for (std::size_t t = 1; t <= n; ++t)
        if (t == n || ((d.doc.attrs[t].flags & detail::kSentStart) && outside(t - 1))) {
            errors += trainChunk(d, begin, t);
            begin = t;
        }
    return errors;
}

std::size_t Trainer::epoch(std::mt19937& rng)
{
    std::vector<std::size_t> order(m_docs.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // Fisher-Yates with our own draws: std::shuffle's sequence differs between standard libraries.
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[rng() % i]);
    std::size_t errors = 0;
    for (auto i : order)
        errors += trainDoc(m_docs[i]);
    return errors;
}

void Trainer::harvest(std::vector<std::vector<std::pair<std::uint8_t, double>>>& sum)
{
    sum.resize(m_rows.size());
    const double clock = static_cast<double>(std::max<std::int64_t>(m_clock, 1));
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        for (const auto& c : m_rows[r]) {
            const double avg = (c.total + static_cast<double>(m_clock - c.stamp) * c.weight) / clock;
            auto it = std::find_if(sum[r].begin(), sum[r].end(), [&](const auto& p) { return p.first == c.label; });
            if (it == sum[r].end())
                sum[r].emplace_back(c.label, avg);
            else
                it->second += avg;
        }
        m_rows[r].clear();
    }
    m_clock = 0;
}

Tagger::Model Trainer::finish(const std::vector<std::vector<std::pair<std::uint8_t, double>>>& sum, int runs,
                              double pruneBelow) const
{
    Tagger::Model m;
    m.layers = m_layers;
    m.labelCount = m_labelCount;
    m.gazetteerFeatures = m_gazetteer != nullptr;
    double maxAbs = 1e-9;
    std::vector<std::vector<std::pair<std::uint8_t, double>>> averaged(m_rows.size());
    for (std::size_t r = 0; r < sum.size(); ++r)
        for (const auto& [label, total] : sum[r]) {
            const double avg = total / runs;
            if (std::abs(avg) < pruneBelow)
                continue;
            averaged[r].emplace_back(label, avg);
            maxAbs = std::max(maxAbs, std::abs(avg));
        }
    m.scale = static_cast<float>(32767.0 / maxAbs);
    std::vector<Tagger::Model::Row> rows;
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        Tagger::Model::Row row{m_keys[r], {}};
        for (auto [label, avg] : averaged[r]) {
            const auto q = static_cast<std::int16_t>(std::lround(avg * m.scale));
            if (q != 0)
                row.cells.push_back({label, q});
        }
        if (!row.cells.empty())
            rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    m.build(rows);
    return m;
}

} // namespace

Result<TrainReport> train(const TrainParams& params)
{
    const auto started = std::chrono::steady_clock::now();
    if (params.epochs < 1 || params.epochs > 100)
        return makeError(ErrorCode::InvalidArgument, "epochs must be between 1 and 100");
    if (params.ensemble < 1 || params.ensemble > 16)
        return makeError(ErrorCode::InvalidArgument, "ensemble must be between 1 and 16");
    for (const auto& t : params.types)
        if (t.empty() || t.size() > 64)
            return makeError(ErrorCode::InvalidArgument, "bad entity type name '" + t + "'");
    Trainer trainer(makeLayers(params.types));
    TrainReport report;
    if (auto st = trainer.load(params.nerelDir, report); !st)
        return st.error();
    trainer.countFeatures(params.minFeatureCount);
    std::mt19937 rng(params.seed);
    std::vector<std::vector<std::pair<std::uint8_t, double>>> sum;
    for (int run = 0; run < params.ensemble; ++run) {
        for (int e = 0; e < params.epochs; ++e) {
            const auto errors = trainer.epoch(rng);
            if (params.verbose)
                std::cerr << "run " << (run + 1) << ", epoch " << (e + 1) << ": " << errors << " label errors\n";
        }
        trainer.harvest(sum);
    }
    const auto model = trainer.finish(sum, params.ensemble, params.pruneBelow);
    const std::string bytes = model.serialize();
    std::ofstream out(params.outPath, std::ios::binary | std::ios::trunc);
    if (!out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush())
        return makeError(ErrorCode::Io, "cannot write the model to " + params.outPath);
    report.features = model.featureCount;
    report.modelBytes = bytes.size();
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace letopis::ner
