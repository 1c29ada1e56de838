"""Render the real window offscreen and save docs/screenshot.png.

Run: python scripts/screenshot.py [PATH] [QUERY].

The window is 1280x800 with the query `shenyang`, its first row selected and the map on
north-east Asia, using a
throwaway settings file and workspace so nothing of the user's is read or changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# A 1920×1080 screen: offscreen's own is 800×800, which shrank the window to fit it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen:configfile=" + os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures",
    "screen-1920x1080.json"))

from PySide6.QtCore import QCoreApplication, QDeadlineTimer
from PySide6.QtWidgets import QApplication

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.geo import project
from asylum_browser.core.workspace import Workspace
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings


def main(target: Path, query: str = "shenyang") -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(Repository(open_database()), Settings(Path(folder) / "s.json"),
                            Workspace(Path(folder) / "workspace.sqlite"))
        window.resize(1280, 800)
        window.show()
        window.search_box.edit.setText(query)
        window.search_box.apply()
        deadline = QDeadlineTimer(10000)
        while not deadline.hasExpired():
            QCoreApplication.processEvents()
            results = window.state.results
            if results is not None and results.spec.text == query:
                break
            window.state.wait(20)
        window.table.selectRow(0)
        window.map.set_view(project(119, 37), 3.3)  # north-east Asia, around the results
        for _ in range(20):
            QCoreApplication.processEvents()
        window.grab().save(str(target))
        window.settings.persist = False
        window.close()
    del app
    print(f"saved {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshot.png"),
         *(sys.argv[2:3]))
