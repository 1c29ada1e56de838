"""Reading a report from a file: plain text, or the story of an HTML page, by html.parser.

The extractor's offsets are into the text this returns, so the dialog and the CLI show the
same text the spans point into. A page's publication date in its metadata is kept as a
dateline candidate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

MAX_BYTES = 5_000_000  # far above any news report; a bigger file is not one
_DATE_META = ("article:published_time", "og:published_time", "date", "pubdate",
              "publishdate", "dc.date", "dcterms.created", "datepublished")
_PARAGRAPHS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
                         "tr", "article", "main", "section", "blockquote", "figcaption",
                         "ul", "ol", "table", "header"})
# Not the story: code, styles, and the page's furniture around it.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav",
                      "aside", "footer", "form", "button", "select", "iframe", "menu"})
_REGIONS = ("article", "main")  # where a page keeps its story, in order of preference
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_INVISIBLE = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2009": " ", "\xad": None,
                            "\u200b": None, "\ufeff": None})


class ReportProblem(Exception):
    """A file that holds no readable report; the message says why."""


@dataclass(frozen=True)
class Report:
    """The text of a report and, from an HTML page's metadata, its publication day."""

    text: str
    published: str | None = None


class _TextParser(HTMLParser):
    """The page's text with its furniture dropped, and where each <article> or <main> runs
    in it, so the story can be chosen over the headlines of other stories around it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.regions: list[tuple[str, int, int]] = []  # (tag, first part, end part)
        self.meta_day: str | None = None
        self.ld_day: str | None = None
        self.time_day: str | None = None
        self._skipping: list[str] = []
        self._open: list[tuple[str, int]] = []
        self._json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        self._json_ld = tag == "script" and values.get("type", "").lower() == \
            "application/ld+json"
        if tag == "meta":
            self._meta(values)
        if tag == "time" and self.time_day is None and not self._skipping:
            found = _DAY.match(values.get("datetime", ""))
            self.time_day = found.group(0) if found else None
        if tag in _SKIPPED or (tag == "header" and not self._open):
            self._skipping.append(tag)  # a site's header; an article's header is its own
        if tag in _REGIONS and not self._skipping:
            self._open.append((tag, len(self.parts)))
        if tag == "br":
            self.parts.append("\n")
        elif tag in _PARAGRAPHS:
            self.parts.append("\n\n")

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name")
               or values.get("itemprop") or "").lower()
        found = _DAY.match(values.get("content", "").strip())
        if key in _DATE_META and found and self.meta_day is None:
            self.meta_day = found.group(0)

    def handle_endtag(self, tag: str) -> None:
        self._json_ld = False
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()
        elif tag in self._skipping:  # a tag left open inside the skipped one
            del self._skipping[self._skipping.index(tag):]
        if self._open and self._open[-1][0] == tag:
            name, first = self._open.pop()
            self.regions.append((name, first, len(self.parts)))
        if tag in _PARAGRAPHS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._json_ld and self.ld_day is None:
            found = _LD_PUBLISHED.search(data)
            self.ld_day = found.group(1) if found else None
        if not self._skipping:  # line breaks in the source are spaces: tags break lines
            self.parts.append(_HTML_SPACE.sub(" ", data))

    def story(self) -> str:
        """The longest <article>, else the longest <main>, else the whole page."""
        for name in _REGIONS:
            texts = ["".join(self.parts[first:end]) for tag, first, end in self.regions
                     if tag == name]
            best = max(texts, key=lambda text: len(text.split()), default="")
            if best.strip():
                return best
        return "".join(self.parts)


def html_to_report(html: str) -> Report:
    """The story a page tells, paragraphs apart, and the day it was published: the page's
    metadata first (article:published_time and the like, then a JSON-LD datePublished),
    else the first <time datetime> outside the page's furniture."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = parser.story().translate(_INVISIBLE)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return Report(text.strip(), parser.meta_day or parser.ld_day or parser.time_day)


def read_report(path: Path) -> Report:
    """The report in a .txt or .html file; ReportProblem for anything that is not one."""
    try:
        if not path.is_file():
            raise ReportProblem(f"{path}: no such file" if not path.exists()
                                else f"{path}: not a file")
        if path.stat().st_size > MAX_BYTES:
            raise ReportProblem(f"{path}: too big for a report (over 5 MB)")
        data = path.read_bytes()
    except OSError as error:
        raise ReportProblem(f"{path}: cannot be read ({error.strerror or error})") from None
    if b"\x00" in data[:8192]:
        raise ReportProblem(f"{path}: a binary file, not a text or HTML report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReportProblem(f"{path}: not UTF-8 text (save the report as UTF-8)") from None
    looks_html = path.suffix.lower() in (".html", ".htm") or re.match(
        r"\s*(<!doctype html|<html)", text, re.IGNORECASE) is not None
    report = html_to_report(text) if looks_html else Report(text)
    if not report.text.strip():
        raise ReportProblem(f"{path}: holds no text")
    return report
