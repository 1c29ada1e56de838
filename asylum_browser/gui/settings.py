"""Settings that persist between runs: a small JSON file in the platformdirs config folder.

JSON rather than QSettings so that a damaged file can be detected, reported and reset, and so
that tests can point the window at a file of their own. Writes are atomic. Nothing is ever
written beside the application.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

from asylum_browser.core.workspace import Workspace, WorkspaceProblem
from asylum_browser.files import atomic_write, check_writable, remove_leftovers
from asylum_browser.i18n.words import QT_TR_NOOP, tr
from asylum_browser.paths import user_config_dir

SETTINGS_VERSION = 1
MAX_RECENT = 8
MAX_SETTINGS_BYTES = 4 * 1024 * 1024  # a settings file is a few kilobytes


def _text(value: object) -> bool:
    return isinstance(value, str)


def _ascii(value: object) -> bool:  # saved Qt state: base64 text
    return isinstance(value, str) and value.isascii()


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


# What each setting must look like: a value of another shape (an object where the table's
# state belongs, say) once stopped the window from ever opening, so it is dropped on load.
SHAPES = {
    "version": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "remember_query": lambda value: isinstance(value, bool),
    "last_query": _text, "last_open_folder": _text, "last_export_folder": _text,
    "geometry": _ascii, "table_header": _ascii, "splitter_main_splitter": _ascii,
    "splitter_centre": _ascii, "splitter_right": _ascii,
    "recent_databases": _texts, "export_columns": _texts, "language": _text,
}


def default_settings_path() -> Path:
    """The settings file in the user's config folder (created on first save)."""
    return user_config_dir() / "settings.json"


class Settings:
    """Typed access to the settings file. ``problem`` says why a damaged file was reset."""

    def __init__(self, path: Path, persist: bool = True) -> None:
        self.path = path
        self.persist = persist  # False: keep changes in memory only (smoke test, screenshots)
        self.values: dict[str, Any] = {}
        self._problem: tuple[str, dict[str, object]] | None = None
        self._load()

    @property
    def problem(self) -> str | None:
        """Said in the interface language, which is known only once the settings are read."""
        if self._problem is None:
            return None
        text, values = self._problem
        return tr(text).format(**values)

    def _load(self) -> None:
        self._remove_leftovers()
        if not self.path.exists():
            return
        if not self.path.is_file():
            self._problem = (QT_TR_NOOP("The settings path {path} is not a file; Asylum "
                                        "Browser started with default settings and will not "
                                        "write there."), {"path": self.path})
            return
        try:
            if self.path.stat().st_size > MAX_SETTINGS_BYTES:
                raise ValueError(f"larger than {MAX_SETTINGS_BYTES // 1024 // 1024} MB")
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(loaded, dict):
                raise ValueError("not a JSON object")
        except RecursionError:
            self._reset("nested too deeply")
            return
        except (OSError, UnicodeDecodeError, ValueError) as error:
            self._reset(str(error))
            return
        wrong = sorted(key for key, fits in SHAPES.items() if key in loaded
                       and not fits(loaded[key]))
        self.values = {key: value for key, value in loaded.items() if key not in wrong}
        if wrong:
            self._problem = (QT_TR_NOOP("Some settings in {path} had a value of the wrong "
                                        "kind ({keys}); they were reset to their defaults and "
                                        "the file was kept as {kept}."),
                             {"path": self.path, "keys": ", ".join(wrong),
                              "kept": self.path.with_suffix(".damaged.json")})
            self._copy_aside()

    def _reset(self, why: str) -> None:
        self._problem = (QT_TR_NOOP("The settings file {path} could not be read ({why}); "
                                    "Asylum Browser started with default settings."),
                         {"path": self.path, "why": why})
        self.values = {}
        self._move_aside()

    def _remove_leftovers(self) -> None:
        """Temporary files of a save that was killed midway (the settings file itself is
        replaced atomically, so it is always the old or the new version)."""
        remove_leftovers(self.path)

    def writable_problem(self) -> str | None:
        """Why settings cannot be saved here, or None; checked once at startup."""
        if not self.persist:
            return None
        if self.path.exists() and not self.path.is_file():
            return tr("{path} is not a file").format(path=self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            check_writable(self.path)
        except OSError as error:
            return tr("{folder} cannot be written ({reason})").format(
                folder=self.path.parent, reason=error.strerror or error)
        return None

    def _move_aside(self) -> None:
        with contextlib.suppress(OSError):  # keep the damaged file for the curious
            os.replace(self.path, self.path.with_suffix(".damaged.json"))

    def _copy_aside(self) -> None:
        with contextlib.suppress(OSError):
            shutil.copyfile(self.path, self.path.with_suffix(".damaged.json"))

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.values[key] = value

    @property
    def remember_query(self) -> bool:
        return bool(self.values.get("remember_query", True))

    def recent_databases(self) -> list[str]:
        recent = self.values.get("recent_databases", [])
        return [p for p in recent if isinstance(p, str)] if isinstance(recent, list) else []

    def add_recent_database(self, path: str) -> None:
        recent = [p for p in self.recent_databases() if p != path]
        self.values["recent_databases"] = [path, *recent][:MAX_RECENT]

    def save(self) -> None:
        """Write atomically; a failure to save is not worth a crash (the next save retries)."""
        self.values["version"] = SETTINGS_VERSION
        if not self.persist or (self.path.exists() and not self.path.is_file()):
            return  # never replace a device or folder that stands at the path
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_write(self.path, "w", encoding="utf-8") as stream:
                json.dump(self.values, stream, indent=2, ensure_ascii=False)
        except OSError:
            pass


def open_user_workspace() -> tuple[Workspace | None, str | None]:
    """The user's workspace in its usual folder, or None and why it cannot be opened (the
    window then works without saved searches, notes and tags and says so once)."""
    try:
        return Workspace(), None
    except WorkspaceProblem as problem:
        return None, str(problem)
