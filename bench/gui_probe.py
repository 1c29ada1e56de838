"""Drive the real window offscreen through the scripted interactions; print JSON.

Measures, per interaction, the time from the query change to the results shown (table, facets,
map and timeline updated, and the window painted by Qt's own paint event); the longest gap
between ticks of a 5 ms watchdog timer on the GUI thread (a stall); scrolling to random rows;
and peak RSS. The probe lets Qt paint when it would in a real event loop: forcing a repaint
inside the result handler's loop turn would glue two separate events into one false stall.
Run by bench/run.py: python bench/gui_probe.py DB PASSES
"""

from __future__ import annotations

import json
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from screen import OFFSCREEN

os.environ.setdefault("QT_QPA_PLATFORM", OFFSCREEN)

from interactions import INTERACTIONS
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings


class PaintCounter(QObject):
    """Counts the window's paint passes (UpdateRequest events) as Qt delivers them, and tells
    ``on_paint``, which may quit a waiting event loop once this paint is done."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.on_paint: Callable[[], None] = lambda: None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.count += 1
            self.on_paint()
        return False


def main() -> None:
    database, passes = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Repository(open_database(database)),
                        Settings(Path(tempfile.mkdtemp()) / "s.json", persist=False))
    window.resize(1280, 800)
    window.show()
    deadline = time.perf_counter() + 600
    while window.state.repository.columnar is None and time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    # The window's first results (which also build the sidebar's rows) belong to startup, which
    # is measured on its own; the interactions start from a settled window.
    while not (window.state.results is not None
               and window.state.results.spec == window.state.spec) \
            and time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        window.state.wait(10)
    for _ in range(5):
        QCoreApplication.processEvents()

    stalls: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        stalls.append((now - last[0]) / 1e6)
        last[0] = now

    watchdog = QTimer()
    watchdog.setInterval(5)
    watchdog.timeout.connect(tick)
    watchdog.start()
    paints = PaintCounter()
    window.installEventFilter(paints)
    paints_at_results = [0]
    window.state.results_ready.connect(lambda _results: paints_at_results.__setitem__(
        0, paints.count))
    # Wait in a real event loop (idle, GIL released), not a processEvents spin that would
    # starve the query worker of the GIL.
    waiting = QEventLoop()

    def shown() -> bool:
        return (window.state.results is not None
                and window.state.results.spec == window.state.spec
                and paints.count > paints_at_results[0])

    def quit_when_shown() -> None:
        if shown():
            waiting.quit()

    paints.on_paint = quit_when_shown
    watchdog.timeout.connect(quit_when_shown)
    latencies: list[float] = []
    for _ in range(passes):
        for query in INTERACTIONS:
            started = time.perf_counter()
            window.search_box.edit.setText(query)
            window.search_box.apply()
            if not shown():
                waiting.exec()
            latencies.append((time.perf_counter() - started) * 1000)
            for _ in range(3):  # let the watchdog see the idle loop between interactions
                QCoreApplication.processEvents()
                time.sleep(0.006)
    watchdog.stop()
    window.search_box.edit.setText("")
    window.search_box.apply()
    window.state.wait()
    QCoreApplication.processEvents()
    rows = window.table.model().rowCount()
    rng = random.Random(7)
    scrolls = []
    for _ in range(50):
        row = rng.randrange(rows)
        started = time.perf_counter()
        index = window.table.model().index(row, 1)
        window.table.scrollTo(index)
        window.table.viewport().repaint()
        scrolls.append((time.perf_counter() - started) * 1000)
    print(json.dumps({
        "latencies_ms": latencies, "worst_stall_ms": max(stalls, default=0.0) - 5.0,
        "scroll_ms": scrolls, "peak_rss_mb": resource.getrusage(
            resource.RUSAGE_SELF).ru_maxrss / 1024, "rows": rows,
    }))
    window.close()
    del app


if __name__ == "__main__":
    main()
