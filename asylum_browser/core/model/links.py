"""Links that open the app on a case or a search: ``asylum-browser://incident/ID`` and
``asylum-browser://search?q=…``.

One definition, read by the exports (their ``link`` column and sidecar), the citations and the
handler the desktop entry registers, so that a link written by any of them opens in the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

SCHEME = "asylum-browser"


class LinkProblem(ValueError):
    """A link that names no case and no search; the message says why, for the user."""


@dataclass(frozen=True)
class Link:
    incident_id: str | None = None
    query: str | None = None


def incident_link(incident_id: str) -> str:
    return f"{SCHEME}://incident/{quote(incident_id, safe='')}"


def search_link(query: str) -> str:
    return f"{SCHEME}://search?q={quote(query, safe='')}"


def parse_link(text: str) -> Link:
    parts = urlsplit(text.strip())
    if parts.scheme.lower() != SCHEME:
        raise LinkProblem(f"{text!r} is not an {SCHEME}:// link.")
    if parts.netloc == "incident":
        raw = parts.path.strip("/")
        if not raw or "/" in raw:
            raise LinkProblem(f"{text!r} names no case: write {SCHEME}://incident/ID.")
        return Link(incident_id=unquote(raw))
    if parts.netloc == "search":
        values = parse_qs(parts.query).get("q")
        if values is None:
            raise LinkProblem(f"{text!r} names no search: write {SCHEME}://search?q=QUERY.")
        return Link(query=values[0])
    raise LinkProblem(f"{text!r} is neither a case ({SCHEME}://incident/ID) nor a search "
                      f"({SCHEME}://search?q=QUERY).")
