#pragma once
// The filter panel's choice kept in QSettings between sessions.
#include "letopis/facts.hpp"

class QSettings;

namespace letopis::gui {

store::EventFilter loadFilter(const QSettings& settings);
void saveFilter(QSettings& settings, const store::EventFilter& filter);

} // namespace letopis::gui
