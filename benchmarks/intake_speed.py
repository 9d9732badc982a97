"""How long drafting takes for 100 kB of text (issue 17: under 2 s), and
for hostile text of the same size.  Figures, not pass/fail.

    .venv/bin/python benchmarks/intake_speed.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from briefer.intake import draft_from_text

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "intake"
SIZE = 100 * 1024


def _articles() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    body = "\n\n".join(parts)
    return (body + "\n\n") * (SIZE // len(body) + 1)


CASES = {
    "articles (real prose, repeated)": _articles()[:SIZE],
    "one line, no full stops": ("President Minister risk loom " * SIZE)[:SIZE],
    "full stops only": ("." * SIZE),
    "capitalised words": ("Abc " * SIZE)[:SIZE],
    "dates everywhere": ("On Monday 10 November 2025 and March 2026, 2024. " * SIZE)[:SIZE],
}


def main() -> None:
    draft_from_text("Warm-up: dateparser loads its data once. On Monday 3 March 2026 the risk rose.")
    for name, text in CASES.items():
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            draft = draft_from_text(text)
            times.append(time.perf_counter() - t0)
        print(f"{name:<34} {len(text) / 1024:6.0f} kB  {statistics.median(times) * 1000:7.0f} ms  "
              f"({len(draft.proposals)} proposals)  target < 2000 ms")


if __name__ == "__main__":
    main()
