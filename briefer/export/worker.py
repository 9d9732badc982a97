"""Render preview PDFs in a separate process.

A render is pure Python for hundreds of milliseconds.  Run on a thread of
the app's own process, it holds the interpreter lock the UI thread needs to
run its event handlers, and on a busy machine the UI then stalls for as long
as half a second at a time (``benchmarks/preview.py`` measured it).  One
worker process, kept for the session, makes the PDFs instead; the app's
thread that waits for it holds no lock.

The process is started as early as possible (:meth:`PdfWorker.warm_up`:
``briefer`` calls it before it imports Qt) and loads the writers and fonts
while the app builds its window, so the first preview waits for no import.

A render nobody wants any more (the user typed on, or pressed F5) stops in
the process too, within one flowable: the app marks its ticket in a small
array shared with the process, which the writers' cancel check reads.

:class:`PdfWorker` is the one-process pool.  If a process cannot be started
here (a restricted sandbox, a frozen build without multiprocessing support)
it renders in the calling thread instead.  No Qt here.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from ..model import Brief
from ..templates.builtin import default_template
from ..templates.model import Template
from .formats import render_pdf_bytes
from .running import ExportCancelled

log = logging.getLogger(__name__)

RenderResult = tuple[bytes, int, "int | None", tuple[str, ...]]
"""``(pdf bytes, page count, page budget of the template or None, what the
budget left out)``."""

POLL_S = 0.01
"""How often a waiting caller checks whether its render is still wanted."""
PARENT_CHECK_S = 0.5
"""How often the worker process checks that the app that started it still runs."""
CANCEL_SLOTS = 16
"""How many recently given-up tickets the process can see at once (several
windows share the one process; a ticket is given up once)."""


def render_pdf(brief: Brief, template: Template, cancel: Callable[[], bool] | None = None) -> RenderResult:
    """The PDF an export writes for ``brief`` printed with ``template``, in
    memory.  The caller resolves the template (the worker process has no
    template library: the template travels with the brief)."""
    left_out: list[str] = []
    data, pages = render_pdf_bytes(brief, template, cancel=cancel, left_out=left_out)
    return data, pages, template.layout.page_budget, tuple(left_out)


def render_pdf_from(brief: Brief, template: Template, first_step: int,
                    cancel: Callable[[], bool] | None = None) -> tuple[RenderResult, int]:
    """As :func:`render_pdf`, with the page budget's search starting at
    compaction step ``first_step`` (see
    :func:`briefer.export.budget.compose_within_budget`); also the step printed."""
    left_out: list[str] = []
    steps: list[int] = []
    data, pages = render_pdf_bytes(brief, template, cancel=cancel, left_out=left_out, first_step=first_step, steps=steps)
    return (data, pages, template.layout.page_budget, tuple(left_out)), (steps[-1] if steps else 0)


def warm_up_brief() -> Brief:
    """A small brief that takes a render down most of the writer's paths
    (bold and italic, lists, tables, Arabic, Hebrew, Chinese and Cyrillic
    names), so the fonts, hyphenation and shaping caches are filled before
    the first preview."""
    return Brief.model_validate({
        "title": "Briefer",
        "summary": "**Bold**, *italic* and plain text.\n\n- a point\n- another",
        "key_points": [{"point": "A point to make", "detail": "The detail behind it."}],
        "participants": [
            {"name": name, "title": "Minister", "bio": "Two sentences of background."}
            for name in ("A. Person", "محمد العلي", "בנימין נתניהו", "王小明", "Анна Петрова")
        ],
        "risks": [{"risk": "What could go wrong", "mitigation": "What to say"}],
        "open_issues": [{"issue": "A question still open"}],
    })


# -- in the worker process ------------------------------------------------------

_given_up = None  # the shared array of given-up tickets (set in the worker process)


def _start_in_the_worker(app_pid: int, given_up) -> None:  # noqa: ANN001 - a multiprocessing Array
    """The worker process's initializer: remember the shared tickets, and
    end with the app."""
    global _given_up
    _given_up = given_up
    _end_with_the_app(app_pid)


def _given_up_in_the_worker(ticket: int) -> bool:
    return _given_up is not None and ticket in _given_up[:]


def _render_ticket(brief: Brief, template: Template, first_step: int, ticket: int) -> tuple[RenderResult, int]:
    """In the worker process: :func:`render_pdf_from`, stopped (ExportCancelled)
    as soon as the app gives ``ticket`` up."""
    return render_pdf_from(brief, template, first_step, lambda: _given_up_in_the_worker(ticket))


def _end_with_the_app(app_pid: int) -> None:
    """In the worker process: end it once the app that started it is gone.

    An app that is killed or crashes runs no exit handlers, and the worker
    would never hear of it (it holds both ends of its own job pipe), living
    on with the app's standard output and error open, so whoever reads
    those to the end (a terminal pipe, CI, ``subprocess.run``) waits for
    ever."""

    def watch() -> None:
        while os.getppid() == app_pid:
            time.sleep(PARENT_CHECK_S)
        os._exit(0)

    threading.Thread(target=watch, name="end with the app", daemon=True).start()


# -- in the app -------------------------------------------------------------------


class PdfWorker:
    """One worker process that renders PDFs, started on first use or by
    :meth:`warm_up`."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._in_process = False  # no worker process could be started: render here
        self._warming: Future | None = None  # the warm-up job
        self._given_up = None  # the array shared with the current process
        self._tickets = 0
        self._next_slot = 0

    def _executor(self) -> ProcessPoolExecutor | None:
        with self._lock:
            if self._pool is None and not self._in_process:
                try:
                    context = multiprocessing.get_context("spawn")
                    self._given_up = context.Array("q", [0] * CANCEL_SLOTS)
                    self._pool = ProcessPoolExecutor(
                        max_workers=1,
                        mp_context=context,
                        initializer=_start_in_the_worker,
                        initargs=(os.getpid(), self._given_up),
                    )
                except (OSError, ValueError, NotImplementedError) as e:
                    log.warning("no worker process for previews (%s); rendering in the app", e)
                    self._in_process = True
                    self._given_up = None
            return self._pool

    def warm_up(self) -> None:
        """Start the process now and have it load the writers and fonts, so
        the first preview does not wait for that (returns at once)."""
        pool = self._executor()
        if pool is not None and self._warming is None:
            try:
                self._warming = pool.submit(render_pdf, warm_up_brief(), default_template())
            except (BrokenProcessPool, RuntimeError, OSError) as e:
                log.warning("preview worker process did not start (%s)", e)

    def render(self, brief: Brief, template: Template, cancel: Callable[[], bool]) -> RenderResult:
        """Render ``brief`` with ``template`` in the worker process; raises ``ExportCancelled``
        as soon as ``cancel()`` is true (the worker stops that render too)
        and whatever the render raised."""
        return self.render_from(brief, template, 0, cancel)[0]

    def render_from(
        self, brief: Brief, template: Template, first_step: int, cancel: Callable[[], bool]
    ) -> tuple[RenderResult, int]:
        """As :meth:`render`, the budget's search starting at ``first_step``
        (see :func:`render_pdf_from`); also the step printed.  A render
        asked for while the process still loads waits for it: the process
        was started early, and rendering here meanwhile would load the
        writers a second time, on the app's interpreter lock."""
        pool = self._executor()
        if pool is None:
            return render_pdf_from(brief, template, first_step, cancel)
        with self._lock:
            self._tickets += 1
            ticket = self._tickets
        try:
            future = pool.submit(_render_ticket, brief, template, first_step, ticket)
        except (BrokenProcessPool, RuntimeError, OSError) as e:
            return self._after_failure(e, pool, brief, template, first_step, cancel)
        while True:
            try:
                return future.result(timeout=POLL_S)
            except FutureTimeout:
                if cancel():
                    self._give_up(ticket)
                    future.cancel()
                    raise ExportCancelled() from None
            except BrokenProcessPool as e:
                return self._after_failure(e, pool, brief, template, first_step, cancel)
            except CancelledError as e:  # the pool was shut down under this render (the app is closing)
                if cancel():
                    raise ExportCancelled() from None
                return self._after_failure(e, pool, brief, template, first_step, cancel)

    def _give_up(self, ticket: int) -> None:
        """Tell the process to stop the render of ``ticket`` (or not to start it)."""
        with self._lock:
            given_up = self._given_up
            if given_up is None:
                return
            given_up[self._next_slot] = ticket
            self._next_slot = (self._next_slot + 1) % CANCEL_SLOTS

    def _after_failure(
        self, error: BaseException, failed: ProcessPoolExecutor, brief: Brief, template: Template, first_step: int,
        cancel: Callable[[], bool],
    ) -> tuple[RenderResult, int]:
        """The ``failed`` pool's process died (killed, out of memory): start
        afresh next time, and make this PDF here.  Only that pool is shut
        down: another window's render may already have started its successor."""
        log.warning("preview worker process failed (%s); rendering this one in the app", error)
        with self._lock:
            if self._pool is failed:
                self._pool = None
                self._warming = None
        failed.shutdown(wait=False, cancel_futures=True)
        return render_pdf_from(brief, template, first_step, cancel)

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
            self._warming = None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


WORKER = PdfWorker()
"""The app's one preview worker (the composition roots may shut it down)."""


__all__ = ["PdfWorker", "RenderResult", "WORKER", "render_pdf", "render_pdf_from"]
