"""Importing your own cases: messy files in, a clear report and a real database out."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from asylum_browser.cli import EXIT_IMPORT, cli
from asylum_browser.core.dataset.import_rows import parse_date
from asylum_browser.core.dataset.importer import (
    ImportProblem,
    guess_mapping,
    import_file,
    read_table,
)
from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.query.parser import parse_query
from asylum_browser.files import leftovers

ROOT = Path(__file__).resolve().parents[2]
HEADER = "Case ID,Title,Date,City,Country,Embassy of,Mission type,Nationality,People,Source\n"
MESSY = HEADER + (
    "lima,Two activists enter an embassy,1990-03-12,Lima,Peru,Mexico,embassy,Peru,2,"
    "https://example.org/a\n"
    "quito,Police raid the embassy,5 April 2024,Quito,Ecuador,Mexico,embassy,Ecuador,1,"
    "https://example.org/b\n"
    "month,Known to the month,March 1980,Havana,Cuba,Peru,embassy,Cuba,10800,"
    "https://example.org/c\n"
    "ambiguous,Day or month?,03/04/2002,Beijing,China,Spain,embassy,North Korea,3,"
    "https://example.org/d\n"
    "freedonia,Unknown host,2001,Springfield,Freedonia,Spain,embassy,,,https://example.org/e\n"
    "village,Not in the gazetteer,2003-06,Nowheresville,China,Japan,consulate,North Korea,4,\n"
    "tokyo,東京で八人,2003-07,Tokyo,Japan,Germany,embassy,North Korea,8,https://example.org/f\n")


def write(tmp_path: Path, text: str, name: str = "cases.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_messy_csv_gives_the_expected_report_and_database(tmp_path: Path) -> None:
    source, target = write(tmp_path, MESSY), tmp_path / "out.sqlite"
    checked, counts = import_file(source, target)
    assert counts is None and not target.exists()  # rejected rows: nothing written
    found = {(p.row, p.column, p.fatal) for p in checked.problems}
    assert (4, "Date", True) in found  # 03/04/2002: day or month?
    assert (5, "Country", True) in found  # Freedonia
    assert (6, "City", True) in found  # not in the gazetteer
    assert (6, "Source", False) in found  # a warning only
    assert checked.rejected_rows == 3
    checked, counts = import_file(source, target, skip_invalid=True)
    assert counts is not None and counts["incidents"] == 4
    repository = Repository(open_database(target))
    rows = {r["id"]: r for r in repository.rows(repository.ids_for(parse_query("")))}
    assert rows["quito"]["date_start"] == "2024-04-05"
    assert rows["month"]["date_start"] == "1980-03"  # the precision the file gave
    assert rows["month"]["people_count"] == 10800
    assert rows["lima"]["sending_state"] == "MX"  # a country beyond the bundled data
    assert rows["tokyo"]["latitude"] == pytest.approx(35.69, abs=0.01)
    assert repository.count(parse_query("東京")) == 1
    assert repository.count(parse_query("mission:mexico")) == 2
    assert repository.count(parse_query("date:1980-03")) == 1


def test_historic_states_and_our_city_aliases_find_their_places(tmp_path: Path) -> None:
    source = write(tmp_path, HEADER + (
        "wall,At the permanent representation,1984-06,East Berlin,East Germany,West Germany,"
        "permanent representation,East Germany,55,https://example.org/g\n"
        "ost,Ost-Berlin spelled in German,1989-08,Ost-Berlin,DDR,West Germany,"
        "permanent representation,East Germany,130,https://example.org/h\n"
        "moscow,Pentecostals,1963-01-03,Moscow,Soviet Union,United States,embassy,"
        "Soviet Union,32,https://example.org/i\n"
        "harbour,A consulate in Hong Kong,2005,Hong Kong,China,United States,consulate,"
        "North Korea,2,https://example.org/j\n"))
    checked, counts = import_file(source, tmp_path / "out.sqlite")
    assert [p for p in checked.problems if p.fatal] == [] and counts is not None
    repository = Repository(open_database(tmp_path / "out.sqlite"))
    rows = {r["id"]: r for r in repository.rows(repository.ids_for(parse_query("")))}
    for berlin in ("wall", "ost"):  # East Berlin is Berlin, in East Germany
        assert rows[berlin]["city"] == "Berlin" and rows[berlin]["host_country"] == "DDDE"
        assert (rows[berlin]["latitude"], rows[berlin]["longitude"]) == pytest.approx(
            (52.52, 13.40), abs=0.02)
    assert rows["moscow"]["host_country"] == "SUHH"
    assert rows["moscow"]["latitude"] == pytest.approx(55.75, abs=0.02)
    assert rows["harbour"]["host_country"] == "CN"
    assert rows["harbour"]["longitude"] == pytest.approx(114.16, abs=0.05)
    assert repository.count(parse_query("host:\"East Germany\"")) == 2


def test_the_report_is_a_csv_a_spreadsheet_opens(tmp_path: Path) -> None:
    checked, _ = import_file(write(tmp_path, MESSY), tmp_path / "out.sqlite")
    import csv
    import io

    rows = list(csv.reader(io.StringIO(checked.report_csv(), newline="")))
    assert rows[0] == ["row", "column", "value", "problem", "kind"]
    assert ["5", "Country", "Freedonia"] in [row[:3] for row in rows]
    freedonia = next(row for row in rows if row[2] == "Freedonia")
    assert freedonia[3].startswith("not a country") and freedonia[4] == "rejected"


@pytest.mark.reliability("hostile-import")
def test_the_report_csv_neutralises_formulas_from_the_file(tmp_path: Path) -> None:
    source = write(tmp_path, HEADER + "x,A case,2002,+cmd|calc,=1+2,Spain,embassy,,,"
                   "https://example.org/x\n" "y,Another,2002,Springfield,Freedonia,Spain,"
                   "embassy,,,https://example.org/y\n")
    checked, _ = import_file(source, tmp_path / "out.sqlite")
    import csv
    import io

    rows = list(csv.reader(io.StringIO(checked.report_csv(), newline="")))
    values = {row[2] for row in rows[1:]}
    assert {"'=1+2", "'+cmd|calc", "Freedonia"} <= values  # plain text stays as it is
    assert not [cell for row in rows for cell in row if cell.startswith(("=", "+", "-", "@"))]


@pytest.mark.reliability("hostile-import")
def test_repeated_ids_get_the_next_free_suffix(tmp_path: Path) -> None:
    lines = [f"{case_id},Case {number},2002,Beijing,China,Spain,embassy,North Korea,1,"
             f"https://example.org/{number}\n"
             for number, case_id in enumerate(["x", "x", "x-3", "x", "x", "y", "x-2-2"])]
    target = tmp_path / "out.sqlite"
    _, counts = import_file(write(tmp_path, HEADER + "".join(lines)), target)
    assert counts is not None
    repository = Repository(open_database(target))
    ids = {row["title"]: row["id"] for row in repository.rows(repository.ids_for(parse_query("")))}
    assert ids == {"Case 0": "x", "Case 1": "x-2", "Case 2": "x-3", "Case 3": "x-4",
                   "Case 4": "x-5", "Case 5": "y", "Case 6": "x-2-2"}


@pytest.mark.parametrize(("text", "expected"), [
    ("2002", "2002"), ("2002-5", "2002-05"), ("2002/05/08", "2002-05-08"),
    ("8 May 2002", "2002-05-08"), ("May 8, 2002", "2002-05-08"), ("May 2002", "2002-05"),
    ("25/12/1980", "1980-12-25"), ("12.25.1980", "1980-12-25"), ("sept 1989", "1989-09"),
])
def test_dates_in_common_forms_keep_their_precision(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["03/04/2002", "2002-02-30", "yesterday", "May", "8 2002",
                                  "2002 2003"])
def test_dates_that_cannot_be_read_say_so(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_an_empty_file_and_a_header_only_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match="is empty"):
        read_table(write(tmp_path, "   \n"))
    with pytest.raises(ImportProblem, match="no rows"):
        read_table(write(tmp_path, HEADER, "header.csv"))


def test_the_wrong_encoding_is_read_with_a_warning_not_lost(tmp_path: Path) -> None:
    text = HEADER + ("bogota,Refuge in Bogotá,1980-02-27,Bogotá,Colombia,Dominican Republic,"
                     "embassy,Colombia,16,https://example.org/g\n")
    source = write(tmp_path, text, "latin.csv", "cp1252")
    table = read_table(source)
    assert table.rows[0]["City"] == "Bogotá"
    assert "Windows-1252" in table.warnings[0].problem
    _checked, counts = import_file(source, tmp_path / "out.sqlite")
    assert counts is not None and counts["incidents"] == 1


def test_json_and_a_mapping_file_work_like_csv(tmp_path: Path) -> None:
    source = tmp_path / "cases.json"
    source.write_text(json.dumps({"incidents": [
        {"headline": "Refuge in the nunciature", "when": "1989-12-24", "town": "Panama City",
         "state": "Panama", "url": "https://example.org/h", "count": 1}]}), encoding="utf-8")
    mapping = {"headline": "title", "when": "date_start", "town": "city",
               "state": "host_country", "url": "source", "count": "people_count"}
    (tmp_path / "mapping.json").write_text(json.dumps(mapping), encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "o.sqlite"),
                                      "--mapping", str(tmp_path / "mapping.json")])
    assert result.exit_code == 0, result.output
    repository = Repository(open_database(tmp_path / "o.sqlite"))
    assert repository.count(parse_query("host:panama")) == 1


def test_the_cli_exits_non_zero_with_the_report_unless_told_to_skip(tmp_path: Path) -> None:
    source = write(tmp_path, MESSY)
    report = tmp_path / "report.csv"
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "o.sqlite"),
                                      "--report", str(report)])
    assert result.exit_code == EXIT_IMPORT
    assert "row 5, Country: not a country" in result.stderr
    assert "nothing was written" in result.stderr and not (tmp_path / "o.sqlite").exists()
    assert report.read_text(encoding="utf-8").startswith("row,column,value,problem")
    skipped = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "o.sqlite"),
                                       "--skip-invalid"])
    assert skipped.exit_code == 0 and "Imported 4 incidents" in skipped.stdout
    empty = CliRunner().invoke(cli, ["import", str(write(tmp_path, "", "e.csv")), "-o",
                                     str(tmp_path / "e.sqlite")])
    assert empty.exit_code == EXIT_IMPORT and "is empty" in empty.stderr


def test_the_mapping_is_guessed_from_column_names() -> None:
    assert guess_mapping(["Case ID", "Title", "Date", "City", "Country", "Embassy of",
                          "Lat", "Lng", "Number of people", "Notes"]) == {
        "Case ID": "id", "Title": "title", "Date": "date_start", "City": "city",
        "Country": "host_country", "Embassy of": "sending_state", "Lat": "latitude",
        "Lng": "longitude", "Number of people": "people_count"}


KILLED = r"""
import sys
from pathlib import Path
from asylum_browser.core.dataset.importer import import_file
print("start", flush=True)
import_file(Path(sys.argv[1]), Path(sys.argv[2]))
print("done", flush=True)
"""


@pytest.mark.reliability("crash-safety")
@pytest.mark.reliability("hostile-import")
def test_killing_an_import_midway_leaves_the_previous_database_whole(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from import_bench import make_csv

    source, target = tmp_path / "many.csv", tmp_path / "mine.sqlite"
    make_csv(20_000, source)
    first, _ = import_file(write(tmp_path, MESSY.split("ambiguous")[0], "few.csv"), target)
    before = target.read_bytes()
    process = subprocess.Popen([sys.executable, "-c", KILLED, str(source), str(target)],
                               stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert process.stdout is not None and process.stdout.readline() == "start\n"
    deadline = time.monotonic() + 90  # until reading and checking are done, and the
    while not leftovers(target) and time.monotonic() < deadline:  # database is being built
        time.sleep(0.02)
    assert leftovers(target), "the import never started writing"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert target.read_bytes() == before  # the previous database, untouched
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    assert not first.rejected_rows
    # The killed build's hidden file (and SQLite's journal of it) can only go when the next
    # import of the same file starts: after it, nothing but the two files is left.
    import_file(write(tmp_path, MESSY.split("ambiguous")[0], "few.csv"), target)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["few.csv", "many.csv",
                                                                "mine.sqlite"]


def test_a_generated_case_list_imports_whole(tmp_path: Path) -> None:
    """The same check bench/import_bench.py makes at 100,000 rows (a project's case list)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from import_bench import imported_wrongly, make_csv

    source, target = tmp_path / "many.csv", tmp_path / "many.sqlite"
    make_csv(1_000, source)
    checked, counts = import_file(source, target)
    assert not checked.problems and counts is not None and counts["incidents"] == 1_000
    assert imported_wrongly(source, target) == []
    # The check itself must see a loss: the same CSV with one more row is not this database.
    with source.open("a", encoding="utf-8") as handle:
        handle.write(source.read_text(encoding="utf-8").splitlines()[1] + "\n")
    assert imported_wrongly(source, target)


@pytest.mark.reliability("hostile-import")
def test_cells_no_number_fits_are_rejected_rows_not_errors(tmp_path: Path) -> None:
    rows = [f"p{number},Case {number},2002,Beijing,China,Spain,embassy,North Korea,{people},"
            f"https://example.org/{number}\n"
            for number, people in enumerate(["²", "1" + "0" * 30, "9" * 5000, "12"])]
    checked, counts = import_file(write(tmp_path, HEADER + "".join(rows)), tmp_path / "o.sqlite")
    assert counts is None
    problems = {(p.row, p.column): p.problem for p in checked.problems}
    assert problems[(1, "People")] == "not a whole number of people"
    assert problems[(2, "People")] == problems[(3, "People")] == (
        "more people than this can hold: under 1,000,000,000,000")
    assert checked.rejected_rows == 3


@pytest.mark.reliability("hostile-import")
def test_dates_and_counts_in_other_digits_are_stored_in_ascii(tmp_path: Path) -> None:
    rows = ("fw,Full-width,２００２-０５-０８,Beijing,China,Spain,embassy,North Korea,５,"
            "https://example.org/a\n"
            "ar,Arabic-Indic,٢٠٠٢-٠٥,Beijing,China,Spain,embassy,North Korea,٣,"
            "https://example.org/b\n")
    target = tmp_path / "o.sqlite"
    _, counts = import_file(write(tmp_path, HEADER + rows), target)
    assert counts is not None
    repository = Repository(open_database(target))
    found = {row["id"]: row for row in repository.rows(repository.ids_for(parse_query("")))}
    assert (found["fw"]["date_start"], found["fw"]["people_count"]) == ("2002-05-08", 5)
    assert (found["ar"]["date_start"], found["ar"]["people_count"]) == ("2002-05", 3)
    assert repository.count(parse_query("date:2002-05")) == 2


@pytest.mark.reliability("hostile-import")
def test_a_utf16_file_from_excel_is_read_as_utf16(tmp_path: Path) -> None:
    """Excel's "Unicode Text": UTF-16 with a byte-order mark, tab-separated."""
    text = (HEADER.replace(",", "\t") + "tokyo\t東京で八人\t2003-07\tTokyo\tJapan\tGermany\t"
            "embassy\tNorth Korea\t8\thttps://example.org/f\n")
    for encoding in ("utf-16", "utf-16-le"):
        target = tmp_path / f"{encoding}.sqlite"
        checked, counts = import_file(write(tmp_path, text, f"{encoding}.txt", encoding), target)
        assert counts is not None and not checked.problems, checked.problems  # no 1252 note
        repository = Repository(open_database(target))
        assert repository.count(parse_query("東京")) == 1


@pytest.mark.reliability("hostile-import")
def test_json_nested_too_deeply_is_refused_in_one_line(tmp_path: Path) -> None:
    source = write(tmp_path, "[" * 100_000 + "]" * 100_000, "deep.json")
    with pytest.raises(ImportProblem, match=r"^deep\.json is not readable JSON \(it is nested "
                                            r"too deeply\)\.$"):
        read_table(source)


@pytest.mark.reliability("hostile-import")
def test_a_file_of_too_many_columns_is_refused_before_anything_per_column(
        tmp_path: Path) -> None:
    header = ",".join(f"c{number}" for number in range(200_000))
    source = write(tmp_path, header + "\n" + "x," * 199_999 + "x\n", "wide.csv")
    with pytest.raises(ImportProblem, match=r"^wide\.csv has 200,000 columns; an import reads "
                                            r"at most 1,000\."):
        read_table(source)
    wide_json = write(tmp_path, json.dumps([{f"k{n}": n for n in range(5000)}]), "wide.json")
    with pytest.raises(ImportProblem, match="has 5,000 columns"):
        read_table(wide_json)


@pytest.mark.reliability("hostile-import")
def test_a_cell_too_long_is_a_rejected_row_and_the_report_stays_small(tmp_path: Path) -> None:
    row = ("long,Case,2002,Beijing,China,Spain,embassy,North Korea,3,https://example.org/"
           + "a" * 120_000 + "\n")
    checked, counts = import_file(write(tmp_path, HEADER + row), tmp_path / "o.sqlite")
    assert counts is None and checked.rejected_rows == 1
    (problem,) = checked.problems
    assert problem.column == "Source"
    assert problem.problem == "longer than 100,000 characters (120,020); shorten it"
    assert len(problem.value) == 201 and problem.value.endswith("…")
