"""The first window fits the screen, and a saved geometry larger than the screen is clamped.

Each screen size runs the real window in its own process (geometry_probe.py) under Qt's
offscreen platform configured with that one screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("geometry_probe.py")
ROOT = Path(__file__).resolve().parents[2]


def probe(tmp_path: Path, width: int, height: int, settings: str | None = None,
          resize: str | None = None) -> dict[str, list[int]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    settings_path = tmp_path / "config" / "settings.json"
    settings_path.parent.mkdir(parents=True)
    if settings is not None:
        settings_path.write_text(settings)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               PYTHONPATH=str(ROOT))
    command = [sys.executable, str(PROBE), str(settings_path), *([resize] if resize else [])]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True)
    shown: dict[str, list[int]] = json.loads(done.stdout.strip().splitlines()[-1])
    return shown


def inside(frame: list[int], area: list[int]) -> bool:
    x, y, w, h = frame
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_the_first_window_fits_the_screen(tmp_path: Path, size: tuple[int, int]) -> None:
    shown = probe(tmp_path, *size)
    assert shown["available"] == [0, 0, *size]
    assert inside(shown["frame"], shown["available"]), shown


def test_a_large_screen_gives_the_first_window_most_of_its_area(tmp_path: Path) -> None:
    shown = probe(tmp_path, 1920, 1080)
    width, height = shown["frame"][2:]
    assert width >= 0.8 * 1920 and height >= 0.8 * 1080, shown
    assert inside(shown["frame"], shown["available"]), shown


def test_a_saved_geometry_larger_than_the_screen_is_clamped(tmp_path: Path) -> None:
    big = probe(tmp_path / "big", 2560, 1440, resize="2400x1300")
    assert big["frame"][2] > 1366
    saved = (tmp_path / "big" / "config" / "settings.json").read_text()
    assert "geometry" in saved
    shown = probe(tmp_path / "small", 1366, 768, saved)
    assert inside(shown["frame"], shown["available"]), shown
