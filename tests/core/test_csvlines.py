"""Lines built by SQLite against the csv module, and the worker processes that write them."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export import workers as export_workers
from asylum_browser.core.export.csvlines import (
    CLEAN,
    FORMULA_STARTS,
    LINE_END,
    QUOTES,
    UNTRUSTED,
    WORKER_WORD,
    column_facts,
    plan_lines,
    write_lines,
)
from asylum_browser.core.export.writer import ExportCancelled, write_csv
from asylum_browser.core.query.parser import parse_query

KINDS = (("incidents.title", "text"), ("incidents.date_start", "date"),
         ("incidents.people_count", "integer"), ("incidents.latitude", "real"),
         ("incidents.summary", "text"))

# Any text SQLite can store and UTF-8 can carry (no lone surrogates); formula triggers, quotes,
# separators, line ends and CJK are drawn often on purpose.
cell_text = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.builds("".join, st.lists(st.sampled_from(
        ["=", "+", "-", "@", "\t", "\r", "\n", '"', ",", "'", " ", "북한", "瀋陽", "日本", "a"]),
        max_size=8)),
)
rows = st.lists(st.tuples(
    st.none() | cell_text, st.none() | cell_text,
    st.none() | st.integers(min_value=-(2 ** 63), max_value=2 ** 63 - 1),
    st.none() | st.floats(allow_nan=False), st.none() | cell_text), min_size=1, max_size=25)


def reference(values: list[tuple[Any, ...]], escape: bool) -> str:
    """The csv module's own output for these rows, formula escaping done in Python."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator=LINE_END)
    triggers = ("=", "+", "-", "@", "\t", "\r", "'")  # the apostrophe: so it can be undone
    for row in values:
        writer.writerow([
            "'" + value if escape and kind in ("text", "date") and isinstance(value, str)
            and value.startswith(triggers) else value
            for value, (_, kind) in zip(row, KINDS, strict=True)])
    return out.getvalue()


def table(values: list[tuple[Any, ...]]) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE incidents (seq INTEGER PRIMARY KEY, title TEXT, "
                       "date_start TEXT, people_count INTEGER, latitude REAL, summary TEXT)")
    connection.executemany("INSERT INTO incidents VALUES (NULL, ?, ?, ?, ?, ?)", values)
    return connection


@pytest.mark.reliability("export-integrity")
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=rows, escape=st.booleans(), how=st.sampled_from(["found", "test", "python"]),
       sparse=st.booleans())
def test_sql_built_lines_equal_the_csv_module_byte_for_byte(
        values: list[tuple[Any, ...]], escape: bool, how: str, sparse: bool) -> None:
    """``found``: the plan column_facts makes; ``test``: every text cell takes the formula
    test in SQL; ``python``: every cell goes through Python. ``sparse`` asks for every other
    row backwards instead of all of them in seq order: the lines must follow the order
    asked, not the table's."""
    connection = table(values)
    facts = column_facts(connection, KINDS)
    has_nul = any("\0" in value for row in values for value in row if isinstance(value, str))
    if how == "test" and not has_nul:  # SQL cannot carry a NUL; column_facts says so
        facts = dict.fromkeys(facts, FORMULA_STARTS | QUOTES)
    elif how == "python":
        facts = {}
    plan = plan_lines(KINDS, escape, facts)
    seqs = list(range(len(values), 0, -2)) if sparse else list(range(1, len(values) + 1))
    written: list[bytes] = []
    count = write_lines(connection, plan, seqs, written.append)
    assert count == len(seqs)
    # The reference reads the values back as stored (SQLite keeps -0.0 as 0.0, for one).
    stored = {row[0]: row[1:] for row in connection.execute(
        "SELECT seq, title, date_start, people_count, latitude, summary FROM incidents")}
    assert b"".join(written).decode("utf-8") == reference([stored[seq] for seq in seqs],
                                                          escape)


def test_python_cells_at_either_end_of_a_line_keep_their_separators() -> None:
    """A line that starts and ends with cells only Python writes (a real number first, a
    column the facts do not vouch for last), SQL's printf between them; the expected lines
    are written out by hand."""
    connection = table([("a", "2001", 3, 1.5, "x"), (None, None, None, None, None),
                        ("=b", "2002-03", -7, 0.1 + 0.2, 'say "hi"')])
    columns = [("incidents.latitude", "real"), ("incidents.title", "text"),
               ("incidents.date_start", "date"), ("incidents.people_count", "integer"),
               ("incidents.summary", "text")]
    facts = {"incidents.title": FORMULA_STARTS, "incidents.date_start": CLEAN,
             "incidents.people_count": CLEAN}  # the summary is not vouched for
    written: list[bytes] = []
    assert write_lines(connection, plan_lines(columns, True, facts), [3, 1, 2],
                       written.append) == 3
    assert b"".join(written) == (b'0.30000000000000004,"\'=b","2002-03",-7,"say ""hi"""\r\n'
                                 b'1.5,"a","2001",3,"x"\r\n'
                                 b'"","","","",""\r\n')


def test_a_run_of_real_cells_writes_what_csv_writer_writes_for_any_stored_value() -> None:
    """The Python cells take a shortcut when every value is a float; a column without a
    type's affinity also hands them -0.0, the integer 3 beside 3.0, and NULL. Expected lines
    written out by hand."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE incidents (seq INTEGER PRIMARY KEY, latitude, longitude)")
    values = [(1.5, 2.5), (0.0, 1.0), (-0.0, 1.0), (3.0, 1.0), (3, 1.0), (None, 1.0),
              (0.1 + 0.2, 1e300)]
    connection.executemany("INSERT INTO incidents VALUES (NULL, ?, ?)", values)
    columns = [("incidents.latitude", "real"), ("incidents.longitude", "real")]
    written: list[bytes] = []
    write_lines(connection, plan_lines(columns, True, {}), list(range(1, 8)), written.append)
    assert b"".join(written) == (b"1.5,2.5\r\n0.0,1.0\r\n-0.0,1.0\r\n3.0,1.0\r\n"
                                 b'3,1.0\r\n"",1.0\r\n0.30000000000000004,1e+300\r\n')


def test_column_facts_finds_nul_foreign_storage_types_and_formula_starts() -> None:
    connection = table([("a", "2001", 3, 1.5, "x")])
    assert column_facts(connection, KINDS) == {
        "incidents.title": CLEAN, "incidents.date_start": CLEAN,
        "incidents.people_count": CLEAN, "incidents.summary": CLEAN}
    connection.execute("INSERT INTO incidents VALUES (NULL, '+x', '@1', NULL, NULL, '\tz')")
    assert column_facts(connection, KINDS) == {
        "incidents.title": FORMULA_STARTS, "incidents.date_start": FORMULA_STARTS,
        "incidents.people_count": CLEAN, "incidents.summary": FORMULA_STARTS}
    connection.execute("UPDATE incidents SET summary = 'say \"hi\"' WHERE seq = 1")
    assert column_facts(connection, KINDS)["incidents.summary"] == FORMULA_STARTS | QUOTES
    connection.execute("UPDATE incidents SET title = 'a' || char(0) || 'b', "
                       "summary = X'41', people_count = 2.5, latitude = 'north'")
    facts = column_facts(connection, KINDS)
    assert {name: fact & UNTRUSTED for name, fact in facts.items()} == {
        "incidents.title": UNTRUSTED, "incidents.date_start": CLEAN,
        "incidents.people_count": UNTRUSTED, "incidents.summary": UNTRUSTED}


def test_parallel_export_equals_the_in_process_one_and_reports_progress(
        repository: Repository, tmp_path: Path) -> None:
    seen: list[int] = []
    one = write_csv(repository, parse_query(""), tmp_path / "one.csv", jobs=1)
    two = write_csv(repository, parse_query(""), tmp_path / "two.csv", jobs=3,
                    progress=lambda rows: seen.append(rows) or True)
    assert (one.processes, two.processes) == (1, 3)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert one.rows == two.rows == repository.count()
    assert all(rows <= two.rows for rows in seen)


@pytest.mark.reliability("export-integrity")
def test_cancelling_a_parallel_export_kills_the_workers_and_leaves_nothing(
        repository: Repository, tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        write_csv(repository, parse_query(""), tmp_path / "x.csv", jobs=2,
                  progress=lambda rows: False)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.reliability("export-integrity")
def test_workers_that_cannot_run_leave_the_export_to_this_process(
        repository: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reference_file = tmp_path / "reference.csv"
    write_csv(repository, parse_query("shenyang"), reference_file, jobs=1, sidecar=False)
    crash = [sys.executable, "-c", "import sys; sys.stderr.write('boom'); sys.exit(4)"]
    monkeypatch.setattr(export_workers, "worker_command", lambda: crash)
    target = tmp_path / "out.csv"
    result = write_csv(repository, parse_query("shenyang"), target, jobs=2, sidecar=False)
    assert result.processes == 1
    assert target.read_bytes() == reference_file.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "reference.csv"]


def test_the_worker_reports_a_bad_job_in_one_line_without_a_traceback(tmp_path: Path) -> None:
    def worker(job: bytes) -> subprocess.CompletedProcess[str]:
        return subprocess.run(export_workers.worker_command(), input=job.decode(),
                              capture_output=True, text=True, check=False, timeout=60)

    assert export_workers.worker_command()[-1] == WORKER_WORD
    garbage = worker(b"{not json\n")
    missing = worker(json.dumps({"uri": f"file:{tmp_path / 'none.sqlite'}?mode=ro",
                                 "plan": plan_lines(KINDS, True, {}).to_json(),
                                 "chunk_rows": 10, "count": 1}).encode() + b"\n"
                     + (1).to_bytes(8, sys.byteorder))
    for result in (garbage, missing):
        assert result.returncode == 4 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "unable to open" in missing.stderr
