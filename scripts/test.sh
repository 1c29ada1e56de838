#!/usr/bin/env bash
# Set up this checkout (first time only) and run everything CI runs: lint, types, import
# contracts, the whole test suite headless, and the packaging check (build the frozen bundle,
# install its desktop entry, launch it as a double-click does). Extra arguments go to pytest
# and skip the packaging check, for quick targeted runs.
#
# The packaging check runs beside the tests: neither reads what the other writes (the bundle
# goes to dist/ and build/, the tests to temporary folders). The tests run in TEST_WORKERS
# pytest-xdist processes (2; 0 runs them in this process); docs/TESTING.md has the timings
# that chose both.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# The freedesktop validators and strace are for the desktop-entry and no-network checks.
ensure_system_packages "$QT_PACKAGES desktop-file-utils appstream strace"
ensure_venv
export QT_QPA_PLATFORM=offscreen
cd "$ROOT"
step() { printf '\n== %s\n' "$*"; }
step "ruff";          "$VENV/bin/ruff" check .
step "mypy";          "$VENV/bin/mypy"
step "import-linter"; "$VENV/bin/lint-imports" --no-cache --no-logo
frozen_pid=""
if [ "$#" -eq 0 ]; then
  frozen_log="$(mktemp)"
  trap 'rm -f "$frozen_log"' EXIT
  bash "$ROOT/packaging/test_frozen.sh" >"$frozen_log" 2>&1 &
  frozen_pid=$!
fi
step "pytest"
tests=0
"$VENV/bin/python" -m pytest -q -p no:cacheprovider -n "${TEST_WORKERS:-2}" "$@" || tests=$?
if [ -n "$frozen_pid" ]; then
  step "frozen bundle"
  frozen=0
  wait "$frozen_pid" || frozen=$?
  cat "$frozen_log"
  [ "$frozen" -eq 0 ] || exit "$frozen"
fi
exit "$tests"
