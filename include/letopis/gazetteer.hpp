#pragma once
// Place names from maintained sources: ISO 3166-1 countries and ISO 3166-2 regions in Russian
// (Debian's iso-codes with its Russian translations), cities from ICU's time-zone exemplar
// cities in Russian (each carries its country). Matching is by stems, so inflected forms match.
#include "letopis/result.hpp"
#include "letopis/text.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace letopis::gaz {

// Area: a part of the world that is no country, city or region of one: a continent or world
// region ("Европа", "Латинская Америка"), a landmass, sea or river, a heavenly body ("Луна").
enum class PlaceKind : std::uint8_t { Country, City, Region, Area };

struct Place {
    PlaceKind kind = PlaceKind::Country;
    std::string name;    // canonical Russian nominative: "Россия", "Буэнос-Айрес", "Свердловская область"
    std::string country; // ISO 3166-1 alpha-2: "RU", "AR"; empty for an area
};

struct Match {
    std::uint32_t start = 0; // code points into the text given to find()
    std::uint32_t end = 0;
    std::uint32_t place = 0; // index for place()
    bool adjective = false;  // "российских", "китайский": a country adjective, not the name
};

class Gazetteer final {
public:
    // Loads from the system (iso-codes JSON and .mo translations, ICU data). Fails with a message
    // naming what is missing.
    static Result<std::unique_ptr<Gazetteer>> load();
    ~Gazetteer();

    const Place& place(std::uint32_t index) const;
    std::size_t size() const;

    // Every place name in text, longest match first, non-overlapping. Names must be capitalised
    // as names are (abbreviations like "РФ", "США", "КНР" in capitals); adjectives may be
    // lower-case; "российско-китайский" gives two adjective matches (RU and CN) over the same
    // span; "Южно-Китайского" gives none. Thread-safe.
    std::vector<Match> find(std::u32string_view text) const;
    // The same over text::tokens(text) already computed (saves tokenising the text again).
    std::vector<Match> find(std::u32string_view text, const std::vector<text::Token>& tokens) const;

    // A country's ISO code from a name in any case or a short form ("России", "РФ", "КНР").
    std::optional<std::string> countryCode(std::string_view name) const;
    // The Russian short name of a country ("RU" → "Россия").
    std::string countryName(std::string_view iso2) const;

    struct Data;
private:
    explicit Gazetteer(std::unique_ptr<Data> d);
    std::unique_ptr<Data> m_data;
};

} // namespace letopis::gaz
