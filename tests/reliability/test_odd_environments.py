"""The program in environments nobody set up for it: no home folder, an ASCII terminal."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.reliability("odd-environments")

ROOT = Path(__file__).resolve().parents[2]
NOBODY_UID = 54321  # a uid with no passwd entry


def _no_passwd_entry() -> bool:
    try:
        pwd.getpwuid(NOBODY_UID)
    except KeyError:
        return True
    return False


def run(args: list[str], env: dict[str, str], user: bool = False
        ) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "asylum_browser", *args]
    if user:
        command = ["setpriv", f"--reuid={NOBODY_UID}", f"--regid={NOBODY_UID}",
                   "--clear-groups", *command]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                          cwd="/")


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None
                    or not _no_passwd_entry(), reason="needs root to run as a uid with no "
                    "passwd entry")
def test_with_no_home_folder_the_cli_and_the_window_work() -> None:
    temporary = Path(tempfile.mkdtemp(prefix="asylum-browser-nohome-"))
    try:
        temporary.chmod(0o777)  # the user with no passwd entry writes its files here
        env = {key: value for key, value in os.environ.items()
               if key != "HOME" and not key.startswith("XDG_")}
        env.update(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", TMPDIR=str(temporary))
        search = run(["search", "shenyang", "--format", "ids"], env, user=True)
        assert search.returncode == 0, search.stderr
        assert len(search.stdout.split()) == 4
        smoke = run(["--smoke-test"], env, user=True)
        assert smoke.returncode == 0, smoke.stderr
        assert "smoke test passed" in smoke.stdout
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def test_under_an_ascii_locale_nothing_fails_to_print() -> None:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0",
           "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": "", "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen"}
    smoke = run(["--smoke-test"], env)
    assert smoke.returncode == 0, smoke.stderr
    assert "smoke test passed" in smoke.stdout and "\\u201c" in smoke.stdout
    shown = run(["search", "瀋陽"], env)
    assert shown.returncode == 0, shown.stderr


def test_file_names_that_are_not_utf8_work(tmp_path: Path) -> None:
    """Linux file names are bytes: \\xff\\xfe is no UTF-8, and every command once failed."""
    folder = os.fsdecode(os.fsencode(str(tmp_path)) + b"/\xff\xfe-cases")
    os.mkdir(folder)
    database = Path(folder) / "copy\xe9.sqlite"
    shutil.copyfile(ROOT / "resources" / "db" / "asylum-browser.sqlite", database)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data")}
    search = run(["search", "shenyang", "--format", "ids", "--db", str(database)], env)
    assert search.returncode == 0, search.stderr
    assert len(search.stdout.split()) == 4
    target = Path(folder) / "out\udcff.csv"
    export = run(["export", "shenyang", "--db", str(database), "-o", str(target)], env)
    assert export.returncode == 0, export.stderr
    assert "\\udcff" in export.stdout  # the name is shown with an escape, not refused
    assert target.read_bytes().startswith(b'"id"')
    assert b"\\udcff" in target.with_name("out\udcff.about.txt").read_bytes()
    smoke = run(["--smoke-test", "--db", str(database)], env)
    assert smoke.returncode == 0, smoke.stderr
    missing = run(["info", "--db", str(Path(folder) / "none\udcff.sqlite")], env)
    assert missing.returncode == 4 and "There is no file at" in missing.stderr
