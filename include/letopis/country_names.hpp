#pragma once
// Country names for display, from ICU's locale data (CLDR), so the workbench, the CLI and reports
// name a country the same way without a list of their own.
#include <string>
#include <string_view>

namespace letopis {

// The name of an ISO 3166-1 alpha-2 code in a language ("ru", "en"), e.g. "UZ" → "Узбекистан".
// Returns the code itself when ICU does not know it.
std::string countryName(std::string_view iso2, std::string_view language = "ru");

} // namespace letopis
