"""Print the spell checker's figures: dictionary load time and the longest
pause it causes to another thread while loading in the background, checking
speed, the cost per key press in a long paragraph of the app, and the time
to make suggestions.

    .venv/bin/python benchmarks/spelling.py

Figures, not pass/fail (a busy machine must not fail a test); the README's
"Writing: spelling and formatting" quotes them.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _longest_wait(seconds: float) -> float:
    """The longest a 5 ms sleep of this thread takes, over ``seconds``: what
    the machine itself adds (other processes), to read the figures against."""
    gaps = []
    last = end = time.perf_counter()
    end += seconds
    while last < end:
        time.sleep(0.005)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    return max(gaps)


def _loading() -> None:
    from briefer.spelling import load_dictionary

    print(f"baseline, nothing loading: longest wait of the main thread {_longest_wait(1.0) * 1000:.1f} ms "
          "(a 5 ms sleep; the machine's own noise)")
    for name in ("en", "fr", "ar"):
        done = threading.Event()
        took: list[float] = []

        def load(name: str = name) -> None:
            start = time.perf_counter()
            load_dictionary(name)
            took.append(time.perf_counter() - start)
            done.set()

        gaps = []
        last = time.perf_counter()
        threading.Thread(target=load).start()
        while not done.is_set():
            time.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
        print(f"load {name}: {took[0] * 1000:.0f} ms in the background; longest wait of the main thread "
              f"{max(gaps) * 1000:.1f} ms (a 5 ms sleep)")


def _checking() -> None:
    from briefer.spelling import Dictionaries, SpellChecker, UserWords

    dictionaries = Dictionaries()
    checker = SpellChecker(dictionaries.load_now, UserWords(Path(tempfile.mkdtemp()) / "words.txt"), "en-GB")
    for name in ("en", "fr", "ar"):
        dictionaries.load_now(name)
    text = (ROOT / "README.md").read_text("utf-8")
    words = len(text.split())
    checker.misspellings(text)
    runs = []
    for _ in range(5):
        checker.forget()
        start = time.perf_counter()
        checker.misspellings(text)
        runs.append(time.perf_counter() - start)
    print(f"check the README ({words} words), nothing remembered: {statistics.median(runs) * 1000:.0f} ms, "
          f"{statistics.median(runs) / words * 1e6:.0f} µs a word")
    for language, word in (("en-GB", "goverment"), ("en-GB", "seperatly"), ("en-GB", "internationalizaton"),
                           ("fr", "gouvernemment"), ("ar", "المالبة")):
        checker.language = language
        start = time.perf_counter()
        found = checker.suggestions(word)
        print(f"suggestions for {word!r} ({language}): {(time.perf_counter() - start) * 1000:.0f} ms → {found[:3]}")


_TYPING = r"""
import json, statistics, time, sys
import briefer.gui
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.gui.editors.fields import BoundField
from briefer.gui.spellcheck import spell_service
from briefer.model import Brief
words = open(sys.argv[1], encoding="utf-8").read().split()
text = "\n\n".join(" ".join(words[i:i + 300]) for i in range(0, 6000, 300))
doc = EditSession(Brief(title="T", background=text))
page = create_editor("background", doc)
page.resize(900, 700)
page.show()
spell_service().wait_until_loaded()
field = next(f for f in page.findChildren(BoundField) if tuple(f.path or ()) == ("background",))
edit = field.editor
start = time.perf_counter(); field.spelling.rehighlight(); whole = time.perf_counter() - start
edit.setFocus()
out = {"whole_ms": whole * 1000}
for label in ("on", "off"):
    spell_service().set_enabled(label == "on")
    cursor = edit.textCursor(); cursor.setPosition(150); edit.setTextCursor(cursor)
    times = []
    for ch in "quick brown foxes jumped over the lazy dog":
        start = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Space if ch == " " else ch)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    out[label] = [statistics.median(times), max(times)]
print(json.dumps(out))
"""


def _typing() -> None:
    import subprocess

    scratch = tempfile.mkdtemp(prefix="briefer-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFER_DATA_DIR=scratch, BRIEFER_CONFIG_DIR=scratch,
               XDG_CONFIG_HOME=scratch)
    out = subprocess.run([sys.executable, "-c", _TYPING, str(ROOT / "README.md")], capture_output=True, text=True,
                         env=env, timeout=300, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"underline a 6,000-word field at once (a language change): {figures['whole_ms']:.0f} ms")
    print(f"a key press in a 300-word paragraph, spell check on: median {figures['on'][0]:.1f} ms, "
          f"longest {figures['on'][1]:.1f} ms; off: median {figures['off'][0]:.1f} ms, longest {figures['off'][1]:.1f} ms")


def main() -> int:
    sys.path.insert(0, str(ROOT))
    _loading()
    _checking()
    _typing()
    return 0


if __name__ == "__main__":
    sys.exit(main())
