"""How wide the table's columns are, and which default columns a narrow table can show.

Dates, counts and coded values (countries, outcomes) are as wide as their widest value, so a
year, a count or "Detained or removed by the host state" is never cut; prose columns (a
summary, a note) stop at PROSE_WIDTH, with the whole text in each cell's tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from asylum_browser.gui.table_model import DEFAULT_VISIBLE, IncidentTableModel, TableColumn

WIDEST_DATE = "27 September 2002"  # the longest month name, a two-digit day
PROSE_WIDTH = 320
TITLE_COMFORT = 240  # what a title needs to read as a sentence, not a fragment
# The defaults a narrow table may leave out, most needed first; date, title and city stay.
SPARE = ("outcome_class", "sending_state", "people", "host_country")


def defaults_that_fit(viewport: int, widths: Mapping[str, int]) -> set[str]:
    """The default columns to show in a table ``viewport`` pixels wide, given each column's
    fitted width: the essential ones, then each spare one, most needed first, that still
    leaves the title TITLE_COMFORT."""
    shown = {key for key in DEFAULT_VISIBLE if key not in SPARE}
    left = viewport - TITLE_COMFORT - sum(widths.get(key, 0) for key in shown if key != "title")
    for key in SPARE:
        if widths.get(key, 0) <= left:
            left -= widths.get(key, 0)
            shown.add(key)
    return shown


def needed_width(table: QTableView, index: int, column: TableColumn, rows: range) -> int:
    """The width that shows ``column``'s widest text among ``rows`` and its header."""
    model = table.model()
    assert isinstance(model, IncidentTableModel)
    plain = table.fontMetrics()
    italic_font = table.font()
    italic_font.setItalic(True)
    italic = QFontMetrics(italic_font)
    texts = [WIDEST_DATE] if column.kind == "date" else []
    widest = max((plain.horizontalAdvance(text) for text in texts), default=0)
    for row in rows:
        cell = model.index(row, index)
        text = str(model.data(cell) or "")
        metrics = italic if model.data(cell, Qt.ItemDataRole.FontRole) else plain
        widest = max(widest, metrics.horizontalAdvance(text))
    style = table.style()
    # Qt's item views keep a text margin of the focus frame's width plus one each side.
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
                  + 1) + 2
    header = table.horizontalHeader()
    header_margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = (style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
             + header_margin if column.sort_key else 0)
    for_header = (header.fontMetrics().horizontalAdvance(column.header)
                  + 2 * header_margin + arrow + 4)
    cells = widest + margin
    if column.kind == "text" and not column.coded:  # prose would take the screen
        cells = min(cells, PROSE_WIDTH)
    return max(cells, for_header)
