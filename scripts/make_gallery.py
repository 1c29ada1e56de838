"""Render the screenshot gallery in docs/gallery/ from the real window on the bundled data.

    .venv/bin/python scripts/make_gallery.py [OUT_DIR]

Each screen size runs in its own process, because Qt's offscreen platform reads its screen from
a config file once, at start: the window opens as it would on a 1280×720, 1366×768 or
1920×1080 screen. The scenes (reading view, search error, zero results, the fanned map, the
month timeline, the export dialog, the import report, the review of a report's drafts) are
taken on the 1366×768 laptop, the tightest screen people commonly use. Settings and workspace
are fresh temporary ones, so a gallery shows what a new user sees.
month timeline, the export dialog, the import report, a case of your own refused in its form)
are taken on the 1366×768 laptop, the tightest screen people commonly use. Settings and
workspace are fresh temporary ones, so a gallery shows what a new user sees.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1280, 720), (1366, 768), (1920, 1080))
SCENES_ON = (1366, 768)
SCENES = ("reading-view", "search-error", "zero-results", "map-fanned", "timeline-month",
          "export-dialog", "import-report", "report-review", "case-form")
LANGUAGES = ("ko", "ja", "zh_CN", "zh_TW")  # each: the main window and the reading view
PICTURES = (*(f"main-{w}x{h}" for w, h in SIZES), *SCENES,
            *(f"{scene}-{language}" for language in LANGUAGES
              for scene in ("main-1366x768", "reading-view")))
"""Every picture the gallery holds, by file name without .png (tests/test_gallery.py)."""


def wait_until(condition: Callable[[], object], seconds: float = 20.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(getattr(condition, "__doc__", None) or "a scene never settled")
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):  # let the last paints land
        QApplication.processEvents()


def shoot(width: int, height: int, out: Path, language: str | None = None) -> list[str]:
    """Open the window on this screen and save its pictures; the names saved. With a
    ``language``, the window in that language: its main view and reading view only."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from asylum_browser.core.engine.database import open_database
    from asylum_browser.core.engine.repository import Repository
    from asylum_browser.core.workspace import Workspace
    from asylum_browser.gui.main_window import MainWindow
    from asylum_browser.gui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    suffix = ""
    if language is not None:
        from asylum_browser.gui.i18n import install_language

        assert install_language(language) == language, f"no translation built for {language}"
        suffix = f"-{language}"
    home = Path(tempfile.mkdtemp(prefix="gallery-"))
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    window = MainWindow(Repository(open_database()), Settings(home / "settings.json",
                                                              persist=False),
                        Workspace(home / "workspace.sqlite"))
    window.show()
    saved: list[str] = []

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        saved.append(f"{name}.png")

    def query(text: str) -> None:
        window.search_box.edit.setText(text)
        window.search_box.apply()
        wait_until(lambda: window.state.results is not None
                   and window.state.results.spec.text == text and window.sidebar.settled)

    def select(incident_id: str) -> None:
        window.state.select_id(incident_id)
        wait_until(lambda: window.state.selected is not None)

    query("")
    select("2002-05-08-shenyang-japan-consulate")
    save(window, f"main-{width}x{height}{suffix}")
    if (width, height) != SCENES_ON:
        return saved

    # The reading view: Enter on the selected row, as a user opens it.
    window.table.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(window.table, Qt.Key.Key_Return)
    wait_until(lambda: window.reading_view.isVisible() and bool(window.reading_view.title))
    save(window.reading_view.window(), f"reading-view{suffix}")
    window.reading_view.window().close() if window.reading_view.window() is not window \
        else window.reading_view.hide()
    if language is not None:
        return saved

    query("host:china")
    window.search_box.edit.setText("host:china year:20x2")
    window.search_box.apply()
    wait_until(lambda: window.search_box.error.isVisible())
    save(window, "search-error")
    query("host:narnia")
    save(window, "zero-results")

    query("")
    view = window.map
    view.reset_view()
    for _ in range(8):
        if view.fanned is not None:
            break
        view.repaint()
        holder = next(d for d in view._drawn
                      if any(view.points[int(i)].id == "1980-04-01-havana-peru-embassy"
                             for i in d.members))
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=holder.centre.toPoint())
    save(view, "map-fanned")

    query("date:2002..2004")
    save(window.timeline, "timeline-month")

    from asylum_browser.gui.widgets.export_dialog import ExportDialog

    query("host:china")
    _menu_action(window, "File", "Export").trigger()
    wait_until(lambda: (d := window.findChild(ExportDialog)) is not None and d.isVisible())
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    save(dialog, "export-dialog")
    dialog.reject()

    sample = home / "my-cases.csv"
    sample.write_text(_cases_with_two_bad_rows(), encoding="utf-8")
    importer = window.import_cases(sample)
    QTest.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: importer.report.rowCount() > 0)
    save(importer, "import-report")
    importer.reject()

    from asylum_browser.gui.widgets.report_review import report_review_of

    _menu_action(window, "File", "New cases from a report").trigger()
    review = report_review_of(window)
    assert review is not None
    review.report_edit.setPlainText(WIRE_REPORT)
    wait_until(lambda: len(review.forms()) == 3)
    save(review, "report-review")
    review.reject()
    # A case of your own in its form, Saved with a country the app does not know.
    _menu_action(window, "File", "New case").trigger()
    form = window.case_actions.form
    assert form is not None
    fill_case_form(form)
    QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not form.checking)
    save(form, "case-form")
    form.reject()
    window.close()
    window.state.wait()
    return saved


def fill_case_form(form: object) -> None:
    """The gallery's case: a country the app does not know, two sources (one a book known by
    its citation, each with a quote) and the two claims they make about the people."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from asylum_browser.gui.widgets.case_form import CaseForm

    assert isinstance(form, CaseForm)
    for name, text in (("title", "Three teachers at the Chilean embassy"),
                       ("date_start", "1987-03"), ("city", "Quito"),
                       ("host_country", "Atlantis"), ("sending_state", "Chile"),
                       ("people_count", "3"), ("people_note", "three teachers"),
                       ("entry_method", "over the garden wall"),
                       ("outcome", "flown to Santiago a month later")):
        editor = form.fields[name]
        assert isinstance(editor, QLineEdit)
        editor.setText(text)
    summary = form.fields["summary"]
    assert isinstance(summary, QPlainTextEdit)
    summary.setPlainText("Three teachers climbed into the embassy garden at night and asked "
                         "for asylum; the police surrounded the building for a month.")
    form.source_table.set_rows([
        {"url": "https://example.org/teachers", "title": "Teachers in embassy",
         "publisher": "Example Wire", "published": "1987-03-05",
         "quote": "Three teachers climbed the garden wall of the Chilean embassy."},
        {"url": "M. Ortiz, Embassies of Quito (Quito: Abya-Yala, 1995), p. 212",
         "quote": "five or six teachers"}])
    form.disputes.set_rows([
        {"field": "people_count", "claim": "three (the wire)",
         "source": "https://example.org/teachers"},
        {"field": "people_count", "claim": "five or six (Ortiz)",
         "source": "M. Ortiz, Embassies of Quito (Quito: Abya-Yala, 1995), p. 212"}])


def _menu_action(window: object, menu_title: str, text: str) -> object:
    from PySide6.QtWidgets import QMainWindow, QMenu

    assert isinstance(window, QMainWindow)
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.text().replace("&", "") == menu_title:
            for action in menu.actions():
                if action.text().replace("&", "").startswith(text):
                    return action
    raise LookupError(f"no {menu_title} > {text}")


# The report the review dialog's tests paste (two incidents and a retelling of Shenyang 2002).
WIRE_REPORT = (ROOT / "tests" / "fixtures" / "wire-report-sample.txt").read_text(encoding="utf-8")


def _cases_with_two_bad_rows() -> str:
    cities = [("Quito", "Ecuador"), ("Lima", "Peru"), ("Caracas", "Venezuela")]
    lines = ["id,title,date,city,country,embassy of,people,source"]
    for number in range(12):
        city, country = cities[number % len(cities)]
        date = "07/08/2007" if number == 4 else f"{2000 + number}-0{1 + number % 9}"
        country = "Atlantis" if number == 9 else country
        lines.append(f"case-{number},Case {number} in {city},{date},{city},{country},Mexico,"
                     f"{number + 1},https://example.org/{number}")
    return "\n".join(lines) + "\n"


def screen_config(width: int, height: int, folder: Path) -> Path:
    path = folder / f"screen-{width}x{height}.json"
    path.write_text(json.dumps({"screens": [{
        "name": "gallery", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    if argv[:1] == ["--size"]:
        width, height = (int(n) for n in argv[1].split("x"))
        for name in shoot(width, height, Path(argv[2]), argv[3] if len(argv) > 3 else None):
            print(name)
        return 0
    out = Path(argv[0]) if argv else ROOT / "docs" / "gallery"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        runs = [((width, height), None) for width, height in SIZES]
        runs += [(SCENES_ON, language) for language in LANGUAGES]
        for (width, height), language in runs:
            config = screen_config(width, height, Path(folder))
            env = os.environ | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
            done = subprocess.run([sys.executable, __file__, "--size", f"{width}x{height}",
                                   str(out), *([language] if language else [])], env=env,
                                  check=False)
            if done.returncode:
                return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
