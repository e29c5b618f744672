#pragma once
// The timeline picture of a report: one bar per dated event on a shared date axis, drawn with
// QPainter so it stays vector graphics (and its labels stay text) in a PDF.
#include "letopis/report.hpp"

#include <QColor>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace letopis::render {

// The colour of an event type in the picture and its legend.
QColor typeColor(std::string_view type);

class Timeline final {
public:
    // Takes the events whose start has a known year; the others belong in a list beside it.
    explicit Timeline(const report::Report& report);

    bool empty() const { return m_rows.empty(); }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    // The event types drawn, in the order of their first bar (for a legend).
    const std::vector<std::string>& types() const { return m_types; }

    // Height of a picture of n rows with its axis (and legend), in units of 1/96 inch.
    static qreal height(int rows, bool legend);
    // Draws rows [from, to) with the axis under them into rect (device units); unit is device
    // units per 1/96 inch, so the picture scales with the device's resolution.
    void paint(QPainter& p, const QRectF& rect, int from, int to, bool legend, qreal unit) const;

private:
    struct Row {
        QString label;
        qint64 first = 0; // Julian days, end inclusive
        qint64 last = 0;
        std::string type;
        bool inferred = false;
    };
    struct Tick {
        qint64 day = 0;
        QString label;
    };
    // Ticks for the axis, at most about maxTicks of them.
    std::vector<Tick> ticks(int maxTicks) const;
    void paintLegend(QPainter& p, const QRectF& rect, qreal unit) const;

    std::vector<Row> m_rows;
    std::vector<std::string> m_types;
    bool m_anyInferred = false;
    qint64 m_first = 0; // the axis, padded around the bars
    qint64 m_last = 0;
};

} // namespace letopis::render
