"""The benchmark's smoke version (10k incidents, one pass), so bench/ cannot rot.

It checks that every figure is produced, not how fast: speed lives in bench/run.py's report.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmark_runs_end_to_end_on_10k_incidents(tmp_path: Path) -> None:
    report = tmp_path / "PERFORMANCE.md"
    # The tables go between the marks; the hand-written text around them stays.
    report.write_text("# Notes by hand\n<!-- bench:start -->\nold table\n<!-- bench:end -->\n"
                      "What is met and missed.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "10000", "--passes", "1",
         "--quick", "--no-datasette", "--data-dir", str(tmp_path / "data"),
         "--write", str(report)],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    row = next(line for line in report.read_text(encoding="utf-8").splitlines()
               if line.startswith("| 10000 |"))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[1] == "10,000"
    assert re.fullmatch(r"[\d.]+ / [\d.]+", cells[2])  # refresh p50 / p95
    assert re.fullmatch(r"[\d.]+ / [\d.]+", cells[4])  # GUI refresh p50 / p95
    assert float(cells[9]) > 0  # peak RSS
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Notes by hand\n<!-- bench:start -->\nMeasured with")
    assert text.endswith("<!-- bench:end -->\nWhat is met and missed.\n")
    assert "old table" not in text


def test_the_import_benchmark_runs_end_to_end() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "import_bench.py"), "--rows", "300", "--passes",
         "1"], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert re.match(r"import of 300 CSV rows: median [\d.]+ s \[[\d.]+–[\d.]+\] over 1 passes",
                    result.stdout)


def test_the_worst_searches_benchmark_runs_end_to_end(tmp_path: Path) -> None:
    report = tmp_path / "PERFORMANCE.md"
    report.write_text("# By hand\n<!-- worst:start -->\nstale table\n<!-- worst:end -->\nAfter.\n",
                      encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "worst_queries.py"), "--size", "2000",
         "--passes", "1", "--data-dir", str(tmp_path / "data"), "--write", str(report)],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# By hand\n<!-- worst:start -->\nMeasured with")
    assert text.endswith("<!-- worst:end -->\nAfter.\n") and "stale table" not in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line
            and not line.startswith("| family")]
    assert len(rows) == 13
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        for cell in cells[3:6]:  # window, CLI cold, CLI warm: a median and its range
            assert re.fullmatch(r"[\d.]+ \[[\d.]+–[\d.]+\]", cell), row
        assert re.fullmatch(r"(met|\*\*missed\*\*) / (met|\*\*missed\*\*)", cells[6]), row
    assert re.search(r"Enter to results on screen [\d.]+ \[[\d.]+–[\d.]+\] s", text)
