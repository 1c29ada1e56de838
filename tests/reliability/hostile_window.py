"""Drive the window over a hostile database as a user would, and say what it saw (JSON).

    python -m tests.reliability.hostile_window DB WORK_FOLDER

Run in its own process (tests/reliability/test_hostile_window.py runs it under strace, to see
every file it opens). It opens the window at 1366×768 on DB, clicks every row of the table,
hovers every cell, every map marker, every facet value and the timeline, follows every link of
the detail pane and of Help > About, then walks every widget for text that Qt would read as
markup. Links handed to the desktop are caught by Qt's own URL handlers, so nothing is ever
launched. The last line of stdout is the JSON report.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.workspace import EXPORT_FORMAT, Workspace
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings

SCHEMES = ("http", "https", "file", "javascript", "data", "ftp", "mailto", "qrc", "smb")
# The attack's own markup (tests/reliability/hostile_db.py), unescaped: our own markup, as in
# the About box, is not data and does not match.
RAW_MARKUP = re.compile(r'<img src="/dev/zero">|<a href="javascript:')
HREF = re.compile(r'href="([^"]*)"')
HOSTILE_SEARCH_TEXT = '<img src="/dev/zero"><a href="javascript:alert(1)">x</a>'



class LinkCatcher(QObject):
    """Stands in for the desktop: Qt calls it for every URL handed to QDesktopServices."""

    def __init__(self) -> None:
        super().__init__()
        self.handed: list[str] = []

    @Slot(QUrl)
    def take(self, url: QUrl) -> None:
        self.handed.append(url.toString()[:200])


def settle(app: QApplication, seconds: float = 0.05) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def wait_until(app: QApplication, ready: object, seconds: float = 20.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if ready():  # type: ignore[operator]
            return True
        time.sleep(0.005)
    return False


def hover(widget: QWidget, point: QPoint) -> None:
    """What Qt sends when the mouse rests on a point: a tooltip request."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point,
                                              widget.mapToGlobal(point)))


def markup_problems() -> list[str]:
    """Every widget text that holds data's markup where Qt would read it as rich text."""
    problems = []
    for widget in QApplication.allWidgets():
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if RAW_MARKUP.search(widget.toolTip()):
            problems.append(f"{name} tooltip: {widget.toolTip()[:120]}")
        if (isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText
                and RAW_MARKUP.search(widget.text())):
            problems.append(f"{name} label: {widget.text()[:120]}")
    return problems


def main(database: Path, work: Path) -> dict[str, object]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from asylum_browser.gui.crash import CrashReporter

    CrashReporter(log_dir=work / "logs", parent=app).install()  # as the app runs: errors show
    catcher = LinkCatcher()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, catcher, "take")
    report: dict[str, object] = {}
    started = time.monotonic()
    window = MainWindow(Repository(open_database(database)),
                        Settings(work / "settings.json"), Workspace(work / "workspace.sqlite"))
    window.resize(1366, 768)
    window.show()
    results_ready = wait_until(app, lambda: window.state.results is not None
                               and window.table.model().rowCount() > 0)
    report["rows"] = window.table.model().rowCount() if results_ready else 0
    table, model = window.table, window.table.model()
    selected, tooltips, links, cells = 0, 0, 0, 0
    report["columns_shown"] = sum(not table.isColumnHidden(column)
                                  for column in range(model.columnCount()))
    for row in range(model.rowCount()):
        table.scrollTo(model.index(row, 0))
        settle(app, 0)
        rect = table.visualRect(model.index(row, 0))
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())
        if wait_until(app, lambda before=window.detail.shown_id:
                      window.detail.shown_id not in (None, before), 10):
            selected += 1
        for column in range(model.columnCount()):
            if not table.isColumnHidden(column):
                hover(table.viewport(), table.visualRect(model.index(row, column)).center())
                tooltips += 1
                cells += 1
        for href in HREF.findall(window.detail.shown_html):
            if not href.startswith(("filter:", "incident:")):
                window.detail.anchorClicked.emit(QUrl(href.replace("&amp;", "&")))
                links += 1
        settle(app, 0)
    # A colleague's saved-search file, with the same attack in its names and queries.
    searches = work / "searches.json"
    attack = HOSTILE_SEARCH_TEXT
    searches.write_text(json.dumps({"format": EXPORT_FORMAT, "version": 1,
                                    "searches": [{"name": attack, "query": attack,
                                                  "sort": "date", "descending": False}]}))
    report["searches_imported"] = window.state.import_searches(searches) or []
    settle(app, 0.1)
    for button in window.findChildren(QWidget, "savedSearch"):
        hover(button, QPoint(5, 5))
        tooltips += 1
    for drawn in list(window.map._drawn):
        hover(window.map, drawn.centre.toPoint())
        tooltips += 1
    for facet_row in window.sidebar.findChildren(QWidget, "facetValue"):
        hover(facet_row, QPoint(10, 5))
        tooltips += 1
    for x in range(5, window.timeline.width(), 15):
        hover(window.timeline, QPoint(x, window.timeline.height() // 2))
        tooltips += 1
    settle(app, 0.2)
    about = next(action for action in window.findChildren(QAction)
                 if action.text().replace("&", "").startswith("About"))
    about.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    report["about_opened"] = box is not None and box.isVisible()
    for label in (box.findChildren(QLabel) if box is not None else []):
        for href in HREF.findall(label.text()):
            label.linkActivated.emit(href.replace("&amp;", "&"))
            links += 1
    settle(app, 0.2)
    report["error_boxes"] = [box.text()[:200] for box in QApplication.allWidgets()
                             if isinstance(box, QMessageBox)
                             and box.objectName() in ("errorMessage", "problemMessage")]
    report.update(selected=selected, tooltips=tooltips, cells_hovered=cells,
                  links_followed=links,
                  handed=catcher.handed, problems=markup_problems(),
                  seconds=round(time.monotonic() - started, 1))
    if box is not None:
        box.close()
    window.state.wait()
    window.close()
    return report


if __name__ == "__main__":
    result = main(Path(sys.argv[1]), Path(sys.argv[2]))
    print(json.dumps(result), flush=True)
