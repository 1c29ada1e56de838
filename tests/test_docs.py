"""The docs must not drift from the code: examples run, commands are documented, CI runs the
README's test command verbatim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from asylum_browser.cli import cli
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.fields import FIELD_LIST, FIELDS
from asylum_browser.core.model.schema import FACETS
from asylum_browser.core.query.parser import parse_query

ROOT = Path(__file__).resolve().parent.parent


def search_examples() -> list[tuple[str, int]]:
    text = (ROOT / "docs" / "search.md").read_text(encoding="utf-8")
    table = text.split("<!-- examples: query | incidents found -->", 1)[1].split("\n\n", 1)[0]
    rows = re.findall(r"^\| `(.+?)` \| (\d+) \|$", table, flags=re.MULTILINE)
    return [(query, int(count)) for query, count in rows]


def test_the_search_docs_have_examples() -> None:
    assert len(search_examples()) >= 15


@pytest.mark.parametrize(("query", "count"), search_examples())
def test_each_search_example_finds_what_the_docs_say(repository: Repository, query: str,
                                                     count: int) -> None:
    assert repository.count(parse_query(query)) == count


def test_every_search_field_is_documented() -> None:
    text = (ROOT / "docs" / "search.md").read_text(encoding="utf-8")
    for field in FIELDS:
        assert f"`{field}:" in text, field


def test_every_cli_command_and_exit_code_is_documented() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"asylum-browser {name}" in text, name
    for code in range(1, 11):
        assert f"| {code} |" in text, code


def test_every_facet_and_vocabulary_is_in_the_data_docs(repository: Repository) -> None:
    text = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    for facet in FACETS:
        assert facet.label in text, facet.label
    for vocabulary in ("outcome_class", "mission_type", "confidence"):
        for row in repository._execute("SELECT code FROM vocabulary WHERE vocabulary = ?",
                                       [vocabulary]):
            assert f"`{row['code']}`" in text, row["code"]
    assert "GeoNames" in text and "CC BY" in text and "Natural Earth" in text


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^```(?:sh|bash)\n(.+?)\n```", quick_start,
                          flags=re.MULTILINE | re.DOTALL)
    assert len(commands) == 2, "the quick start has exactly two commands"
    test_command = commands[1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_every_field_example_parses_and_each_alias_is_documented() -> None:
    text = (ROOT / "docs" / "search.md").read_text(encoding="utf-8")
    for field in FIELD_LIST:
        for example in field.example.split(" or "):
            spec = parse_query(example)
            assert {term.field for clause in spec.clauses for term in clause} == {field.name}
        for alias in field.aliases:
            assert f"`{alias}:`" in text, alias


def test_the_old_mission_prefix_is_the_sending_state(repository: Repository) -> None:
    japan = parse_query("sending:japan")
    assert parse_query("mission:japan").clauses == japan.clauses
    assert repository.count(japan) == repository.count(parse_query("mission:Japan")) > 0
