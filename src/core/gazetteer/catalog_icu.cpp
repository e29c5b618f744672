// Names from ICU's Russian locale data: short country names, time-zone exemplar cities and
// language names read as country adjectives.
#include "catalog.hpp"

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/uloc.h>

#include <memory>
#include <unordered_set>

namespace letopis::gaz::detail {
namespace {

std::string utf8(const icu::UnicodeString& s)
{
    std::string out;
    s.toUTF8String(out);
    return foldYo(out);
}

bool endsWith(const std::string& s, std::string_view tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// ICU short names that are abbreviated or qualified for menus, not prose:
// "Конго - Киншаса", "Гонконг (САР)", "Фарерские о-ва".
bool proseName(const std::string& s)
{
    return !s.empty() && s.find(" - ") == std::string::npos && s.find('(') == std::string::npos
        && s.find("о-в") == std::string::npos && s.find(',') == std::string::npos;
}

bool cityLike(const std::string& s)
{
    for (unsigned char ch : s)
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
            return false;
    return proseName(s) && s.find("Остров") == std::string::npos;
}

// The region a language is most likely spoken in, if that region's own most likely language
// is this one: "fr" → FR (und_FR → fr), but not "ta" → IN (und_IN → hi).
std::string mainCountryOf(const char* language)
{
    UErrorCode st = U_ZERO_ERROR;
    char full[ULOC_FULLNAME_CAPACITY] = {};
    char region[ULOC_COUNTRY_CAPACITY] = {};
    uloc_addLikelySubtags(language, full, sizeof full, &st);
    uloc_getCountry(full, region, sizeof region, &st);
    if (U_FAILURE(st) || std::string_view(region).size() != 2)
        return {};
    char back[ULOC_FULLNAME_CAPACITY] = {};
    char backLanguage[ULOC_LANG_CAPACITY] = {};
    uloc_addLikelySubtags((std::string("und_") + region).c_str(), back, sizeof back, &st);
    uloc_getLanguage(back, backLanguage, sizeof backLanguage, &st);
    if (U_FAILURE(st) || std::string_view(backLanguage) != language)
        return {};
    return region;
}

} // namespace

// Continents and world regions by their UN M.49 codes, in ICU's Russian: "Европа", "Латинская
// Америка", "Юго-Восточная Азия". Not 001 ("Мир", a common word), 018 ("Южная Африка" is the
// country in Russian prose) or 019 ("Америка" mostly means the United States); not a name a
// country, city or region already has.
void addIcuWorldRegions(Catalog& c)
{
    static constexpr const char* kCodes[] = {"002", "005", "009", "011", "013", "014", "015", "017", "021", "029",
                                             "030", "034", "035", "039", "053", "054", "057", "061", "142", "143",
                                             "145", "150", "151", "154", "155", "419"};
    std::unordered_set<std::string> taken;
    for (const auto& n : c.names)
        taken.insert(n.name);
    const icu::Locale ru("ru");
    for (const char* code : kCodes) {
        icu::UnicodeString display;
        icu::Locale("", code).getDisplayCountry(ru, display);
        const std::string name = utf8(display);
        if (!proseName(name) || name == code || taken.count(name))
            continue;
        c.addName(name, c.addPlace(PlaceKind::Area, name, {}), CommonWord::Keep);
    }
}

void addIcuCountryNames(Catalog& c)
{
    const icu::Locale ru("ru");
    for (const auto& [iso, place] : c.countryByIso) {
        icu::UnicodeString display;
        icu::Locale("", iso.c_str()).getDisplayCountry(ru, display);
        const std::string name = utf8(display);
        if (!proseName(name) || name == iso)
            continue;
        c.places[place].name = name;
        c.addName(name, place, CommonWord::NotAtSentenceStart);
    }
}

Status addIcuCities(Catalog& c)
{
    UErrorCode st = U_ZERO_ERROR;
    const icu::Locale ru("ru");
    std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(ru, st));
    std::unique_ptr<icu::StringEnumeration> zones(
        icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, st));
    if (U_FAILURE(st) || !names || !zones)
        return makeError(ErrorCode::Io, std::string("ICU time-zone names are unavailable: ") + u_errorName(st));
    std::unordered_set<std::string> countryNames;
    for (const NameEntry& n : c.names)
        if (c.places[n.place].kind == PlaceKind::Country)
            countryNames.insert(n.name);
    while (const icu::UnicodeString* id = zones->snext(st)) {
        char region[8] = {};
        UErrorCode rs = U_ZERO_ERROR;
        icu::TimeZone::getRegion(*id, region, sizeof region, rs);
        const std::string country(region);
        if (U_FAILURE(rs) || country.size() != 2 || country == "AQ" || !c.countryByIso.count(country))
            continue;
        icu::UnicodeString exemplar;
        names->getExemplarLocationName(*id, exemplar);
        const std::string name = utf8(exemplar);
        if (!cityLike(name) || countryNames.count(name))
            continue; // "Алжир", "Кувейт": the country wins
        const auto known = c.cityByName.find(name);
        const std::uint32_t place = known != c.cityByName.end() ? known->second
                                                                : c.addPlace(PlaceKind::City, name, country);
        c.addName(name, place, CommonWord::Drop);
    }
    return Ok{};
}

void addIcuAdjectives(Catalog& c)
{
    const icu::Locale ru("ru");
    for (const char* const* lang = icu::Locale::getISOLanguages(); *lang; ++lang) {
        icu::UnicodeString display;
        icu::Locale(*lang).getDisplayLanguage(ru, display);
        const std::string adjective = utf8(display);
        if (adjective.find(' ') != std::string::npos || !(endsWith(adjective, "ий") || endsWith(adjective, "ый")))
            continue;
        const auto country = c.countryByIso.find(mainCountryOf(*lang));
        if (country != c.countryByIso.end())
            c.adjectives.push_back({adjective, country->second});
    }
}

} // namespace letopis::gaz::detail
