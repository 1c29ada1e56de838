"""Reading a report from a file: plain text, or HTML with its tags stripped by html.parser.

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
_BLOCKS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "li", "tr", "article",
                     "section", "header", "footer", "blockquote", "title"})
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head"})


class ReportProblem(Exception):
    """A file that holds no readable report; the message says why."""


@dataclass(frozen=True)
class Report:
    """The text of a report and, from an HTML page's metadata, its publication day."""

    text: str
    published: str | None = None


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.published: str | None = None
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        values = {key: value or "" for key, value in attrs}
        if tag == "meta" and self.published is None:
            key = (values.get("property") or values.get("name")
                   or values.get("itemprop") or "").lower()
            found = re.match(r"\d{4}-\d{2}-\d{2}", values.get("content", ""))
            if key in _DATE_META and found:
                self.published = found.group(0)
        if tag == "time" and self.published is None:
            found = re.match(r"\d{4}-\d{2}-\d{2}", values.get("datetime", ""))
            if found:
                self.published = found.group(0)
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skipping:
            self._skipping -= 1
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_report(html: str) -> Report:
    """The visible text of a page, paragraphs apart, and its published day if it says."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))
    text = re.sub(r" *\n[\n ]*\n *", "\n\n", text)
    return Report(text.strip(), parser.published)


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
