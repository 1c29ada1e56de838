"""The map's button row: zoom, fit, world, the colour key and "Only what is in view"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from asylum_browser.gui.widgets.buttons import tool_button
from asylum_browser.i18n.words import QT_TR_NOOP, tr

IN_VIEW_LONG, IN_VIEW_SHORT = QT_TR_NOOP("Only what is in view"), QT_TR_NOOP("In view")


class MapControls(QWidget):
    """objectName mapControls. The buttons call the map back; they hold no view state."""

    def __init__(self, parent: QWidget, zoom_by: Callable[[float], None],
                 fit: Callable[[], None], reset: Callable[[], None],
                 repaint: Callable[[], None], in_view_toggled: Callable[[bool], None]) -> None:
        super().__init__(parent)
        self.setObjectName("mapControls")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.zoom_in_button = tool_button(self, "+", tr("Zoom in"), "mapZoomIn",
                                          lambda: zoom_by(1))
        self.zoom_out_button = tool_button(self, "\u2212", tr("Zoom out"), "mapZoomOut",
                                           lambda: zoom_by(-1))
        self.fit_button = tool_button(self, tr("Fit"), tr("Fit to results"), "mapFit", fit)
        self.reset_button = tool_button(self, tr("World"), tr("Reset view to the whole world"),
                                        "mapReset", reset)
        self.in_view = QCheckBox(tr(IN_VIEW_LONG), self)
        self.in_view.setObjectName("mapOnlyInView")
        self.in_view.setAccessibleName(tr("Only show incidents in the map's view"))
        self.in_view.setToolTip(tr("Narrow the table, the facets and exports to what the map "
                                   "shows (writes within: into the search). Shift+drag draws "
                                   "a box."))
        self.in_view.toggled.connect(in_view_toggled)
        self.in_view.setAutoFillBackground(True)
        self.legend_button = tool_button(self, tr("Key"), tr("Show or hide the colour key"),
                                         "mapLegend", repaint)
        self.legend_button.setCheckable(True)
        self.legend_button.setChecked(False)  # the key hides markers: shown on demand
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button,
                       self.reset_button, self.legend_button, self.in_view):
            layout.addWidget(widget)
        self.adjustSize()

    def fit_width(self, room: int) -> None:
        """Shorten the toggle's words when the row is wider than the map, so that a narrow
        map (an 800-pixel screen, a wide sidebar) still shows every button."""
        self.in_view.setText(tr(IN_VIEW_LONG))
        self.adjustSize()
        if self.width() > room:
            self.in_view.setText(tr(IN_VIEW_SHORT))
            self.adjustSize()

    def uncheck_in_view(self) -> None:
        """Turn the toggle off without writing to the query (the query already changed)."""
        self.in_view.blockSignals(True)
        self.in_view.setChecked(False)
        self.in_view.blockSignals(False)
