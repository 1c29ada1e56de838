"""Segmentation: which sentences tell which incident.

Each mission named in a sentence that tells of a bid for asylum starts an incident, or joins
the incident already told at that mission. A sentence naming no mission belongs to the
incident told last. A sentence dated two years or more before the dateline belongs to a
retelling of an earlier case (role "background"), even at the same mission as today's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from asylum_browser.core.extract.counts import find_counts
from asylum_browser.core.extract.cues import (
    STAYED_RE,
    find_nationalities,
    is_attack,
    is_event,
    is_tally_since,
    started_then,
    told_as_destination,
)
from asylum_browser.core.extract.dates import DateMention
from asylum_browser.core.extract.gazetteer import Found
from asylum_browser.core.extract.missions import MissionMention
from asylum_browser.core.extract.words_cues import BACKGROUND
from asylum_browser.core.model.dates import valid_partial

PAST_YEARS = 2  # a date this many years before the dateline is the past
PAST_DAYS = 183  # so is a date that ended half a year before it ("last February")


@dataclass
class Incident:
    """The sentences (and mission mentions) of one incident, as the segmenter found them."""

    past: bool
    mentions: list[MissionMention] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    events: list[int] = field(default_factory=list)  # the sentences that tell the bid
    # begun long ago and told as going on ("has lived in the embassy for fourteen months"):
    # dated in the past, yet today's news
    ongoing: bool = False

    @property
    def state(self) -> str | None:
        return next((m.sending_state for m in self.mentions if m.sending_state), None)

    @property
    def mission_type(self) -> str | None:
        return next((m.mission_type for m in self.mentions if m.mission_type), None)

    def fits(self, mention: MissionMention) -> bool:
        """True when the mention can name this incident's mission."""
        if mention.sending_state and self.state and mention.sending_state != self.state:
            return False
        if mention.part and self.mission_type == "embassy":
            return True  # the embassy's consular section is in the embassy
        return not (mention.mission_type and self.mission_type
                    and _family(mention.mission_type) != _family(self.mission_type))


def _family(mission_type: str) -> str:
    if mission_type in ("apostolic_nunciature", "legation"):
        # "the Vatican's embassy, the apostolic nunciature"; "la Embajada de España ... la
        # legación española": one mission
        return "embassy"
    return "consulate" if mission_type.startswith("consulate") else mission_type


def _last_day(value: str) -> int:
    parsed = valid_partial(value)
    return parsed[1] if parsed else dt.date.max.toordinal()


def dates_the_past(date: DateMention, dateline: dt.date) -> bool:
    """True when the date is of an earlier case: told with a year two or more before the
    dateline's, or ended half a year before it ("last February" in a September report; a
    month told with no year is only a guess, so not that)."""
    if not date.relative and int(date.value[:4]) <= dateline.year - PAST_YEARS:
        return True
    return (_last_day(date.value) < dateline.toordinal() - PAST_DAYS
            and (date.value[:4] != str(dateline.year) or not date.yearless))


def is_past(dates: list[DateMention], folded: str, start: int, end: int,
            dateline: dt.date | None) -> bool:
    """True when the sentence is dated well before the dateline, or reads as a retelling."""
    if dateline is not None:
        told = [d for d in dates if start <= d.start < end]
        # "entered on Thursday, the first such case since Sept. 24, 2009" is today's news;
        # "had lived inside since December 1985" is the start of a stay, however it ended.
        recent = any(d.relative and not dates_the_past(d, dateline) for d in told) and (
            STAYED_RE.search(folded, start, end) is None)
        for date in told:
            if dates_the_past(date, dateline) and not (
                    recent and started_then(folded, date.start, start)):
                return True
    sentence = folded[start:end]
    return any(re.search(rf"(?<![\w]){pattern}", sentence) for pattern in BACKGROUND) and any(
        start <= date.start < end and not date.relative for date in dates)


def segment(folded: str, sentences: list[tuple[int, int]], missions: list[MissionMention],
            dates: list[DateMention], dateline: dt.date | None,
            body_start: int = 0, countries: list[Found] | None = None) -> list[Incident]:
    """The incidents of the report, in the order the report first tells them. Text before
    ``body_start`` (the dateline) is the headline: it names the story the body tells."""
    incidents = _segment(folded, sentences, missions, dates, dateline, countries or [])
    return _headlines_joined(_stays_joined(incidents, folded, sentences, dates, body_start),
                             sentences, body_start)


# A stay that goes on as the report is written: "has lived in a foreign embassy for fourteen
# months", "sigue en la embajada".
_ONGOING = re.compile(r"(?<![\w])(?:(?:has|have) (?:lived|been living|been staying|been "
                      r"sheltering|been holed up|stayed|remained|spent)|(?:is|are) still "
                      r"(?:there|inside)|sigue|siguen|permanece|permanecen|vit depuis|"
                      r"vivent depuis|lebt seit|leben seit)(?![\w])")


def _stays_joined(incidents: list[Incident], folded: str, sentences: list[tuple[int, int]],
                  dates: list[DateMention], body_start: int) -> list[Incident]:
    """A stay told as going on, with no date of its own, is the bid told with its date at
    that mission, however long ago ("For fourteen months a former president has lived in a
    foreign embassy ... walked into the embassy of Nicaragua on February 7, 2024"): one
    incident, not today's and an old one."""
    kept = list(incidents)
    for stay in incidents:
        if stay.past or not stay.events or not any(
                _ONGOING.search(folded, *sentences[i]) for i in stay.sentences):
            continue
        if any(start <= d.start < end and d.start >= body_start
               for i in stay.events for start, end in [sentences[i]] for d in dates):
            continue  # dated today: a bid of its own
        told = next((other for other in kept if other.past and other.events
                     and other.state is not None and stay.state in (None, other.state)
                     and all(other.fits(m) for m in stay.mentions)), None)
        if told is None:
            continue
        told.mentions.extend(stay.mentions)
        told.sentences[:] = sorted({*told.sentences, *stay.sentences})
        told.events[:] = sorted({*told.events, *stay.events})
        told.ongoing = True
        kept.remove(stay)
    return kept


def _headlines_joined(incidents: list[Incident], sentences: list[tuple[int, int]],
                      body_start: int) -> list[Incident]:
    """A headline's incident is the one the body tells at that mission, whatever era the
    body gives it ("'Siberian Seven' start fourth year inside U.S. embassy" heads a story of
    a bid three years ago): its sentences join that incident instead of making a draft."""
    head = {i for i, (_, end) in enumerate(sentences) if end <= body_start}
    if not head:
        return incidents
    kept = list(incidents)
    for incident in incidents:
        if not incident.events or not set(incident.events) <= head:
            continue
        body = next((other for other in kept if other is not incident
                     and not set(other.events) <= head
                     and all(other.fits(m) for m in incident.mentions)
                     and other.state == incident.state), None)
        if body is None:
            continue
        body.mentions[:0] = incident.mentions
        body.sentences[:] = sorted({*body.sentences, *incident.sentences})
        body.events[:] = sorted({*body.events, *incident.events})
        kept.remove(incident)
    return kept


def _segment(folded: str, sentences: list[tuple[int, int]], missions: list[MissionMention],
             dates: list[DateMention], dateline: dt.date | None,
             countries: list[Found]) -> list[Incident]:
    incidents: list[Incident] = []
    current: Incident | None = None
    for index, (start, end) in enumerate(sentences):
        named = any(start <= m.type_start < end for m in missions)
        one_mission = any(start <= m.type_start < end and m.sending_state and not m.plural
                          for m in missions)
        tally = is_tally_since(folded, start, end) and not one_mission
        event = not tally and (is_event(folded, start, end, tuple(countries),
                                        moves_only=not named) or any(
            start <= m.type_start < end and _told_in_event(folded, sentences, m.told_at)
            for m in missions if m.told_at) or any(
            start <= m.start < end and not m.weak and not m.plural
            and told_as_destination(folded, start, m.start, stays=not any(
                i.events and i.fits(m) for i in incidents))
            and not _own_nationals(folded, m, countries, start, end)
            and not is_attack(folded, start, end) for m in missions))
        past = is_past(dates, folded, start, end, dateline)
        here = [m for m in missions if start <= m.type_start < end
                and not (m.plural and m.sending_state is None)]
        if any(not m.weak and m.sending_state for m in here):
            here = [m for m in here if not m.weak]
        touched: list[Incident] = []
        # Named missions first; "the embassy" then joins one named in the same sentence.
        for mention in sorted(here, key=lambda m: m.sending_state is None):
            incident = next((i for i in touched if i.fits(mention)), None) if (
                mention.sending_state is None) else None
            if incident is None and _quoted(folded, start, mention.type_start):
                # "«... buscaron refugio en la embajada», diría años después": a witness
                # telling the bid already told, whatever the date of the telling
                incident = next((i for i in reversed(incidents) if i.events
                                 and i.fits(mention)), None)
            incident = incident or _incident_for(incidents, mention, past, event)
            if incident is None:
                continue
            incident.mentions.append(mention)
            if incident not in touched:
                touched.append(incident)
        if not touched and current is not None and (event or not here):
            if event and past and not current.past:
                clone = Incident(True, list(current.mentions))
                incidents.append(clone)
                touched = [clone]
            elif event and not past and current.past and _dated(dates, start, end):
                # A bid dated now, after a retelling: today's incident again. Undated, the
                # sentence goes on with the retelling ("They walked in as if tourists").
                recent = next((i for i in reversed(incidents) if not i.past), None)
                touched = [recent] if recent else []
            else:
                touched = [current]
        if event and not past:
            touched = [_earlier_group(incidents, incident, folded, sentences, dates, countries,
                                      index) for incident in touched]
        for incident in touched:
            incident.sentences.append(index)
            if event:
                incident.events.append(index)
        if touched:
            current = touched[-1]
    return [incident for incident in incidents if incident.events]


def _days(dates: list[DateMention], start: int, end: int) -> list[int]:
    """The days told to the day in folded[start:end] (none reckoned from another date)."""
    return [dt.date.fromisoformat(d.value).toordinal() for d in dates
            if start <= d.start < end and len(d.value) == 10 and not d.shifted]


# Words of a group joining the one told: "two more", "another three", "three others joined".
_JOINING = re.compile(r"(?<![\w])(?:more|another|others|joined|further|mas|otros|otras|"
                      r"autres|de plus|weitere|noch)(?![\w])")


_THE_GROUP = re.compile(r"(?<![\w])(?:the group|el grupo|le groupe|die gruppe)(?![\w])")
_DEFINITE_BEFORE = re.compile(r"(?<![\w])(?:the|these|those|their|its|die|der|den|diese|los|las|"
                              r"la|el|les|ces|and|y|und|et) $")
_PARTITIVE = re.compile(r" (?:of the|of them|of those|de los|de las|de ellos|des|d'entre|"
                        r"der|von den)(?![\w])")


def _earlier_group(incidents: list[Incident], incident: Incident, folded: str,
                   sentences: list[tuple[int, int]], dates: list[DateMention],
                   countries: list[Found], index: int) -> Incident:
    """The incident a bid sentence tells at ``incident``'s mission: that one, or a new one
    when it tells another group days before ("Four got into the French embassy on Monday
    ... Five broke into it on Thursday"): a day two or more before every day the incident's
    bid was told on, and a head count of its own, with no word of joining the others ("a
    third", "two more")."""
    if incident.past or not incident.events:
        return incident
    start, end = sentences[index]
    told = [day for i in incident.events for day in _days(dates, *sentences[i])]
    here = _days(dates, start, end)
    if not told or not here or max(here) > min(told) - 2:
        return incident
    exact = [c for c in find_counts(folded, start, end, countries) if c.kind == "exact"]
    if not exact or any(_JOINING.search(folded, max(start, c.start - 12), c.end + 25)
                        for c in exact):
        return incident
    # "The group, one man and eight women", "Die acht Frauen und sieben Männer", "Cinco de
    # los opositores", "Nagy and 52 associates": the group already told, told again
    first = exact[0]
    if _THE_GROUP.search(folded, start, first.start) or _DEFINITE_BEFORE.search(
            folded, max(start, first.start - 12), first.start) or _PARTITIVE.match(
            folded, first.end):
        return incident
    earlier = Incident(False, list(incident.mentions))
    incidents.append(earlier)
    return earlier


def _quoted(folded: str, start: int, position: int) -> bool:
    """True when ``position`` stands inside a quotation opened in its sentence."""
    before = folded[start:position]
    return (before.count('"') % 2 == 1 or before.count("“") > before.count("”")
            or before.count("«") > before.count("»"))


def _own_nationals(folded: str, mission: MissionMention, countries: list[Found], start: int,
                   end: int) -> bool:
    """True when the sentence names the mission's own state again, as its people: French
    pupils who spent the night in the French embassy took cover there; they sought no
    asylum."""
    if mission.sending_state is None:
        return False
    states = {mission.state.start} if mission.state else set()
    return any(cue.value == mission.sending_state
               for cue in find_nationalities(folded, start, end, countries, states))


def _dated(dates: list[DateMention], start: int, end: int) -> bool:
    return any(start <= date.start < end for date in dates)


def _told_in_event(folded: str, sentences: list[tuple[int, int]], positions: tuple[int, ...]
                   ) -> bool:
    """True when a sentence at one of ``positions`` tells a bid."""
    return any(start <= position < end and is_event(folded, start, end)
               for start, end in sentences for position in positions)


def _incident_for(incidents: list[Incident], mention: MissionMention, past: bool,
                  event: bool) -> Incident | None:
    """The incident a mention names: the latest fitting one of the same era where a bid was
    told, else the latest fitting one, else a new one (a mission named with no state and no
    bid in its sentence starts none)."""
    fitting = [i for i in reversed(incidents) if i.past == past and i.fits(mention)]
    # "the Japanese mission" is the one a bid was told at, before one merely named.
    for incident in sorted(fitting, key=lambda i: not i.events):
        return incident
    if not event:
        # Named again where no bid is told, in another era's words ("fifty years on, the
        # embassy in Santiago ..."): the incident told at that mission, whatever its era.
        told = next((i for i in reversed(incidents) if i.events and i.fits(mention)
                     and i.state is not None), None)
        if told is not None or mention.sending_state is None:
            return told
    if mention.sending_state is None:
        # "the same consulate" in a retelling: the mission of today's incident, then.
        for incident in reversed(incidents):
            if incident.fits(mention) and incident.state is not None:
                clone = Incident(past, list(incident.mentions))
                incidents.append(clone)
                return clone
    incident = Incident(past)
    incidents.append(incident)
    return incident
