"""Running an export: progress and cancel callbacks, the errors an export
raises, and the render lock.

:data:`RENDER_LOCK` serialises every export and preview render in the
process: the writers register fonts in module-level state, and the GIL would
not run two renders in parallel anyway.  Whoever renders off the main thread
(the app's exports, previews and thumbnails) holds it with
:func:`render_turn`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

ProgressCallback = Callable[[float], None]
"""Called with the fraction done, 0.0 … 1.0."""
CancelCheck = Callable[[], bool]
"""Returns True when the user asked to stop."""


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


class ExportError(Exception):
    """An export failed for a reason the user can act on; ``str()`` says it."""


def check_cancel(cancel: CancelCheck | None) -> None:
    if cancel is not None and cancel():
        raise ExportCancelled()


RENDER_LOCK = threading.Lock()
"""Held while reportlab or python-docx run (exports and preview renders)."""


@contextlib.contextmanager
def render_turn(cancel: CancelCheck) -> Iterator[None]:
    """Hold :data:`RENDER_LOCK`; while waiting for it, a Cancel still works
    (raises :class:`ExportCancelled`) instead of waiting for another render."""
    while not RENDER_LOCK.acquire(timeout=0.1):
        if cancel():
            raise ExportCancelled()
    try:
        yield
    finally:
        RENDER_LOCK.release()


__all__ = [
    "CancelCheck",
    "ExportCancelled",
    "ExportError",
    "ProgressCallback",
    "RENDER_LOCK",
    "check_cancel",
    "render_turn",
]
