#pragma once
// Draws the timeline from its model and geometry: lane bands, the per-month histogram, the axis
// with its grid, bars coloured by event type (hatched with a dashed outline when the year was
// inferred), chips in the year-unknown and undated lanes, lane labels and the legend.
// Text measurements are made once per event list and font (prepare), so painting allocates
// next to nothing: it visits only the bars in the visible time range and rows.
#include "timeline_axis.hpp"
#include "timeline_geometry.hpp"
#include "timeline_model.hpp"

#include <QFont>
#include <QFontMetrics>
#include <QPalette>
#include <QPen>

#include <array>
#include <optional>
#include <vector>

class QPainter;

namespace letopis::gui {

class TimelinePainter final {
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    struct State {
        std::optional<std::size_t> selected; // indexes into the model's items
        std::optional<std::size_t> hovered;
        bool focused = false;
    };

    // Measures names and chip labels in font. Call after the model's events or the font change.
    void prepare(const TimelineModel& model, const QFont& font);
    // Colours for the palette (light or dark). Call when the palette changes.
    void setPalette(const QPalette& palette);
    // A chip's width in pixels (items past the model's axisCount()), for TimelineModel::flowChips.
    int chipWidth(std::size_t index) const;
    // The text a chip shows: "18 сентября · name" for a year-unknown event, the name otherwise.
    const QString& chipText(std::size_t index) const;
    // The label column's width that fits the lane labels (the view clamps it).
    int labelWidth(const TimelineModel& model) const;
    // The colour of an event type (index into TimelineModel::kTypes) on this palette.
    QColor typeColor(int type) const { return m_type[static_cast<std::size_t>(type)]; }

    void paint(QPainter& p, const TimelineModel& model, const TimelineGeometry& g, const State& state);

private:
    void paintEmpty(QPainter& p, const TimelineGeometry& g) const;
    void paintLaneBands(QPainter& p, const TimelineModel& model, const TimelineGeometry& g) const;
    void paintHistogram(QPainter& p, const TimelineModel& model, const TimelineGeometry& g) const;
    void paintAxis(QPainter& p, const TimelineGeometry& g) const;
    void paintBars(QPainter& p, const TimelineModel& model, const TimelineGeometry& g, const State& state);
    void paintBar(QPainter& p, const TimelineModel& model, const TimelineGeometry& g, std::size_t i, const QRect& r,
                  bool selected) const;
    void paintChips(QPainter& p, const TimelineModel& model, const TimelineGeometry& g) const;
    void paintChip(QPainter& p, const TimelineModel& model, const TimelineGeometry& g, std::size_t i, const QRect& r,
                   bool selected) const;
    void paintMarks(QPainter& p, const TimelineModel& model, const TimelineGeometry& g, const State& state) const;
    void paintLabels(QPainter& p, const TimelineModel& model, const TimelineGeometry& g) const;
    void paintLegend(QPainter& p, const TimelineGeometry& g) const;
    void paintSwatch(QPainter& p, const QRect& r, const QColor& c, bool inferred) const;

    QFont m_font, m_bold, m_italic;
    QFontMetrics m_fm{QFont()};
    TimelineAxis::LabelSpace m_space;
    std::vector<int> m_nameWidth;      // per item
    std::vector<QString> m_chipText;   // per item past axisCount
    std::vector<int> m_chipWidth;
    std::vector<int> m_rowCover;       // per global row while painting: right edge drawn so far
    QPalette m_palette;
    std::array<QColor, TimelineModel::kTypes.size()> m_type, m_typeEdge;
    std::array<QPen, 2 * TimelineModel::kTypes.size()> m_edge; // per type, solid and dashed (year inferred)
    QColor m_grid, m_gridMajor, m_hatch;
};

} // namespace letopis::gui
