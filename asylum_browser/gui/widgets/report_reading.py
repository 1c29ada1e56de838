"""What the review dialog (report_review.py) reads and makes, without widgets.

The extractor, built once and shared by every reading; a reading's drafts with a title each
in the database's own labels; the report as a case's source; a form's text as a case for
``check_cases``; the words around a field's span; and the translation of the extractor's
offsets (Python characters) into Qt's (UTF-16 units).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asylum_browser.core.dataset.import_rows import Problem
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Draft, Extraction, Extractor
from asylum_browser.core.model.schema import import_label

CONTEXT = 45  # characters of the sentence shown on each side of a span
# Each field under the registry's label, as the table, the export and the import name it.
LABELS = {name: import_label(name) for name in (
    "title", "date_start", "city", "host_country", "sending_state", "mission_type",
    "people_count", "people_note", "seekers_nationality", "entry_method", "host_response",
    "outcome", "outcome_class")}


def first_line(text: str) -> str:
    """The report's first non-empty line: its title as a source."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]


def report_source(text: str, path: Path | None, dateline: str | None) -> dict[str, Any]:
    """The report as a case's source. Sources need a URL: a file's is its file:// URL, and
    pasted text gets a ``report:`` pseudo-URL named by a hash of the text."""
    url = path.resolve().as_uri() if path is not None else \
        "report:sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return {"url": url, "title": first_line(text) or "A news report", "publisher": None,
            "published": dateline}


def case_from(values: dict[str, str], source: dict[str, Any]) -> dict[str, Any]:
    """A case for ``check_cases`` from a form's text: blank fields left out."""
    case: dict[str, Any] = {name: value.strip() for name, value in values.items()
                            if value.strip()}
    case["sources"] = [source]
    return case


def problem_text(problem: Problem) -> str:
    where = LABELS.get(problem.column, problem.column)
    value = f" (“{problem.value}”)" if problem.value else ""
    return f"{where}{value}: {problem.problem}"


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
    """The extractor, built from the first repository asked for, once, in whichever worker
    thread needs it first; every later reading reuses it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._extractor: Extractor | None = None

    def get(self, repository: Repository) -> Extractor:
        with self._lock:
            if self._extractor is None:
                self._extractor = Extractor.from_repository(repository)
            return self._extractor


@dataclass(frozen=True)
class Reading:
    extraction: Extraction
    titles: tuple[str, ...]  # a title for each draft, in the database's own labels


def draft_title(draft: Draft, repository: Repository, fallback: str) -> str:
    """'Embassy of Canada in Beijing, 2024-03-12' from what the draft has."""
    mission, state = draft.get("mission_type"), draft.get("sending_state")
    city, date = draft.get("city"), draft.get("date_start")
    if not (mission or state):
        return fallback
    words = repository.label("mission_type", mission) if mission else "Mission"
    if state:
        words += f" of {repository.label('country', state)}"
    if city:
        words += f" in {city}"
    return f"{words}, {date}" if date else words


def read(extractors: ExtractorOnce, repository: Repository, text: str,
         dateline: dt.date | None, published: str | None) -> Reading:
    """The drafts of ``text`` and their titles (run in a worker thread)."""
    extraction = extractors.get(repository).extract(text, dateline, published)
    fallback = first_line(text)[:80]
    return Reading(extraction, tuple(draft_title(draft, repository, fallback)
                                     for draft in extraction.drafts))


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
