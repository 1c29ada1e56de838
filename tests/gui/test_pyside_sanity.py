"""Guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11).

Every void method of PySide6 6.12.0 released one reference to None. Python 3.12 made None
immortal, which hid it; on 3.11 the process aborts after a few thousand calls.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF


def test_void_calls_keep_none_alive() -> None:
    path = QPainterPath()
    polygon = QPolygonF([QPointF(0, 0), QPointF(1, 1)])
    before = sys.getrefcount(None)
    for _ in range(500):
        path.addPolygon(polygon)
        path.closeSubpath()
    assert sys.getrefcount(None) >= before - 50, (
        "this PySide6 build drops references to None; pin another version")
