"""The extractor: a news report in, draft incidents out.

Build an :class:`Extractor` once from a repository (it reads the names, vocabularies and
known incidents it needs, then holds plain data), and call :meth:`Extractor.extract` from any
thread, as often as wanted; no network, no database access after construction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from asylum_browser.core.extract.datelines import (
    anniversary_year,
    find_dateline,
    find_yearless_dateline,
)
from asylum_browser.core.extract.dates import find_dates
from asylum_browser.core.extract.drafts import Draft, Extraction
from asylum_browser.core.extract.fields import Filler, Reading
from asylum_browser.core.extract.gazetteer import Found, Gazetteer
from asylum_browser.core.extract.language import detect_language
from asylum_browser.core.extract.linking import (
    Known,
    case_told_on,
    link,
    link_recent,
    link_undated,
    link_yearless,
    load_known,
    year_of_told_case,
)
from asylum_browser.core.extract.missions import find_missions
from asylum_browser.core.extract.places import dateline_city
from asylum_browser.core.extract.segment import Incident, segment
from asylum_browser.core.extract.sentences import sentence_spans
from asylum_browser.core.extract.spans import Evidence, evidence, fold, unwrap
from asylum_browser.core.model.dates import valid_partial

if TYPE_CHECKING:
    from asylum_browser.core.engine.repository import Repository


RETOLD_AFTER_DAYS = 60
_CAPITAL_AFTER = re.compile(r" capital(?![\w])")
_CAPITAL_BEFORE = re.compile(r"(?:capital of |capitale |hauptstadt )(?:the )?$")


class EmptyReport(ValueError):
    """The text holds nothing to read."""


class Extractor:
    """Turns report text into an :class:`Extraction`, with one database's names."""

    def __init__(self, gazetteer: Gazetteer, known: tuple[Known, ...]) -> None:
        self.gazetteer = gazetteer
        self.known = known

    @classmethod
    def from_repository(cls, repository: Repository) -> Extractor:
        """An extractor over the names and incidents of ``repository``'s database."""
        return cls(Gazetteer.from_repository(repository), load_known(repository))

    def read(self, text: str, dateline: dt.date | None = None,
             published: str | None = None) -> Reading:
        """Everything the drafts are made from: sentences, names, dates, missions."""
        if not text.strip():
            raise EmptyReport("the report holds no text")
        folded = unwrap(text, fold(text))
        found = find_dateline(folded)
        span = (found.start, found.end) if found else None
        if span is None:
            # "JAKARTA, Nov. 15 (Reuters) -": no year, but still the city it was filed from
            # and a date that dates the report, not the bid.
            yearless = find_yearless_dateline(folded)
            span = yearless[:2] if yearless else None
        if dateline is None and found is not None:
            dateline = dt.date.fromisoformat(found.value)
        if dateline is None and published is not None:
            dateline = dt.date.fromisoformat(published)
        countries = self.gazetteer.find_countries(text, folded)
        cities = self.gazetteer.find_cities(text, folded)
        cities = sorted(cities + self._capitals(folded, countries), key=lambda c: c.start)
        return Reading(
            text=text, folded=folded, language=detect_language(folded),
            sentences=sentence_spans(text), countries=countries, cities=cities,
            dates=find_dates(folded, dateline),
            missions=find_missions(folded, countries, self.gazetteer.mission_types),
            dateline=dateline, dateline_span=span,
            home_city=dateline_city(cities, span[0] if span else None, folded))

    def _capitals(self, folded: str, countries: list[Found]) -> list[Found]:
        """'the Albanian capital', 'la capitale albanaise' stand for the city that country's
        embassies are in (one city in the data, as for a host country named alone)."""
        found = []
        for country in countries:
            city = self.gazetteer.embassy_city.get(country.value)
            if city is None:
                continue
            after = _CAPITAL_AFTER.match(folded, country.end)
            before = _CAPITAL_BEFORE.search(folded, max(0, country.start - 14), country.start)
            if after is not None:
                found.append(Found(country.start, after.end(), city))
            elif before is not None:
                found.append(Found(before.start(), country.end, city))
        return found

    def extract(self, text: str, dateline: dt.date | None = None,
                published: str | None = None) -> Extraction:
        """The drafts of one report. ``dateline`` overrides the one found in the text;
        ``published`` (a page's metadata) is used when the text has none. A dateline with no
        year ("TOKYO, May 9 (Kyodo) -") takes the year of the one case we have that the
        report's missions began within a month before, said in ``dateline_from``."""
        extraction = self._extract(text, dateline, published)
        yearless = find_yearless_dateline(fold(text)) if extraction.dateline is None else None
        if yearless is None:
            return extraction
        start, end, month, day = yearless
        year_told = anniversary_year(fold(text), month, day)
        if year_told is not None:
            dated = self._extract(text, dt.date(year_told, month, day), None)
            return replace(dated, dateline_evidence=evidence(text, start, end))
        told = [(d.get("sending_state"), d.get("mission_type"), d.get("city"))
                for d in extraction.drafts]
        found = year_of_told_case(self.known, month, day, told)
        if found is None:
            return extraction
        year, case = found
        dated = self._extract(text, dt.date(year, month, day), None)
        return replace(dated, dateline_evidence=evidence(text, start, end), dateline_from=case)

    def _extract(self, text: str, dateline: dt.date | None,
                 published: str | None) -> Extraction:
        reading = self.read(text, dateline, published)
        line = reading.dateline_span
        incidents = segment(reading.folded, reading.sentences, reading.missions, reading.dates,
                            reading.dateline, line[0] if line else 0, reading.countries)
        drafts: list[Draft] = []
        for number, incident in enumerate(incidents):
            filler = Filler(reading, self.gazetteer, incident, incidents)
            values = filler.fill()
            told = (values.get("date_start"), values.get("sending_state"),
                    values.get("mission_type"), values.get("city"), values.get("people_count"))
            existing = link(self.known, *told)
            told_on = self._told_on(reading, incident, filler, told)
            if told_on is not None:
                existing = told_on
                told = (values.get("date_start"), *told[1:])
            if existing is None and told[0] is None and reading.dateline is not None:
                # No date of its own: news is of the weeks before the dateline, so a case
                # begun then at that mission ("a weeklong standoff over five North Koreans").
                existing = link_recent(self.known, reading.dateline, *told[1:])
            if existing is None and number > 0 and _yearless(reading, filler.evidence):
                # The lead is today's news; a later yearless month may retell an old case.
                existing = link_yearless(self.known, *told)
            if existing is None and told[0] is None and reading.dateline is not None and (
                    number > 0 or incident.past):
                # A retelling with no date: the latest case at that mission, not yet taken.
                existing = link_undated(self.known, reading.dateline,
                                        {d.existing_id for d in drafts if d.existing_id},
                                        *told[1:])
            past = not incident.ongoing and (
                incident.past or self._is_old(existing, reading.dateline))
            drafts.append(Draft("background" if past else "main", existing, values,
                                filler.evidence))
        drafts = [d for d in drafts if not _thin(d)] or drafts
        _share_nationality(drafts)
        line = reading.dateline_span
        return Extraction(
            text=text, dateline=reading.dateline.isoformat() if reading.dateline else None,
            dateline_evidence=evidence(text, *line) if line and reading.dateline else None,
            language=reading.language, drafts=tuple(drafts),
            sentences=tuple(reading.sentences))

    def _told_on(self, reading: Reading, incident: Incident, filler: Filler,
                 told: tuple[Any, ...]) -> str | None:
        """When the incident's sentences tell, to the day, the start of a case we have at its
        mission, that day is the draft's date (see case_told_on): the id of that case."""
        dates = [d for index in incident.sentences
                 for d in reading.dates if reading.sentences[index][0] <= d.start
                 < reading.sentences[index][1] and not filler.in_dateline(d)]
        found = case_told_on(self.known, [d.value for d in dates], *told[1:4])
        if found is None:
            return None
        day, case = found
        own = valid_partial(told[0]) if told[0] else None
        if own is not None and abs(own[0] - dt.date.fromisoformat(day).toordinal()) > 366:
            return None  # "like the five who ran in on May 8, 2002": another, older bid
        if told[0] != day:
            date = next(d for d in dates if d.value == day)
            filler.values["date_start"] = day
            filler.evidence["date_start"] = evidence(reading.text, date.start, date.end)
        return case

    def _is_old(self, existing: str | None, dateline: dt.date | None) -> bool:
        """True when the linked case began months before the dateline: a retelling (news is
        of days or weeks ago; a case we already hold from last summer is told as context)."""
        if existing is None or dateline is None:
            return False
        found = next((k for k in self.known if k.id == existing), None)
        return found is not None and found.hi < dateline.toordinal() - RETOLD_AFTER_DAYS


_TOLD_OF_A_BID = ("date_start", "people_count", "people_note", "seekers_nationality",
                  "entry_method", "outcome")


def _thin(draft: Draft) -> bool:
    """True for a mission named beside the news with nothing of a bid of its own: no day,
    no people, no way in, no end, and no case we hold ("the Thai embassy they entered stands
    right next to the North Korean embassy")."""
    return draft.role == "main" and draft.existing_id is None and not any(
        draft.values.get(name) for name in _TOLD_OF_A_BID)


def _share_nationality(drafts: list[Draft]) -> None:
    """A wave told in one report is of one people: "Five East Timorese broke into it on
    Thursday ... eight others ran into the Dutch embassy". A draft of today's news that names
    no nationality takes the one every other such draft in the same host country names, when
    they agree (a retelling of another era may be of another people)."""
    for draft in drafts:
        if draft.values.get("seekers_nationality") or not draft.values.get("host_country") or (
                draft.role != "main"):
            continue
        told = [d for d in drafts if d is not draft and d.values.get("seekers_nationality")
                and d.role == "main"
                and d.values.get("host_country") == draft.values["host_country"]]
        shared = {d.values["seekers_nationality"] for d in told}
        if len(shared) == 1 and shared != {draft.values.get("sending_state")}:
            draft.values["seekers_nationality"] = told[0].values["seekers_nationality"]
            draft.evidence["seekers_nationality"] = told[0].evidence["seekers_nationality"]


def _yearless(reading: Reading, found: dict[str, Evidence]) -> bool:
    """True when the draft's date came from a month told without its year."""
    span = found.get("date_start")
    return span is not None and any(
        date.start == span.start and date.yearless for date in reading.dates)


def extract(text: str, repository: Repository, dateline: dt.date | None = None) -> Extraction:
    """The drafts of one report, with ``repository``'s names (builds an Extractor: keep one
    instead when extracting many reports)."""
    return Extractor.from_repository(repository).extract(text, dateline)
