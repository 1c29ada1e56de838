"""Render the app icon from its two SVGs to every file the platforms want.

    python packaging/icons/render_icons.py

Writes, named by the one application id in asylum_browser/__init__.py:
- packaging/linux/icons/hicolor/<N>x<N>/apps/<APP_ID>.png for N in SIZES, and the SVG under
  scalable/apps (the freedesktop layout that install-desktop copies);
- packaging/windows/<APP_ID>.ico and packaging/macos/<APP_ID>.icns (PyInstaller's icons);
- docs/icon-16.png, docs/icon-16-enlarged.png and docs/icon-256.png, to look at.

Sizes up to SMALL_UP_TO come from the pixel-grid drawing; larger ones from the detailed one.
ICO and ICNS are written here with struct (PNG entries), because Qt writes only one image per
file. Run it again after editing either SVG, and commit what it writes.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from asylum_browser import APP_ID  # noqa: E402

HERE = Path(__file__).resolve().parent
DETAILED = HERE / "asylum-browser.svg"
SMALL = HERE / "asylum-browser-small.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 24
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}


def render(size: int) -> QImage:
    source = SMALL if size <= SMALL_UP_TO else DETAILED
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO holding PNG-compressed images (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS whose chunks are PNGs (macOS 10.7 and later)."""
    chunks = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
                      for size, data in sorted(pngs.items()))
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts, image I/O)
    images = {size: render(size) for size in (*SIZES, 1024)}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    for size in SIZES:
        write(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png", pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DETAILED, scalable)
    print(f"wrote {scalable.relative_to(ROOT)}")
    write(ROOT / "packaging" / "windows" / f"{APP_ID}.ico",
          ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    write(ROOT / "packaging" / "macos" / f"{APP_ID}.icns",
          icns_bytes({size: pngs[size] for size in ICNS_TYPES}))
    docs = ROOT / "docs"
    write(docs / "icon-16.png", pngs[16])
    write(docs / "icon-256.png", pngs[256])
    enlarged = images[16].scaled(128, 128, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.FastTransformation)
    write(docs / "icon-16-enlarged.png", png_bytes(enlarged))


if __name__ == "__main__":
    main()
