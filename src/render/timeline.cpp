#include "timeline.hpp"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace letopis::render {

namespace {

// Sizes in 1/96 inch.
constexpr qreal kRowHeight = 15;
constexpr qreal kAxisHeight = 20;
constexpr qreal kLegendHeight = 18;

QDate firstDay(const dates::Date& d)
{
    return QDate(d.year, d.month ? d.month : 1, d.precision == dates::Precision::Day && d.day ? d.day : 1);
}

QDate lastDay(const dates::Date& d)
{
    if (!d.month || d.precision == dates::Precision::Year)
        return QDate(d.year, 12, 31);
    if (d.precision == dates::Precision::Month || !d.day)
        return QDate(d.year, d.month, 1).addMonths(1).addDays(-1);
    return QDate(d.year, d.month, d.day);
}

QString typeText(std::string_view type) { return QString::fromStdString(report::typeLabel(type)); }

} // namespace

QColor typeColor(std::string_view type)
{
    if (type == "exhibition") return QColor(0x4e, 0x79, 0xa7);
    if (type == "forum") return QColor(0xf2, 0x8e, 0x2b);
    if (type == "session") return QColor(0x59, 0xa1, 0x4f);
    if (type == "conference") return QColor(0xb0, 0x7a, 0xa1);
    if (type == "summit") return QColor(0xe1, 0x57, 0x59);
    return QColor(0x9c, 0x9c, 0x9c);
}

Timeline::Timeline(const report::Report& report)
{
    for (const auto& e : report.events) {
        if (!e.start || !e.start->yearKnown())
            continue;
        const QDate a = firstDay(*e.start);
        const QDate b = e.end && e.end->yearKnown() ? lastDay(*e.end) : lastDay(*e.start);
        if (!a.isValid() || !b.isValid())
            continue;
        m_rows.push_back({QString::fromStdString(e.name), a.toJulianDay(), std::max(a, b).toJulianDay(), e.type,
                          e.yearInferred || e.start->yearInferred});
        m_anyInferred = m_anyInferred || m_rows.back().inferred;
        if (std::find(m_types.begin(), m_types.end(), e.type) == m_types.end())
            m_types.push_back(e.type);
    }
    if (m_rows.empty())
        return;
    m_first = m_rows.front().first;
    m_last = m_rows.front().last;
    for (const auto& r : m_rows) {
        m_first = std::min(m_first, r.first);
        m_last = std::max(m_last, r.last);
    }
    // Room around the bars, so the first and the last do not touch the frame.
    const qint64 pad = std::max<qint64>(7, (m_last - m_first) / 25);
    m_first -= pad;
    m_last += pad;
}

qreal Timeline::height(int rows, bool legend)
{
    return rows * kRowHeight + kAxisHeight + (legend ? kLegendHeight : 0);
}

std::vector<Timeline::Tick> Timeline::ticks(int maxTicks) const
{
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    const QDate from = QDate::fromJulianDay(m_first);
    const QDate to = QDate::fromJulianDay(m_last);
    const qint64 span = m_last - m_first;
    maxTicks = std::max(2, maxTicks);
    // The finest step that gives at most maxTicks ticks.
    const auto step = [&](std::initializer_list<int> steps, double units) {
        for (int s : steps)
            if (units / s <= maxTicks)
                return s;
        return static_cast<int>(std::ceil(units / maxTicks));
    };
    std::vector<Tick> out;
    if (span > 3 * 365) {
        const int k = step({1, 2, 5, 10}, span / 365.0);
        for (int y = from.year() + 1; y <= to.year(); ++y)
            if (y % k == 0)
                out.push_back({QDate(y, 1, 1).toJulianDay(), QString::number(y)});
    } else if (span > 75) {
        const int k = step({1, 2, 3, 6, 12}, span / 30.0);
        for (QDate d(from.year(), from.month(), 1); d <= to; d = d.addMonths(1))
            if (d >= from && (d.month() - 1) % k == 0)
                out.push_back({d.toJulianDay(), ru.standaloneMonthName(d.month(), QLocale::ShortFormat) + QLatin1Char(' ') +
                                                    QString::number(d.year())});
    } else {
        const int k = step({1, 2, 7, 14}, double(span));
        // Weekly steps fall on Mondays, so the ticks look chosen.
        QDate d = k >= 7 ? from.addDays((8 - from.dayOfWeek()) % 7) : from;
        for (; d <= to; d = d.addDays(k))
            out.push_back({d.toJulianDay(), ru.toString(d, QStringLiteral("d MMM"))});
    }
    return out;
}

void Timeline::paint(QPainter& p, const QRectF& rect, int from, int to, bool legend, qreal unit) const
{
    from = std::clamp(from, 0, rowCount());
    to = std::clamp(to, from, rowCount());
    p.save();
    QFont font = p.font();
    font.setPointSizeF(7.5);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const qreal labelWidth = std::min(rect.width() * 0.36, 230 * unit);
    const qreal x0 = rect.left() + labelWidth + 8 * unit;
    const qreal x1 = rect.right() - 6 * unit;
    const qreal rowsBottom = rect.top() + (to - from) * kRowHeight * unit;
    const auto xOf = [&](qint64 day) { return x0 + (x1 - x0) * double(day - m_first) / double(std::max<qint64>(1, m_last - m_first)); };

    // Grid and axis; a label that would touch the one before it is left out.
    const auto marks = ticks(static_cast<int>((x1 - x0) / (fm.horizontalAdvance(QStringLiteral("00 сент. 0000")) + 8 * unit)));
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.6 * unit));
    for (const auto& t : marks)
        p.drawLine(QPointF(xOf(t.day), rect.top()), QPointF(xOf(t.day), rowsBottom + 3 * unit));
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.8 * unit));
    p.drawLine(QPointF(x0, rowsBottom), QPointF(x1, rowsBottom));
    qreal lastRight = -1e9;
    for (const auto& t : marks) {
        const qreal x = xOf(t.day);
        p.drawLine(QPointF(x, rowsBottom), QPointF(x, rowsBottom + 3 * unit));
        const qreal w = fm.horizontalAdvance(t.label);
        const qreal left = std::clamp(x - w / 2, x0 - 4 * unit, x1 - w);
        if (left < lastRight + 6 * unit)
            continue;
        p.drawText(QPointF(left, rowsBottom + 4 * unit + fm.ascent()), t.label);
        lastRight = left + w;
    }

    for (int i = from; i < to; ++i) {
        const Row& r = m_rows[std::size_t(i)];
        const qreal top = rect.top() + (i - from) * kRowHeight * unit;
        if ((i - from) % 2 == 1)
            p.fillRect(QRectF(rect.left(), top, rect.width(), kRowHeight * unit), QColor(0xf4, 0xf4, 0xf4));
        p.setPen(Qt::black);
        const QString label = fm.elidedText(r.label, Qt::ElideRight, labelWidth - 2 * unit);
        p.drawText(QPointF(rect.left() + 2 * unit, top + (kRowHeight * unit + fm.ascent() - fm.descent()) / 2), label);
        // A single day still gets a visible bar.
        qreal left = xOf(r.first), right = xOf(r.last + 1);
        if (right - left < 4 * unit) {
            const qreal mid = (left + right) / 2;
            left = mid - 2 * unit;
            right = mid + 2 * unit;
        }
        const QRectF bar(left, top + 3.5 * unit, right - left, (kRowHeight - 7) * unit);
        QColor fill = typeColor(r.type);
        if (r.inferred)
            fill.setAlpha(110);
        p.setPen(r.inferred ? QPen(typeColor(r.type), 0.8 * unit, Qt::DashLine) : QPen(typeColor(r.type).darker(130), 0.6 * unit));
        p.setBrush(fill);
        p.drawRect(bar);
    }
    if (legend)
        paintLegend(p, QRectF(rect.left(), rowsBottom + kAxisHeight * unit, rect.width(), kLegendHeight * unit), unit);
    p.restore();
}

void Timeline::paintLegend(QPainter& p, const QRectF& rect, qreal unit) const
{
    const QFontMetricsF fm(p.font(), p.device());
    const qreal baseline = rect.top() + (rect.height() + fm.ascent() - fm.descent()) / 2;
    qreal x = rect.left() + 2 * unit;
    auto swatch = [&](const QColor& color, const QPen& pen, const QString& text) {
        p.setPen(pen);
        p.setBrush(color);
        p.drawRect(QRectF(x, baseline - fm.ascent() + 1 * unit, 14 * unit, fm.ascent() - 1 * unit));
        x += 18 * unit;
        p.setPen(Qt::black);
        p.drawText(QPointF(x, baseline), text);
        x += fm.horizontalAdvance(text) + 12 * unit;
    };
    for (const auto& t : m_types)
        swatch(typeColor(t), QPen(typeColor(t).darker(130), 0.6 * unit), typeText(t));
    if (!m_anyInferred)
        return;
    QColor light = QColor(0x88, 0x88, 0x88);
    light.setAlpha(110);
    swatch(light, QPen(QColor(0x88, 0x88, 0x88), 0.8 * unit, Qt::DashLine), QStringLiteral("год выведен из текста"));
}

} // namespace letopis::render
