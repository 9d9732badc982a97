"""The live PDF preview on the right of the main window.

Shortly after the user stops typing (a single-shot timer restarted by every
change of the document) the brief is copied and rendered to PDF bytes on a
worker thread — the very PDF an export writes — then shown with QtPdf.
Renders are numbered: a result that arrives after a newer render was asked
for is dropped, and the stale render is told to stop through the writers'
cancel check.  The new PDF replaces the old one only once it has loaded, and
the scroll position is kept, so the page does not jump while typing.

If rendering fails (a missing font, a template that does not parse, a bug)
the pane says so in words instead of showing a stale or empty page.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ..export.formats import render_pdf_bytes
from ..export.running import ExportCancelled, render_turn
from ..model import Brief
from ..templates import TemplateLibrary
from .export_runner import describe_export_error
from .i18n import count_text

log = logging.getLogger(__name__)

DEFAULT_DELAY_MS = 600

RenderResult = tuple[bytes, int, int | None]
"""``(pdf bytes, page count, page budget of the template or None)``."""
Renderer = Callable[[Brief, Callable[[], bool]], RenderResult]


def brief_pdf_renderer(library: TemplateLibrary) -> Renderer:
    """The main window's renderer: the same PDF an export writes, in
    memory, with the brief's template from ``library``."""

    def render(brief: Brief, cancel: Callable[[], bool]) -> RenderResult:
        template = library.for_brief(brief.layout.template)
        data, pages = render_pdf_bytes(brief, template, cancel=cancel)
        return data, pages, template.layout.page_budget

    return render


class _Signals(QObject):
    done = Signal(int, object)  # generation, RenderResult
    failed = Signal(int, str)  # generation, message
    dropped = Signal(int)  # generation (cancelled because stale)


class _RenderTask(QRunnable):
    def __init__(self, generation: int, brief: Brief, render: Renderer, is_current: Callable[[int], bool], signals: _Signals):
        super().__init__()
        self.generation, self.brief, self.render = generation, brief, render
        self.is_current, self.signals = is_current, signals

    def run(self) -> None:
        def cancel() -> bool:
            return not self.is_current(self.generation)

        try:
            if cancel():
                raise ExportCancelled()
            with render_turn(cancel):
                result = self.render(self.brief, cancel)
        except ExportCancelled:
            self.signals.dropped.emit(self.generation)
        except Exception as e:  # noqa: BLE001 - shown in the pane
            log.exception("preview render failed")
            self.signals.failed.emit(self.generation, describe_export_error(e))
        else:
            self.signals.done.emit(self.generation, result)


class PreviewPane(QWidget):
    """Header ("N pages", a busy bar) over a ``QPdfView`` or a message.

    Signals: ``rendered(pages, budget)`` after a new PDF is shown;
    ``render_failed(message)``.
    """

    rendered = Signal(int, object)
    render_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, render: Renderer, delay_ms: int = DEFAULT_DELAY_MS):
        super().__init__(parent)
        self.setObjectName("preview")
        self._render = render
        self._brief_source: Callable[[], Brief | None] = lambda: None
        self._generation = 0
        self._gen_lock = threading.Lock()
        self._pending = 0  # renders started and not yet answered
        self._page_count: int | None = None
        self._page_budget: int | None = None
        self._error: str | None = None
        self._pdf: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._loading: tuple[QPdfDocument, QBuffer, int, int | None] | None = None

        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.dropped.connect(self._on_dropped)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh_now)

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
        header.addWidget(self.pages_label)
        header.addStretch(1)
        header.addWidget(self.busy_bar)

        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setAccessibleName(self.tr("PDF preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keyboard scrolling
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMargin(self.fontMetrics().height())
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)

        self._pending_scroll: tuple[int, int] | None = None
        self.view.verticalScrollBar().rangeChanged.connect(self._restore_scroll)
        self.view.horizontalScrollBar().rangeChanged.connect(self._restore_scroll)
        # the user scrolling wins over a pending restore
        self.view.verticalScrollBar().sliderPressed.connect(self._stop_restoring)

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

    # -- state -------------------------------------------------------------

    @property
    def page_count(self) -> int | None:
        return self._page_count

    @property
    def page_budget(self) -> int | None:
        return self._page_budget

    @property
    def error(self) -> str | None:
        return self._error

    @property
    def busy(self) -> bool:
        return self._pending > 0 or self._loading is not None or self._timer.isActive()

    def pdf_document(self) -> QPdfDocument | None:
        return self._pdf

    # -- rendering ---------------------------------------------------------

    def schedule(self, *_args: Any) -> None:
        """Render again once edits have paused for the delay."""
        self._timer.start()
        self._set_busy(True)

    def refresh_now(self) -> None:
        """Start a render of the current brief now (a newer one supersedes it)."""
        self._timer.stop()
        brief = self._brief_source()
        if brief is None:
            self._set_busy(False)
            return
        snapshot = brief.model_copy(deep=True)  # the UI keeps editing the original
        with self._gen_lock:
            self._generation += 1
            generation = self._generation
        self._pending += 1
        self._set_busy(True)
        self._pool.start(_RenderTask(generation, snapshot, self._render, self._is_current, self._signals))

    def _is_current(self, generation: int) -> bool:
        with self._gen_lock:
            return generation == self._generation

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Wait for running renders (tests and shutdown)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Stop the timer and make any running render stale, then wait for it."""
        self._timer.stop()
        with self._gen_lock:
            self._generation += 1
        self._pool.waitForDone(30000)

    def _answered(self) -> None:
        self._pending = max(0, self._pending - 1)

    def _on_dropped(self, _generation: int) -> None:
        self._answered()
        self._set_busy(self.busy)

    def _on_failed(self, generation: int, message: str) -> None:
        self._answered()
        if self._is_current(generation):
            self._error = message
            self.message.setText(self.tr("The preview could not be made.") + "\n\n" + message)
            self.stack.setCurrentWidget(self.message)
            self.pages_label.setText(self.tr("Preview unavailable"))
            self.render_failed.emit(message)
        self._set_busy(self.busy)

    def _on_done(self, generation: int, result: RenderResult) -> None:
        self._answered()
        if not self._is_current(generation):
            self._set_busy(self.busy)
            return
        data, pages, budget = result
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        pdf = QPdfDocument(self)
        if self._loading is not None:
            self._discard(*self._loading[:2])
        self._loading = (pdf, buffer, pages, budget)
        pdf.statusChanged.connect(lambda status, pdf=pdf: self._on_status(pdf, status))
        pdf.load(buffer)
        if pdf.status() in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error):
            self._on_status(pdf, pdf.status())

    def _on_status(self, pdf: QPdfDocument, status: QPdfDocument.Status) -> None:
        if self._loading is None or self._loading[0] is not pdf:
            return
        if status not in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error):
            return
        _, buffer, pages, budget = self._loading
        self._loading = None
        if status == QPdfDocument.Status.Error:
            self._discard(pdf, buffer)
            self._on_failed_display(self.tr("Qt could not display the PDF (%s).") % pdf.error().name)
            return
        self._show(pdf, buffer, pages, budget)

    def _on_failed_display(self, message: str) -> None:
        self._error = message
        self.message.setText(self.tr("The preview could not be shown.") + "\n\n" + message)
        self.stack.setCurrentWidget(self.message)
        self.render_failed.emit(message)
        self._set_busy(self.busy)

    def _show(self, pdf: QPdfDocument, buffer: QBuffer, pages: int, budget: int | None) -> None:
        vbar, hbar = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        self._pending_scroll = (vbar.value(), hbar.value())
        old = (self._pdf, self._buffer)
        self._pdf, self._buffer = pdf, buffer
        self.view.setDocument(pdf)  # resets the scroll bars; their range follows later
        self._restore_scroll()
        QTimer.singleShot(1000, self._stop_restoring)
        if old[0] is not None:
            self._discard(*old)  # type: ignore[arg-type]
        self._error = None
        self._page_count, self._page_budget = pages, budget
        self.stack.setCurrentWidget(self.view)
        text = count_text("PreviewPane", "%n page(s)", pages)
        if budget and pages > budget:
            text = self.tr("%1 — over the %2-page budget").replace("%1", text).replace("%2", str(budget))
        self.pages_label.setText(text)
        self._set_busy(self.busy)
        self.rendered.emit(pages, budget)

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
