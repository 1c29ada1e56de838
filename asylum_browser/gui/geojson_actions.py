"""File > Export to GeoJSON…: the results (or the selected rows) as an RFC 7946 file that QGIS
and web maps open, with the CSV's columns as properties and the about file beside it.

The same core writer as `asylum-browser export out.geojson` (core/export/geojson.py), run off
the GUI thread; a search the user is still typing is not what is exported, the one shown is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from asylum_browser.core.export.geojson import write_geojson
from asylum_browser.core.export.writer import ExportError, ExportResult
from asylum_browser.core.model.schema import DEFAULT_EXPORT_COLUMNS
from asylum_browser.core.query.annotations import resolve
from asylum_browser.core.query.parser import parse_query
from asylum_browser.gui import file_dialogs
from asylum_browser.gui.state import AppState
from asylum_browser.gui.workers import Job
from asylum_browser.i18n.words import tr


class GeojsonExport(QObject):
    def __init__(self, window: QMainWindow, state: AppState,
                 selected: Callable[[], list[int]]) -> None:
        super().__init__(window)
        self._window, self._state, self._selected = window, state, selected
        self._pool = QThreadPool(self)
        self.run: Job | None = None
        self.action = QAction(tr("Export to &GeoJSON…"), window)
        self.action.setObjectName("exportGeojsonAction")
        self.action.setToolTip(tr("The incidents shown (or the selected rows) as points for "
                                  "QGIS and web maps"))
        self.action.triggered.connect(lambda _checked=False: self.export())
        window.addAction(self.action)

    def export(self, path: Path | None = None) -> Job | None:
        """Ask where (unless ``path`` is given) and write the file off the GUI thread."""
        if self.run is not None:
            return None
        if path is None:
            start = str(Path.home() / "asylum-browser-export.geojson")
            chosen = file_dialogs.ask(self._window, "save", tr("Export to GeoJSON"), start,
                                      tr("GeoJSON (*.geojson);;All files (*)"))
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".geojson") else chosen + ".geojson")
        state = self._state
        seqs = self._selected() or None
        spec = resolve(parse_query(state.query, sort=state.sort, descending=state.descending),
                       state.annotations)
        repository, target = state.repository, path

        def work(_job: Job) -> ExportResult:
            try:
                return write_geojson(repository, spec, target, DEFAULT_EXPORT_COLUMNS,
                                     seqs=seqs)
            except ExportError:
                raise
            except Exception as error:  # a message for the user, not a traceback
                raise ExportError(tr("The export failed: {error}").format(error=error)) \
                    from error

        run = Job(work)
        run.returned.connect(self._finished)
        run.errored.connect(self._failed)
        self.run = run
        self._window.statusBar().showMessage(
            tr("Exporting to {file}…").format(file=path.name))
        run.start(self._pool)
        return run

    def _finished(self, result: object) -> None:
        self.run = None
        if isinstance(result, ExportResult):
            done = tr("Exported 1 incident to {path}") if result.rows == 1 else \
                tr("Exported {count} incidents to {path}")
            self._window.statusBar().showMessage(
                done.format(count=f"{result.rows:,}", path=result.path), 15000)

    def _failed(self, error: object) -> None:
        self.run = None
        self._window.statusBar().clearMessage()
        self._state.error_reported.emit(str(error))

    def wait(self, milliseconds: int = 10000) -> None:
        self._pool.waitForDone(milliseconds)


def install_geojson(window: QMainWindow, state: AppState,
                    selected: Callable[[], list[int]]) -> GeojsonExport:
    """File > Export to GeoJSON… right after Export to CSV…."""
    export = GeojsonExport(window, state, selected)
    file_menu = window.findChild(QMenu, "fileMenu")
    if file_menu is not None:
        listed = file_menu.actions()
        csv = next((a for a in listed if a.objectName() == "exportAction"), None)
        after = listed.index(csv) + 1 if csv is not None else len(listed)
        if after < len(listed):
            file_menu.insertAction(listed[after], export.action)
        else:
            file_menu.addAction(export.action)
    return export
