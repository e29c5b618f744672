#pragma once
// What the timeline draws, computed once per event list and lane mode so that painting only
// reads: events with a known year sorted by start and packed into rows within their lanes so
// that none overlap in time; events whose year is unknown and undated events in their own lanes
// below (never on the axis); and the number of events starting in each month.
// Time is measured in Julian day numbers (QDate::toJulianDay) as doubles: a day d covers [d, d + 1).
#include "letopis/facts.hpp"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace letopis::gui {

class TimelineModel final {
    Q_DECLARE_TR_FUNCTIONS(TimelineModel)
public:
    enum class LaneMode { Series, Type };
    // Where an event is drawn: on the time axis, or in one of the marked lanes below it.
    enum class Placement : quint8 { Axis, YearUnknown, Undated };

    // Event types in legend order; any other type string is drawn as "other" (the last).
    static constexpr std::array<std::string_view, 6> kTypes{"exhibition", "forum", "session", "conference", "summit", "other"};

    struct Item {
        qint64 id = 0;
        double start = 0;  // Axis: [start, end) in Julian days, at the dates' precision
        double end = 0;    // (a year-precision date covers its whole year); others: 0
        int lane = 0;
        int row = 0;       // row within the lane
        int next = -1;     // Axis: index of the next item in the same lane row by start, -1: none
        int chipX = 0;     // YearUnknown/Undated: left edge and width in the lane row, pixels,
        int chipWidth = 0; // relative to the plot's left (see flowChips)
        int type = 0;      // index into kTypes
        Placement placement = Placement::Axis;
        bool yearInferred = false; // the event's or its start's year was inferred from the text
        QString name, series, typeKey, place;
        std::optional<dates::Date> startDate, endDate;
    };

    struct Lane {
        QString label;
        Placement placement = Placement::Axis;
        int rows = 1;
    };

    // Replaces the events (copies what the timeline needs) and lays them out. Keeps the lane mode.
    void setEvents(const std::vector<store::EventRow>& rows);
    // Lanes by series (an event without one is its own) or by event type. Re-lays out the rows;
    // call flowChips again afterwards.
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_mode; }

    bool empty() const { return m_items.empty(); }
    // Axis items first, sorted by start (then end, then id); then year-unknown items by month
    // and day; then undated items by name.
    const std::vector<Item>& items() const { return m_items; }
    std::size_t axisCount() const { return m_axisCount; }
    // Lanes of axis items (by first start, or in kTypes order), then "Year unknown", then
    // "Undated" when they have items.
    const std::vector<Lane>& lanes() const { return m_lanes; }
    std::optional<std::size_t> indexOf(qint64 id) const;

    // The axis items to scan for [from, to): [first, last) in items(). Every axis item that
    // overlaps the range is inside; items inside may still end before from.
    std::pair<std::size_t, std::size_t> axisRange(double from, double to) const;
    // Earliest start and latest end on the axis; nothing when no event has a known year.
    std::optional<std::pair<double, double>> axisExtent() const;

    // Histogram: axis events starting in each month, from firstMonth() (year * 12 + month - 1).
    // Events dated only to a year are not counted: their month is unknown.
    int firstMonth() const { return m_firstMonth; }
    const std::vector<int>& monthCounts() const { return m_monthCounts; }

    // Lays out the chips of the year-unknown and undated lanes left to right in rows of width
    // pixels, gap apart; chipWidth gives the width of the item at an index (clamped to the row).
    // Updates those lanes' row counts.
    void flowChips(int width, int gap, const std::function<int(std::size_t)>& chipWidth);

private:
    void buildLanes();
    void packRows(const std::vector<std::vector<std::size_t>>& byLane);
    void countMonths();

    std::vector<Item> m_items;
    std::size_t m_axisCount = 0;
    std::vector<double> m_maxEnd; // running maximum of end over axis items: culls long events
    std::vector<Lane> m_lanes;
    QHash<qint64, std::size_t> m_index;
    int m_firstMonth = 0;
    std::vector<int> m_monthCounts;
    LaneMode m_mode = LaneMode::Series;
};

} // namespace letopis::gui
