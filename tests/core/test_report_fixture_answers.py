"""The expected answers of every report set are well formed (issue 18).

The bench scores the extractor against these files; an answer in a form the extractor can
never give (a made-up country code, a mission type outside the vocabulary, a retold case
whose id the database lacks) would count as the extractor's miss. This reads only the
answers and the bundled data, never the extractor, so it may look at the unseen set too.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tomllib
from pathlib import Path
from typing import Any

import pytest

from asylum_browser.core.dataset.gazetteer import countries
from asylum_browser.paths import bundled_db_path, resources_dir

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"
ANSWERS = sorted(REPORTS.glob("*/*.expected.json"))
ISO_AT_PRECISION = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LANGUAGES = {"en", "es", "fr", "de", "ko", "zh", "ja"}
COUNTRY_FIELDS = ("host_country", "sending_state", "seekers_nationality")
KNOWN_FIELDS = {"role", "existing_id", "date_start", "date_end", "city", "host_country",
                "sending_state", "mission_type", "people_count", "seekers_nationality",
                "entry_method", "host_response", "outcome", "outcome_class", "note"}


def _codes(file: str, table: str) -> set[str]:
    data = tomllib.loads((resources_dir() / "data" / file).read_text(encoding="utf-8"))
    return {entry["code"] for entry in data[table]}


def _country_codes() -> set[str]:
    """ISO alpha-2, plus the dataset's own codes for dissolved states and organisations."""
    return set(countries()) | _codes("countries.toml", "countries")


@pytest.fixture(scope="module")
def bundled_ids() -> set[str]:
    with sqlite3.connect(f"file:{bundled_db_path()}?mode=ro", uri=True) as connection:
        return {row[0] for row in connection.execute("SELECT id FROM incidents")}


def _problems(answer: dict[str, Any], ids: set[str]) -> list[str]:
    problems = []
    if not ISO_AT_PRECISION.match(answer.get("dateline") or ""):
        problems.append(f"dateline {answer.get('dateline')!r} is not an ISO date")
    if answer.get("language") not in LANGUAGES:
        problems.append(f"language {answer.get('language')!r}")
    mission_types = _codes("vocabularies.toml", "mission_types")
    outcomes = _codes("vocabularies.toml", "outcome_classes")
    country_codes = _country_codes()
    for number, draft in enumerate(answer["drafts"], 1):
        where = f"draft {number}"
        problems += [f"{where}: unknown key {key!r}" for key in set(draft) - KNOWN_FIELDS]
        if draft.get("role") not in ("main", "background"):
            problems.append(f"{where}: role {draft.get('role')!r}")
        if draft.get("existing_id") is not None and draft["existing_id"] not in ids:
            problems.append(f"{where}: existing_id {draft['existing_id']!r} is not bundled")
        for field in COUNTRY_FIELDS:
            if draft.get(field) is not None and draft[field] not in country_codes:
                problems.append(f"{where}: {field} {draft[field]!r} is not a country code")
        if draft.get("mission_type") not in (None, *mission_types):
            problems.append(f"{where}: mission_type {draft['mission_type']!r}")
        if draft.get("outcome_class") not in (None, *outcomes):
            problems.append(f"{where}: outcome_class {draft['outcome_class']!r}")
        if draft.get("date_start") is not None and not ISO_AT_PRECISION.match(
                draft["date_start"]):
            problems.append(f"{where}: date_start {draft['date_start']!r}")
        count = draft.get("people_count")
        if count is not None and (not isinstance(count, int) or count < 1):
            problems.append(f"{where}: people_count {count!r}")
    return problems


@pytest.mark.parametrize("path", ANSWERS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_expected_answer_is_one_the_extractor_could_give(
        path: Path, bundled_ids: set[str]) -> None:
    answer = json.loads(path.read_text(encoding="utf-8"))
    assert _problems(answer, bundled_ids) == []


def test_a_made_up_code_or_id_is_caught(bundled_ids: set[str]) -> None:
    answer = {"dateline": "2002-05-09", "language": "en", "drafts": [
        {"role": "main", "existing_id": "no-such-case", "sending_state": "WG",
         "mission_type": "consulate", "people_count": 0, "date_start": "May 2002"}]}
    problems = _problems(answer, bundled_ids)
    assert len(problems) == 4
    assert any("WG" in problem for problem in problems)
