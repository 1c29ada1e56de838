"""A query in words, for the sidebar's summary, the chips and the export sidecar.

Labels and how range bounds read come from the field registry (core/model/fields.py), so a
new field is described the moment it is declared.
"""

from __future__ import annotations

from asylum_browser.core.model.fields import FIELDS, FieldKind, TermKind
from asylum_browser.core.model.geo import parse_bbox
from asylum_browser.core.model.values import QuerySpec, Term


def describe_query(spec: QuerySpec) -> str:
    """The query in words, for the sidebar header and the export sidecar."""
    if spec.is_empty:
        return "all incidents"
    parts = []
    for clause in spec.clauses:
        words = [describe_term(term) for term in clause]
        parts.append(words[0] if len(words) == 1 else "(" + " or ".join(words) + ")")
    return "incidents where " + " and ".join(parts)


def _label(term: Term) -> str:
    return FIELDS[term.field or ""].label  # every field term's field is a registry name


def describe_term(term: Term, short: bool = False) -> str:
    """One term in words; ``short`` gives a chip label such as 'host country: china'."""
    if short:
        if term.kind is TermKind.FIELD:
            value = "unknown" if term.unknown else term.value
            text = f"{_label(term)}: {value}"
        else:
            text = f"“{term.value}{'*' if term.kind is TermKind.PREFIX else ''}”"
        return f"not {text}" if term.negated else text
    definition = FIELDS.get(term.field or "")
    if term.kind is TermKind.WORD:
        text = f"the text contains “{term.value}”"
    elif term.kind is TermKind.PHRASE:
        text = f"the text contains the phrase “{term.value}”"
    elif term.kind is TermKind.PREFIX:
        text = f"the text has a word starting with “{term.value}”"
    elif term.kind is TermKind.IDS and term.field is None:  # a word also looked for in notes
        text = f"your note mentions “{term.value}”"
    elif definition is not None and definition.words is not None:
        text = definition.words(term.value)
    elif term.unknown:
        text = f"{_label(term)} is unknown"
    elif definition is not None and definition.kind is FieldKind.BBOX:
        text = f"{_label(term)} is within {describe_bbox(term.value)}"
    elif term.low is None and term.high is None:
        text = f"{_label(term)} is “{term.value}”"
    else:
        text = f"{_label(term)} is {_describe_bounds(term)}"
    return f"not ({text})" if term.negated else text


def describe_bbox(value: str) -> str:
    """'35,-10,60,30' -> '35°N–60°N, 10°W–30°E'"""
    box = parse_bbox(value)

    def lat(v: float) -> str:
        return f"{abs(v):g}°{'N' if v >= 0 else 'S'}"

    def lon(v: float) -> str:
        return f"{abs(v):g}°{'E' if v >= 0 else 'W'}"

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
        return f"from {render(term.low)} to {render(term.high)}"
    if term.low is not None:
        return f"at least {render(term.low)}"
    assert term.high is not None
    return f"at most {render(term.high)}"
