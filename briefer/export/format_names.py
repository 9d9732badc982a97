"""The export formats by name, and a file name's format.

Kept apart from :mod:`.formats` (which composes and writes) so that the
command line can build its parser, whose ``--format`` choices these are,
without importing the composer."""

from __future__ import annotations

import os
from typing import Literal

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")


def format_for_path(path: str | os.PathLike[str]) -> Format | None:
    """``"pdf"`` or ``"docx"`` from a file name's extension, else None."""
    ext = os.path.splitext(os.fspath(path))[1].lower().lstrip(".")
    return ext if ext in FORMATS else None  # type: ignore[return-value]


__all__ = ["FORMATS", "Format", "format_for_path"]
