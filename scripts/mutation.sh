#!/usr/bin/env bash
# Mutation testing of asylum_browser/core/query/ and core/engine/ with mutmut (not part of CI).
# mutmut copies the package into mutants/, makes each small change (a flipped comparison, a
# changed constant, a dropped argument) and runs the tests that reach it; a mutant the tests
# do not notice "survives". The settings are [tool.mutmut] in pyproject.toml; the score and the
# survivors we accept are in docs/TESTING.md.
#   bash scripts/mutation.sh            a fresh run, then the score
#   bash scripts/mutation.sh --resume   carry on from the last run's mutants/
# Afterwards: .venv/bin/mutmut results (the survivors), .venv/bin/mutmut show NAME (the diff).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH  # the mutated copy in mutants/ must be the code the tests import
if [ "${1:-}" != "--resume" ]; then rm -rf mutants; fi
started=$SECONDS
"$VENV/bin/mutmut" run --max-children "$(nproc)" >mutants.log 2>&1 || {
  tail -c 3000 mutants.log; exit 1; }
"$VENV/bin/mutmut" export-cicd-stats >/dev/null
"$VENV/bin/python" - "$((SECONDS - started))" <<'PY'
import json
import sys

stats = json.load(open("mutants/mutmut-cicd-stats.json"))
killed = stats["killed"] + stats["timeout"] + stats.get("segfault", 0)
counted = stats["total"] - stats.get("skipped", 0)
print(f"mutation run: {stats['total']} mutants in {int(sys.argv[1])} s; killed {killed}, "
      f"survived {stats['survived']}, reached by no test {stats['no_tests']}, "
      f"suspicious {stats['suspicious']}; score {100 * killed / max(counted, 1):.1f} %")
PY
