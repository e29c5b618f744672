#pragma once
// Dates as the analyst reads them, in the interface's language: "22–24 апреля 2024, год выведен из
// текста", "18 сентября, год неизвестен", "июль 2020", "—".
#include "letopis/dates.hpp"

#include <QString>

#include <optional>

namespace letopis::gui {

// One date at its precision; a year-less date says that its year is unknown.
QString dateText(const dates::Date& d);
// A publication date with the inferred-year note, or "—".
QString publishedText(const std::optional<dates::Date>& d);
// An event's dates: a range shares its month and year ("22–24 апреля 2024"), and the note says
// when the year was inferred from the text or is unknown.
QString dateRangeText(const std::optional<dates::Date>& start, const std::optional<dates::Date>& end, bool yearInferred);
// A sortable key: ISO for dated values, "~" + the rest after them so year-less and undated sort last.
QString dateSortKey(const std::optional<dates::Date>& d);

} // namespace letopis::gui
