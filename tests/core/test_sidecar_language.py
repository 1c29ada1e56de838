"""The about file beside an export is in the interface language of the window that wrote it
(issue 20), while what a program reads stays as it is: the query, the link, the column names
and the command that reproduces the export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.writer import write_csv
from asylum_browser.core.query.parser import parse_query
from asylum_browser.i18n import ts_path, words


def _korean() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(ts_path("ko")).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


@pytest.fixture
def in_korean() -> Iterator[None]:
    table = _korean()
    words.use(lambda context, text: table.get((context, text), ""), "ko")
    yield
    words.reset()


def _about(folder: Path) -> str:
    repository = Repository(open_database())
    write_csv(repository, parse_query("host:china"), folder / "out.csv")
    return (folder / "out.about.txt").read_text(encoding="utf-8")


def test_the_about_file_speaks_the_window_language(tmp_path: Path, in_korean: None) -> None:
    about = _about(tmp_path)
    lines = about.splitlines()
    assert lines[0] == "이 내보내기에 대하여 (Asylum Browser)"
    assert any(line.startswith("파일:") and line.endswith("out.csv") for line in lines)
    assert any(line.startswith("검색어:") and line.endswith("host:china") for line in lines)
    assert "asylum-browser://search?q=host%3Achina" in about  # the link is not translated
    assert "asylum-browser export 'host:china' -o out.csv" in about
    assert "  host_country: 접수국." in about  # the column's name, then its label translated
    assert "File:" not in about and "Query:" not in about


def test_from_the_command_line_it_stays_english(tmp_path: Path) -> None:
    about = _about(tmp_path)
    assert about.startswith("About this export (Asylum Browser)\n")
    assert "\nQuery:       host:china\n" in about
