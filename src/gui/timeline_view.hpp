#pragma once
// The workbench's timeline: events as bars on a time axis that zooms from decades down to days,
// in lanes by series or by type, coloured by event type, under a strip that counts the events
// starting in each month. Events whose year is unknown, and undated events, sit in their own
// marked lanes at the bottom, never on the axis; events whose year was inferred from the text are
// hatched with a dashed outline, and their tooltip says so.
//
// Mouse: wheel zooms around the cursor, Shift+wheel scrolls the lanes, a horizontal wheel pans,
// dragging pans (and scrolls), a click selects and activates an event, a double click activates.
// Keyboard: + and - zoom, Left/Right pan, Up/Down/PageUp/PageDown scroll the lanes, Home fits all
// events, Ctrl+Left/Ctrl+Right select the previous/next event, Enter activates the selection,
// Escape clears it.
//
// Time is measured in Julian day numbers (QDate::toJulianDay) as doubles; positions are in the
// widget's coordinates. GUI thread only.
#include "timeline_geometry.hpp"
#include "timeline_model.hpp"
#include "timeline_painter.hpp"

#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QScrollBar;

namespace letopis::gui {

class TimelineView final : public QWidget {
    Q_OBJECT
public:
    using LaneMode = TimelineModel::LaneMode;

    explicit TimelineView(QWidget* parent = nullptr);

    // Replaces the events (copying what the timeline draws; rows may go away afterwards). Keeps
    // the selection when its event is still there (else clears it and emits selectionChanged),
    // and fits all events in view unless the user has zoomed or panned since the last fit.
    // An empty list shows "No events match the filters".
    void setEvents(const std::vector<store::EventRow>& rows);
    // Lanes by series (the default) or by event type. The year-unknown and undated lanes stay.
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_model.laneMode(); }
    // Lanes, top to bottom, including the "Year unknown" and "Undated" lanes when they have events.
    int laneCount() const { return static_cast<int>(m_model.lanes().size()); }
    QString laneLabel(int lane) const;
    // The layout the timeline draws (items, lanes, placement, histogram), read-only.
    const TimelineModel& model() const { return m_model; }

    // The event drawn at pos (widget coordinates), if any: a bar or chip, within its row's band.
    std::optional<qint64> eventAt(QPoint pos) const;
    // Where an event's bar or chip is drawn now (it may be outside the visible area); nothing
    // for an unknown id.
    std::optional<QRect> eventRect(qint64 id) const;
    // The tooltip of an event: name, type, series, dates (with the inferred-year or unknown-year
    // note), place. Rich text; corpus text is escaped. Empty for an unknown id.
    QString eventToolTip(qint64 id) const;

    std::optional<qint64> selectedEvent() const;
    // Selects an event (nothing or an unknown id clears the selection) and scrolls it into view,
    // zooming out when its bar is wider than the view. Emits selectionChanged when it changed;
    // does not emit eventActivated.
    void setSelectedEvent(std::optional<qint64> id);

    // The visible time range [from, to) in Julian days.
    std::pair<double, double> visibleRange() const;
    // Shows [from, to), clamped to the zoom limits (about five days to two centuries) and so
    // that some of the events stay in view.
    void setVisibleRange(double from, double to);
    // Zooms by factor (> 1 zooms in) keeping the time under widget x where it is.
    void zoomAt(double factor, double x);
    // Shows every event on the axis (Home).
    void fitAll();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A click, double click or Enter on an event. id is the store's event id.
    void eventActivated(qint64 id);
    // The selection changed (selectedEvent() tells to what).
    void selectionChanged();

protected:
    bool event(QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void changeEvent(QEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void focusInEvent(QFocusEvent* e) override;
    void focusOutEvent(QFocusEvent* e) override;
    void leaveEvent(QEvent* e) override;

private:
    // Layout is computed lazily (a hidden widget gets no resize events), hence const + mutable.
    void ensureLayout() const;
    void relayout() const;
    void invalidate();
    void measure();
    void setRange(double start, double span, bool byUser);
    void setScroll(int pixels);
    void select(std::optional<std::size_t> index, bool activate);
    void selectStep(int delta);
    void scrollIntoView(std::size_t index);
    void updateHover(QPoint pos);
    bool showToolTip(QPoint pos, QPoint globalPos);
    std::optional<qint64> idOf(std::optional<std::size_t> index) const;

    mutable TimelineModel m_model;        // chip flow depends on the width
    mutable TimelineGeometry m_geometry;
    TimelinePainter m_painter;
    QScrollBar* m_scrollBar = nullptr;
    mutable QSize m_layoutSize;
    mutable bool m_layoutValid = false;
    int m_labelWidth = 0;
    bool m_autoFit = true;                // fit on setEvents until the user zooms or pans
    std::optional<std::size_t> m_selected, m_hovered;
    std::optional<QPoint> m_pressPos;
    double m_pressStart = 0;
    int m_pressScroll = 0;
    bool m_dragging = false;
};

} // namespace letopis::gui
