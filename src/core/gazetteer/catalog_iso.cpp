// Countries and regions from Debian's iso-codes: English names in JSON, Russian in .mo files.
#include "catalog.hpp"
#include "mo_file.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <fstream>
#include <set>

namespace letopis::gaz::detail {
namespace {

Result<nlohmann::json> readJson(const std::string& path, const char* key)
{
    std::ifstream in(path);
    if (!in)
        return makeError(ErrorCode::Io, "cannot open " + path + " (install the Debian package iso-codes)");
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains(key) || !doc[key].is_array())
        return makeError(ErrorCode::Io, path + " is not the iso-codes JSON it should be (no \"" + key + "\" list)");
    return std::move(doc[key]);
}

std::string field(const nlohmann::json& e, const char* name)
{
    const auto it = e.find(name);
    return it != e.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool hasCyrillic(const std::string& s)
{
    return s.find("\xD0") != std::string::npos || s.find("\xD1") != std::string::npos;
}

bool hasLatin(const std::string& s)
{
    for (unsigned char c : s)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return true;
    return false;
}

// A Russian name usable as a name to match: Cyrillic, no Latin, no list punctuation.
bool usableName(const std::string& s)
{
    return hasCyrillic(s) && !hasLatin(s) && s.find_first_of(",()") == std::string::npos;
}

std::string translate(const Translations& t, const std::string& english)
{
    if (english.empty())
        return {};
    const auto it = t.find(english);
    return it == t.end() ? std::string() : foldYo(it->second);
}

// Subdivision types that are first-level regions people name in the news; districts,
// parishes, municipalities and boroughs are left out (too many, too often common words).
bool isRegionType(const std::string& type)
{
    static const std::set<std::string> kTypes = {
        "State", "Land", "Province", "Region", "Administrative region", "Administrative territory",
        "Autonomous district", "Autonomous region", "Autonomous republic", "Autonomous community",
        "Republic", "Oblast", "Canton", "Prefecture", "Governorate", "Voivodship", "Country",
        "Nation", "Emirate", "Union territory", "Territory", "Federal district", "Regional state",
        "Metropolitan region", "Autonomous province", "Special administrative region"};
    return kTypes.count(type) > 0;
}

bool isCityType(const std::string& type)
{
    return type.find("city") != std::string::npos || type.find("City") != std::string::npos
        || type == "Capital";
}

void addRegionAliases(Catalog& c, const std::string& name, std::uint32_t place, CommonWord common)
{
    // "Республика Татарстан" → "Татарстан"
    static const std::string kRepublic = "Республика ";
    if (name.rfind(kRepublic, 0) == 0)
        c.addName(name.substr(kRepublic.size()), place, common);
    // "Кемеровская область - Кузбасс" → both halves
    for (const char* dash : {" - ", " — ", " – "}) {
        const auto at = name.find(dash);
        if (at == std::string::npos)
            continue;
        c.addName(name.substr(0, at), place, common);
        c.addName(name.substr(at + std::string(dash).size()), place, common);
    }
}

} // namespace

Status addIsoCountries(Catalog& c, const SourcePaths& paths)
{
    auto list = readJson(paths.isoJsonDir + "/iso_3166-1.json", "3166-1");
    if (!list)
        return list.error();
    auto ru = readMoFile(paths.localeDir + "/iso_3166-1.mo");
    if (!ru)
        return ru.error();
    for (const auto& e : *list) {
        const std::string iso = field(e, "alpha_2");
        const std::string name = translate(*ru, field(e, "name"));
        const std::string common = translate(*ru, field(e, "common_name"));
        if (iso.size() != 2)
            continue;
        // No Russian name yet ("Türkiye" is newer than its translation): ICU's name follows.
        const std::string canonical = usableName(common) ? common : !name.empty() ? name : field(e, "name");
        const std::uint32_t place = c.addPlace(PlaceKind::Country, canonical, iso);
        c.countryByIso.emplace(iso, place);
        for (const std::string& n : {name, common, translate(*ru, field(e, "official_name"))})
            if (usableName(n))
                c.addName(n, place, CommonWord::NotAtSentenceStart);
    }
    if (c.countryByIso.empty())
        return makeError(ErrorCode::Io, "iso-codes lists no countries with Russian names: is the ru translation installed?");
    return Ok{};
}

Status addIsoRegions(Catalog& c, const SourcePaths& paths)
{
    auto list = readJson(paths.isoJsonDir + "/iso_3166-2.json", "3166-2");
    if (!list)
        return list.error();
    auto ru = readMoFile(paths.localeDir + "/iso_3166-2.mo");
    if (!ru)
        return ru.error();
    // The .mo maps English to Russian without context, so a few names of one country carry
    // another's translation; a Russian name shared by two countries is trusted for neither.
    std::unordered_map<std::string, std::set<std::string>> countriesOf;
    for (const auto& e : *list)
        countriesOf[translate(*ru, field(e, "name"))].insert(field(e, "code").substr(0, 2));
    for (const auto& e : *list) {
        const std::string code = field(e, "code");
        const std::string type = field(e, "type");
        const std::string name = translate(*ru, field(e, "name"));
        const bool city = isCityType(type);
        if (e.contains("parent") || code.size() < 4 || !usableName(name) || countriesOf[name].size() > 1
            || !(city || isRegionType(type)))
            continue;
        const std::string country = code.substr(0, 2);
        const CommonWord common = country == "RU" ? CommonWord::NotAtSentenceStart : CommonWord::Drop;
        std::uint32_t place = 0;
        if (const auto known = c.cityByName.find(name); city && known != c.cityByName.end())
            place = known->second;
        else
            place = c.addPlace(city ? PlaceKind::City : PlaceKind::Region, name, country);
        c.regionByCode.emplace(code, place);
        c.addName(name, place, common);
        addRegionAliases(c, name, place, common);
    }
    return Ok{};
}

} // namespace letopis::gaz::detail
