"""The screenshot gallery holds every picture its script makes, and the README shows each."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GALLERY = ROOT / "docs" / "gallery"


def _pictures() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location("make_gallery", ROOT / "scripts" /
                                                  "make_gallery.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.PICTURES)


def test_every_picture_is_in_the_gallery_and_its_readme() -> None:
    pictures = _pictures()
    assert len(pictures) == 20  # 12 in English, the window and reading view in 4 languages
    readme = (GALLERY / "README.md").read_text(encoding="utf-8")
    for name in pictures:
        path = GALLERY / f"{name}.png"
        assert path.is_file() and path.stat().st_size > 5_000, name  # a picture, not a stub
        assert f"({name}.png)" in readme, name
    assert sorted(p.stem for p in GALLERY.glob("*.png")) == sorted(pictures)
