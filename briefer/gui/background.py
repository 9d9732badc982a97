"""Work off the UI thread, on Python threads that no Qt object owns.

A ``QThreadPool`` waits for its threads when it is destroyed, and a pool
that is the child of a widget is destroyed in C++ together with the widget.
When that happens inside a native call that keeps the interpreter lock
while it runs deferred deletes (``QTest.qWaitForWindowActive``, which
pytest-qt's ``waitActive`` calls, hung the test suite this way) and a pool
thread is running Python — a render, or the emit of its result, which needs
the lock — each thread waits for the other forever.

So work that runs Python goes to a :class:`BackgroundQueue`: its thread is
a plain Python thread that nothing in C++ waits for, and waiting for it
(:meth:`BackgroundQueue.wait_idle`) releases the lock.  Results go back to
the UI thread with :func:`post`, which drops them once the object they were
for has been deleted.  A finished job is released in the UI thread too, so
a Qt object only the job still referenced is deleted there.
"""

from __future__ import annotations

import collections
import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the UI thread for the whole session and runs there what
    the background threads post."""

    posted = Signal(object)  # (weak reference to the owner or None, function, arguments)

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, call: tuple[Any, Callable[..., None], tuple[Any, ...]]) -> None:
        owner_ref, function, args = call
        if owner_ref is None:
            return  # a finished job, released here
        owner = owner_ref()
        if owner is not None and shiboken6.isValid(owner):
            function(owner, *args)


_relay: _Relay | None = None
_relay_lock = threading.Lock()


def _the_relay() -> _Relay:
    global _relay
    with _relay_lock:
        if _relay is None:
            _relay = _Relay()  # made by the first BackgroundQueue, in the UI thread
        return _relay


def post(owner: QObject, function: Callable[..., None], *args: Any) -> None:
    """From any thread: call ``function(owner, *args)`` in the UI thread,
    unless ``owner`` has been deleted by then.  Holds ``owner`` weakly."""
    _the_relay().posted.emit((weakref.ref(owner), function, args))


class BackgroundQueue:
    """Runs jobs one at a time, in the order submitted, on a Python thread
    that runs while there is work (none is left waiting on an empty queue)."""

    def __init__(self, name: str) -> None:
        _the_relay()
        self._name = name
        self._jobs: collections.deque[Callable[[], None]] = collections.deque()
        self._changed = threading.Condition()
        self._unfinished = 0  # queued or running
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, job: Callable[[], None]) -> bool:
        """Queue ``job``; False (and not run) once :meth:`close` was called."""
        with self._changed:
            if self._closed:
                return False
            self._jobs.append(job)
            self._unfinished += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
        return True

    def clear(self) -> None:
        """Drop the jobs not yet started."""
        with self._changed:
            self._unfinished -= len(self._jobs)
            self._jobs.clear()
            self._changed.notify_all()

    def close(self) -> None:
        """Drop the jobs not yet started and take no more."""
        with self._changed:
            self._closed = True
        self.clear()

    def wait_idle(self, msecs: int) -> bool:
        """Wait until no job is queued or running; True if that happened
        within ``msecs``."""
        with self._changed:
            return self._changed.wait_for(lambda: self._unfinished == 0, timeout=msecs / 1000)

    def _run(self) -> None:
        while True:
            with self._changed:
                if not self._jobs:
                    self._thread = None
                    return
                job = self._jobs.popleft()
            try:
                job()
            except Exception:  # noqa: BLE001 - a job reports its own failures; this is a bug
                log.exception("%s: a background job failed", self._name)
            finally:
                _the_relay().posted.emit((None, None, (job,)))  # released in the UI thread
                del job
                with self._changed:
                    self._unfinished -= 1
                    self._changed.notify_all()


__all__ = ["BackgroundQueue", "post"]
