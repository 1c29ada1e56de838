"""Write an export's lines in worker processes, which take turns by chunk.

Why processes: SQLite builds the lines (core/export/csvlines.py), and two threads of one process do
not build them faster than one (measured: the sqlite3 module takes the GIL back between rows,
and SQLite's memory statistics take one global mutex per allocation). Separate processes scale
with the cores.

The rows are cut into chunks of CHUNK_ROWS; worker k builds chunks k, k + n, k + 2n, ... and
sends each through its stdout as ``rows bytes`` on a line, then the bytes. This process reads
the chunks in order and writes them to the target, so nothing is written twice, no temporary
part files take disk space, and the workers keep building while one chunk is being copied.
Progress and cancel are checked between chunks (a chunk takes well under 0.1 s to build).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import IO

import numpy as np

from asylum_browser.core.export.csvlines import WORKER_WORD, LinePlan

CHUNK_ROWS = 5000
MAX_WORKERS = 4


class WorkersCancelled(Exception):
    """The progress callback asked to stop; the workers were killed."""


class WorkerFailed(Exception):
    """A worker could not do its share (or could not start); the caller writes the rows in
    its own process instead."""


def default_workers(rows: int, minimum_rows: int) -> int:
    """One worker per core (at most four) for big exports; below ``minimum_rows``, 1 (this
    process writes)."""
    if rows < minimum_rows:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def worker_command() -> list[str]:
    """How to start ``asylum-browser _export-part``, from a pip install or a frozen bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_WORD]
    return [sys.executable, "-m", "asylum_browser", WORKER_WORD]


def write_parallel(uri: str, plan: LinePlan, seqs: Sequence[int], target: IO[bytes],
                   workers: int, progress: Callable[[int], bool] | None = None) -> int:
    """Write the lines of ``seqs`` (in order) to ``target`` using ``workers`` processes.

    Raises OSError when the target cannot be written, WorkersCancelled when ``progress``
    returns False, and WorkerFailed for anything that went wrong in a worker.
    """
    order = np.asarray(seqs, dtype=np.int64)
    chunks = [order[start:start + CHUNK_ROWS] for start in range(0, len(order), CHUNK_ROWS)]
    workers = max(1, min(workers, len(chunks)))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for _ in range(workers):  # all start at once; each reads its job when it is up
            try:
                processes.append(subprocess.Popen(
                    worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0)))
            except OSError as error:
                raise WorkerFailed(f"could not start a worker: {error}") from None
        for index, process in enumerate(processes):
            mine = chunks[index::workers]
            job = {"uri": uri, "plan": plan.to_json(), "chunk_rows": CHUNK_ROWS,
                   "count": sum(len(chunk) for chunk in mine)}
            assert process.stdin is not None
            try:
                process.stdin.write(json.dumps(job).encode("utf-8") + b"\n")
                for chunk in mine:
                    process.stdin.write(chunk.tobytes())
                process.stdin.close()
            except OSError:  # the worker died before reading its job
                raise WorkerFailed(_failure(process)) from None
        written = 0
        for number in range(len(chunks)):
            if progress is not None and not progress(written):
                raise WorkersCancelled
            process = processes[number % workers]
            assert process.stdout is not None
            head = process.stdout.readline().split()
            if len(head) != 2 or not all(part.isdigit() for part in head):
                raise WorkerFailed(_failure(process))
            rows, size = int(head[0]), int(head[1])
            data = process.stdout.read(size)
            if len(data) != size:
                raise WorkerFailed(_failure(process))
            target.write(data)
            written += rows
        return written
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
            process.wait()
            for stream in (process.stdin, process.stdout, process.stderr):
                if stream is not None:
                    stream.close()


def _failure(process: subprocess.Popen[bytes]) -> str:
    """What a worker that stopped early said, once it has ended."""
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    message = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    return f"a worker ended with code {process.returncode}: {message.strip()[-500:]}"
