"""install-desktop makes this installation the handler of asylum-browser:// links.

The entry declares the scheme and passes the link with %u; mimeapps.list names the entry as the
scheme's default, read back by GLib's own `gio mime` where it is installed (what a GNOME PDF
viewer asks before opening a link). Uninstalling takes out our line and nothing else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from asylum_browser import APP_ID
from asylum_browser.cli import EXIT_DESKTOP, cli
from asylum_browser.desktop import SCHEME_TYPE, with_link_handler, without_link_handler

OUR_LINE = f"{SCHEME_TYPE}={APP_ID}.desktop;"
SOMEONE_ELSES = """# kept by hand
[Added Associations]
text/csv=libreoffice-calc.desktop;

[Default Applications]
application/pdf=org.gnome.Evince.desktop;
x-scheme-handler/asylum-browser=old-copy.desktop;

[Removed Associations]
text/plain=gedit.desktop;
"""


@pytest.fixture
def homes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    data, config = tmp_path / "share", tmp_path / "config"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return data, config


def entry_keys(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines()
                if "=" in line)


def test_the_installed_entry_declares_the_scheme_and_is_its_default(
        homes: tuple[Path, Path]) -> None:
    data, config = homes
    result = CliRunner().invoke(cli, ["install-desktop"])
    assert result.exit_code == 0, result.output
    keys = entry_keys(data / "applications" / f"{APP_ID}.desktop")
    assert "x-scheme-handler/asylum-browser" in keys["MimeType"].split(";")
    assert keys["Exec"].endswith(" %u")
    mimeapps = config / "mimeapps.list"
    assert mimeapps.read_text(encoding="utf-8") == f"[Default Applications]\n{OUR_LINE}\n"
    assert str(mimeapps) in result.stdout
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate",
                        str(data / "applications" / f"{APP_ID}.desktop")], check=True)


@pytest.mark.skipif(shutil.which("gio") is None, reason="gio (GLib) is not installed")
def test_glib_finds_the_app_as_the_links_default_handler(homes: tuple[Path, Path]) -> None:
    data, config = homes
    # Another program that also takes these links, and was their default until now.
    other = data / "applications" / "another-viewer.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=Another viewer\nExec=true %u\n"
                     f"MimeType={SCHEME_TYPE};\n", encoding="utf-8")
    config.mkdir()
    (config / "mimeapps.list").write_text(
        f"[Default Applications]\n{SCHEME_TYPE}=another-viewer.desktop;\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["install-desktop"]).exit_code == 0
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(config),
           "XDG_DATA_DIRS": str(data)}
    answer = subprocess.run(["gio", "mime", SCHEME_TYPE], env=env, capture_output=True,
                            text=True, timeout=30)
    assert answer.returncode == 0, answer.stderr
    assert f"Default application for “{SCHEME_TYPE}”: {APP_ID}.desktop" in answer.stdout


def test_someone_elses_list_keeps_every_other_line(homes: tuple[Path, Path]) -> None:
    _data, config = homes
    config.mkdir(parents=True)
    mimeapps = config / "mimeapps.list"
    mimeapps.write_text(SOMEONE_ELSES, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["install-desktop"]).exit_code == 0
    installed = mimeapps.read_text(encoding="utf-8")
    assert installed == SOMEONE_ELSES.replace(
        "x-scheme-handler/asylum-browser=old-copy.desktop;", OUR_LINE)
    assert runner.invoke(cli, ["install-desktop"]).exit_code == 0
    assert mimeapps.read_text(encoding="utf-8") == installed  # installing twice: one line
    assert runner.invoke(cli, ["uninstall-desktop"]).exit_code == 0
    assert mimeapps.read_text(encoding="utf-8") == SOMEONE_ELSES.replace(
        "x-scheme-handler/asylum-browser=old-copy.desktop;\n", "")


def test_uninstall_leaves_another_handler_named_beside_ours() -> None:
    shared = f"[Default Applications]\n{SCHEME_TYPE}=other.desktop;{APP_ID}.desktop;\n"
    assert without_link_handler(shared) == f"[Default Applications]\n{SCHEME_TYPE}=other.desktop;\n"
    # A line in another group is not ours to take, nor a list we are not on.
    elsewhere = f"[Added Associations]\n{OUR_LINE}\n"
    assert without_link_handler(elsewhere) == elsewhere
    only_theirs = f"[Default Applications]\n{SCHEME_TYPE} = other.desktop\n"  # as typed
    assert without_link_handler(only_theirs) == only_theirs
    unrelated = "[Default Applications]\nx=y;\n"
    assert without_link_handler(unrelated) == unrelated


def test_the_line_goes_into_the_defaults_group_wherever_it_stands() -> None:
    text = "[Default Applications]\napplication/pdf=evince.desktop;\n\n[Added Associations]\n"
    assert with_link_handler(text) == (
        f"[Default Applications]\napplication/pdf=evince.desktop;\n{OUR_LINE}\n\n"
        "[Added Associations]\n")
    assert with_link_handler("[Added Associations]\na=b;\n") == (
        f"[Added Associations]\na=b;\n\n[Default Applications]\n{OUR_LINE}\n")


def test_a_list_kept_through_a_symlink_is_edited_where_it_is(
        homes: tuple[Path, Path], tmp_path: Path) -> None:
    _data, config = homes
    dotfiles = tmp_path / "dotfiles" / "mimeapps.list"
    dotfiles.parent.mkdir()
    dotfiles.write_text("[Default Applications]\n", encoding="utf-8")
    config.mkdir()
    (config / "mimeapps.list").symlink_to(dotfiles)
    assert CliRunner().invoke(cli, ["install-desktop"]).exit_code == 0
    assert (config / "mimeapps.list").is_symlink()
    assert OUR_LINE in dotfiles.read_text(encoding="utf-8")


def test_a_list_that_is_not_text_is_left_alone_with_one_line(homes: tuple[Path, Path]) -> None:
    _data, config = homes
    config.mkdir()
    (config / "mimeapps.list").write_bytes(b"\xff\xfe[Default")
    result = CliRunner().invoke(cli, ["install-desktop"])
    assert result.exit_code == EXIT_DESKTOP
    assert "is not UTF-8 text" in result.stderr and "Traceback" not in result.output
    assert (config / "mimeapps.list").read_bytes() == b"\xff\xfe[Default"
