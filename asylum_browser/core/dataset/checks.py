"""Checks a dataset must pass before it ships (docs/data.md, "Checks"); tests run them.

- Every incident has coordinates.
- Every incident's point lies in its host country, or in the modern successor of a historic
  one, by the basemap's Natural Earth polygons (a point within 25 km of the right country
  passes, since the coastlines are generalised and many missions stand by the sea; Hong Kong
  and Macao count as China).
- Every source URL is well formed (http or https, a host, no spaces).
- No two incidents share an id.
- Each facet's counts (with the unknown bucket) add up to the total.
"""

from __future__ import annotations

import math
import sqlite3
import urllib.parse
from array import array

from asylum_browser.core.dataset.gazetteer import PART_OF, numeric_codes
from asylum_browser.core.engine.answers import facets_for
from asylum_browser.core.engine.database import translate_errors
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.geo import project
from asylum_browser.core.model.schema import FACETS
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.core.render.basemap import QUANTUM, Basemap, Country, load_basemap
from asylum_browser.paths import resources_dir

NEAR_KM = 25.0
EARTH_KM = 6371.0


def _inside(ring: array[int], x: int, y: int) -> bool:
    """Even-odd ray casting on one quantised ring."""
    inside = False
    count = len(ring) // 2
    j = count - 1
    for i in range(count):
        xi, yi, xj, yj = ring[2 * i], ring[2 * i + 1], ring[2 * j], ring[2 * j + 1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _distance_km(basemap: Basemap, country: Country, x: int, y: int, latitude: float) -> float:
    """Nearest vertex of the country's outline, in km (enough for a 25 km tolerance)."""
    best = math.inf
    for ring in basemap.rings(country):
        for i in range(0, len(ring), 2):
            across = min(abs(ring[i] - x), abs(ring[i] - x - QUANTUM),
                         abs(ring[i] - x + QUANTUM))  # one world over, as in country_at
            best = min(best, math.hypot(across, ring[i + 1] - y))
    world_km = 2 * math.pi * EARTH_KM * math.cos(math.radians(latitude))
    return best / QUANTUM * world_km


def country_at(basemap: Basemap, latitude: float, longitude: float) -> Country | None:
    """The country whose polygons hold the point. Outlines that cross the 180th meridian are
    stored unwrapped (Russia's reaches x < 0), so the point is also tried one world over."""
    wx, wy = project(longitude, latitude)
    for shift in (0.0, -1.0, 1.0):
        x, y = int((wx + shift) * QUANTUM), int(wy * QUANTUM)
        for country in basemap.countries:
            x0, y0, x1, y1 = country.bbox
            if not (x0 <= wx + shift <= x1 and y0 <= wy <= y1):
                continue
            if sum(_inside(ring, x, y) for ring in basemap.rings(country)) % 2:
                return country
    return None


def check_dataset(repository: Repository) -> list[str]:
    """Every problem found, one line each; an empty list is a pass."""
    problems: list[str] = []
    rows = _rows(repository,
                 "SELECT incidents.id, latitude, longitude, host_country, countries.successor "
                 "FROM incidents LEFT JOIN countries ON countries.code = incidents.host_country")
    ids = [row["id"] for row in rows]
    problems += [f"{i}: the id is used twice" for i in sorted({i for i in ids
                                                               if ids.count(i) > 1})]
    basemap = load_basemap(resources_dir() / "basemap" / "naturalearth-10m.bin")
    numeric = numeric_codes()
    part_of = {int(numeric[part]): int(numeric[whole]) for part, whole in PART_OF.items()}
    by_id = {str(int(c.id)): c for c in basemap.countries if c.id and c.id.isdigit()}
    for row in rows:
        if row["latitude"] is None or row["longitude"] is None:
            problems.append(f"{row['id']}: no coordinates")
            continue
        code = row["successor"] or row["host_country"]
        expected = numeric.get(code)
        if expected is None or str(int(expected)) not in by_id:
            continue  # no polygon for it (e.g. a code Natural Earth lacks): nothing to test
        found = country_at(basemap, row["latitude"], row["longitude"])
        if found is not None and found.id and found.id.isdigit() \
                and part_of.get(int(found.id), int(found.id)) == int(expected):
            continue
        target = by_id[str(int(expected))]
        if _distance_km(basemap, target, *_quantised(row["latitude"], row["longitude"]),
                        row["latitude"]) <= NEAR_KM:
            continue
        where = found.name if found is not None else "the sea"
        problems.append(f"{row['id']}: its point lies in {where}, not in {target.name}")
    for row in _rows(repository, "SELECT incident_id, url FROM incident_sources JOIN sources "
                                 "ON sources.id = incident_sources.source_id"):
        parts = urllib.parse.urlsplit(row["url"])
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in row["url"]:
            problems.append(f"{row['incident_id']}: the source URL {row['url']!r} is malformed")
    total = repository.count()
    for facet in facets_for(repository, QuerySpec()):
        if facet.name in {d.name for d in FACETS} and sum(v.count for v in facet.values) != total:
            problems.append(f"the {facet.label} facet counts "
                            f"{sum(v.count for v in facet.values)}, not {total}")
    return problems


def _quantised(latitude: float, longitude: float) -> tuple[int, int]:
    wx, wy = project(longitude, latitude)
    return int(wx * QUANTUM), int(wy * QUANTUM)


def _rows(repository: Repository, sql: str) -> list[sqlite3.Row]:
    with translate_errors(repository.database.path):
        connection = repository.database.connection()
        connection.row_factory = sqlite3.Row
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.row_factory = None
