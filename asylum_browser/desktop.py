"""Put Asylum Browser into the Linux applications menu, and take it out again.

install-desktop copies the desktop entry, the AppStream metainfo and the hicolor icons from
packaging/linux (shipped inside every installed copy) into the XDG data folder, rewriting the
entry's Exec line to the absolute path of the launcher that is running now: the pip-installed
``asylum-browser-gui`` script, or the frozen bundle's executable. A double-click then starts
exactly this installation, whatever PATH the desktop session has.

The entry also declares the ``asylum-browser://`` link scheme, and install-desktop makes this
installation its default handler in ``mimeapps.list`` (the file ``xdg-mime default`` edits,
written here directly so that no tool is needed): a link clicked in a PDF or a spreadsheet then
opens the case in the window. Uninstalling takes out that one line and nothing else.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from asylum_browser import APP_ID, APP_NAME
from asylum_browser.core.model.links import SCHEME
from asylum_browser.files import atomic_write
from asylum_browser.paths import desktop_files_dir, icon_theme_dir

GUI_SCRIPT = "asylum-browser-gui"
SYSTEM_DATA_HOME = Path("/usr/local/share")
# Characters that oblige an Exec argument to be quoted (Desktop Entry spec, "The Exec key").
EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
SCHEME_TYPE = f"x-scheme-handler/{SCHEME}"
DEFAULTS_GROUP = "[Default Applications]"


class DesktopInstallError(Exception):
    """The desktop entry could not be installed or removed; the message says why."""


@dataclass(frozen=True)
class DesktopInstallation:
    data_home: Path
    files: tuple[Path, ...]
    command: tuple[str, ...]
    mimeapps: Path  # where this app was made the default handler of its links

    @property
    def desktop_file(self) -> Path:
        return self.data_home / "applications" / f"{APP_ID}.desktop"

    def description(self) -> str:
        """What install-desktop did, in words for the terminal."""
        return (f"Installed {APP_NAME} in the applications menu: {self.desktop_file}\n"
                f"It starts: {' '.join(self.command)}\n"
                f"Links {SCHEME}://… open in it (the default handler, in {self.mimeapps})")


def data_home(system: bool = False) -> Path:
    """Where desktop files go: XDG_DATA_HOME (default ~/.local/share), or /usr/local/share."""
    if system:
        return SYSTEM_DATA_HOME
    configured = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative path here is invalid and must be ignored.
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def mimeapps_path(system: bool = False) -> Path:
    """The list of default applications: XDG_CONFIG_HOME's for a user, and for every user the
    one in the applications folder of /usr/local/share (a folder of XDG_DATA_DIRS)."""
    if system:
        return SYSTEM_DATA_HOME / "applications" / "mimeapps.list"
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    folder = (Path(configured) if configured and Path(configured).is_absolute()
              else Path.home() / ".config")
    return folder / "mimeapps.list"


def launcher_command() -> tuple[str, ...]:
    """The command that starts this installation's window, as absolute paths."""
    if getattr(sys, "frozen", False):
        return (str(Path(sys.executable).resolve()),)
    name = GUI_SCRIPT + (".exe" if os.name == "nt" else "")
    folders = [Path(sysconfig.get_path("scripts")), Path(sys.executable).parent]
    user_scheme = f"{os.name}_user"
    if user_scheme in sysconfig.get_scheme_names():
        folders.append(Path(sysconfig.get_path("scripts", user_scheme)))
    for folder in folders:
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return (str(candidate.absolute()),)
    found = shutil.which(GUI_SCRIPT)
    if found:
        return (str(Path(found).absolute()),)
    # A source checkout that was never pip-installed: run the package with this Python.
    return (str(Path(sys.executable).absolute()), "-m", "asylum_browser")


def exec_quote(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks (before string escaping)."""
    argument = argument.replace("%", "%%")
    if not any(character in EXEC_RESERVED for character in argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def exec_line(command: Sequence[str]) -> str:
    """The value of Exec= for this command plus the file a user opens with it."""
    # %u: a launcher passes one URL (a link) or one file, as a path or a file: URL.
    quoted = " ".join(exec_quote(part) for part in command) + " %u"
    # The whole value is then a desktop-file string, whose own escape character is '\'.
    return quoted.replace("\\", "\\\\")


def desktop_entry_text(command: Sequence[str]) -> str:
    """The shipped desktop entry with Exec and TryExec pointing at ``command``."""
    template = (desktop_files_dir() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_line(command)
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0].replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned_files(home: Path) -> dict[Path, Path | None]:
    """Target -> shipped source (None for the desktop entry, which is generated)."""
    plan: dict[Path, Path | None] = {
        home / "applications" / f"{APP_ID}.desktop": None,
        home / "metainfo" / f"{APP_ID}.metainfo.xml":
            desktop_files_dir() / f"{APP_ID}.metainfo.xml",
    }
    for icon in sorted(icon_theme_dir().glob(f"*/apps/{APP_ID}.*")):
        plan[home / "icons" / "hicolor" / icon.parent.parent.name / "apps" / icon.name] = icon
    return plan


def install_desktop(system: bool = False,
                    command: Sequence[str] | None = None) -> DesktopInstallation:
    """Install the entry, metainfo and icons; refresh the menu caches where the tools exist."""
    home = data_home(system)
    command = tuple(command or launcher_command())
    if any(ord(character) < 32 for part in command for character in part):
        raise DesktopInstallError(f"the launcher path {command[0]!r} holds a control character, "
                                  "which a desktop entry cannot carry; move the app elsewhere")
    plan = planned_files(home)
    if not any(source is not None and "icons" in source.parts for source in plan.values()):
        raise DesktopInstallError(f"the icons are missing from {icon_theme_dir()}; "
                                  "this installation is incomplete")
    try:
        for target, source in plan.items():
            data = (desktop_entry_text(command).encode("utf-8") if source is None
                    else source.read_bytes())
            _write_atomically(target, data)
    except OSError as error:
        raise DesktopInstallError(_os_message(home, error, system)) from None
    mimeapps = _edit_mimeapps(system, with_link_handler)
    _refresh_caches(home)
    return DesktopInstallation(home, tuple(plan), command, mimeapps)


def uninstall_desktop(system: bool = False) -> list[Path]:
    """Remove what install_desktop put in place; return the files removed."""
    home = data_home(system)
    removed = []
    try:
        for target in planned_files(home):
            if target.is_file():
                target.unlink()
                removed.append(target)
    except OSError as error:
        raise DesktopInstallError(_os_message(home, error, system)) from None
    if mimeapps_path(system).is_file():
        _edit_mimeapps(system, without_link_handler)
    if removed:
        _refresh_caches(home)
    return removed


def _key(line: str) -> str:
    return line.split("=", 1)[0].strip() if "=" in line else ""


def _handlers(line: str) -> list[str]:
    return [name for name in line.split("=", 1)[1].strip().split(";") if name]


def with_link_handler(text: str) -> str:
    """``text`` (a mimeapps.list) with this app as the default for its links; every other
    line, comment and group kept as it was."""
    entry = f"{SCHEME_TYPE}={APP_ID}.desktop;"
    out: list[str] = []
    in_defaults = placed = seen = False

    def place() -> None:
        blanks = []
        while out and not out[-1].strip():
            blanks.append(out.pop())
        out.append(entry)
        out.extend(blanks)

    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            if in_defaults and not placed:
                place()
                placed = True
            in_defaults = stripped == DEFAULTS_GROUP
            seen = seen or in_defaults
        elif in_defaults and _key(stripped) == SCHEME_TYPE:
            if not placed:
                out.append(entry)
                placed = True
            continue
        out.append(line)
    if not placed:
        if not seen:
            if out and out[-1].strip():
                out.append("")
            out.append(DEFAULTS_GROUP)
        place()
    return "\n".join(out) + "\n"


def without_link_handler(text: str) -> str:
    """``text`` with this app taken out of its links' default handlers: only our own name
    goes, and the line only when no other application is named on it."""
    ours = f"{APP_ID}.desktop"
    out: list[str] = []
    in_defaults = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            in_defaults = stripped == DEFAULTS_GROUP
        elif in_defaults and _key(stripped) == SCHEME_TYPE and ours in _handlers(stripped):
            others = [name for name in _handlers(stripped) if name != ours]
            if not others:
                continue
            line = f"{SCHEME_TYPE}={';'.join(others)};"
        out.append(line)
    if out == text.splitlines():
        return text
    return "\n".join(out) + "\n" if out else ""


def _edit_mimeapps(system: bool, edit: Callable[[str], str]) -> Path:
    """Rewrite mimeapps.list through ``edit``; a list kept elsewhere through a link (dotfiles)
    is written where it really is, and the link stays."""
    path = mimeapps_path(system)
    try:
        path = path.resolve() if path.is_symlink() else path
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        edited = edit(text)
        if edited != text or not path.is_file():
            _write_atomically(path, edited.encode("utf-8"))
    except UnicodeDecodeError:
        raise DesktopInstallError(f"{path} is not UTF-8 text, so the {SCHEME}:// link handler "
                                  "cannot be recorded in it; the file was left as it was") from None
    except OSError as error:
        raise DesktopInstallError(_os_message(path.parent, error, system)) from None
    return path


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # Menus and icon caches read these as other users too (a system install): always 0644.
    with atomic_write(target, permissions=0o644) as stream:
        stream.write(data)


def _refresh_caches(home: Path) -> None:
    """Best effort: menus also notice new files without these, only later."""
    for tool, *arguments in (
        ("update-desktop-database", "-q", str(home / "applications")),
        ("gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")),
    ):
        path = shutil.which(tool)
        if path is None:
            continue
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            subprocess.run([path, *arguments], check=False, timeout=30,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _os_message(home: Path, error: OSError, system: bool) -> str:
    reason = error.strerror or str(error)
    hint = " (installing for all users needs root: try sudo, or --user)" if system else ""
    return f"cannot write under {home}: {reason}{hint}"
