"""Stamping a numbered copy onto the bytes of any PDF.

The office sends a brief to several readers and must know who holds which
copy.  :func:`stamp_copy` takes the bytes of *any* PDF (whichever writer
made it) and returns them with "Copy N of M · Name (Organisation)" at the
foot of every page and the name as a faint diagonal watermark.  The body is
neither laid out again nor rewritten: the stamp is an *incremental update*
appended to the file (a form XObject per page size, drawn after each page's
own content in a saved and restored graphics state), so every copy holds
the same body byte for byte and fifty copies cost little more than one
export.  The stamp is drawn by reportlab in the bundled fonts (a name in any
script prints, shaped and in display order); pypdf reads the body's pages
and the stamp's objects.

Imported on first use by :func:`briefer.export.formats.write_copies`.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterable

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..templates.style import Style
from . import fonts
from .copies import CopiesError, Copy
from .pdf_text import clean, draw_line, line_pieces, pieces_width

STAMP_SIZE = 7.0  # pt: the copy line at the foot of each page
STAMP_MIN_SIZE = 4.5  # pt: a long holder's line shrinks to this, then is cut
STAMP_FROM_BOTTOM_MM = 3.2  # its baseline, under the bottom marking
STAMP_COLOUR = "#3A3A3A"
WATERMARK_COLOUR = "#1F3A5F"
WATERMARK_OPACITY = 0.07
WATERMARK_MAX_SIZE = 54.0
WATERMARK_DIAGONAL_FRACTION = 0.6


def _overlay(copy: Copy, width: float, height: float, family: str) -> bytes:
    """One page, ``width`` × ``height`` points, holding only the stamp."""
    buf = io.BytesIO()
    # Start in a bundled face: reportlab's default (Helvetica) would be referenced, unembedded.
    c = Canvas(buf, pagesize=(width, height), invariant=1, pageCompression=1, initialFontName=fonts.latin_face(family))
    c.setCreator(f"Briefer {__version__}")
    c.setProducer(f"Briefer {__version__}")
    # The watermark: the name, faint, corner to corner, behind nothing
    # (it is drawn over the page, so it stays faint enough to read through).
    pieces = line_pieces(clean(copy.name), family)  # the face of the copy line: one font subset per copy
    diagonal = math.hypot(width, height)
    size = WATERMARK_MAX_SIZE
    w = pieces_width(pieces, size) or 1.0
    size = min(size, size * diagonal * WATERMARK_DIAGONAL_FRACTION / w)
    c.saveState()
    c.setFillColor(HexColor(WATERMARK_COLOUR), alpha=WATERMARK_OPACITY)
    c.translate(width / 2, height / 2)
    c.rotate(math.degrees(math.atan2(height, width)))
    draw_line(c, pieces, 0, -size * 0.35, size, "center")
    c.restoreState()
    # The copy line at the foot, shrunk to fit the page's width; a holder
    # too long even at the smallest size is cut with "…" (the register has it whole).
    text = clean(copy.stamp_text)
    line = line_pieces(text, family)
    size = STAMP_SIZE
    room = width - 2 * 12 * mm
    full = pieces_width(line, size)
    if full > room:
        size = max(STAMP_MIN_SIZE, size * room / full)
    if pieces_width(line, size) > room:
        lo, hi = 0, len(text)
        while lo < hi:  # the longest prefix that fits with "…"
            mid = (lo + hi + 1) // 2
            if pieces_width(line_pieces(text[:mid].rstrip() + "…", family), size) <= room:
                lo = mid
            else:
                hi = mid - 1
        line = line_pieces(text[:lo].rstrip() + "…", family)
    c.setFillColor(HexColor(STAMP_COLOUR))
    draw_line(c, line, width / 2, STAMP_FROM_BOTTOM_MM * mm, size, "center")
    c.showPage()
    c.save()
    return buf.getvalue()


_FORM_NAME = NameObject("/BrieferCopy")


class _Body:
    """What stamping needs of the body PDF, read once for all copies: each
    page's object number, dictionary, resources and media box; the
    trailer; where the last cross-reference section starts."""

    def __init__(self, pdf: bytes):
        self.pdf = pdf
        try:
            reader = PdfReader(io.BytesIO(pdf))
            if reader.is_encrypted:
                raise CopiesError("the PDF is encrypted; numbered copies are stamped on an unencrypted export")
            self.pages: list[tuple[int, int, DictionaryObject, DictionaryObject, tuple[float, float, float, float]]] = []
            for page in reader.pages:
                ref = page.indirect_reference
                assert ref is not None
                resources = _inherited(page, "/Resources")
                box = page.mediabox
                self.pages.append(
                    (ref.idnum, ref.generation, DictionaryObject(page), DictionaryObject(resources.get_object() if resources else {}),
                     (float(box.left), float(box.bottom), float(box.width), float(box.height)))
                )
            trailer = reader.trailer
            self.size = int(trailer["/Size"])
            self.root = trailer.raw_get("/Root")
            self.info = trailer.raw_get("/Info") if "/Info" in trailer else None
            self.id = trailer.get("/ID")
        except CopiesError:
            raise
        except Exception as e:  # pypdf's errors for a broken file are many
            raise CopiesError(f"the PDF to stamp cannot be read ({e})") from None
        at = pdf.rfind(b"startxref")
        if at < 0:
            raise CopiesError("the PDF to stamp has no cross-reference table")
        self.startxref = int(pdf[at + len(b"startxref") :].split()[0])


def _inherited(page: DictionaryObject, key: str) -> object | None:
    node: DictionaryObject | None = page
    while node is not None:
        if key in node:
            return node.raw_get(key)
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None  # type: ignore[assignment]
    return None


class _Update:
    """The objects of one incremental update, numbered after the body's."""

    def __init__(self, first: int):
        self.next = first
        self.objects: list[tuple[int, int, object]] = []
        self._moved: dict[tuple[int, int], IndirectObject] = {}

    def add(self, obj: object) -> IndirectObject:
        ref = IndirectObject(self.next, 0, None)  # type: ignore[arg-type]
        self.next += 1
        self.objects.append((ref.idnum, 0, obj))
        return ref

    def replace(self, num: int, gen: int, obj: object) -> None:
        self.objects.append((num, gen, obj))

    def adopt(self, obj: object) -> object:
        """``obj`` (from the overlay's file) with every object it refers to
        added to this update under a new number."""
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key not in self._moved:
                target = obj.get_object()
                ref = IndirectObject(self.next, 0, None)  # type: ignore[arg-type]
                self.next += 1
                self._moved[key] = ref
                self.objects.append((ref.idnum, 0, None))
                at = len(self.objects) - 1
                self.objects[at] = (ref.idnum, 0, self.adopt(target))
            return self._moved[key]
        if isinstance(obj, StreamObject):
            copy = EncodedStreamObject()
            copy._data = obj._data  # as stored, still compressed
            for k, v in obj.items():
                if k != "/Length":
                    copy[NameObject(k)] = self.adopt(v)  # type: ignore[assignment]
            return copy
        if isinstance(obj, DictionaryObject):
            return DictionaryObject({NameObject(k): self.adopt(v) for k, v in obj.items()})
        if isinstance(obj, ArrayObject):
            return ArrayObject(self.adopt(v) for v in obj)
        return obj

    def write(self, body: _Body) -> bytes:
        out = io.BytesIO()
        out.write(body.pdf)
        if not body.pdf.endswith(b"\n"):
            out.write(b"\n")
        offsets: list[tuple[int, int, int]] = []
        for num, gen, obj in self.objects:
            offsets.append((num, gen, out.tell()))
            out.write(f"{num} {gen} obj\n".encode())
            obj.write_to_stream(out)  # type: ignore[attr-defined]
            out.write(b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 1\n0000000000 65535 f\r\n")
        for num, gen, offset in sorted(offsets):
            out.write(f"{num} 1\n{offset:010d} {gen:05d} n\r\n".encode())
        trailer = DictionaryObject(
            {NameObject("/Size"): NumberObject(max(self.next, body.size)), NameObject("/Root"): body.root, NameObject("/Prev"): NumberObject(body.startxref)}
        )
        if body.info is not None:
            trailer[NameObject("/Info")] = body.info
        if body.id is not None:
            trailer[NameObject("/ID")] = body.id
        out.write(b"trailer\n")
        trailer.write_to_stream(out)
        out.write(f"\nstartxref\n{xref}\n%%EOF\n".encode())
        return out.getvalue()


def _form(update: _Update, overlay: bytes) -> IndirectObject:
    """The overlay's one page as a form XObject in ``update``."""
    page = PdfReader(io.BytesIO(overlay)).pages[0]
    content = page.raw_get("/Contents").get_object()
    form = update.adopt(content)
    assert isinstance(form, StreamObject)
    box = page.mediabox
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(box.width), FloatObject(box.height)]),
            NameObject("/Resources"): update.adopt(page.raw_get("/Resources")),
        }
    )
    return update.add(form)


def _stream(data: bytes) -> DecodedStreamObject:
    s = DecodedStreamObject()
    s.set_data(data)
    return s


StampBody = _Body  # what stamp_copy takes in place of bytes to read the body once


def stamp_copy(pdf: bytes | _Body, copy: Copy, *, family: str | None = None) -> bytes:
    """``pdf`` with ``copy``'s stamp on every page.  The body is not laid
    out again, nor rewritten: the stamp is an incremental update appended
    to its bytes (a form drawn after each page's own content, in a saved
    and restored graphics state), so every copy holds the same body."""
    body = pdf if isinstance(pdf, _Body) else _Body(pdf)
    family = family or Style().font_family
    update = _Update(body.size)
    save = update.add(_stream(b"q\n"))
    forms: dict[tuple[float, float], IndirectObject] = {}
    draws: dict[tuple[float, float, float, float], IndirectObject] = {}
    for num, gen, page, resources, (left, bottom, width, height) in body.pages:
        key = (round(width, 2), round(height, 2))
        if key not in forms:
            forms[key] = _form(update, _overlay(copy, *key, family))
        box = (left, bottom, *key)
        if box not in draws:
            draws[box] = update.add(_stream(f"Q q 1 0 0 1 {left:g} {bottom:g} cm {_FORM_NAME} Do Q\n".encode()))
        xobjects = resources.get("/XObject")
        xobjects = DictionaryObject(xobjects.get_object() if xobjects is not None else {})
        xobjects[_FORM_NAME] = forms[key]
        new_resources = DictionaryObject(resources)
        new_resources[NameObject("/XObject")] = xobjects
        contents = page.raw_get("/Contents") if "/Contents" in page else None
        resolved = contents.get_object() if contents is not None else None
        before = list(resolved) if isinstance(resolved, ArrayObject) else [contents] if contents is not None else []
        new_page = DictionaryObject(page)
        new_page[NameObject("/Resources")] = new_resources
        new_page[NameObject("/Contents")] = ArrayObject([save, *before, draws[box]])
        update.replace(num, gen, new_page)
    return update.write(body)


def stamp_copies(
    pdf: bytes, copies: Iterable[Copy], *, family: str | None = None, cancel: Callable[[], bool] | None = None
) -> Iterable[tuple[Copy, bytes]]:
    """``(copy, bytes)`` for each of ``copies``, the body read once."""
    body = _Body(pdf)
    for copy in copies:
        if cancel is not None and cancel():
            return
        yield copy, stamp_copy(body, copy, family=family)




__all__ = ["StampBody", "stamp_copies", "stamp_copy"]
