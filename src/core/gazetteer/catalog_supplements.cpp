// The small hand-kept supplements in resources/gazetteer/ (each file says why it exists).
#include "catalog.hpp"

#include <algorithm>
#include <fstream>

namespace letopis::gaz::detail {
namespace {

std::vector<std::string> splitTabs(const std::string& line)
{
    std::vector<std::string> out;
    std::size_t from = 0;
    while (true) {
        const auto tab = line.find('\t', from);
        out.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
        if (tab == std::string::npos)
            return out;
        from = tab + 1;
    }
}

Error badLine(const std::string& path, std::size_t line, const std::string& why)
{
    return makeError(ErrorCode::InvalidArgument, path + ":" + std::to_string(line) + ": " + why);
}

} // namespace

std::string foldYo(std::string s)
{
    for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"ё", "е"}, {"Ё", "Е"}})
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at))
            s.replace(at, from.size(), to);
    return s;
}

std::uint32_t Catalog::addPlace(PlaceKind kind, std::string name, std::string country)
{
    const auto index = static_cast<std::uint32_t>(places.size());
    if (kind == PlaceKind::City)
        cityByName.emplace(name, index);
    places.push_back(Place{kind, std::move(name), std::move(country)});
    return index;
}

void Catalog::addName(std::string name, std::uint32_t place, CommonWord common)
{
    if (!name.empty())
        names.push_back(NameEntry{foldYo(std::move(name)), place, common});
}

Result<std::vector<std::vector<std::string>>> readTsv(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return makeError(ErrorCode::Io, "cannot open the gazetteer supplement " + path
                                            + " (set LETOPIS_RESOURCE_DIR to the resources folder)");
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        // Comments and blank lines stay as empty rows, so a row's index + 1 is its line number.
        rows.push_back(line.empty() || line.front() == '#' ? std::vector<std::string>() : splitTabs(line));
    }
    return rows;
}

// Calls row(fields, line number) for each non-empty row of a supplement file; stops at the
// first error, which names the file and line.
template <class Fn>
Status forEachRow(const std::string& path, Fn row)
{
    auto rows = readTsv(path);
    if (!rows)
        return rows.error();
    for (std::size_t i = 0; i < rows->size(); ++i) {
        if ((*rows)[i].empty())
            continue;
        if (auto st = row((*rows)[i], i + 1); !st)
            return st;
    }
    return Ok{};
}

Status addSupplementCountries(Catalog& c, const SourcePaths& paths)
{
    const std::string path = paths.resourceDir + "/countries_ru.tsv";
    return forEachRow(path, [&](const std::vector<std::string>& r, std::size_t line) -> Status {
        const auto country = r.size() >= 2 ? c.countryByIso.find(r[1]) : c.countryByIso.end();
        if (country == c.countryByIso.end())
            return badLine(path, line, "expected a name, a tab and a known ISO 3166-1 code");
        if (r.size() >= 3 && r[2] == "canonical")
            c.places[country->second].name = foldYo(r[0]);
        c.addName(r[0], country->second, CommonWord::NotAtSentenceStart);
        return Ok{};
    });
}

Status addSupplementRegions(Catalog& c, const SourcePaths& paths)
{
    const std::string path = paths.resourceDir + "/regions_ru.tsv";
    return forEachRow(path, [&](const std::vector<std::string>& r, std::size_t line) -> Status {
        const auto region = r.size() >= 2 ? c.regionByCode.find(r[1]) : c.regionByCode.end();
        if (region == c.regionByCode.end())
            return badLine(path, line, "expected a name, a tab and an ISO 3166-2 code iso-codes knows");
        c.addName(r[0], region->second, CommonWord::NotAtSentenceStart);
        return Ok{};
    });
}

Status addSupplementCities(Catalog& c, const SourcePaths& paths)
{
    const std::string path = paths.resourceDir + "/cities_ru.tsv";
    return forEachRow(path, [&](const std::vector<std::string>& r, std::size_t line) -> Status {
        if (r.size() < 2 || !c.countryByIso.count(r[1]))
            return badLine(path, line, "expected a name, a tab and a known ISO 3166-1 code");
        const std::string name = foldYo(r[0]);
        const auto known = c.cityByName.find(name);
        const std::uint32_t place = known != c.cityByName.end() ? known->second
                                                                : c.addPlace(PlaceKind::City, name, r[1]);
        c.addName(name, place, CommonWord::NotAtSentenceStart);
        return Ok{};
    });
}

Status addSupplementAreas(Catalog& c, const SourcePaths& paths)
{
    const std::string path = paths.resourceDir + "/areas_ru.tsv";
    std::unordered_map<std::string, std::uint32_t> byName;
    return forEachRow(path, [&](const std::vector<std::string>& r, std::size_t line) -> Status {
        if (r.empty() || r[0].empty() || r.size() > 2)
            return badLine(path, line, "expected a name, optionally a tab and the canonical name it is a form of");
        const std::string canonical = foldYo(r.size() == 2 ? r[1] : r[0]);
        auto [it, fresh] = byName.try_emplace(canonical, 0);
        if (fresh)
            it->second = c.addPlace(PlaceKind::Area, canonical, {});
        c.addName(foldYo(r[0]), it->second, CommonWord::NotAtSentenceStart);
        return Ok{};
    });
}

Status addSupplementAdjectives(Catalog& c, const SourcePaths& paths)
{
    const std::string path = paths.resourceDir + "/country_adjectives_ru.tsv";
    return forEachRow(path, [&](const std::vector<std::string>& r, std::size_t line) -> Status {
        if (r.size() < 2 || r[0].empty())
            return badLine(path, line, "expected an adjective, a tab and an ISO 3166-1 code or '-'");
        // A listed adjective replaces what ICU's language names gave for it.
        const std::string adjective = foldYo(r[0]);
        std::erase_if(c.adjectives, [&](const AdjectiveEntry& a) { return a.adjective == adjective; });
        if (r[1] == "-")
            return Ok{};
        const auto country = c.countryByIso.find(r[1]);
        if (country == c.countryByIso.end())
            return badLine(path, line, "unknown ISO 3166-1 code " + r[1]);
        c.adjectives.push_back({adjective, country->second});
        return Ok{};
    });
}

} // namespace letopis::gaz::detail
