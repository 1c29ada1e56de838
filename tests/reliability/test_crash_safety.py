"""Family 7: crash safety. A process killed with SIGKILL in the middle of writing settings
leaves the previous settings (or the new ones) readable, never a damaged file; the temporary
file it left is cleaned up at the next start."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from asylum_browser.gui.settings import Settings

pytestmark = [pytest.mark.reliability("crash-safety"),
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]
ROOT = Path(__file__).resolve().parents[2]

WRITER = r"""
import sys
from pathlib import Path
from asylum_browser.gui.settings import Settings
settings = Settings(Path(sys.argv[1]))
print("ready", flush=True)
generation = settings.get("generation", 0)  # carry on from what the last run saved
while True:  # every save is a whole new version, big enough to take a while to write
    generation += 1
    settings.set("generation", generation)
    settings.set("history", [f"query {generation} {i} " + "x" * 200 for i in range(400)])
    settings.save()
"""

KILLS = 25


def test_sigkill_during_settings_writes_never_leaves_a_damaged_file(
        tmp_path: Path, record_property: Callable[[str, object], None]) -> None:
    path = tmp_path / "settings.json"
    rng = random.Random(11)
    generations = []
    for _ in range(KILLS):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(path)],
                                   stdout=subprocess.PIPE, text=True,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert process.stdout is not None and process.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.02, 0.25))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        if path.exists():  # the first kill may come before the first save
            loaded = json.loads(path.read_text(encoding="utf-8"))
            assert loaded["history"][0].startswith(f"query {loaded['generation']} ")
            assert len(loaded["history"]) == 400
            generations.append(loaded["generation"])
        reopened = Settings(path)
        assert reopened.problem is None
        assert not list(tmp_path.glob(".settings-*.tmp"))  # leftovers cleaned at start
    assert len(generations) >= KILLS - 2 and generations == sorted(generations)
    record_property("cases", KILLS)
    record_property("worst", f"{KILLS} kills at random moments; every file read back whole "
                             f"(generations {generations[0]} to {generations[-1]})")
