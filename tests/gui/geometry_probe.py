"""Open the real window on the screen the offscreen config gives, print where it landed.

Run by test_window_geometry.py in a subprocess per screen size (the offscreen platform reads
its screens once, at start). Arguments: a settings file (may hold a saved geometry) and,
optionally, WxH to resize the window to and save on close.
Prints JSON: the window's frame and the screen's available area, as [x, y, width, height].
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.workspace import Workspace
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> None:
    app = QApplication(sys.argv[:1])
    settings_path = Path(sys.argv[1])
    window = MainWindow(Repository(open_database()), Settings(settings_path),
                        Workspace(settings_path.parent / "workspace.sqlite"))
    window.show()
    app.processEvents()
    if len(sys.argv) > 2:  # "WxH": resize and keep the settings, as a user closing it would
        width, height = (int(n) for n in sys.argv[2].split("x"))
        window.resize(width, height)
        app.processEvents()
    screen = window.screen().availableGeometry()
    print(json.dumps({"frame": rect(window.frameGeometry()), "available": rect(screen)}))
    window.settings.persist = len(sys.argv) > 2
    window.close()
    window.state.wait()


if __name__ == "__main__":
    main()
