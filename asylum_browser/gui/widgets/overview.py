"""The timeline strip (objectName timelineView), until the brushable timeline arrives.

It draws incidents per year for the current query over the faint counts of the whole
database, and talks only to AppState.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from asylum_browser.gui.state import AppState, Results


class TimelineStrip(QWidget):
    """Incidents per year: the query's counts over the whole database's, drawn natively."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName("Timeline of incidents per year")
        self.setMinimumHeight(70)
        self._counts: dict[int, int] = {}
        self._baseline: dict[int, int] = {}
        state.results_ready.connect(self._on_results)

    def sizeHint(self) -> QSize:
        return QSize(600, 90)

    def _on_results(self, results: Results) -> None:
        self._counts = {int(b.period): b.count + b.imprecise for b in results.timeline}
        self._baseline = {int(b.period): b.count + b.imprecise for b in results.baseline}
        busiest = max(self._counts, key=self._counts.__getitem__) if self._counts else None
        self.setToolTip("" if busiest is None else
                        f"Busiest year in these results: {busiest} ({self._counts[busiest]})")
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self._baseline:
            return
        first, last = min(self._baseline), max(self._baseline)
        first, last = first - first % 10, last - last % 10 + 10
        span = last - first
        tallest = max(self._baseline.values())
        left, right, top, bottom = 22.0, 22.0, 8.0, 22.0
        width = self.width() - left - right
        height = self.height() - top - bottom
        bar = width / span
        faint = QColor(palette.color(QPalette.ColorRole.Highlight))
        faint.setAlpha(45)
        solid = palette.color(QPalette.ColorRole.Highlight)
        for series, color in ((self._baseline, faint), (self._counts, solid)):
            for year, count in series.items():
                h = height * count / tallest
                x = left + (year - first) * bar
                painter.fillRect(QRectF(x, top + height - h, max(bar - 1, 1.5), h), color)
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text)
        for decade in range(first, last + 1, 10):
            x = left + (decade - first) * bar
            painter.drawLine(int(x), int(top + height), int(x), int(top + height + 4))
            painter.drawText(QRectF(x - 30, top + height + 4, 60, 16),
                             Qt.AlignmentFlag.AlignHCenter, str(decade))
        painter.end()
