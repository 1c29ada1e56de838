"""An incident as HTML for the detail pane, and as plain text for the CLI.

Pure functions of an :class:`Incident`: no Qt, no SQL. Every value is escaped; unknown values
read "unknown", never an empty space that looks like a rendering bug. Links use two private
schemes the detail pane understands: ``filter:<token>`` narrows the query to a value and
``incident:<id>`` selects another incident; http(s) links are the sources.
"""

from __future__ import annotations

import html
import textwrap
import unicodedata
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import groupby

from asylum_browser.core.model.dates import (
    format_partial,
    inference_words,
    shown_value,
    stay_length,
)
from asylum_browser.core.model.place_names import local_place
from asylum_browser.core.model.schema import COLUMNS
from asylum_browser.core.model.shown import shown
from asylum_browser.core.model.themes import THEMES
from asylum_browser.core.model.values import Dispute, Incident, RelatedIncident, Source
from asylum_browser.core.query.editing import term_token
from asylum_browser.i18n.words import QT_TRANSLATE_NOOP, field_text, tr

# Each field reads as the registry labels it in the table, the sidebar and the export; the
# few names here are of things that are not fields (a mission's name, a source's date).
# Labels are English here and translated where shown (context "Field", as the registry's).
FIELD_LABELS = {column.name: column.label for column in COLUMNS} | {
    "mission_id": QT_TRANSLATE_NOOP("Field", "Mission"),
    "coordinates": QT_TRANSLATE_NOOP("Field", "Coordinates"),
    "source_published": QT_TRANSLATE_NOOP("Field", "Source date"),
    # A source supports the mission itself (its name), not our identifier for it.
    "mission": QT_TRANSLATE_NOOP("Field", "Mission"),
    "public_figures": QT_TRANSLATE_NOOP("Field", "Public figures"),
    # Facts the themes follow from, named as the themes are (core/model/themes.py).
    "host_entry": THEMES["host_entry"][0], "fatalities": THEMES["fatalities"][0]}


# Where the sources begin: what the user's corrections are put before, in any language.
SOURCES_HEADING = '<h3 id="sources">'


def _label(field: str) -> str:
    return field_text(FIELD_LABELS[field])


@dataclass(frozen=True)
class Colors:
    """Colours the pane takes from the palette, so light and dark themes both read well."""

    muted: str = "#777777"
    highlight_background: str = "#fff3a0"
    highlight_text: str = "#000000"
    box_background: str = "#fdf3e1"
    box_border: str = "#e0b060"
    link: str = "#1a5fb4"


@dataclass(frozen=True)
class Fact:
    label: str
    value: str | None  # None is unknown
    token: str | None = None  # the search token that filters by this value
    note: str | None = None  # how the value is held: inferred within bounds, or why medium
    hover: str | None = None  # the English name of a place shown in the interface language


def _place(label: str, vocabulary: str, key: str | None, english: str | None,
           token: str | None) -> Fact:
    """A place's fact: its name in the interface language, the English one on hover (and in
    the filter token, which is search language)."""
    if english is None:
        return Fact(label, None)
    local = local_place(vocabulary, key, english)
    return Fact(label, local, token, hover=english if local != english else None)


def incident_facts(incident: Incident) -> list[Fact]:
    """The labelled facts shown for an incident, with the filter token of facet values."""
    mission = incident.mission
    count = incident.people_count
    people = (None if count is None else f"{count:,}" if isinstance(count, int)
              else tr("“{value}” (not a number)").format(value=shown_value(count)))
    precision = {"mission": tr("the mission's own coordinates"),
                 "city": tr("the city's coordinates (the mission's are not known)")}
    stay = stay_length(incident.date_start, incident.date_end)
    facts = [
        Fact(_label("date_start"),
             format_partial(incident.date_start) if incident.date_start else None),
        Fact(_label("date_end"), format_partial(incident.date_end) if incident.date_end else None),
        Fact(tr("Length of stay"), stay),
        Fact(_label("outcome_date"),
             format_partial(incident.outcome_date) if incident.outcome_date else None),
        _place(_label("city"), "city", incident.city, incident.city,
               term_token("city", incident.city) if incident.city else None),
        _place(_label("host_country"), "country", incident.host_country,
               incident.host_country_name if incident.host_country else None,
               term_token("host", incident.host_country_name)
               if incident.host_country and incident.host_country_name else None),
        Fact(_label("mission_id"), mission.name if mission else None),
        Fact(_label("mission_type"), mission.type_label if mission else None,
             term_token("type", mission.type) if mission else None),
        _place(_label("sending_state"), "country",
               mission.sending_state if mission else None,
               mission.sending_state_name if mission and mission.sending_state else None,
               term_token("sending", mission.sending_state_name)
               if mission and mission.sending_state and mission.sending_state_name else None),
        _place(_label("seekers_nationality"), "nationality", incident.seekers_nationality,
               incident.seekers_nationality_label if incident.seekers_nationality else None,
               term_token("nationality", incident.seekers_nationality_label)
               if incident.seekers_nationality and incident.seekers_nationality_label
               else None),
        Fact(_label("people_count"), people),
        Fact(_label("people_note"), incident.people_note),
        *([Fact(_label("public_figures"), incident.public_figures)]
          if incident.public_figures else []),
        Fact(_label("entry_method"), incident.entry_method),
        Fact(_label("host_response"), incident.host_response),
        *([Fact(_label("host_entry"), incident.host_entry)] if incident.host_entry else []),
        Fact(_label("outcome"), incident.outcome),
        *([Fact(_label("fatalities"), incident.fatalities)] if incident.fatalities else []),
        Fact(_label("outcome_class"),
             incident.outcome_class_label if incident.outcome_class else None,
             term_token("outcome", incident.outcome_class) if incident.outcome_class else None),
        Fact(_label("transit"), incident.transit),
        Fact(_label("destination"), incident.destination),
        Fact(_label("confidence"), incident.confidence_label or incident.confidence,
             term_token("confidence", incident.confidence) if incident.confidence else None),
        Fact(_label("location_precision"), precision.get(incident.location_precision or "")),
    ]
    notes = {_label(i.field): inference_words(i.reason, i.after, i.before, i.at_least,
                                              i.at_most, translated=True)
             for i in incident.inferred if i.field in FIELD_LABELS}
    if incident.confidence_note:
        notes[_label("confidence")] = incident.confidence_note
    return [replace(fact, note=notes.get(fact.label)) if fact.value is not None else fact
            for fact in facts]


def _e(value: object) -> str:
    """A value as page text: escaped, and clipped and breakable (core/model/shown.py)."""
    return html.escape(shown(str(value)), quote=True)


def _attr(value: object) -> str:
    """A value inside an attribute (a link's target): escaped, kept whole."""
    return html.escape(str(value), quote=True)


def _fold(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def highlight_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where the search words occur in ``text``, ignoring case and diacritics."""
    folded_chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in _fold(char):
            folded_chars.append(piece)
            origin.append(index)
    folded = "".join(folded_chars)
    spans: list[tuple[int, int]] = []
    for word in words:
        needle = "".join(_fold(c) for c in word.strip())
        if not needle:
            continue
        start = folded.find(needle)
        while start >= 0:
            end = start + len(needle)
            spans.append((origin[start], origin[end - 1] + 1))
            start = folded.find(needle, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _marked(text: str, words: Sequence[str]) -> str:
    """Escape ``text`` and wrap the search words in <span class="hl">."""
    text = shown(text)
    if not words:
        return html.escape(text, quote=True)
    pieces, position = [], 0
    for start, end in highlight_spans(text, words):
        pieces.append(html.escape(text[position:start], quote=True))
        pieces.append(f'<span class="hl">{html.escape(text[start:end], quote=True)}</span>')
        position = end
    pieces.append(html.escape(text[position:], quote=True))
    return "".join(pieces)


def _source_html(source: Source) -> str:
    publisher = _e(source.publisher) if source.publisher else tr("unknown publisher")
    title = f" — “{_e(source.title)}”" if source.title else ""
    published = f", {_e(format_partial(source.published))}" if source.published else ""
    supports = ""
    if source.supports:
        fields = ", ".join(_label(s) if s in FIELD_LABELS else s.replace("_", " ")
                           for s in source.supports)
        on_fields = tr("(on {fields})").format(fields=fields)
        supports = f' <span class="muted">{_e(on_fields)}</span>'
    quote = f"<br><i>“{_e(source.quote)}”</i>" if source.quote else ""
    return (f"<li><b>{publisher}</b>{title}{published}{supports}<br>"
            f"{_link(source.url, source.url)}{quote}</li>")


def _link(url: str, shown: str) -> str:
    """A source's link; a user's source off the web is known by its citation, no link."""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{_attr(url)}">{_e(shown)}</a>'
    return _e(shown)


def group_disputes(disputes: Iterable[Dispute]
                   ) -> list[tuple[str, str, list[tuple[str, list[Source]]]]]:
    """Disputes as (field label, topic, [(claim, its sources)]), in record order."""
    grouped = []
    for (field, topic), rows in groupby(disputes, key=lambda d: (d.field, d.topic)):
        claims: dict[str, list[Source]] = {}
        for row in rows:
            claims.setdefault(row.claim, []).extend([row.source] if row.source else [])
        grouped.append((_label(field) if field in FIELD_LABELS else field.replace("_", " "), topic,
                        list(claims.items())))
    return grouped


def _disputes_html(disputes: Iterable[Dispute]) -> str:
    parts = []
    nobody = tr("no source named")
    for label, topic, claims in group_disputes(disputes):
        items = "".join(
            f"<li>{_e(claim)} — "
            + ("; ".join(_link(s.url, s.publisher or s.url) for s in sources)
               or f'<i class="muted">{_e(nobody)}</i>')
            + "</li>"
            for claim, sources in claims)
        parts.append(f"<p><b>{_e(label)}:</b> {_e(topic)}</p><ul>{items}</ul>")
    return "".join(parts)


def _value_html(fact: Fact, words: Sequence[str], links: bool) -> str:
    shown_fact = _plain_value_html(fact, words, links)
    if fact.note:
        return f'{shown_fact}<br><span class="muted">{_e(fact.note)}</span>'
    return shown_fact


def _plain_value_html(fact: Fact, words: Sequence[str], links: bool) -> str:
    if fact.value is None:
        unknown = tr("unknown")
        return f'<span class="unknown">{_e(unknown)}</span>'
    if links and fact.token:
        href = "filter:" + urllib.parse.quote(fact.token, safe="")
        hint = _attr(" — ".join(filter(None, (fact.hover,
                                               tr("Show only incidents with this value")))))
        return (f'<a href="{_attr(href)}" title="{hint}">'
                f"{_marked(fact.value, words)}</a>")
    if fact.hover:
        return f'<span title="{_attr(fact.hover)}">{_marked(fact.value, words)}</span>'
    return _marked(fact.value, words)


def incident_to_html(incident: Incident, *, related: Sequence[RelatedIncident] = (),
                     highlight: Sequence[str] = (), links: bool = True,
                     colors: Colors | None = None) -> str:
    """The detail pane's HTML for one incident; every value escaped."""
    colors = colors or Colors()
    words = [w for w in highlight if w.strip()]
    disagree, related_words = tr("Sources disagree"), tr("Related incidents")
    sources_words = tr("Sources ({count})").format(count=len(incident.sources))
    id_words = tr("ID: {id}").format(id=incident.id)
    rows = "".join(
        f'<tr><td class="label" valign="top">{_e(fact.label)}</td>'
        f"<td>{_value_html(fact, words, links)}</td></tr>"
        for fact in incident_facts(incident))
    disputes = ""
    if incident.disputes:
        disputes = ('<table class="box" width="100%" cellpadding="8"><tr><td>'
                    f"<h3>{_e(disagree)}</h3>" + _disputes_html(incident.disputes)
                    + "</td></tr></table>")
    sources = "".join(_source_html(source) for source in incident.sources)
    related_html = ""
    if related:
        items = "".join(
            (f'<li><a href="incident:{_attr(urllib.parse.quote(r.id, safe=""))}">{_e(r.title)}</a>'
             if links else f"<li>{_e(r.title)}")
            + f' <span class="muted">{_e(r.date_label)} · {_e(r.reason)}</span></li>'
            for r in related)
        related_html = f"<h3>{_e(related_words)}</h3><ul>{items}</ul>"
    style = (
        f".unknown {{ color: {colors.muted}; font-style: italic; }}"
        f" .muted {{ color: {colors.muted}; }}"
        f" .label {{ color: {colors.muted}; padding-right: 12px; white-space: nowrap; }}"
        f" .hl {{ background-color: {colors.highlight_background};"
        f" color: {colors.highlight_text}; }}"
        f" .box {{ background-color: {colors.box_background};"
        f" border: 1px solid {colors.box_border}; }}"
        f" a {{ color: {colors.link}; }} h2 {{ margin-bottom: 4px; }}"
    )
    return (
        f"<html><head><style>{style}</style></head><body>"
        f"<h2>{_marked(incident.title, words)}</h2>"
        f"<p>{_marked(incident.summary, words)}</p>"
        f'<table cellspacing="0" cellpadding="3">{rows}</table>'
        f"{disputes}"
        f"{SOURCES_HEADING}{_e(sources_words)}</h3><ol>{sources}</ol>"
        f"{related_html}"
        f'<p class="muted">{_e(id_words)}</p>'
        "</body></html>"
    )


def incident_to_text(incident: Incident, width: int = 100) -> str:
    """Plain text for the terminal."""
    lines = [incident.title, "=" * min(len(incident.title), width), ""]
    lines += [*textwrap.wrap(incident.summary, width), ""]
    facts = incident_facts(incident)
    label_width = max(len(fact.label) for fact in facts)
    for fact in facts:
        wrapped = textwrap.wrap(fact.value if fact.value is not None else "unknown",
                                width - label_width - 2) or [""]
        if fact.note:
            wrapped += textwrap.wrap(f"({fact.note})", width - label_width - 2)
        lines.append(f"{fact.label.ljust(label_width)}  {wrapped[0]}")
        lines += [" " * (label_width + 2) + more for more in wrapped[1:]]
    if incident.disputes:
        lines += ["", "Where sources disagree"]
        for label, topic, claims in group_disputes(incident.disputes):
            lines.append(f"  {label}: {topic}")
            for claim, sources in claims:
                lines.append(f"    - {claim}")
                lines += [f"        {s.publisher or 'unknown publisher'}: {s.url}"
                          for s in sources] or ["        (no source named)"]
    lines += ["", f"Sources ({len(incident.sources)})"]
    for number, source in enumerate(incident.sources, start=1):
        lines.append(f"  {number}. {source.publisher or 'unknown publisher'}: {source.url}")
        if source.quote:
            lines += [f"     “{line}" if i == 0 else f"      {line}" for i, line in
                      enumerate(textwrap.wrap(source.quote + "”", width - 6))]
    lines += ["", f"ID: {incident.id}"]
    return "\n".join(lines)
