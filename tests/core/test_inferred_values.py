"""An inferred value says so wherever it is shown: the detail pane, the text view, the export.

The record keeps a value no source states outright only with an ``[inferred.<field>]`` mark,
its reason and its bounds (docs/data.md); a reader who sees the value must also see the mark.
Expectations are read from the records, so they follow the data.
"""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from pathlib import Path

from click.testing import CliRunner

from asylum_browser.cli import cli
from asylum_browser.core.dataset.records import load_records
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.dates import format_partial
from asylum_browser.core.render.html import incident_to_html, incident_to_text
from asylum_browser.paths import bundled_db_path, records_dir


def a_bounded_date_inference() -> tuple[str, str, dict[str, str]]:
    """A record whose date_start is inferred between two dates: (id, value, mark)."""
    for incident in load_records(records_dir()).incidents:
        mark = (incident.get("inferred") or {}).get("date_start")
        if mark and mark.get("after") and mark.get("before"):
            return incident["id"], incident["date_start"], mark
    raise AssertionError("no record infers a date between bounds")


def a_confidence_note() -> tuple[str, str]:
    for incident in load_records(records_dir()).incidents:
        if incident.get("confidence_note"):
            return incident["id"], incident["confidence_note"]
    raise AssertionError("no record explains its confidence")


def test_the_text_and_the_pane_say_a_value_is_inferred_with_its_bounds(
        repository: Repository) -> None:
    incident_id, _value, mark = a_bounded_date_inference()
    incident = repository.incident(incident_id)
    assert incident is not None
    bounds = (f"inferred, after {format_partial(mark['after'])} and before "
              f"{format_partial(mark['before'])}")
    text = " ".join(incident_to_text(incident, width=200).split())
    assert bounds in text and " ".join(mark["reason"].split()) in text
    html = incident_to_html(incident)
    assert bounds in html


def test_a_medium_record_says_why_beside_its_confidence(repository: Repository) -> None:
    incident_id, note = a_confidence_note()
    incident = repository.incident(incident_id)
    assert incident is not None and incident.confidence_note == note
    text = " ".join(incident_to_text(incident, width=200).split())
    assert " ".join(note.split()) in text


def test_the_export_carries_the_inferred_values_and_the_confidence_note(tmp_path: Path) -> None:
    incident_id, _value, mark = a_bounded_date_inference()
    noted_id, note = a_confidence_note()
    target = tmp_path / "all.csv"
    done = CliRunner().invoke(cli, ["export", "-o", str(target), "--no-sidecar"])
    assert done.exit_code == 0, done.output
    with target.open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    inferred = rows[incident_id]["inferred"]
    assert inferred.startswith("date_start: inferred, after") or "; date_start: inferred" \
        in inferred
    assert format_partial(mark["before"]) in inferred
    assert rows[noted_id]["confidence_note"] == note
    # Every record with no inference exports an empty cell, not a made-up mark.
    with closing(sqlite3.connect(f"{bundled_db_path().as_uri()}?mode=ro", uri=True)) as db:
        plain = {i for (i,) in db.execute("SELECT id FROM incidents WHERE id NOT IN "
                                          "(SELECT incident_id FROM inferred_values)")}
    assert plain and all(rows[i]["inferred"] == "" for i in plain)
