"""Linking a draft to a case the bundled data already holds: same sending state, a mission of
the same kind, the same city, and dates within a window of each other. A background retelling
of the 2002 Shenyang case becomes a pointer to ``2002-05-08-shenyang-japan-consulate`` and a
source to add, not a duplicate.

A month told without a year ("in May, when five people ran into the Japanese consulate in
Shenyang") is dated the most recent such month before the dateline, which is only a guess: a
retelling years later means an older May. So when a draft's date is such a guess and nothing
matches within the window, it may still link to the one case at the same city, of the same
sending state and the same kind of mission, that began in that month of an earlier year, when
the head counts do not disagree. The draft keeps its own date; the link is what changes.
Two such cases (May 2002 and May 2009 at one consulate) are a real ambiguity: no link then."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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
    ended: int | None = None  # the last day the case's end date allows, when it has one


def load_known(repository: Repository) -> tuple[Known, ...]:
    """Every bundled incident with a date (a few hundred rows, read once)."""
    rows = repository.database.connection().execute(
        "SELECT id, date_start, sending_state, mission_type, city, people_count, date_end "
        "FROM incidents")
    known = []
    for id_, date, state, mission_type, city, people, date_end in rows:
        parsed = valid_partial(date)
        ended = valid_partial(date_end) if date_end else None
        if parsed is not None:
            known.append(Known(id_, parsed[0], parsed[1], state, mission_type, city, people,
                               ended[1] if ended else None))
    return tuple(known)


def known_from(case: dict[str, Any]) -> Known | None:
    """A case the user just kept, as linking needs it (None when it has no date)."""
    parsed = valid_partial(case.get("date_start"))
    if parsed is None:
        return None
    people = str(case.get("people_count") or "")
    return Known(str(case["id"]), parsed[0], parsed[1], case.get("sending_state") or None,
                 case.get("mission_type") or None, case.get("city") or None,
                 int(people) if people.isdigit() else None)


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

    def distance(k: Known) -> tuple[bool, bool, bool, float]:
        # A case whose dates hold the draft's beats one a few days off: "late September
        # 1989" is the 1989 case, not the one that began on 1 October.
        apart = k.hi < parsed[0] or k.lo > parsed[1]
        return (k.mission_type != mission_type, apart,
                people is not None and k.people_count != people, abs((k.lo + k.hi) / 2 - middle))

    return min(candidates, key=distance).id


def case_told_on(known: tuple[Known, ...], days: list[str], sending_state: str | None,
                 mission_type: str | None, city: str | None) -> tuple[str, str] | None:
    """The one date among ``days`` (an incident's dates, in the order told) that is the very
    day a case we have began at this mission, and that case's id: "entered on the 24th, after
    crossing into Vietnam on the 14th" is the case of the 24th, whichever day the rules for
    the bid's sentence would pick. Only a day told to the day counts, and only when no other
    told day is another case's there; None otherwise."""
    if None in (sending_state, mission_type, city):
        return None
    found: dict[str, str] = {}
    for day in days:
        parsed = valid_partial(day) if len(day) == 10 else None
        if parsed is None:
            continue
        for case in known:
            if (case.lo, case.hi) == parsed[:2] and case.sending_state == sending_state and (
                    case.city == city and _family(case.mission_type) == _family(mission_type)):
                found.setdefault(case.id, day)
    return next((day, id_) for id_, day in found.items()) if len(found) == 1 else None


def link_recent(known: tuple[Known, ...], dateline: dt.date, sending_state: str | None,
                mission_type: str | None, city: str | None, people: int | None) -> str | None:
    """The one case a draft with no date of its own tells: begun within WINDOW_DAYS before
    the dateline at a mission of the same state, kind and city; between several, the one
    whose head count agrees (a count told mid-stay, 83 of an eventual 3,172, does not rule
    out the only case there); None when no case or several fit."""
    if None in (sending_state, mission_type, city):
        return None
    high = dateline.toordinal()
    candidates = [k for k in known if k.sending_state == sending_state and k.city == city
                  and k.mission_type is not None
                  and _family(k.mission_type) == _family(mission_type)
                  and high - WINDOW_DAYS <= k.lo <= high]
    if len(candidates) > 1:
        candidates = [k for k in candidates if people is None or k.people_count == people]
    return candidates[0].id if len(candidates) == 1 else None


def link_undated(known: tuple[Known, ...], dateline: dt.date, taken: set[str],
                 sending_state: str | None, mission_type: str | None, city: str | None,
                 people: int | None) -> str | None:
    """The case a retelling with no date tells ("the Wikileaks founder's seven years in
    Ecuador's embassy in London"): the latest case we have at that mission (sending state,
    kind, city) begun before the dateline that no other draft of the report has taken;
    None when there is none."""
    if None in (sending_state, mission_type, city):
        return None
    high = dateline.toordinal()
    candidates = [k for k in known if k.sending_state == sending_state and k.city == city
                  and k.mission_type is not None and k.id not in taken
                  and _family(k.mission_type) == _family(mission_type) and k.lo <= high
                  and (people is None or k.people_count is None or k.people_count == people)]
    return max(candidates, key=lambda k: k.lo).id if candidates else None


def link_yearless(known: tuple[Known, ...], date: str | None, sending_state: str | None,
                  mission_type: str | None, city: str | None, people: int | None) -> str | None:
    """The one case told by a draft whose month had no year, as the module says, or None.
    A case known only by its year has no month to agree with, so it never links this way."""
    parsed = valid_partial(date) if date else None
    if parsed is None or None in (sending_state, mission_type, city) or date is None:
        return None
    month = int(date[5:7])
    candidates = {k.id for k in known if k.sending_state == sending_state and k.city == city
                  and k.mission_type is not None and _family(k.mission_type)
                  == _family(mission_type) and k.hi < parsed[0]
                  and k.hi - k.lo < 31 and _month_of(k.lo) == month
                  and (people is None or k.people_count is None or k.people_count == people)}
    return candidates.pop() if len(candidates) == 1 else None


def _family(mission_type: str | None) -> str:
    return _FAMILIES.get(mission_type or "", mission_type or "")


def _month_of(ordinal: int) -> int:
    return dt.date.fromordinal(ordinal).month


# News of a bid comes out within a week of it; a feature may come weeks later.
TOLD_WITHIN_DAYS = (7, 31)


def year_of_told_case(known: tuple[Known, ...], month: int, day: int,
                      told: list[tuple[str | None, str | None, str | None]]
                      ) -> tuple[int, str] | None:
    """The year of a dateline that gave only its month and day, and the case it comes from:
    the one year in which a case we have, at a mission a draft names (sending state, kind of
    mission, city: ``told``), began or ended within a week before that day, else within a
    month. A report of the Shenyang consulates dated "May 9" is then of 2002. None when no
    case or several years fit."""
    for within in TOLD_WITHIN_DAYS:
        found = _years_told(known, month, day, told, within)
        if found:
            # Chen at the U.S. embassy on 26 April 2012 fits "BEIJING, April 27" as well as
            # the brothers of 26 April 2002; the German bid of 25 April 2002 the report also
            # tells settles it: the year more of the report's missions fit.
            most = max(len(cases) for cases in found.values())
            years = [year for year, cases in found.items() if len(cases) == most]
            return (years[0], next(iter(found[years[0]].values()))) if len(years) == 1 else None
    return None


def _years_told(known: tuple[Known, ...], month: int, day: int,
                told: list[tuple[str | None, str | None, str | None]], within: int
                ) -> dict[int, dict[tuple[str | None, ...], str]]:
    """For each year that fits, a case that fits it for each mission the report tells."""
    found: dict[int, dict[tuple[str | None, ...], str]] = {}
    for state, mission_type, city in told:
        if None in (state, mission_type, city):
            continue
        for case in known:
            if (case.sending_state != state or case.city != city or case.mission_type is None
                    or _family(case.mission_type) != _family(mission_type)):
                continue
            # News of a case is of its start or of its end ("landed in Italy late on
            # Wednesday", after years inside).
            for day_of in (case.lo, case.ended):
                if day_of is None:
                    continue
                year = dt.date.fromordinal(day_of).year
                try:
                    told_on = dt.date(year, month, day).toordinal()
                except ValueError:
                    continue
                if told_on - within <= day_of <= told_on:
                    found.setdefault(year, {}).setdefault((state, mission_type, city), case.id)
    return found
