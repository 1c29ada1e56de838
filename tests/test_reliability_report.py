"""bench/reliability_report.py turns a real JUnit file into docs/RELIABILITY.md's table."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_report() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reliability_report",
                                                  ROOT / "bench" / "reliability_report.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


TESTS = '''
import pytest

@pytest.mark.reliability("bad-database")
@pytest.mark.parametrize("n", [1, 2])
def test_param(n):
    assert n

@pytest.mark.reliability("hostile-search")
def test_many(record_property):
    record_property("cases", 500)
    record_property("worst", "slowest: 'x' | y")
    record_property("score", 0.25)

@pytest.mark.reliability("hostile-search")
def test_broken():
    assert False

@pytest.mark.reliability("crash-safety")
def test_skipped():
    pytest.skip("needs SIGKILL")

def test_plain():
    pass
'''


def test_a_real_junit_run_becomes_counts_per_family(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text(TESTS, encoding="utf-8")
    (tmp_path / "conftest.py").write_text('''
import pytest

@pytest.fixture(autouse=True)
def reliability_family(request, record_property):
    marker = request.node.get_closest_marker("reliability")
    if marker is not None:
        record_property("family", marker.args[0])
''', encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nmarkers =\n    reliability(family): x\n", encoding="utf-8")
    junit = tmp_path / "run.xml"
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                    f"--junitxml={junit}", "-o", "junit_family=xunit1"], cwd=tmp_path,
                   capture_output=True, check=False)
    report = load_report()
    cases, total = report.read_junit(junit)
    assert total == 5  # two params, three more; the skipped test is not counted as run
    groups = {group.name: group for group in report.families(cases)}
    assert (groups["bad-database"].tried, groups["bad-database"].passed) == (2, 2)
    hostile = groups["hostile-search"]
    assert (hostile.tried, hostile.passed) == (501, 500)
    assert hostile.worst() is not None and hostile.worst().worst == "slowest: 'x' | y"
    assert groups["crash-safety"].tried == 0 and groups["crash-safety"].tests[0].skip_reason
    text = report.render(list(groups.values()), total, "cmd")
    row = next(line for line in text.splitlines() if line.startswith("| Hostile search"))
    assert "| 501 | 500 (100 %) |" not in row and "| 501 | 500 (" in row
    assert "slowest: 'x' \\| y" in row and "[test_sample.py]" in row
    assert "**FAILED**" in text and "skipped (needs SIGKILL)" in text
