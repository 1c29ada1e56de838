"""List every sourcing problem in the records (docs/data.md, "Verification").

    .venv/bin/python scripts/check_sources.py [RECORDS_DIR] [--only ID_PREFIX...]

Exit status 1 when any problem is found. The tests insist on none for the bundled records.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from asylum_browser.core.dataset.records import load_records
from asylum_browser.core.dataset.verification import dataset_problems
from asylum_browser.paths import records_dir

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    only = argv[argv.index("--only") + 1:] if "--only" in argv else []
    positional = argv[:argv.index("--only")] if "--only" in argv else argv
    folder = Path(positional[0]) if positional else records_dir()
    people = folder / "people.toml"
    public = ([p["name"] for p in tomllib.loads(people.read_text(encoding="utf-8"))["people"]
               if p["role"] == "seeker"] if people.exists() else [])
    problems = dataset_problems(load_records(folder), ROOT / "tests/fixtures/research-notes",
                                public)
    if only:
        problems = [p for p in problems if p.startswith(tuple(only))]
    for line in problems:
        print(line)
    print(f"{len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
