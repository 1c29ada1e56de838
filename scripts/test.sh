#!/usr/bin/env bash
# Set up this checkout (first time only) and run everything CI runs: lint, types, import
# contracts and the whole test suite, headless. Extra arguments go to pytest.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_system_packages "$QT_PACKAGES"
ensure_venv dev
export QT_QPA_PLATFORM=offscreen
cd "$ROOT"
step() { printf '\n== %s\n' "$*"; }
step "ruff";          "$VENV/bin/ruff" check .
step "mypy";          "$VENV/bin/mypy"
step "import-linter"; "$VENV/bin/lint-imports" --no-cache
step "pytest";        "$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
