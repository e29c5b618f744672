#pragma once
// The tagger's model: layers of entity types and one sparse weight table shared by all layers.
// Each label (O, B-type, I-type of every layer) has a global index; a feature's row lists the
// labels it has a weight for. One lookup per feature thus scores every layer at once.
#include "letopis/ner.hpp"
#include "letopis/result.hpp"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace letopis::gaz {
class Gazetteer;
}

namespace letopis::ner {

// Allocates large arrays on transparent huge pages where the system allows it (madvise): the
// weight table is read at random, and with 4 KiB pages nearly every lookup also misses the TLB.
template <class T>
struct HugePageAllocator {
    using value_type = T;
    HugePageAllocator() = default;
    template <class U>
    HugePageAllocator(const HugePageAllocator<U>&) noexcept {}
    T* allocate(std::size_t n);
    void deallocate(T* p, std::size_t) noexcept { std::free(p); }
    template <class U>
    bool operator==(const HugePageAllocator<U>&) const noexcept { return true; }
};

void* allocateHuge(std::size_t bytes); // never null: throws std::bad_alloc like operator new

template <class T>
T* HugePageAllocator<T>::allocate(std::size_t n)
{
    return static_cast<T*>(allocateHuge(n * sizeof(T)));
}

struct Tagger::Model {
    struct Layer {
        std::vector<std::string> types;
        std::uint32_t firstLabel = 0; // global index of this layer's O label
        std::uint32_t labelCount() const { return 1 + 2 * static_cast<std::uint32_t>(types.size()); }
    };
    struct Cell {
        std::uint8_t label;
        std::int16_t weight;
    };
    // One 16-byte slot per feature. Most rows hold one or two weights: those live in the slot
    // itself, so a lookup costs one cache miss instead of two (tagging time is mostly misses).
    static constexpr std::uint32_t kInline = 2;
    struct Slot {
        std::uint64_t key = 0;       // 0: empty
        std::uint32_t payload = 0;   // count > kInline: the long row's index; else two int16 weights
        std::uint8_t count = 0;
        std::uint8_t labels[kInline] = {}; // count <= kInline: the labels of the inline weights
                                           // (an absent second weight is 0 for label 0)
        std::uint8_t unused = 0;
    };
    static_assert(sizeof(Slot) == 16);

    std::vector<Layer> layers;
    std::uint32_t labelCount = 0;
    float scale = 1.0f; // quantised weight = round(weight * scale)
    std::vector<Slot, HugePageAllocator<Slot>> slots; // open addressing, size a power of two
    // Rows longer than kInline twice: as written (cells, in the file's order, from rowCells[i])
    // and dense for tagging (denseStride weights per row, one per label, 0 where absent; a
    // whole row is one or two cache lines and adds up without branches).
    std::vector<Cell> cells;
    std::vector<std::uint32_t> rowCells;
    std::vector<std::int16_t, HugePageAllocator<std::int16_t>> dense;
    std::uint32_t denseStride = 0;
    std::size_t featureCount = 0;
    // Trained with gazetteer features: tagging then needs the gazetteer (without it those
    // features are simply absent and accuracy drops a little).
    bool gazetteerFeatures = false;
    std::shared_ptr<const gaz::Gazetteer> gazetteer;

    std::size_t home(std::uint64_t key) const { return (key ^ (key >> 29)) & (slots.size() - 1); }

    // The row of a feature, or nullptr.
    const Slot* find(std::uint64_t key) const { return slots.empty() ? nullptr : findFrom(key, home(key)); }
    // The same when home(key) is known (the table is not empty).
    const Slot* findFrom(std::uint64_t key, std::size_t home) const
    {
        const std::size_t mask = slots.size() - 1;
        for (std::size_t i = home;; i = (i + 1) & mask) {
            const Slot& s = slots[i];
            if (s.key == key)
                return &s;
            if (s.key == 0)
                return nullptr;
        }
    }

    // Calls f(label, weight) for each weight of a row, in the row's order.
    template <class F>
    void forEach(const Slot& s, F f) const
    {
        if (s.count <= kInline) {
            std::int16_t w[kInline];
            std::memcpy(w, &s.payload, sizeof w);
            for (std::uint32_t c = 0; c < s.count; ++c)
                f(s.labels[c], w[c]);
            return;
        }
        const Cell* row = &cells[rowCells[s.payload]];
        for (std::uint32_t c = 0; c < s.count; ++c)
            f(row[c].label, row[c].weight);
    }

    // Adds a row's weights to scores (denseStride of them, labelCount used); the same sums as
    // forEach. Blocks of 32 labels with a fixed count, so the compiler vectorises the adds.
    void addTo(const Slot& s, std::int32_t* scores) const
    {
        if (s.count <= kInline) {
            std::int16_t w[kInline];
            std::memcpy(w, &s.payload, sizeof w);
            scores[s.labels[0]] += w[0];
            scores[s.labels[1]] += w[1];
            return;
        }
        // Eight weights at a time with the compiler's vector types (SSE2 on x86-64; GCC and Clang).
        using I16x8 = std::int16_t __attribute__((vector_size(16)));
        using I32x8 = std::int32_t __attribute__((vector_size(32)));
        const std::int16_t* row = denseRow(s);
        for (std::uint32_t l = 0; l < denseStride; l += 8) {
            I16x8 w;
            I32x8 sum;
            std::memcpy(&w, row + l, sizeof w);
            std::memcpy(&sum, scores + l, sizeof sum);
            sum += __builtin_convertvector(w, I32x8);
            std::memcpy(scores + l, &sum, sizeof sum);
        }
    }
    static constexpr std::uint32_t kDenseBlock = 32;

    // A long row's dense weights (to prefetch them); nullptr for inline rows.
    const std::int16_t* denseRow(const Slot& s) const
    {
        return s.count > kInline ? &dense[std::size_t{s.payload} * denseStride] : nullptr;
    }

    // Builds the hash table from rows sorted by key (keys unique, nonzero).
    struct Row {
        std::uint64_t key;
        std::vector<Cell> cells;
    };
    void build(const std::vector<Row>& rows);

    std::string serialize() const;
    static Result<Model> deserialize(std::string_view bytes, const std::string& path);
};

// Which layer a NEREL type goes to by default. Types of one layer never overlap in the output;
// nested entities of different layers do (an ORGANIZATION containing a COUNTRY).
int defaultLayerOf(std::string_view type);
// The system gazetteer, loaded once per process and shared; null when it cannot be loaded.
std::shared_ptr<const gaz::Gazetteer> sharedGazetteer();
std::vector<std::string> defaultTypes();

} // namespace letopis::ner
