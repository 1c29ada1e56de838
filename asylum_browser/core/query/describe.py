"""A query in words, for the sidebar's summary, the chips and the export sidecar.

Labels and how range bounds read come from the field registry (core/model/fields.py), so a
new field is described the moment it is declared.
"""

from __future__ import annotations

from collections.abc import Sequence

from asylum_browser.core.model.fields import FIELDS, FieldKind, TermKind, field_label
from asylum_browser.core.model.geo import parse_bbox
from asylum_browser.core.model.values import QuerySpec, Term
from asylum_browser.i18n.words import tr

Place = tuple[str, float, float]  # (city name, latitude, longitude), as Repository.cities gives
NAMED_PLACES = 3  # an area names at most this many of its cities, nearest its centre first


def describe_query(spec: QuerySpec, places: Sequence[Place] = ()) -> str:
    """The query in words, for the export sidecar and the CLI; with ``places`` a map area
    reads as the cities in it rather than as coordinates."""
    if spec.is_empty:
        return tr("all incidents")
    return tr("incidents where {conditions}").format(
        conditions=describe_conditions(spec, places))


def describe_conditions(spec: QuerySpec, places: Sequence[Place] = ()) -> str:
    """What the incidents a query finds have in common, in words ("host country is China and
    year is 2002"), for the sidebar's "Showing 12 of 202 incidents where …"."""
    parts = []
    for clause in spec.clauses:
        words = [describe_term(term, places=places) for term in clause]
        parts.append(words[0] if len(words) == 1
                     else tr("({alternatives})").format(alternatives=tr(" or ").join(words)))
    return tr(" and ").join(parts)


def _label(term: Term) -> str:
    return field_label(FIELDS[term.field or ""])  # every field term's field is a registry name


def describe_term(term: Term, short: bool = False, places: Sequence[Place] = ()) -> str:
    """One term in words; ``short`` gives a chip label such as 'host country: china'."""
    definition = FIELDS.get(term.field or "")
    is_area = definition is not None and definition.kind is FieldKind.BBOX and not term.unknown
    if short:
        if is_area and places:
            around = area_words(term.value, places)
            text = tr("map area {area}").format(area=around or describe_bbox(term.value, 1))
        elif term.kind is TermKind.FIELD:
            value = tr("unknown") if term.unknown else term.value
            text = tr("{field}: {value}").format(field=_label(term), value=value)
        else:
            text = f"“{term.value}{'*' if term.kind is TermKind.PREFIX else ''}”"
        return tr("not {condition}").format(condition=text) if term.negated else text
    if term.kind is TermKind.WORD:
        text = tr("the text contains “{word}”").format(word=term.value)
    elif term.kind is TermKind.PHRASE:
        text = tr("the text contains the phrase “{phrase}”").format(phrase=term.value)
    elif term.kind is TermKind.PREFIX:
        text = tr("the text has a word starting with “{start}”").format(start=term.value)
    elif term.kind is TermKind.IDS and term.field is None:  # a word also looked for in notes
        text = tr("your note mentions “{words}”").format(words=term.value)
    elif definition is not None and definition.words is not None:
        text = definition.words(term.value)
    elif term.unknown:
        text = tr("{field} is unknown").format(field=_label(term))
    elif is_area and places:
        around = area_words(term.value, places)
        text = (tr("{field} is {area}").format(field=_label(term), area=around) if around
                else tr("{field} is within {box}").format(
                    field=_label(term), box=describe_bbox(term.value, 1)))
    elif is_area:
        text = tr("{field} is within {box}").format(field=_label(term),
                                                     box=describe_bbox(term.value))
    elif term.low is None and term.high is None:
        text = tr("{field} is “{value}”").format(field=_label(term), value=term.value)
    else:
        text = tr("{field} is {value}").format(field=_label(term), value=_describe_bounds(term))
    return tr("not ({condition})").format(condition=text) if term.negated else text


def describe_bbox(value: str, digits: int | None = None) -> str:
    """'35,-10,60,30' -> '35°N–60°N, 10°W–30°E'; ``digits`` rounds the degrees."""
    box = parse_bbox(value)

    def degrees(v: float) -> str:
        return f"{abs(v if digits is None else round(v, digits)):g}"

    def lat(v: float) -> str:
        return f"{degrees(v)}°{'N' if v >= 0 else 'S'}"

    def lon(v: float) -> str:
        return f"{degrees(v)}°{'E' if v >= 0 else 'W'}"

    return f"{lat(box.south)}–{lat(box.north)}, {lon(box.west)}–{lon(box.east)}"


def _describe_bounds(term: Term) -> str:
    definition = FIELDS[term.field or ""]
    assert definition.scale is not None
    render = definition.scale.render
    if term.low is not None and term.high is not None:
        if term.low == term.high:
            return render(term.low)
        if term.single_value:
            return term.value
        return tr("from {low} to {high}").format(low=render(term.low), high=render(term.high))
    if term.low is not None:
        return tr("at least {value}").format(value=render(term.low))
    assert term.high is not None
    return tr("at most {value}").format(value=render(term.high))


def area_words(value: str, places: Sequence[Place]) -> str | None:
    """'around Beijing', 'around Beijing, Tianjin and Shenyang' or 'around Beijing and 9
    other cities': the cities on record inside a within: box, nearest its centre first;
    None when the box holds none."""
    box = parse_bbox(value)
    span = (box.east - box.west) % 360.0
    centre_lat, centre_lon = (box.south + box.north) / 2, box.west + span / 2

    def distance(place: Place) -> float:
        across = abs(place[2] - centre_lon) % 360.0
        return (place[1] - centre_lat) ** 2 + min(across, 360.0 - across) ** 2

    inside = sorted((p for p in places if box.contains(p[2], p[1])), key=distance)
    names = list(dict.fromkeys(name for name, _lat, _lon in inside))
    if not names:
        return None
    if len(names) > NAMED_PLACES:
        others = len(names) - 1
        template = (tr("around {city} and 1 other city") if others == 1
                    else tr("around {city} and {count} other cities"))
        return template.format(city=names[0], count=others)
    listed = names[0] if len(names) == 1 else tr("{cities} and {last}").format(
        cities=tr(", ").join(names[:-1]), last=names[-1])
    return tr("around {cities}").format(cities=listed)
