"""Qt's "this plugin does not support …" notes stay off a newcomer's terminal; real warnings
still reach it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
from asylum_browser.gui.qt_messages import quiet_unsupported_platform_calls
quiet_unsupported_platform_calls()
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.show()
window.setMinimumSize(300, 200)  # offscreen: "does not support propagateSizeHints()"
app.processEvents()
qWarning("a real warning stays")
"""


def test_platform_notes_are_dropped_and_real_warnings_kept() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=60, check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen",
                                                           PYTHONPATH=str(ROOT)))
    assert "a real warning stays" in done.stderr
    assert "does not support" not in done.stderr
    # Without the filter the note is there: the test is of something real.
    bare = subprocess.run([sys.executable, "-c", SCRIPT.replace(
        "quiet_unsupported_platform_calls()\n", "", 1)], capture_output=True, text=True,
        timeout=60, check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen",
                                         PYTHONPATH=str(ROOT)))
    assert "does not support" in bare.stderr
