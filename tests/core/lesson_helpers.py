"""What the round-by-round lesson tests of the report extractor (issue 18) share: one
extractor over the bundled database, and the drafts and dates it reads from a text."""

from __future__ import annotations

import datetime as dt

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Extractor
from asylum_browser.core.extract.dates import find_dates


def bundled_extractor() -> Extractor:
    return Extractor.from_repository(Repository(open_database()))


def drafts(extractor: Extractor, text: str) -> list[dict[str, object]]:
    return [d.to_json() for d in extractor.extract(text).drafts]


def only(extractor: Extractor, text: str) -> dict[str, object]:
    """The one draft the text gives; fails, showing them, if it gives none or several."""
    found = drafts(extractor, text)
    assert len(found) == 1, found
    return found[0]


def date_values(text: str, dateline: dt.date | None) -> list[str]:
    return [d.value for d in find_dates(text, dateline)]
