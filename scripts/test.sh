#!/usr/bin/env bash
# Set up this checkout (first time only) and run everything CI runs: lint, types, import
# contracts, the whole test suite headless, and the packaging check (build the frozen bundle,
# install its desktop entry, launch it as a double-click does). Extra arguments go to pytest
# and skip the packaging check, for quick targeted runs.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# The freedesktop validators and strace are for the desktop-entry and no-network checks.
ensure_system_packages "$QT_PACKAGES desktop-file-utils appstream strace"
ensure_venv dev
export QT_QPA_PLATFORM=offscreen
cd "$ROOT"
step() { printf '\n== %s\n' "$*"; }
step "ruff";          "$VENV/bin/ruff" check .
step "mypy";          "$VENV/bin/mypy"
step "import-linter"; "$VENV/bin/lint-imports" --no-cache
step "pytest";        "$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
if [ "$#" -eq 0 ]; then
  step "frozen bundle"; bash "$ROOT/packaging/test_frozen.sh"
fi
