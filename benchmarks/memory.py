"""Peak memory of exporting large briefs (issue 11, item 8).

Each case runs in a fresh process (``ru_maxrss`` is a high-water mark) that
builds a brief of the given shape and size, checks that the file format's
limits admit it, and exports it to PDF and to Word in memory.  Prints one
line per case: shape, size, file size, peak RSS, seconds.

    .venv/bin/python benchmarks/memory.py                 # the default cases
    .venv/bin/python benchmarks/memory.py participants 5000

Not a test: figures depend on the machine.  Results go to
``benchmarks/memory.md``.
"""

from __future__ import annotations

import subprocess
import sys
import time

CHILD = r"""
import io, resource, sys, time
from briefer.model import Brief
from briefer.model.fileformat import brief_from_bytes, brief_to_bytes
from briefer.export import export_brief

shape, n, fmt = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if shape == "participants":
    brief = Brief(title="Big", participants=[
        {"name": f"Participant {i} with a longish name", "title": "Deputy Director-General for Something",
         "organization": "Ministry of Foreign Affairs and International Cooperation"} for i in range(n)])
elif shape == "key_points":
    brief = Brief(title="Big", key_points=[{"point": f"Point {i}", "detail": "Detail of the point. " * 5} for i in range(n)])
elif shape == "worst":  # both limits at once: every entry carries its share of the text
    brief = Brief(title="Big", key_points=[{"point": f"Point {i}", "detail": "Detail of the point. " * 23} for i in range(n)])
elif shape == "text":
    brief = Brief(title="Big", summary="\n\n".join("A paragraph of the summary, " * 18 for _ in range(n)))
else:
    raise SystemExit(f"unknown shape {shape}")
data = brief_to_bytes(brief)
brief = brief_from_bytes(data).brief  # what the limits admit on open
t0 = time.perf_counter()
export_brief(brief, io.BytesIO(), fmt)
seconds = time.perf_counter() - t0
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{shape} {n} {fmt} file={len(data) / 1e6:.1f}MB peak={peak_mb:.0f}MB export={seconds:.1f}s")
"""

DEFAULT_CASES = [
    ("participants", 8000),  # MAX_LIST_ENTRIES
    ("text", 7900),  # just under MAX_TEXT_CHARS
    ("worst", 7900),  # both at once
]


def run(shape: str, n: int, fmt: str) -> str:
    done = subprocess.run([sys.executable, "-c", CHILD, shape, str(n), fmt], capture_output=True, text=True)
    if done.returncode != 0:
        return f"{shape} {n} {fmt} refused or failed: {done.stderr.strip().splitlines()[-1]}"
    return done.stdout.strip()


def main(argv: list[str]) -> None:
    cases = [(argv[0], int(argv[1]))] if len(argv) >= 2 else DEFAULT_CASES
    for shape, n in cases:
        for fmt in ("pdf", "docx"):
            t0 = time.perf_counter()
            print(run(shape, n, fmt), f"(wall {time.perf_counter() - t0:.1f}s)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
