"""Linking a draft to a case the bundled data already holds: same sending state, a mission of
the same kind, the same city, and dates within a window of each other. A background retelling
of the 2002 Shenyang case becomes a pointer to ``2002-05-08-shenyang-japan-consulate`` and a
source to add, not a duplicate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from asylum_browser.core.model.dates import valid_partial

if TYPE_CHECKING:
    from asylum_browser.core.engine.repository import Repository

WINDOW_DAYS = 31  # dates a month apart still name the same case (reports round them)
# Types a report may use for one another: a consular section is in an embassy, a residence is
# the embassy's, a report says "consulate" for a consulate general.
_FAMILIES = {"consulate": "consular", "consulate_general": "consular", "embassy": "embassy",
             "ambassadors_residence": "embassy"}


@dataclass(frozen=True)
class Known:
    """One bundled incident, as linking needs it."""

    id: str
    lo: int
    hi: int
    sending_state: str | None
    mission_type: str | None
    city: str | None
    people_count: int | None


def load_known(repository: Repository) -> tuple[Known, ...]:
    """Every bundled incident with a date (a few hundred rows, read once)."""
    rows = repository.database.connection().execute(
        "SELECT id, date_start, sending_state, mission_type, city, people_count FROM incidents")
    known = []
    for id_, date, state, mission_type, city, people in rows:
        parsed = valid_partial(date)
        if parsed is not None:
            known.append(Known(id_, parsed[0], parsed[1], state, mission_type, city, people))
    return tuple(known)


def _same_kind(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    return a == b or _FAMILIES.get(a, a) == _FAMILIES.get(b, b) or ("consulate" in (a, b) and (
        "embassy" in (a, b)))


def link(known: tuple[Known, ...], date: str | None, sending_state: str | None,
         mission_type: str | None, city: str | None, people: int | None) -> str | None:
    """The id of the bundled incident this draft tells, or None."""
    parsed = valid_partial(date) if date else None
    if parsed is None or sending_state is None:
        return None
    lo, hi = parsed[0] - WINDOW_DAYS, parsed[1] + WINDOW_DAYS
    candidates = [k for k in known if k.sending_state == sending_state and k.lo <= hi
                  and k.hi >= lo and _same_kind(k.mission_type, mission_type)
                  and (city is None or k.city is None or k.city == city)]
    if not candidates:
        return None
    middle = (parsed[0] + parsed[1]) / 2

    def distance(k: Known) -> tuple[int, int, float]:
        return (k.mission_type != mission_type, people is not None and k.people_count != people,
                abs((k.lo + k.hi) / 2 - middle))

    return min(candidates, key=distance).id
