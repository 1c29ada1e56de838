"""The columnar index's cache file: kept while the database is the same, never trusted after.

A cache that is reused when it should not be gives wrong answers with no error, so each way a
database can change under the same path (new content at the same size, a new size with the
old time, a new file with the old size and time) and each way a cache file can be wrong
(another database's, a sampled row that differs, arrays of unequal length, damage) is made
here, and the answers are compared with plain SQL over the file. The notes are the words the
window shows.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

from asylum_browser.core.engine.answers import facets_for
from asylum_browser.core.engine.column_facts import column_facts
from asylum_browser.core.engine.columnar import ColumnarIndex
from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.schema import COLUMNS, SORT_KEYS
from asylum_browser.core.query.parser import parse_query
from bench.make_synthetic import empty_copy
from tests.core.test_columnar_edges import edge_database

MISMATCH = "The search index cache did not match this database; it was rebuilt."


def damaged(error: str) -> str:
    return f"The search index cache was damaged ({error}); it was rebuilt from the database."


def uncached(reason: str) -> str:
    return f"The search index could not be cached ({reason}); it will be built again at the " \
           "next start."


def load(path: Path, cache: Path | None) -> tuple[Repository, ColumnarIndex]:
    repository = Repository(Database(path))
    return repository, repository.attach_columnar(cache)


def only_file(cache: Path) -> Path:
    [entry] = list(cache.glob("*.npz"))
    return entry


def sql(path: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(query, params).fetchall()


def write(path: Path, query: str, *params: object) -> None:
    with closing(sqlite3.connect(path)) as db:
        db.execute(query, params)
        db.commit()


def assert_answers_follow_the_file(repository: Repository, path: Path) -> None:
    """Order by date and by people, and the city of each row, as plain SQL reads them now."""
    for sort, order in (("date", "date_start_lo IS NULL, date_start_lo, date_start_hi"),
                        ("people_count", "people_count IS NULL, people_count")):
        expected = [seq for (seq,) in sql(path, f"SELECT seq FROM incidents ORDER BY {order}, id")]
        assert list(repository.ids_for(parse_query("", sort=sort))) == expected, sort
    cities = dict(sql(path, "SELECT city, COUNT(*) FROM incidents GROUP BY city"))
    [facet] = [f for f in facets_for(repository, parse_query("")) if f.name == "city"]
    assert {v.key: v.count for v in facet.values} == cities
    # Then whole answers, each column of the index in use, against the SQL engine (which
    # tests/core/test_columnar_edges.py holds to the reference).
    plain = Repository(Database(path))
    for query in CHECKED_QUERIES:
        for sort in ("date", "people_count", "city"):
            spec = parse_query(query, sort=sort, descending=sort == "people_count")
            assert repository.answer(spec, "month") == plain.answer(spec, "month"), query
            found, expected = repository.map_points(spec), plain.map_points(spec)
            for column in ("seqs", "latitude", "longitude", "precise"):
                assert np.array_equal(getattr(found, column), getattr(expected, column),
                                      equal_nan=column == "longitude"), column
            assert list(found.outcomes) == list(expected.outcomes)


CHECKED_QUERIES = ["", "people:>=10", "people:unknown", "date:2002-01", "date:unknown", "wall",
                   "within:-90,-180,0,0", "within:unknown", "host:china", "city:unknown"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """The edge rows' database with all 24 rows, and with the first 12; built once."""
    folder = tmp_path_factory.mktemp("cache-databases")
    return {rows: edge_database(folder / f"edges-{rows}.sqlite", rows).path for rows in (24, 12)}


@pytest.fixture
def database(tmp_path: Path, built: dict[int, Path]) -> Path:
    """A copy of its own: its identity (path, inode, time) is this test's."""
    return Path(shutil.copyfile(built[24], tmp_path / "edges.sqlite"))


@pytest.mark.parametrize("rows", [24, 0])
def test_an_unchanged_database_reuses_its_cache_file(tmp_path: Path, database: Path,
                                                     rows: int) -> None:
    path = database
    if not rows:
        path = tmp_path / "empty.sqlite"
        with closing(empty_copy(path)) as db:
            db.commit()
    cache = tmp_path / "not-yet" / "cache"  # made with its parent
    _first, built = load(path, cache)
    entry = only_file(cache)
    before = entry.stat()
    repository, index = load(path, cache)
    after = only_file(cache).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert index.notes == [] and built.notes == []
    with closing(sqlite3.connect(path)) as db:
        facts = column_facts(db, [(column.sql, column.kind) for column in COLUMNS])
    assert index.column_facts == built.column_facts == facts
    assert repository.export_column_facts() == facts
    plain = Repository(Database(path))
    for sort in sorted(SORT_KEYS):
        spec = parse_query("", sort=sort)
        assert list(repository.ids_for(spec)) == list(plain.ids_for(spec)), sort
        assert repository.map_points(spec).precise.tolist() == \
            plain.map_points(spec).precise.tolist()
    assert facets_for(repository, parse_query("")) == facets_for(plain, parse_query(""))
    assert repository.timeline(parse_query(""), "month") == \
        plain.timeline(parse_query(""), "month")
    assert repository.count(parse_query("within:-90,-180,90,180")) == \
        sql(path, "SELECT COUNT(*) FROM incidents WHERE latitude IS NOT NULL "
                  "AND longitude IS NOT NULL")[0][0]
    if rows:
        assert_answers_follow_the_file(repository, path)


def _same_size_new_time(path: Path) -> None:
    write(path, "UPDATE incidents SET city = 'Hanoj' WHERE city = 'Hanoi'")


def _new_size_old_time(path: Path) -> None:
    before = path.stat()
    write(path, "UPDATE incidents SET city = 'Hanoi-on-the-Red-River' WHERE city = 'Hanoi'")
    # More text than the file's free pages hold, so that the file grows (the generated
    # database is the bundled one emptied: the larger the bundled data, the more free pages).
    [(free, page, rows)] = sql(path, "SELECT (SELECT freelist_count FROM pragma_freelist_count),"
                                     " (SELECT page_size FROM pragma_page_size),"
                                     " (SELECT count(*) FROM incidents)")
    assert isinstance(free, int) and isinstance(page, int) and isinstance(rows, int) and rows
    write(path, "UPDATE incidents SET title = title || ?", "x" * (free * page // rows + 40_000))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _new_file_old_size_and_time(path: Path) -> None:
    before = path.stat()
    copy = path.with_name("replacement.sqlite")
    shutil.copyfile(path, copy)
    write(copy, "UPDATE incidents SET city = 'Hanoj' WHERE city = 'Hanoi'")
    os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(copy, path)


@pytest.mark.parametrize(("change", "differs"), [
    (_same_size_new_time, {"mtime"}), (_new_size_old_time, {"size"}),
    (_new_file_old_size_and_time, {"inode"})])
def test_a_database_changed_under_the_same_path_is_indexed_afresh(
        tmp_path: Path, database: Path, change: object, differs: set[str]) -> None:
    """Only the file's identity tells these apart: the row count, seq range and the sampled
    rows (dates and people) stay the same; only a city changes."""
    cache = tmp_path / "cache"
    load(database, cache)
    before = database.stat()
    assert callable(change)
    change(database)
    after = database.stat()
    found = {name for name, field in (("mtime", "st_mtime_ns"), ("size", "st_size"),
                                      ("inode", "st_ino"))
             if getattr(before, field) != getattr(after, field)}
    assert found == differs
    repository, index = load(database, cache)
    assert index.notes == []
    assert len(list(cache.glob("*.npz"))) == 2
    assert repository.count(parse_query("city:hanoi")) == 0
    assert_answers_follow_the_file(repository, database)


def _cache_of(path: Path, cache: Path) -> Path:
    load(path, cache)
    return only_file(cache)


def assert_a_foreign_cache_is_rebuilt(database: Path, other: Path, tmp_path: Path,
                                      rows: int) -> None:
    """``database``'s cache file put where ``other``'s belongs is noticed and rebuilt."""
    shutil.copyfile(_cache_of(database, tmp_path / "first"), _cache_of(other, tmp_path / "second"))
    repository, index = load(other, tmp_path / "second")
    assert index.notes == [MISMATCH]
    assert repository.count(parse_query("")) == rows
    assert_answers_follow_the_file(repository, other)


def test_another_databases_cache_file_is_not_used(tmp_path: Path, database: Path,
                                                  built: dict[int, Path]) -> None:
    """Fewer rows: the seq range differs (the fingerprint)."""
    other = Path(shutil.copyfile(built[12], tmp_path / "other.sqlite"))
    assert_a_foreign_cache_is_rebuilt(database, other, tmp_path, rows=12)
    assert load(other, tmp_path / "second")[1].notes == []  # the rebuilt cache is kept


@pytest.mark.parametrize("seq", [1, 1000])
def test_a_cache_that_lacks_a_row_before_or_after_its_own_is_not_used(
        tmp_path: Path, database: Path, seq: int) -> None:
    """Every row the cache holds is still there, unchanged; one more comes first or last."""
    other = tmp_path / "other.sqlite"
    shutil.copyfile(database, other)
    with closing(sqlite3.connect(other)) as db:
        db.row_factory = sqlite3.Row
        row = dict(db.execute("SELECT * FROM incidents ORDER BY seq LIMIT 1").fetchone())
        row.update(seq=seq, id="999-extra")
        db.execute(f"INSERT INTO incidents ({', '.join(row)}) VALUES "
                   f"({', '.join('?' * len(row))})", list(row.values()))
        db.commit()
    assert_a_foreign_cache_is_rebuilt(database, other, tmp_path, rows=25)


@pytest.mark.parametrize("row", ["MIN(seq)", "MAX(seq)"])
@pytest.mark.parametrize("column", ["people_count", "date_start_lo"])
def test_a_cache_whose_sampled_row_differs_is_not_used(tmp_path: Path, database: Path,
                                                       row: str, column: str) -> None:
    """Same rows and seq range; one value of the first or the last row differs."""
    other = tmp_path / "other.sqlite"
    shutil.copyfile(database, other)
    write(other, f"UPDATE incidents SET {column} = {column} + 1 WHERE seq = "
                 f"(SELECT {row} FROM incidents)")
    foreign = _cache_of(database, tmp_path / "first")
    own = _cache_of(other, tmp_path / "second")
    shutil.copyfile(foreign, own)
    repository, index = load(other, tmp_path / "second")
    assert index.notes == [MISMATCH]
    assert_answers_follow_the_file(repository, other)


def _rewrite(entry: Path, change: str) -> None:
    with np.load(entry, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    if change == "short latitude":
        arrays["latitude"] = arrays["latitude"][:-1]
    else:
        del arrays[change]
    with entry.open("wb") as stream:
        np.savez(stream, **arrays)  # type: ignore[arg-type]


@pytest.mark.parametrize(("damage", "note"), [
    ("garbage", damaged("ValueError")), ("truncated zip", damaged("BadZipFile")),
    ("values", damaged("KeyError")), ("column_facts", damaged("KeyError")),
    ("short latitude", MISMATCH)])
def test_a_damaged_cache_file_is_rebuilt_and_replaced(tmp_path: Path, database: Path,
                                                      damage: str, note: str) -> None:
    cache = tmp_path / "cache"
    entry = _cache_of(database, cache)
    if damage == "garbage":
        entry.write_bytes(b"not an npz")
    elif damage == "truncated zip":
        entry.write_bytes(entry.read_bytes()[:100])
    else:
        _rewrite(entry, damage)
    repository, index = load(database, cache)
    assert index.notes == [note]
    assert_answers_follow_the_file(repository, database)
    assert repository.count(parse_query("within:unknown")) == \
        sql(database, "SELECT COUNT(*) FROM incidents WHERE latitude IS NULL")[0][0]
    assert load(database, cache)[1].notes == []


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path: Path,
                                                        database: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    repository, index = load(database, blocked)
    assert index.notes == [uncached("File exists")]
    assert_answers_follow_the_file(repository, database)


def test_a_folder_in_the_cache_files_place_stays_and_is_reported(tmp_path: Path,
                                                                 database: Path) -> None:
    cache = tmp_path / "cache"
    entry = _cache_of(database, cache)
    entry.unlink()
    entry.mkdir()
    repository, index = load(database, cache)
    # Not opened at all (a pipe there would block the read for good: issue 15).
    assert index.notes == [f"The search index cache {entry} is not a regular file; the index "
                           "was rebuilt from the database.", uncached("Is a directory")]
    assert entry.is_dir()
    assert_answers_follow_the_file(repository, database)


def test_building_reports_its_progress(tmp_path: Path, database: Path) -> None:
    """One step per column read: ten numbers and flags, the id and title orders, ten facet
    columns; 21 steps, the last one done at 1.0."""
    reports: list[tuple[str, float]] = []
    repository = Repository(Database(database))
    repository.attach_columnar(tmp_path / "cache", lambda text, done: reports.append(
        (text, done)))
    assert reports == [("Indexing incidents", step / 21) for step in range(1, 22)]
    reports.clear()
    Repository(Database(database)).attach_columnar(tmp_path / "cache", lambda text, done:
                                                   reports.append((text, done)))
    assert reports == []  # read from the cache


def test_the_cache_lives_in_the_users_cache_folder(database: Path) -> None:
    """conftest.py points XDG_CACHE_HOME at a temporary folder for the whole run."""
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "Asylum Browser" / "columnar"
    before = set(folder.glob("*.npz"))
    load(database, None)
    [entry] = set(folder.glob("*.npz")) - before
    assert load(database, None)[1].notes == []
    entry.unlink()


def test_the_command_line_uses_a_kept_index_only_when_it_is_fresh(tmp_path: Path,
                                                                   database: Path) -> None:
    """``attach_cached_columnar`` never builds and never deletes: no kept index, a damaged
    one, a pipe in its place or one of the file before it changed leave SQL answering."""
    cache = tmp_path / "cache"
    plain = Repository(Database(database))
    assert not plain.attach_cached_columnar(cache) and plain.engine.name == "sql"
    assert not cache.exists()  # nothing was built
    entry = _cache_of(database, cache)
    kept = Repository(Database(database))
    assert kept.attach_cached_columnar(cache) and kept.engine.name == "columnar"
    assert_answers_follow_the_file(kept, database)
    good = entry.read_bytes()
    entry.write_bytes(good[:100])
    damaged_one = Repository(Database(database))
    assert not damaged_one.attach_cached_columnar(cache)
    assert damaged_one.engine.name == "sql" and entry.read_bytes() == good[:100]  # left
    entry.unlink()
    os.mkfifo(entry)
    assert not Repository(Database(database)).attach_cached_columnar(cache)  # no hang
    entry.unlink()
    entry.write_bytes(good)
    write(database, "UPDATE incidents SET city = 'Hanoi' WHERE seq = (SELECT MIN(seq) FROM "
                    "incidents)")
    stale = Repository(Database(database))
    assert not stale.attach_cached_columnar(cache) and stale.engine.name == "sql"
    assert_answers_follow_the_file(stale, database)


def test_kept_column_facts_of_an_older_meaning_are_found_again(
        tmp_path: Path, database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index keeps the export's column facts; when what they mean changes (a raised
    FACTS_VERSION, as when the apostrophe began to count as a formula start), a kept index
    must not hand the old facts to an export."""
    from asylum_browser.core.engine import column_facts as facts_module
    from asylum_browser.core.engine.columnar_store import cached_index

    cache = tmp_path / "cache"
    load(database, cache)
    factory = Database(database).connection
    assert cached_index(database, factory, cache) is not None
    monkeypatch.setattr(facts_module, "FACTS_VERSION", facts_module.FACTS_VERSION + 1)
    assert cached_index(database, factory, cache) is None
