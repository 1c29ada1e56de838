"""Score the report extractor on the fixture reports, and time it (issue 18).

    python bench/extract_eval.py                  # tuning, held-out and unseen side by side
    python bench/extract_eval.py --passes 3 --no-cli
    python bench/extract_eval.py --show tuning    # each report's misses, to tune by

Each report in tests/fixtures/reports/{tuning,held_out,unseen}/ has NAME.txt (or .html) and
NAME.expected.json with the drafts a careful reader makes. The held-out reports were written
first and are never tuned against: only the tuning set may be shown with --show. The unseen
reports were written later by someone who never read the extractor or the other reports,
each retelling a real news report (their SOURCES.md), and were scored once before any change
made after reading them.

Drafts are paired with expected ones by sending state (and the year, when both have one).
Per field, a value is right when it equals the expected one; for the free-text fields
(entry_method, host_response, outcome) when its evidence overlaps the expected phrase.
A field the expected draft leaves out is not scored; null means the report does not say,
so a value there is a false positive. "incidents" counts drafts paired (precision) and
expected drafts found (recall); a draft made from a population figure or a total is an
unpaired draft. Linking is right when the paired draft's existing_id is the expected one
(null included), over every expected draft.

Then the time to extract a 1,000-word report (the English tuning reports joined): median
of several runs in-process, and of the whole `asylum-browser extract --json` process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from asylum_browser.core.engine.database import open_database  # noqa: E402
from asylum_browser.core.engine.repository import Repository  # noqa: E402
from asylum_browser.core.extract import Extraction, Extractor, read_report  # noqa: E402
from asylum_browser.core.extract.spans import fold  # noqa: E402

REPORTS = ROOT / "tests" / "fixtures" / "reports"
SETS = ("tuning", "held_out", "unseen")
HEADINGS = {"tuning": "tuning", "held_out": "held-out", "unseen": "unseen"}
SCORED = ("date_start", "city", "host_country", "sending_state", "mission_type",
          "people_count", "seekers_nationality", "entry_method", "host_response",
          "outcome_class")
FREE_TEXT = frozenset({"entry_method", "host_response", "outcome"})
TARGETS = {"incidents": (0.90, 0.90), "sending_state": (0.93, 0.93),
           "mission_type": (0.93, 0.93), "city": (0.92, 0.90), "date_start": (0.85, 0.80),
           "people_count": (0.90, 0.80)}


def fixtures(name: str) -> list[tuple[Path, dict[str, Any]]]:
    """(report file, expected) for every report of one set, in name order."""
    found = []
    for expected in sorted((REPORTS / name).glob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        report = next(p for p in expected.parent.glob(stem + ".*") if p != expected)
        found.append((report, json.loads(expected.read_text(encoding="utf-8"))))
    return found


def _pairable(got: dict[str, Any], want: dict[str, Any]) -> bool:
    if got.get("sending_state") != want.get("sending_state"):
        return False
    a, b = got.get("date_start"), want.get("date_start")
    return a is None or b is None or a[:4] == b[:4]


def pair(got: list[dict[str, Any]], wanted: list[dict[str, Any]]
         ) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    """Greedy pairing of drafts with expected drafts, in order; the rest stand alone."""
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    left = list(got)
    for want in wanted:
        match = next((g for g in left if _pairable(g, want) and g.get("role") == want["role"]),
                     None) or next((g for g in left if _pairable(g, want)), None)
        if match is not None:
            left.remove(match)
        pairs.append((match, want))
    pairs.extend((g, None) for g in left)
    return pairs


def _free_text_hit(text: str, got: dict[str, Any], field: str, phrase: str) -> bool:
    span = got.get("evidence", {}).get(field)
    if span is None:
        return False
    start = fold(text).find(fold(phrase))
    return start >= 0 and span["start"] < start + len(phrase) and span["end"] > start


class Score:
    """True and false positives and negatives per field, plus incidents and linking."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {f: [0, 0, 0] for f in ("incidents", *SCORED)}
        self.links = [0, 0]
        self.misses: list[str] = []

    def add(self, name: str, text: str, extraction: Extraction, expected: dict[str, Any]) -> None:
        got = [draft.to_json() for draft in extraction.drafts]
        for g, want in pair(got, expected["drafts"]):
            if want is None:
                self.counts["incidents"][1] += 1
                self.misses.append(f"{name}: extra draft {_brief(g)}")
                for field in SCORED:
                    if g and g.get(field) is not None:
                        self.counts[field][1] += 1
                continue
            self.links[1] += 1
            if g is None:
                self.counts["incidents"][2] += 1
                self.misses.append(f"{name}: missed {_brief(want)}")
                for field in SCORED:
                    if want.get(field) is not None:
                        self.counts[field][2] += 1
                continue
            self.counts["incidents"][0] += 1
            if g.get("existing_id") == want.get("existing_id"):
                self.links[0] += 1
            else:
                self.misses.append(f"{name}: linked {g.get('existing_id')} "
                                   f"not {want.get('existing_id')}")
            for field in SCORED:
                if field not in want:
                    continue
                self._field(name, text, field, g, want)

    def _field(self, name: str, text: str, field: str, g: dict[str, Any],
               want: dict[str, Any]) -> None:
        expected, value = want[field], g.get(field)
        if field in FREE_TEXT and expected is not None:
            right = _free_text_hit(text, g, field, expected)
        else:
            right = value == expected
        if right and expected is not None:
            self.counts[field][0] += 1
            return
        if value is not None and not right:
            self.counts[field][1] += 1
        if expected is not None and not right:
            self.counts[field][2] += 1
        if not right:
            self.misses.append(f"{name}: {field} {value!r} not {expected!r}")

    def precision_recall(self, field: str) -> tuple[float, float]:
        tp, fp, fn = self.counts[field]
        return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)

    def linking(self) -> float:
        return self.links[0] / self.links[1] if self.links[1] else 1.0


def _brief(draft: dict[str, Any] | None) -> str:
    if draft is None:
        return "-"
    return "/".join(str(draft.get(k)) for k in ("role", "sending_state", "mission_type",
                                                 "city", "date_start", "people_count"))


def score_set(extractor: Extractor, name: str) -> Score:
    score = Score()
    for path, expected in fixtures(name):
        report = read_report(path)
        extraction = extractor.extract(report.text, published=report.published)
        score.add(path.stem, report.text, extraction, expected)
    return score


def thousand_words() -> str:
    """The English tuning reports joined until they pass 1,000 words."""
    parts: list[str] = []
    words = 0
    paths = [p for p, e in fixtures("tuning") if e["language"] == "en" and p.suffix == ".txt"]
    while words < 1000:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            parts.append(text)
            words += len(text.split())
            if words >= 1000:
                break
    return "\n\n".join(parts)


def median_seconds(run: Any, passes: int) -> float:
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--passes", type=int, default=7, help="timed runs of each kind")
    parser.add_argument("--no-cli", action="store_true", help="skip the whole-process timing")
    parser.add_argument("--show", choices=["tuning"], help="list the tuning set's misses")
    args = parser.parse_args(argv)
    extractor = Extractor.from_repository(Repository(open_database()))
    sets = [name for name in SETS if fixtures(name)]
    scores = {name: score_set(extractor, name) for name in sets}
    print("Report extractor on " + ", ".join(
        f"{len(fixtures(name))} {HEADINGS[name]}" for name in sets)
        + " reports (precision / recall)\n")
    print(f"| {'field':<20} | " + " | ".join(f"{HEADINGS[name]:>13}" for name in sets)
          + " | target |")
    print(f"| {'-' * 20} | " + " | ".join("-" * 13 for _ in sets) + " | ------ |")
    for field in ("incidents", *SCORED):
        cells = []
        for name in sets:
            p, r = scores[name].precision_recall(field)
            cells.append(f"{p:.2f} / {r:.2f}")
        target = TARGETS.get(field)
        goal = f"{target[0]:.2f} / {target[1]:.2f}" if target else ""
        print(f"| {field:<20} | " + " | ".join(f"{cell:>13}" for cell in cells)
              + f" | {goal} |")
    print(f"| {'linking accuracy':<20} | " + " | ".join(
        f"{scores[name].linking():>13.2f}" for name in sets) + " | 0.90 |")
    if args.show:
        print("\nTuning misses:")
        for line in scores["tuning"].misses:
            print("  " + line)
    text = thousand_words()
    in_process = median_seconds(lambda: extractor.extract(text), args.passes)
    print(f"\nextract a {len(text.split()):,}-word report: median {in_process * 1000:.1f} ms "
          f"in-process over {args.passes} runs (target < 500 ms)")
    if not args.no_cli:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "report.txt"
            path.write_text(text, encoding="utf-8")
            command = [sys.executable, "-m", "asylum_browser", "extract", str(path), "--json"]
            env = {**os.environ, "PYTHONPATH": str(ROOT)}

            def whole() -> None:
                subprocess.run(command, check=True, capture_output=True, env=env)

            cli = median_seconds(whole, max(1, args.passes // 2))
            print(f"whole `asylum-browser extract --json` process: median {cli:.2f} s over "
                  f"{max(1, args.passes // 2)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
