#include "timeline_painter.hpp"

#include "labels.hpp"

#include <QDate>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <climits>
#include <cmath>

namespace letopis::gui {

namespace {

using Placement = TimelineModel::Placement;

QDate dateAt(const TimelineGeometry& g, double x)
{
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(g.dayAt(x))));
}

int px(double x) { return static_cast<int>(std::lround(x)); }

QString dayMonthText(const dates::Date& d)
{
    if (d.month < 1 || d.month > 12)
        return QStringLiteral("?");
    const QDate date(2000, d.month, d.day ? d.day : 1);
    if (d.precision == dates::Precision::Day && d.day && date.isValid())
        return QLocale().toString(date, QStringLiteral("d MMMM"));
    return QLocale().standaloneMonthName(d.month, QLocale::LongFormat);
}

} // namespace

void TimelinePainter::prepare(const TimelineModel& model, const QFont& font)
{
    m_font = m_bold = m_italic = font;
    m_bold.setBold(true);
    m_italic.setItalic(true);
    m_fm = QFontMetrics(font);
    const int pad = std::max(2, m_fm.height() / 4);
    m_space.day = m_fm.horizontalAdvance(QStringLiteral("00")) + 2 * pad;
    m_space.year = m_fm.horizontalAdvance(QStringLiteral("0000")) + 2 * pad;
    m_space.shortMonth = m_space.longMonth = 0;
    const QLocale locale;
    for (int m = 1; m <= 12; ++m) {
        m_space.shortMonth = std::max<double>(m_space.shortMonth, m_fm.horizontalAdvance(locale.standaloneMonthName(m, QLocale::ShortFormat)));
        m_space.longMonth = std::max<double>(m_space.longMonth, m_fm.horizontalAdvance(locale.standaloneMonthName(m, QLocale::LongFormat)));
    }
    m_space.shortMonth += 2 * pad;
    m_space.longMonth += 2 * pad;

    const auto& items = model.items();
    m_nameWidth.resize(items.size());
    m_chipText.clear();
    m_chipWidth.clear();
    for (std::size_t i = 0; i < items.size(); ++i) {
        m_nameWidth[i] = m_fm.horizontalAdvance(items[i].name);
        if (i < model.axisCount())
            continue;
        const auto& item = items[i];
        m_chipText.push_back(item.placement == Placement::YearUnknown && item.startDate
                                 ? dayMonthText(*item.startDate) + QStringLiteral(" · ") + item.name
                                 : item.name);
        m_chipWidth.push_back(m_fm.horizontalAdvance(m_chipText.back()) + 2 * pad);
    }
}

void TimelinePainter::setPalette(const QPalette& palette)
{
    m_palette = palette;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // exhibition, forum, session, conference, summit, other (grey)
    constexpr std::array<int, TimelineModel::kTypes.size()> hues{210, 28, 125, 280, 350, -1};
    for (std::size_t t = 0; t < hues.size(); ++t) {
        const int h = hues[t];
        const QColor c = h < 0 ? QColor::fromHsl(0, 0, dark ? 100 : 205) : QColor::fromHsl(h, dark ? 110 : 170, dark ? 95 : 188);
        m_type[t] = c;
        m_typeEdge[t] = dark ? c.lighter(160) : c.darker(160);
        m_edge[2 * t] = QPen(m_typeEdge[t], 1);
        m_edge[2 * t + 1] = QPen(m_typeEdge[t], 1, Qt::DashLine);
    }
    m_grid = m_gridMajor = m_hatch = palette.color(QPalette::Text);
    m_grid.setAlpha(28);
    m_gridMajor.setAlpha(80);
    m_hatch.setAlpha(dark ? 120 : 90);
}

int TimelinePainter::chipWidth(std::size_t index) const { return m_chipWidth.at(index - (m_nameWidth.size() - m_chipWidth.size())); }

const QString& TimelinePainter::chipText(std::size_t index) const { return m_chipText.at(index - (m_nameWidth.size() - m_chipText.size())); }

int TimelinePainter::labelWidth(const TimelineModel& model) const
{
    const QFontMetrics italic(m_italic);
    int width = m_fm.horizontalAdvance(tr("Starts per month"));
    for (const auto& lane : model.lanes())
        width = std::max(width, (lane.placement == Placement::Axis ? m_fm : italic).horizontalAdvance(lane.label));
    return width + m_fm.height(); // padding on both sides
}

void TimelinePainter::paint(QPainter& p, const TimelineModel& model, const TimelineGeometry& g, const State& state)
{
    p.save();
    p.setFont(m_font);
    p.fillRect(QRect(QPoint(0, 0), g.size()), m_palette.window());
    if (model.empty()) {
        paintEmpty(p, g);
        p.restore();
        return;
    }
    p.fillRect(g.histogramRect().united(g.lanesRect()), m_palette.base());
    paintLaneBands(p, model, g);
    paintHistogram(p, model, g);
    paintAxis(p, g);
    p.setClipRect(g.lanesRect());
    paintBars(p, model, g, state);
    paintChips(p, model, g);
    paintMarks(p, model, g, state);
    paintLabels(p, model, g);
    p.setClipping(false);
    paintLegend(p, g);
    if (state.focused) {
        p.setPen(QPen(m_palette.color(QPalette::Highlight), 1));
        p.drawRect(QRect(QPoint(0, 0), g.size()).adjusted(0, 0, -1, -1));
    }
    p.restore();
}

void TimelinePainter::paintEmpty(QPainter& p, const TimelineGeometry& g) const
{
    p.setPen(m_palette.color(QPalette::PlaceholderText));
    p.drawText(QRect(QPoint(0, 0), g.size()), Qt::AlignCenter | Qt::TextWordWrap, tr("No events match the filters"));
}

void TimelinePainter::paintLaneBands(QPainter& p, const TimelineModel& model, const TimelineGeometry& g) const
{
    const QRect lanes = g.lanesRect();
    p.setClipRect(QRect(0, lanes.top(), g.plotRight(), lanes.height()));
    for (int lane = std::max(0, g.laneAt(lanes.top())); lane < g.laneCount(); ++lane) {
        const int top = g.laneTop(lane);
        if (top > lanes.bottom())
            break;
        const QRect band(0, top, g.plotRight(), g.laneHeight(lane));
        if (model.lanes()[static_cast<std::size_t>(lane)].placement == Placement::Axis) {
            p.fillRect(band, lane % 2 ? m_palette.alternateBase() : m_palette.base());
            continue;
        }
        // Lanes off the axis: the window's colour, hatched, under a line that parts them from it.
        p.fillRect(band, m_palette.window());
        p.fillRect(band, QBrush(m_grid, Qt::FDiagPattern));
        if (lane > 0 && model.lanes()[static_cast<std::size_t>(lane - 1)].placement == Placement::Axis) {
            p.setPen(QPen(m_gridMajor, std::max(2, g.pad() / 2)));
            p.drawLine(0, top - g.pad(), g.plotRight(), top - g.pad());
        }
    }
    p.setClipping(false);
}

void TimelinePainter::paintHistogram(QPainter& p, const TimelineModel& model, const TimelineGeometry& g) const
{
    const QRect r = g.histogramRect();
    const QRect caption(g.pad(), r.top(), g.plotLeft() - 2 * g.pad(), r.height());
    p.setPen(m_palette.color(QPalette::WindowText));
    p.drawText(caption, Qt::AlignLeft | Qt::AlignBottom, m_fm.elidedText(tr("Starts per month"), Qt::ElideRight, caption.width()));
    p.setPen(m_gridMajor);
    p.drawLine(r.bottomLeft(), r.bottomRight());
    const auto& counts = model.monthCounts();
    if (counts.empty())
        return;
    const QDate a = dateAt(g, r.left()), b = dateAt(g, r.right());
    const int first = model.firstMonth(), last = first + static_cast<int>(counts.size()) - 1;
    const int m0 = std::max(first, a.year() * 12 + a.month() - 1), m1 = std::min(last, b.year() * 12 + b.month() - 1);
    int top = 0;
    for (int m = m0; m <= m1; ++m)
        top = std::max(top, counts[static_cast<std::size_t>(m - first)]);
    if (top == 0)
        return;
    p.drawText(caption, Qt::AlignRight | Qt::AlignTop, QString::number(top));
    const int height = r.height() - g.pad();
    p.drawLine(r.left(), r.bottom() - height, r.left() + g.pad(), r.bottom() - height);
    p.setClipRect(r);
    QColor fill = m_palette.color(QPalette::Highlight);
    fill.setAlpha(110);
    for (int m = m0; m <= m1; ++m) {
        const int count = counts[static_cast<std::size_t>(m - first)];
        if (count == 0)
            continue;
        const QDate month(m / 12, m % 12 + 1, 1);
        const double x0 = g.xOf(TimelineAxis::day(month)), x1 = g.xOf(TimelineAxis::day(month.addMonths(1)));
        const int left = px(x0), width = std::max(1, px(x1) - left - (x1 - x0 > 4 ? 1 : 0));
        const int h = std::max(1, static_cast<int>(std::lround(static_cast<double>(count) * height / top)));
        p.fillRect(left, r.bottom() - h + 1, width, h, fill);
    }
    p.setClipping(false);
}

void TimelinePainter::paintAxis(QPainter& p, const TimelineGeometry& g) const
{
    const QRect ar = g.axisRect(), hr = g.histogramRect();
    const auto minor = TimelineAxis::chooseStep(g.pixelsPerDay(), m_space);
    const auto major = TimelineAxis::majorOf(minor);
    const bool longMonths = minor.unit == TimelineAxis::Unit::Month && 28 * g.pixelsPerDay() >= m_space.longMonth;
    const int rowH = g.em() + g.pad();
    const QRect majorRow(ar.left(), ar.top(), ar.width(), rowH), minorRow(ar.left(), ar.top() + rowH, ar.width(), ar.height() - rowH);
    const int gridBottom = std::min(g.axisLanesBottom(), g.lanesRect().bottom());
    const QLocale locale;
    p.fillRect(ar, m_palette.window());
    p.setClipRect(QRect(ar.left(), hr.top(), ar.width(), gridBottom - hr.top() + 1));

    QDate t = TimelineAxis::floor(dateAt(g, ar.left()), minor);
    for (int guard = 0; guard < 2000 && t.isValid(); ++guard) {
        const double x = g.xOf(TimelineAxis::day(t));
        if (x > ar.right())
            break;
        const QDate n = TimelineAxis::next(t, minor);
        const double xn = g.xOf(TimelineAxis::day(n));
        p.setPen(m_grid);
        p.drawLine(px(x), hr.top(), px(x), gridBottom);
        p.setPen(m_palette.color(QPalette::WindowText));
        p.drawLine(px(x), minorRow.bottom() - g.pad(), px(x), minorRow.bottom());
        const QString text = TimelineAxis::minorLabel(t, minor, locale, longMonths);
        const int w = m_fm.horizontalAdvance(text);
        double lx = x + g.pad();
        if (minor.count == 1) {
            // Centred in its period, or in the visible part of it when it fits there.
            const double v0 = std::max<double>(x, ar.left()), v1 = std::min<double>(xn, ar.right());
            lx = v1 - v0 >= w + 2 * g.pad() ? (v0 + v1 - w) / 2 : (x + xn - w) / 2;
        }
        t = n;
        if (lx < ar.left() || lx + w > ar.right())
            continue; // a label cut at the edge reads as another word
        p.drawText(QRect(px(lx), minorRow.top(), w + 1, minorRow.height() - g.pad()), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    p.setFont(m_bold);
    const QFontMetrics bold(m_bold);
    t = TimelineAxis::floor(dateAt(g, ar.left()), major);
    for (int guard = 0; guard < 2000 && t.isValid(); ++guard) {
        const double x = g.xOf(TimelineAxis::day(t));
        if (x > ar.right())
            break;
        const QDate n = TimelineAxis::next(t, major);
        const double xn = g.xOf(TimelineAxis::day(n));
        p.setPen(m_gridMajor);
        p.drawLine(px(x), hr.top(), px(x), gridBottom);
        p.setPen(m_palette.color(QPalette::WindowText));
        p.drawLine(px(x), ar.top(), px(x), ar.bottom());
        // The label stays in view while its period is, and slides out with the period's end.
        const QString text = TimelineAxis::majorLabel(t, major, locale);
        const int w = bold.horizontalAdvance(text);
        const double lx = std::min(std::max(x, static_cast<double>(ar.left())) + g.pad(), xn - g.pad() - w);
        t = n;
        if (lx < ar.left())
            continue; // sliding out: a cut label reads as another word
        p.drawText(QRect(px(lx), majorRow.top(), w + 1, majorRow.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    p.setFont(m_font);
    p.setClipping(false);
    p.setPen(m_gridMajor);
    p.drawLine(ar.left(), ar.bottom(), ar.right(), ar.bottom());
}

void TimelinePainter::paintBars(QPainter& p, const TimelineModel& model, const TimelineGeometry& g, const State& state)
{
    const QRect lr = g.lanesRect();
    if (g.axisLanesBottom() < lr.top())
        return;
    const auto& items = model.items();
    const auto [first, last] = model.axisRange(g.dayAt(lr.left() - g.minBarWidth()), g.dayAt(lr.right() + 1));
    if (m_rowCover.size() != static_cast<std::size_t>(g.totalRows()))
        m_rowCover.resize(static_cast<std::size_t>(g.totalRows()));
    std::fill(m_rowCover.begin(), m_rowCover.end(), INT_MIN);
    for (std::size_t i = first; i < last; ++i) {
        const auto& item = items[i];
        const QRect r = g.itemRect(item);
        if (r.bottom() < lr.top() || r.top() > lr.bottom() || r.right() < lr.left())
            continue;
        // Bars come by start, so one that ends before the row's drawn right edge lies under an
        // earlier bar (at coarse zoom, most of them): skip it.
        int& cover = m_rowCover[static_cast<std::size_t>(g.laneRowBase(item.lane) + item.row)];
        if (r.right() <= cover || state.selected == i)
            continue; // the selected bar is drawn last, on top (paintMarks)
        cover = std::max(cover, r.right());
        paintBar(p, model, g, i, r, false);
    }
}

void TimelinePainter::paintBar(QPainter& p, const TimelineModel& model, const TimelineGeometry& g, std::size_t i, const QRect& r,
                               bool selected) const
{
    const auto& item = model.items()[i];
    const auto type = static_cast<std::size_t>(item.type);
    p.fillRect(r, selected ? m_palette.highlight().color() : m_type[type]);
    if (item.yearInferred)
        p.fillRect(r, QBrush(m_hatch, Qt::BDiagPattern));
    p.setPen(m_edge[2 * type + (item.yearInferred ? 1 : 0)]);
    p.setBrush(Qt::NoBrush);
    p.drawRect(r.adjusted(0, 0, -1, -1));

    const QRect lr = g.lanesRect();
    const int pad = g.pad();
    const int nameWidth = m_nameWidth[i];
    const int inside = std::max(r.left(), lr.left()) + pad;
    const int insideRoom = std::min(r.right(), lr.right()) - pad - inside;
    // Inside the bar when the name fits there, else beside it (up to the next bar of the row) when
    // there is more room there.
    const auto& items = model.items();
    const int limit = item.next >= 0 ? px(g.xOf(items[static_cast<std::size_t>(item.next)].start)) : lr.right();
    const int left = r.right() + pad, room = std::min(limit, lr.right()) - pad - left;
    p.setPen(m_palette.color(QPalette::Text));
    // An elided name keeps at least a few words: "Сер…" is only noise.
    const int minRoom = std::min(nameWidth, 4 * g.em());
    if (insideRoom >= nameWidth || (insideRoom >= minRoom && insideRoom >= room)) {
        if (selected)
            p.setPen(m_palette.color(QPalette::HighlightedText));
        const QString text = nameWidth <= insideRoom ? item.name : m_fm.elidedText(item.name, Qt::ElideRight, insideRoom);
        p.drawText(QRect(inside, r.top(), insideRoom + 1, r.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        return;
    }
    if (room < minRoom)
        return;
    const QString text = nameWidth <= room ? item.name : m_fm.elidedText(item.name, Qt::ElideRight, room);
    if (selected)
        p.setFont(m_bold); // a narrow bar's highlight is hard to see: its name says it too
    p.drawText(QRect(left, r.top(), room + 1, r.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
    p.setFont(m_font);
}

void TimelinePainter::paintChips(QPainter& p, const TimelineModel& model, const TimelineGeometry& g) const
{
    const QRect lr = g.lanesRect();
    const auto& items = model.items();
    for (std::size_t i = model.axisCount(); i < items.size(); ++i) {
        const QRect r = g.itemRect(items[i]);
        if (r.bottom() < lr.top())
            continue;
        if (r.top() > lr.bottom())
            break; // chips come lane by lane, row by row
        paintChip(p, model, g, i, r, false);
    }
}

void TimelinePainter::paintChip(QPainter& p, const TimelineModel& model, const TimelineGeometry& g, std::size_t i, const QRect& r,
                                bool selected) const
{
    const auto type = static_cast<std::size_t>(model.items()[i].type);
    p.fillRect(r, selected ? m_palette.highlight().color() : m_type[type]);
    p.setPen(m_edge[2 * type]);
    p.drawRect(r.adjusted(0, 0, -1, -1));
    p.setPen(m_palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QString& text = chipText(i);
    const int room = r.width() - 2 * g.pad();
    p.drawText(r.adjusted(g.pad(), 0, -g.pad(), 0), Qt::AlignLeft | Qt::AlignVCenter,
               chipWidth(i) <= r.width() ? text : m_fm.elidedText(text, Qt::ElideRight, room));
}

void TimelinePainter::paintMarks(QPainter& p, const TimelineModel& model, const TimelineGeometry& g, const State& state) const
{
    const auto& items = model.items();
    if (state.hovered && state.hovered != state.selected) {
        p.setPen(QPen(m_palette.color(QPalette::Text), 1));
        p.drawRect(g.itemRect(items[*state.hovered]).adjusted(0, 0, -1, -1));
    }
    if (state.selected) {
        const QRect r = g.itemRect(items[*state.selected]);
        if (*state.selected < model.axisCount())
            paintBar(p, model, g, *state.selected, r, true); // on top of its neighbours
        else
            paintChip(p, model, g, *state.selected, r, true);
        const int w = std::max(2, g.em() / 8);
        p.setPen(QPen(m_palette.color(QPalette::Highlight), w, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(r).adjusted(-w / 2.0, -w / 2.0, w / 2.0 - 1, w / 2.0 - 1));
    }
}

void TimelinePainter::paintLabels(QPainter& p, const TimelineModel& model, const TimelineGeometry& g) const
{
    const QRect lab = g.labelsRect();
    p.setClipRect(lab);
    const QFontMetrics italic(m_italic);
    for (int lane = std::max(0, g.laneAt(lab.top())); lane < g.laneCount(); ++lane) {
        const int top = g.laneTop(lane);
        if (top > lab.bottom())
            break;
        const auto& info = model.lanes()[static_cast<std::size_t>(lane)];
        const bool axis = info.placement == Placement::Axis;
        p.setFont(axis ? m_font : m_italic);
        p.setPen(m_palette.color(QPalette::WindowText));
        const QRect cell(g.pad(), top, lab.width() - 2 * g.pad(), g.rowHeight());
        p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, (axis ? m_fm : italic).elidedText(info.label, Qt::ElideRight, cell.width()));
    }
    p.setFont(m_font);
    p.setPen(m_gridMajor);
    p.drawLine(lab.right(), lab.top(), lab.right(), lab.bottom());
}

void TimelinePainter::paintSwatch(QPainter& p, const QRect& r, const QColor& c, bool inferred) const
{
    p.fillRect(r, c);
    if (inferred)
        p.fillRect(r, QBrush(m_hatch, Qt::BDiagPattern));
    QColor edge = m_palette.color(QPalette::WindowText);
    edge.setAlpha(160);
    p.setPen(QPen(edge, 1, inferred ? Qt::DashLine : Qt::SolidLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r.adjusted(0, 0, -1, -1));
}

void TimelinePainter::paintLegend(QPainter& p, const TimelineGeometry& g) const
{
    const QRect lg = g.legendRect();
    p.fillRect(lg, m_palette.window());
    p.setPen(m_gridMajor);
    p.drawLine(lg.topLeft(), lg.topRight());
    p.setClipRect(lg);
    const int s = g.em() * 3 / 4;
    const int cy = lg.center().y();
    int x = g.pad() * 2;
    const auto entry = [&](const QColor& c, bool inferred, const QString& text) {
        paintSwatch(p, QRect(x, cy - s / 2, s, s), c, inferred);
        x += s + g.pad();
        p.setPen(m_palette.color(QPalette::WindowText));
        const int w = m_fm.horizontalAdvance(text);
        p.drawText(QRect(x, lg.top(), w + 1, lg.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w + g.em();
    };
    for (std::size_t t = 0; t < TimelineModel::kTypes.size(); ++t)
        entry(m_type[t], false, eventTypeLabel(TimelineModel::kTypes[t]));
    entry(m_palette.color(QPalette::Base), true, tr("Year inferred from the text"));
    p.setClipping(false);
}

} // namespace letopis::gui
