#pragma once
// Pictures of the workbench's main views for the documentation, taken by driving a window the
// way an analyst would: the whole window, a country filter, an event's details, the reader at an
// evidence sentence, the entity tables and an entity page. What is shown is chosen from the data
// (the busiest country, the event with most sources), never named here.
#include "letopis/result.hpp"

#include <QString>
#include <QStringList>

namespace letopis::gui {

class MainWindow;

// Writes PNG files into dir (created when missing) and returns their paths.
Result<QStringList> saveScreenshots(MainWindow& window, const QString& dir);

} // namespace letopis::gui
