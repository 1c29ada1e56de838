"""Read (and, for the build script, write) the prepared Natural Earth basemap files.

A file holds one detail level: country polygons, borders, coastlines, country label points and
capitals, all already projected to Web Mercator world units and quantised, so the app never
parses GeoJSON or projects coastlines at run time. Layout: MAGIC, a little-endian uint32 header
length, a JSON header, then a zlib-compressed body of little-endian int32 arrays in the order
of ``ARRAYS``. Coordinates divide by QUANTUM to give world units in [0, 1].
"""

from __future__ import annotations

import json
import struct
import sys
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asylum_browser.files import atomic_write

MAGIC = b"ABMAP\x01\n"
QUANTUM = 2 ** 30
ARRAYS = ("ring_points", "ring_offsets", "border_points", "border_offsets", "coast_points",
          "coast_offsets")
ATTRIBUTION = ("Made with Natural Earth (public domain), via the world-atlas package (ISC); "
               "capitals from GeoNames (CC BY 4.0)")


class BasemapError(ValueError):
    """A basemap file that cannot be read."""


@dataclass(frozen=True)
class Country:
    name: str
    id: str | None
    first_ring: int
    end_ring: int
    bbox: tuple[float, float, float, float]  # world units: min x, min y, max x, max y
    label: tuple[float, float]
    area: float


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    x: float
    y: float
    population: int


@dataclass(frozen=True)
class Basemap:
    level: str
    countries: tuple[Country, ...]
    capitals: tuple[Place, ...]
    ring_points: array[int]  # x0, y0, x1, y1, ... quantised
    ring_offsets: array[int]  # start index into ring_points of each ring, plus the end
    border_points: array[int]
    border_offsets: array[int]
    coast_points: array[int]
    coast_offsets: array[int]

    def rings(self, country: Country) -> list[array[int]]:
        """The country's rings as quantised coordinate arrays."""
        return [self.ring_points[self.ring_offsets[r]:self.ring_offsets[r + 1]]
                for r in range(country.first_ring, country.end_ring)]

    @staticmethod
    def lines(points: array[int], offsets: array[int]) -> list[array[int]]:
        return [points[offsets[i]:offsets[i + 1]] for i in range(len(offsets) - 1)]


def _int32(values: array[int]) -> bytes:
    if sys.byteorder != "little":
        values = array("i", values)
        values.byteswap()
    return values.tobytes()


def _offsets(parts: list[array[int]]) -> array[int]:
    offsets, position = array("i", [0]), 0
    for part in parts:
        position += len(part)
        offsets.append(position)
    return offsets


def write_basemap(path: Path, data: dict[str, Any]) -> None:
    """Write one level (used by packaging/basemap/build_basemap.py)."""
    arrays = {
        "ring_points": array("i", (v for ring in data["rings"] for v in ring)),
        "ring_offsets": _offsets(data["rings"]),
        "border_points": array("i", (v for line in data["borders"] for v in line)),
        "border_offsets": _offsets(data["borders"]),
        "coast_points": array("i", (v for line in data["coasts"] for v in line)),
        "coast_offsets": _offsets(data["coasts"]),
    }
    header = {"level": data["level"], "attribution": ATTRIBUTION,
              "countries": data["countries"], "capitals": data["capitals"],
              "lengths": {name: len(arrays[name]) for name in ARRAYS}}
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    body = zlib.compress(b"".join(_int32(arrays[name]) for name in ARRAYS), 9)
    with atomic_write(path) as stream:
        stream.write(MAGIC + struct.pack("<I", len(head)) + head + body)


def load_basemap(path: Path) -> Basemap:
    """Read one level; BasemapError if the file is not a basemap."""
    try:
        raw = path.read_bytes()
        if not raw.startswith(MAGIC):
            raise BasemapError(f"{path.name} is not an Asylum Browser basemap")
        (length,) = struct.unpack_from("<I", raw, len(MAGIC))
        start = len(MAGIC) + 4
        header = json.loads(raw[start:start + length].decode("utf-8"))
        body = zlib.decompress(raw[start + length:])
    except (OSError, struct.error, ValueError, zlib.error) as error:
        raise BasemapError(f"{path.name} cannot be read: {error}") from None
    arrays: dict[str, array[int]] = {}
    position = 0
    for name in ARRAYS:
        count = header["lengths"][name]
        values = array("i")
        values.frombytes(body[position:position + 4 * count])
        if sys.byteorder != "little":
            values.byteswap()
        arrays[name] = values
        position += 4 * count
    countries = tuple(Country(c["name"], c["id"], c["rings"][0], c["rings"][1],
                              tuple(c["bbox"]), tuple(c["label"]), c["area"])
                      for c in header["countries"])
    capitals = tuple(Place(c["name"], c["country"], c["x"], c["y"], c["population"])
                     for c in header["capitals"])
    return Basemap(header["level"], countries, capitals, **arrays)
