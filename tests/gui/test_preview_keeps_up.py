"""The preview keeps up (issue 13, item 6): edits are throttled, not
debounced, so continuous typing still updates it; a pause in typing gives up
a render of older text so the last key shows after one render, yet a
preview that has shown nothing for a while lets its running render finish;
the view zooms, says "Page n of N" and jumps to the section being edited.
The latency figures are in ``benchmarks/preview.py``."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefer.gui.preview import PreviewPane, brief_pdf_renderer
from briefer.model import Brief
from briefer.templates import builtin_library

render_here = brief_pdf_renderer(builtin_library(), worker=None)


class SteppingClock:
    """A clock that moves ``step`` seconds each time it is read: a typist
    pressing a key every ``step`` seconds, however fast the test runs."""

    def __init__(self, step: float):
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def test_continuous_typing_renders_before_the_typing_stops(example_window, qtbot):
    w = example_window
    with qtbot.waitSignal(w.preview.rendered, timeout=30000):
        w.preview.refresh_now()
    w.preview._clock = SteppingClock(0.1)  # one key every 100 ms: never a pause
    started = []
    w.preview._background.submit = lambda job: started.append(job) or True  # count renders, run none
    w.show_section("overview")
    title = w.editor("overview").fields[("title",)].editor
    title.setFocus()
    QTest.keyClicks(title, " and more words typed without a pause")  # 37 keys, 3.7 s of typing
    for _ in range(3):
        QApplication.processEvents()  # timers that are due fire; a 150 ms pause has not passed
    assert started, "no render started during 3.7 s of continuous typing"


def blocking_renderer(block_title: str):
    """A renderer whose render of a brief titled ``block_title`` waits until
    it is released or given up (then stops, as the writers do); the pane's
    ``left_out`` says which render is shown."""
    started, release = threading.Event(), threading.Event()
    calls = []

    def render(brief, cancel):
        calls.append(brief.title)
        if brief.title == block_title:
            started.set()
            while not release.is_set() and not cancel():
                release.wait(0.01)
        data, pages, *_ = render_here(brief, cancel)  # raises ExportCancelled once given up
        return data, pages, None, (brief.title,)

    return render, started, release, calls


def test_a_pause_in_typing_gives_up_a_render_of_older_text(qtbot):
    """The user pauses while a render of older text runs: a render of the
    text as it is now starts at once, and the old one is given up (never
    shown), so the last key does not wait for two renders."""
    render, started, release, calls = blocking_renderer("Second")
    pane = PreviewPane(render=render, delay_ms=0)
    qtbot.addWidget(pane)
    current = {"b": Brief(title="First")}
    pane.set_brief_source(lambda: current["b"])
    shown = []
    pane.rendered.connect(lambda *_: shown.append(pane.left_out[0]))
    pane.schedule()
    qtbot.waitUntil(lambda: shown == ["First"], timeout=30000)  # a PDF on screen a moment ago
    current["b"] = Brief(title="Second")
    pane.schedule()
    qtbot.waitUntil(started.is_set, timeout=10000)
    current["b"] = Brief(title="Third")
    pane.schedule()  # typing paused again while "Second" renders
    qtbot.waitUntil(lambda: shown[-1] == "Third" and not pane.busy, timeout=30000)
    assert calls == ["First", "Second", "Third"] and shown == ["First", "Third"]
    assert not release.is_set()  # "Second" stopped because it was given up, not released
    pane.shutdown()


def test_a_preview_long_out_of_date_lets_its_running_render_finish(qtbot):
    """Typing on and on must still update the preview: when no PDF has been
    shown for ``max_wait_ms``, the running render finishes and is shown,
    and the newer text is rendered after it."""
    render, started, release, calls = blocking_renderer("First")
    clock = SteppingClock(0.3)  # every reading is 300 ms later: the last PDF is soon long ago
    pane = PreviewPane(render=render, delay_ms=0, max_wait_ms=1000, clock=clock)
    qtbot.addWidget(pane)
    current = {"b": Brief(title="First")}
    pane.set_brief_source(lambda: current["b"])
    shown = []
    pane.rendered.connect(lambda *_: shown.append(pane.left_out[0]))
    pane.schedule()
    qtbot.waitUntil(started.is_set, timeout=10000)
    current["b"] = Brief(title="Second")
    pane.schedule()  # an edit while the first render runs, and nothing shown yet
    qtbot.wait(20)
    release.set()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30000)
    assert calls == ["First", "Second"] and shown == ["First", "Second"]
    pane.shutdown()


def wheel(widget, steps: int, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_preview_zooms_and_says_which_page_is_shown(example_window, qtbot):
    w = example_window
    with qtbot.waitSignal(w.preview.rendered, timeout=30000):
        w.preview.refresh_now()
    view = w.preview.view
    pages = w.preview.page_count
    assert pages > 1 and w.preview.page_label.text() == f"Page 1 of {pages}"
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fitted = w.preview._fitted_factor()
    wheel(view.viewport(), 1)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom and view.zoomFactor() > fitted
    bigger = view.zoomFactor()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() < bigger
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.zoomFactor() - bigger) < 1e-6
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    wheel(view.viewport(), -1, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls, never zooms
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_the_preview_jumps_to_the_section_being_edited(example_window, qtbot):
    w = example_window
    with qtbot.waitSignal(w.preview.rendered, timeout=30000):
        w.preview.refresh_now()
    view = w.section_list
    pdf = w.preview.pdf_document()

    def lines(page):
        return pdf.getAllText(page).text().splitlines()

    pages = {}
    for key, title in (("risks", "Risks"), ("sources", "Sources"), ("overview", None)):
        rect = view.visualRect(view.section_model.index(view.section_model.row_of(key)))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        if title is None:
            qtbot.waitUntil(lambda: w.preview.current_page() == 0, timeout=5000)
            continue
        before = w.preview.current_page()
        qtbot.waitUntil(lambda: w.preview.current_page() not in (0, before), timeout=5000)
        page = pages[key] = w.preview.current_page()
        assert any(line == title or line.startswith(title + " ") for line in lines(page))
        assert w.preview.page_label.text() == f"Page {page + 1} of {w.preview.page_count}"
    assert pages["sources"] > pages["risks"]


def test_a_template_with_a_page_budget_is_measured_once_while_typing_then_exactly(make_window, qtbot):
    """A page budget takes two renders or more (the PDF writer measures each
    compaction); while typing, a render starts at the compaction the last
    one needed (one render), and once typing pauses an exact render checks
    that guess, so what stays on screen is what an export writes."""
    from briefer.export.worker import render_pdf_from
    from briefer.templates import build_library

    library = build_library()
    real = brief_pdf_renderer(library, worker=None)
    firsts = []

    def from_step(brief, cancel, first_step):
        firsts.append(first_step)
        return real.from_step(brief, cancel, first_step)

    def render(brief, cancel):
        return from_step(brief, cancel, 0)[0]

    render.from_step = from_step
    w = make_window(render=render, library=library)
    w.files.open_example()
    w.doc.set_value(("layout", "template"), "quick")  # a one-page budget: the example needs squeezing
    w.show()
    qtbot.waitUntil(lambda: w.preview.page_count is not None and not w.preview.busy, timeout=60000)
    (_result, step) = render_pdf_from(w.doc.brief, library.get("quick"), 0)
    assert step > 0 and firsts[-1] == 0
    firsts.clear()
    w.show_section("overview")
    summary = w.editor("overview").fields[("summary",)].editor
    summary.setFocus()
    QTest.keyClicks(summary, " More.")
    qtbot.waitUntil(lambda: bool(firsts) and not w.preview.busy, timeout=60000)
    qtbot.waitUntil(lambda: firsts[-1] == 0 and not w.preview.busy, timeout=60000)
    assert firsts[0] == step  # the render while typing started at the step the last one needed
    exact, _step = render_pdf_from(w.doc.brief, library.get("quick"), 0)
    shown = w.preview.pdf_document()
    text = "".join(shown.getAllText(p).text() for p in range(shown.pageCount()))
    assert w.preview.page_count == exact[1] and w.preview.left_out == exact[3] and "More." in text
