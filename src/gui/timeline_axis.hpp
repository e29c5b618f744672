#pragma once
// The ticks of the timeline's time axis at a zoom level: a minor step (days, months or years)
// whose labels fit, and a major step that groups them (months over days, years over months,
// decades over years). Pure calendar arithmetic; the view draws.
#include <QDate>
#include <QLocale>
#include <QString>

namespace letopis::gui {

class TimelineAxis final {
public:
    enum class Unit { Day, Month, Year };
    struct Step {
        Unit unit = Unit::Year;
        int count = 1; // days: ticks at day 1, 1 + count, ... of each month
        bool operator==(const Step&) const = default;
    };
    // The space a label needs, in pixels (font metrics of the widest label plus padding).
    struct LabelSpace {
        double day = 0, shortMonth = 0, longMonth = 0, year = 0;
    };

    // The finest step whose labels fit at pixelsPerDay (> 0).
    static Step chooseStep(double pixelsPerDay, const LabelSpace& space);
    // The step that groups minor ticks: a month over days, a year over months, ten or a hundred
    // years over years.
    static Step majorOf(Step minor);
    // The tick at or before d; the tick after tick t (t must be a tick of s).
    static QDate floor(QDate d, Step s);
    static QDate next(QDate t, Step s);
    // A minor label ("22", "апр.", "апрель", "2024"); longMonths chooses the month's long name.
    static QString minorLabel(QDate t, Step s, const QLocale& locale, bool longMonths);
    // A major label ("апрель 2024", "2024", "2020–2029").
    static QString majorLabel(QDate t, Step major, const QLocale& locale);
    // "апрель 2024": the stand-alone month name and the year.
    static QString monthYear(QDate t, const QLocale& locale);
    // Julian day numbers of calendar values, for the axis's coordinate.
    static double day(QDate d) { return static_cast<double>(d.toJulianDay()); }
};

} // namespace letopis::gui
