#include "timeline_axis.hpp"

#include <array>

namespace letopis::gui {

namespace {

using Unit = TimelineAxis::Unit;
using Step = TimelineAxis::Step;

// Finest first. Days step within a month (1, 6, 11, ...), so ticks stay on memorable days.
constexpr std::array<Step, 14> kSteps{{
    {Unit::Day, 1}, {Unit::Day, 2}, {Unit::Day, 5}, {Unit::Day, 10},
    {Unit::Month, 1}, {Unit::Month, 3}, {Unit::Month, 6},
    {Unit::Year, 1}, {Unit::Year, 2}, {Unit::Year, 5}, {Unit::Year, 10}, {Unit::Year, 20},
    {Unit::Year, 50}, {Unit::Year, 100},
}};

double approxDays(Step s)
{
    switch (s.unit) {
    case Unit::Day: return s.count;
    case Unit::Month: return 30.44 * s.count;
    case Unit::Year: return 365.25 * s.count;
    }
    return 1;
}

double needed(Step s, const TimelineAxis::LabelSpace& space)
{
    switch (s.unit) {
    case Unit::Day: return space.day;
    case Unit::Month: return space.shortMonth;
    case Unit::Year: return space.year;
    }
    return 0;
}

int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

} // namespace

TimelineAxis::Step TimelineAxis::chooseStep(double pixelsPerDay, const LabelSpace& space)
{
    for (const auto& s : kSteps) {
        if (approxDays(s) * pixelsPerDay >= needed(s, space))
            return s;
    }
    return kSteps.back();
}

TimelineAxis::Step TimelineAxis::majorOf(Step minor)
{
    switch (minor.unit) {
    case Unit::Day: return {Unit::Month, 1};
    case Unit::Month: return {Unit::Year, 1};
    case Unit::Year: return {Unit::Year, minor.count < 10 ? 10 : 100};
    }
    return {Unit::Year, 10};
}

QDate TimelineAxis::floor(QDate d, Step s)
{
    switch (s.unit) {
    case Unit::Day: {
        const int day = 1 + (d.day() - 1) / s.count * s.count;
        return QDate(d.year(), d.month(), day);
    }
    case Unit::Month: {
        const int month = 1 + (d.month() - 1) / s.count * s.count;
        return QDate(d.year(), month, 1);
    }
    case Unit::Year: return QDate(floorDiv(d.year(), s.count) * s.count, 1, 1);
    }
    return d;
}

QDate TimelineAxis::next(QDate t, Step s)
{
    switch (s.unit) {
    case Unit::Day: {
        // The last tick of a month must not crowd the next month's first day (31 next to 1).
        const QDate n = t.addDays(s.count);
        const QDate monthEnd = QDate(t.year(), t.month(), 1).addMonths(1);
        const bool crowded = s.count > 1 && n < monthEnd && t.daysTo(monthEnd) < 2 * s.count;
        return n.month() != t.month() || crowded ? monthEnd : n;
    }
    case Unit::Month: return t.addMonths(s.count);
    case Unit::Year: return t.addYears(s.count);
    }
    return t.addDays(1);
}

QString TimelineAxis::minorLabel(QDate t, Step s, const QLocale& locale, bool longMonths)
{
    switch (s.unit) {
    case Unit::Day: return QString::number(t.day());
    case Unit::Month:
        return locale.standaloneMonthName(t.month(), longMonths && s.count == 1 ? QLocale::LongFormat : QLocale::ShortFormat);
    case Unit::Year: return QString::number(t.year());
    }
    return {};
}

QString TimelineAxis::majorLabel(QDate t, Step major, const QLocale& locale)
{
    if (major.unit == Unit::Month)
        return monthYear(t, locale);
    if (major.count == 1)
        return QString::number(t.year());
    return QString::number(t.year()) + QStringLiteral("–") + QString::number(t.year() + major.count - 1);
}

QString TimelineAxis::monthYear(QDate t, const QLocale& locale)
{
    // Qt 6.4's date formats know no stand-alone month ("LLLL"): "апреля 2024" would be wrong.
    return locale.standaloneMonthName(t.month(), QLocale::LongFormat) + QLatin1Char(' ') + QString::number(t.year());
}

} // namespace letopis::gui
