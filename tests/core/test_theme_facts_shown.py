"""What the police did inside, who died and which public figures sought refuge are facts a
reader must see, not only the themes derived from them: the pane and `show` print them."""

from __future__ import annotations

import pytest

from asylum_browser.core.dataset.records import load_records
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.render.html import incident_to_html, incident_to_text
from asylum_browser.paths import records_dir


def first_with(field: str) -> dict[str, object]:
    return next(i for i in load_records(records_dir()).incidents if i.get(field))


@pytest.mark.parametrize(("field", "label"), [("host_entry", "Host-state entry"),
                                              ("fatalities", "Fatalities"),
                                              ("public_figures", "Public figures")])
def test_each_themed_fact_is_shown_under_its_label(repository: Repository, field: str,
                                                   label: str) -> None:
    record = first_with(field)
    value = record[field]
    expected = ", ".join(value) if isinstance(value, list) else str(value)
    incident = repository.incident(str(record["id"]))
    assert incident is not None
    text = " ".join(incident_to_text(incident, width=300).split())
    assert f"{label} {' '.join(expected.split())}" in text
    assert label in incident_to_html(incident)


def test_a_record_silent_on_them_shows_no_row_for_them(repository: Repository) -> None:
    record = next(i for i in load_records(records_dir()).incidents
                  if not i.get("host_entry") and not i.get("fatalities"))
    incident = repository.incident(str(record["id"]))
    assert incident is not None
    text = incident_to_text(incident)
    assert "Host-state entry" not in text and "Fatalities " not in text
