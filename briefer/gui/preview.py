"""The live PDF preview on the right of the main window.

The brief is copied and rendered to PDF bytes — the very PDF an export
writes — by the worker process of :mod:`briefer.export.worker` (a thread
here waits for it), then shown with QtPdf.  Edits are *throttled*,
not debounced: a render starts once the user has paused for ``delay_ms``
(100 ms), or at the latest ``max_wait_ms`` (1 s) after the first edit not
yet rendered, so the preview keeps up during continuous typing.  When
edits pause while a render runs, that render holds older text: a new one
supersedes it (renders are numbered; a stale one is told to stop through
the writers' cancel check, in the worker process too, and its result is
dropped), so the last key shows one render after the pause.  Only when no
PDF has been shown for ``max_wait_ms`` does the running render finish first,
with one more queued after it.  ``refresh_now`` (F5) always supersedes.
The new PDF replaces the old one only once it has loaded, and the scroll
position is kept, so the page does not jump while typing.

A template with a page budget is measured at gentler compactions until the
brief fits (:mod:`briefer.export.budget`): two renders or more.  While the
user types, a render starts at the compaction its last render needed, which
usually fits at once (one render); such a PDF is a guess — less text may
fit a gentler step now — so once edits pause an exact render replaces it.
F5 is always exact.

The header says "Page n of N" for the page in view; the view zooms
(Ctrl+wheel, Ctrl++ / Ctrl+−, Ctrl+0 fits the width) and ``show_section``
scrolls to a section's heading, found in the PDF's outline.

If rendering fails (a missing font, a template that does not parse, a bug)
the pane says so in words instead of showing a stale or empty page.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from ..export.running import ExportCancelled, render_turn
from ..export.worker import WORKER, PdfWorker, render_pdf_from
from ..model import Brief
from ..templates import TemplateLibrary
from ..templates.markings import ReleaseRefused, release_level, releasable
from .background import BackgroundQueue, post
from .export_runner import describe_export_error
from .i18n import count_text, fill, number

log = logging.getLogger(__name__)

DEFAULT_DELAY_MS = 100
"""A render starts once edits have paused this long..."""
MAX_WAIT_MS = 1000
"""...or this long after the first edit not yet rendered, whichever is first."""
_NO_JUMP = object()
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)

WayBack = tuple[str, str, Callable[[], None]]
"""``(sentence, button text, action)``: how to get a preview again after a
render failed because of a choice the user made (the reader shown)."""

RenderResult = tuple[bytes, int, int | None] | tuple[bytes, int, int | None, tuple[str, ...]]
"""``(pdf bytes, page count, page budget of the template or None[, what the
budget left out])``."""
Renderer = Callable[[Brief, Callable[[], bool]], RenderResult]


def brief_pdf_renderer(
    library: TemplateLibrary, worker: PdfWorker | None = WORKER, reader: Callable[[], str | None] | None = None
) -> Renderer:
    """The main window's renderer: the same PDF an export writes, in
    memory, with the brief's template from ``library``, made by ``worker``'s
    process (:mod:`briefer.export.worker`) so the UI thread never waits for
    it, or on the calling thread when ``worker`` is None.  ``reader()``: a
    level of the template's marking scheme to show what a reader at that
    level sees (the releasable version), or None for the whole brief."""

    def render(brief: Brief, cancel: Callable[[], bool]) -> RenderResult:
        return from_step(brief, cancel, 0)[0]

    def from_step(brief: Brief, cancel: Callable[[], bool], first_step: int) -> tuple[RenderResult, int]:
        template = library.for_brief(brief.layout.template)
        level = reader() if reader is not None else None
        if level is not None:  # only what that reader may see goes to the renderer
            brief = releasable(brief, release_level(level, template.scheme), template.scheme)
        if worker is None:
            return render_pdf_from(brief, template, first_step, cancel)
        return worker.render_from(brief, template, first_step, cancel)

    render.from_step = from_step  # type: ignore[attr-defined]  # see PreviewPane: the page budget's guess
    return render


class _Generations:
    """The number of the newest render, shared by a pane and its render
    jobs (a job holds no reference to the pane)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._newest = 0

    def next(self) -> int:
        with self._lock:
            self._newest += 1
            return self._newest

    def is_current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._newest


class _RenderJob:
    """One render, run on the pane's background thread; its answer is
    posted to the pane in the UI thread (dropped if the pane is gone)."""

    def __init__(self, pane: "PreviewPane", generation: int, brief: Brief, render: Renderer, generations: _Generations,
                 first_step: int = 0):
        self.pane_ref = weakref.ref(pane)
        self.generation, self.brief, self.render, self.generations = generation, brief, render, generations
        self.first_step = first_step

    def _answer(self, method: Callable[..., None], *args: Any) -> None:
        pane = self.pane_ref()
        if pane is not None:
            post(pane, method, self.generation, *args)
            del pane

    def __call__(self) -> None:
        def cancel() -> bool:
            return not self.generations.is_current(self.generation)

        try:
            if cancel():
                raise ExportCancelled()
            with render_turn(cancel):
                from_step = getattr(self.render, "from_step", None)
                if from_step is not None:
                    result, step = from_step(self.brief, cancel, self.first_step)
                else:
                    result, step = self.render(self.brief, cancel), None
        except ExportCancelled:
            self._answer(PreviewPane._on_dropped)
        except ReleaseRefused as e:  # a reader's version refused on purpose: said in the pane
            self._answer(PreviewPane._on_failed, describe_export_error(e))
        except Exception as e:  # noqa: BLE001 - shown in the pane
            log.exception("preview render failed")
            self._answer(PreviewPane._on_failed, describe_export_error(e))
        else:
            self._answer(PreviewPane._on_done, result, step, self.first_step)


class PreviewPane(QWidget):
    """Header ("N pages", a busy bar) over a ``QPdfView`` or a message.

    Signals: ``rendered(pages, budget)`` after a new PDF is shown;
    ``render_failed(message)``.
    """

    rendered = Signal(int, object)
    render_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        render: Renderer,
        delay_ms: int = DEFAULT_DELAY_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        self.setObjectName("preview")
        self._render = render
        self._brief_source: Callable[[], Brief | None] = lambda: None
        self._generations = _Generations()
        self._pending = 0  # renders started and not yet answered
        self._page_count: int | None = None
        self._page_budget: int | None = None
        self._left_out: tuple[str, ...] = ()
        self._error: str | None = None
        self._pdf: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._loading: tuple[QPdfDocument, QBuffer, int, int | None, tuple[str, ...]] | None = None

        self._background = BackgroundQueue("preview render")

        self._delay_ms, self._max_wait_ms = delay_ms, max(delay_ms, max_wait_ms)
        self._clock = clock
        self._dirty_since: float | None = None  # monotonic time of the first edit not yet rendered
        self._queued = False  # edits arrived while a render ran: render again when it ends
        self._step_hint = 0  # the page budget's compaction step of the last render
        self._check_guess = False  # the PDF shown started from that step: check it once edits pause
        self._shown_at: float | None = None  # clock() when the last PDF was shown
        self._snapshot_times: dict[int, float] = {}
        self._loading_snapshot_time: float | None = None
        self.snapshot_time: float | None = None
        """``time.perf_counter()`` when the brief shown was copied for its
        render: the PDF holds every edit made before then (the benchmark's clock)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._render_when_free)
        self._section_title: str | None | object = _NO_JUMP  # the heading to show once the PDF has it
        self._search_page = 0
        self._search_pages: list[int] | None = None  # the pages the outline names for the heading
        self._start_over = False  # the next PDF shown is another brief's: top of page 1
        self._outline = QPdfBookmarkModel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._search_step)

        self.pages_label = QLabel(self.tr("Preview"), self)
        self.pages_label.setObjectName("previewPages")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.busy_bar.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.busy_bar.setAccessibleName(self.tr("Updating the preview"))
        self.busy_bar.setVisible(False)
        header = QHBoxLayout()
        header.setContentsMargins(6, 4, 6, 4)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPage")
        header.addWidget(self.pages_label)
        header.addStretch(1)
        self._header = header
        header.addWidget(self.busy_bar)
        header.addWidget(self.page_label)

        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setAccessibleName(self.tr("PDF preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # A Tab stop (arrows, Page Up/Down, Home/End scroll the pages) that
        # shows it has the focus: a frame in the highlight colour.
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setStyleSheet(
            "#previewView { border: 2px solid transparent; }"
            " #previewView:focus { border: 2px solid palette(highlight); }"
        )
        self.view.viewport().installEventFilter(self)  # Ctrl+wheel zooms
        self.view.installEventFilter(self)  # Home / End: the first page's top, the last page's bottom
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._update_page_label())
        self.zoom_in_action = self._zoom_action(self.tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_action = self._zoom_action(self.tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_width_action = self._zoom_action(self.tr("&Fit Width"), QKeySequence("Ctrl+0"), self.fit_width)
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMargin(self.fontMetrics().height())
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.way_back = QPushButton(self)
        self.way_back.setObjectName("previewWayBack")
        self.way_back.setVisible(False)
        self.way_back.clicked.connect(self._take_way_back)
        self._way_back_source: Callable[[], WayBack | None] = lambda: None
        self._way_back_action: Callable[[], None] | None = None
        self.message_page = QWidget(self)
        message_layout = QVBoxLayout(self.message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message)
        message_layout.addWidget(self.way_back, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message_page)

        self._pending_scroll: tuple[int, int] | None = None
        # A restore still pending after a second is given up (near the end
        # the view cannot scroll that far); one timer, restarted by each new
        # restore, so an older one never cancels a newer.
        self._restore_deadline = QTimer(self)
        self._restore_deadline.setSingleShot(True)
        self._restore_deadline.setInterval(1000)
        self._restore_deadline.timeout.connect(self._stop_restoring)
        self.view.verticalScrollBar().rangeChanged.connect(self._restore_scroll)
        self.view.horizontalScrollBar().rangeChanged.connect(self._restore_scroll)
        # the user scrolling wins over a pending restore
        self.view.verticalScrollBar().sliderPressed.connect(self._stop_restoring)
        self.view.verticalScrollBar().actionTriggered.connect(lambda _action: self._stop_restoring())  # wheel, keys, arrows

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

    # -- wiring ------------------------------------------------------------

    def set_brief_source(self, source: Callable[[], Brief | None]) -> None:
        """Where to read the brief from at render time (the current document's)."""
        self._brief_source = source

    def set_renderer(self, render: Renderer) -> None:
        self._render = render

    def set_way_back(self, source: Callable[[], WayBack | None]) -> None:
        """``source()`` says, when a render fails, how the user gets a preview
        back (shown under the message with a button), or None."""
        self._way_back_source = source

    def _take_way_back(self) -> None:
        if self._way_back_action is not None:
            self._way_back_action()

    def _show_message(self, text: str) -> None:
        way_back = self._way_back_source()
        if way_back is not None:
            sentence, button, self._way_back_action = way_back
            text += "\n\n" + sentence
            self.way_back.setText(button)
        else:
            self._way_back_action = None
        self.way_back.setVisible(way_back is not None)
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message_page)
        self.page_label.clear()  # no page is in view

    def add_to_header(self, widget: QWidget) -> None:
        """Put ``widget`` in the header, after the page count (the reader
        filter); Tab reaches it before the pages under it."""
        self._header.insertWidget(1, widget)
        QWidget.setTabOrder(widget, self.view)

    # -- state -------------------------------------------------------------

    @property
    def page_count(self) -> int | None:
        return self._page_count

    @property
    def page_budget(self) -> int | None:
        return self._page_budget

    @property
    def left_out(self) -> tuple[str, ...]:
        """What the page budget left out of the PDF shown (one sentence each)."""
        return self._left_out

    @property
    def error(self) -> str | None:
        return self._error

    @property
    def busy(self) -> bool:
        return (self._pending > 0 or self._loading is not None or self._timer.isActive() or self._queued
                or self._check_guess)

    def pdf_document(self) -> QPdfDocument | None:
        return self._pdf

    # -- rendering ---------------------------------------------------------

    def schedule(self, *_args: Any) -> None:
        """The brief changed: render once edits pause for the delay, and at
        the latest ``max_wait_ms`` after the first edit not yet rendered."""
        now = self._clock()
        if self._dirty_since is None:
            self._dirty_since = now
        left_ms = self._max_wait_ms - (now - self._dirty_since) * 1000
        self._timer.start(int(max(0, min(self._delay_ms, left_ms))))
        self._set_busy(True)

    def _render_when_free(self) -> None:
        """Edits have paused (or waited ``max_wait_ms``): render them.  A
        render still running holds older text: it is given up for this one
        (the worker stops it at once), so the preview shows the last key a
        render's time after the pause, not two.  Only when no PDF has been
        shown for ``max_wait_ms`` does the running one finish first, so
        continuous typing still updates the preview."""
        if not self._pending:
            self._start_render()
        elif self._shown_at is not None and (self._clock() - self._shown_at) * 1000 < self._max_wait_ms:
            self._start_render()  # supersedes the running render
        else:
            self._queued = True  # started when the running render ends

    def refresh_now(self) -> None:
        """Start a render of the current brief now (a newer one supersedes it)."""
        self._start_render(exact=True)

    def start_over(self) -> None:
        """Another brief is shown: its first PDF opens at the top of page 1
        (or at the section chosen), not where the last brief was scrolled."""
        self._start_over = True
        self._section_title = _NO_JUMP
        self._search_timer.stop()

    def forget_step(self) -> None:
        """Another brief: the next render searches the page budget from the start."""
        self._step_hint = 0

    def _start_render(self, exact: bool = False) -> None:
        """Render the brief as it is now.  Unless ``exact``, the page
        budget's search starts at the compaction step of the last render (a
        guess: one measure instead of two or more while the user types);
        a guessed render is checked by an exact one when edits pause."""
        self._timer.stop()
        self._queued = False
        self._dirty_since = None
        brief = self._brief_source()
        if brief is None:
            self._set_busy(False)
            return
        snapshot = brief.model_copy(deep=True)  # the UI keeps editing the original
        generation = self._generations.next()
        self._snapshot_times = {generation: time.perf_counter()}  # only the newest render is ever shown
        first_step = 0 if exact else self._step_hint
        job = _RenderJob(self, generation, snapshot, self._render, self._generations, first_step)
        if not self._background.submit(job):
            self._set_busy(False)  # shut down: the pane renders no more
            return
        self._check_guess = False
        self._pending += 1
        self._set_busy(True)

    def _check_when_idle(self) -> None:
        """The PDF shown is a guess (see :meth:`_start_render`): once no
        edit waits, render exactly."""
        if self._check_guess and not (self._pending or self._queued or self._timer.isActive() or self._loading):
            self._start_render(exact=True)

    def _answered(self) -> None:
        self._pending = max(0, self._pending - 1)

    def _start_queued(self) -> None:
        """A render just ended: start the one edits queued meanwhile."""
        if self._queued and not self._pending:
            self._start_render()

    def _is_current(self, generation: int) -> bool:
        return self._generations.is_current(generation)

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Wait for running renders (tests and shutdown)."""
        return self._background.wait_idle(msecs)

    def shutdown(self) -> None:
        """The pane is closing: stop the timer, start no render from now on,
        make a running one stale and wait for it to stop."""
        self._timer.stop()
        self._queued = False
        self._background.close()
        self._generations.next()
        self._background.wait_idle(30000)

    def _on_dropped(self, _generation: int) -> None:
        self._answered()
        self._start_queued()
        self._set_busy(self.busy)

    def _on_failed(self, generation: int, message: str) -> None:
        self._answered()
        if self._is_current(generation):
            self._error = message
            self._check_guess = False
            self._show_message(self.tr("The preview could not be made.") + "\n\n" + message)
            self.pages_label.setText(self.tr("Preview unavailable"))
            self.render_failed.emit(message)
        self._start_queued()
        self._set_busy(self.busy)

    def _on_done(self, generation: int, result: RenderResult, step: int | None = None, first_step: int = 0) -> None:
        self._answered()
        if not self._is_current(generation):
            self._start_queued()
            self._set_busy(self.busy)
            return
        if step is not None:
            self._step_hint = step
        self._check_guess = first_step > 0
        self._loading_snapshot_time = self._snapshot_times.get(generation)
        data, pages, budget, *rest = result
        left_out = tuple(rest[0]) if rest else ()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        pdf = QPdfDocument(self)
        if self._loading is not None:
            self._discard(*self._loading[:2])
        self._loading = (pdf, buffer, pages, budget, left_out)
        pdf.statusChanged.connect(lambda status, pdf=pdf: self._on_status(pdf, status))
        pdf.load(buffer)
        if pdf.status() in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error):
            self._on_status(pdf, pdf.status())
        self._start_queued()

    def _on_status(self, pdf: QPdfDocument, status: QPdfDocument.Status) -> None:
        if self._loading is None or self._loading[0] is not pdf:
            return
        if status not in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error):
            return
        _, buffer, pages, budget, left_out = self._loading
        self._loading = None
        if status == QPdfDocument.Status.Error:
            self._discard(pdf, buffer)
            self._on_failed_display(self.tr("Qt could not display the PDF (%s).") % pdf.error().name)
            return
        self._show(pdf, buffer, pages, budget, left_out)

    def _on_failed_display(self, message: str) -> None:
        self._error = message
        self._check_guess = False  # nothing shown to check: the busy bar stops
        self._show_message(self.tr("The preview could not be shown.") + "\n\n" + message)
        self.render_failed.emit(message)
        self._set_busy(self.busy)

    def _show(self, pdf: QPdfDocument, buffer: QBuffer, pages: int, budget: int | None, left_out: tuple[str, ...] = ()) -> None:
        vbar, hbar = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        self._pending_scroll = (0, 0) if self._start_over else (vbar.value(), hbar.value())
        self._start_over = False
        old = (self._pdf, self._buffer)
        self._pdf, self._buffer = pdf, buffer
        self.view.setDocument(pdf)  # resets the scroll bars; their range follows later
        self._outline.setDocument(pdf)
        self._restore_scroll()
        self._restore_deadline.start()
        if old[0] is not None:
            self._discard(*old)  # type: ignore[arg-type]
        self._error = None
        self._page_count, self._page_budget, self._left_out = pages, budget, left_out
        self.snapshot_time = self._loading_snapshot_time
        self._shown_at = self._clock()
        self.stack.setCurrentWidget(self.view)
        text = count_text("PreviewPane", "%n page(s)", pages)
        if budget and pages > budget:
            text = fill(self.tr("%1 — over the %2-page budget"), text, number(budget))
        self.pages_label.setText(text)
        self._update_page_label()
        if self._section_title is not _NO_JUMP:
            self.show_section(self._section_title)  # look again in the new PDF
        self._set_busy(self.busy)
        self.rendered.emit(pages, budget)
        if self._check_guess:
            QTimer.singleShot(0, self._check_when_idle)

    # -- page, zoom, sections --------------------------------------------------

    def current_page(self) -> int | None:
        """The page in view, from 0 (None before the first PDF)."""
        return self.view.pageNavigator().currentPage() if self._pdf is not None else None

    def _update_page_label(self) -> None:
        page, count = self.current_page(), self._page_count
        if page is None or not count or self.stack.currentWidget() is not self.view:
            self.page_label.clear()
            return
        self.page_label.setText(fill(self.tr("Page %1 of %2"), number(page + 1), number(count)))

    def _zoom_action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def zoom_factor(self) -> float:
        return self.view.zoomFactor()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out, from what is shown now, keeping the
        point of the page at ``anchor`` (viewport pixels; the centre of the
        view when None) where it is."""
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._fitted_factor()
        low, high = ZOOM_RANGE
        viewport = self.view.viewport()
        if anchor is None:
            anchor = QPointF(viewport.width() / 2, viewport.height() / 2)
        vbar, hbar = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        spot = self._page_point_at(anchor.x() + hbar.value(), anchor.y() + vbar.value())
        self._pending_scroll = None  # the zoom's own scroll position wins over a render's
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(high, max(low, current * factor)))
        if spot is not None:
            page, fx, fy = spot
            rect = self._page_rects()[page]
            hbar.setValue(round(rect[0] + fx * rect[2] - anchor.x()))
            vbar.setValue(round(rect[1] + fy * rect[3] - anchor.y()))

    def _page_rects(self) -> list[tuple[float, float, float, float]]:
        """Where QPdfView lays out each page in multi-page mode: ``(x, y,
        width, height)`` in pixels of the scrolled area (as its layout does:
        pages one under the other, centred, between the document margins)."""
        pdf = self._pdf
        if pdf is None:
            return []
        view, viewport = self.view, self.view.viewport()
        scale = view.logicalDpiY() / 72.0
        margins, spacing = view.documentMargins(), view.pageSpacing()
        sizes = []
        for page in range(pdf.pageCount()):
            size = pdf.pagePointSize(page)
            w, h = size.width() * scale, size.height() * scale
            if view.zoomMode() == QPdfView.ZoomMode.Custom:
                w, h = w * view.zoomFactor(), h * view.zoomFactor()
            elif w > 0:
                fit = (viewport.width() - margins.left() - margins.right()) / int(w)
                w, h = w * fit, h * fit
            sizes.append((w, h))
        total_width = max((w for w, _ in sizes), default=0) + margins.left() + margins.right()
        rects, y = [], float(margins.top())
        for w, h in sizes:
            rects.append(((max(total_width, viewport.width()) - w) / 2, y, w, h))
            y += h + spacing
        return rects

    def _page_point_at(self, x: float, y: float) -> tuple[int, float, float] | None:
        """The page at ``(x, y)`` of the scrolled area and the point there
        as fractions of the page's width and height (the nearest page when
        the point falls between pages)."""
        rects = self._page_rects()
        if not rects:
            return None
        page = 0
        for i, (_x, top, _w, _h) in enumerate(rects):
            if top <= y:
                page = i
        px, py, w, h = rects[page]
        if w <= 0 or h <= 0:
            return None
        return page, (x - px) / w, (y - py) / h

    def _fitted_factor(self) -> float:
        """The zoom factor "fit width" shows at the moment."""
        if self._pdf is None or self._pdf.pageCount() == 0:
            return 1.0
        points = self._pdf.pagePointSize(0).width()
        pixels = points * self.view.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        available = self.view.viewport().width() - margins.left() - margins.right()
        return max(ZOOM_RANGE[0], available / pixels) if pixels > 0 else 1.0

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.view and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            bar = self.view.verticalScrollBar()
            self._stop_restoring()
            bar.setValue(bar.minimum() if event.key() == Qt.Key.Key_Home else bar.maximum())
            return True
        if obj is self.view.viewport() and event.type() == QEvent.Type.Wheel:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                steps = event.angleDelta().y() / 120
                if steps:
                    self.zoom_by(ZOOM_STEP**steps, event.position())  # the point under the pointer stays put
                return True
        return super().eventFilter(obj, event)

    def show_section(self, title: str | None) -> None:
        """Scroll to the page that prints the heading ``title`` (None: the
        first page, the cover).  The heading is looked for in the text of
        the PDF shown, one page per turn of the event loop so the UI never
        waits for it; if it is not there yet, the next PDF is searched when
        it is shown.  After the jump, renders keep the user's scroll position."""
        self._section_title = title
        self._search_page = 0
        self._search_pages = None
        if self._start_over:  # the PDF shown is the last brief's: wait for the new one
            return
        if title is None:
            self._jump(0)
        elif self._pdf is not None:
            self._search_timer.start()

    def _outline_pages(self, title: str) -> list[int]:
        """The pages of the PDF's outline entries for the heading ``title``
        (the PDF's own record of its headings: never its Contents page,
        whatever the language of the interface or of the brief)."""
        model, pages = self._outline, []
        rows = [model.index(row, 0) for row in range(model.rowCount())]
        while rows:
            index = rows.pop(0)
            text = model.data(index, QPdfBookmarkModel.Role.Title)
            if isinstance(text, str) and _is_heading(text.strip(), title):
                page = model.data(index, QPdfBookmarkModel.Role.Page)
                if isinstance(page, int) and page not in pages:
                    pages.append(page)
            rows.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))
        return pages

    def _search_step(self) -> None:
        """Look for the wanted heading on one more page."""
        title, pdf = self._section_title, self._pdf
        if not isinstance(title, str) or pdf is None:
            return
        if self._search_pages is None:
            # the outline says which page; without one, every page in turn
            self._search_pages = self._outline_pages(title) or list(range(pdf.pageCount()))
        if self._search_page >= len(self._search_pages):
            return
        page = self._search_pages[self._search_page]
        self._search_page += 1
        outlined = self._search_page == 1 and len(self._search_pages) < pdf.pageCount()
        text = pdf.getAllText(page).text()
        lines = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip())
                 for m in re.finditer(r"[^\r\n]+", text)]
        heading = next((start for start, line in lines if _is_heading(line, title)), None)
        if heading is not None:
            where = pdf.getSelectionAtIndex(page, heading, len(title)).boundingRectangle()
            self._jump(page, where.top() if where.isValid() else None, where.left() if where.isValid() else None)
        elif outlined:  # the outline's page, though its text does not show the heading
            self._jump(page)
        else:
            self._search_timer.start()

    def _jump(self, page: int, top: float | None = None, left: float | None = None) -> None:
        """Scroll to ``page``; with ``top`` (points from the page's top), so
        that line is at the top of the view, a little space above it; the
        line's start (``left``, points from the page's left edge; else the
        page's left edge) comes into view when it is scrolled out sideways."""
        self._section_title = _NO_JUMP
        self._pending_scroll = None  # the section wins over the kept scroll position
        rects = self._page_rects()
        if page >= len(rects) or self._pdf is None:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
            return
        x, y, width, height = rects[page]
        size = self._pdf.pagePointSize(page)
        points = size.height()
        offset = (top / points * height - self.fontMetrics().height()) if top is not None and points > 0 else 0
        if offset <= 0:  # the heading is near the page's top: show the page's top edge
            offset = -self.view.documentMargins().top()
        start = x + (left / size.width() * width if left is not None and size.width() > 0 else 0)
        h = self.view.horizontalScrollBar().value()
        if not h <= start <= h + self.view.viewport().width() * 0.5:
            h = max(0, round(start - self.fontMetrics().height()))
        self._pending_scroll = (max(0, round(y + offset)), h)
        self._restore_scroll()
        self._restore_deadline.start()

    def _restore_scroll(self, *_args: object) -> None:
        """Put the scroll bars back where they were before the new PDF,
        as soon as their range allows (QPdfView lays pages out lazily)."""
        if self._pending_scroll is None:
            return
        v, h = self._pending_scroll
        vbar, hbar = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        vbar.setValue(v)
        hbar.setValue(h)
        if vbar.value() == v and hbar.value() == h:
            self._pending_scroll = None

    def _stop_restoring(self) -> None:
        self._pending_scroll = None

    @staticmethod
    def _discard(pdf: QPdfDocument | None, buffer: QBuffer | None) -> None:
        if pdf is not None:
            pdf.close()
            pdf.deleteLater()
        if buffer is not None:
            buffer.close()
            buffer.deleteLater()

    def _set_busy(self, busy: bool) -> None:
        if self.busy_bar.isHidden() == busy:
            self.busy_bar.setVisible(busy)
            self.busy_changed.emit(busy)


def _is_heading(line: str, title: str) -> bool:
    """True for a line of PDF text that starts with the heading ``title``,
    numbered ("2. Risks") or not (the PDF's text may join a heading and the
    table header under it into one line)."""
    number, _, rest = line.partition(" ")
    if rest and number.rstrip(".").replace(".", "").isdigit():
        line = rest
    return line == title or line.startswith(title + " ")


def form_beside_preview(parent: QWidget, form: QWidget, preview: "PreviewPane") -> QSplitter:
    """The layout of the dialogs that edit how a brief looks: their form on
    the left, the live preview (a sensible minimum width) on the right."""
    preview.setMinimumWidth(parent.fontMetrics().horizontalAdvance("M") * 30)
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(form)
    splitter.addWidget(preview)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 3)
    return splitter
