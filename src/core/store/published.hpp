#pragma once
// How a publication date is stored: ISO text plus a precision word. The store owns this format
// (it is part of the file format), so it does not follow changes to dates::Date::iso().
#include "letopis/dates.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace letopis::store::detail {

// "2020-07-06", "2020-07", "2020"; "--07-06" / "--07" when the year is unknown.
std::string publishedIso(const dates::Date& d);
const char* precisionName(dates::Precision p); // "day", "month", "year"
// The inverse; nothing for text this store did not write.
std::optional<dates::Date> publishedFrom(std::string_view iso, std::string_view precision, bool inferred);

} // namespace letopis::store::detail
