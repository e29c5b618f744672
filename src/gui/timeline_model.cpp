#include "timeline_model.hpp"

#include "event_table_model.hpp"
#include "labels.hpp"

#include <QDate>

#include <algorithm>

namespace letopis::gui {

namespace {

using Placement = TimelineModel::Placement;

int typeIndex(std::string_view type)
{
    const auto& types = TimelineModel::kTypes;
    const auto it = std::find(types.begin(), types.end(), type);
    return static_cast<int>(it == types.end() ? types.size() - 1 : it - types.begin());
}

// The first day of a date's period and the day after its last, as Julian days. A date below its
// stated precision (no month, no day) covers the larger period; the year must be known.
std::pair<double, double> period(const dates::Date& d)
{
    QDate first(d.year, 1, 1);
    QDate after = first.addYears(1);
    if (d.month >= 1 && d.month <= 12 && d.precision != dates::Precision::Year) {
        first = QDate(d.year, d.month, 1);
        after = first.addMonths(1);
        const QDate day(d.year, d.month, d.day);
        if (d.precision == dates::Precision::Day && day.isValid()) {
            first = day;
            after = day.addDays(1);
        }
    }
    return {static_cast<double>(first.toJulianDay()), static_cast<double>(after.toJulianDay())};
}

TimelineModel::Item makeItem(const store::EventRow& row)
{
    TimelineModel::Item item;
    item.id = row.id;
    item.name = QString::fromStdString(row.name);
    item.series = QString::fromStdString(row.series);
    item.typeKey = QString::fromStdString(row.type);
    item.type = typeIndex(row.type);
    item.place = placeText(row);
    item.startDate = row.start;
    item.endDate = row.end;
    item.yearInferred = row.yearInferred || (row.start && row.start->yearInferred);
    if (!row.start) {
        item.placement = Placement::Undated;
    } else if (!row.start->yearKnown()) {
        item.placement = Placement::YearUnknown;
    } else {
        const auto [start, end] = period(*row.start);
        item.start = start;
        item.end = end;
        if (row.end && row.end->yearKnown())
            item.end = std::max(end, period(*row.end).second);
    }
    return item;
}

int dayOfYear(const std::optional<dates::Date>& d) { return d ? d->month * 100 + d->day : 0; }

bool before(const TimelineModel::Item& a, const TimelineModel::Item& b)
{
    if (a.placement != b.placement)
        return a.placement < b.placement;
    switch (a.placement) {
    case Placement::Axis:
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end < b.end;
        break;
    case Placement::YearUnknown:
        if (dayOfYear(a.startDate) != dayOfYear(b.startDate)) return dayOfYear(a.startDate) < dayOfYear(b.startDate);
        [[fallthrough]];
    case Placement::Undated:
        if (a.name != b.name) return a.name < b.name;
        break;
    }
    return a.id < b.id;
}

} // namespace

void TimelineModel::setEvents(const std::vector<store::EventRow>& rows)
{
    m_items.clear();
    m_items.reserve(rows.size());
    for (const auto& row : rows)
        m_items.push_back(makeItem(row));
    std::sort(m_items.begin(), m_items.end(), before);
    m_axisCount = static_cast<std::size_t>(std::count_if(m_items.begin(), m_items.end(),
                                                         [](const Item& i) { return i.placement == Placement::Axis; }));
    m_index.clear();
    m_index.reserve(static_cast<qsizetype>(m_items.size()));
    m_maxEnd.resize(m_axisCount);
    double maxEnd = 0;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        m_index.insert(m_items[i].id, i);
        if (i < m_axisCount)
            m_maxEnd[i] = maxEnd = i ? std::max(maxEnd, m_items[i].end) : m_items[i].end;
    }
    countMonths();
    buildLanes();
}

void TimelineModel::setLaneMode(LaneMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    buildLanes();
}

std::optional<std::size_t> TimelineModel::indexOf(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? std::nullopt : std::optional<std::size_t>(*it);
}

std::pair<std::size_t, std::size_t> TimelineModel::axisRange(double from, double to) const
{
    const auto axisEnd = m_items.begin() + static_cast<std::ptrdiff_t>(m_axisCount);
    const auto last = std::lower_bound(m_items.begin(), axisEnd, to, [](const Item& i, double t) { return i.start < t; });
    const auto first = std::upper_bound(m_maxEnd.begin(), m_maxEnd.end(), from);
    const auto f = static_cast<std::size_t>(first - m_maxEnd.begin());
    const auto l = static_cast<std::size_t>(last - m_items.begin());
    return {std::min(f, l), l};
}

std::optional<std::pair<double, double>> TimelineModel::axisExtent() const
{
    if (m_axisCount == 0)
        return std::nullopt;
    return std::pair{m_items.front().start, m_maxEnd.back()};
}

void TimelineModel::countMonths()
{
    m_monthCounts.clear();
    m_firstMonth = 0;
    int lo = 0, hi = 0;
    bool any = false;
    const auto monthOf = [](const Item& i) { return i.startDate->year * 12 + i.startDate->month - 1; };
    const auto counted = [](const Item& i) {
        return i.startDate->month >= 1 && i.startDate->month <= 12 && i.startDate->precision != dates::Precision::Year;
    };
    for (std::size_t i = 0; i < m_axisCount; ++i) {
        if (!counted(m_items[i]))
            continue;
        const int m = monthOf(m_items[i]);
        lo = any ? std::min(lo, m) : m;
        hi = any ? std::max(hi, m) : m;
        any = true;
    }
    if (!any)
        return;
    m_firstMonth = lo;
    m_monthCounts.assign(static_cast<std::size_t>(hi - lo + 1), 0);
    for (std::size_t i = 0; i < m_axisCount; ++i) {
        if (counted(m_items[i]))
            ++m_monthCounts[static_cast<std::size_t>(monthOf(m_items[i]) - lo)];
    }
}

void TimelineModel::buildLanes()
{
    m_lanes.clear();
    std::vector<std::vector<std::size_t>> byLane;
    const auto laneFor = [&](const QString& label) {
        m_lanes.push_back({label, Placement::Axis, 1});
        byLane.emplace_back();
        return static_cast<int>(m_lanes.size() - 1);
    };
    if (m_mode == LaneMode::Series) {
        // Lanes in order of their first event, so the chart reads top-left to bottom-right.
        QHash<QString, int> lanes;
        for (std::size_t i = 0; i < m_axisCount; ++i) {
            auto& item = m_items[i];
            const QString& key = item.series.isEmpty() ? item.name : item.series;
            auto it = lanes.find(key);
            if (it == lanes.end())
                it = lanes.insert(key, laneFor(key));
            item.lane = *it;
            byLane[static_cast<std::size_t>(item.lane)].push_back(i);
        }
    } else {
        std::array<int, kTypes.size()> laneOfType;
        laneOfType.fill(-1);
        for (std::size_t i = 0; i < m_axisCount; ++i)
            laneOfType[static_cast<std::size_t>(m_items[i].type)] = 0;
        for (std::size_t t = 0; t < kTypes.size(); ++t) {
            if (laneOfType[t] == 0)
                laneOfType[t] = laneFor(eventTypeLabel(kTypes[t]));
        }
        for (std::size_t i = 0; i < m_axisCount; ++i) {
            auto& item = m_items[i];
            item.lane = laneOfType[static_cast<std::size_t>(item.type)];
            byLane[static_cast<std::size_t>(item.lane)].push_back(i);
        }
    }
    packRows(byLane);
    int unknownLane = -1, undatedLane = -1;
    for (std::size_t i = m_axisCount; i < m_items.size(); ++i) {
        auto& item = m_items[i];
        int& lane = item.placement == Placement::YearUnknown ? unknownLane : undatedLane;
        if (lane < 0) {
            lane = static_cast<int>(m_lanes.size());
            m_lanes.push_back({item.placement == Placement::YearUnknown ? tr("Year unknown") : tr("Undated"), item.placement, 1});
        }
        item.lane = lane;
        item.row = 0;
        item.next = -1;
    }
}

void TimelineModel::packRows(const std::vector<std::vector<std::size_t>>& byLane)
{
    // First fit by start: each event takes the topmost row free at its start, which keeps the
    // upper rows dense and the lane as short as the overlaps allow.
    std::vector<double> rowEnd;
    std::vector<int> rowLast;
    for (std::size_t lane = 0; lane < byLane.size(); ++lane) {
        rowEnd.clear();
        rowLast.clear();
        for (const std::size_t i : byLane[lane]) {
            auto& item = m_items[i];
            std::size_t r = 0;
            while (r < rowEnd.size() && rowEnd[r] > item.start)
                ++r;
            if (r == rowEnd.size()) {
                rowEnd.push_back(0);
                rowLast.push_back(-1);
            }
            if (rowLast[r] >= 0)
                m_items[static_cast<std::size_t>(rowLast[r])].next = static_cast<int>(i);
            item.row = static_cast<int>(r);
            item.next = -1;
            rowEnd[r] = item.end;
            rowLast[r] = static_cast<int>(i);
        }
        m_lanes[lane].rows = std::max<int>(1, static_cast<int>(rowEnd.size()));
    }
}

void TimelineModel::flowChips(int width, int gap, const std::function<int(std::size_t)>& chipWidth)
{
    int lane = -1, x = gap, row = 0;
    for (std::size_t i = m_axisCount; i < m_items.size(); ++i) {
        auto& item = m_items[i];
        if (item.lane != lane) {
            lane = item.lane;
            x = gap;
            row = 0;
        }
        item.chipWidth = std::clamp(chipWidth(i), 1, std::max(1, width - 2 * gap));
        if (x > gap && x + item.chipWidth > width - gap) {
            x = gap;
            ++row;
        }
        item.chipX = x;
        item.row = row;
        x += item.chipWidth + gap;
        m_lanes[static_cast<std::size_t>(lane)].rows = row + 1;
    }
}

} // namespace letopis::gui
