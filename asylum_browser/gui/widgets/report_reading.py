"""What the review dialog (report_review.py) reads and makes, without widgets.

The extractor, built once and shared by every reading, and told of each case the user
accepts, so the drafts left and every later report link to it; the choices the forms'
pickers offer; a reading's drafts with a title each in the database's own labels; the report
as a case's source; a form's text as a case for ``check_cases``; the words around a field's
span; and the translation of the extractor's offsets (Python characters) into Qt's (UTF-16
units).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asylum_browser.core.dataset.import_rows import Problem, Vocabulary
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Draft, Extraction, Extractor
from asylum_browser.core.extract.linking import Known, known_from, link
from asylum_browser.core.model.schema import import_label
from asylum_browser.i18n.words import field_text, tr

CONTEXT = 45  # characters of the sentence shown on each side of a span
# Each field under the registry's label, as the table, the export and the import name it.
LABELS = {name: import_label(name) for name in (
    "title", "date_start", "city", "host_country", "sending_state", "mission_type",
    "people_count", "people_note", "seekers_nationality", "entry_method", "host_response",
    "outcome", "outcome_class")}
Choices = Sequence[tuple[str, str]]  # (code, label), in the order a picker offers them
COUNTRY_FIELDS = ("host_country", "sending_state", "seekers_nationality")


def first_line(text: str) -> str:
    """The report's first non-empty line: its title as a source."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]


def report_source(text: str, path: Path | None, dateline: str | None) -> dict[str, Any]:
    """The report as a case's source. Sources need a URL: a file's is its file:// URL, and
    pasted text gets a ``report:`` pseudo-URL named by a hash of the text."""
    url = path.resolve().as_uri() if path is not None else \
        "report:sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return {"url": url, "title": first_line(text) or tr("A news report"), "publisher": None,
            "published": dateline}


def case_from(values: dict[str, str], source: dict[str, Any]) -> dict[str, Any]:
    """A case for ``check_cases`` from a form's text: blank fields left out."""
    case: dict[str, Any] = {name: value.strip() for name, value in values.items()
                            if value.strip()}
    case["sources"] = [source]
    return case


def problem_text(problem: Problem) -> str:
    where = field_text(LABELS[problem.column]) if problem.column in LABELS else problem.column
    value = tr(" (“{value}”)").format(value=problem.value) if problem.value else ""
    return tr("{field}{value}: {problem}").format(field=where, value=value,
                                                  problem=problem.problem)


def snippet(extraction: Extraction, draft: Draft, name: str) -> tuple[str, str]:
    """(the words around a field's span in its sentence, the whole sentence) or ("", "")."""
    found = draft.evidence.get(name)
    if found is None:
        return "", ""
    sentence = extraction.sentence_of(found)
    whole = sentence.text
    start, end = found.start - sentence.start, found.end - sentence.start
    first, last = max(0, start - CONTEXT), min(len(whole), end + CONTEXT)
    if first > 0 and (space := whole.find(" ", first, start)) != -1:
        first = space + 1  # whole words (text without spaces is cut where it falls)
    if last < len(whole) and (space := whole.rfind(" ", end, last)) != -1:
        last = space
    before, after = ("…" if first > 0 else ""), ("…" if last < len(whole) else "")
    return (f"{before}{' '.join(whole[first:last].split())}{after}",
            " ".join(whole.split()))


class ExtractorOnce:
    """The extractor and the pickers' choices, built from the first repository asked for,
    once, in whichever worker thread needs them first; every later reading reuses them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._extractor: Extractor | None = None
        self._choices: dict[str, Choices] | None = None
        self._accepted: list[Known] = []  # the user's cases kept since it was built

    def get(self, repository: Repository) -> Extractor:
        with self._lock:
            if self._extractor is None:
                self._extractor = Extractor.from_repository(repository)
                self._extractor.known += tuple(self._accepted)
            return self._extractor

    def choices(self, repository: Repository) -> dict[str, Choices]:
        with self._lock:
            if self._choices is None:
                self._choices = picker_choices(repository)
            return self._choices

    def accepted(self, case: dict[str, Any]) -> tuple[Known, ...]:
        """Link to ``case`` from now on (it was just kept); every case it links to."""
        with self._lock:
            found = known_from(case)
            if found is not None:
                self._accepted.append(found)
                if self._extractor is not None:
                    self._extractor.known += (found,)
            return self._extractor.known if self._extractor else tuple(self._accepted)


def picker_choices(repository: Repository) -> dict[str, Choices]:
    """What the draft forms' pickers offer: every country the importer knows by its name
    (the registry's and the gazetteer's), and the mission types and outcome classes of the
    vocabulary under the database's labels."""
    vocabulary = Vocabulary.bundled()
    countries = sorted(vocabulary.country_names.items(), key=lambda item: item[1].casefold())
    choices: dict[str, Choices] = {name: countries for name in COUNTRY_FIELDS}
    for name, table in (("mission_type", vocabulary.mission_types),
                        ("outcome_class", vocabulary.outcome_classes)):
        choices[name] = [(code, repository.label(name, code)) for code in sorted(set(
            table.values()))]
    return choices


def relinked(known: tuple[Known, ...], values: dict[str, str]) -> str | None:
    """The case a form's values (as the user left them) tell, among ``known``, or None."""
    people = values.get("people_count", "").strip()
    return link(known, values.get("date_start", "").strip() or None,
                values.get("sending_state") or None, values.get("mission_type") or None,
                values.get("city", "").strip() or None, int(people) if people.isdigit() else None)


@dataclass(frozen=True)
class Reading:
    extraction: Extraction
    titles: tuple[str, ...]  # a title for each draft, in the database's own labels
    choices: dict[str, Choices] = field(default_factory=dict)  # what the pickers offer


def draft_title(draft: Draft, repository: Repository, fallback: str) -> str:
    """'Embassy of Canada in Beijing, 2024-03-12' from what the draft has."""
    mission, state = draft.get("mission_type"), draft.get("sending_state")
    city, date = draft.get("city"), draft.get("date_start")
    if not (mission or state):
        return fallback
    words = repository.label("mission_type", mission) if mission else tr("Mission")
    if state:
        words = tr("{mission} of {country}").format(mission=words,
                                                     country=repository.label("country", state))
    if city:
        words = tr("{mission} in {city}").format(mission=words, city=city)
    return tr("{title}, {date}").format(title=words, date=date) if date else words


def read(extractors: ExtractorOnce, repository: Repository, text: str,
         dateline: dt.date | None, published: str | None) -> Reading:
    """The drafts of ``text`` and their titles (run in a worker thread)."""
    extraction = extractors.get(repository).extract(text, dateline, published)
    fallback = first_line(text)[:80]
    return Reading(extraction, tuple(draft_title(draft, repository, fallback)
                                     for draft in extraction.drafts),
                   extractors.choices(repository))


def utf16_offsets(text: str) -> list[int] | None:
    """Qt's position of each character of ``text`` (QString counts UTF-16 units, so a
    character beyond the BMP takes two), or None when they are the same as Python's."""
    if all(ord(char) < 0x10000 for char in text):
        return None
    offsets, position = [0], 0
    for char in text:
        position += 2 if ord(char) >= 0x10000 else 1
        offsets.append(position)
    return offsets
