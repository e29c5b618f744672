#include "name_index.hpp"

#include "letopis/paths.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace letopis::gaz {
namespace {

constexpr const char* kIsoJsonDir = "/usr/share/iso-codes/json";
constexpr const char* kLocaleDir = "/usr/share/locale/ru/LC_MESSAGES";
constexpr const char* kDictionary = "/usr/share/hunspell/ru_RU.dic";

std::string supplementsDir() { return resourceDir() + "/gazetteer"; }

// Which of the candidate one-word names hunspell-ru lists as lower-case words ("того",
// "восток", "чад"). Without the dictionary no name counts as common: matching gets looser,
// not broken.
std::unordered_set<std::string> dictionaryWords(const std::unordered_set<std::string>& candidates)
{
    std::unordered_set<std::string> found;
    std::ifstream in(kDictionary);
    std::string line;
    while (std::getline(in, line)) {
        const auto slash = line.find('/');
        if (slash != std::string::npos)
            line.resize(slash);
        if (candidates.count(line) || (line.find("ё") != std::string::npos && candidates.count(detail::foldYo(line))))
            found.insert(detail::foldYo(line));
    }
    return found;
}

Result<detail::Catalog> gather()
{
    const detail::SourcePaths paths{kIsoJsonDir, kLocaleDir, supplementsDir()};
    detail::Catalog c;
    if (auto s = detail::addIsoCountries(c, paths); !s) // first: everything else refers to countries
        return s.error();
    detail::addIcuCountryNames(c);
    using Step = Status (*)(detail::Catalog&, const detail::SourcePaths&);
    for (Step step : {Step(&detail::addSupplementCountries), Step(&detail::addSupplementCities),
                      Step(&detail::addIsoRegions), Step(&detail::addSupplementRegions)})
        if (auto s = step(c, paths); !s)
            return s.error();
    if (auto s = detail::addIcuCities(c); !s)
        return s.error();
    detail::addIcuAdjectives(c);
    if (auto s = detail::addSupplementAdjectives(c, paths); !s)
        return s.error();
    // Last: a name a country, city or region already has keeps that meaning.
    detail::addIcuWorldRegions(c);
    if (auto s = detail::addSupplementAreas(c, paths); !s)
        return s.error();
    return c;
}

} // namespace

Gazetteer::Gazetteer(std::unique_ptr<Data> d) : m_data(std::move(d)) {}
Gazetteer::~Gazetteer() = default;

Result<std::unique_ptr<Gazetteer>> Gazetteer::load()
{
    auto catalog = gather();
    if (!catalog)
        return catalog.error();
    const auto common = dictionaryWords(detail::commonWordCandidates(*catalog));
    return std::unique_ptr<Gazetteer>(new Gazetteer(detail::buildIndex(std::move(*catalog), common)));
}

const Place& Gazetteer::place(std::uint32_t index) const
{
    static const Place kNoPlace{};
    return index < m_data->places.size() ? m_data->places[index] : kNoPlace;
}

std::size_t Gazetteer::size() const
{
    return m_data->places.size();
}

std::string Gazetteer::countryName(std::string_view iso2) const
{
    std::string code(iso2);
    for (char& ch : code)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    const auto it = m_data->countryByIso.find(code);
    return it == m_data->countryByIso.end() ? std::string() : m_data->places[it->second].name;
}

} // namespace letopis::gaz
