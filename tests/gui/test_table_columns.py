"""The table's columns are the registry's: headers, vocabularies and sort keys from one place."""

from __future__ import annotations

import dataclasses

import pytest

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model import schema
from asylum_browser.core.model.schema import COLUMNS, SORT_KEYS
from asylum_browser.gui.table_model import DEFAULT_VISIBLE, build_columns


@pytest.fixture(scope="module")
def repository() -> Repository:
    return Repository(open_database())


def test_every_registry_column_is_a_table_column_under_its_registry_header(
        repository: Repository) -> None:
    columns = {c.key: c for c in build_columns(repository)}
    assert [c.key for c in build_columns(repository)][:len(DEFAULT_VISIBLE)] == list(
        DEFAULT_VISIBLE)
    for column in COLUMNS:
        shown = columns[column.table_key or column.name]
        assert shown.header == column.label
        assert shown.sort_key == column.sort_key
        assert column.sort_key is None or column.sort_key in SORT_KEYS
    assert set(columns) == {c.table_key or c.name for c in COLUMNS}  # none of its own


def test_a_renamed_registry_label_renames_the_table_header(
        repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    renamed = tuple(dataclasses.replace(c, label="Ended") if c.name == "date_end" else c
                    for c in COLUMNS)
    monkeypatch.setattr(schema, "COLUMNS", renamed)
    monkeypatch.setattr("asylum_browser.gui.table_model.COLUMNS", renamed)
    assert {c.key: c.header for c in build_columns(repository)}["date_end"] == "Ended"


def test_codes_read_through_the_registry_vocabulary(repository: Repository) -> None:
    columns = {c.key: c for c in build_columns(repository)}
    row = next(r for r in repository.rows(range(1, 151)) if r["outcome_class"] == "mixed")
    assert columns["outcome_class"].show(row) == repository.label("outcome_class", "mixed")
    assert columns["outcome_class"].show(row) != "mixed"
    assert columns["seekers_nationality"].show(row) == repository.label(
        "nationality", row["seekers_nationality"])


def test_every_partial_date_column_names_its_precision(repository: Repository) -> None:
    columns = {c.key: c for c in build_columns(repository)}
    rows = repository.rows(range(1, 151))
    row = next(r for r in rows if r["date_end"] and len(r["date_end"]) == 4)
    assert columns["date_end"].tooltip is not None
    assert columns["date_end"].tooltip(row) == "Known only to the year"


def test_the_sending_state_column_names_the_mission_type_on_hover(
        repository: Repository) -> None:
    columns = {c.key: c for c in build_columns(repository)}
    [row] = [r for r in repository.rows(range(1, 151))
             if r["id"] == "2002-05-08-shenyang-japan-consulate"]
    sending = columns["sending_state"]
    assert sending.header == "Sending state" and sending.show(row) == "Japan"
    assert sending.tooltip is not None
    assert sending.tooltip(row) == "Japan: " + repository.label(
        "mission_type", row["mission_type"]).lower()
