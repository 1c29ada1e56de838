"""The desktop entry, metainfo and icons, and what install-desktop does with them.

The entry is installed into a temporary XDG_DATA_HOME, validated with the freedesktop tools,
and its Exec line is parsed as a launcher parses it and run with --smoke-test: that is what a
double-click in the applications menu does.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from asylum_browser import APP_ID, APP_NAME, __version__
from asylum_browser.cli import EXIT_DESKTOP, cli
from asylum_browser.desktop import exec_line, launcher_command, planned_files
from asylum_browser.paths import desktop_files_dir, icon_theme_dir

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def load_exec_parser() -> ModuleType:
    spec = importlib.util.spec_from_file_location("desktop_exec",
                                                  ROOT / "packaging" / "desktop_exec.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


desktop_exec = load_exec_parser()


def entry_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/test.sh installs it as root on Debian: "
                    "apt-get install desktop-file-utils appstream)")
    return path


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_one_application_id_names_every_file() -> None:
    assert desktop_files_dir() == LINUX  # a checkout reads packaging/linux in place
    keys = entry_keys(LINUX / f"{APP_ID}.desktop")
    assert keys["Icon"] == APP_ID and keys["Name"] == APP_NAME
    assert keys["Type"] == "Application" and keys["Terminal"] == "false"
    assert keys["StartupWMClass"] == APP_NAME  # Qt's X11 window class is the application name
    for key in ("GenericName", "Comment", "Exec", "Categories", "Keywords"):
        assert keys[key]
    metainfo = ElementTree.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert metainfo.findtext("name") == APP_NAME
    spec = (ROOT / "packaging" / "asylum_browser.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec and "asylum_browser.APP_ID" in spec
    assert APP_ID not in spec  # read from the package, never typed again


def test_the_metainfo_names_this_version_as_the_newest_release() -> None:
    metainfo = ElementTree.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    releases = metainfo.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert metainfo.find("content_rating") is not None
    assert metainfo.find("screenshots/screenshot/image") is not None


def test_every_icon_size_is_rendered_at_its_size() -> None:
    for size in SIZES:
        path = icon_theme_dir() / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(path) == (size, size)
    assert (icon_theme_dir() / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_the_ico_and_icns_hold_every_size() -> None:
    ico = (ROOT / "packaging" / "windows" / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    edges = sorted(ico[6 + 16 * i] or 256 for i in range(count))
    assert edges == [16, 24, 32, 48, 64, 128, 256]
    icns = (ROOT / "packaging" / "macos" / f"{APP_ID}.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    offset, kinds = 8, []
    while offset < len(icns):
        kinds.append(icns[offset:offset + 4])
        offset += struct.unpack(">I", icns[offset + 4:offset + 8])[0]
    assert kinds == [b"icp4", b"icp5", b"icp6", b"ic07", b"ic08", b"ic09", b"ic10"]


def test_the_shipped_entry_and_metainfo_validate() -> None:
    subprocess.run([validator("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
                   check=True)
    subprocess.run([validator("appstreamcli"), "validate", "--no-net",
                    str(LINUX / f"{APP_ID}.metainfo.xml")], check=True, capture_output=True)


def test_install_desktop_puts_a_valid_entry_whose_exec_line_starts_the_app(
        data_home: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["install-desktop"])
    assert result.exit_code == 0, result.output
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    assert str(desktop) in result.stdout
    for target in planned_files(data_home):
        assert target.is_file(), target
    subprocess.run([validator("desktop-file-validate"), str(desktop)], check=True)
    subprocess.run([validator("appstreamcli"), "validate", "--no-net",
                    str(data_home / "metainfo" / f"{APP_ID}.metainfo.xml")],
                   check=True, capture_output=True)

    command = desktop_exec.split_exec(desktop_exec.exec_value(desktop), [])
    assert tuple(command) == launcher_command()
    assert Path(command[0]).is_absolute() and os.access(command[0], os.X_OK)
    assert entry_keys(desktop)["TryExec"] == command[0]
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(data_home)}
    run = subprocess.run([*command, "--smoke-test"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert "smoke test passed" in run.stdout
    # First run: the config and data folders are made through platformdirs.
    assert (home / ".config" / APP_NAME).is_dir() and (data_home / APP_NAME).is_dir()


def test_the_exec_line_can_also_open_a_file(data_home: Path) -> None:
    CliRunner().invoke(cli, ["install-desktop"])
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    command = desktop_exec.split_exec(desktop_exec.exec_value(desktop), ["/data/my cases.db"])
    assert command[-1] == "/data/my cases.db"


def test_uninstall_desktop_removes_every_installed_file(data_home: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["install-desktop"]).exit_code == 0
    result = runner.invoke(cli, ["uninstall-desktop"])
    assert result.exit_code == 0 and "Removed" in result.stdout
    assert not [path for path in data_home.rglob(f"{APP_ID}.*") if path.is_file()]
    again = runner.invoke(cli, ["uninstall-desktop"])
    assert again.exit_code == 0 and "nothing to remove" in again.stdout


def test_an_unwritable_data_folder_gives_one_line_and_its_exit_code(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    result = CliRunner().invoke(cli, ["install-desktop"])
    assert result.exit_code == EXIT_DESKTOP
    assert result.stderr.startswith("asylum-browser: desktop entry: cannot write under")
    assert "Traceback" not in result.output
    assert blocker.read_text() == "a file where the data folder should be"


@given(st.lists(st.text(st.characters(min_codepoint=32, max_codepoint=0x2FFF,
                                      blacklist_characters="\x7f"), min_size=1),
                min_size=1, max_size=4))
def test_exec_quoting_survives_any_printable_path(command: list[str]) -> None:
    assert desktop_exec.split_exec(exec_line(command), []) == command


def test_exec_quoting_of_a_path_with_spaces_quotes_and_percent() -> None:
    line = exec_line(["/opt/Asylum Browser/asylum-browser", 'a"b', "50%", "C:\\x"])
    assert line == ('"/opt/Asylum Browser/asylum-browser" "a\\\\"b" 50%% "C:\\\\\\\\x" %u')
