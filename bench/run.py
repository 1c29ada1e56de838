"""Benchmarks: refresh latency, GUI stalls, startup, scrolling, CSV export and memory.

    python bench/run.py                       # bundled, 10k, 100k and 1M incidents
    python bench/run.py --sizes 10000 --passes 1 --quick   # the smoke version CI runs
    python bench/run.py --write docs/PERFORMANCE.md

Synthetic databases are made once by bench/make_synthetic.py under --data-dir. Every figure is
a median with min and max; where there is a reference (the SQL path, the sqlite3 shell) the
ratio is measured in the same run. Not part of the test run (tests/test_bench_smoke.py runs the
smoke version so it cannot rot).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import cli_export  # noqa: E402
import datasette_peer  # noqa: E402
from interactions import INTERACTIONS  # noqa: E402
from screen import OFFSCREEN  # noqa: E402

from asylum_browser.core.engine.database import open_database  # noqa: E402
from asylum_browser.core.engine.repository import Repository  # noqa: E402
from asylum_browser.core.export.writer import ExportCancelled, write_csv  # noqa: E402
from asylum_browser.core.model.schema import COLUMNS_BY_NAME, DEFAULT_EXPORT_COLUMNS  # noqa: E402
from asylum_browser.core.model.values import QuerySpec  # noqa: E402
from asylum_browser.core.query.parser import parse_query  # noqa: E402
from asylum_browser.paths import bundled_db_path  # noqa: E402

TARGETS = {  # DESIGN.md section 5 and issue 5
    100_000: {"p50": 50, "p95": 100}, 1_000_000: {"p50": 250, "p95": 500},
}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def spread(values: list[float], digits: int = 1) -> str:
    return (f"{statistics.median(values):.{digits}f} "
            f"[{min(values):.{digits}f}–{max(values):.{digits}f}]" if values else "n/a")


def dataset(size: str, data_dir: Path) -> Path:
    if size == "bundled":
        return bundled_db_path()
    path = data_dir / f"synthetic-{size}.sqlite"
    if path.exists():
        from asylum_browser.core.engine.database import DatabaseProblem

        try:
            open_database(path)
        except DatabaseProblem:  # made by an older schema: make it again
            path.unlink()
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(HERE / "make_synthetic.py"), size, str(path)],
                       check=True)
    return path


def refresh_latencies(repository: Repository, passes: int) -> list[float]:
    """The worker's whole job per interaction: ids, facets, timeline and map points."""
    from asylum_browser.core.engine.answers import compute_results

    times = []
    for _ in range(passes):
        for query in INTERACTIONS:
            started = time.perf_counter()
            compute_results(repository, parse_query(query))
            times.append((time.perf_counter() - started) * 1000)
    return times


def export_against_shell(path: Path, repository: Repository, work: Path,
                         passes: int) -> dict[str, Any]:
    shell = shutil.which("sqlite3")
    ours, theirs = [], []
    processes = 1
    columns = list(DEFAULT_EXPORT_COLUMNS)
    select = ", ".join(COLUMNS_BY_NAME[c].sql.removeprefix("incidents.") for c in columns)
    for _ in range(passes):
        started = time.perf_counter()
        processes = write_csv(repository, QuerySpec(), work / "ours.csv", columns,
                              sidecar=False).processes
        ours.append(time.perf_counter() - started)
        if shell:
            started = time.perf_counter()
            with (work / "shell.csv").open("wb") as out:
                subprocess.run([shell, "-readonly", "-csv", "-header", str(path),
                                f"SELECT {select} FROM incidents ORDER BY date_start_lo, "
                                "date_start_hi, id"], stdout=out, check=True)
            theirs.append(time.perf_counter() - started)
    result: dict[str, Any] = {"ours_s": ours, "shell_s": theirs, "processes": processes,
                              "cancel_ms": cancel_latency(repository, work / "cancelled.csv")}
    if theirs:
        result["ratio"] = statistics.median(ours) / statistics.median(theirs)
    return result


def cancel_latency(repository: Repository, target: Path) -> float | None:
    """From the moment the user cancels (a quarter of a second in) to the export giving up,
    in ms; None when the export finished first."""
    cancelled_at: list[float] = []
    timer = threading.Timer(0.25, lambda: cancelled_at.append(time.perf_counter()))
    timer.start()
    try:
        write_csv(repository, QuerySpec(), target, sidecar=False,
                  progress=lambda _rows: not cancelled_at)
    except ExportCancelled:
        return (time.perf_counter() - cancelled_at[0]) * 1000
    finally:
        timer.cancel()
    return None


def startup_times(path: Path, passes: int) -> list[float]:
    times = []
    for _ in range(passes):
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-m", "asylum_browser", "--db", str(path), "--settings",
                 str(Path(folder) / "s.json"), "--exit-after-paint"],
                capture_output=True, text=True, env={**os.environ,
                                                     "QT_QPA_PLATFORM": OFFSCREEN},
                timeout=600, check=False)
            if "painted" in result.stdout:
                times.append(time.perf_counter() - started)
    return times


def gui_probe(path: Path, passes: int) -> dict[str, Any]:
    result = subprocess.run([sys.executable, str(HERE / "gui_probe.py"), str(path),
                             str(passes)], capture_output=True, text=True, timeout=3600,
                            env={**os.environ, "QT_QPA_PLATFORM": OFFSCREEN}, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"gui probe failed: {result.stderr[-2000:]}")
    return dict(json.loads(lines[-1]))


def against_datasette(executable: str, path: Path, repository: Repository, passes: int,
                      with_csv: bool) -> dict[str, Any]:
    """The peer's answers to the same questions, timed in the same run as ours."""
    from asylum_browser.core.engine.answers import compute_results

    ours: dict[str, list[float]] = {}
    for query, _parameters in datasette_peer.QUESTIONS:
        spec = parse_query(query)
        ours[query] = []
        for _ in range(passes):
            started = time.perf_counter()
            compute_results(repository, spec)
            ours[query].append(time.perf_counter() - started)
    with datasette_peer.running(executable, path) as base:
        theirs = datasette_peer.question_times(base, passes)
        columns = [COLUMNS_BY_NAME[c].sql.removeprefix("incidents.")
                   for c in DEFAULT_EXPORT_COLUMNS]
        csv_s = datasette_peer.csv_seconds(base, columns) if with_csv else None
    ours_ms = [statistics.median(ours[q]) * 1000 for q in ours]
    theirs_ms = [statistics.median(theirs[q]) * 1000 for q in ours]
    return {"ours_ms": ours_ms, "theirs_ms": theirs_ms, "csv_s": csv_s,
            "ratios": [t / o for o, t in zip(ours_ms, theirs_ms, strict=True)]}


def measure(size: str, data_dir: Path, passes: int, quick: bool,
            datasette: str | None = None) -> dict[str, Any]:
    path = dataset(size, data_dir)
    repository = Repository(open_database(None if size == "bundled" else path))
    started = time.perf_counter()
    repository.attach_columnar()
    first_index = time.perf_counter() - started
    count = repository.count()
    row: dict[str, Any] = {"size": size, "incidents": count, "index_s": first_index}
    row["refresh_ms"] = refresh_latencies(repository, passes)
    if count <= 100_000 and not quick:
        plain = Repository(open_database(None if size == "bundled" else path))
        row["sql_refresh_ms"] = refresh_latencies(plain, 1)
    probe = gui_probe(path, passes)
    row.update(gui_ms=probe["latencies_ms"], stall_ms=probe["worst_stall_ms"],
               scroll_ms=probe["scroll_ms"], rss_mb=probe["peak_rss_mb"])
    row["startup_s"] = startup_times(path, 1 if quick else 3)
    with tempfile.TemporaryDirectory() as work:
        row["export"] = export_against_shell(path, repository, Path(work), 1 if quick else 3)
        if not quick:  # the whole `asylum-browser export` process, as a script runs it
            row["cli_export"] = cli_export.measure_cli_export(path, min(passes, 3), Path(work))
    if datasette:
        # Datasette's CSV of a million rows takes minutes; it is timed up to 100k.
        row["datasette"] = against_datasette(datasette, path, repository, passes,
                                             with_csv=count <= 100_000)
    return row


def report(rows: list[dict[str, Any]], command: str) -> str:
    lines = [
        f"Measured with `{command}` on {os.cpu_count()} cores, "
        f"{time.strftime('%Y-%m-%d')}. Medians with [min–max]; times in ms unless marked.", "",
        "| dataset | incidents | refresh p50 / p95 (worker) | SQL path p50 (ratio) | "
        "GUI refresh p50 / p95 | worst GUI stall | scroll to a row | startup (s) | "
        "export ours / sqlite3 shell (s, ratio) | peak RSS (MB) | first index build, no cache (s) |",
        "| --- | ---: | --- | --- | --- | ---: | --- | --- | --- | ---: | ---: |",
    ]
    peers = [row for row in rows if row.get("datasette")]
    for row in rows:
        refresh = row["refresh_ms"]
        sql = row.get("sql_refresh_ms")
        sql_text = (f"{statistics.median(sql):.0f} ({statistics.median(sql) / statistics.median(refresh):.0f}x slower)"
                    if sql else "not run")
        export = row["export"]
        workers = export.get("processes", 1)
        export_text = (f"{spread(export['ours_s'], 2)} / "
                       + (f"{spread(export['shell_s'], 2)} ({export['ratio']:.2f}x"
                          if export.get("shell_s") else "no shell (")
                       + (f", {workers} processes" if workers > 1 else ", in process")
                       + (f"; cancel {export['cancel_ms']:.0f} ms)"
                          if export.get("cancel_ms") is not None else ")"))
        lines.append(
            f"| {row['size']} | {row['incidents']:,} | {percentile(refresh, .5):.1f} / "
            f"{percentile(refresh, .95):.1f} | {sql_text} | "
            f"{percentile(row['gui_ms'], .5):.1f} / {percentile(row['gui_ms'], .95):.1f} | "
            f"{row['stall_ms']:.0f} | {spread(row['scroll_ms'])} | "
            f"{spread(row['startup_s'])} | {export_text} | {row['rss_mb']:.0f} | "
            f"{row['index_s']:.1f} |")
    if peers:
        lines += ["", "Datasette on the same files (loopback, `--immutable`), asked the same "
                  f"{len(datasette_peer.QUESTIONS)} questions (bench/datasette_peer.py): a table "
                  "page with five facets and the count, against our whole refresh (ids, count, "
                  "nine facets, timeline, map points). CSV: every row in date order.", "",
                  "| dataset | ours p50 (ms) | Datasette p50 (ms) | Datasette slower by "
                  "(median [min–max]) | Datasette CSV (s) | its ratio to the sqlite3 shell |",
                  "| --- | ---: | ---: | --- | ---: | ---: |"]
        for row in peers:
            peer = row["datasette"]
            shell = row["export"].get("shell_s")
            csv_text = f"{peer['csv_s']:.2f}" if peer["csv_s"] is not None else "not run"
            csv_ratio = (f"{peer['csv_s'] / statistics.median(shell):.1f}x"
                         if peer["csv_s"] is not None and shell else "n/a")
            ratios = peer["ratios"]
            lines.append(
                f"| {row['size']} | {statistics.median(peer['ours_ms']):.1f} | "
                f"{statistics.median(peer['theirs_ms']):.1f} | "
                f"{statistics.median(ratios):.0f}x [{min(ratios):.0f}x–{max(ratios):.0f}x] | "
                f"{csv_text} | {csv_ratio} |")
    clis = [row for row in rows if row.get("cli_export")]
    if clis:
        lines += ["", "The command-line export as whole processes (bench/cli_export.py), taking "
                  "turns with the sqlite3 shell; the first export of a file scans its column "
                  "facts and keeps them for the later ones.", "", cli_export.HEADER]
        lines += [cli_export.report(row["size"], row["cli_export"]) for row in clis]
    lines += ["", "Targets (DESIGN.md section 5): refresh p50 ≤ 50 ms and p95 ≤ 100 ms at 100k; "
              "p50 ≤ 250 ms and p95 ≤ 500 ms at 1M; GUI stall ≤ 50 ms; startup ≤ 1.0 s bundled "
              "and ≤ 2.0 s at 1M with a warm cache; export ≤ 1.2x the sqlite3 shell (the CLI's "
              "whole process too, with peak RSS < 250 MB); peak RSS "
              "< 600 MB at 1M.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="bundled,10000,100000,1000000")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir())
                        / "asylum-browser-bench")
    parser.add_argument("--quick", action="store_true", help="fewer repeats (smoke run)")
    parser.add_argument("--write", type=Path,
                        help="also write the tables into this file, between its "
                             f"{MARK_START} and {MARK_END} lines (or as the whole file)")
    parser.add_argument("--no-datasette", action="store_true",
                        help="skip the Datasette peer even if it is installed")
    arguments = parser.parse_args()
    # A fresh cache folder: each dataset's first index open is a real first build, and the
    # window's runs after it (startup, GUI probe) find that cache warm, as a user's would.
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="asylum-browser-bench-cache-")
    datasette = None if arguments.no_datasette else datasette_peer.find_datasette()
    if datasette is None and not arguments.no_datasette:
        print("Datasette not found (set ASYLUM_BENCH_DATASETTE); the peer is skipped",
              file=sys.stderr)
    rows = []
    for size in arguments.sizes.split(","):
        print(f"measuring {size}…", file=sys.stderr)
        rows.append(measure(size, arguments.data_dir, arguments.passes, arguments.quick,
                            datasette))
    command = "python bench/run.py " + " ".join(sys.argv[1:])
    text = report(rows, command.strip())
    print(text)
    if arguments.write:
        write_between_marks(arguments.write, text)


MARK_START, MARK_END = "<!-- bench:start -->", "<!-- bench:end -->"


def write_between_marks(path: Path, text: str) -> None:
    """Replace the generated part of a hand-written page, or write the whole file."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if MARK_START in old and MARK_END in old:
        head, rest = old.split(MARK_START, 1)
        tail = rest.split(MARK_END, 1)[1]
        text = f"{head}{MARK_START}\n{text}\n{MARK_END}{tail}"
    else:
        text = f"# Performance\n\n{text}"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
