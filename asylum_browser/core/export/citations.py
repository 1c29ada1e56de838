"""Citations of incidents and their sources, as CSL-JSON items: the one model that the BibTeX,
RIS and plain-text writers (citation_formats.py) all read, so the four formats never disagree.

What the data knows and what it does not:

* A source has a URL, a publisher, usually a title and usually a publication date (in the
  bundled data about 30% of sources have no ``published`` and about 17% no title). A date is
  given at the precision the record states (year, year-month or full date) and never made
  up: an undated source gets no ``issued`` and no ``accessed`` either, because the dataset does
  not record when each source was read, and today's date would be a false claim of access.
  The formatted reference then says "n.d.".
* A source without a title gets the bracketed descriptive title "[Untitled]", as Chicago does
  for untitled works, so every item still names itself honestly.
* The dataset stores no kind of source, so the CSL type is read from the publisher and URL:
  governments, ministries, parliaments and international bodies (and PDF files) are
  ``report``; wikis, encyclopaedias and history sites are ``webpage``; everything else with a
  publisher is a news outlet, ``article-newspaper``. The rule is in :func:`source_type`.
* The incident itself is cited as a record of the dataset (type ``dataset``): the dataset's
  title and version from the database's meta table, the record id, the app's deep link and the
  date accessed, which the caller passes in so that output is reproducible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from asylum_browser.core.model.links import incident_link
from asylum_browser.core.model.values import Incident, Source
from asylum_browser.i18n.words import translate

# The licence in dataset.toml names the records' authors; the record citation credits them.
DATASET_AUTHOR = "Asylum Browser contributors"

_REPORT_WORDS = re.compile(
    r"ministr|department|government|parliament|congress|commission|office|unhcr|"
    r"united nations|\bun\b|human rights watch|amnesty|federal|embassy of|refugee board",
    re.IGNORECASE)
# Publishers only: a newspaper's own archive URL (latimes.com/archives/...) is still news.
_WEBPAGE_WORDS = re.compile(r"wiki|encyclop|history online|zeitgeschichte|britannica|mirror|"
                            r"blog|forum|archive", re.IGNORECASE)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class DatasetInfo:
    """The dataset's identity as the database's meta table states it."""

    title: str
    version: str
    date: str | None = None

    @classmethod
    def from_meta(cls, meta: dict[str, str]) -> DatasetInfo:
        return cls(title=meta.get("dataset_title") or "Asylum Browser dataset",
                   version=meta.get("dataset_version") or "unknown",
                   date=meta.get("dataset_date") or None)


def date_parts(text: str | None) -> list[int] | None:
    """A stored partial date ("2004", "2004-09", "2004-09-02") as CSL date-parts at the same
    precision; None for no date or one that is not a calendar date as written."""
    if not text:
        return None
    match = _DATE.match(text.strip())
    if match is None:
        return None
    return [int(part) for part in match.groups() if part is not None]


def source_type(source: Source) -> str:
    """The CSL type of a source, read from its URL and publisher (the data stores no kind)."""
    publisher = source.publisher or ""
    if source.url.lower().split("?")[0].endswith(".pdf") or _REPORT_WORDS.search(publisher):
        return "report"
    if _WEBPAGE_WORDS.search(publisher) or "wiki" in source.url.lower() or not publisher:
        return "webpage"
    return "article-newspaper"


def source_item(source: Source) -> dict[str, Any]:
    kind = source_type(source)
    item: dict[str, Any] = {
        "id": source.id, "type": kind,
        "title": source.title or translate("Citations", "[Untitled]"),
    }
    # A user's source off the web is known by its citation, and a user may quote a source:
    # both go in the note, a citation in place of the URL it lacks.
    web = source.url.lower().startswith(("http://", "https://"))
    if web:
        item["URL"] = source.url
    note = [] if web else [source.url]
    if source.quote:
        note.append(f"“{source.quote}”")
    if note:
        item["note"] = " ".join(note)
    if source.publisher:
        item["container-title" if kind == "article-newspaper" else "publisher"] = source.publisher
        if kind == "webpage":
            item["container-title"] = source.publisher
    parts = date_parts(source.published)
    if parts is not None:
        item["issued"] = {"date-parts": [parts]}
    return item


def record_item(incident: Incident, dataset: DatasetInfo, accessed: date) -> dict[str, Any]:
    """The incident cited as one record of the dataset, with the link that opens it."""
    item: dict[str, Any] = {
        "id": f"record-{incident.id}", "type": "dataset",
        "title": incident.title or incident.id,
        "author": [{"literal": DATASET_AUTHOR}],
        "container-title": dataset.title, "version": dataset.version,
        "number": incident.id, "URL": incident_link(incident.id),
        "note": translate("Citations", "Record {id}; open it in Asylum Browser: {link}").format(
            id=incident.id, link=incident_link(incident.id)),
        "accessed": {"date-parts": [[accessed.year, accessed.month, accessed.day]]},
    }
    parts = date_parts(dataset.date)
    if parts is not None:
        item["issued"] = {"date-parts": [parts]}
    return item


def citation_items(incidents: Iterable[Incident], dataset: DatasetInfo, accessed: date,
                   records: bool = True, sources: bool = True) -> list[dict[str, Any]]:
    """Each incident's record citation followed by its sources, in order; a source cited by
    several incidents appears once, where it is first cited, so keys stay unique."""
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for incident in incidents:
        if records:
            items.append(record_item(incident, dataset, accessed))
        if sources:
            for source in incident.sources:
                if source.id not in seen:
                    seen.add(source.id)
                    items.append(source_item(source))
    return items
