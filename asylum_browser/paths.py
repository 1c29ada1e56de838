"""Where bundled resources and per-user files live.

The bundled files sit in ``resources/`` beside the package in a source checkout, inside the
package in an installed wheel, and under ``sys._MEIPASS`` in a frozen build. Writable state only
ever goes to platformdirs locations, never beside the application.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from asylum_browser import APP_NAME

BUNDLED_DB_NAME = "asylum-browser.sqlite"


def resources_dir() -> Path:
    """The folder that holds data/, db/ and (later) basemap/ and icons/."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "resources"
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"


def desktop_files_dir() -> Path:
    """The Linux desktop entry, AppStream metainfo and hicolor icons (packaging/linux).

    Installed copies carry them under resources/linux (the wheel and the frozen bundle map
    packaging/linux there); a source checkout reads packaging/linux in place.
    """
    shipped = resources_dir() / "linux"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parent.parent / "packaging" / "linux"


def icon_theme_dir() -> Path:
    """The hicolor icon folder holding the app icon at every size."""
    return desktop_files_dir() / "icons" / "hicolor"


def _per_user(kind: str) -> Path:
    """platformdirs' folder of this kind, or, where no home folder can be found (HOME unset
    and no passwd entry, as in some containers), one under the temporary folder: the app
    works, and says nothing it cannot keep."""
    import platformdirs

    try:
        found: Path = getattr(platformdirs, f"user_{kind}_path")(APP_NAME, appauthor=False)
        return found
    except (RuntimeError, KeyError, OSError):
        uid = os.getuid() if hasattr(os, "getuid") else "user"
        return Path(tempfile.gettempdir()) / f"asylum-browser-{uid}" / kind


def user_config_dir() -> Path:
    """Per-user settings."""
    return _per_user("config")


def user_log_dir() -> Path:
    """Per-user logs (the crash reporter's)."""
    return _per_user("log")


def user_cache_dir() -> Path:
    """Per-user caches (the search index, the export's kept column facts)."""
    return _per_user("cache")


def records_dir() -> Path:
    """The reviewable text records the bundled database is built from."""
    return resources_dir() / "data"


def bundled_db_path() -> Path:
    """The database that ships with the application (opened read-only and immutable)."""
    return resources_dir() / "db" / BUNDLED_DB_NAME


def user_data_dir() -> Path:
    """Per-user writable data (workspace, saved searches); created on demand by its users."""
    return _per_user("data")
