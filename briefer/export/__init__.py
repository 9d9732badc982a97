"""Export a brief to PDF or Word.

``compose(brief, template)`` builds the layout tree (:mod:`.layout`); the
writers :func:`.pdf.write_pdf` and :func:`.docx.write_docx` render it.  This
module is the front door the CLI and the GUI use; it imports the writers
lazily so that ``briefer validate`` never pays for reportlab or python-docx.
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, Literal

from .output import CancelCheck, ExportCancelled, ExportError, ProgressCallback, Target

if TYPE_CHECKING:
    from ..model import Brief
    from ..templates.model import Template

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")


def format_for_path(path: str | os.PathLike[str]) -> Format | None:
    """``"pdf"`` or ``"docx"`` from a file name's extension, else None."""
    ext = os.path.splitext(os.fspath(path))[1].lower().lstrip(".")
    return ext if ext in FORMATS else None  # type: ignore[return-value]


def template_for(brief: "Brief", template: "Template | str | None" = None) -> "Template":
    """The template to export ``brief`` with: the one asked for (a name
    that is not installed raises ``TemplateNotFound``), else the brief's own
    (the default when that one is not installed here, e.g. a brief from
    another office — see ``missing_template_warning``)."""
    from ..templates import get_template, template_for_brief

    if template is None:
        return template_for_brief(brief.layout.template)
    return get_template(template) if isinstance(template, str) else template


def export_brief(
    brief: "Brief",
    target: Target,
    fmt: Format,
    template: "Template | str | None" = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> int | None:
    """Write ``brief`` as ``fmt`` to ``target`` (a path, written atomically,
    or a binary stream).  Returns the page count for PDF.  The brief's own
    ``layout.template`` is used when ``template`` is None."""
    from .compose import compose

    doc = compose(brief, template_for(brief, template))
    if fmt == "pdf":
        from .pdf import write_pdf

        return write_pdf(doc, target, progress=progress, cancel=cancel)
    if fmt == "docx":
        from .docx import write_docx

        write_docx(doc, target, progress=progress, cancel=cancel)
        return None
    raise ValueError(f"unknown export format {fmt!r}")


def render_pdf_bytes(
    brief: "Brief", template: "Template | str | None" = None, *, cancel: CancelCheck | None = None
) -> tuple[bytes, int]:
    """The PDF of ``brief`` in memory and its page count (for the preview)."""
    buf = io.BytesIO()
    pages = export_brief(brief, buf, "pdf", template, cancel=cancel)
    return buf.getvalue(), int(pages or 0)


__all__ = [
    "FORMATS",
    "ExportCancelled",
    "ExportError",
    "export_brief",
    "format_for_path",
    "render_pdf_bytes",
    "template_for",
]
