"""Where an export's bytes go: a file path (written atomically) or a stream.

A writer calls :func:`open_target` and writes into what it yields.  For a
path, the bytes go to a temporary file in the same folder that replaces the
target only when the writer finishes; a cancelled or failed export leaves
no partial file and an existing target untouched.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..storage.atomic import atomic_write

ProgressCallback = Callable[[float], None]
"""Called with the fraction done, 0.0 … 1.0."""
CancelCheck = Callable[[], bool]
"""Returns True when the user asked to stop."""

Target = str | os.PathLike[str] | BinaryIO


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


class ExportError(Exception):
    """An export failed for a reason the user can act on; ``str()`` says it."""


@contextlib.contextmanager
def open_target(target: Target) -> Iterator[BinaryIO]:
    if hasattr(target, "write"):
        yield target  # type: ignore[misc]
        return
    with atomic_write(os.fspath(target), keep_backup=False, action="write") as fh:  # type: ignore[arg-type]
        yield fh


def check_cancel(cancel: CancelCheck | None) -> None:
    if cancel is not None and cancel():
        raise ExportCancelled()
