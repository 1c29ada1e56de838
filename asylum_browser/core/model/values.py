"""Frozen value types passed between the core, the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field

from asylum_browser.core.model.fields import TermKind


@dataclass(frozen=True)
class Term:
    """One search term: text (word, phrase, prefix), a field value, or resolved ids.

    Field terms carry the raw ``value`` and, for ranges, the parsed inclusive bounds
    (``low``/``high``: day numbers for dates, plain integers for people).
    """

    kind: TermKind
    value: str
    field: str | None = None
    negated: bool = False
    low: int | None = None
    high: int | None = None
    unknown: bool = False  # field:unknown, matching NULL
    single_value: bool = False  # one facet value (host:china, year:2002): OR-merges with siblings
    # kind "ids": incidents by id, resolved from the user's workspace (tag:, flag:, note:)
    ids: frozenset[str] | None = None


@dataclass(frozen=True)
class QuerySpec:
    """A parsed query: clauses are AND'ed, the terms inside one clause are OR'ed."""

    clauses: tuple[tuple[Term, ...], ...] = ()
    text: str = ""
    sort: str = "date"
    descending: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.clauses


@dataclass(frozen=True)
class FacetValue:
    key: str | None  # None is the "unknown" bucket
    label: str
    count: int
    token: str  # the search token that selects this value, e.g. host:China


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    values: tuple[FacetValue, ...]
    selected: tuple[str, ...] = ()  # tokens of this facet present in the query


@dataclass(frozen=True)
class MapPoint:
    seq: int
    id: str
    title: str
    latitude: float
    longitude: float
    location_precision: str
    outcome_class: str | None
    date_label: str


@dataclass(frozen=True)
class RelatedIncident:
    id: str
    title: str
    date_label: str
    reason: str  # "same mission" or "same city, within a year"


@dataclass(frozen=True)
class TimelineBin:
    period: str  # "2002" or "2002-03"
    count: int  # incidents whose date is at least as precise as the bin
    imprecise: int  # incidents known only to a coarser precision (counted in their year)


@dataclass(frozen=True)
class Source:
    id: str
    url: str
    publisher: str | None
    title: str | None
    published: str | None
    supports: tuple[str, ...] = ()
    quote: str | None = None  # the source's own words for it (a user's case may give them)


@dataclass(frozen=True)
class Dispute:
    field: str
    topic: str
    claim: str
    source: Source | None


@dataclass(frozen=True)
class Inference:
    """A value no source states outright, which the record keeps as inferred: why, and the
    bounds it lies within (dates for a date field, whole numbers for a count)."""

    field: str
    reason: str
    after: str | None = None
    before: str | None = None
    at_least: int | None = None
    at_most: int | None = None


@dataclass(frozen=True)
class Mission:
    id: str
    name: str
    type: str
    type_label: str
    sending_state: str | None
    sending_state_name: str | None
    latitude: float | None
    longitude: float | None
    coord_source: str | None
    note: str | None


@dataclass(frozen=True)
class Incident:
    seq: int
    id: str
    title: str
    summary: str
    date_start: str | None
    date_end: str | None
    outcome_date: str | None
    city: str | None
    host_country: str | None
    host_country_name: str | None
    latitude: float | None
    longitude: float | None
    location_precision: str | None
    mission: Mission | None
    seekers_nationality: str | None
    seekers_nationality_label: str | None
    people_count: int | None
    people_note: str | None
    entry_method: str | None
    host_response: str | None
    outcome: str | None
    outcome_class: str | None
    outcome_class_label: str | None
    transit: str | None
    destination: str | None
    confidence: str | None
    sources: tuple[Source, ...] = field(default=())
    disputes: tuple[Dispute, ...] = field(default=())
    inferred: tuple[Inference, ...] = field(default=())
    confidence_note: str | None = None
    # Facts the themes are derived from (core/model/themes.py); None where the record is silent.
    host_entry: str | None = None
    fatalities: str | None = None
    public_figures: str | None = None
    confidence_label: str | None = None  # "High", in the interface language


@dataclass(frozen=True)
class Annotations:
    """A snapshot of one database's tags, notes and flags, safe to hand to a worker thread."""

    tags: dict[str, set[str]]  # tag -> incident ids
    notes: dict[str, str]  # incident id -> note text
    flags: frozenset[str]

    @staticmethod
    def empty() -> Annotations:
        return Annotations({}, {}, frozenset())

    @property
    def is_empty(self) -> bool:
        return not (self.tags or self.notes or self.flags)
