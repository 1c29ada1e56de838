"""The timeline's axes and brush read-out: which labels and ticks fit, and painting them.

Kept apart from the widget so the widget holds the data and the gestures; these take bin
positions as a function and the palette, and know nothing of the query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

MONTH_STEPS = (1, 3, 6, 12)  # months between labels, the first whose labels do not collide


def nice_ticks(tallest: float, wanted: int = 3) -> list[int]:
    """A few round counts up to ``tallest`` (1, 2 or 5 times a power of ten apart)."""
    if tallest < 1:
        return []
    power = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * power
            if tallest / step <= wanted:
                return list(range(step, int(tallest) + 1, step))
        power *= 10


def short_period(period: str) -> str:
    """'2002' or 'Mar 2002', for the brush read-out."""
    if len(period) == 4:
        return period
    return dt.date(int(period[:4]), int(period[5:7]), 1).strftime("%b %Y")


def axis_labels(unit: str, periods: list[str], left_of: Callable[[int], float],
                advance: Callable[[str], int]) -> list[tuple[float, str]]:
    """(x, text) of the labels that fit: years (every 1, 5 or 10), and in a month view the
    months every 1, 3 or 6, the finest step whose labels do not collide."""
    if unit == "year":
        step = 10 if len(periods) > 25 else 5 if len(periods) > 10 else 1
        return _unclashed([(i, p) for i, p in enumerate(periods) if int(p) % step == 0],
                          left_of, advance)
    labels: list[tuple[float, str]] = []
    for step in MONTH_STEPS:
        wanted = [(i, p[:4] if p.endswith("-01") or i == 0 else
                   dt.date(2000, int(p[5:7]), 1).strftime("%b"))
                  for i, p in enumerate(periods) if (int(p[5:7]) - 1) % step == 0 or i == 0]
        labels = _unclashed(wanted, left_of, advance)
        if len(labels) == len(wanted):
            break
    return labels


def _unclashed(wanted: list[tuple[int, str]], left_of: Callable[[int], float],
               advance: Callable[[str], int]) -> list[tuple[float, str]]:
    kept: list[tuple[float, str]] = []
    last_right = -1e9
    for index, text in wanted:
        x = left_of(index)
        width = advance(text)
        if x - width / 2 < last_right + 6:
            continue  # no overlapping labels on a narrow strip
        kept.append((x, text))
        last_right = x + width / 2
    return kept


def paint_axis(painter: QPainter, plot: QRectF, palette: QPalette, months: list[str],
               left_of: Callable[[int], float], labels: list[tuple[float, str]],
               ticks: list[tuple[float, int]]) -> None:
    """The base line, a tick per month (taller at each year), the labels and the count
    scale with its faint grid lines."""
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    painter.setPen(muted)
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    metrics = painter.fontMetrics()
    for index, period in enumerate(months):
        x = left_of(index)
        length = 4.0 if period.endswith("-01") else 2.0
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + length))
    for x, text in labels:
        width = metrics.horizontalAdvance(text)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
        painter.drawText(QRectF(x - width / 2 - 2, plot.bottom() + 4, width + 4, 16),
                         Qt.AlignmentFlag.AlignHCenter, text)
    grid = QColor(muted)
    grid.setAlpha(60)
    for y, value in ticks:
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(muted)
        painter.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y))
        painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 5, metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{value:,}")


def paint_readout(painter: QPainter, rect: QRectF, text: str, palette: QPalette) -> None:
    """The brush's read-out in a small box over the strip."""
    if rect.isEmpty() or not text:
        return
    back = QColor(palette.color(QPalette.ColorRole.Base))
    back.setAlpha(225)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
    painter.setBrush(back)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
