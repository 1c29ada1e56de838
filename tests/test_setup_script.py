"""The setup both quick-start scripts share: what a newcomer sees on a first run.

Installer chatter (pip's notes on configured indexes that lack a package, apt's note on
apt-utils) reads as failure to someone new, so it is kept back unless the installer fails, and
then it is shown whole, since that is when it matters.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETUP = ROOT / "scripts" / "setup.sh"


def _bash(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f'source "{SETUP}"\n{script}'],
        capture_output=True, text=True, timeout=60, check=False,
    )


def test_a_successful_installer_prints_nothing() -> None:
    done = _bash("quietly sh -c 'echo WARNING: Location is ignored; echo noise >&2'; echo after")
    assert done.returncode == 0
    assert done.stdout == "after\n"
    assert done.stderr == ""


def test_a_failing_installer_shows_everything_it_said_and_its_exit_status() -> None:
    done = _bash("quietly sh -c 'echo resolving; echo no matching distribution >&2; exit 3' "
                 "|| echo \"status $?\"")
    assert done.stdout == "status 3\n"
    assert "this failed (exit 3)" in done.stderr
    assert "resolving" in done.stderr
    assert "no matching distribution" in done.stderr


def test_every_installer_call_in_setup_goes_through_quietly() -> None:
    lines = [line.strip() for line in SETUP.read_text(encoding="utf-8").splitlines()]
    installs = [line for line in lines
                if ("pip install" in line or "apt-get install" in line or "apt-get update" in line
                    or "-m venv" in line)
                and not line.startswith(("#", "say "))]
    assert installs, "setup.sh no longer installs anything?"
    assert all(line.startswith("quietly ") for line in installs), installs


def test_run_and_test_scripts_share_one_set_of_extras() -> None:
    # Two sets in one .venv made each script reinstall after the other.
    for script in ("run.sh", "test.sh"):
        text = (ROOT / "scripts" / script).read_text(encoding="utf-8")
        calls = [line.strip() for line in text.splitlines() if "ensure_venv" in line]
        assert calls == ["ensure_venv"], (script, calls)
    assert 'VENV_EXTRAS="dev,build,package"' in SETUP.read_text(encoding="utf-8")
