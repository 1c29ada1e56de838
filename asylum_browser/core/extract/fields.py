"""Filling one draft's fields from the sentences of its incident, each with its evidence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from asylum_browser.core.extract.cues import (
    EVENT_RE,
    STAYED_RE,
    Cue,
    dates_a_stay,
    find_entries,
    find_nationalities,
    find_outcomes,
    find_responses,
    near_speech_or_movement,
    started_then,
)
from asylum_browser.core.extract.dates import DateMention
from asylum_browser.core.extract.gazetteer import Found, Gazetteer
from asylum_browser.core.extract.missions import MissionMention
from asylum_browser.core.extract.people import count_people
from asylum_browser.core.extract.placing import Placing
from asylum_browser.core.extract.segment import Incident, dates_the_past
from asylum_browser.core.extract.spans import Evidence, evidence

_CLAUSE_BREAK = re.compile(r"[;；]")
_SPECIFIC = frozenset({"consulate_general", "ambassadors_residence", "school",
                       "apostolic_nunciature"})

@dataclass(frozen=True)
class Reading:
    """Everything found in the report once, shared by the drafts."""

    text: str
    folded: str
    language: str
    sentences: list[tuple[int, int]]
    countries: list[Found]
    cities: list[Found]
    dates: list[DateMention]
    missions: list[MissionMention]
    dateline: dt.date | None
    dateline_span: tuple[int, int] | None
    home_city: Found | None  # the dateline's city


class Filler(Placing):
    """Collects one incident's values and their evidence."""

    def __init__(self, reading: Reading, gazetteer: Gazetteer, incident: Incident,
                 others: list[Incident]) -> None:
        self.r = reading
        self.gazetteer = gazetteer
        self.incident = incident
        self.others = others
        self.values: dict[str, Any] = {}
        self.evidence: dict[str, Evidence] = {}

    def put(self, name: str, value: Any, start: int, end: int) -> None:
        if value is None or name in self.values:
            return
        self.values[name] = value
        self.evidence[name] = evidence(self.r.text, start, end)

    def _mine(self, position: int, sentence: int) -> bool:
        """True when the fact at ``position`` is nearer this incident's mission than any other
        incident's mentioned in the same sentence."""
        start, end = self.r.sentences[sentence]
        def distance(mentions: list[MissionMention]) -> int:
            spans = [m for m in mentions if start <= m.type_start < end]
            return min((abs(position - (m.start + m.end) // 2) + self._across(position, m)
                        for m in spans), default=10**9)
        mine = distance(self.incident.mentions)
        rivals = [distance(o.mentions) for o in self.others
                  if o is not self.incident and sentence in o.sentences]
        return all(mine <= rival for rival in rivals)

    def _across(self, position: int, mention: MissionMention) -> int:
        """A penalty when a semicolon stands between a fact and a mission: "a group ran into
        the Dutch embassy; with the five young men who climbed into the British embassy"."""
        low, high = sorted((position, (mention.start + mention.end) // 2))
        return 10**6 if _CLAUSE_BREAK.search(self.r.folded, low, high) else 0

    def fill(self) -> dict[str, Any]:
        self._mission()
        self._date()
        self._place()
        self._people()
        self._cues()
        return self.values

    def _mission(self) -> None:
        for mention in self.incident.mentions:
            if mention.state is not None:
                self.put("sending_state", mention.sending_state, mention.state.start,
                         mention.state.end)
        typed = [m for m in self.incident.mentions if m.mission_type]
        with_state = [m for m in typed if m.sending_state] or typed
        if with_state:
            # "the British consulate" then "the British consulate general": the fuller name.
            best = max(with_state, key=lambda m: (m.mission_type in _SPECIFIC, -m.start))
            part = next((m for m in typed if best.mission_type == "embassy"
                         and m.sending_state is None and self._told_in_event_of(self.incident, m)
                         and m.part), None)
            # "pushed past guards into the embassy's consular section": the part they entered.
            best = part or best
            self.put("mission_type", best.mission_type, best.type_start, best.type_end)

    def _date(self) -> None:
        candidates: list[DateMention] = []
        for index in self.incident.events:
            start, end = self.r.sentences[index]
            for date in self.r.dates:
                if not start <= date.start < end or self.in_dateline(date):
                    continue
                # "in the days after he resigned on Nov. 10": the verb is of that other day
                moved = near_speech_or_movement(self.r.folded, date.start, date.end, start,
                                                end) and not date.shifted
                if moved or dates_a_stay(self.r.folded, date.start, start, end):
                    continue
                if self.r.dateline is not None and date.value[:10] > self.r.dateline.isoformat():
                    continue  # "다음 달 1일", next month: what is planned, not the bid
                old = self.r.dateline is not None and dates_the_past(date, self.r.dateline)
                if old != self.incident.past or not self._mine(date.start, index):
                    continue
                candidates.append(date)
        # "When the army cleared the square on the night of June 3-4, he and his wife drove
        # to the U.S. embassy on June 5": the date of the when-clause is of another event.
        candidates = [d for d in candidates if not _in_subordinate(self.r, d.start)
                      ] or candidates
        # "won their release on Wednesday, but ... the six went to the consulate": a date
        # told in a clause of its own, away from the bid's.
        candidates = [d for d in candidates if _with_the_bid(self.r, d)] or candidates
        # "el 20 de septiembre de 1955 ... la sublevación que había estallado cuatro días
        # antes": a date told outright beats one reckoned from it
        candidates = [d for d in candidates if not d.shifted or d.relative] or candidates
        # "adonde acudió tras el levantamiento militar del 30 de abril": that event's day
        candidates = [d for d in candidates if not _NAMES_AN_EVENT.search(
            self.r.folded, max(0, d.start - 24), d.start)] or candidates
        if candidates:
            best = min(candidates, key=lambda d: (d.value[:10], -len(d.value)))
            # "since December 1985" and then "on Dec. 12, 1985": the day, where told.
            best = max((d for d in candidates + self._refinements(best)
                        if d.value.startswith(best.value)), key=lambda d: len(d.value))
            self.put("date_start", best.value, best.start, best.end)
        else:
            told = self._date_told_before() or self._date_told_after()
            if told is not None:
                self.put("date_start", told.value, told.start, told.end)

    def _sentence_of(self, mention: MissionMention) -> int:
        return next((i for i, (start, end) in enumerate(self.r.sentences)
                     if start <= mention.type_start < end), -1)

    def _date_told_before(self) -> DateMention | None:
        """The date a story opens with, when the sentence of the bid has none: "Heute vor 30
        Jahren parkte Walter Brandt ... Die vier gelangten in die Botschaft". The last date
        written out in full (with its year), or moved back from one ("einen Monat früher"),
        after the dateline and before a sentence of the bid (the first that has one), with no
        other mission named or bid told in between."""
        told = {i for o in self.others if o is not self.incident
                for i in [*o.events, *map(self._sentence_of, o.mentions)]}
        for event in self.incident.events:
            low = max((i for i in told if i < event), default=-1) + 1
            start, end = self.r.sentences[low][0], self.r.sentences[event][0]
            found = [d for d in self.r.dates if start <= d.start < end
                     and ((not d.relative and len(d.value) == 10) or d.shifted)
                     and not self.in_dateline(d)]
            if found:
                return found[-1]
        return None

    def _refinements(self, best: DateMention) -> list[DateMention]:
        """Dates in the incident's other sentences that tell ``best`` more precisely: "three
        years ago" in the lead, "on June 27, 1978" two sentences on."""
        if len(best.value) == 10:
            return []
        found = []
        for index in self.incident.sentences:
            start, end = self.r.sentences[index]
            found += [d for d in self.r.dates if start <= d.start < end and not d.relative
                      and not self.in_dateline(d)
                      and len(d.value) > len(best.value) and d.value.startswith(best.value)
                      and not near_speech_or_movement(self.r.folded, d.start, d.end, start, end)
                      and self._mine(d.start, index)]
        return found

    def _date_told_after(self) -> DateMention | None:
        """The date a story gives once it has told the bid: "... ran into the U.S. embassy
        three years ago. They dashed in through the gateway on June 27, 1978". The first date
        written out in full in the incident's later sentences, that dates no speech, journey
        or stay and is not after the dateline."""
        if not self.incident.events:
            return None
        first = self.incident.events[0]
        for index in self.incident.sentences:
            if index <= first:
                continue
            start, end = self.r.sentences[index]
            for date in self.r.dates:
                # Told outright, or a day of the month with its year left to the dateline
                # ("late on Feb. 12").
                if not start <= date.start < end or len(date.value) < 7 or (
                        date.relative and not (date.yearless and len(date.value) == 10)):
                    continue
                if self.in_dateline(date) or near_speech_or_movement(
                        self.r.folded, date.start, date.end, start, end) or dates_a_stay(
                        self.r.folded, date.start, start, end) or _NAMES_AN_EVENT.search(
                        self.r.folded, max(start, date.start - 24), date.start):
                    continue
                if self.r.dateline is not None and date.value[:10] > self.r.dateline.isoformat():
                    continue
                old = self.r.dateline is not None and dates_the_past(date, self.r.dateline)
                # "the two men had lived in the compound since April 16, 1992": the start
                # of the stay this news ends, however long ago
                began = started_then(self.r.folded, date.start, start) and STAYED_RE.search(
                    self.r.folded, start, end) is not None
                if (old == self.incident.past or began) and self._mine(date.start, index):
                    return date
        return None

    def in_dateline(self, date: DateMention) -> bool:
        span = self.r.dateline_span
        return (span is not None and span[0] <= date.start < span[1]) or (
            span is not None and date.start < span[0] and date.relative and date.start < 80) or (
            # "PRAGUE, Czechoslovakia, Tuesday, July 10, 1990": the weekday is the dateline's
            span is not None and date.relative and 0 <= span[0] - date.end <= 2) or (
            # a page's byline dated first, then "QUITO, Ecuador, March 14, 2023 - ..."
            self.r.dateline is not None and date.value == self.r.dateline.isoformat()
            and _DATELINE_AFTER.match(self.r.folded, date.end) is not None)

    def _people(self) -> None:
        found = count_people(self.r, self.incident, self._mine)
        if found is not None:
            name, value, start, end = found
            self.put(name, value, start, end)

    def _cues(self) -> None:
        states = {m.state.start for i in [self.incident, *self.others] for m in i.mentions
                  if m.state is not None}
        for index in self.incident.sentences:
            start, end = self.r.sentences[index]
            finds: list[tuple[str, list[Cue]]] = [
                ("seekers_nationality", find_nationalities(self.r.folded, start, end,
                                                           self.r.countries, states)),
                ("entry_method", find_entries(self.r.folded, start, end)),
                ("host_response", find_responses(self.r.folded, start, end)),
                ("outcome", find_outcomes(self.r.folded, start, end)),
            ]
            for name, cues in finds:
                for cue in cues:
                    if not self._mine(cue.start, index):
                        continue
                    if name == "seekers_nationality":
                        # People of the mission's own state seek no asylum in it: "chez les
                        # Français" names the hosts.
                        if cue.value != self.values.get("sending_state"):
                            self.put(name, cue.value, cue.start, cue.end)
                    elif name == "outcome":
                        self.put("outcome_class", cue.value, cue.start, cue.end)
                        self.put(name, self.r.text[cue.start:cue.end], cue.start, cue.end)
                    else:
                        self.put(name, self.r.text[cue.start:cue.end], cue.start, cue.end)


_SUBORDINATE = re.compile(r"(?:^|[,;:(]|\s[-–—])\s*(?:(?:shortly|soon|just|right|hours|days|"
                          r"weeks|poco|peu|kurz) )?(?:when|after|as|while|once|cuando|tras|"
                          r"despues de que|despues de|mientras|lorsque|quand|apres|alors que|"
                          r"als|nachdem|wahrend)(?![\w])[^,;:]*$")


def _in_subordinate(reading: Reading, position: int) -> bool:
    """True when the date at ``position`` stands in a clause opened by "when", "after",
    "cuando", "nachdem": it dates what set the bid off, not the bid."""
    low = next(start for start, end in reading.sentences if start <= position < end)
    return _SUBORDINATE.search(reading.folded[low:position]) is not None


# "los comicios del 28 de julio", "the elections of July 28": the date names another event.
_NAMES_AN_EVENT = re.compile(r"(?<![\w])(?!(?:morning|afternoon|evening|night|manana|tarde|"
                             r"noche|madrugada|matin|soir|soiree|nuit|morgen|abend|nacht)"
                             r"(?![\w]))[a-z]{4,} (?:of|del|de los|de las|du|des|vom)"
                             r"(?: the)? $")
# What follows a dateline's date: "QUITO, Ecuador, March 14, 2023 -", "LIMA, 5 feb (EFE).-".
_DATELINE_AFTER = re.compile(r",? ?(?:\([^)\n]{1,30}\) ?)?(?:-|–|—|\.-|:)")
_BUT = re.compile(r", (?:but|pero|mais|aber|yet|while|whereas)(?![\w])|;")


def _with_the_bid(reading: Reading, date: DateMention) -> bool:
    """True when no ", but" or ";" stands between the date and every bid told in its
    sentence."""
    start, end = next((s, e) for s, e in reading.sentences if s <= date.start < e)
    cues = [m for m in EVENT_RE.finditer(reading.folded, start, end)]
    return not cues or any(
        _BUT.search(reading.folded, min(cue.start(), date.start), max(cue.end(), date.end))
        is None for cue in cues)
