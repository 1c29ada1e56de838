"""The screen the benchmark windows open on.

Qt's offscreen platform has an 800×800 screen of its own, and the window fits the screen it
opens on, so a probe that asked for 1280×800 measured a shrunken window with merged map
clusters. The probes run on the 1920×1080 screen the GUI tests use instead.
"""

from __future__ import annotations

from pathlib import Path

SCREEN = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "screen-1920x1080.json"
OFFSCREEN = f"offscreen:configfile={SCREEN}"
