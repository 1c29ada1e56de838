"""The app never opens a network connection: run every command with sockets blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from asylum_browser.cli import cli


@pytest.mark.reliability("no-network")
def test_every_command_works_with_the_network_blocked(no_network: None, tmp_path: Path) -> None:
    runner = CliRunner()
    for args in (["info"], ["search", "shenyang"], ["search", "북한 -school"],
                 ["facets", "host:china"], ["show", "2012-06-19-london-ecuador-embassy"],
                 ["export", "embassy", "-o", str(tmp_path / "x.csv")],
                 ["build-db", "-o", str(tmp_path / "built.sqlite")]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, (args, result.output, result.exception)


def test_a_closed_reader_ends_quietly() -> None:
    # `asylum-browser search ... | head -1` must end without an error when head exits.
    script = (
        "from asylum_browser.cli import main\n"
        "for _ in range(50):\n"
        "    try:\n"
        "        main(['search', '--format', 'json'])\n"
        "    except SystemExit as done:\n"
        "        if done.code:\n"
        "            raise\n"
    )
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        error = process.stderr.read().decode()
        code = process.wait(timeout=60)
    assert error == ""
    assert code == 1  # click's quiet exit for a closed pipe
