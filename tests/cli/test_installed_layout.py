"""An installed wheel carries resources/ inside the package; paths.py must find it there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import count_bundled

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_maps_resources_into_the_package() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        config = tomllib.load(handle)
    force_include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force_include == {"resources": "asylum_browser/resources",
                             "packaging/linux": "asylum_browser/resources/linux"}


def test_an_installed_layout_reads_its_own_bundled_database(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    package = site / "asylum_browser"
    shutil.copytree(ROOT / "asylum_browser", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", package / "resources")
    shutil.copytree(ROOT / "packaging" / "linux", package / "resources" / "linux")
    result = subprocess.run(
        [sys.executable, "-c", "from asylum_browser.cli import main; main(['info'])"],
        capture_output=True, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)})
    assert result.returncode == 0, result.stderr
    assert str(package / "resources" / "db") in result.stdout
    assert f"Incidents:  {count_bundled()}\n" in result.stdout


def test_an_installed_layout_installs_its_own_desktop_files(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    package = site / "asylum_browser"
    shutil.copytree(ROOT / "asylum_browser", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "packaging" / "linux", package / "resources" / "linux")
    script = ("from asylum_browser.paths import desktop_files_dir; print(desktop_files_dir()); "
              "from asylum_browser.cli import main; main(['install-desktop'])")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site), "XDG_DATA_HOME": str(tmp_path / "share")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == str(package / "resources" / "linux")
    icons = sorted((tmp_path / "share" / "icons" / "hicolor").glob("*/apps/*.png"))
    assert len(icons) == 8
