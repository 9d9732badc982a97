"""What HarfBuzz shaping costs the M brief's PDF export: CPU time per
export with shaping as shipped and with shaping turned off, interleaved so a
busy machine weighs on both alike.

    .venv/bin/python benchmarks/shaping.py

Figures, not pass/fail.  CPU time (``time.process_time``), not wall time:
on a shared machine the wall time mostly measures the other processes.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefs import make_brief  # noqa: E402

import briefer.export.pdf_text as pdf_text  # noqa: E402
from briefer.export import export_brief  # noqa: E402


def _median_cpu_ms(brief: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.process_time()
        export_brief(brief, io.BytesIO(), "pdf")
        times.append((time.process_time() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    brief = make_brief("M")
    shipped = pdf_text.needs_shaping
    _median_cpu_ms(brief, 2)  # fonts registered, caches warm
    on: list[float] = []
    off: list[float] = []
    for _ in range(5):
        pdf_text.needs_shaping = shipped
        on.append(_median_cpu_ms(brief, 3))
        pdf_text.needs_shaping = lambda plain: False
        off.append(_median_cpu_ms(brief, 3))
    pdf_text.needs_shaping = shipped
    print(f"M brief to PDF, CPU ms, median of 5×3: shaping {statistics.median(on):.0f}, without {statistics.median(off):.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
