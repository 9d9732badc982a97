"""The export front door: a brief and its template to PDF or Word bytes.

``compose(brief, template)`` builds the layout tree (:mod:`.layout`); the
writers :func:`.pdf.write_pdf` (reportlab), :func:`.typst_pdf.write_tagged_pdf`
(Typst: tagged PDF/UA-1 and PDF/A-2) and :func:`.docx.write_docx` write it
to a binary stream.  The caller resolves the template (from the library it was
given) and owns the destination: to write a file it wraps the path in
:func:`briefer.storage.atomic.atomic_write`, so a cancelled or failed
export leaves no partial file and an existing one untouched.

The writers (and the stamping of numbered copies, :func:`write_copies`)
are imported on first use, here and nowhere else outside
``briefer/cli.py``: reportlab, Typst and python-docx take most of a second to
import, and neither the app's first window nor ``briefer validate`` may wait
for them.  Everything else in the package is imported as usual.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import BinaryIO

from ..model import Brief
from ..model.book import Book
from ..templates.model import PDF_STANDARDS, PdfStandard, Template
from .book import compose_book
from .budget import compose_within_budget
from .copies import REGISTER_NAME, CopiesHalted, Copy, copy_file_name, register_csv, sha256
from .format_names import FORMATS, Format, format_for_path
from .layout import LayoutTree
from .running import CancelCheck, ProgressCallback, check_cancel

STANDARD_PDF = "none"
"""``pdf_standard`` for the standard (reportlab) PDF even when the template
makes a tagged one its default."""
STANDARD_LABELS: dict[str, str] = {
    STANDARD_PDF: "Standard PDF",
    "ua-1": "Accessible PDF (PDF/UA)",
    "a-2a": "Archival PDF (PDF/A-2a)",
    "a-2b": "Archival PDF (PDF/A-2b)",
}
"""What each choice is called in the app and the command's help."""


def pdf_standard_for(template: Template, chosen: str | None = None) -> PdfStandard | None:
    """The standard a PDF export meets: ``chosen`` ("ua-1", "a-2a", "a-2b",
    or :data:`STANDARD_PDF`) when given, else the template's default; None
    for the standard PDF."""
    if chosen is None:
        chosen = template.layout.pdf_standard
    if chosen is None or chosen == STANDARD_PDF:
        return None
    if chosen not in PDF_STANDARDS:
        raise ValueError(f"unknown PDF standard {chosen!r}")
    return chosen  # type: ignore[return-value]


def export_brief(
    brief: Brief,
    out: BinaryIO,
    fmt: Format,
    template: Template,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    left_out: list[str] | None = None,
    release_at: str | None = None,
    first_step: int = 0,
    steps: list[int] | None = None,
    pdf_standard: str | None = None,
) -> int | None:
    """Write ``brief`` printed with ``template`` as ``fmt`` to the binary
    stream ``out``.  Returns the page count for PDF.  Nothing is written
    when the export is cancelled or fails.  ``release_at``: the releasable
    version for a reader at that level of the template's marking scheme
    (refused with :class:`~briefer.templates.markings.ReleaseRefused`
    before anything is written).

    When the template has a page budget the brief is composed to fit it
    (:mod:`.budget`: the PDF writer measures each try); what that left out
    is appended to ``left_out``, one sentence each, when a list is given.
    ``first_step`` and ``steps``: see :func:`.budget.compose_within_budget`
    (exports always search from 0; only the live preview guesses).

    A PDF is a tagged one meeting ``pdf_standard`` (see
    :func:`pdf_standard_for`: by default the template's choice); the budget
    is then measured with that writer."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    standard = pdf_standard_for(template, pdf_standard) if fmt == "pdf" else None
    measured: list[tuple[LayoutTree, bytes]] = []  # the last tree measured and its PDF

    def count_pages(doc: LayoutTree) -> int:
        buf = io.BytesIO()
        # The first render is usually the one written: it reports progress.
        first = not measured and fmt == "pdf"
        pages = _write("pdf", doc, buf, progress if first else None, cancel, standard)
        measured[:] = [(doc, buf.getvalue())]
        return int(pages or 0)

    doc, pages = compose_within_budget(
        brief, template, count_pages, release_at=release_at, first_step=first_step, steps=steps
    )
    if left_out is not None:
        left_out.extend(doc.left_out)
    if fmt == "pdf" and measured and measured[0][0] is doc and pages is not None:
        check_cancel(cancel)
        out.write(measured[0][1])
        if progress is not None:
            progress(1.0)
        return pages
    return _write(fmt, doc, out, progress, cancel, standard)


def export_book(
    book: Book,
    briefs: list[Brief],
    templates: list[Template],
    out: BinaryIO,
    fmt: Format,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    pdf_standard: str | None = None,
    release_at: str | None = None,
) -> int | None:
    """Write the trip ``book`` whose briefs, read and in order, are
    ``briefs`` as one ``fmt`` document to the binary stream ``out``; brief
    ``i`` prints with ``templates[i]``.  Returns the page count for PDF.
    A PDF is a tagged one meeting ``pdf_standard`` when given (the book's
    templates may disagree, so theirs is not asked).  ``release_at``: the
    releasable book for a reader at that level (see
    :func:`~.book.compose_book`; refused before anything is written)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    standard = None
    if fmt == "pdf" and pdf_standard not in (None, STANDARD_PDF):
        if pdf_standard not in PDF_STANDARDS:
            raise ValueError(f"unknown PDF standard {pdf_standard!r}")
        standard = pdf_standard
    doc = compose_book(book, briefs, templates, release_at=release_at)
    return _write(fmt, doc, out, progress, cancel, standard)  # type: ignore[arg-type]


def _write(
    fmt: Format,
    doc: LayoutTree,
    out: BinaryIO,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    standard: PdfStandard | None = None,
) -> int | None:
    """Run the writer for ``fmt``, importing it on first use (see above)."""
    if fmt == "pdf" and standard is not None:
        from .typst_pdf import write_tagged_pdf

        return write_tagged_pdf(doc, out, standard, progress=progress, cancel=cancel)
    if fmt == "pdf":
        from .pdf import write_pdf

        return write_pdf(doc, out, progress=progress, cancel=cancel)
    from .docx import write_docx

    write_docx(doc, out, progress=progress, cancel=cancel)
    return None


def write_copies(
    pdf: bytes,
    copies: Sequence[Copy],
    write: Callable[[str, bytes], None],
    *,
    family: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[tuple[Copy, str, str]]:
    """Stamp ``pdf`` for each of ``copies`` and hand each copy to
    ``write(file name, bytes)`` (which must write atomically), then the
    register.  Returns ``(copy, file name, SHA-256)`` rows.  Raises
    :class:`CopiesHalted` naming what was written when a write fails or
    ``cancel()`` says stop."""
    from .stamp import StampBody, stamp_copy

    body = StampBody(pdf)
    rows: list[tuple[Copy, str, str]] = []
    for i, copy in enumerate(copies):
        file = copy_file_name(copy)
        if cancel is not None and cancel():
            raise CopiesHalted(rows, copy, file, InterruptedError("cancelled"))
        data = stamp_copy(body, copy, family=family)
        try:
            write(file, data)
        except Exception as e:  # the caller's write: a full disk, a read-only folder, …
            raise CopiesHalted(rows, copy, file, e) from e
        rows.append((copy, file, sha256(data)))
        if progress is not None:
            progress(i + 1, len(copies))
    try:
        write(REGISTER_NAME, register_csv(rows))
    except Exception as e:
        raise CopiesHalted(rows, copies[-1], REGISTER_NAME, e) from e
    return rows


def render_pdf_bytes(
    brief: Brief,
    template: Template,
    *,
    cancel: CancelCheck | None = None,
    left_out: list[str] | None = None,
    first_step: int = 0,
    steps: list[int] | None = None,
    release_at: str | None = None,
) -> tuple[bytes, int]:
    """The PDF of ``brief`` in memory and its page count (for the preview);
    what the page budget left out is appended to ``left_out`` when given;
    ``first_step``/``steps`` as for :func:`export_brief`; ``release_at``:
    what a reader at that level sees."""
    buf = io.BytesIO()
    pages = export_brief(brief, buf, "pdf", template, cancel=cancel, left_out=left_out, first_step=first_step,
                         steps=steps, release_at=release_at)
    return buf.getvalue(), int(pages or 0)


__all__ = [
    "FORMATS",
    "STANDARD_LABELS",
    "STANDARD_PDF",
    "Format",
    "pdf_standard_for",
    "export_book",
    "export_brief",
    "format_for_path",
    "render_pdf_bytes",
    "write_copies",
]
