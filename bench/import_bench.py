"""Time importing a CSV of N synthetic cases (target: 100k rows in under 60 s).

    python bench/import_bench.py                # 100,000 rows, 3 passes
    python bench/import_bench.py --rows 1000 --passes 1

Then the same rows with one id for all of them, side by side: a repeated id gets the next free
suffix (-2, -3, ...), which once took quadratic time (issue 15: 134 s against 8 s at 40,000).

The CSV is made with a fixed seed: real city names from the gazetteer's countries, mixed date
forms (2002, 2002-05, 2002-05-08, "8 March 2002"), quoted summaries with commas. Each pass runs
the whole import (read, guess the mapping, validate every row, write the database) as
`asylum-browser import` does, and prints the median with min and max.
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from asylum_browser.core.dataset.importer import import_file
from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.query.parser import parse_query

CITIES = [("Beijing", "China"), ("Shenyang", "China"), ("Quito", "Ecuador"), ("Lima", "Peru"),
          ("Havana", "Cuba"), ("Prague", "Czechia"), ("Budapest", "Hungary"),
          ("Santiago", "Chile"), ("Jakarta", "Indonesia"), ("Caracas", "Venezuela")]
STATES = ["Japan", "Spain", "Mexico", "Germany", "Canada", "United States", "South Korea",
          "Peru", "Chile", "Sweden"]
TARGET_S = 60.0


def make_csv(rows: int, path: Path, seed: int = 5, same_id: bool = False) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "date", "city", "host country", "mission of",
                         "mission type", "nationality", "people", "source", "summary"])
        for number in range(rows):
            city, host = rng.choice(CITIES)
            year = rng.randint(1936, 2025)
            date = rng.choice([f"{year}", f"{year}-{rng.randint(1, 12):02d}",
                               f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                               f"{rng.randint(1, 28)} March {year}"])
            writer.writerow(["case" if same_id else f"case-{number}", f"Case {number}: people enter a mission in "
                             f"{city}", date, city, host, rng.choice(STATES),
                             rng.choice(["embassy", "consulate", "legation"]), host,
                             rng.randint(1, 300), f"https://example.org/{number}",
                             "A summary, with commas, of what happened. " * 3])


def imported_wrongly(source: Path, target: Path) -> list[str]:
    """What the database made from ``source`` gets wrong; empty when every row came through.

    The expectations are read back from the CSV itself: the row count, the host country of each
    row (as the search finds it) and every date precision the mixed date forms stand for.
    tests/core/test_importer.py runs this on a small file; the benchmark on 100,000 rows.
    """
    with source.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    hosts = collections.Counter(row["host country"] for row in rows)
    problems = []
    repository = Repository(open_database(target))
    if repository.count() != len(rows):
        problems.append(f"{repository.count()} incidents from {len(rows)} rows")
    for host, expected in sorted(hosts.items()):
        found = repository.count(parse_query(f'host:"{host}"'))
        if found != expected:
            problems.append(f"host:{host} finds {found}, the CSV has {expected}")
    connection = repository.database.connection()
    precisions = {row[0] for row in connection.execute(
        "SELECT DISTINCT date_start_precision FROM incidents")}
    if precisions != {"year", "month", "day"}:
        problems.append(f"date precisions {sorted(precisions)}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--passes", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "cases.csv"
        make_csv(arguments.rows, source)
        repeated = Path(folder) / "one-id.csv"
        make_csv(arguments.rows, repeated, same_id=True)
        times, repeated_times = [], []
        for number in range(arguments.passes):
            for csv_file, kept in ((source, times), (repeated, repeated_times)):
                target = Path(folder) / f"{csv_file.stem}-{number}.sqlite"
                started = time.perf_counter()
                checked, counts = import_file(csv_file, target)
                kept.append(time.perf_counter() - started)
                assert counts is not None and counts["incidents"] == arguments.rows, (
                    checked.problems[:3])
        wrong = imported_wrongly(source, Path(folder) / f"cases-{arguments.passes - 1}.sqlite")
    median = statistics.median(times)
    repeated_median = statistics.median(repeated_times)
    if wrong:
        print("the imported database is wrong: " + "; ".join(wrong[:5]), file=sys.stderr)
        return 1
    print(f"import of {arguments.rows:,} CSV rows: median {median:.1f} s "
          f"[{min(times):.1f}–{max(times):.1f}] over {arguments.passes} passes; "
          f"target {TARGET_S:.0f} s at 100k ({'met' if median <= TARGET_S else 'missed'})")
    print(f"the same rows with one id for all: median {repeated_median:.1f} s "
          f"[{min(repeated_times):.1f}–{max(repeated_times):.1f}], "
          f"{repeated_median / median:.2f}x the unique ids")
    return 0


if __name__ == "__main__":
    sys.exit(main())
