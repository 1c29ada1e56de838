"""How many sought asylum in one incident: the counts of its sentences, added up where the
report adds them ("two on Wednesday, a third on Thursday", "Nagy and 52 associates", one who
joined them the next day), taken from the sentences that tell the bid before any other."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from asylum_browser.core.extract.counts import CountMention, find_counts
from asylum_browser.core.extract.spans import fold
from asylum_browser.core.extract.words_dates import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from asylum_browser.core.extract.fields import Reading
    from asylum_browser.core.extract.segment import Incident

# "2 on the 8th, then 1 more on the 9th": a count after one of these adds to the first.
_MORE_BEFORE = re.compile(r"(?:(?<![\w])(?:another|other|further|otros?|otras?|autres?|"
                          r"weitere|weiteren) |もう|さらに|又有|另有|还有|또 |추가로 )$")
_AND_WORDS = frozenset({"and", "y", "et", "und"})  # "acht Frauen und sieben Männer": 15
# A person named, then "and" a count: the count leaves the named one out.
# "la madre y los dos niños", "Lilia Paredes, y sus dos hijos": three.
_NAMED_AND = re.compile(r"(?:(?<![\w.])[A-Z][\w'-]+|(?<![\w])(?i:he|she|il|elle|el|ella|er|sie|"
                        r"mother|father|wife|husband|madre|padre|esposa|esposo|mere|pere|"
                        r"femme|mari|mutter|vater|frau|mann))"
                        r",? (?:and|y|et|und) (?:his |her |their |sus |ses |leurs |seine |ihre |"
                        r"los |las |les |die |the )?$")
# Someone joining those already inside.
_JOINED = re.compile(r"(?<![\w])(?:joined (?:them|the group|those|him|her)|se (?:les|le) sum\w+|"
                     r"se (?:les|le) uni\w+|(?:les|l') ?(?:a|ont) rejointe?s?|"
                     r"schloss(?:en)? sich (?:ihnen|der gruppe) an)(?![\w])")
_WITH_FAMILY = re.compile(r"(?<![\w])(?:with (?:his|her) family|avec sa famille|con su familia|"
                          r"mit (?:seiner|ihrer) familie)(?![\w])")
_OTHER_BEFORE = re.compile(r"(?<![\w])(?:other|another|otros|otras|autres|andere|anderen) $")
# One person "with his wife" or "junto con su hijo" is two.
_PARTNER = re.compile(r"(?:with|and) (?:his|her) (?:wife|husband|son|daughter)(?![\w])|"
                      r"(?:con|y) su (?:esposa|mujer|marido|hijo|hija)(?![\w])|"
                      r"(?:avec|et) (?:sa femme|son mari|son epouse|son fils|sa fille)(?![\w])|"
                      r"(?:mit|und) (?:seiner frau|ihrem mann|seine frau|ihr mann|seinem sohn|"
                      r"seiner tochter|ihrem sohn|ihrer tochter)(?![\w])")


def count_people(reading: Reading, incident: Incident, mine: Callable[[int, int], bool]
                 ) -> tuple[str, Any, int, int] | None:
    """(field, value, start, end) for the people of ``incident``: people_count, or the hedge
    as people_note; None when the report does not say. ``mine`` tells whether a position in
    a sentence is nearer this incident's mission than another's."""
    exact: list[tuple[int, CountMention, int]] = []
    ones: list[CountMention] = []
    hedges: list[CountMention] = []
    households: list[CountMention] = []  # "for himself, his wife and his daughter"
    for index in incident.sentences:
        start, end = reading.sentences[index]
        counts = [c for c in find_counts(reading.folded, start, end, reading.countries)
                  if mine(c.start, index)]
        total = 0
        first: CountMention | None = None
        if exact and _JOINED.search(reading.folded, start, end):
            # "The next day the former minister joined them": one more than told before.
            told_total, first, _ = exact[-1]
            joining = [c for c in counts if c.kind in ("one", "exact") and c.value]
            if joining:
                exact.append((told_total + (joining[0].value or 0), first,
                              joining[0].end))
            continue
        for count in counts:
            if count.kind == "exact" and count.value is not None:
                between = reading.folded[first.end:count.start].split() if first else []
                if first is not None and (_AND_WORDS & set(between[:2]) or _MORE_BEFORE.search(
                        reading.folded, max(0, count.start - 10), count.start)):
                    total += count.value
                else:
                    first, total = count, count.value
                    if _NAMED_AND.search(reading.text, max(0, count.start - 40),
                                         count.start):
                        total += 1  # "Nagy and 52 associates": 53
                exact.append((total, first, count.end))
            elif count.kind == "more" and first is not None:
                total += 1
                exact.append((total, first, count.end))
            elif count.kind == "more" and index in incident.events:
                ones.append(count)  # "a third person entered": one, the third overall
            elif count.kind == "one" and first is not None and _AND_WORDS & set(
                    reading.folded[first.end:count.start].split()[:3]):
                total += 1  # "Zwei Männer und eine Frau", "four men and a woman": one more
                exact.append((total, first, count.end))
            elif count.kind == "one" and index in incident.events:
                ones.append(count)
                if first is None:
                    first, total = count, 1
            elif count.kind == "hedge":
                hedges.append(count)
            elif count.kind == "household" and (index in incident.events or any(
                    index == i + 1 for i in incident.events)):
                households.append(count)
    # The people of the bid are counted where it is told, else in the sentence after
    # (which goes on telling it), else where its mission is named; a count in another
    # sentence (150 arrested outside, a rally of 20,000, a country's emigrants in half a
    # year) is not theirs.
    told = [item for item in exact if _in_event(reading, incident, item[1].start)]
    if not told and ones:
        # "A Burmese man ran into the British embassy" beats "two men began a protest" in
        # the sentence after: the one told going in is the one counted
        exact = []
    exact = (told
             or [item for item in exact
                 if _in_event(reading, incident, item[1].start, after=1)
                 and not _sheltering_elsewhere(reading, incident, item[1].start)
                 # "Otros siete diputados ... se exponen a ser detenidos": not the group
                 and not _OTHER_BEFORE.search(reading.folded, max(0, item[1].start - 8),
                                              item[1].start)]
             or [item for item in exact if _names_mission(reading, incident, item[1].start)])
    if exact:
        value, first, end = max(exact, key=lambda item: item[0])
        return "people_count", value, first.start, end
    if households:
        return "people_count", households[0].value, households[0].start, households[0].end
    if ones:
        # Only where the bid is told: "reunited with his wife" at a hospital is not it.
        partner = any(_PARTNER.search(reading.folded, *reading.sentences[i])
                      for i in incident.events)
        return "people_count", 2 if partner else 1, ones[0].start, ones[0].end
    named = _named_seeker(reading, incident)
    # "Gusmao went to the embassy ... accompanied by his lawyers and several officials": the
    # one named where the bid is told beats a hedge told after it
    hedges = [h for h in hedges if named is None or _in_event(reading, incident, h.start)
              or _JOINED.search(reading.folded, *_sentence_at(reading, h.start))]
    if hedges:
        hedge = hedges[0]
        return "people_note", reading.text[hedge.start:hedge.end].strip(), hedge.start, hedge.end
    if named is not None:
        sentence_start, sentence_end = _sentence_at(reading, named[0])
        family = _WITH_FAMILY.search(reading.folded, sentence_start, sentence_end)
        if family is not None:  # "came with his family": how many is not told
            return ("people_note", reading.text[family.start():family.end()], family.start(),
                    family.end())
        with_partner = _PARTNER.search(reading.folded, sentence_start, sentence_end) is not None
        # "Al día siguiente se le unió en la misma residencia ...": one more each time
        joined = sum(1 for i in incident.sentences if reading.sentences[i][0] > named[0]
                     and _JOINED.search(reading.folded, *reading.sentences[i]))
        return "people_count", (2 if with_partner else 1) + joined, named[0], named[1]
    return None


# A person's name: two to four capitalised words, with the particles names carry.
_NAME = re.compile(r"(?<![\w.])[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: (?:de |da |del |de la |van |von |bin |al-)?"
                   r"[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,3}(?![\w])")
_OF_BEFORE = re.compile(r"(?<![\w])(?:of|de|du|des|von|der|del|d')\s*$")
_ARTICLE = re.compile(r"(?:The|A|An|El|La|Los|Las|Le|Les|Der|Die|Das|Un|Une|Il|Lo) ")
# Capitalised words that make a name an institution, a place or a title of a work.
_NOT_A_PERSON = re.compile(r"(?<![\w])(?:Embassy|Consulate|Ministry|Ministerio|Ministère|"
                           r"Police|Policía|Party|Partido|Parti|Front|Frente|Union|Unión|"
                           r"Movement|Movimiento|Council|Consejo|Conseil|University|Airport|"
                           r"Street|Square|Times|Post|Press|Agency|Agencia|Agence|News|"
                           r"Republic|República|République|Republik|Government|Gobierno|"
                           r"Army|Ejército|Forces|Fuerzas|Court|Corte|Tribunal|Department|"
                           r"State|Estado|Office|Oficina|House|Casa|Palace|Palacio|Nations|"
                           r"Naciones|Foreign|Interior|Supreme|Suprema|National|Nacional|"
                           r"Cross|Cruz|Radio|Television|Televisión|Channel|Herald|Journal|"
                           r"Tribune|Wire|Reuters|Kyodo|Yonhap|Xinhua|Committee|Comité|"
                           r"Comite|Comisión|Comision|Commission|Universidad|Université|"
                           r"Universität|Institute|Instituto|Institut)(?![\w])")


def _named_seeker(reading: Reading, incident: Incident) -> tuple[int, int] | None:
    """The span of a person named as the one who made the bid, in a sentence that tells it
    and before the mission: "el general Gilbert Diendéré se refugió en la nunciatura". One
    person, where the report gives no number."""
    places = [(f.start, f.end) for f in (*reading.countries, *reading.cities)]
    for index in incident.events:
        start, end = reading.sentences[index]
        mission = min((m.type_start for m in incident.mentions if start <= m.type_start < end),
                      default=end)
        for match in _NAME.finditer(reading.text, start, mission):
            if _ARTICLE.match(match.group(0)) or _OF_BEFORE.search(
                    reading.text, max(start, match.start() - 5), match.start()):
                continue  # "The Bild newspaper"; "relatives of Jang": not the one who went
            overlaps = any(low < match.end() and match.start() < high for low, high in places)
            if not overlaps and _NOT_A_PERSON.search(match.group(0)) is None and not (
                    _a_time(match.group(0))):
                return match.start(), match.end()
        surname = _told_surname(reading.text, start, mission)
        if surname is not None:
            return surname
    return None


def _sentence_at(reading: Reading, position: int) -> tuple[int, int]:
    return next((s, e) for s, e in reading.sentences if s <= position < e)


def _told_surname(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a surname alone that the text gave earlier with its first name, opening a
    clause before the mission: "Xanana Gusmao is still living ... Gusmao went to the embassy"."""
    for match in _SURNAME.finditer(text, start, end):
        word = match.group(0)
        if re.search(rf"[A-ZÀ-Þ][a-zà-ÿ'’-]+ {re.escape(word)}(?![\w])", text[:start]) and (
                _NOT_A_PERSON.search(word) is None):
            return match.start(), match.end()
    return None


_SURNAME = re.compile(r"(?:^|(?<=[.!?;:] )|(?<=\n)|(?<=, ))[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}(?= [a-z])")


# German capitalises nouns: "Am Dienstag hatten ..." opens a sentence with two capitals.
_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"am", "im", "seit", "vor", "nach"}


def _a_time(name: str) -> bool:
    """True when the capitalised words open with a time, not a name: "Am Dienstag"."""
    return fold(name).split()[0] in _TIME_WORDS  # not "Juan Domingo Perón"


_SHELTERING = re.compile(r"(?<![\w])(?:sheltering|sheltered|holed up|refugiad\w+|refugie\w*)"
                         r"(?![\w])")


def _sheltering_elsewhere(reading: Reading, incident: Incident, position: int) -> bool:
    """True when the sentence at ``position`` tells people sheltering and names none of the
    incident's mission: "police raided a church where 40 students had been sheltering"."""
    start, end = _sentence_at(reading, position)
    return _SHELTERING.search(reading.folded, start, end) is not None and not any(
        start <= m.type_start < end for m in incident.mentions)


def _names_mission(reading: Reading, incident: Incident, position: int) -> bool:
    return any(start <= position < end and any(start <= m.type_start < end
                                                for m in incident.mentions)
               for start, end in reading.sentences)


def _in_event(reading: Reading, incident: Incident, position: int, after: int = 0) -> bool:
    """True when ``position`` is in a sentence that tells the bid (or, with ``after``,
    in the one after it, which goes on telling it)."""
    return any(reading.sentences[i + after][0] <= position < reading.sentences[i + after][1]
               for i in incident.events if i + after < len(reading.sentences))
