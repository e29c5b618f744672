#pragma once
// The tagger's model: layers of entity types and one sparse weight table shared by all layers.
// Each label (O, B-type, I-type of every layer) has a global index; a feature's row lists the
// labels it has a weight for. One lookup per feature thus scores every layer at once.
#include "letopis/ner.hpp"
#include "letopis/result.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace letopis::gaz {
class Gazetteer;
}

namespace letopis::ner {

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
    struct Slot {
        std::uint64_t key = 0; // 0: empty
        std::uint32_t offset = 0;
        std::uint32_t count = 0;
    };

    std::vector<Layer> layers;
    std::uint32_t labelCount = 0;
    float scale = 1.0f; // quantised weight = round(weight * scale)
    std::vector<Slot> slots; // open addressing, size a power of two
    std::vector<Cell> cells;
    std::size_t featureCount = 0;
    // Trained with gazetteer features: tagging then needs the gazetteer (without it those
    // features are simply absent and accuracy drops a little).
    bool gazetteerFeatures = false;
    std::shared_ptr<const gaz::Gazetteer> gazetteer;

    std::size_t home(std::uint64_t key) const { return (key ^ (key >> 29)) & (slots.size() - 1); }

    // The row of a feature, or nullptr.
    const Slot* find(std::uint64_t key) const
    {
        if (slots.empty())
            return nullptr;
        const std::size_t mask = slots.size() - 1;
        for (std::size_t i = home(key);; i = (i + 1) & mask) {
            const Slot& s = slots[i];
            if (s.key == key)
                return &s;
            if (s.key == 0)
                return nullptr;
        }
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
