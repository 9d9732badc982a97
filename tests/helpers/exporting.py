"""Exporting in tests the way the CLI and the app do it.

The export package writes to a binary stream and takes the template it is
given; its callers resolve the template from their library and wrap a file
in the atomic write.  :func:`export_to` does the same for tests, with the
built-in templates (or the template passed).
"""

from __future__ import annotations

import os
from typing import Any, BinaryIO

from briefer.export.formats import export_brief
from briefer.model import Brief
from briefer.storage.atomic import atomic_write
from briefer.templates import Template, builtin_library

BUILTINS = builtin_library()


def builtin(name: str) -> Template:
    """A copy of the built-in template called ``name``."""
    return BUILTINS.get(name)


def template_of(brief: Brief) -> Template:
    """The template ``brief`` is exported with (built-ins only)."""
    return BUILTINS.for_brief(brief.layout.template)


def export_to(
    brief: Brief,
    target: str | os.PathLike[str] | BinaryIO,
    fmt: str,
    template: Template | None = None,
    **kwargs: Any,
) -> int | None:
    """Export ``brief`` to a stream, or to a file through the atomic write
    as the CLI and the app do (``replace_read_only=True``: as after the
    user agreed to replace a read-only file).  ``template`` None: the
    brief's own."""
    chosen = template if template is not None else template_of(brief)
    if hasattr(target, "write"):
        return export_brief(brief, target, fmt, chosen, **kwargs)  # type: ignore[arg-type]
    replace_read_only = kwargs.pop("replace_read_only", False)
    with atomic_write(os.fspath(target), keep_backup=False, action="write", replace_read_only=replace_read_only) as out:  # type: ignore[arg-type]
        return export_brief(brief, out, fmt, chosen, **kwargs)  # type: ignore[arg-type]
