#include "timeline_view.hpp"

#include "date_text.hpp"
#include "labels.hpp"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace letopis::gui {

namespace {

using Placement = TimelineModel::Placement;

constexpr double kMinSpan = 5;                // days
constexpr double kMaxSpan = 200 * 365.25;
constexpr double kPanStep = 0.1;              // of the visible span
constexpr double kZoomStep = 1.5;

double dayOf(QDate d) { return TimelineAxis::day(d); }

} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent), m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        m_geometry.setScroll(value);
        update();
    });
    m_painter.setPalette(palette());
    const QDate today = QDate::currentDate();
    m_geometry.setRange(dayOf(QDate(today.year(), 1, 1)), 365);
    measure();
}

void TimelineView::setEvents(const std::vector<store::EventRow>& rows)
{
    const auto selectedId = idOf(m_selected);
    m_model.setEvents(rows);
    m_hovered.reset();
    m_selected = selectedId ? m_model.indexOf(*selectedId) : std::nullopt;
    measure();
    if (m_autoFit)
        fitAll();
    else
        setRange(m_geometry.start(), m_geometry.span(), false);
    if (selectedId && !m_selected)
        emit selectionChanged();
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_model.laneMode())
        return;
    m_model.setLaneMode(mode);
    m_labelWidth = m_painter.labelWidth(m_model);
    invalidate();
}

QString TimelineView::laneLabel(int lane) const
{
    const auto& lanes = m_model.lanes();
    return lane >= 0 && lane < laneCount() ? lanes[static_cast<std::size_t>(lane)].label : QString();
}

std::optional<qint64> TimelineView::eventAt(QPoint pos) const
{
    ensureLayout();
    return idOf(m_geometry.itemAt(m_model, pos));
}

std::optional<QRect> TimelineView::eventRect(qint64 id) const
{
    ensureLayout();
    const auto index = m_model.indexOf(id);
    return index ? std::optional<QRect>(m_geometry.itemRect(m_model.items()[*index])) : std::nullopt;
}

QString TimelineView::eventToolTip(qint64 id) const
{
    const auto index = m_model.indexOf(id);
    if (!index)
        return {};
    const auto& item = m_model.items()[*index];
    QStringList lines;
    lines << QStringLiteral("<b>") + item.name.toHtmlEscaped() + QStringLiteral("</b>");
    lines << tr("Type: %1").arg(eventTypeLabel(item.typeKey.toStdString()).toHtmlEscaped());
    if (!item.series.isEmpty() && item.series != item.name)
        lines << tr("Series: %1").arg(item.series.toHtmlEscaped());
    lines << tr("Dates: %1").arg(dateRangeText(item.startDate, item.endDate, item.yearInferred).toHtmlEscaped());
    if (!item.place.isEmpty())
        lines << tr("Place: %1").arg(item.place.toHtmlEscaped());
    QString note;
    if (item.placement == Placement::YearUnknown)
        note = tr("Not on the time axis: the year is unknown.");
    else if (item.placement == Placement::Undated)
        note = tr("Not on the time axis: no date was found.");
    else if (item.yearInferred)
        note = tr("Drawn hatched: the year is not printed in the text, it was inferred.");
    if (!note.isEmpty())
        lines << QStringLiteral("<i>") + note.toHtmlEscaped() + QStringLiteral("</i>");
    return lines.join(QStringLiteral("<br>"));
}

std::optional<qint64> TimelineView::selectedEvent() const { return idOf(m_selected); }

void TimelineView::setSelectedEvent(std::optional<qint64> id)
{
    const auto index = id ? m_model.indexOf(*id) : std::nullopt;
    if (index)
        scrollIntoView(*index);
    select(index, false);
}

std::pair<double, double> TimelineView::visibleRange() const
{
    return {m_geometry.start(), m_geometry.start() + m_geometry.span()};
}

void TimelineView::setVisibleRange(double from, double to) { setRange(from, to - from, true); }

void TimelineView::zoomAt(double factor, double x)
{
    ensureLayout();
    if (!(factor > 0))
        return;
    const double t = m_geometry.dayAt(x);
    const double span = std::clamp(m_geometry.span() / factor, kMinSpan, kMaxSpan);
    const double share = (x - m_geometry.plotLeft()) / std::max(1, m_geometry.plotWidth());
    setRange(t - share * span, span, true);
}

void TimelineView::fitAll()
{
    ensureLayout();
    if (const auto extent = m_model.axisExtent()) {
        // A little room on the left, more on the right for the last events' names.
        const double length = extent->second - extent->first;
        const double span = std::max(kMinSpan, length / 0.87);
        setRange(extent->first - (span - length) * 0.25, span, false);
    } else {
        const QDate today = QDate::currentDate();
        setRange(dayOf(QDate(today.year(), 1, 1)), 366, false);
    }
    m_autoFit = true;
}

QSize TimelineView::sizeHint() const
{
    const int em = fontMetrics().height();
    return {50 * em, 24 * em};
}

QSize TimelineView::minimumSizeHint() const
{
    const int em = fontMetrics().height();
    return {20 * em, 12 * em};
}

bool TimelineView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(e);
        if (!showToolTip(help->pos(), help->globalPos())) {
            QToolTip::hideText();
            e->ignore();
        }
        return true;
    }
    return QWidget::event(e);
}

void TimelineView::paintEvent(QPaintEvent*)
{
    ensureLayout();
    QPainter p(this);
    m_painter.paint(p, m_model, m_geometry, {m_selected, m_hovered, hasFocus()});
}

void TimelineView::resizeEvent(QResizeEvent*) { relayout(); }

void TimelineView::changeEvent(QEvent* e)
{
    switch (e->type()) {
    case QEvent::FontChange:
    case QEvent::LocaleChange:
        measure();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        m_painter.setPalette(palette());
        invalidate();
        break;
    default:
        break;
    }
    QWidget::changeEvent(e);
}

void TimelineView::mousePressEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(e);
    m_pressPos = e->position().toPoint();
    m_pressStart = m_geometry.start();
    m_pressScroll = m_geometry.scroll();
    m_dragging = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent* e)
{
    const QPoint pos = e->position().toPoint();
    if (!m_pressPos || !(e->buttons() & Qt::LeftButton))
        return updateHover(pos);
    const QPoint delta = pos - *m_pressPos;
    if (!m_dragging && delta.manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        m_hovered.reset();
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        setRange(m_pressStart - delta.x() / m_geometry.pixelsPerDay(), m_geometry.span(), true);
        setScroll(m_pressScroll - delta.y());
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton || !m_pressPos)
        return QWidget::mouseReleaseEvent(e);
    const QPoint pos = e->position().toPoint();
    if (!m_dragging) {
        ensureLayout();
        select(m_geometry.itemAt(m_model, pos), true);
    }
    m_pressPos.reset();
    m_dragging = false;
    unsetCursor();
    updateHover(pos);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(e);
    ensureLayout();
    if (const auto index = m_geometry.itemAt(m_model, e->position().toPoint()))
        select(index, true);
}

void TimelineView::wheelEvent(QWheelEvent* e)
{
    ensureLayout();
    const QPoint d = e->angleDelta();
    if (e->modifiers() & Qt::ShiftModifier) {
        const int steps = d.y() ? d.y() : d.x();
        setScroll(m_geometry.scroll() - steps * 3 * m_geometry.rowHeight() / 120);
    } else if (std::abs(d.x()) > std::abs(d.y())) {
        setRange(m_geometry.start() - d.x() / 120.0 * kPanStep * m_geometry.span(), m_geometry.span(), true);
    } else if (d.y() != 0) {
        const double x = e->position().x();
        const double centre = m_geometry.plotLeft() + m_geometry.plotWidth() / 2.0;
        zoomAt(std::pow(1.25, d.y() / 120.0), x < m_geometry.plotLeft() ? centre : x);
    }
    e->accept();
}

void TimelineView::keyPressEvent(QKeyEvent* e)
{
    ensureLayout();
    const double centre = m_geometry.plotLeft() + m_geometry.plotWidth() / 2.0;
    const double pan = kPanStep * m_geometry.span();
    const bool ctrl = e->modifiers() & Qt::ControlModifier;
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAt(kZoomStep, centre); break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore: zoomAt(1 / kZoomStep, centre); break;
    case Qt::Key_Left: ctrl ? selectStep(-1) : setRange(m_geometry.start() - pan, m_geometry.span(), true); break;
    case Qt::Key_Right: ctrl ? selectStep(1) : setRange(m_geometry.start() + pan, m_geometry.span(), true); break;
    case Qt::Key_Up: setScroll(m_geometry.scroll() - m_geometry.rowHeight()); break;
    case Qt::Key_Down: setScroll(m_geometry.scroll() + m_geometry.rowHeight()); break;
    case Qt::Key_PageUp: setScroll(m_geometry.scroll() - m_geometry.lanesRect().height()); break;
    case Qt::Key_PageDown: setScroll(m_geometry.scroll() + m_geometry.lanesRect().height()); break;
    case Qt::Key_Home: fitAll(); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected)
            emit eventActivated(m_model.items()[*m_selected].id);
        break;
    case Qt::Key_Escape: select(std::nullopt, false); break;
    default: return QWidget::keyPressEvent(e);
    }
    e->accept();
}

void TimelineView::focusInEvent(QFocusEvent* e)
{
    update();
    QWidget::focusInEvent(e);
}

void TimelineView::focusOutEvent(QFocusEvent* e)
{
    update();
    QWidget::focusOutEvent(e);
}

void TimelineView::leaveEvent(QEvent* e)
{
    if (m_hovered) {
        m_hovered.reset();
        update();
    }
    QWidget::leaveEvent(e);
}

void TimelineView::ensureLayout() const
{
    if (!m_layoutValid || m_layoutSize != size())
        relayout();
}

void TimelineView::relayout() const
{
    m_layoutSize = size();
    m_layoutValid = true;
    const QFontMetrics fm(font());
    const int labelWidth = std::min(m_labelWidth, std::max(8 * fm.height(), width() / 4));
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    // Chips flow in the plot's width, which shrinks when the lanes need a scroll bar.
    for (const int reserve : {0, bar}) {
        m_geometry.setFrame(size(), fm, labelWidth, reserve);
        m_model.flowChips(m_geometry.plotWidth(), m_geometry.pad(), [this](std::size_t i) { return m_painter.chipWidth(i); });
        m_geometry.setLanes(m_model);
        if (m_geometry.maxScroll() == 0)
            break;
    }
    const QRect lanes = m_geometry.lanesRect();
    const QSignalBlocker blocker(m_scrollBar);
    m_scrollBar->setGeometry(width() - bar, lanes.top(), bar, lanes.height());
    m_scrollBar->setRange(0, m_geometry.maxScroll());
    m_scrollBar->setPageStep(std::max(1, lanes.height()));
    m_scrollBar->setSingleStep(m_geometry.rowHeight());
    m_scrollBar->setValue(m_geometry.scroll());
    m_scrollBar->setVisible(m_geometry.maxScroll() > 0);
}

void TimelineView::invalidate()
{
    m_layoutValid = false;
    update();
}

void TimelineView::measure()
{
    m_painter.prepare(m_model, font());
    m_labelWidth = m_painter.labelWidth(m_model);
    invalidate();
}

void TimelineView::setRange(double start, double span, bool byUser)
{
    span = std::clamp(span, kMinSpan, kMaxSpan);
    if (const auto extent = m_model.axisExtent()) {
        // Some of the events stay in view however far the user pans.
        const double lo = extent->first - 0.9 * span, hi = extent->second - 0.1 * span;
        start = std::clamp(start, lo, std::max(lo, hi));
    }
    // QDate's calendar arithmetic on the axis stays within years 1..9999.
    start = std::clamp(start, dayOf(QDate(1, 1, 1)), dayOf(QDate(9999, 1, 1)) - span);
    m_geometry.setRange(start, span);
    if (byUser)
        m_autoFit = false;
    update();
}

void TimelineView::setScroll(int pixels)
{
    ensureLayout();
    m_geometry.setScroll(pixels);
    m_scrollBar->setValue(m_geometry.scroll());
    update();
}

void TimelineView::select(std::optional<std::size_t> index, bool activate)
{
    const bool changed = index != m_selected;
    m_selected = index;
    update();
    if (changed)
        emit selectionChanged();
    if (activate && index)
        emit eventActivated(m_model.items()[*index].id);
}

void TimelineView::selectStep(int delta)
{
    const auto& items = m_model.items();
    if (items.empty())
        return;
    std::size_t index = 0;
    if (m_selected) {
        const auto next = static_cast<std::ptrdiff_t>(*m_selected) + delta;
        index = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(next, 0, static_cast<std::ptrdiff_t>(items.size()) - 1));
    } else {
        // The first event in view going right, the last one going left.
        const auto [first, last] = m_model.axisRange(m_geometry.start(), m_geometry.start() + m_geometry.span());
        index = delta > 0 ? first : (last > 0 ? last - 1 : 0);
    }
    scrollIntoView(index);
    select(index, false);
}

void TimelineView::scrollIntoView(std::size_t index)
{
    ensureLayout();
    const auto& item = m_model.items()[index];
    if (item.placement == Placement::Axis) {
        const double length = item.end - item.start;
        double span = m_geometry.span();
        if (length > 0.9 * span)
            span = length / 0.8;
        const double start = m_geometry.start();
        if (item.start < start || item.end > start + span || span != m_geometry.span())
            setRange((item.start + item.end - span) / 2, span, true);
    }
    const QRect r = m_geometry.itemRect(item), lanes = m_geometry.lanesRect();
    if (r.top() < lanes.top())
        setScroll(m_geometry.scroll() - (lanes.top() - r.top()) - m_geometry.pad());
    else if (r.bottom() > lanes.bottom())
        setScroll(m_geometry.scroll() + (r.bottom() - lanes.bottom()) + m_geometry.pad());
}

void TimelineView::updateHover(QPoint pos)
{
    ensureLayout();
    const auto index = m_geometry.itemAt(m_model, pos);
    if (index == m_hovered)
        return;
    m_hovered = index;
    if (index)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    update();
}

bool TimelineView::showToolTip(QPoint pos, QPoint globalPos)
{
    ensureLayout();
    if (const auto index = m_geometry.itemAt(m_model, pos)) {
        const auto& item = m_model.items()[*index];
        QToolTip::showText(globalPos, eventToolTip(item.id), this, m_geometry.itemRect(item));
        return true;
    }
    if (m_geometry.histogramRect().contains(pos) && !m_model.monthCounts().empty()) {
        const QDate d = QDate::fromJulianDay(static_cast<qint64>(std::floor(m_geometry.dayAt(pos.x()))));
        const int month = d.year() * 12 + d.month() - 1 - m_model.firstMonth();
        const auto& counts = m_model.monthCounts();
        const int count = month >= 0 && month < static_cast<int>(counts.size()) ? counts[static_cast<std::size_t>(month)] : 0;
        const QString when = TimelineAxis::monthYear(d, QLocale());
        QToolTip::showText(globalPos, tr("%1: %n event(s) start", "", count).arg(when), this);
        return true;
    }
    if (m_geometry.labelsRect().contains(pos) && m_geometry.laneCount() > 0) {
        const int lane = m_geometry.laneAt(pos.y());
        if (pos.y() >= m_geometry.laneTop(lane) && pos.y() < m_geometry.laneTop(lane) + m_geometry.laneHeight(lane)) {
            // Rich text so that the escaped label shows literally.
            QToolTip::showText(globalPos, QStringLiteral("<span>") + laneLabel(lane).toHtmlEscaped() + QStringLiteral("</span>"), this);
            return true;
        }
    }
    return false;
}

std::optional<qint64> TimelineView::idOf(std::optional<std::size_t> index) const
{
    return index ? std::optional<qint64>(m_model.items()[*index].id) : std::nullopt;
}

} // namespace letopis::gui
