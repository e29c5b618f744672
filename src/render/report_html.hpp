#pragma once
// The body of a report as Qt rich text (HTML subset) for QTextDocument. Every corpus string is
// escaped, so it shows as written.
#include "letopis/report.hpp"

#include <QSet>
#include <QString>

namespace letopis::render {

class Timeline;

struct HtmlStyle {
    QString sans;   // font families that exist and cover Cyrillic
    QString serif;
    qreal unit = 1; // device pixels per 1/96 inch: CSS px in Qt rich text are device pixels
    // Headings (h1–h3, counted from 0 in document order) that start a new page, so that none is
    // left alone at the bottom of a page (the renderer finds them by laying the document out).
    QSet<int> breakBefore;
};

// The scheme of the placeholders that stand for parts of the timeline: <img src="letopis-timeline:N">
// where N is the part's index; the renderer swaps them for vector drawings.
inline constexpr const char* kTimelineScheme = "letopis-timeline";
// Rows of the timeline per part, so a part fits on a page and a long timeline paginates.
inline constexpr int kTimelineRowsPerPart = 36;

QString reportStyleSheet(const HtmlStyle& style);
QString reportHtml(const report::Report& report, const Timeline& timeline, const HtmlStyle& style);

} // namespace letopis::render
