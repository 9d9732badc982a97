"""Render preview PDFs in a separate process.

A render is pure Python for hundreds of milliseconds.  Run on a thread of
the app's own process, it holds the interpreter lock the UI thread needs to
run its event handlers, and on a busy machine the UI then stalls for as long
as half a second at a time (``benchmarks/preview.py`` measured it).  One
worker process, started on the first render and kept for the session, makes
the PDFs instead; the app's thread that waits for it holds no lock.  While
the process is still loading (the first seconds after start), previews are
made in the calling thread, so the first one does not wait for it.

:class:`PdfWorker` is the one-process pool.  If a process cannot be started
here (a restricted sandbox, a frozen build without multiprocessing support)
it renders in the calling thread instead, as before.  No Qt here.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
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

POLL_S = 0.05
"""How often a waiting caller checks whether its render is still wanted."""
PARENT_CHECK_S = 0.5
"""How often the worker process checks that the app that started it still runs."""


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


class PdfWorker:
    """One worker process that renders PDFs, started on first use."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._in_process = False  # no worker process could be started: render here
        self._warming: Future | None = None  # the warm-up job, until it is done

    def _executor(self) -> ProcessPoolExecutor | None:
        with self._lock:
            if self._pool is None and not self._in_process:
                try:
                    self._pool = ProcessPoolExecutor(
                        max_workers=1,
                        mp_context=multiprocessing.get_context("spawn"),
                        initializer=_end_with_the_app,
                        initargs=(os.getpid(),),
                    )
                except (OSError, ValueError, NotImplementedError) as e:
                    log.warning("no worker process for previews (%s); rendering in the app", e)
                    self._in_process = True
            return self._pool

    def warm_up(self) -> None:
        """Start the process now and have it load the writers and fonts, so
        the first preview does not wait for that (returns at once)."""
        pool = self._executor()
        if pool is not None and self._warming is None:
            try:
                self._warming = pool.submit(render_pdf, Brief(title="Briefer"), default_template())
            except (BrokenProcessPool, RuntimeError, OSError) as e:
                log.warning("preview worker process did not start (%s)", e)

    def warming_up(self) -> bool:
        """True while the process started by :meth:`warm_up` is still loading."""
        return self._warming is not None and not self._warming.done()

    def render(self, brief: Brief, template: Template, cancel: Callable[[], bool]) -> RenderResult:
        """Render ``brief`` with ``template`` in the worker process; raises ``ExportCancelled``
        as soon as ``cancel()`` is true (the worker finishes that render
        and drops it) and whatever the render raised."""
        return self.render_from(brief, template, 0, cancel)[0]

    def render_from(
        self, brief: Brief, template: Template, first_step: int, cancel: Callable[[], bool]
    ) -> tuple[RenderResult, int]:
        """As :meth:`render`, the budget's search starting at ``first_step``
        (see :func:`render_pdf_from`); also the step printed."""
        pool = self._executor()
        if pool is None or self.warming_up():  # the first preview does not wait for the process to load
            return render_pdf_from(brief, template, first_step, cancel)
        try:
            future = pool.submit(render_pdf_from, brief, template, first_step)
        except (BrokenProcessPool, RuntimeError, OSError) as e:
            return self._after_failure(e, brief, template, first_step, cancel)
        while True:
            try:
                return future.result(timeout=POLL_S)
            except FutureTimeout:
                if cancel():
                    future.cancel()
                    raise ExportCancelled() from None
            except BrokenProcessPool as e:
                return self._after_failure(e, brief, template, first_step, cancel)

    def _after_failure(
        self, error: BaseException, brief: Brief, template: Template, first_step: int, cancel: Callable[[], bool]
    ) -> tuple[RenderResult, int]:
        """The worker died (killed, out of memory): start afresh next time,
        and make this PDF here."""
        log.warning("preview worker process failed (%s); rendering this one in the app", error)
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        return render_pdf_from(brief, template, first_step, cancel)

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


WORKER = PdfWorker()
"""The app's one preview worker (the composition roots may shut it down)."""


__all__ = ["PdfWorker", "RenderResult", "WORKER", "render_pdf", "render_pdf_from"]
