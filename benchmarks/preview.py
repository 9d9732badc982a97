"""Print how well the live preview keeps up with typing, on the M brief
(or the S or L brief: ``preview.py L``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/preview.py [S|M|L]

Drives the real main window offscreen, typing into the Background field
with key events from the event loop, the way a person types:

* first preview: from the window shown, and from the start of the
  process, to the first PDF on screen (the font cache is built beforehand,
  as on every start but the first; the worker process is started before Qt
  loads, as ``briefer`` does);
* after typing stops: from the last key of a burst to the preview showing
  the final text (the PDF is loaded and on screen), for quick bursts (a
  key every 80 ms) and at an everyday speed (a key every 200 ms, so renders
  run while the user types);
* during continuous typing (one key every 100 ms and every 350 ms): the
  longest wait between two preview updates, and before the first one;
* the longest time the UI thread was blocked (a 5 ms timer's longest gap
  beyond its interval, over the whole run).

Figures, not pass/fail; the goals of issue 13 are printed beside them.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = tempfile.mkdtemp(prefix="briefer-bench-")
for name in ("BRIEFER_DATA_DIR", "BRIEFER_CACHE_DIR"):
    os.environ.setdefault(name, os.path.join(_TMP, name.lower()))
sys.path.insert(0, str(Path(__file__).resolve().parent))



def warm_font_cache() -> None:
    """Build the cached font files once, in another process, so the first
    preview is timed as on every start but the very first."""
    code = "import sys; sys.path.insert(0, %r); from briefs import make_brief; " % str(Path(__file__).resolve().parent)
    code += ("from briefer.export.worker import render_pdf, warm_up_brief; from briefer.templates import default_template; "
             "[render_pdf(b, default_template()) for b in (warm_up_brief(), make_brief('M'))]")
    subprocess.run([sys.executable, "-c", code], check=True)


if __name__ == "__main__":  # not in the preview's worker process, which imports this module too
    SIZE = sys.argv[1] if len(sys.argv) > 1 else "M"
    if SIZE not in ("S", "M", "L"):
        sys.exit(f"benchmarks/preview.py: no brief of size {SIZE!r}; give S, M or L")
    warm_font_cache()
    _STARTED = time.perf_counter()  # as if the app started now
    from briefer.export.worker import WORKER

    WORKER.warm_up()  # as `briefer` does, before Qt loads
    import briefer.gui  # noqa: F401  (pydantic before PySide6)
    from briefs import make_brief
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QStandardPaths, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

GOAL_AFTER_MS = 300
GOAL_INTERVAL_MS = 1500
GOAL_BLOCK_MS = 50
TICK_MS = 5


class BlockMonitor:
    """A 5 ms timer on the UI thread; a late tick means the thread was busy."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.elapsed()
        if self.last:
            self.longest = max(self.longest, now - self.last - TICK_MS)
        self.last = now

    def reset(self) -> None:
        self.last, self.longest = 0, 0


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_ms: int = 30000) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not condition() and clock.elapsed() < timeout_ms:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        time.sleep(0.001)


def main(size: str = "M") -> None:
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Briefer")
    app.setApplicationName("Briefer-bench")
    from briefer.gui.main_window import MainWindow
    from briefer.gui.spellcheck import keep_out_of_the_collector

    window = MainWindow()
    window.files.open_example()
    window.doc.replace_brief(make_brief(size), f"{size} brief")
    window.resize(1400, 900)
    shown: list[float] = []
    snapshots: list[float] = []  # when the brief shown was copied for its render
    window.preview.rendered.connect(
        lambda *_: (shown.append(time.perf_counter()), snapshots.append(window.preview.snapshot_time or 0.0)))
    monitor = BlockMonitor()

    start = time.perf_counter()
    window.show()
    QTimer.singleShot(0, keep_out_of_the_collector)  # as the app does after its window is shown
    window.show_section("background")
    wait_until(lambda: bool(shown))
    first_ms = (shown[0] - start) * 1000
    first_from_start_ms = (shown[0] - _STARTED) * 1000
    wait_until(lambda: not window.preview.busy)
    pages = window.preview.page_count
    editor = window.editor("background").fields[("background",)].editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    first_block = monitor.longest
    monitor.reset()

    def type_keys(count: int, every_ms: int) -> tuple[float, float]:
        """Type ``count`` letters, one every ``every_ms``; return the times
        of the first and last key."""
        times: list[float] = []

        def one() -> None:
            QTest.keyClick(editor, "abcdefghij"[len(times) % 10])
            times.append(time.perf_counter())
            if len(times) < count:
                QTimer.singleShot(every_ms, one)

        QTimer.singleShot(0, one)
        wait_until(lambda: len(times) == count, timeout_ms=count * every_ms * 4 + 10000)
        return times[0], times[-1]

    # -- after typing stops --------------------------------------------------
    def after_bursts(keys: int, every_ms: int, bursts: int = 7) -> list[float]:
        after = []
        for _ in range(bursts):
            shown.clear()
            snapshots.clear()
            _first, last = type_keys(keys, every_ms)
            wait_until(lambda: not window.preview.busy)
            wait(50)  # let a late signal land
            # the first PDF on screen that holds the last key (a later exact
            # render of a page budget's guess shows the same text again)
            final = [t for t, snap in zip(shown, snapshots) if t > last and snap >= last]
            after.append((final[0] - last) * 1000 if final else float("nan"))
            wait(300)
        return after

    after = after_bursts(6, 80)
    after_everyday = after_bursts(12, 200)

    # -- continuous typing -----------------------------------------------------
    intervals = {}
    for every in (100, 350):
        shown.clear()
        snapshots.clear()
        first_key, last = type_keys(int(8000 / every), every)
        updates = [first_key] + [t for t in shown if t <= last]
        gaps = [(b - a) * 1000 for a, b in zip(updates, updates[1:])]
        intervals[every] = (max(gaps) if gaps else float("inf"), len(updates) - 1)
        wait_until(lambda: not window.preview.busy)
        wait(300)

    block = max(monitor.longest, 0)
    window.doc.undo_stack.setClean()
    window.preview.shutdown()
    window.close()

    print(f"Preview latency on the {size} brief ({pages} pages), offscreen, this machine:")
    print(f"  first preview after the window is shown   {first_ms:7.0f} ms   ({first_from_start_ms:.0f} ms from the start of the process)")
    for label, figures in (("a key every  80 ms", after), ("a key every 200 ms", after_everyday)):
        print(f"  after typing stops, {label} (median / worst of 7)   "
              f"{statistics.median(figures):5.0f} / {max(figures):.0f} ms   goal ≤ {GOAL_AFTER_MS} ms")
    for every, (longest, n) in intervals.items():
        print(f"  typing a key every {every} ms: longest wait  {longest:7.0f} ms ({n} updates in 8 s)"
              f"   goal ≤ {GOAL_INTERVAL_MS} ms")
    print(f"  longest UI-thread block while typing       {block:7.0f} ms   goal ≤ {GOAL_BLOCK_MS} ms"
          f"   (while starting up: {first_block} ms)")


if __name__ == "__main__":
    main(SIZE)
