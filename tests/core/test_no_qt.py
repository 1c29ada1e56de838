"""The core, the CLI and paths must run where Qt is absent: prove nothing imports it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE_MODULES = [
    "asylum_browser.paths", "asylum_browser.cli",
    *(f"asylum_browser.core.{p.stem}" for p in
      sorted((Path(__file__).resolve().parents[2] / "asylum_browser" / "core").glob("*.py"))),
]


def test_core_cli_and_paths_import_without_qt() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "from asylum_browser.core.engine.database import open_database\n"
        "from asylum_browser.core.engine.repository import Repository\n"
        "from asylum_browser.core.query.parser import parse_query\n"
        "Repository(open_database()).ids_for(parse_query('shenyang'))\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:' + ','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "QT:", result.stdout


def test_this_test_package_imports_no_qt() -> None:
    # tests/core runs in the same process as the rest of the suite, so check its own sources.
    for path in Path(__file__).parent.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        qt = "PySide" + "6"
        assert f"import {qt}" not in text and f"from {qt}" not in text, path.name
