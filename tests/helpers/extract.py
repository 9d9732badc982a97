"""Text and metadata out of exported PDF and DOCX files.

Every function takes a path, raw ``bytes`` or a binary stream, so tests can
export to a ``BytesIO`` and never touch the disk.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from typing import BinaryIO

Source = str | os.PathLike[str] | bytes | BinaryIO


def _stream(src: Source) -> BinaryIO:
    if isinstance(src, (bytes, bytearray)):
        return io.BytesIO(bytes(src))
    if hasattr(src, "read"):
        src.seek(0)  # type: ignore[union-attr]
        return src  # type: ignore[return-value]
    return open(os.fspath(src), "rb")  # noqa: SIM115 - closed by the reader's owner (tests)


def _bytes(src: Source) -> bytes:
    s = _stream(src)
    try:
        return s.read()
    finally:
        if not isinstance(src, (bytes, bytearray)) and not hasattr(src, "read"):
            s.close()


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------


def _pdf_reader(src: Source):  # noqa: ANN202 - pypdf.PdfReader
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(_bytes(src)), strict=True)


def pdf_text(src: Source) -> str:
    """All text of a PDF, pages joined by a form feed, as pypdf extracts it.

    What extraction gives back (see ``briefer/export/pdf_text.py``): Arabic
    as presentation forms in visual order (NFKC maps the forms back),
    right-to-left lines in display order, a wrapped line as a newline.
    Use :mod:`helpers.compare` to compare it with the typed text.
    """
    reader = _pdf_reader(src)
    return "\f".join(page.extract_text() or "" for page in reader.pages)


def pdf_page_count(src: Source) -> int:
    return len(_pdf_reader(src).pages)


def pdf_metadata(src: Source) -> dict[str, str]:
    """The document information dictionary, keys without the slash."""
    meta = _pdf_reader(src).metadata or {}
    return {str(k).lstrip("/"): str(v) for k, v in meta.items()}


def pdf_raw_metadata(src: Source) -> str:
    """Everything in the file that could carry metadata, as text: the info
    dictionary, any XMP packet, and the raw bytes outside content streams
    decoded as Latin-1 (so a leaked string is found wherever it is)."""
    data = _bytes(src)
    reader = _pdf_reader(data)
    parts = [repr(pdf_metadata(data))]
    xmp = reader.xmp_metadata
    if xmp is not None:
        parts.append(xmp.stream.get_data().decode("utf-8", "replace"))
    parts.append(data.decode("latin-1"))
    return "\n".join(parts)


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(p) -> str:  # noqa: ANN001 - an lxml w:p element
    out: list[str] = []
    for el in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "delText", _W + "instrText"):
        tag = el.tag[len(_W) :]
        if tag in ("t", "delText"):
            out.append(el.text or "")
        elif tag == "tab":
            out.append("\t")
        elif tag in ("br", "cr"):
            out.append("\n")
        # instrText (field codes such as PAGE) is not text a reader sees
    # The FSI/PDI the writer sets around right-to-left text in a
    # left-to-right paragraph are invisible (the model strips any typed).
    return "".join(out).replace("\u2068", "").replace("\u2069", "")


def _part_text(element) -> str:  # noqa: ANN001
    """Paragraphs of a body, header or footer in document order, tables
    (and nested tables) included, one paragraph per line."""
    return "\n".join(_paragraph_text(p) for p in element.iter(_W + "p"))


def docx_text(src: Source, *, headers: bool = True) -> str:
    """All visible text of a DOCX: the body (paragraphs and every table cell,
    in document order) and, with ``headers``, every section's headers and
    footers (default, first page, even pages).  Opens the file with
    python-docx, so a document python-docx cannot open fails here."""
    import docx

    document = docx.Document(_stream(src))
    parts = [_part_text(document.element.body)]
    if headers:
        seen: set[int] = set()
        for section in document.sections:
            for hf in (
                section.header,
                section.first_page_header,
                section.even_page_header,
                section.footer,
                section.first_page_footer,
                section.even_page_footer,
            ):
                if hf.is_linked_to_previous:
                    continue
                el = hf._element  # noqa: SLF001 - python-docx has no public XML accessor
                if id(el) in seen:
                    continue
                seen.add(id(el))
                parts.append(_part_text(el))
    return "\n".join(parts)


_CORE_FIELDS = (
    "author",
    "category",
    "comments",
    "content_status",
    "identifier",
    "keywords",
    "language",
    "last_modified_by",
    "subject",
    "title",
    "version",
)


def docx_core_props(src: Source) -> dict[str, object]:
    """The core properties python-docx reads (author, title, …, revision,
    created/modified), as a dict."""
    import docx

    cp = docx.Document(_stream(src)).core_properties
    out: dict[str, object] = {name: getattr(cp, name) for name in _CORE_FIELDS}
    out.update(revision=cp.revision, created=cp.created, modified=cp.modified, last_printed=cp.last_printed)
    return out


def docx_metadata_xml(src: Source) -> dict[str, str]:
    """Every metadata part of the package (``docProps/*.xml`` and custom
    XML items) as text, by part name."""
    with zipfile.ZipFile(io.BytesIO(_bytes(src))) as z:
        return {
            name: z.read(name).decode("utf-8", "replace")
            for name in z.namelist()
            if name.startswith("docProps/") or name.startswith("customXml/")
        }


def docx_all_xml(src: Source) -> str:
    """Every XML part of the package, concatenated (for searching)."""
    with zipfile.ZipFile(io.BytesIO(_bytes(src))) as z:
        return "\n".join(
            z.read(n).decode("utf-8", "replace") for n in z.namelist() if re.search(r"\.(xml|rels)$", n)
        )
