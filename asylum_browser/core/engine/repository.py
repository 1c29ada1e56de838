"""Answers to the questions the UI and the CLI ask, for one QuerySpec at a time."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from asylum_browser.core.engine.database import Database, translate_errors
from asylum_browser.core.engine.facets import make_facet
from asylum_browser.core.engine.mapdata import CodedValues, MapPoints
from asylum_browser.core.engine.sql import order_by, where_for
from asylum_browser.core.export.csvlines import FORMULA_CODEPOINTS, column_facts
from asylum_browser.core.model.dates import format_partial
from asylum_browser.core.model.fields import TermKind
from asylum_browser.core.model.schema import COLUMNS, COLUMNS_BY_NAME, FACETS, FacetDef
from asylum_browser.core.model.seqlist import SeqList
from asylum_browser.core.model.text import normalise
from asylum_browser.core.model.themes import THEMES
from asylum_browser.core.model.values import (
    Dispute,
    Facet,
    FacetValue,
    Incident,
    Mission,
    QuerySpec,
    RelatedIncident,
    Source,
    Term,
    TimelineBin,
)
from asylum_browser.core.query.editing import term_token

if TYPE_CHECKING:
    from asylum_browser.core.engine.columnar import ColumnarIndex, Progress

ROW_BLOCK = 500  # ids per IN (...) fetch, well under SQLite's variable limit
Row = dict[str, Any]


class Repository:
    """Read-only queries over one :class:`Database`.

    With a columnar index attached (:meth:`attach_columnar`), ids, counts, facets and the
    timeline come from numpy masks instead of SQL; the answers are the same.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.columnar: ColumnarIndex | None = None
        self._column_facts: dict[str, int] | None = None

    def attach_columnar(self, cache_dir: Path | None = None,
                        progress: Progress | None = None) -> ColumnarIndex:
        """Load (or build and cache) the columnar index for this database."""
        from asylum_browser.core.engine.columnar import load_index

        with translate_errors(self.database.path):
            self.columnar = load_index(self.database.path, self.database.connection,
                                       cache_dir, progress)
        return self.columnar

    def export_column_facts(self) -> dict[str, int]:
        """What core/export/csvlines.py.column_facts finds for every column, for the export.

        The columnar index computes this when it is built and keeps it in its cache; without
        the index it costs one scan of the table, once per repository.
        """
        if self.columnar is not None and self.columnar.column_facts is not None:
            return self.columnar.column_facts
        if self._column_facts is None:
            with translate_errors(self.database.path):
                self._column_facts = column_facts(self.database.connection(),
                                                  [(c.sql, c.kind) for c in COLUMNS])
        return self._column_facts

    def answer(self, spec: QuerySpec, unit: str = "year"
               ) -> tuple[SeqList, tuple[Facet, ...], tuple[TimelineBin, ...]]:
        """ids, facets and the timeline (by year or month) of one query, sharing the work."""
        spec = self.resolve_themes(spec)
        if self.columnar is None:
            return self.ids_for(spec), self.facets(spec), self.timeline(spec, unit)
        with translate_errors(self.database.path):
            masks = self.columnar.clause_masks(spec)
            mask = self.columnar.combine(masks, self.columnar.size)
            ids = (self.columnar.ids_for(spec, mask) if self.columnar.supports_sort(spec.sort)
                   else self.ids_for(spec))
            facets = self.columnar.facets(spec, self.label, masks)
            return (ids, facets + self.theme_facets(spec, ids),
                    self.columnar.timeline(mask, unit))

    def _execute(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with translate_errors(self.database.path):
            connection = self.database.connection()
            connection.row_factory = sqlite3.Row
            return connection.execute(sql, params).fetchall()

    # --- labels -----------------------------------------------------------------------------

    @cached_property
    def _labels(self) -> dict[str, dict[str, str]]:
        labels: dict[str, dict[str, str]] = {"country": {}, "nationality": {}, "city": {}}
        for row in self._execute("SELECT code, name, demonym FROM countries"):
            labels["country"][row["code"]] = row["name"]
            labels["nationality"][row["code"]] = row["demonym"] or row["name"]
        for row in self._execute("SELECT vocabulary, code, label FROM vocabulary"):
            labels.setdefault(row["vocabulary"], {})[row["code"]] = row["label"]
        return labels

    def label(self, vocabulary: str | None, code: object) -> str:
        """The display label of a code, 'unknown' for NULL, the code itself if unlisted."""
        if code is None:
            return "unknown"
        if vocabulary is None:
            return str(code)
        return self._labels.get(vocabulary, {}).get(str(code), str(code))

    # --- results ----------------------------------------------------------------------------

    def ids_for(self, spec: QuerySpec) -> SeqList:
        """The seq numbers of the matching incidents, in the spec's sort order."""
        spec = self.resolve_themes(spec)
        if self.columnar is not None and self.columnar.supports_sort(spec.sort):
            with translate_errors(self.database.path):
                return self.columnar.ids_for(spec)
        where, params = where_for(spec)
        sql = f"SELECT incidents.seq FROM incidents WHERE {where} ORDER BY {order_by(spec)}"
        with translate_errors(self.database.path):
            cursor = self.database.connection().execute(sql, params)
            cursor.row_factory = None
            return SeqList(np.fromiter((row[0] for row in cursor), dtype=np.int64))

    def seqs_of_ids(self, ids: Iterable[str]) -> dict[str, int]:
        """id -> seq for the given stable ids that this database holds."""
        wanted = sorted(ids)
        found: dict[str, int] = {}
        for start in range(0, len(wanted), ROW_BLOCK):
            block = wanted[start:start + ROW_BLOCK]
            marks = ", ".join("?" * len(block))
            for row in self._execute(f"SELECT id, seq FROM incidents WHERE id IN ({marks})",
                                     block):
                found[row["id"]] = row["seq"]
        return found

    def count(self, spec: QuerySpec | None = None) -> int:
        """How many incidents match (all of them when spec is None)."""
        spec = self.resolve_themes(spec or QuerySpec())
        if self.columnar is not None:
            with translate_errors(self.database.path):
                return int(self.columnar.mask(spec or QuerySpec()).sum())
        where, params = where_for(spec or QuerySpec())
        return int(self._execute(f"SELECT COUNT(*) FROM incidents WHERE {where}",
                                 params)[0][0])

    def rows(self, seqs: Sequence[int]) -> list[Row]:
        """Table rows for a block of seq numbers, in the order given."""
        columns = ", ".join(f"{c.sql} AS {c.name}" for c in COLUMNS_BY_NAME.values())
        found: dict[int, Row] = {}
        for start in range(0, len(seqs), ROW_BLOCK):
            block = list(seqs[start:start + ROW_BLOCK])
            marks = ", ".join("?" * len(block))
            for row in self._execute(
                    f"SELECT incidents.seq AS seq, {columns} FROM incidents "
                    f"WHERE incidents.seq IN ({marks})", block):
                found[row["seq"]] = dict(row)
        return [found[seq] for seq in seqs if seq in found]

    def incident(self, key: str | int) -> Incident | None:
        """One incident with its mission, sources and disputes; None if there is no such id."""
        column = "seq" if isinstance(key, int) else "id"
        rows = self._execute(f"SELECT * FROM incidents WHERE {column} = ?", [key])
        if not rows:
            return None
        row = rows[0]
        sources = tuple(
            Source(r["id"], r["url"], r["publisher"], r["title"], r["published"],
                   tuple(r["supports"].split(",")) if r["supports"] else ())
            for r in self._execute(
                "SELECT sources.*, incident_sources.supports FROM incident_sources "
                "JOIN sources ON sources.id = incident_sources.source_id "
                "WHERE incident_sources.incident_id = ? ORDER BY incident_sources.position",
                [row["id"]]))
        by_id = {source.id: source for source in sources}
        disputes = tuple(
            Dispute(r["field"], r["topic"], r["claim"], by_id.get(r["source_id"]))
            for r in self._execute("SELECT * FROM disputes WHERE incident_id = ? ORDER BY id",
                                   [row["id"]]))
        mission = None
        mission_rows = self._execute("SELECT * FROM missions WHERE id = ?", [row["mission_id"]])
        if mission_rows:
            m = mission_rows[0]
            mission = Mission(m["id"], m["name"], m["type"], self.label("mission_type", m["type"]),
                              m["sending_state"], self.label("country", m["sending_state"]),
                              m["latitude"], m["longitude"], m["coord_source"], m["note"])
        return Incident(
            seq=row["seq"], id=row["id"], title=row["title"], summary=row["summary"],
            date_start=row["date_start"], date_end=row["date_end"],
            outcome_date=row["outcome_date"], city=row["city"],
            host_country=row["host_country"],
            host_country_name=self.label("country", row["host_country"]),
            latitude=row["latitude"], longitude=row["longitude"],
            location_precision=row["location_precision"], mission=mission,
            seekers_nationality=row["seekers_nationality"],
            seekers_nationality_label=self.label("nationality", row["seekers_nationality"]),
            people_count=row["people_count"], people_note=row["people_note"],
            entry_method=row["entry_method"], host_response=row["host_response"],
            outcome=row["outcome"], outcome_class=row["outcome_class"],
            outcome_class_label=self.label("outcome_class", row["outcome_class"]),
            transit=row["transit"], destination=row["destination"],
            confidence=row["confidence"], sources=sources, disputes=disputes)

    def related(self, incident: Incident, limit: int = 12) -> tuple[RelatedIncident, ...]:
        """Incidents at the same mission, or in the same city within a year, in date order."""
        year = 366
        rows = self._execute(
            "SELECT id, title, date_start, mission_id = ? AS same_mission FROM incidents "
            "WHERE id != ? AND (mission_id = ? OR (city = ? AND date_start_lo IS NOT NULL AND "
            "abs(date_start_lo - (SELECT date_start_lo FROM incidents WHERE id = ?)) <= ?)) "
            "ORDER BY date_start_lo, date_start_hi, id LIMIT ?",
            [incident.mission.id if incident.mission else None, incident.id,
             incident.mission.id if incident.mission else None, incident.city, incident.id,
             year, limit])
        return tuple(RelatedIncident(r["id"], r["title"], format_partial(r["date_start"]),
                                     "same mission" if r["same_mission"]
                                     else "same city, within a year") for r in rows)

    # --- facets, map, timeline ----------------------------------------------------------------

    def facets(self, spec: QuerySpec) -> tuple[Facet, ...]:
        """Counts per facet value, each facet counted without its own selection."""
        spec = self.resolve_themes(spec)
        if self.columnar is not None:
            with translate_errors(self.database.path):
                facets = self.columnar.facets(spec, self.label)
        else:
            facets = tuple(self.facet(definition, spec) for definition in FACETS)
        return facets + self.theme_facets(spec)

    # --- themes (derived at build time from each record's facts; core/model/themes.py) ----------

    @cached_property
    def _themes(self) -> dict[str, frozenset[str]]:
        """theme code -> incident ids; empty for a database built before themes existed."""
        tables = {row[0] for row in self._execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "incident_themes" not in tables:
            return {}
        found: dict[str, set[str]] = {}
        for row in self._execute("SELECT theme, incident_id FROM incident_themes"):
            found.setdefault(row["theme"], set()).add(row["incident_id"])
        return {theme: frozenset(ids) for theme, ids in found.items()}

    @cached_property
    def _theme_names(self) -> dict[str, str]:
        return {row["name_norm"]: row["code"] for row in self._execute(
            "SELECT name_norm, code FROM names WHERE vocabulary = 'theme'")}

    def resolve_themes(self, spec: QuerySpec) -> QuerySpec:
        """theme: terms become id terms (both answer paths understand those)."""
        if not any(term.field == "theme" and term.kind is TermKind.FIELD
                   for clause in spec.clauses for term in clause):
            return spec
        clauses = []
        for clause in spec.clauses:
            terms = []
            for term in clause:
                if term.field == "theme" and term.kind is TermKind.FIELD:
                    every = frozenset().union(*self._themes.values()) if self._themes \
                        else frozenset()
                    if term.unknown:  # theme:unknown: incidents no theme applies to
                        term = Term(TermKind.IDS, term.value, "theme", not term.negated, ids=every,
                                    single_value=term.single_value)
                    else:
                        code = self._theme_names.get(normalise(term.value), "")
                        term = Term(TermKind.IDS, term.value, "theme", term.negated,
                                    ids=self._themes.get(code, frozenset()),
                                    single_value=term.single_value)
                terms.append(term)
            clauses.append(tuple(terms))
        return replace(spec, clauses=tuple(clauses))

    def theme_facets(self, spec: QuerySpec, ids: Sequence[int] | None = None
                     ) -> tuple[Facet, ...]:
        """The Themes facet, counted without the query's own theme: terms."""
        if not self._themes:
            return ()
        own = tuple(c for c in spec.clauses if any(t.field == "theme" for t in c))
        if own or ids is None:
            ids = self.ids_for(replace(spec, clauses=tuple(c for c in spec.clauses
                                                         if c not in own)))
        shown = ids.array if isinstance(ids, SeqList) else np.asarray(list(ids))
        seq_of = self._theme_seq_of
        values = []
        for code in THEMES:
            members = np.asarray([seq_of[i] for i in self._themes.get(code, ())
                                  if i in seq_of], dtype=np.int64)
            count = int(np.isin(members, shown).sum())
            if count:
                label = self.label("theme", code)
                values.append(FacetValue(code, label, count,
                                         term_token("theme", code.replace("_", "-"))))
        selected = tuple(term_token("theme", t.value, t.negated) for c in own for t in c)
        return (Facet("theme", "Themes", tuple(values), selected),)

    @cached_property
    def _theme_seq_of(self) -> dict[str, int]:
        return self.seqs_of_ids(set().union(*self._themes.values()))

    def facet(self, definition: FacetDef, spec: QuerySpec) -> Facet:
        """One facet's counts, with an 'unknown' bucket when any value is NULL."""
        spec = self.resolve_themes(spec)
        where, params = where_for(spec, skip_fields=[definition.field])
        rows = self._execute(
            f"SELECT {definition.sql} AS key, COUNT(*) AS n FROM incidents "
            f"WHERE {where} GROUP BY key", params)
        return make_facet(definition, ((r["key"], r["n"]) for r in rows), spec, self.label)

    def cities(self) -> tuple[tuple[str, float, float], ...]:
        """(name, latitude, longitude) of every city that has incidents, for map labels."""
        return tuple((r["name"], r["latitude"], r["longitude"]) for r in self._execute(
            "SELECT name, latitude, longitude FROM cities WHERE latitude IS NOT NULL "
            "ORDER BY name"))

    def map_points(self, spec: QuerySpec) -> MapPoints:
        """Every matching incident that has coordinates, in the spec's order."""
        spec = self.resolve_themes(spec)
        columnar = self.columnar
        if columnar is not None and columnar.supports_sort(spec.sort):
            with translate_errors(self.database.path):
                positions = columnar.positions(spec)
                positions = positions[~np.isnan(columnar.latitude[positions])]
                outcome = columnar.categories["outcome_class"]
                return MapPoints(columnar.seqs[positions], columnar.latitude[positions],
                                 columnar.longitude[positions],
                                 CodedValues(outcome.codes[positions], outcome.values),
                                 columnar.precise[positions], self._describe)
        where, params = where_for(spec)
        rows = self._execute(
            "SELECT seq, latitude, longitude, location_precision, outcome_class "
            f"FROM incidents WHERE ({where}) AND latitude IS NOT NULL "
            f"ORDER BY {order_by(spec)}", params)
        return MapPoints(np.array([r["seq"] for r in rows], dtype=np.int64),
                         np.array([r["latitude"] for r in rows], dtype=np.float64),
                         np.array([r["longitude"] for r in rows], dtype=np.float64),
                         [r["outcome_class"] for r in rows],
                         np.array([r["location_precision"] == "mission" for r in rows],
                                  dtype=bool), self._describe)

    def _describe(self, seqs: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        return {row["seq"]: (row["id"], row["title"], format_partial(row["date_start"]))
                for row in self.rows(seqs)}

    def timeline(self, spec: QuerySpec, unit: str = "year") -> tuple[TimelineBin, ...]:
        """Counts per year or month; dates known only to the year count as imprecise."""
        spec = self.resolve_themes(spec)
        if unit not in ("year", "month"):
            raise ValueError("unit must be 'year' or 'month'")
        if self.columnar is not None:
            with translate_errors(self.database.path):
                return self.columnar.timeline(self.columnar.mask(spec), unit)
        where, params = where_for(spec)
        width = 4 if unit == "year" else 7
        rows = self._execute(
            f"SELECT CASE WHEN date_start_precision = 'year' THEN substr(date_start, 1, 4) "
            f"ELSE substr(date_start, 1, {width}) END AS period, "
            f"SUM(date_start_precision = 'year' AND {width} > 4) AS imprecise, "
            f"COUNT(*) AS n FROM incidents WHERE ({where}) AND date_start IS NOT NULL "
            "GROUP BY period ORDER BY period", params)
        return tuple(TimelineBin(r["period"], int(r["n"]) - int(r["imprecise"]),
                                 int(r["imprecise"])) for r in rows)

    # --- about the database -----------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        """The meta table as a dict."""
        return {r["key"]: r["value"] for r in self._execute("SELECT key, value FROM meta")}

    def table_counts(self) -> dict[str, int]:
        """Row counts of the main tables, counted now (not copied from meta)."""
        return {table: int(self._execute(f"SELECT COUNT(*) FROM {table}")[0][0])
                for table in ("incidents", "sources", "missions", "disputes")}

    def stream_ids(self, seqs: Sequence[int], columns: Sequence[str],
                   escape_formulas: bool = False) -> Iterator[tuple[Any, ...]]:
        """Rows of the given registry columns for these seq numbers, in the order given."""
        selected = _select_list(columns, escape_formulas)
        for start in range(0, len(seqs), ROW_BLOCK):
            block = list(seqs[start:start + ROW_BLOCK])
            marks = ", ".join("?" * len(block))
            with translate_errors(self.database.path):
                found = {row[0]: tuple(row[1:]) for row in self.database.connection().execute(
                    f"SELECT incidents.seq, {selected} FROM incidents "
                    f"WHERE incidents.seq IN ({marks})", block)}
            yield from (found[seq] for seq in block if seq in found)

    def stream(self, spec: QuerySpec, columns: Sequence[str],
               escape_formulas: bool = False) -> Iterator[tuple[Any, ...]]:
        """Rows of the given registry columns for every match, in order, without a list.

        ``escape_formulas`` lets SQLite prefix an apostrophe to text that a spreadsheet would
        run (see core/export/writer.py), so the export loop stays in C.
        """
        spec = self.resolve_themes(spec)
        selected = _select_list(columns, escape_formulas)
        where, params = where_for(spec)
        with translate_errors(self.database.path):
            connection = self.database.connection()
            cursor = connection.execute(
                f"SELECT {selected} FROM incidents WHERE {where} "
                f"ORDER BY {order_by(spec)}", params)
            cursor.row_factory = None
            yield from cursor


FORMULA_SQL = ("CASE WHEN typeof({c}) = 'text' AND unicode({c}) IN ("
               + ", ".join(map(str, FORMULA_CODEPOINTS)) + ") THEN '''' || {c} ELSE {c} END")


def _select_list(columns: Sequence[str], escape_formulas: bool) -> str:
    """Registry columns for a SELECT; text ones formula-escaped when asked."""
    parts = []
    for name in columns:
        column = COLUMNS_BY_NAME[name]
        text = column.kind in ("text", "date")
        parts.append(FORMULA_SQL.format(c=column.sql) if escape_formulas and text
                     else column.sql)
    return ", ".join(parts)
