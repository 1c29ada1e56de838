"""The sourcing rules of dataset 3 (core/dataset/verification.py), rule by rule, and the
bundled records held to them.

Each rule is tried on a small record that breaks it, so that a rule dropped from the checker
fails here; then the whole bundled dataset must break none.
"""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from asylum_browser.core.dataset.records import load_records
from asylum_browser.core.dataset.verification import (
    confidence_by_rule,
    dataset_problems,
    incident_problems,
    notes_runs,
    runs,
)
from asylum_browser.paths import records_dir

NOTES = Path(__file__).resolve().parents[1] / "fixtures" / "research-notes"

GOOD: dict[str, Any] = {
    "id": "2002-05-08-x", "title": "A case", "summary": "Five people ran into a consulate.",
    "date_start": "2002-05-08", "city": "Shenyang", "mission": "jp-consulate-general-shenyang",
    "people_count": 5, "confidence": "high",
    "sources": [
        {"url": "https://a.example/1", "publisher": "Voice of America",
         "supports": ["date_start", "city", "mission", "people_count"]},
        {"url": "https://b.example/2", "publisher": "The Japan Times",
         "supports": ["date_start", "mission"]},
    ],
    "disputes": [
        {"field": "people_count", "topic": "how many", "claim": "five",
         "sources": ["https://a.example/1"]},
        {"field": "people_count", "topic": "how many", "claim": "four",
         "sources": ["https://b.example/2"]},
    ],
}


def changed(**edits: Any) -> dict[str, Any]:
    record = copy.deepcopy(GOOD)
    record.update(edits)
    return record


def test_a_well_sourced_record_has_no_problem() -> None:
    assert incident_problems(GOOD) == []


def test_a_field_no_source_states_is_a_problem_unless_marked_inferred() -> None:
    record = changed(date_end="2002-05-09")
    assert any("date_end is stated by no source" in p for p in incident_problems(record))
    record["inferred"] = {"date_end": {"reason": "the next day's report says they left",
                                       "after": "2002-05-08", "before": "2002-05-10"}}
    assert incident_problems(record) == []


def test_an_inferred_mark_on_a_field_the_record_leaves_out_is_a_problem() -> None:
    record = changed(inferred={"date_end": {"reason": "a guess"}})
    assert any("marks a field the record leaves out" in p for p in incident_problems(record))


def test_a_source_that_names_no_fields_is_a_problem() -> None:
    record = changed()
    del record["sources"][1]["supports"]
    assert any("does not say which fields" in p for p in incident_problems(record))


def test_a_claim_without_a_source_and_a_lone_claim_are_problems() -> None:
    record = changed()
    record["disputes"][1]["sources"] = []
    assert any("names no source" in p for p in incident_problems(record))
    record = changed(disputes=GOOD["disputes"][:1])
    assert any("holds one claim" in p for p in incident_problems(record))


def test_high_confidence_needs_two_publishers_that_each_state_the_core_facts() -> None:
    assert confidence_by_rule(GOOD) == "high"
    one_publisher = changed()
    one_publisher["sources"][1]["publisher"] = "Voice of America"
    assert confidence_by_rule(one_publisher) == "medium"
    assert any("confidence high needs" in p for p in incident_problems(one_publisher))
    no_mission = changed()
    no_mission["sources"][1]["supports"] = ["date_start"]
    assert confidence_by_rule(no_mission) == "medium"


def test_medium_confidence_says_why() -> None:
    record = changed(confidence="medium")
    assert any("needs a confidence_note" in p for p in incident_problems(record))
    record["confidence_note"] = "the entry day rests on one report"
    assert incident_problems(record) == []


def test_a_summary_sharing_eight_words_with_the_notes_is_a_problem() -> None:
    borrowed = runs("long before dawn a family of five ran through the gate of the consulate")
    copied = changed(summary="Long before dawn a family of five ran through the gate.")
    assert any("eight-word runs" in p for p in incident_problems(copied, borrowed))
    own = changed(summary="Before sunrise five relatives dashed past the consulate's gate.")
    assert incident_problems(own, borrowed) == []


def test_a_public_figure_must_be_listed_in_people() -> None:
    record = changed(public_figures=["Jane Example"])
    record["sources"][0]["supports"].append("public_figures")
    assert any("not in people.toml" in p for p in incident_problems(record, public=["Other"]))
    assert incident_problems(record, public=["Jane Example"]) == []


def test_the_notes_yield_runs_to_compare_with() -> None:
    found = notes_runs(NOTES)
    assert len(found) > 10_000  # the researchers' notes, every eight-word run of them


def _people() -> list[dict[str, str]]:
    with (records_dir() / "people.toml").open("rb") as handle:
        return list(tomllib.load(handle)["people"])


def test_every_bundled_record_keeps_every_sourcing_rule() -> None:
    # public_figures lists the public figures who sought refuge: people.toml's seekers.
    seekers = [person["name"] for person in _people() if person["role"] == "seeker"]
    problems = dataset_problems(load_records(records_dir()), NOTES, seekers)
    assert problems == [], f"{len(problems)} problems, e.g. {problems[:5]}"


def test_every_named_person_is_a_public_figure_with_a_reason() -> None:
    people = _people()
    assert people and all(p["public"].strip() and p["role"] in ("seeker", "other")
                          for p in people)
    names = [p["name"] for p in people]
    assert len(names) == len(set(names))
    text = "\n".join(path.read_text(encoding="utf-8")
                     for folder in ("incidents", "held-back")
                     for path in (records_dir() / folder).glob("*.toml"))
    # Records may name a person by one part of the name ("Fujimori's self-coup", "Thaksin");
    # the list is of people the data does name.
    unused = [name for name in names
              if not any(part in text for part in (name, name.split()[0], name.split()[-1]))]
    assert not unused, unused


@pytest.mark.parametrize("private", [
    # Names a fact check found in dataset 2 (private people: a family, a driver, aides).
    "Popa", "Chmykhalov", "Vashchenko",
])
def test_the_private_names_the_audit_found_are_gone(private: str) -> None:
    for path in (records_dir() / "incidents").glob("*.toml"):
        assert private not in path.read_text(encoding="utf-8"), path.name


def test_the_bundled_dataset_has_at_least_200_incidents_each_with_two_publishers() -> None:
    records = load_records(records_dir())
    assert len(records.incidents) >= 200
    for incident in records.incidents:
        publishers = {s["publisher"].casefold() for s in incident["sources"]}
        assert len(incident["sources"]) >= 2, incident["id"]
        if incident["confidence"] == "high":
            assert len(publishers) >= 2, incident["id"]
