"""The tagged-PDF writer: a :class:`~briefer.export.layout.LayoutTree` → an
accessible (PDF/UA-1) or archival (PDF/A-2a, PDF/A-2b) PDF, through Typst.

reportlab cannot write a structure tree, so this third writer hands the
layout tree to the Typst compiler (the ``typst`` package bundles it).  The
document Typst compiles is fixed (``resources/typst/brief.typ``); the brief
reaches it only as JSON data in ``sys.inputs`` and is shown there as strings,
never read as markup, so no text a user types can change what is printed or
run anything.  Typst writes the structure tree (headings H1–H3, P, L/LI,
Table/TR/TH/TD, Link, Figure with alt text), the document and per-run
languages, the title shown in the window, and marks the page background as
artifacts: the marking banners, the running header, the page numbers and
the DRAFT watermark are drawn there, so a screen reader reads the brief and
not "OFFICIAL-SENSITIVE" on every page.

How things look comes from the looks table (:mod:`.looks`), as for the
other writers; the fonts are the same bundled OFL files the reportlab
writer embeds (:func:`.fonts.font_folder`).  :mod:`.typst_data` turns
the tree into the document's data.  Like the reportlab PDF, the file is the
same bytes for the same brief: its timestamps are the brief's date.
"""

from __future__ import annotations

import atexit
import datetime as dt
import json
import re
import shutil
import tempfile
import threading
from importlib import resources
from pathlib import Path
from typing import BinaryIO

import typst

from ..templates.model import PDF_STANDARDS, PdfStandard
from . import fonts
from .layout import LayoutTree
from .looks import looks_for
from .running import CancelCheck, ExportError, ProgressCallback, check_cancel
from .typst_data import NO_DATE, document_data

# What Typst is asked for.  PDF/UA-1 is asked together with PDF/A-2a for
# the archival choice with tags, so that file is accessible too; PDF/A-2b
# keeps the tags Typst writes anyway.
_TYPST_STANDARDS: dict[str, list[str]] = {"ua-1": ["ua-1"], "a-2a": ["a-2a", "ua-1"], "a-2b": ["a-2b"]}

_LOCK = threading.Lock()
_COMPILERS: dict[str, typst.Compiler] = {}


_SOURCE_DIR: Path | None = None


def _source_path() -> Path:
    """The fixed document, copied into a private folder of its own that is
    also Typst's root: the document can read no other file.  (The typst
    package's compiler loses a source given as bytes when a timestamp is
    passed, so it gets a path.)"""
    global _SOURCE_DIR
    if _SOURCE_DIR is None or not (_SOURCE_DIR / "brief.typ").is_file():
        folder = Path(tempfile.mkdtemp(prefix="briefer-typst-"))
        atexit.register(shutil.rmtree, folder, True)
        (folder / "brief.typ").write_bytes(resources.files("briefer.resources").joinpath("typst", "brief.typ").read_bytes())
        _SOURCE_DIR = folder
    return _SOURCE_DIR / "brief.typ"


def _compiler(family: str) -> typst.Compiler:
    """One compiler per Latin family, kept for the process: Typst caches
    what it laid out before, so the next export of a brief is quicker."""
    compiler = _COMPILERS.get(family)
    if compiler is None:
        source = _source_path()
        folder = fonts.font_folder(family)
        compiler = typst.Compiler(str(source), root=str(source.parent), font_paths=[str(folder)], ignore_system_fonts=True)
        _COMPILERS[family] = compiler
    return compiler


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def _timestamp(date: dt.date | None) -> dt.datetime:
    """Midnight UTC of the brief's date (of 1 January 2000 without one):
    the same brief gives the same bytes."""
    day = date or NO_DATE
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


_PAGES = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")


def _page_count(data: bytes) -> int:
    m = _PAGES.search(data)
    if m:
        return int(m.group(1) or m.group(2))
    return len(re.findall(rb"/Type\s*/Page\b", data))


def _compile(family: str, data: str, standard: PdfStandard, date: dt.date | None) -> bytes:
    with _LOCK:
        compiler = _compiler(family)
        try:
            pdf = compiler.compile(
                format="pdf",
                sys_inputs={"doc": data},
                pdf_standards=_TYPST_STANDARDS[standard],
                timestamp=_timestamp(date),
            )
        except typst.TypstError as e:
            raise ExportError(f"The tagged PDF could not be made ({e.message}). Export a standard PDF instead, and please report this.") from None
        except BaseException as e:  # a panic in the compiler (pyo3's PanicException is a BaseException)
            if isinstance(e, (KeyboardInterrupt, SystemExit)) or type(e).__name__ != "PanicException":
                raise
            _COMPILERS.clear()  # start afresh next time
            raise ExportError(f"The tagged PDF could not be made (the Typst compiler failed: {e}). Export a standard PDF instead, and please report this.") from None
    assert isinstance(pdf, bytes)
    return pdf


def _compile_or_cancel(family: str, data: str, standard: PdfStandard, date: dt.date | None, cancel: CancelCheck) -> bytes:
    """:func:`_compile` on a thread of its own while this one watches
    ``cancel``: Typst lays a document out in one call (and lets go of the
    GIL meanwhile), so Cancel returns at once and the result, when it
    comes, is dropped."""
    result: dict[str, object] = {}
    done = threading.Event()

    def run() -> None:
        try:
            result["pdf"] = _compile(family, data, standard, date)
        except BaseException as e:  # noqa: BLE001 - handed to the waiting thread
            result["error"] = e
        finally:
            done.set()

    threading.Thread(target=run, name="typst-compile", daemon=True).start()
    while not done.wait(0.05):
        check_cancel(cancel)
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result["pdf"]  # type: ignore[return-value]


def tagged_pdf_bytes(doc: LayoutTree, standard: PdfStandard = "ua-1", cancel: CancelCheck | None = None) -> tuple[bytes, int]:
    """The PDF of ``doc`` meeting ``standard`` and its page count.  Raises
    :class:`ExportCancelled` as soon as ``cancel()`` is true."""
    if standard not in PDF_STANDARDS:
        raise ValueError(f"unknown PDF standard {standard!r}; use one of {', '.join(PDF_STANDARDS)}")
    looks = looks_for(doc.style, doc.page)
    data = json.dumps(document_data(doc, looks), ensure_ascii=False, separators=(",", ":"))
    check_cancel(cancel)
    family = looks.role("body").family
    if cancel is None:
        pdf = _compile(family, data, standard, doc.date)
    else:
        pdf = _compile_or_cancel(family, data, standard, doc.date, cancel)
    return pdf, _page_count(pdf)


def write_tagged_pdf(
    doc: LayoutTree,
    out: BinaryIO,
    standard: PdfStandard = "ua-1",
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> int:
    """Write ``doc`` as a tagged PDF meeting ``standard`` to the binary
    stream ``out`` and return the page count.  Raises
    :class:`ExportCancelled` as soon as ``cancel()`` returns true, also
    while Typst lays the document out; nothing is written to ``out`` when
    the export is cancelled or fails."""
    check_cancel(cancel)
    if progress is not None:
        progress(0.0)
    pdf, pages = tagged_pdf_bytes(doc, standard, cancel)
    check_cancel(cancel)
    out.write(pdf)
    if progress is not None:
        progress(1.0)
    return pages


__all__ = ["tagged_pdf_bytes", "write_tagged_pdf"]
