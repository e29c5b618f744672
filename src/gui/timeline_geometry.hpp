#pragma once
// Where the timeline's parts are on screen, shared by painting and hit-testing so that they
// agree: the areas (histogram strip, axis, lanes, lane labels, legend), the mapping between time
// and x, and the rectangles of bars and chips. All sizes derive from the font, so the view scales
// with it and with the screen's DPI.
#include "timeline_model.hpp"

#include <QFontMetrics>
#include <QRect>

#include <optional>
#include <vector>

namespace letopis::gui {

class TimelineGeometry final {
public:
    // Lays out the areas of a widget of size in the font of fm. labelWidth: the lane label
    // column; scrollBarWidth: reserved at the right of the lanes (0: no scroll bar).
    void setFrame(QSize size, const QFontMetrics& fm, int labelWidth, int scrollBarWidth);
    // Stacks the model's lanes (their row counts must be final: after flowChips).
    void setLanes(const TimelineModel& model);

    // Areas in widget coordinates. The histogram, axis and lanes rectangles span the plot's
    // columns (right of the labels); labelsRect is the label column beside the lanes.
    QRect histogramRect() const;
    QRect axisRect() const;
    QRect lanesRect() const;
    QRect labelsRect() const;
    QRect legendRect() const;
    QSize size() const { return m_size; }
    int plotLeft() const { return m_labelWidth; }
    int plotRight() const { return m_plotRight; }
    int plotWidth() const { return m_plotRight - m_labelWidth; }

    int em() const { return m_em; }
    int pad() const { return m_pad; }
    int rowHeight() const { return m_rowHeight; }
    int minBarWidth() const { return m_minBar; }

    // The visible time range [start, start + span) in Julian days.
    double start() const { return m_start; }
    double span() const { return m_span; }
    void setRange(double start, double span);
    double pixelsPerDay() const { return plotWidth() > 0 ? plotWidth() / m_span : 1.0; }
    double xOf(double day) const { return m_labelWidth + (day - m_start) * pixelsPerDay(); }
    double dayAt(double x) const { return m_start + (x - m_labelWidth) / pixelsPerDay(); }

    // Vertical scrolling of the lanes, in pixels from the top of the first lane.
    int scroll() const { return m_scroll; }
    void setScroll(int pixels);
    int contentHeight() const { return m_contentHeight; }
    int maxScroll() const;

    int laneCount() const { return static_cast<int>(m_laneTop.size()); }
    // A lane's top in widget coordinates (after scrolling) and its height.
    int laneTop(int lane) const;
    int laneHeight(int lane) const;
    // The global index of a lane's first row (rows of all lanes numbered top to bottom).
    int laneRowBase(int lane) const { return m_laneRowBase[static_cast<std::size_t>(lane)]; }
    int totalRows() const { return m_totalRows; }
    // The lane at widget y (clamped to the first and last lane); -1 when there are none.
    int laneAt(int y) const;
    // The widget y where the year-unknown and undated lanes begin (bottom of the axis lanes).
    int axisLanesBottom() const;

    // A bar (axis items; at least minBarWidth wide) or a chip (the other lanes), widget coordinates.
    QRect itemRect(const TimelineModel::Item& item) const;
    // The item whose row band and horizontal extent hold p (the one drawn on top), if any.
    std::optional<std::size_t> itemAt(const TimelineModel& model, QPoint p) const;

private:
    QSize m_size;
    int m_em = 16, m_pad = 4, m_rowHeight = 24, m_laneGap = 4, m_minBar = 3;
    int m_labelWidth = 0, m_plotRight = 0, m_scrollBar = 0;
    int m_histTop = 0, m_axisTop = 0, m_lanesTop = 0, m_legendTop = 0;
    double m_start = 0, m_span = 365;
    int m_scroll = 0;
    std::vector<int> m_laneTop;      // content coordinates
    std::vector<int> m_laneRows;
    std::vector<int> m_laneRowBase;
    int m_axisLanes = 0;
    int m_totalRows = 0;
    int m_contentHeight = 0;
};

} // namespace letopis::gui
