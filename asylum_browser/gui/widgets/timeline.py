"""The timeline (objectName timelineView): incidents per year or month, brushable.

Bars show the current query over the faint counts of the whole database. Dragging across the
strip writes one date: range into the query, a click filters to one bin, a double-click removes
the range. The strip bins by month once the query's dates span six years or less
(core.timeline.unit_for). In a month view, incidents known only to the year cannot sit in one
month: they are drawn as a hatched band across their year. Hovering names a bin and its counts;
the selected incident's date is marked. It talks only to AppState and paints with QPainter in
the palette's colours, so it reads in light and dark themes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from asylum_browser.core.engine.answers import Results
from asylum_browser.core.model.dates import valid_partial
from asylum_browser.core.model.values import TimelineBin
from asylum_browser.core.query.timeline import (
    brush_value,
    date_window,
    describe_period,
    period_bounds,
)
from asylum_browser.gui.shown_text import tooltip
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets.stale import dim_while_invalid
from asylum_browser.gui.widgets.timeline_axis import (
    axis_labels,
    nice_ticks,
    paint_axis,
    paint_readout,
    short_period,
)
from asylum_browser.i18n.words import tr

LEFT, RIGHT, TOP, BOTTOM = 34.0, 14.0, 8.0, 22.0


def _bin_words(period: str, here: int, everywhere: int, vague: int) -> str:
    """A bin's tooltip: its count here and in the whole database, and the incidents of its
    year known only to the year (hatched)."""
    template = (tr("{period}: {count} incident in these results ({total} in the whole "
                   "database)") if here == 1 else
                tr("{period}: {count} incidents in these results ({total} in the whole "
                   "database)"))
    text = template.format(period=describe_period(period), count=f"{here:,}",
                           total=f"{everywhere:,}")
    if vague:
        text += tr("; {count} more in {year} known only to the year (hatched)").format(
            count=f"{vague:,}", year=period[:4])
    return text + tr(". Drag to filter by date; double-click to clear.")
DRAG_THRESHOLD = 4  # pixels before a press becomes a brush


def months_between(first_day: int, last_day: int) -> list[str]:
    start, end = dt.date.fromordinal(first_day), dt.date.fromordinal(last_day)
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class TimelineView(QWidget):
    """Incidents per period: the query's counts over the whole database's, brushable."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        dim_while_invalid(state, self)  # its markers or bars are the last good query's
        self._state = state
        self.setObjectName("timelineView")
        self.setAccessibleName("Timeline of incidents; drag to filter by date")
        self.setMinimumHeight(70)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.unit = "year"
        self.periods: list[str] = []
        self._counts: dict[str, TimelineBin] = {}
        self._baseline: dict[str, TimelineBin] = {}
        self._window: tuple[int, int] | None = None  # the query's own date range
        self.selected_day: int | None = None
        self._press: QPointF | None = None
        self._drag: tuple[int, int] | None = None  # bin indexes under a brush in progress
        self._released: tuple[int, int] | None = None  # a brush let go, until its results
        self._dragging = False  # the press has moved far enough to be a brush
        self._click = QTimer(self)  # a single click waits to see if it becomes a double one
        self._click.setSingleShot(True)
        self._click.setInterval(QApplication.doubleClickInterval())
        self._click.timeout.connect(self._apply_click)
        self._clicked_bin: int | None = None
        state.results_ready.connect(self._on_results)
        state.selection_changed.connect(self._on_selection)

    def sizeHint(self) -> QSize:
        return QSize(600, 90)

    # --- data ---------------------------------------------------------------------------

    def _on_results(self, results: Results) -> None:
        self.unit = results.timeline_unit
        self._counts = {b.period: b for b in results.timeline}
        self._baseline = {b.period: b for b in results.baseline}
        self._window = date_window(results.spec)
        self._released = None
        if self.unit == "month" and self._window is not None:
            self.periods = months_between(*self._window)
        else:
            # A damaged row's period ("abc", "0000") is no year: it is left off the axis.
            years = ([int(p[:4]) for p in self._baseline if valid_partial(p[:4])]
                     or [int(p[:4]) for p in self._counts if valid_partial(p[:4])])
            self.periods = ([str(y) for y in range(min(years), max(years) + 1)]
                            if years else [])
        self.setAccessibleName(f"Timeline of incidents per {self.unit}; drag to filter by date")
        self.update()

    def _on_selection(self, seq: object) -> None:
        self.selected_day = None
        if isinstance(seq, int):
            rows = self._state.repository.rows([seq])
            parsed = valid_partial(rows[0].get("date_start")) if rows else None
            if parsed is not None:
                low, high, _precision = parsed
                self.selected_day = (low + high) // 2
        self.update()

    def total(self, period: str, series: str = "results") -> int:
        """Incidents in a bin (of the results, or of the whole database)."""
        source = self._counts if series == "results" else self._baseline
        found = source.get(period)
        return 0 if found is None else found.count + found.imprecise

    def year_only(self, year: str, series: str = "results") -> int:
        """In a month view: incidents of that year known only to the year."""
        source = self._counts if series == "results" else self._baseline
        found = source.get(year)
        return 0 if found is None else found.imprecise

    # --- geometry -----------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        return QRectF(LEFT, TOP, max(1.0, self.width() - LEFT - RIGHT),
                      max(1.0, self.height() - TOP - BOTTOM))

    def bin_at(self, x: float) -> int | None:
        if not self.periods:
            return None
        plot = self.plot_rect()
        index = int((x - plot.left()) / plot.width() * len(self.periods))
        return min(max(index, 0), len(self.periods) - 1)

    def bin_rect(self, index: int) -> QRectF:
        plot = self.plot_rect()
        width = plot.width() / max(len(self.periods), 1)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def x_of_day(self, day: int) -> float | None:
        for index, period in enumerate(self.periods):
            first, last = period_bounds(period)
            if first <= day <= last:
                rect = self.bin_rect(index)
                return rect.left() + rect.width() * (day - first + 0.5) / (last - first + 1)
        return None

    def tallest(self) -> float:
        """The count the plot's full height stands for (the whole database's busiest bin)."""
        spread = 12 if self.unit == "month" else 1  # a year-only incident spreads over 12 bars
        return max([self.total(p, "baseline") + self.year_only(p[:4], "baseline") / spread
                    for p in self.periods] + [1])

    def count_ticks(self) -> list[tuple[float, int]]:
        """(y, count) of the count scale's ticks, so bar heights can be read as numbers."""
        plot = self.plot_rect()
        tallest = self.tallest()
        return [(plot.bottom() - value * plot.height() / tallest, value)
                for value in nice_ticks(tallest, max(1, int(plot.height() // 18)))]

    def axis_labels(self) -> list[tuple[float, str]]:
        """(x, text) of the labels under the strip: years, and in a month view the months
        too, as many as fit without colliding."""
        return axis_labels(self.unit, self.periods, lambda i: self.bin_rect(i).left(),
                           self.fontMetrics().horizontalAdvance)

    def range_bins(self) -> tuple[int, int] | None:
        """The bins under the brush: the one being dragged, the one just let go, or the
        query's own date range (the whole strip once the strip zooms to it)."""
        if self._drag is not None and self._press is not None and self._dragging:
            return min(self._drag), max(self._drag)
        if self._released is not None or self._window is None:
            return self._released
        low, high = self._window
        inside = [i for i, p in enumerate(self.periods)
                  if low <= period_bounds(p)[0] and period_bounds(p)[1] <= high]
        return (inside[0], inside[-1]) if inside else None

    def readout(self) -> str:
        """What the brush covers, written over the strip while dragging and after: the range
        and the results' count in it."""
        bins = self.range_bins()
        if bins is None:
            return ""
        first, last = self.periods[bins[0]], self.periods[bins[1]]
        count = sum(self.total(p) for p in self.periods[bins[0]:bins[1] + 1])
        if self.unit == "month":
            count += sum(self.year_only(y) for y in
                         {p[:4] for p in self.periods[bins[0]:bins[1] + 1]}
                         if period_bounds(y)[0] >= period_bounds(first)[0]
                         and period_bounds(y)[1] <= period_bounds(last)[1])
        span = short_period(first) if first == last else (
            f"{short_period(first)} \u2013 {short_period(last)}")
        template = tr("{span}: {count} incident") if count == 1 else tr("{span}: {count} incidents")
        return template.format(span=span, count=f"{count:,}")

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self.periods:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No dated incidents"))
            painter.end()
            return
        plot = self.plot_rect()
        solid = palette.color(QPalette.ColorRole.Highlight)
        faint = QColor(solid)
        faint.setAlpha(50)
        hatch = QBrush(solid, Qt.BrushStyle.BDiagPattern)
        spread = 12 if self.unit == "month" else 1  # a year-only incident spreads over 12 bars
        scale = plot.height() / self.tallest()
        for index, period in enumerate(self.periods):
            rect = self.bin_rect(index)
            width = max(rect.width() - (1 if rect.width() > 3 else 0), 1.0)
            for series, brush in (("baseline", QBrush(faint)), ("results", QBrush(solid))):
                exact = self.total(period, series) if self.unit == "year" or len(period) > 4 \
                    else 0
                vague = self.year_only(period[:4], series) / spread if self.unit == "month" \
                    else 0.0
                height = exact * scale
                painter.fillRect(QRectF(rect.left(), plot.bottom() - height, width, height),
                                 brush)
                if vague and series == "results":
                    band = vague * scale
                    painter.fillRect(QRectF(rect.left(), plot.bottom() - height - band, width,
                                            band), hatch)
        paint_axis(painter, plot, palette, self.periods if self.unit == "month" else [],
                   lambda i: self.bin_rect(i).left(), self.axis_labels(), self.count_ticks())
        if self.selected_day is not None:
            x = self.x_of_day(self.selected_day)
            if x is not None:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5,
                                    Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        bins = self.range_bins()
        if bins is not None:
            area = self.bin_rect(bins[0]).united(self.bin_rect(bins[1]))
            if bins != (0, len(self.periods) - 1):  # a shade over everything says nothing
                shade = QColor(solid)
                shade.setAlpha(60)
                painter.fillRect(area, shade)
                painter.setPen(QPen(solid, 1))
                painter.drawRect(area.adjusted(0, 0, -1, -1))
            paint_readout(painter, self.readout_rect(), self.readout(), palette)
        painter.end()

    def readout_rect(self) -> QRectF:
        """Where the read-out is written: over the brush, kept inside the strip."""
        bins = self.range_bins()
        text = self.readout()
        if bins is None or not text:
            return QRectF()
        area = self.bin_rect(bins[0]).united(self.bin_rect(bins[1]))
        metrics = self.fontMetrics()
        width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 2
        left = min(max(area.center().x() - width / 2, 0.0), self.width() - width)
        return QRectF(left, TOP, width, height)

    # --- hover --------------------------------------------------------------------------

    def tooltip_at(self, x: float) -> str:
        """What hovering at ``x`` says: the bin, its count and the whole database's."""
        index = self.bin_at(x)
        if index is None:
            return ""
        period = self.periods[index]
        vague = self.year_only(period[:4]) if self.unit == "month" else 0
        return _bin_words(period, self.total(period), self.total(period, "baseline"), vague)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos().x())
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # --- brushing -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.periods:
            self._press = event.position()
            index = self.bin_at(event.position().x())
            self._drag = None if index is None else (index, index)
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and self._drag is not None:
            moved = (event.position() - self._press).manhattanLength()
            index = self.bin_at(event.position().x())
            if moved >= DRAG_THRESHOLD and index is not None:
                self._drag = (self._drag[0], index)
                self._dragging = True
                self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        moved = (event.position() - self._press).manhattanLength()
        drag, self._press, self._drag = self._drag, None, None
        self._dragging = False
        self.update()
        if drag is None:
            return
        if moved >= DRAG_THRESHOLD:
            self.brush(*drag)
        else:
            self._clicked_bin = drag[0]  # wait: a double-click clears instead
            self._click.start()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._click.stop()
        self._clicked_bin = None
        self._state.set_range("date", None)
        event.accept()

    def _apply_click(self) -> None:
        if self._clicked_bin is not None:
            self.brush(self._clicked_bin, self._clicked_bin)
        self._clicked_bin = None

    def brush(self, first: int, last: int) -> None:
        """Filter to bins ``first``..``last`` (indexes into ``periods``); the brush stays
        drawn until the results for it arrive (and then while it leaves part of the strip)."""
        self._released = (min(first, last), max(first, last))
        self.update()
        self._state.set_range("date", brush_value(self.periods[first], self.periods[last]))

    def point_of(self, period: str) -> QPoint:
        """The centre of a bin on screen (for tests and keyboard-free scripting)."""
        return self.bin_rect(self.periods.index(period)).center().toPoint()
