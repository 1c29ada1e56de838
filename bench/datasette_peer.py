"""Datasette as the peer reference: the same questions asked of the same file, on loopback.

Used by bench/run.py when a `datasette` executable is found (ASYLUM_BENCH_DATASETTE, else PATH).
It is installed apart from the app, for example:

    python3 -m venv /tmp/dsvenv && /tmp/dsvenv/bin/pip install datasette
    ASYLUM_BENCH_DATASETTE=/tmp/dsvenv/bin/datasette python bench/run.py

The server listens on 127.0.0.1 only and is stopped after each dataset. Each question is a
table page with five facets and the count (what Datasette shows for a filtered table), paired
with the same question in our search language, answered by our whole refresh (ids, count, nine
facets, timeline and map points). Our side answers more, so the ratio flatters Datasette.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FACETS = ("host_country", "mission_type", "sending_state", "seekers_nationality",
          "outcome_class")
SEARCH = {"_fts_table": "incidents_fts", "_fts_pk": "seq"}

# (our query, Datasette's parameters for the same question)
QUESTIONS: list[tuple[str, dict[str, str]]] = [
    ("", {}),
    ("embassy", {**SEARCH, "_search": "embassy"}),
    ("consul*", {**SEARCH, "_search": "consul*", "_searchmode": "raw"}),
    ("host:China", {"host_country": "CN"}),
    ("host:China type:school", {"host_country": "CN", "mission_type": "school"}),
    ("outcome:detained", {"outcome_class": "detained_by_host"}),
    # Dates are stored as day numbers (proleptic ordinals) of a partial date's first and last day.
    ("date:1990..2010", {"date_start_lo__gte": str(dt.date(1990, 1, 1).toordinal()),
                         "date_start_hi__lte": str(dt.date(2010, 12, 31).toordinal())}),
    ("within:20,90,50,140", {"latitude__gte": "20", "latitude__lte": "50",
                             "longitude__gte": "90", "longitude__lte": "140"}),
]


def find_datasette() -> str | None:
    configured = os.environ.get("ASYLUM_BENCH_DATASETTE")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("datasette")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running(executable: str, database: Path) -> Iterator[str]:
    """Serve ``database`` (immutable, generous time limits); yield the base URL."""
    port = _free_port()
    process = subprocess.Popen(
        [executable, "serve", "--immutable", str(database), "--host", "127.0.0.1",
         "--port", str(port), "--setting", "sql_time_limit_ms", "600000",
         "--setting", "facet_time_limit_ms", "600000", "--setting", "default_page_size", "100",
         "--setting", "max_csv_mb", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/{database.stem}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json",
                                            timeout=5):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    error = process.stderr.read().decode() if process.stderr else ""
                    raise RuntimeError(f"datasette did not start: {error[-500:]}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def fetch_seconds(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=900) as response:
        while response.read(1 << 20):
            pass
    return time.perf_counter() - started


def table_url(base: str, parameters: dict[str, str]) -> str:
    query = [*parameters.items(), *(("_facet", facet) for facet in FACETS), ("_size", "100"),
             ("_nosuggest", "1")]  # no facet suggestions: the fastest page Datasette serves
    return f"{base}/incidents.json?{urllib.parse.urlencode(query)}"


def question_times(base: str, passes: int) -> dict[str, list[float]]:
    """Seconds per question, after one warm-up request each."""
    times: dict[str, list[float]] = {}
    for ours, parameters in QUESTIONS:
        url = table_url(base, parameters)
        fetch_seconds(url)
        times[ours] = [fetch_seconds(url) for _ in range(passes)]
    return times


def csv_seconds(base: str, columns: list[str]) -> float:
    """Every row as CSV, streamed, in date order: Datasette's export of the whole table."""
    query = [("_stream", "on"), ("_size", "max"), ("_sort", "date_start_lo"),
             *(("_col", column) for column in columns)]
    return fetch_seconds(f"{base}/incidents.csv?{urllib.parse.urlencode(query)}")
