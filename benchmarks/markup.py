"""Time to parse pathological long-text markup (issue 11, item 7).

    .venv/bin/python benchmarks/markup.py

Prints the time to parse and word-count 400 kB of unclosed ``**`` and of
ordinary text with bold.  Results go to ``benchmarks/markup.md``.
"""

from __future__ import annotations

import time

from briefer.model.text import parse_long_text, word_count

CASES = {
    "400 kB of unclosed **": "x **y " * 66_667,
    "400 kB of closed **bold**": "a **bold** word " * 25_000,
}


def main() -> None:
    for name, text in CASES.items():
        t0 = time.perf_counter()
        parse_long_text(text)
        word_count(text)
        print(f"{name}: parse + word count {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
