"""What a click or a hover on a cluster leads to: how far to zoom, the list, the tooltip.

Apart from the widget so its class stays an input-and-wiring layer; these read the points and
the viewport and call back, holding no state of their own.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
from PySide6.QtWidgets import QMenu, QWidget

from asylum_browser.core.engine.mapdata import MapPoints
from asylum_browser.core.model.geo import split_level
from asylum_browser.gui.widgets.map.markers import by_seq
from asylum_browser.gui.widgets.map.viewport import MAX_ZOOM, MapViewport
from asylum_browser.i18n.words import QT_TR_NOOP, tr

LISTED = 30  # incidents a cluster's menu names before saying how many more
CLUSTER_HINT = QT_TR_NOOP("Click to zoom in or fan out; Ctrl-click lists them")


def zoom_until_split(viewport: MapViewport, points: MapPoints,
                     members: npt.NDArray[np.int64], top: float = 0.0) -> bool:
    """Zoom onto a cluster only as far as the level where it splits (fitted below the first
    ``top`` pixels, which the buttons cover); False (the view left as it is) when it never
    splits, because its incidents share one place."""
    x = np.array([viewport.near_centre(float(v)) for v in points.x[members]])
    y = points.y[members]
    deepest = split_level(x, y, math.floor(viewport.zoom + 0.5), int(MAX_ZOOM))
    if deepest is None:
        return False
    viewport.fit_points(x, y, padding=60, max_zoom=deepest, top=top)
    if math.floor(viewport.zoom + 0.5) < deepest:  # a wide cluster: fitted, yet still one
        viewport.set_view(viewport.centre, deepest)
    return True


def choose_menu(parent: QWidget, points: MapPoints, members: npt.NDArray[np.int64],
                select: Callable[[int], object]) -> QMenu:
    """The menu that Ctrl-click opens: a cluster's incidents in order, each selectable."""
    menu = QMenu(parent)
    menu.setObjectName("mapChooseMenu")
    for index in by_seq(points, members, LISTED):
        point = points[index]
        action = menu.addAction(f"{point.date_label}: {point.title}")
        action.triggered.connect(lambda _checked=False, seq=point.seq: select(seq))
    if len(members) > LISTED:
        menu.addAction(tr("and {count} more (zoom in or filter)").format(
            count=len(members) - LISTED)).setEnabled(False)
    return menu


def tooltip_text(points: MapPoints, members: npt.NDArray[np.int64]) -> str:
    """The first few incidents under the pointer, and how many more."""
    lines = [f"{points[i].title} ({points[i].date_label})" for i in by_seq(points, members, 5)]
    if len(members) > 5:
        lines.append(tr("and {count} more").format(count=len(members) - 5))
    if len(members) > 1:
        lines.append(tr(CLUSTER_HINT))
    return "\n".join(lines)
