#pragma once
// Names and colours the views share: event types and mention types, in the interface's language.
#include <QColor>
#include <QString>

#include <string_view>

namespace letopis::gui {

// "exhibition" → "Exhibition" / "Выставка"; unknown types as given.
QString eventTypeLabel(std::string_view type);
// A country as the filter panel and tables show it: "Узбекистан (UZ)".
QString countryLabel(std::string_view iso2);
// The highlight colour of a mention type (PERSON, ORGANIZATION, COUNTRY, CITY, REGION, LOCATION,
// DATE, PROFESSION, EVENT): light backgrounds readable with dark text.
QColor mentionColor(std::string_view type);
// The colour as HTML writes it ("#ffe08a").
inline QString mentionColorName(std::string_view type) { return mentionColor(type).name(); }
// "PERSON" → "Person" / "Персона".
QString mentionTypeLabel(std::string_view type);

} // namespace letopis::gui
