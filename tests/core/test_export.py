"""CSV export: round trip, formula safety, BOM, sidecar and atomic writes, parsed back for real."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.writer import (
    ExportError,
    sidecar_path,
    write_csv,
)
from asylum_browser.core.model.formula import escape_formula
from asylum_browser.core.model.schema import COLUMNS_BY_NAME, DEFAULT_EXPORT_COLUMNS
from asylum_browser.core.query.parser import parse_query
from tests.conftest import bundled_record, count_bundled


def read_back(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.reliability("export-integrity")
def test_export_round_trips_every_value(repository: Repository, tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    result = write_csv(repository, parse_query(""), target)
    assert result.rows == count_bundled()
    rows = read_back(target)
    assert [r["id"] for r in rows] == [
        r["id"] for r in repository.rows(repository.ids_for(parse_query("")))]
    database_rows = {r["id"]: r for r in repository.rows(repository.ids_for(parse_query("")))}
    for row in rows:
        original = database_rows[row["id"]]
        for name in DEFAULT_EXPORT_COLUMNS:
            value = original[name]
            expected = "" if value is None else escape_formula(value) if isinstance(
                value, str) else str(value)
            assert row[name] == expected, (row["id"], name)


def test_the_spanish_embassy_case_exports_its_facts(repository: Repository,
                                                    tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_csv(repository, parse_query("mission:spain year:2002"), target)
    [row] = read_back(target)
    record = bundled_record("2002-03-14-beijing-spain-embassy")  # as the fact check left it
    assert row["id"] == record["id"]
    assert row["people_count"] == str(record["people_count"])
    for field in ("date_start", "date_end", "outcome_date", "transit", "outcome"):
        assert row[field] == record[field], field
    assert "Manila" in row["transit"] and "Manila" in row["outcome"]
    assert sidecar_path(target).exists()


@pytest.mark.reliability("export-integrity")
@pytest.mark.parametrize(("text", "escaped"), [
    ("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"),
    ("+1+1", "'+1+1"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("=cmd|' /C notepad'!'A1'", "'=cmd|' /C notepad'!'A1'"),
    ("plain text", "plain text"),
    ("a = b", "a = b"),
    ("", ""),
])
def test_owasp_formula_injection_cases_are_neutralised(text: str, escaped: str) -> None:
    assert escape_formula(text) == escaped


HOSTILE = ["=1+1", 'quote " and, comma', "line\nbreak\r\nCRLF", "북한 瀋陽 日本", "-school",
           "@mention", "\t=tab", "\r=cr", "+sum", "plain", ""]


def reference_csv(path: Path, columns: list[str], escape: bool) -> bytes:
    """What the csv module writes for the same rows: the byte-for-byte reference."""
    import io
    import sqlite3

    connection = sqlite3.connect(path)
    selected = ", ".join(COLUMNS_BY_NAME[c].sql.removeprefix("incidents.") for c in columns)
    rows = connection.execute(f"SELECT {selected} FROM incidents ORDER BY date_start_lo, "
                              "date_start_hi, id").fetchall()
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([
            "" if v is None else escape_formula(v) if escape and isinstance(v, str)
            and COLUMNS_BY_NAME[c].kind in ("text", "date") else v
            for c, v in zip(columns, row, strict=True)])
    return out.getvalue().encode("utf-8")


def spoil(path: Path) -> None:
    """Hostile text in every row, and cells SQL cannot render the way Python does."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        seqs = [row[0] for row in connection.execute("SELECT seq FROM incidents ORDER BY seq")]
        assert seqs[:7] == list(range(1, 8))  # the rows spoiled one by one below
        for seq in seqs:
            connection.execute("UPDATE incidents SET summary = ?, people_note = ? WHERE seq = ?",
                               (HOSTILE[seq % len(HOSTILE)], HOSTILE[(seq + 3) % len(HOSTILE)],
                                seq))
        connection.executemany("UPDATE incidents SET latitude = ?, longitude = ? WHERE seq = ?",
                               [(0.1 + 0.2, 1e-05, 1), (-33.868820000000014, 1e300, 2),
                                (None, -0.0, 3), (39.0, 2.5e-07, 4)])
        # A NUL, a blob, text in a number column and a fraction in a count: printf would cut
        # or misprint each, so their columns must go through Python.
        connection.execute("UPDATE incidents SET people_note = 'before' || char(0) || 'after' "
                           "WHERE seq = 5")
        connection.execute("UPDATE incidents SET title = X'00FF41' WHERE seq = 6")
        connection.execute("UPDATE incidents SET latitude = 'north', people_count = 2.5 "
                           "WHERE seq = 7")


@pytest.mark.reliability("export-integrity")
@pytest.mark.parametrize("jobs", [1, 2])
def test_hostile_cells_round_trip_byte_identical_to_the_csv_module(db_copy: Path,
                                                                   tmp_path: Path,
                                                                   jobs: int) -> None:
    from asylum_browser.core.engine.database import Database

    spoil(db_copy)
    repository = Repository(Database(db_copy))
    columns = ["id", "title", "summary", "people_note", "people_count", "latitude", "longitude",
               "date_start"]
    for escape in (True, False):
        target = tmp_path / f"hostile-{escape}.csv"
        result = write_csv(repository, parse_query(""), target, columns,
                           escape_formulas=escape, jobs=jobs)
        assert result.processes == jobs
        assert target.read_bytes() == reference_csv(db_copy, columns, escape)
        assert len(read_back(target)) == count_bundled()
    escaped = {r["summary"] for r in read_back(tmp_path / "hostile-True.csv")}
    assert {"'=1+1", "'-school", "'@mention", "'\t=tab", "'\r=cr", "'+sum",
            'quote " and, comma', "line\nbreak\r\nCRLF", "북한 瀋陽 日本"} <= escaped
    raw = {r["summary"] for r in read_back(tmp_path / "hostile-False.csv")}
    assert "=1+1" in raw and "-school" in raw
    notes = {r["people_note"] for r in read_back(tmp_path / "hostile-True.csv")}
    assert "before\x00after" in notes


def test_clean_columns_are_rendered_by_sql_and_spoiled_ones_by_python(db_copy: Path,
                                                                       tmp_path: Path) -> None:
    from asylum_browser.core.engine.database import Database
    from asylum_browser.core.export.csvlines import CLEAN, FORMULA_STARTS, QUOTES, UNTRUSTED

    before = Repository(Database(db_copy)).export_column_facts()
    assert before["incidents.people_count"] == CLEAN
    for column in ("title", "summary"):  # plain text; a double quote in the bundled data counts
        assert not count_bundled(f"typeof({column}) != 'text'"), column
        assert not count_bundled(f"substr({column}, 1, 1) IN ('=', '+', '-', '@', '''', "
                                 "char(9), char(13))"), column
        quoted = count_bundled(f"instr({column}, '\"') > 0")
        assert before[f"incidents.{column}"] == (QUOTES if quoted else CLEAN), column
    # The bundled notes quote their sources ("'hundreds' of Chileans"): an apostrophe first
    # is escaped too, so that the escape can be undone.
    assert before["incidents.people_note"] == FORMULA_STARTS
    spoil(db_copy)
    repository = Repository(Database(db_copy))
    after = repository.export_column_facts()
    assert {name for name, fact in after.items() if fact != before[name]} == {
        "incidents.title", "incidents.people_note", "incidents.people_count",
        "incidents.summary"}
    assert after["incidents.title"] & after["incidents.people_note"] & UNTRUSTED
    assert after["incidents.people_count"] == UNTRUSTED
    # "=1+1", 'quote " and, comma' and friends, but nothing SQL cannot write
    assert after["incidents.summary"] == FORMULA_STARTS | QUOTES
    # The columnar index finds the same, and keeps it in its cache.
    index = repository.attach_columnar(tmp_path / "cache")
    assert index.column_facts == after
    again = Repository(Database(db_copy)).attach_columnar(tmp_path / "cache")
    assert again.column_facts == after and not again.notes


@pytest.mark.reliability("export-integrity")
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_write_failure_midway_leaves_the_previous_file_untouched(
        repository: Repository, tmp_path: Path, jobs: int) -> None:
    """A real write error from the OS: a file-size limit that the worker processes inherit."""
    import resource
    import signal

    target = tmp_path / "keep.csv"
    target.write_text("previous export\n", encoding="utf-8")
    sidecar_path(target).write_text("previous about\n", encoding="utf-8")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, hard))
    try:
        with pytest.raises(ExportError, match="larger than this system allows"):
            write_csv(repository, parse_query(""), target, jobs=jobs)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert sidecar_path(target).read_text(encoding="utf-8") == "previous about\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.about.txt", "keep.csv"]


def test_rows_end_in_crlf_and_the_bom_is_optional(repository: Repository,
                                                  tmp_path: Path) -> None:
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    write_csv(repository, parse_query("shenyang"), plain, ["id", "title"])
    write_csv(repository, parse_query("shenyang"), excel, ["id", "title"], bom=True)
    assert plain.read_bytes().startswith(b'"id","title"\r\n')
    assert excel.read_bytes().startswith(b'\xef\xbb\xbf"id","title"\r\n')
    assert read_back(excel, "utf-8-sig") == read_back(plain)


def test_unknown_columns_are_refused_before_anything_is_written(repository: Repository,
                                                                tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Unknown column nope"):
        write_csv(repository, parse_query(""), tmp_path / "x.csv", ["id", "nope"])
    assert list(tmp_path.iterdir()) == []


def test_the_sidecar_records_how_to_cite_and_reproduce(repository: Repository,
                                                       tmp_path: Path) -> None:
    target = tmp_path / "spain.csv"
    when = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)
    write_csv(repository, parse_query("mission:spain year:2002"), target, ["id", "people_count"],
              now=when)
    about = sidecar_path(target).read_text(encoding="utf-8")
    meta = repository.meta()
    for expected in ("mission:spain year:2002", "sending state is “spain”", "Rows:        1",
                     meta["dataset_version"], "2026-11-29T09:00:00+00:00", "people_count:",
                     "GeoNames", "asylum-browser export 'mission:spain year:2002' -o spain.csv"):
        assert expected in about


def test_no_sidecar_when_switched_off(repository: Repository, tmp_path: Path) -> None:
    result = write_csv(repository, parse_query("shenyang"), tmp_path / "x.csv", sidecar=False)
    assert result.sidecar is None
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_selected_rows_export_in_the_given_order(repository: Repository,
                                                 tmp_path: Path) -> None:
    seqs = list(repository.ids_for(parse_query("shenyang")))[:3][::-1]
    target = tmp_path / "picked.csv"
    result = write_csv(repository, parse_query("shenyang"), target, ["id"], seqs=seqs)
    assert result.rows == 3
    expected = [row["id"] for row in repository.rows(seqs)]
    assert [r["id"] for r in read_back(target)] == expected
    assert "selected by hand" in sidecar_path(target).read_text(encoding="utf-8")


@pytest.mark.reliability("export-integrity")
def test_cancelling_through_progress_leaves_nothing(repository: Repository,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from asylum_browser.core.export import writer as export

    monkeypatch.setattr(export, "PROGRESS_EVERY", 5)
    seen: list[int] = []

    def stop_after_ten(rows: int) -> bool:
        seen.append(rows)
        return rows < 10

    with pytest.raises(export.ExportCancelled):
        write_csv(repository, parse_query(""), tmp_path / "x.csv", progress=stop_after_ten)
    assert seen == [5, 10]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.reliability("export-integrity")
def test_cancelling_an_export_with_workspace_columns_leaves_nothing(
        repository: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from asylum_browser.core.export import writer as export
    from asylum_browser.core.model.values import Annotations

    monkeypatch.setattr(export, "PROGRESS_EVERY", 5)
    with pytest.raises(export.ExportCancelled, match=r"nothing was written to mine\.csv"):
        write_csv(repository, parse_query(""), tmp_path / "mine.csv", ["id", "your_tags"],
                  progress=lambda rows: rows < 10, annotations=Annotations.empty())
    assert list(tmp_path.iterdir()) == []


UNDO = "remove one leading ' from every text cell that starts with '"


def test_the_sidecar_and_the_guide_say_how_to_undo_the_formula_escape(
        repository: Repository, tmp_path: Path) -> None:
    """The escape is reversible only if the reader knows the rule: both the file's own
    sidecar and docs/cli.md say that a leading apostrophe gets one more, and how to undo it."""
    target = tmp_path / "undo.csv"
    write_csv(repository, parse_query("shenyang"), target, ["id", "people_note"])
    about = sidecar_path(target).read_text(encoding="utf-8")
    guide = (Path(__file__).parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    guarantees = guide.split("## Export guarantees", 1)[1].split("\n## ", 1)[0]
    for text in (about, " ".join(guarantees.split())):
        assert UNDO in text
        assert "tab, CR or '" in text or "carriage return or `'`" in text


@pytest.mark.reliability("export-integrity")
@pytest.mark.parametrize("jobs", [1, 2])
def test_removing_one_leading_apostrophe_gives_back_every_exported_text(
        db_copy: Path, tmp_path: Path, jobs: int) -> None:
    """Whichever path writes a cell (SQL's lines in one process or in workers, Python's for
    a spoiled column, the workspace's notes), undoing the escape gives the stored text."""
    import sqlite3

    from asylum_browser.core.engine.database import Database
    from asylum_browser.core.model.values import Annotations

    spoil(db_copy)  # the people notes go through Python (a NUL), the summaries through SQL
    with sqlite3.connect(db_copy) as connection:
        connection.execute("UPDATE incidents SET title = '''tis a title' WHERE seq = 8")
        connection.execute("UPDATE incidents SET summary = '''=1+1', "
                           "people_note = '''''two' WHERE seq = 9")
        stored = {row[0]: row[1:] for row in connection.execute(
            "SELECT id, title, summary, people_note FROM incidents")}
    repository = Repository(Database(db_copy))
    noted = next(iter(stored))
    notes = Annotations({}, {noted: "'my note"}, frozenset())
    target = tmp_path / "undo.csv"
    write_csv(repository, parse_query(""), target, ["id", "title", "summary", "people_note",
                                                    "your_note"],
              annotations=notes, jobs=jobs)

    def undo(text: str) -> str:
        return text[1:] if text.startswith("'") else text

    rows = read_back(target)
    assert len(rows) == count_bundled()
    for row in rows:
        got = (undo(row["title"]), undo(row["summary"]), undo(row["people_note"]))
        for value, text in zip(stored[row["id"]], got, strict=True):
            if not isinstance(value, bytes):  # spoil() planted one blob, written as its repr
                assert text == ("" if value is None else value)
    assert undo(next(r for r in rows if r["id"] == noted)["your_note"]) == "'my note"
