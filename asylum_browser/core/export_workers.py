"""Write an export's lines in worker processes, each a contiguous share of the rows.

Why processes: SQLite builds the lines (core/csvlines.py), and two threads of one process do
not build them faster than one (measured: the sqlite3 module takes the GIL back between rows,
and SQLite's memory statistics take one global mutex per allocation). Separate processes scale
with the cores. Each worker writes its share to a part file beside the target; the parts are
appended to the target in order only after every worker has succeeded, so a failure or a
cancel leaves nothing behind but a folder this module removes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

import numpy as np

from asylum_browser.core.csvlines import WORKER_WORD, LinePlan

POLL_SECONDS = 0.05  # how often progress is reported and cancel is checked
MAX_WORKERS = 4


class WorkersCancelled(Exception):
    """The progress callback asked to stop; the workers were killed."""


class WorkerFailed(Exception):
    """A worker could not do its share for a reason other than the disk (or could not start);
    the caller writes the rows in its own process instead."""


def default_workers(rows: int, minimum_rows: int) -> int:
    """One worker per core (at most four) for big exports; none below ``minimum_rows``."""
    if rows < minimum_rows:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def worker_command() -> list[str]:
    """How to start ``asylum-browser _export-part``, from a pip install or a frozen bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_WORD]
    return [sys.executable, "-m", "asylum_browser", WORKER_WORD]


def write_parallel(uri: str, plan: LinePlan, seqs: Sequence[int], target: IO[bytes],
                   folder: Path, workers: int,
                   progress: Callable[[int], bool] | None = None) -> int:
    """Write the lines of ``seqs`` (in order) to ``target`` using ``workers`` processes.

    Raises OSError for a disk error in a worker (with its errno), WorkersCancelled when
    ``progress`` returns False, and WorkerFailed for anything else.
    """
    work = Path(tempfile.mkdtemp(prefix=".export-parts.", dir=folder))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        shares = np.array_split(np.asarray(seqs, dtype=np.int64), workers)
        done = [0] * len(shares)
        readers = []
        for index, share in enumerate(shares):
            (work / f"{index}.seqs").write_bytes(share.tobytes())
            (work / f"{index}.json").write_text(_job(uri, plan, work, index), encoding="utf-8")
            with open(work / f"{index}.err", "wb") as errors:
                try:
                    process = subprocess.Popen(
                        [*worker_command(), str(work / f"{index}.json")],
                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors,
                        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
                except OSError as error:
                    raise WorkerFailed(f"could not start a worker: {error}") from None
            processes.append(process)
            reader = threading.Thread(target=_read_progress, args=(process, done, index),
                                      daemon=True)
            reader.start()
            readers.append(reader)
        _wait(processes, done, progress)
        for reader in readers:
            reader.join()
        for index, process in enumerate(processes):
            if process.returncode != 0:
                _raise_failure(process.returncode, (work / f"{index}.err").read_text(
                    encoding="utf-8", errors="replace").strip())
        target.flush()
        for index in range(len(shares)):
            with open(work / f"{index}.csv", "rb") as part:
                shutil.copyfileobj(part, target, 1 << 20)
        return sum(done)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
            with contextlib.suppress(Exception):
                process.wait()
            if process.stdout is not None:
                process.stdout.close()
        shutil.rmtree(work, ignore_errors=True)


def _job(uri: str, plan: LinePlan, work: Path, index: int) -> str:
    import json

    return json.dumps({"uri": uri, "plan": plan.to_json(), "seqs": str(work / f"{index}.seqs"),
                       "out": str(work / f"{index}.csv")})


def _read_progress(process: subprocess.Popen[bytes], done: list[int], index: int) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        with contextlib.suppress(ValueError):
            done[index] = int(line)


def _wait(processes: Sequence[subprocess.Popen[bytes]], done: list[int],
          progress: Callable[[int], bool] | None) -> None:
    """Wait for every worker, asking ``progress`` (cancel) before each poll."""
    for process in processes:
        while True:
            if progress is not None and not progress(sum(done)):
                for each in processes:
                    each.kill()
                raise WorkersCancelled
            try:
                process.wait(timeout=POLL_SECONDS)
                break
            except subprocess.TimeoutExpired:
                continue


def _raise_failure(code: int, message: str) -> None:
    number, _, text = message.partition(" ")
    if code == 3 and number.isdigit():  # an OSError in the worker: "errno text"
        raise OSError(int(number), text)
    raise WorkerFailed(f"a worker ended with code {code}: {message[-500:]}")
