"""The command-line export as a script runs it, against the sqlite3 shell, side by side.

    python bench/cli_export.py --db /work/bench-data/synthetic-1000000.sqlite
    python bench/cli_export.py --size 1000000 --passes 5    # makes the file if it is missing

Both are whole processes: `asylum-browser export '' --db DB -o out.csv` (sidecar and formula
escaping on, as a user gets them) and `sqlite3 -readonly -csv -header DB "SELECT <the same
columns> FROM incidents ORDER BY date_start_lo, date_start_hi, id"`. They take turns, after
one warm-up each, so the page cache and the machine's load treat them alike. Peak memory is
the largest resident set of our process and of its worker processes (wait4's rusage). The
first export of a database scans its column facts and keeps them; that run is reported on
its own, before the timed ones, which use the kept facts. A query that selects a subset
(host:china) is timed too, against the shell with the same WHERE, with its CPU time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from asylum_browser.core.model.schema import COLUMNS_BY_NAME, DEFAULT_EXPORT_COLUMNS  # noqa: E402

SUBSET = ("host:china", "host_country = 'CN'")  # our query, the shell's WHERE


def timed(command: list[str], stdout: Path | None = None,
          env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """(seconds, peak resident MB, CPU seconds) of the process and the children it waited
    for. CPU time is what a busy machine cannot hide: on a shared one the wall times of a
    two-process export and a one-process shell stretch differently."""
    out = stdout.open("wb") if stdout is not None else subprocess.DEVNULL
    try:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdout is not None and not isinstance(out, int):
            out.close()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed with exit code {process.returncode}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def spread(values: list[float], digits: int = 2) -> str:
    return (f"{statistics.median(values):.{digits}f} "
            f"[{min(values):.{digits}f}–{max(values):.{digits}f}]")


def measure_cli_export(path: Path, passes: int, work: Path) -> dict[str, Any]:
    """Whole-process export times and peak memory, ours and the shell's, in one run."""
    shell = shutil.which("sqlite3")
    if shell is None:
        raise SystemExit("the sqlite3 shell is not installed")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
        # A fresh cache: the first export really scans, the later ones use what it kept.
        "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="asylum-browser-cli-bench-", dir=work)}
    select = ", ".join(COLUMNS_BY_NAME[c].sql.removeprefix("incidents.")
                       for c in DEFAULT_EXPORT_COLUMNS)

    def ours(query: str = "") -> list[str]:
        return [sys.executable, "-m", "asylum_browser", "export", query, "--db", str(path),
                "-o", str(work / "ours.csv")]

    def theirs(where: str = "1") -> list[str]:
        return [shell, "-readonly", "-csv", "-header", str(path),
                f"SELECT {select} FROM incidents WHERE {where} "
                "ORDER BY date_start_lo, date_start_hi, id"]

    first_s, first_mb, _ = timed(ours(), env=env)
    timed(theirs(), work / "shell.csv")  # warm-up
    result: dict[str, Any] = {"first_s": first_s, "first_mb": first_mb, "ours_s": [],
                              "ours_mb": [], "ours_cpu": [], "shell_s": [], "shell_cpu": [],
                              "subset_s": [], "subset_shell_s": [], "subset_cpu": [],
                              "subset_shell_cpu": []}
    for _ in range(passes):
        seconds, peak, cpu = timed(ours(), env=env)
        result["ours_s"].append(seconds)
        result["ours_mb"].append(peak)
        result["ours_cpu"].append(cpu)
        seconds, _, cpu = timed(theirs(), work / "shell.csv")
        result["shell_s"].append(seconds)
        result["shell_cpu"].append(cpu)
    for _ in range(passes):
        seconds, _, cpu = timed(ours(SUBSET[0]), env=env)
        result["subset_s"].append(seconds)
        result["subset_cpu"].append(cpu)
        seconds, _, cpu = timed(theirs(SUBSET[1]), work / "shell.csv")
        result["subset_shell_s"].append(seconds)
        result["subset_shell_cpu"].append(cpu)
    result["ratio"] = statistics.median(result["ours_s"]) / statistics.median(result["shell_s"])
    result["subset_ratio"] = (statistics.median(result["subset_s"])
                              / statistics.median(result["subset_shell_s"]))
    return result


def report(size: str, result: dict[str, Any]) -> str:
    """One Markdown table row (the header is in HEADER)."""
    return (f"| {size} | {spread(result['ours_s'])} | {spread(result['shell_s'])} | "
            f"{result['ratio']:.2f}x | {spread(result['ours_cpu'], 1)} / "
            f"{spread(result['shell_cpu'], 1)} | {max(result['ours_mb']):.0f} | "
            f"{result['first_s']:.2f} ({result['first_mb']:.0f} MB) | "
            f"{spread(result['subset_s'])} / {spread(result['subset_shell_s'])} "
            f"({result['subset_ratio']:.2f}x) | {spread(result['subset_cpu'], 1)} / "
            f"{spread(result['subset_shell_cpu'], 1)} |")


HEADER = ("| dataset | `asylum-browser export` (s) | `sqlite3 -csv` (s) | ratio | "
          "CPU ours / shell (s) | peak RSS, ours (MB) | first export, facts scanned (s) | "
          f"`{SUBSET[0]}` ours / shell (s) | `{SUBSET[0]}` CPU ours / shell (s) |\n"
          "| --- | --- | --- | ---: | --- | ---: | --- | --- | --- |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the database (default: the synthetic one of "
                                                "--size under --data-dir, made if missing)")
    parser.add_argument("--size", default="1000000")
    parser.add_argument("--data-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "asylum-browser-bench")
    parser.add_argument("--passes", type=int, default=5)
    arguments = parser.parse_args()
    path = arguments.db
    if path is None:
        sys.path.insert(0, str(HERE))
        from run import dataset

        path = dataset(arguments.size, arguments.data_dir)
    with tempfile.TemporaryDirectory(prefix="asylum-browser-cli-export-") as work:
        result = measure_cli_export(path, arguments.passes, Path(work))
    print(f"Measured with `python bench/cli_export.py {' '.join(sys.argv[1:])}` on "
          f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}; median [min–max] of "
          f"{arguments.passes} turns each.\n")
    print(HEADER)
    print(report(arguments.size if arguments.db is None else path.name, result))


if __name__ == "__main__":
    main()
