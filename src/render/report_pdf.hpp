#pragma once
// Drawing a report (include/letopis/report.hpp) as an A4 PDF and its timeline as a picture.
// Needs only QtGui; a QGuiApplication must exist (fonts come from the platform), offscreen is fine.
// Corpus text is always drawn literally, never interpreted as markup.
#include "letopis/report.hpp"
#include "letopis/result.hpp"

#include <QImage>

#include <string>

namespace letopis::render {

// Writes the report to path as a PDF, replacing the file: title, filter, generation date,
// summary, timeline, events table, top persons/organisations/countries, and each event's sources
// with the evidence sentences quoted; "стр. N из M" on every page. Text stays text (selectable,
// extractable) in an embedded font with Cyrillic. Io error when the file cannot be written,
// InvalidArgument without a QGuiApplication.
Status renderReportPdf(const report::Report& report, const std::string& path);

// The timeline alone (dated events with a known year, with a legend) at width device-independent
// pixels; the height follows from the number of events. A null image when no event is dated.
QImage renderTimeline(const report::Report& report, int width, qreal devicePixelRatio = 1.0);

} // namespace letopis::render
