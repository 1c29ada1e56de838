"""The package stays in small pieces (STYLE.md): no module over 500 lines, no class over 300.

Big modules and god classes are where rules get written twice; this keeps the split honest
as features land.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "asylum_browser"
MODULE_LIMIT = 500
CLASS_LIMIT = 300


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_is_over_500_lines() -> None:
    long = {str(p.relative_to(PACKAGE)): n for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LIMIT}
    assert not long, f"split these modules: {long}"


def test_no_class_is_over_300_lines() -> None:
    long = {}
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > CLASS_LIMIT:
                    long[f"{path.relative_to(PACKAGE)}:{node.name}"] = size
    assert not long, f"split these classes: {long}"
