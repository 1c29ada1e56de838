"""An incident as HTML for the detail pane, and as plain text for the CLI.

Pure functions of an :class:`Incident`: no Qt, no SQL. Every value is escaped; unknown values
read "unknown", never an empty space that looks like a rendering bug.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from itertools import groupby

from asylum_browser.core.dates import format_partial
from asylum_browser.core.models import Dispute, Incident, Source

FIELD_LABELS = {
    "date_start": "Date", "date_end": "Stay ended", "outcome_date": "Outcome date",
    "people_count": "People", "people_note": "Who", "entry_method": "Entry",
    "host_response": "Host response", "outcome": "Outcome", "destination": "Destination",
    "mission_type": "Mission type", "mission_id": "Mission", "coordinates": "Coordinates",
    "source_published": "Source date",
}


def incident_facts(incident: Incident) -> list[tuple[str, str | None]]:
    """The labelled facts shown for an incident, None where unknown."""
    mission = incident.mission
    people = None if incident.people_count is None else f"{incident.people_count:,}"
    place = ", ".join(p for p in (incident.city, incident.host_country_name) if p) or None
    precision = {"mission": "the mission's own coordinates",
                 "city": "the city's coordinates (the mission's are not known)"}
    return [
        ("Date", format_partial(incident.date_start)),
        ("Stay ended", format_partial(incident.date_end) if incident.date_end else None),
        ("Outcome date",
         format_partial(incident.outcome_date) if incident.outcome_date else None),
        ("Place", place),
        ("Mission", mission.name if mission else None),
        ("Mission type", mission.type_label if mission else None),
        ("Sending state", mission.sending_state_name if mission else None),
        ("Nationality", incident.seekers_nationality_label),
        ("People", people),
        ("Who", incident.people_note),
        ("Entry", incident.entry_method),
        ("Host response", incident.host_response),
        ("Outcome", incident.outcome),
        ("Outcome class", incident.outcome_class_label
         if incident.outcome_class else None),
        ("Transit", incident.transit),
        ("Destination", incident.destination),
        ("Confidence", incident.confidence),
        ("Map position", precision.get(incident.location_precision or "")),
    ]


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _source_html(source: Source) -> str:
    publisher = _e(source.publisher) if source.publisher else "unknown publisher"
    title = f" “{_e(source.title)}”" if source.title else ""
    supports = (f' <span class="supports">(on {_e(", ".join(FIELD_LABELS.get(s, s) for s in source.supports))})</span>'  # noqa: E501
                if source.supports else "")
    return (f'<li><b>{publisher}</b>{title}<br><a href="{_e(source.url)}">{_e(source.url)}</a>'
            f"{supports}</li>")


def group_disputes(disputes: Iterable[Dispute]
                   ) -> list[tuple[str, str, list[tuple[str, list[Source]]]]]:
    """Disputes as (field label, topic, [(claim, its sources)]), in record order."""
    grouped = []
    for (field, topic), rows in groupby(disputes, key=lambda d: (d.field, d.topic)):
        claims: dict[str, list[Source]] = {}
        for row in rows:
            claims.setdefault(row.claim, []).extend([row.source] if row.source else [])
        grouped.append((FIELD_LABELS.get(field, field.replace("_", " ")), topic,
                        list(claims.items())))
    return grouped


def _disputes_html(disputes: Iterable[Dispute]) -> str:
    parts = []
    for label, topic, claims in group_disputes(disputes):
        items = "".join(
            f"<li>{_e(claim)} — "
            + ("; ".join(f'<a href="{_e(s.url)}">{_e(s.publisher or s.url)}</a>' for s in sources)
               or "<i>no source named</i>") + "</li>"
            for claim, sources in claims)
        parts.append(f"<p><b>{_e(label)}:</b> {_e(topic)}</p><ul>{items}</ul>")
    return "".join(parts)


def incident_to_html(incident: Incident) -> str:
    """The detail pane's HTML for one incident; every value escaped."""
    rows = "".join(
        f'<tr><th align="left" valign="top">{_e(label)}</th><td>'
        + (_e(value) if value is not None else '<span class="unknown">unknown</span>')
        + "</td></tr>"
        for label, value in incident_facts(incident))
    disputes = ""
    if incident.disputes:
        disputes = ("<h3>Where sources disagree</h3>" + _disputes_html(incident.disputes))
    sources = "".join(_source_html(source) for source in incident.sources)
    return (
        "<html><head><style>"
        ".unknown { color: #888; font-style: italic; } th { padding-right: 12px; }"
        " .supports { color: #666; }</style></head><body>"
        f"<h2>{_e(incident.title)}</h2>"
        f"<p>{_e(incident.summary)}</p>"
        f"<table>{rows}</table>"
        f"{disputes}"
        f"<h3>Sources ({len(incident.sources)})</h3><ol>{sources}</ol>"
        f'<p class="unknown">ID: {_e(incident.id)}</p>'
        "</body></html>"
    )


def incident_to_text(incident: Incident, width: int = 100) -> str:
    """Plain text for the terminal."""
    import textwrap

    lines = [incident.title, "=" * min(len(incident.title), width), ""]
    lines += [*textwrap.wrap(incident.summary, width), ""]
    facts = incident_facts(incident)
    label_width = max(len(label) for label, _ in facts)
    for label, value in facts:
        wrapped = textwrap.wrap(value if value is not None else "unknown",
                                width - label_width - 2) or [""]
        lines.append(f"{label.ljust(label_width)}  {wrapped[0]}")
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
    lines += ["", f"ID: {incident.id}"]
    return "\n".join(lines)
