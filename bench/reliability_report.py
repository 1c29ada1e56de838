"""Write docs/RELIABILITY.md from a real test run: what was tried, what passed, the worst case.

    python bench/reliability_report.py                 # run the suite, write the page
    python bench/reliability_report.py --junit run.xml # from an earlier run's JUnit file

Tests join a family with @pytest.mark.reliability("family"); tests/conftest.py records the
family in the JUnit report, and a test may record "cases" (how many inputs it tried), "worst"
(its worst case in words) and "score" (how bad that was, in seconds or a count). Without them a
test is one case, and its worst case is its own running time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FAMILIES = {  # name -> (title, what the family proves)
    "bad-database": ("Bad database files",
                     "each bad file, through the core, the CLI's --db, Ctrl+O and the window's "
                     "--db: one message naming the problem, the open database kept"),
    "hostile-search": ("Hostile search input",
                       "10,000 fixed hostile strings and hypothesis-generated ones through the "
                       "parser, the SQL builder, both answer paths and the search box"),
    "export-integrity": ("Export integrity",
                         "OWASP formula payloads, byte-identical round trips (generated hostile "
                         "text through the SQL-built lines), failures midway, a real full disk, "
                         "a file-size limit, unwritable destinations, and worker processes "
                         "cancelled or crashing"),
    "bundled-immutable": ("The bundled data is immutable",
                          "a full tour of the window, then the SHA-256 and the app's files"),
    "no-network": ("No network",
                   "sockets and name lookups refused for the whole run; the guard itself"),
    "settings-and-caches": ("Settings and caches",
                            "damaged, mismatched and unwritable settings and index caches"),
    "crash-safety": ("Crash safety", "SIGKILL at random moments while settings are written"),
    "unhandled-exceptions": ("Unhandled exceptions",
                             "a bug in a slot or a thread: logged, shown, survived"),
    "hostile-data": ("Hostile data in a database",
                     "every text field markup that names local files and links of other "
                     "schemes, 1 MB words, infinite coordinates, bad dates and numbers, bytes "
                     "that are not UTF-8, views in place of tables: the window driven through "
                     "every view under strace, and the CLI"),
    "hostile-import": ("Hostile import files",
                       "cells no number fits, other scripts' digits, UTF-16, JSON nested too "
                       "deeply, 200,000 columns, cells over the length limit, formulas in the "
                       "report, repeated ids, a killed import"),
    "odd-environments": ("Odd environments",
                         "no home folder, an ASCII locale, file names that are not UTF-8"),
    "query-budget": ("Searches that could run for ever",
                     "a statement past its time budget in the core, the window and the CLI, a "
                     "cancel by a newer search, an answer for a closed window, and hundreds of "
                     "OR'ed and excluded terms answering as the terms do one by one"),
    "cli-output": ("What the command line prints and writes",
                   "terminal control characters from data, strict JSON, numbers out of range, "
                   "export targets that are pipes, devices, read-only or too long, and "
                   "standard output"),
}


@dataclass
class Case:
    test: str  # file::name[parameters]
    family: str
    outcome: str  # passed, failed, skipped
    seconds: float
    cases: int = 1
    worst: str = ""
    score: float | None = None
    skip_reason: str = ""


@dataclass
class Family:
    name: str
    tests: list[Case] = field(default_factory=list)

    @property
    def run(self) -> list[Case]:
        return [case for case in self.tests if case.outcome != "skipped"]

    @property
    def tried(self) -> int:
        return sum(case.cases for case in self.run)

    @property
    def passed(self) -> int:
        return sum(case.cases for case in self.run if case.outcome == "passed")

    def worst(self) -> Case | None:
        """The worst case a test measured for itself; else the slowest test."""
        scored = [case for case in self.run if case.score is not None]
        if scored:
            return max(scored, key=lambda c: c.score or 0.0)
        return max(self.run, key=lambda c: c.seconds, default=None)


def read_junit(path: Path) -> tuple[list[Case], int]:
    """The reliability cases, and how many tests ran in all (each under the network guard)."""
    root = ElementTree.parse(path).getroot()
    cases, total = [], 0
    for element in root.iter("testcase"):
        outcome = ("failed" if element.find("failure") is not None
                   or element.find("error") is not None
                   else "skipped" if element.find("skipped") is not None else "passed")
        total += outcome != "skipped"
        properties = {p.get("name"): p.get("value") or ""
                      for p in element.iter("property")}
        if "family" not in properties:
            continue
        module = (element.get("classname") or "").replace(".", "/")
        skipped = element.find("skipped")
        cases.append(Case(
            test=f"{module}.py::{element.get('name')}", family=properties["family"],
            outcome=outcome, seconds=float(element.get("time") or 0),
            cases=int(properties.get("cases") or 1), worst=properties.get("worst", ""),
            score=float(properties["score"]) if properties.get("score") else None,
            skip_reason=(skipped.get("message") or "") if skipped is not None else ""))
    return cases, total


def families(cases: list[Case]) -> list[Family]:
    grouped = {name: Family(name) for name in FAMILIES}
    for case in cases:
        grouped.setdefault(case.family, Family(case.family)).tests.append(case)
    return list(grouped.values())


def render(groups: list[Family], total: int, command: str) -> str:
    lines = [
        "# Reliability", "",
        "What was tried to make Asylum Browser fail, and what happened. Generated by "
        f"`{command}` from a run of the test suite on {time.strftime('%Y-%m-%d')}; CI runs "
        "every one of these tests. Links go to the tests.", "",
        "| family | cases tried | passed | worst case seen | tests |",
        "| --- | ---: | ---: | --- | --- |",
    ]
    for group in groups:
        title, _ = FAMILIES.get(group.name, (group.name, ""))
        worst = group.worst()
        worst_text = "no case ran" if worst is None else (
            worst.worst or f"{short(worst.test)} took {worst.seconds:.2f} s")
        files = sorted({case.test.split("::")[0] for case in group.tests})
        links = ", ".join(f"[{Path(f).name}](../{f})" for f in files)
        share = ("n/a" if not group.tried else "100 %" if group.passed == group.tried
                 else f"{100 * group.passed / group.tried:.1f} %")  # never round up to 100
        lines.append(f"| {title} | {group.tried:,} | {group.passed:,} ({share}) | "
                     f"{escape(worst_text)} | {links} |")
    lines += ["", f"The network guard was on for all {total:,} tests of the run, not only "
              "the ones counted under No network.", "", "## What each family covers", ""]
    for group in groups:
        title, covers = FAMILIES.get(group.name, (group.name, ""))
        lines.append(f"### {title}")
        lines.append("")
        lines.append(f"{covers[0].upper()}{covers[1:]}." if covers else "")
        lines.append("")
        for case in group.tests:
            mark = {"passed": "passed", "failed": "**FAILED**",
                    "skipped": f"skipped ({case.skip_reason})"}[case.outcome]
            count = f", {case.cases:,} cases" if case.cases > 1 else ""
            lines.append(f"- `{short(case.test)}`: {mark}{count}")
        lines.append("")
    return "\n".join(lines)


def short(test: str) -> str:
    return test.split("::", 1)[1] if "::" in test else test


def escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def run_suite(junit: Path) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           f"--junitxml={junit}", "-o", "junit_family=xunit1"],
                          cwd=ROOT, env=env, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--junit", type=Path, help="use this JUnit XML instead of a new run")
    parser.add_argument("--write", type=Path, default=ROOT / "docs" / "RELIABILITY.md")
    arguments = parser.parse_args()
    junit = arguments.junit
    status = 0
    if junit is None:
        junit = Path(tempfile.mkdtemp()) / "junit.xml"
        status = run_suite(junit)
    cases, total = read_junit(junit)
    groups = families(cases)
    command = "python bench/reliability_report.py"
    arguments.write.write_text(render(groups, total, command), encoding="utf-8")
    failed = [case.test for case in cases if case.outcome == "failed"]
    print(f"wrote {arguments.write}: {sum(g.tried for g in groups):,} cases in "
          f"{len(groups)} families, {len(failed)} failed")
    return 1 if failed or status not in (0, 5) else 0


if __name__ == "__main__":
    sys.exit(main())
