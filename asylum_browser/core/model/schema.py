"""The column registry: the only place SQL identifiers come from.

Every column a user can see, sort, facet or export is declared here once. The SQL builder, the
export and the table model look names up in these registries; user text never becomes an
identifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from asylum_browser.core.model.links import SCHEME

SCHEMA_VERSION = 2
"""PRAGMA user_version of databases this code reads and writes."""

REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "incidents": (
        "seq", "id", "title", "summary", "date_start", "date_start_precision", "date_start_lo",
        "date_start_hi", "date_end", "date_end_precision", "outcome_date",
        "outcome_date_precision", "year", "decade", "city", "host_country", "latitude",
        "longitude", "location_precision", "mission_id", "mission_type", "sending_state",
        "seekers_nationality", "people_count", "people_note", "entry_method", "host_response",
        "outcome", "outcome_class", "transit", "destination", "confidence",
        "confidence_note", "inferred", "origin",
    ),
    "missions": ("id", "name", "type", "sending_state", "city", "host_country", "latitude",
                 "longitude", "coord_source"),
    "countries": ("code", "name", "kind", "demonym", "successor"),
    "cities": ("name", "country", "latitude", "longitude", "geonameid"),
    "names": ("vocabulary", "code", "name", "name_norm"),
    "vocabulary": ("vocabulary", "code", "label", "description"),
    "sources": ("id", "url", "publisher", "title", "published"),
    "incident_sources": ("incident_id", "source_id", "position", "supports"),
    "disputes": ("id", "incident_id", "field", "topic", "claim", "source_id"),
    "inferred_values": ("incident_id", "field", "reason", "after", "before", "at_least",
                        "at_most"),
    "meta": ("key", "value"),
    "incidents_fts": ("title", "summary", "people_note", "entry_method", "host_response",
                      "outcome", "place", "mission", "nationality", "other"),
    "incidents_trigram": ("body",),
    "incidents_cjk": ("grams",),
}

# An optional table (a database without it has no quotes): the sentence of a source that
# says so, as the user's cases give it, per incident and source.
QUOTES_TABLE = "source_quotes"

LINK_SQL = (f"CASE WHEN incidents.id GLOB '*[^A-Za-z0-9._~-]*' THEN NULL "
            f"ELSE '{SCHEME}://incident/' || incidents.id END")


@dataclass(frozen=True)
class Column:
    """One incident column as users see it: in the table, in sorting and in exports."""

    name: str
    label: str
    sql: str
    kind: str  # "text" | "integer" | "real" | "date"
    sortable: bool = True
    exported: bool = True
    description: str = ""
    vocabulary: str | None = None  # codes shown through this vocabulary's labels
    sort_key: str | None = None  # the SORT_KEYS entry the table sorts this column by
    table_key: str = ""  # the table's (and saved searches') name for it, if not ``name``
    detail: str | None = None  # another column whose label the table's tooltip adds


COLUMNS: tuple[Column, ...] = (
    Column("id", "ID", "incidents.id", "text", sort_key="id",
           description="Stable identifier of the incident"),
    Column("date_start", "Date", "incidents.date_start", "date",
           sort_key="date", table_key="date",
           description="Day the bid began, as YYYY, YYYY-MM or YYYY-MM-DD (its precision)"),
    Column("date_end", "Stay ended", "incidents.date_end", "date", sortable=False,
           description="Day the stay or standoff in the mission ended, at its precision"),
    Column("outcome_date", "Outcome date", "incidents.outcome_date", "date", sortable=False,
           description="Day of the outcome (for example arrival in the destination)"),
    Column("title", "Title", "incidents.title", "text", sort_key="title",
           description="Short title (our words)"),
    Column("city", "City", "incidents.city", "text", sort_key="city",
           description="City of the mission"),
    Column("host_country", "Host country", "incidents.host_country", "text",
           vocabulary="country", sort_key="host_country",
           description="Code of the state where the mission stood (see countries)"),
    Column("mission", "Mission ID", "incidents.mission_id", "text",
           table_key="mission_id",
           description="Identifier of the mission, school or office"),
    Column("mission_type", "Mission type", "incidents.mission_type", "text",
           vocabulary="mission_type", sort_key="mission_type",
           description="Type of the mission (vocabulary in docs/data.md)"),
    Column("sending_state", "Sending state", "incidents.sending_state", "text",
           vocabulary="country", sort_key="sending_state", detail="mission_type",
           description="Code of the state or organisation the mission belongs to"),
    Column("seekers_nationality", "Nationality", "incidents.seekers_nationality", "text",
           vocabulary="nationality", description="Code of the seekers' country of nationality"),
    Column("people_count", "People", "incidents.people_count", "integer",
           sort_key="people_count", table_key="people",
           description="Number of people (empty when unknown)"),
    Column("people_note", "People note", "incidents.people_note", "text", sortable=False,
           description="Who the people were, by count and relationship"),
    Column("entry_method", "Entry", "incidents.entry_method", "text", sortable=False,
           description="How they got in, or tried to"),
    Column("host_response", "Host response", "incidents.host_response", "text",
           sortable=False, description="How the host state responded"),
    # "Outcome" is the class, as in the sidebar, the map's key and outcome: searches; the
    # sources' own account of it is the details. One word for each, everywhere.
    Column("outcome", "Outcome details", "incidents.outcome", "text", sortable=False,
           description="What happened to them"),
    Column("outcome_class", "Outcome", "incidents.outcome_class", "text",
           vocabulary="outcome_class", sort_key="outcome_class",
           description="Outcome class (vocabulary in docs/data.md)"),
    Column("transit", "Transit", "incidents.transit", "text", sortable=False,
           description="Places passed through on the way out"),
    Column("destination", "Destination", "incidents.destination", "text",
           description="Where they ended up, where stated"),
    Column("latitude", "Latitude", "incidents.latitude", "real", description="WGS84 latitude"),
    Column("longitude", "Longitude", "incidents.longitude", "real",
           description="WGS84 longitude"),
    Column("location_precision", "Map position", "incidents.location_precision", "text",
           description="'mission' (the building's own coordinates) or 'city'"),
    Column("confidence", "Confidence", "incidents.confidence", "text",
           vocabulary="confidence", sort_key="confidence",
           description="high or medium (see docs/data.md)"),
    Column("origin", "Origin", "incidents.origin", "text", vocabulary="origin",
           sort_key="origin",
           description="'bundled' (shipped with Asylum Browser) or 'mine' (a case of your own)"),
    Column("confidence_note", "Confidence note", "incidents.confidence_note", "text",
           sortable=False, description="Why the confidence is not high, where it is not"),
    Column("inferred", "Inferred values", "incidents.inferred", "text", sortable=False,
           description="Values no source states outright, each with its bounds and reason "
                       "(field: inferred, after … and before …: why)"),
    Column("summary", "Summary", "incidents.summary", "text", sortable=False,
           description="Summary in our own words"),
    # The link core/model/links.py writes (incident_link), built by SQLite so the export's
    # fast path stays in C: ids are slugs (a-z, 0-9, -), which need no percent-escapes. An id
    # that would need them gets no link rather than a wrong one.
    Column("link", "Link", LINK_SQL, "text", sortable=False,
           description="Link that opens the incident in Asylum Browser"),
)
COLUMNS_BY_NAME: dict[str, Column] = {column.name: column for column in COLUMNS}
DEFAULT_EXPORT_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.exported)

IMPORT_ONLY_LABELS: dict[str, str] = {
    # Fields an imported case can fill that are no incident column of their own.
    "mission_name": "Mission",  # the mission's name; its identifier is "Mission ID"
    "source": "Source",
    "source_title": "Source title",
    "source_publisher": "Source publisher",
    "source_date": "Source date",
    "source_quote": "Source quote",
    "sources": "Sources (a JSON list)",
    "disagreements": "Disagreements (a JSON list)",
}
# Further sources (source_2_title) and claims (disputed_people_count_source) an import reads
# (core/dataset/import_sources.py), labelled from the first source's and the field's labels.
_NUMBERED = re.compile(r"source_(\d+)(_title|_publisher|_date|_quote)?")
_DISPUTED = re.compile(r"disputed_(\w+?)(_source)?")


def import_label(name: str) -> str:
    """The label of a field an import can fill: the column's own, so a user maps a file's
    column to the words the table and the export use."""
    column = COLUMNS_BY_NAME.get(name)
    if column is not None:
        return column.label
    if numbered := _NUMBERED.fullmatch(name):
        number, part = numbered.groups()
        return IMPORT_ONLY_LABELS["source" + (part or "")].replace("Source", f"Source {number}")
    if (disputed := _DISPUTED.fullmatch(name)) and disputed[1] != name:
        field, of_source = disputed.groups()
        label = import_label(field)
        if label != field:
            return f"Disputed {label.lower()}" + (", its source" if of_source else "")
    return IMPORT_ONLY_LABELS.get(name, name)

SORT_KEYS: dict[str, str] = {
    # Partial dates sort by their first day; on a tie the more precise one comes first
    # ('2002-01-01', then '2002-01', then '2002').
    "date": "incidents.date_start_lo {dir} NULLS LAST, incidents.date_start_hi {dir}",
    "title": "incidents.title COLLATE NOCASE {dir} NULLS LAST",
    "city": "incidents.city COLLATE NOCASE {dir} NULLS LAST",
    "host_country": "incidents.host_country {dir} NULLS LAST",
    "mission_type": "incidents.mission_type {dir} NULLS LAST",
    "sending_state": "incidents.sending_state {dir} NULLS LAST",
    "people_count": "incidents.people_count {dir} NULLS LAST",
    "outcome_class": "incidents.outcome_class {dir} NULLS LAST",
    "confidence": "incidents.confidence {dir} NULLS LAST",
    "origin": "incidents.origin {dir} NULLS LAST",
    "id": "incidents.id {dir} NULLS LAST",
}


@dataclass(frozen=True)
class FacetDef:
    """A sidebar facet: the column it counts, the search field it writes, its vocabulary."""

    name: str
    label: str
    field: str
    sql: str
    vocabulary: str | None  # where labels come from; None means the key is its own label
    ordered_by_key: bool = False
    # The token a click writes names the value by its label (host:China, decade:1980s), which
    # reads well in the search box, or by its code where labels are long (outcome:detained).
    token_names_label: bool = False
    label_suffix: str = ""  # decade 1980 reads "1980s"


FACETS: tuple[FacetDef, ...] = (
    FacetDef("host", "Host country", "host", "incidents.host_country", "country",
             token_names_label=True),
    FacetDef("city", "City", "city", "incidents.city", None, token_names_label=True),
    FacetDef("sending", "Sending state", "sending", "incidents.sending_state", "country",
             token_names_label=True),
    FacetDef("type", "Mission type", "type", "incidents.mission_type", "mission_type"),
    FacetDef("nationality", "Seekers' nationality", "nationality",
             "incidents.seekers_nationality", "nationality", token_names_label=True),
    FacetDef("outcome", "Outcome", "outcome", "incidents.outcome_class", "outcome_class"),
    FacetDef("decade", "Decade", "decade", "incidents.decade", None, ordered_by_key=True,
             token_names_label=True, label_suffix="s"),
    FacetDef("year", "Year", "year", "incidents.year", None, ordered_by_key=True),
    FacetDef("confidence", "Confidence", "confidence", "incidents.confidence", "confidence"),
    FacetDef("origin", "Origin", "origin", "incidents.origin", "origin"),
)
ORIGINS = {"bundled": "Bundled with Asylum Browser", "mine": "Yours"}
"""Where a case comes from: the shipped dataset or the user's own cases (a badge, a facet, an
export column)."""
FACETS_BY_NAME: dict[str, FacetDef] = {facet.name: facet for facet in FACETS}


@dataclass(frozen=True)
class OutcomeStyle:
    """How an outcome class is drawn: its colour, and its short name in the map's key (the
    vocabulary's full label would hide the map)."""

    code: str | None  # an outcome_class code; None is "outcome unknown"
    colour: str
    key_label: str


OUTCOME_STYLES: tuple[OutcomeStyle, ...] = (  # Okabe-Ito: distinct for most colour-blind readers
    OutcomeStyle("reached_third_country", "#009E73", "Reached a third country"),
    OutcomeStyle("detained_by_host", "#D55E00", "Detained by host"),
    OutcomeStyle("turned_away", "#E69F00", "Turned away"),
    OutcomeStyle("left_voluntarily", "#0072B2", "Left voluntarily"),
    OutcomeStyle("mixed", "#CC79A7", "Mixed outcomes"),
    OutcomeStyle(None, "#7F7F7F", "Outcome unknown"),
)
OUTCOME_STYLE_BY_CODE: dict[str | None, OutcomeStyle] = {s.code: s for s in OUTCOME_STYLES}
MIXED_OUTCOMES_COLOUR = "#37474F"
"""A map cluster whose incidents ended in different ways."""


def outcome_colour(code: str | None) -> str:
    """The colour of an outcome class; an unknown or unlisted class gets the unknown grey."""
    return OUTCOME_STYLE_BY_CODE.get(code, OUTCOME_STYLE_BY_CODE[None]).colour
