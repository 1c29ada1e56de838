"""The questions the window, the CLI and the export ask of one database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from asylum_browser.core.engine.column_facts import facts_for_export
from asylum_browser.core.engine.database import Database, translate_errors
from asylum_browser.core.engine.mapdata import MapPoints
from asylum_browser.core.engine.protocol import Answer, Engine
from asylum_browser.core.engine.sql_engine import SqlEngine
from asylum_browser.core.model.dates import format_partial
from asylum_browser.core.model.schema import COLUMNS, COLUMNS_BY_NAME, QUOTES_TABLE, FacetDef
from asylum_browser.core.model.seqlist import SeqList
from asylum_browser.core.model.themes import ThemeSets
from asylum_browser.core.model.values import (
    Annotations,
    Dispute,
    Facet,
    Incident,
    Inference,
    Mission,
    QuerySpec,
    RelatedIncident,
    Source,
    TimelineBin,
)
from asylum_browser.core.query.resolve import resolve
from asylum_browser.i18n.words import field_text, tr, translate

if TYPE_CHECKING:
    from asylum_browser.core.engine.columnar import ColumnarIndex, Progress

ROW_BLOCK = 500  # ids per IN (...) fetch, well under SQLite's variable limit
Row = dict[str, Any]


def _text_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> sqlite3.Row:
    """A row whose bytes (a BLOB where text belongs, as a hostile file can hold) are read as
    text with replacement characters, so no view that shows the row fails on it."""
    return sqlite3.Row(cursor, tuple(value.decode("utf-8", "replace")
                                     if type(value) is bytes else value for value in values))


_PLACE_NAMES = frozenset({"country", "nationality", "city"})
# An incident's sources in order, with their quotes where the database keeps any (True).
_SOURCES = ("SELECT sources.*, incident_sources.supports, {quote} AS quote FROM incident_sources "
            "JOIN sources ON sources.id = incident_sources.source_id {join}"
            "WHERE incident_sources.incident_id = ? ORDER BY incident_sources.position")
SOURCES_SQL = {
    False: _SOURCES.format(quote="NULL", join=""),
    True: _SOURCES.format(quote="q.quote", join=(
        f"LEFT JOIN {QUOTES_TABLE} AS q ON q.incident_id = incident_sources.incident_id "
        "AND q.source_id = incident_sources.source_id ")),
}


class Repository:
    """Read-only questions over one :class:`Database`, answered by one :class:`Engine`.

    The SQL engine answers from the start; once the columnar index is attached
    (:meth:`attach_columnar`), the columnar engine answers instead, with the same results.
    Every query is resolved once (themes, and the workspace's fields when given) before the
    engine sees it. Reading rows, incidents, labels and metadata is plain SQL here.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.sql = SqlEngine(database, self.label)
        self.engine: Engine = self.sql
        self.columnar: ColumnarIndex | None = None
        self._names: dict[str, tuple[tuple[str, str], ...]] = {}
        self._column_facts: dict[str, int] | None = None

    def attach_columnar(self, cache_dir: Path | None = None,
                        progress: Progress | None = None) -> ColumnarIndex:
        """Load (or build and cache) the columnar index for this database, and answer with it."""
        from asylum_browser.core.engine.columnar_store import load_index

        with translate_errors(self.database.path):
            index = load_index(self.database.path, self.database.connection, cache_dir,
                               progress)
        self.use_index(index)
        return index

    def attach_cached_columnar(self, cache_dir: Path | None = None) -> bool:
        """Answer with the columnar index if an earlier build kept a fresh one; never build."""
        from asylum_browser.core.engine.columnar_store import cached_index

        with translate_errors(self.database.path):
            index = cached_index(self.database.path, self.database.connection, cache_dir)
        if index is not None:
            self.use_index(index)
        return index is not None

    def use_index(self, index: ColumnarIndex) -> None:
        """Answer with the columnar engine over ``index`` from now on."""
        from asylum_browser.core.engine.columnar_engine import ColumnarEngine

        self.columnar = index
        self.engine = ColumnarEngine(index, self.sql)

    def export_column_facts(self, seqs: Sequence[int] | None = None) -> dict[str, int]:
        """What core/engine/column_facts.py finds for the columns, for an export of ``seqs``
        (None: every row).

        The columnar index finds the facts when it is built and keeps them in its cache.
        Without the index (the command line) they come from the facts kept by an earlier
        process for this very file, or one scan that keeps them; a small export scans only its
        own rows.
        """
        if self.columnar is not None and self.columnar.column_facts is not None:
            return self.columnar.column_facts
        if self._column_facts is not None:
            return self._column_facts
        with translate_errors(self.database.path):
            facts = facts_for_export(self.database.path, self.database.connection,
                                     [(c.sql, c.kind) for c in COLUMNS], seqs)
        if seqs is None:
            self._column_facts = facts
        return facts

    def resolve(self, spec: QuerySpec, annotations: Annotations | None = None) -> QuerySpec:
        """The spec the engine answers: themes (and the workspace's fields) as id terms."""
        return resolve(spec, self.themes(), annotations)

    def answer(self, spec: QuerySpec, unit: str = "year") -> Answer:
        """ids, the registry's facets and the timeline (by year or month) of one query."""
        return self.engine.answer(self.resolve(spec), unit)

    def _execute(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with translate_errors(self.database.path):
            cursor = self.database.connection().cursor()
            cursor.row_factory = _text_row  # this cursor only: the export reads bytes
            return cursor.execute(sql, params).fetchall()

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

    def vocabulary_codes(self, vocabulary: str) -> tuple[str, ...]:
        """Every code a column of ``vocabulary`` may hold, sorted: what the labels are read
        from (the export's data package lists them as the column's allowed values)."""
        return tuple(sorted(self._labels.get(vocabulary, {})))

    def vocabulary_names(self, vocabulary: str) -> tuple[tuple[str, str], ...]:
        """Every (name, normalised name) a names field matches in ``vocabulary``, for hints."""
        if vocabulary not in self._names:
            self._names[vocabulary] = tuple((r["name"], r["name_norm"]) for r in self._execute(
                "SELECT name, name_norm FROM names WHERE vocabulary = ?", (vocabulary,)))
        return self._names[vocabulary]

    def label(self, vocabulary: str | None, code: object) -> str:
        """The display label of a code in the interface language, 'unknown' for NULL, the code
        itself if unlisted."""
        if code is None:
            return tr("unknown")
        if vocabulary is None:
            return str(code)
        label = self._labels.get(vocabulary, {}).get(str(code), str(code))
        # Place names are names, not words; a vocabulary's labels are translated as words.
        if vocabulary in _PLACE_NAMES:
            return label
        # Themes are named in the registry (core/model/themes.py), listed as its texts.
        return field_text(label) if vocabulary == "theme" else translate("Vocabulary", label)

    # --- results ----------------------------------------------------------------------------

    def ids_for(self, spec: QuerySpec) -> SeqList:
        """The seq numbers of the matching incidents, in the spec's sort order."""
        return self.engine.ids(self.resolve(spec))

    def first_ids(self, spec: QuerySpec, limit: int) -> SeqList:
        """The first ``limit`` of ``ids_for``: SQL then keeps the best rows as it reads
        instead of sorting all of them."""
        return self.engine.first_ids(self.resolve(spec), limit)

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
        return self.engine.count(self.resolve(spec or QuerySpec()))

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
                   tuple(r["supports"].split(",")) if r["supports"] else (), r["quote"])
            for r in self._execute(SOURCES_SQL[QUOTES_TABLE in self._tables], [row["id"]]))
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
        themed = self._theme_facts(row["id"])
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
            confidence=row["confidence"], sources=sources, disputes=disputes,
            confidence_label=self.label("confidence", row["confidence"])
            if row["confidence"] else None,
            inferred=tuple(
                Inference(r["field"], r["reason"], r["after"], r["before"], r["at_least"],
                          r["at_most"])
                for r in self._execute("SELECT * FROM inferred_values WHERE incident_id = ? "
                                       "ORDER BY field", [row["id"]])),
            confidence_note=row["confidence_note"], host_entry=themed.get("host_entry"),
            fatalities=themed.get("fatalities"), public_figures=themed.get("public_figure"))

    def _theme_facts(self, incident_id: str) -> dict[str, str]:
        """The facts behind an incident's themes (what the police did inside, who died, which
        public figures), which the incident table has no column for."""
        if not self._themes.members and not self._themes.names:
            return {}  # a database built before themes existed
        return {r["theme"]: r["evidence"] for r in self._execute(
            "SELECT theme, evidence FROM incident_themes WHERE incident_id = ? AND theme IN "
            "('host_entry', 'fatalities', 'public_figure')", [incident_id])}

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

    def facet(self, definition: FacetDef, spec: QuerySpec) -> Facet:
        """One facet's counts, with an 'unknown' bucket when any value is NULL."""
        return self.engine.facet(definition, self.resolve(spec))

    # --- themes (derived at build time from each record's facts; core/model/themes.py) -----

    @cached_property
    def _tables(self) -> set[str]:
        return {row[0] for row in self._execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}

    @cached_property
    def _themes(self) -> ThemeSets:
        if "incident_themes" not in self._tables:
            return ThemeSets.empty()  # a database built before themes existed
        found: dict[str, set[str]] = {}
        for row in self._execute("SELECT theme, incident_id FROM incident_themes"):
            found.setdefault(row["theme"], set()).add(row["incident_id"])
        names = {row["name_norm"]: row["code"] for row in self._execute(
            "SELECT name_norm, code FROM names WHERE vocabulary = 'theme'")}
        return ThemeSets({theme: frozenset(ids) for theme, ids in found.items()}, names)

    def themes(self) -> ThemeSets:
        """Which incidents each theme holds, and the theme names a query may use."""
        return self._themes

    @cached_property
    def _theme_seqs(self) -> dict[str, int]:
        return self.seqs_of_ids(self._themes.everything)

    def theme_seqs(self) -> dict[str, int]:
        """id -> seq of every incident that carries a theme, for counting the Themes facet."""
        return self._theme_seqs

    def cities(self) -> tuple[tuple[str, float, float], ...]:
        """(name, latitude, longitude) of every city that has incidents, for map labels."""
        return tuple((r["name"], r["latitude"], r["longitude"]) for r in self._execute(
            "SELECT name, latitude, longitude FROM cities WHERE latitude IS NOT NULL "
            "ORDER BY name"))

    def map_points(self, spec: QuerySpec) -> MapPoints:
        """Every matching incident that has coordinates, in the spec's order."""
        return self.engine.map_points(self.resolve(spec), self._describe)

    def _describe(self, seqs: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        return {row["seq"]: (row["id"], row["title"], format_partial(row["date_start"]))
                for row in self.rows(seqs)}

    def timeline(self, spec: QuerySpec, unit: str = "year") -> tuple[TimelineBin, ...]:
        """Counts per year or month; dates known only to the year count as imprecise."""
        if unit not in ("year", "month"):
            raise ValueError("unit must be 'year' or 'month'")
        return self.engine.timeline(self.resolve(spec), unit)

    # --- about the database -----------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        """The meta table as a dict."""
        return {r["key"]: r["value"] for r in self._execute("SELECT key, value FROM meta")}

    def table_counts(self) -> dict[str, int]:
        """Row counts of the main tables, counted now (not copied from meta)."""
        return {table: int(self._execute(f"SELECT COUNT(*) FROM {table}")[0][0])
                for table in ("incidents", "sources", "missions", "disputes")}
