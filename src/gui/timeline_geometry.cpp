#include "timeline_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace letopis::gui {

void TimelineGeometry::setFrame(QSize size, const QFontMetrics& fm, int labelWidth, int scrollBarWidth)
{
    m_size = size;
    m_em = std::max(1, fm.height());
    m_pad = std::max(2, m_em / 4);
    m_rowHeight = m_em + 2 * m_pad;
    m_laneGap = m_pad;
    m_minBar = std::max(3, m_em / 5);
    m_scrollBar = scrollBarWidth;
    m_labelWidth = std::clamp(labelWidth, 0, std::max(0, size.width() / 2));
    m_plotRight = std::max(m_labelWidth + 1, size.width() - scrollBarWidth);
    m_histTop = m_pad;
    m_axisTop = m_histTop + 3 * m_em;
    m_lanesTop = m_axisTop + 2 * (m_em + m_pad);
    m_legendTop = std::max(m_lanesTop, size.height() - (m_em + 2 * m_pad));
    setScroll(m_scroll);
}

void TimelineGeometry::setLanes(const TimelineModel& model)
{
    const auto& lanes = model.lanes();
    m_laneTop.resize(lanes.size());
    m_laneRows.resize(lanes.size());
    m_laneRowBase.resize(lanes.size());
    m_axisLanes = 0;
    int y = 0, rows = 0;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const bool axis = lanes[i].placement == TimelineModel::Placement::Axis;
        if (!axis && i > 0 && lanes[i - 1].placement == TimelineModel::Placement::Axis)
            y += 2 * m_laneGap; // room for the line that separates the lanes off the axis
        m_axisLanes += axis ? 1 : 0;
        m_laneTop[i] = y;
        m_laneRows[i] = lanes[i].rows;
        m_laneRowBase[i] = rows;
        rows += lanes[i].rows;
        y += lanes[i].rows * m_rowHeight + m_laneGap;
    }
    m_totalRows = rows;
    m_contentHeight = y;
    setScroll(m_scroll);
}

QRect TimelineGeometry::histogramRect() const { return QRect(m_labelWidth, m_histTop, plotWidth(), m_axisTop - m_histTop); }
QRect TimelineGeometry::axisRect() const { return QRect(m_labelWidth, m_axisTop, plotWidth(), m_lanesTop - m_axisTop); }
QRect TimelineGeometry::lanesRect() const { return QRect(m_labelWidth, m_lanesTop, plotWidth(), m_legendTop - m_lanesTop); }
QRect TimelineGeometry::labelsRect() const { return QRect(0, m_lanesTop, m_labelWidth, m_legendTop - m_lanesTop); }
QRect TimelineGeometry::legendRect() const { return QRect(0, m_legendTop, m_size.width(), m_size.height() - m_legendTop); }

void TimelineGeometry::setRange(double start, double span)
{
    m_start = start;
    m_span = span > 0 ? span : 1;
}

void TimelineGeometry::setScroll(int pixels) { m_scroll = std::clamp(pixels, 0, maxScroll()); }

int TimelineGeometry::maxScroll() const { return std::max(0, m_contentHeight - (m_legendTop - m_lanesTop)); }

int TimelineGeometry::laneTop(int lane) const { return m_lanesTop - m_scroll + m_laneTop[static_cast<std::size_t>(lane)]; }

int TimelineGeometry::laneHeight(int lane) const { return m_laneRows[static_cast<std::size_t>(lane)] * m_rowHeight; }

int TimelineGeometry::laneAt(int y) const
{
    if (m_laneTop.empty())
        return -1;
    const int cy = y - m_lanesTop + m_scroll;
    const auto it = std::upper_bound(m_laneTop.begin(), m_laneTop.end(), cy);
    return static_cast<int>(std::max<std::ptrdiff_t>(0, it - m_laneTop.begin() - 1));
}

int TimelineGeometry::axisLanesBottom() const
{
    if (m_axisLanes == 0)
        return m_lanesTop - m_scroll;
    return laneTop(m_axisLanes - 1) + laneHeight(m_axisLanes - 1);
}

QRect TimelineGeometry::itemRect(const TimelineModel::Item& item) const
{
    const int top = laneTop(item.lane) + item.row * m_rowHeight + m_pad / 2;
    const int height = m_rowHeight - m_pad;
    if (item.placement != TimelineModel::Placement::Axis)
        return QRect(m_labelWidth + item.chipX, top, item.chipWidth, height);
    // Far-off bars are clamped so that pixel arithmetic stays within int.
    const double limit = 4.0 * (m_size.width() + 1);
    const double x0 = std::clamp(xOf(item.start), -limit, limit);
    const double x1 = std::clamp(xOf(item.end), -limit, limit);
    const int left = static_cast<int>(std::floor(x0));
    const int width = std::max(m_minBar, static_cast<int>(std::ceil(x1)) - left);
    return QRect(left, top, width, height);
}

std::optional<std::size_t> TimelineGeometry::itemAt(const TimelineModel& model, QPoint p) const
{
    if (!lanesRect().contains(p))
        return std::nullopt;
    const int lane = laneAt(p.y());
    if (lane < 0)
        return std::nullopt;
    const int row = (p.y() - laneTop(lane)) / m_rowHeight;
    if (p.y() < laneTop(lane) || row >= m_laneRows[static_cast<std::size_t>(lane)])
        return std::nullopt;
    // The whole row band is clickable, not only the bar's height.
    const auto hit = [&](const TimelineModel::Item& item) {
        const QRect r = itemRect(item);
        return item.lane == lane && item.row == row && p.x() >= r.left() && p.x() <= r.right();
    };
    const auto& items = model.items();
    std::optional<std::size_t> found;
    if (model.lanes()[static_cast<std::size_t>(lane)].placement == TimelineModel::Placement::Axis) {
        const auto [first, last] = model.axisRange(dayAt(p.x() - m_minBar), dayAt(p.x() + 1));
        for (std::size_t i = first; i < last; ++i) {
            if (hit(items[i]))
                found = i; // later items are drawn over earlier ones
        }
        return found;
    }
    for (std::size_t i = model.axisCount(); i < items.size(); ++i) {
        if (hit(items[i]))
            return i;
    }
    return std::nullopt;
}

} // namespace letopis::gui
