#include "ner/model.hpp"

#include <sys/mman.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <new>

namespace letopis::ner {
namespace {

// File layout (little-endian): magic, version, option flags, layers (type names), scale, feature
// rows sorted by key (key, cell count, cells), then an XXH64 checksum of everything before it.
// Version 2: Viterbi transition features, gazetteer and quote features, the flags word.
constexpr char kMagic[8] = {'L', 'E', 'T', 'O', 'P', 'N', 'E', 'R'};
constexpr std::uint32_t kVersion = 2;
constexpr std::uint32_t kGazetteerFlag = 1;

template <class T>
void put(std::string& out, T v)
{
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    out.append(b, sizeof(T));
}

class Reader final {
public:
    explicit Reader(std::string_view b) : m_b(b) {}
    template <class T>
    bool get(T& v)
    {
        if (m_b.size() - m_pos < sizeof(T))
            return false;
        std::memcpy(&v, m_b.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return true;
    }
    bool bytes(std::size_t n, std::string& out)
    {
        if (m_b.size() - m_pos < n)
            return false;
        out.assign(m_b.data() + m_pos, n);
        m_pos += n;
        return true;
    }
    bool atEnd() const { return m_pos == m_b.size(); }

private:
    std::string_view m_b;
    std::size_t m_pos = 0;
};

Error corrupt(const std::string& path, const std::string& what)
{
    return makeError(ErrorCode::InvalidArgument,
                     "NER model " + path + " is damaged: " + what + "; retrain it with `letopis-cli train-ner`");
}

} // namespace

void* allocateHuge(std::size_t bytes)
{
    constexpr std::size_t kHuge = 2u << 20;
    if (bytes < kHuge) {
        if (void* p = std::malloc(bytes ? bytes : 1))
            return p;
        throw std::bad_alloc();
    }
    const std::size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
    void* p = std::aligned_alloc(kHuge, rounded);
    if (!p)
        throw std::bad_alloc();
    ::madvise(p, rounded, MADV_HUGEPAGE); // a hint: without huge pages it is only slower
    return p;
}

int defaultLayerOf(std::string_view type)
{
    // Inner names and values, then the outer names that contain them, then professions, which
    // contain organisations ("глава Минпромторга").
    static constexpr std::string_view kOuter[] = {"ORGANIZATION", "EVENT", "LOCATION", "FACILITY", "LAW",
                                                  "AWARD", "WORK_OF_ART", "PRODUCT", "CRIME", "DISEASE",
                                                  "PENALTY"};
    if (type == "PROFESSION")
        return 2;
    for (auto t : kOuter)
        if (t == type)
            return 1;
    return 0;
}

std::vector<std::string> defaultTypes()
{
    return {"PERSON", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "DATE", "DISTRICT",
            "ORGANIZATION", "EVENT", "LOCATION", "FACILITY", "PROFESSION"};
}

void Tagger::Model::build(const std::vector<Row>& rows)
{
    // A load factor of at most 2/3: short probes, and a table half the size of a 1/2 one, which
    // matters because tagging time is mostly cache misses in this table.
    std::size_t size = 16;
    while (size * 2 < rows.size() * 3)
        size *= 2;
    slots.assign(size, Slot{});
    cells.clear();
    rowCells.clear();
    denseStride = (labelCount + kDenseBlock - 1) / kDenseBlock * kDenseBlock; // whole cache lines of int16
    std::size_t longRows = 0;
    for (const auto& r : rows)
        longRows += r.cells.size() > kInline ? 1 : 0;
    dense.assign(longRows * denseStride, 0);
    const std::size_t mask = size - 1;
    for (const auto& r : rows) {
        std::size_t i = (r.key ^ (r.key >> 29)) & mask;
        while (slots[i].key != 0)
            i = (i + 1) & mask;
        Slot& s = slots[i];
        s.key = r.key;
        s.count = static_cast<std::uint8_t>(r.cells.size());
        if (r.cells.size() <= kInline) {
            std::int16_t w[kInline] = {};
            for (std::size_t c = 0; c < r.cells.size(); ++c) {
                s.labels[c] = r.cells[c].label;
                w[c] = r.cells[c].weight;
            }
            std::memcpy(&s.payload, w, sizeof w);
        } else {
            s.payload = static_cast<std::uint32_t>(rowCells.size());
            std::int16_t* d = &dense[rowCells.size() * denseStride];
            for (const Cell& c : r.cells)
                d[c.label] = c.weight; // labels within a row are distinct
            rowCells.push_back(static_cast<std::uint32_t>(cells.size()));
            cells.insert(cells.end(), r.cells.begin(), r.cells.end());
        }
    }
    featureCount = rows.size();
}

std::string Tagger::Model::serialize() const
{
    std::string out(kMagic, sizeof kMagic);
    put(out, kVersion);
    put(out, gazetteerFeatures ? kGazetteerFlag : 0u);
    put(out, static_cast<std::uint32_t>(layers.size()));
    for (const auto& l : layers) {
        put(out, static_cast<std::uint32_t>(l.types.size()));
        for (const auto& t : l.types) {
            put(out, static_cast<std::uint16_t>(t.size()));
            out += t;
        }
    }
    put(out, scale);
    std::vector<const Slot*> used;
    for (const auto& s : slots)
        if (s.key)
            used.push_back(&s);
    std::sort(used.begin(), used.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
    put(out, static_cast<std::uint32_t>(used.size()));
    for (const Slot* s : used) {
        put(out, s->key);
        put(out, static_cast<std::uint8_t>(s->count));
        forEach(*s, [&](std::uint8_t label, std::int16_t weight) {
            put(out, label);
            put(out, weight);
        });
    }
    put(out, static_cast<std::uint64_t>(XXH64(out.data(), out.size(), 0)));
    return out;
}

Result<Tagger::Model> Tagger::Model::deserialize(std::string_view bytes, const std::string& path)
{
    if (bytes.empty() || std::memcmp(bytes.data(), kMagic, std::min(bytes.size(), sizeof kMagic)) != 0)
        return makeError(ErrorCode::InvalidArgument,
                         "NER model " + path + " is not a Letopis NER model (wrong magic bytes)");
    if (bytes.size() < sizeof kMagic + 4 + 8)
        return corrupt(path, "the file is truncated");
    std::uint32_t version = 0;
    std::memcpy(&version, bytes.data() + sizeof kMagic, 4);
    if (version != kVersion)
        return makeError(ErrorCode::InvalidArgument, "NER model " + path + " has format version " +
                                                         std::to_string(version) + ", this Letopis reads version " +
                                                         std::to_string(kVersion) + "; retrain it");
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
    const std::string_view body = bytes.substr(0, bytes.size() - 8);
    if (XXH64(body.data(), body.size(), 0) != stored)
        return corrupt(path, "the checksum does not match (truncated or modified file)");
    Reader r(body.substr(sizeof kMagic + 4));
    Model m;
    std::uint32_t flags = 0;
    if (!r.get(flags) || (flags & ~kGazetteerFlag) != 0)
        return corrupt(path, "unknown option flags");
    m.gazetteerFeatures = (flags & kGazetteerFlag) != 0;
    std::uint32_t nLayers = 0;
    if (!r.get(nLayers) || nLayers == 0 || nLayers > 16)
        return corrupt(path, "bad layer count");
    for (std::uint32_t l = 0; l < nLayers; ++l) {
        Layer layer;
        std::uint32_t nTypes = 0;
        if (!r.get(nTypes) || nTypes == 0 || nTypes > 64)
            return corrupt(path, "bad type count");
        for (std::uint32_t t = 0; t < nTypes; ++t) {
            std::uint16_t len = 0;
            std::string name;
            if (!r.get(len) || !r.bytes(len, name))
                return corrupt(path, "a type name is cut off");
            layer.types.push_back(std::move(name));
        }
        layer.firstLabel = m.labelCount;
        m.labelCount += layer.labelCount();
        m.layers.push_back(std::move(layer));
    }
    if (m.labelCount > 255)
        return corrupt(path, "too many labels");
    std::uint32_t nRows = 0;
    if (!r.get(m.scale) || !(m.scale > 0) || !r.get(nRows))
        return corrupt(path, "bad header");
    std::vector<Row> rows(nRows);
    for (auto& row : rows) {
        std::uint8_t count = 0;
        if (!r.get(row.key) || row.key == 0 || !r.get(count))
            return corrupt(path, "a feature row is cut off");
        row.cells.resize(count);
        for (auto& c : row.cells)
            if (!r.get(c.label) || !r.get(c.weight) || c.label >= m.labelCount)
                return corrupt(path, "a weight is cut off or names an unknown label");
    }
    if (!r.atEnd())
        return corrupt(path, "unexpected bytes after the weights");
    m.build(rows);
    return m;
}

} // namespace letopis::ner
