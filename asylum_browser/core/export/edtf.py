"""Partial dates as EDTF (ISO 8601-2, the Library of Congress's Extended Date/Time Format).

Why: the ISO-at-precision text the CSV writes ("2002-05") keeps a date's precision but not how
sure the dataset is of it, so an inferred or disputed entry date reads as firmly as one every
source states. EDTF keeps both in one value another tool can parse:

* Level 0 is the precision itself: ``2002-05-08``, ``2002-05``, ``2002`` (the stored text).
* Level 1 qualifies the whole date: ``~`` approximate, ``?`` uncertain, ``%`` both.

The mapping from the record's own marks (docs/exports.md says the same):

* approximate ``~``: the value is **inferred** (a row of ``inferred_values`` for this field):
  no page states it, the pages bound it (docs/data.md, "Inferred values"), so it is an
  estimate, which is what EDTF calls approximate;
* uncertain ``?``: the **sources disagree** on it (a ``disputes`` row for this field): the
  value is the one most sources give, and some page gives another;
* ``%``: both.

An unknown date stays an empty cell, as in the ISO export: each date column is its own EDTF
value, not one end of an interval, so there is no open end to write.

Built as SQL, so the export's lines are still made inside SQLite (csvlines.py) and its worker
processes run the same text; the lookups use the disputes index and inferred_values' key.
"""

from __future__ import annotations

import re
from typing import Final

from asylum_browser.core.model.schema import Column

DATE_STYLES: Final = ("iso", "edtf")
APPROXIMATE, UNCERTAIN, BOTH = "~", "?", "%"
ISO_PATTERN: Final = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
EDTF_PATTERN: Final = ISO_PATTERN + "[?~%]?"
_FIELD_NAME = re.compile(r"[a-z_]+")


class DateStyleError(ValueError):
    """A date style this export does not write."""


def check_date_style(style: str) -> str:
    if style not in DATE_STYLES:
        raise DateStyleError(f"Unknown date style {style!r}; use one of "
                             f"{', '.join(DATE_STYLES)}.")
    return style


def edtf_sql(column: Column) -> str:
    """The column's stored partial date with its EDTF qualifier appended (NULL stays NULL).

    The field name is the registry's column name, which is how inferred_values and disputes
    name a date (date_start, date_end, outcome_date); it is a literal from the registry,
    never user text.
    """
    field = column.name
    if not _FIELD_NAME.fullmatch(field):  # a registry name is a plain identifier
        raise ValueError(f"{field!r} is no registry field name")
    disputed = ("EXISTS (SELECT 1 FROM disputes WHERE disputes.incident_id = incidents.id "
                f"AND disputes.field = '{field}')")
    inferred = ("EXISTS (SELECT 1 FROM inferred_values WHERE inferred_values.incident_id = "
                f"incidents.id AND inferred_values.field = '{field}')")
    return (f"({column.sql} || CASE {disputed} * 2 + {inferred} "
            f"WHEN 3 THEN '{BOTH}' WHEN 2 THEN '{UNCERTAIN}' WHEN 1 THEN '{APPROXIMATE}' "
            "ELSE '' END)")


def export_sql(column: Column, dates: str = "iso") -> str:
    """The SQL an export selects for ``column`` when dates are written in ``dates`` style."""
    if dates == "edtf" and column.kind == "date":
        return edtf_sql(column)
    return column.sql


def date_pattern(dates: str) -> str:
    """The pattern (implicitly anchored, as Table Schema's are) every known date matches."""
    return EDTF_PATTERN if dates == "edtf" else ISO_PATTERN
