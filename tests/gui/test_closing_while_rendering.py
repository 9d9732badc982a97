"""Closing a window while its preview or a thumbnail is being made never
hangs the app.

The full test suite once hung for good: a window from an earlier test was
deleted (a deferred delete) inside ``qtbot.waitActive`` — a native Qt wait
that keeps the interpreter lock — while its preview was still rendering.
The preview's ``QThreadPool`` waited for its render thread in its
destructor, and the render thread waited for the interpreter lock.  Each
case runs in a child process with a time limit, so a hang fails the test
instead of stopping the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from briefer.gui.preview import PreviewPane
from briefer.model import Brief

HEADER = """
import os, sys, threading, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import briefer.gui
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
started, finished = threading.Event(), threading.Event()

def slow(*args):
    started.set()
    time.sleep(0.5)  # the window is deleted meanwhile; then this thread needs the interpreter lock
    finished.set()
    return SLOW_RESULT

window = QWidget()
"""

FOOTER = """
assert started.wait(20), "the work never started"
window.deleteLater()
QTest.qWait(300)  # keeps the interpreter lock, and runs the deferred delete
deadline = time.monotonic() + 20
while not finished.is_set() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.02)
for _ in range(5):
    app.processEvents()  # the answer for the deleted window arrives and is dropped
    time.sleep(0.02)
print("closed while working")
"""

CASES = {
    "preview": """
from briefer.gui.preview import PreviewPane
from briefer.model import Brief
SLOW_RESULT = (b"", 0, None)
pane = PreviewPane(window, render=lambda brief, cancel: slow(), delay_ms=0)
pane.set_brief_source(lambda: Brief(title="Closing"))
pane.refresh_now()
""",
    "thumbnails": """
from briefer.gui import thumbnails
from briefer.templates import builtin_library
from PySide6.QtGui import QImage
SLOW_RESULT = QImage()
thumbnails.render_thumbnail = lambda template, width: slow()
loader = thumbnails.ThumbnailLoader(window)
loader.request(next(iter(builtin_library().entries()))[0])
""",
}


@pytest.mark.parametrize("work", sorted(CASES))
def test_deleting_a_window_while_it_works_in_the_background_does_not_hang(work, tmp_path):
    script = HEADER + textwrap.dedent(CASES[work]) + FOOTER
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=tmp_path, env=dict(os.environ)
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"the app hung when a window was deleted while its {work} worked in the background")
    assert done.returncode == 0 and "closed while working" in done.stdout, done.stderr[-3000:]


def test_a_closed_preview_renders_no_more(qtbot):
    calls = []

    def render(brief, cancel):
        calls.append(brief.title)
        return b"", 0, None

    pane = PreviewPane(render=render, delay_ms=0)
    qtbot.addWidget(pane)
    pane.set_brief_source(lambda: Brief(title="After closing"))
    pane.shutdown()
    pane.schedule()  # an edit signal that arrives as the window closes
    pane.refresh_now()
    qtbot.wait(100)
    assert pane.wait_idle(5000)
    assert calls == [] and not pane.busy
