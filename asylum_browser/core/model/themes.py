"""Themes derived from each record's facts at build time (docs/data.md, "Themes").

A theme is never typed by hand on an incident: each follows from a field of the record, so that
the rule can be read, tested and applied to any database built from records.
- host_entry: the record states in `host_entry` what the host state's agents did inside the
  premises.
- mass_refuge: `people_count` is 100 or more.
- long_stay: the stay certainly lasted a year or more (the earliest possible end is at least
  365 days after the latest possible start; an unknown end decides nothing).
- public_figure: `public_figures` names at least one.
- fatalities: the record states in `fatalities` who died.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from asylum_browser.core.model.dates import valid_partial

THEMES = {  # code -> (label, description)
    "host_entry": ("Host-state entry", "The host state's police, soldiers or agents entered the "
                   "premises (the record's host_entry)."),
    "mass_refuge": ("Mass refuge", "100 or more people (people_count)."),
    "long_stay": ("Long stay", "A year or more inside (from date_start to date_end)."),
    "public_figure": ("Public figure", "A public figure among those seeking refuge "
                      "(public_figures)."),
    "fatalities": ("Fatalities", "Someone died in the incident (the record's fatalities)."),
}
MASS_REFUGE = 100
LONG_STAY_DAYS = 365


def themes_of(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(theme, the fact that justifies it) for one incident record."""
    found = []
    if record.get("host_entry"):
        found.append(("host_entry", str(record["host_entry"])))
    count = record.get("people_count")
    if isinstance(count, int) and count >= MASS_REFUGE:
        found.append(("mass_refuge", f"people_count = {count:,}"))
    start, end = valid_partial(record.get("date_start")), valid_partial(record.get("date_end"))
    if start is not None and end is not None:
        latest_start, earliest_end = start[1], end[0]
        days = earliest_end - latest_start
        if days >= LONG_STAY_DAYS:
            found.append(("long_stay", f"{record['date_start']} to {record['date_end']}: "
                                       f"at least {days:,} days"))
    figures = record.get("public_figures") or []
    if figures:
        found.append(("public_figure", ", ".join(figures)))
    if record.get("fatalities"):
        found.append(("fatalities", str(record["fatalities"])))
    return found


@dataclass(frozen=True)
class ThemeSets:
    """One database's themes as the query layer needs them: members and names."""

    members: dict[str, frozenset[str]]  # theme code -> incident ids
    names: dict[str, str]  # normalised name or alias -> theme code

    @staticmethod
    def empty() -> ThemeSets:
        return ThemeSets({}, {})

    @property
    def everything(self) -> frozenset[str]:
        """Ids that carry at least one theme."""
        return frozenset().union(*self.members.values()) if self.members else frozenset()
