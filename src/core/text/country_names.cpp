#include "letopis/country_names.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

namespace letopis {

std::string countryName(std::string_view iso2, std::string_view language)
{
    std::string code(iso2);
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (code.size() != 2 || !std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isalpha(c); }))
        return code;
    const icu::Locale territory("", code.c_str());
    const icu::Locale display(std::string(language).c_str());
    icu::UnicodeString name;
    territory.getDisplayCountry(display, name);
    std::string out;
    name.toUTF8String(out);
    // ICU answers an unknown region with the code itself.
    return out.empty() ? code : out;
}

} // namespace letopis
