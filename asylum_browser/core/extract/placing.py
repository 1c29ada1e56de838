"""Where one incident happened: the city nearest its mission, and the host state then."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from asylum_browser.core.extract.gazetteer import Found, Gazetteer
from asylum_browser.core.extract.places import nearest_city

if TYPE_CHECKING:
    from asylum_browser.core.extract.fields import Reading
    from asylum_browser.core.extract.missions import MissionMention
    from asylum_browser.core.extract.segment import Incident

_HERE = re.compile(r" (?:here|in this city|aqui|ici)(?![\w])")
_HOSTED_BEFORE = re.compile(r" ?(?:주재|駐在|駐在の)(?: [^ ]{1,8})? ?|の|의 ?|的")
_HOSTED_AFTER = re.compile(r" (?:in|en|au|aux|in der|im) (?:the )?")
_HOSTED_INSIDE = re.compile(r"(?:驻|駐)$")


class Placing:
    """The city and host of an incident, for :class:`~asylum_browser.core.extract.fields.
    Filler`, which holds the reading, the incident and the values found so far."""

    r: Reading
    gazetteer: Gazetteer
    incident: Incident
    others: list[Incident]
    values: dict[str, Any]

    def put(self, name: str, value: Any, start: int, end: int) -> None:
        raise NotImplementedError

    def _told_in_event_of(self, incident: Incident, mention: MissionMention) -> bool:
        return any(self.r.sentences[i][0] <= mention.type_start < self.r.sentences[i][1]
                   for i in incident.events)

    def _place(self) -> None:
        city = self._city_of(self.incident) or self._capital_of_host()
        if city is None:
            # "two others got into the U.S. consulate the same day": the city told last,
            # unless the report is filed where the story is.
            earlier = self.others[:self.others.index(self.incident)]
            told_last = next((c for c in map(self._city_of, reversed(earlier)) if c), None)
            home = self.r.home_city
            at_home = home is not None and not self._home_is_sender() and not (
                self._abroad(told_last))
            city = home if at_home else told_last
        if city is None and len({c.value for c in self.r.cities}) == 1 and (
                self.gazetteer.city_country.get(self.r.cities[0].value)
                != self.values.get("sending_state")):
            # "Der Thronräuber floh ins deutsche Konsulat" in a story of Sansibar: the one
            # city the report names, unless it is at home in the sending state
            city = self.r.cities[0]
        if city is not None:
            self.put("city", city.value, city.start, city.end)
            # Undated, the bid is of the report's time: Prague in 1989 is in Czechoslovakia.
            when = self.values.get("date_start") or (
                self.r.dateline.isoformat() if self.r.dateline else None)
            host = self.gazetteer.host_of(city.value, when)
            self.put("host_country", host, city.start, city.end)

    def _city_of(self, incident: Incident) -> Found | None:
        """The city nearest a mention of the incident's mission ('the consulate here' is the
        dateline's city). Mentions where the bid is told come first, then the incident's
        others; a city told beside one in another sentence ("Bishop had seen crises before,
        in Beirut") is the last resort, after one named with the mission, unclaimed, before
        the bid is told ("the Mogadishu embassy" of a headline)."""
        told_in_event = [m for m in incident.mentions if self._told_in_event_of(incident, m)]
        top = self.r.sentences[incident.events[0]][0] if incident.events else 0
        taken = [m for other in self.others for m in other.mentions]
        headline = [m for m in self.r.missions if m.sending_state is None
                    and m.type_end <= top and incident.fits(m) and m not in taken]
        others = [m for m in incident.mentions if m not in told_in_event]
        for mention in [*told_in_event, *headline, *others]:
            start, end = next((s, e) for s, e in self.r.sentences
                              if s <= mention.type_start < e)
            if _HERE.match(self.r.folded, mention.type_end) and self.r.home_city is not None:
                return self.r.home_city
            # "【東京】ラオスの日本大使館に": the dateline's city is where the report was filed,
            # not the one nearest the mission
            home = self.r.home_city
            here = [c for c in self.r.cities if start <= c.start < end
                    and (home is None or c.start != home.start)]
            found = nearest_city(self.r.folded, here, mention.start, mention.end,
                                 self.r.language)
            if found is not None and not self._city_of_another(found, incident, start, end):
                return found
            for told in mention.told_at:
                # "those of Italy": the city of "other foreign embassies in the capital".
                low, high = next((s, e) for s, e in self.r.sentences if s <= told < e)
                there = [c for c in self.r.cities if low <= c.start < high]
                found = nearest_city(self.r.folded, there, told, told + 1, self.r.language)
                if found is not None:
                    return found
        return None

    def _city_of_another(self, city: Found, incident: Incident, start: int, end: int
                         ) -> bool:
        """True when another incident's mission, named in the same sentence, stands nearer
        the city: "the French embassy bid came the same day seven climbed into the Japanese
        school in Beijing" puts the school in Beijing, not the embassy."""
        def gap(mention: MissionMention) -> int:
            return min(abs(city.start - mention.type_end), abs(mention.start - city.end))
        ours = min((gap(m) for m in incident.mentions if start <= m.type_start < end),
                   default=10**9)
        return any(gap(m) < ours for other in self.others if other is not incident
                   for m in other.mentions if start <= m.type_start < end
                   and m.sending_state != incident.state)

    def _capital_of_host(self) -> Found | None:
        """'the Japanese embassy in Thailand', '태국 주재 일본대사관': an embassy named by its
        host country stands in the city our embassies there do; the country is the evidence."""
        for mention in self.incident.mentions:
            if mention.mission_type not in ("embassy", "ambassadors_residence"):
                continue
            for country in self.r.countries:
                if country.value == mention.sending_state:
                    continue
                before = self.r.folded[country.end:mention.start]
                after = self.r.folded[mention.type_end:country.start]
                if ((country.end <= mention.start and _HOSTED_BEFORE.fullmatch(before))
                        or (country.start >= mention.type_end and _HOSTED_AFTER.fullmatch(after))
                        or (mention.start <= country.start < mention.type_start and
                            _HOSTED_INSIDE.search(self.r.folded, mention.start,
                                                  country.start))):
                    city = self.gazetteer.embassy_city.get(country.value)
                    if city is not None:
                        return Found(country.start, country.end, city)
        return None

    def _abroad(self, city: Found | None) -> bool:
        """True when the city the report told last is in another country than the one it
        is filed from: "PRAGUE (AP) - ... the Czechoslovak Embassy in Tirana ... the West
        German Embassy" is in Tirana too, not in Prague."""
        home = self.r.home_city
        if city is None or home is None:
            return False
        there = self.gazetteer.host_of(city.value, None)
        return there is not None and there != self.gazetteer.host_of(home.value, None)

    def _home_is_sender(self) -> bool:
        """True when the dateline's city is in a state whose mission the report tells of: a
        report filed from Tokyo about Japan's consulate abroad was not written at it."""
        home = self.r.home_city
        if home is None:
            return False
        country = self.gazetteer.host_of(home.value, None)
        return country is not None and any(i.state == country for i in self.others)
