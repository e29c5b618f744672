#pragma once
// The raw list of places and their names, gathered from the maintained sources and the small
// supplements, before it is turned into match keys.
#include "letopis/gazetteer.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace letopis::gaz::detail {

// What to do with a one-word name that is also a common Russian word ("Того", "Восток").
enum class CommonWord : std::uint8_t {
    Keep,               // multi-word names, abbreviations
    NotAtSentenceStart, // countries, listed cities, Russian regions: kept, not sentence-initial
    Drop,               // time-zone cities and foreign regions: dropped
};

struct NameEntry {
    std::string name;  // a nominative as written: "Россия", "Республика Узбекистан", "РФ"
    std::uint32_t place = 0;
    CommonWord common = CommonWord::Keep;
};

struct AdjectiveEntry {
    std::string adjective; // nominative masculine "французский", or a combining form "англо-"
    std::uint32_t place = 0;
};

struct Catalog {
    std::vector<Place> places;
    std::vector<NameEntry> names;
    std::vector<AdjectiveEntry> adjectives;
    std::unordered_map<std::string, std::uint32_t> countryByIso;   // "RU" → place
    std::unordered_map<std::string, std::uint32_t> regionByCode;   // "RU-SVE" → place
    std::unordered_map<std::string, std::uint32_t> cityByName;     // canonical name → place

    std::uint32_t addPlace(PlaceKind kind, std::string name, std::string country);
    void addName(std::string name, std::uint32_t place, CommonWord common);
};

struct SourcePaths {
    std::string isoJsonDir;   // /usr/share/iso-codes/json
    std::string localeDir;    // /usr/share/locale/ru/LC_MESSAGES
    std::string resourceDir;  // resources/gazetteer
};

// Each adds to the catalogue; the order of calls sets which source wins a shared name.
Status addIsoCountries(Catalog& c, const SourcePaths& paths);
void addIcuCountryNames(Catalog& c);
Status addSupplementCountries(Catalog& c, const SourcePaths& paths);
Status addIsoRegions(Catalog& c, const SourcePaths& paths);
Status addSupplementRegions(Catalog& c, const SourcePaths& paths);
Status addSupplementCities(Catalog& c, const SourcePaths& paths);
Status addIcuCities(Catalog& c);
void addIcuAdjectives(Catalog& c);
void addIcuWorldRegions(Catalog& c);
Status addSupplementAreas(Catalog& c, const SourcePaths& paths);
Status addSupplementAdjectives(Catalog& c, const SourcePaths& paths);

// Lines of a supplement as tab-separated fields; '#' comments and blank lines give empty rows.
Result<std::vector<std::vector<std::string>>> readTsv(const std::string& path);

// "Соединённое" → "Соединенное": canonical names use е, as normalised text does.
std::string foldYo(std::string s);

} // namespace letopis::gaz::detail
