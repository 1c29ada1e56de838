"""The user's corrections in the detail pane: each claim beside the bundled value, marked as
the user's, so it is never mistaken for the sourced data."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from asylum_browser.core.cases.corrections import Correction, bundled_value
from asylum_browser.core.render.html import SOURCES_HEADING
from asylum_browser.i18n.words import tr


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _source(item: Correction) -> str:
    where = item.url or item.citation
    shown = _e(item.title or item.publisher or where)
    link = f'<a href="{_e(item.url)}">{shown}</a>' if item.url else shown
    extra = " · ".join(_e(p) for p in (item.publisher, item.published) if p)
    quote = f"<br><i>“{_e(item.quote)}”</i>" if item.quote else ""
    supports_words = tr("supports")
    supports = (f"<br><span class='muted'>{_e(supports_words)}: "
                f"{_e(', '.join(item.supports))}</span>" if item.supports else "")
    return f"{link}{' — ' + extra if extra else ''}{quote}{supports}"


def corrections_html(records: Path, items: Sequence[Correction]) -> str:
    """A box listing the user's claims (with the bundled value) and suggested sources."""
    if not items:
        return ""
    rows = []
    delete_words, your_source = _e(tr("delete")), _e(tr("Your source"))
    bundled_words, your_claim = _e(tr("Bundled value")), _e(tr("Your claim"))
    unknown = f"<i>{_e(tr('unknown'))}</i>"
    for item in items:
        delete = f' <a href="correction-delete:{item.key}">{delete_words}</a>'
        if item.field is None:
            rows.append(f"<li><b>{your_source}</b>: {_source(item)}{delete}</li>")
            continue
        bundled = bundled_value(records, item.incident_id, item.field)
        rows.append(
            f"<li><b>{_e(item.field)}</b><br>"
            f"{bundled_words}: {_e(bundled) if bundled is not None else unknown}<br>"
            f"<b>{your_claim}</b>: {_e(item.claim)}<br>"
            f"{your_source}: {_source(item)}{delete}</li>")
    title = _e(tr("Your corrections (not in the bundled data)"))
    return (f'<table class="box" width="100%" cellpadding="8"><tr><td><h3>{title}</h3>'
            f"<ul>{''.join(rows)}</ul></td></tr></table>")


def with_corrections(page: str, records: Path, items: Sequence[Correction]) -> str:
    """The detail pane's page with the claims box above the sources, and the user's sources
    at the end of the sources list, each marked as the user's."""
    if not items:
        return page
    start = page.find(SOURCES_HEADING)  # the pane's own mark, the same in every language
    if start == -1:
        return page
    yours = _e(tr("Yours"))
    mine = "".join(f"<li><b>{yours}:</b> {_source(item)}</li>"
                   for item in items if item.url or item.citation)
    end = page.find("</ol>", start)
    if end != -1:
        page = page[:end] + mine + page[end:]
    return page[:start] + corrections_html(records, items) + page[start:]
