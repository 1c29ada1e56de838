"""The sourcing rules of dataset 3: every stated fact traced to a page that states it.

The build (records.py) refuses a record whose shape is wrong; this module judges whether a
well-formed record is *sourced*: each fact it states is named in some source's ``supports``, or
marked ``[inferred.<field>]`` with a reason and bounds; each disagreement names its pages; the
confidence follows the rule in docs/data.md; the summary is in our own words. It returns
problems rather than raising, so that a reviewer sees all of them at once
(``asylum-browser check-sources``) and the tests can insist on none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from pathlib import Path

from asylum_browser.core.dataset.records import Record, Records

# Facts a page must state (or the record must mark inferred). The title and summary are our
# words over these facts, and three fields follow from others: the host country from the city,
# the outcome class from the outcome, the confidence from the rule below.
STATED_FIELDS = ("date_start", "date_end", "outcome_date", "city", "mission",
                 "seekers_nationality", "people_count", "people_note", "public_figures",
                 "entry_method", "host_response", "host_entry", "outcome", "transit",
                 "destination", "fatalities")
SUPPORTABLE = frozenset(STATED_FIELDS) | {"title", "source_published"}
# The facts two independent publishers must both state for "high": when and where.
CORE_FIELDS = ("date_start", "mission")
SHARED_RUN = 8  # words in a row that make a summary someone else's sentence

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str) -> list[str]:
    """Lower-case words, so that punctuation and case do not hide a copied run."""
    return [w.replace("’", "'") for w in _WORD.findall(text.casefold())]


def runs(text: str, length: int = SHARED_RUN) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i:i + length]) for i in range(len(found) - length + 1)}


def notes_runs(folder: Path) -> set[tuple[str, ...]]:
    """Every run of eight words in the researched notes (Markdown and CSV) under ``folder``."""
    found: set[tuple[str, ...]] = set()
    for path in sorted(folder.glob("*")):
        if path.suffix in (".md", ".csv"):
            found |= runs(path.read_text(encoding="utf-8"))
    return found


def supported_fields(incident: Record) -> set[str]:
    return {field for source in incident.get("sources") or []
            for field in source.get("supports") or []}


def confidence_by_rule(incident: Record) -> str:
    """"high" when two sources from different publishers each state the core facts."""
    publishers = {source.get("publisher", "").strip().casefold()
                  for source in incident.get("sources") or []
                  if all(field in (source.get("supports") or []) or field not in incident
                         for field in CORE_FIELDS)}
    return "high" if len(publishers - {""}) >= 2 else "medium"


def incident_problems(incident: Record, borrowed: AbstractSet[tuple[str, ...]] = frozenset(),
                      public: Iterable[str] = ()) -> list[str]:
    """Every sourcing problem of one incident, each a line a reviewer can act on."""
    where = incident.get("id", incident.get("_file", "?"))
    problems: list[str] = []
    sources = incident.get("sources") or []
    for source in sources:
        supports = source.get("supports")
        if not supports:
            problems.append(f"{where}: source {source.get('url')} does not say which fields "
                            "it supports")
            continue
        strange = sorted(set(supports) - SUPPORTABLE)
        if strange:
            problems.append(f"{where}: source {source.get('url')} supports unknown fields "
                            f"{strange}")
    inferred = incident.get("inferred") or {}
    covered = supported_fields(incident) | set(inferred)
    for field in STATED_FIELDS:
        if field in incident and field not in covered:
            problems.append(f"{where}: {field} is stated by no source and not marked inferred")
    for field in sorted(set(inferred) - set(STATED_FIELDS)):
        problems.append(f"{where}: [inferred.{field}] is not a stated field")
    for field in sorted(set(inferred) & set(STATED_FIELDS)):
        if field not in incident:
            problems.append(f"{where}: [inferred.{field}] marks a field the record leaves out")
    claims: dict[str, set[str]] = {}
    for dispute in incident.get("disputes") or []:
        claims.setdefault(str(dispute.get("topic")), set()).add(str(dispute.get("claim")))
    for topic, said in sorted(claims.items()):
        if len(said) < 2:
            problems.append(f"{where}: the disagreement on {topic!r} holds one claim; add the "
                            "claim it disagrees with, with its sources")
    for dispute in incident.get("disputes") or []:
        if not dispute.get("sources"):
            problems.append(f"{where}: the claim {dispute.get('claim')!r} on "
                            f"{dispute.get('topic')!r} names no source")
    expected = confidence_by_rule(incident)
    if incident.get("confidence") == "high" and expected != "high":
        problems.append(f"{where}: confidence high needs two publishers that each state "
                        f"{' and '.join(CORE_FIELDS)}")
    if incident.get("confidence") != "high" and not str(
            incident.get("confidence_note", "")).strip():
        problems.append(f"{where}: confidence {incident.get('confidence')} needs a "
                        "confidence_note saying why")
    shared = runs(incident.get("summary", "")) & borrowed
    if shared:
        problems.append(f"{where}: the summary shares {len(shared)} eight-word runs with the "
                        f"notes, e.g. {' '.join(sorted(shared)[0])!r}")
    known = set(public)
    for name in incident.get("public_figures") or []:
        if known and name not in known:
            problems.append(f"{where}: {name!r} is not in people.toml as a public figure "
                            "who sought refuge")
    return problems


def dataset_problems(records: Records, notes: Path | None = None,
                     public: Iterable[str] = ()) -> list[str]:
    borrowed = notes_runs(notes) if notes is not None else set()
    known = list(public)
    return [problem for incident in records.incidents
            for problem in incident_problems(incident, borrowed, known)]
