"""How many bytes the process read while something ran (Linux)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
PROC_IO = Path("/proc/self/io")
CAN_COUNT_READS = PROC_IO.exists()


def _rchar() -> int:
    for line in PROC_IO.read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


def bytes_read_during(action: Callable[[], T]) -> tuple[int, T | BaseException]:
    """(bytes read by any file read of this process while ``action`` ran,
    what it returned or raised).  Counts every read, whatever function made
    it, so a refactor of the reading code cannot hide one."""
    before = _rchar()
    try:
        outcome: T | BaseException = action()
    except Exception as e:  # noqa: BLE001 - handed to the caller
        outcome = e
    return _rchar() - before, outcome
