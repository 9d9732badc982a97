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
import zlib
from collections.abc import Callable, Iterable

import uharfbuzz as hb
from fontTools.pens.basePen import BasePen
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
from .pdf_text import clean, draw_line, face_runs, line_pieces, pieces_width, visual_order
from .scripts import base_direction

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


_HB_FONTS: dict[str, "hb.Font"] = {}
_OUTLINES: dict[str, tuple] = {}  # face → (glyph order, glyph set, units per em), read once


def _hb_font(face: str) -> "hb.Font":
    font = _HB_FONTS.get(face)
    if font is None:
        font = _HB_FONTS[face] = hb.Font(hb.Face(fonts.font_data(face)))
    return font


Glyph = tuple[int, float, float, float]
"""(glyph id, advance, x offset, y offset), the lengths in ems."""


def _shaped_runs(text: str, family: str) -> list[tuple[str, list[Glyph]]]:
    """``text`` on one line as ``(face, glyphs)`` runs in display order,
    shaped by HarfBuzz (joined Arabic, Indic conjuncts), right-to-left runs
    in their visual order."""
    runs = face_runs(text, family)
    out: list[tuple[str, list[Glyph]]] = []
    for index, shown in visual_order([t for _, t in runs], base_direction(clean(text)) == "rtl"):
        face = runs[index][0]
        rtl = fonts.is_rtl_face(face)
        font = _hb_font(face)
        upem = font.face.upem
        buf = hb.Buffer()
        buf.add_str(shown[::-1] if rtl else shown)  # HarfBuzz shapes logical text, gives glyphs in visual order
        buf.guess_segment_properties()
        if rtl:
            buf.direction = "rtl"
        hb.shape(font, buf)
        glyphs = [
            (info.codepoint, pos.x_advance / upem, pos.x_offset / upem, pos.y_offset / upem)
            for info, pos in zip(buf.glyph_infos, buf.glyph_positions)
        ]
        out.append((face, glyphs))
    return out


class _RecordingPen(BasePen):
    """A glyph's outline as path segments in font units (quadratic curves
    made cubic), recorded once per glyph."""

    def __init__(self, glyphs: object) -> None:
        super().__init__(glyphs)
        self.segments: list[tuple] = []

    def _moveTo(self, pt):  # noqa: ANN001, ANN202, N802 (fontTools API)
        self.segments.append(("m", *pt))

    def _lineTo(self, pt):  # noqa: ANN001, ANN202, N802
        self.segments.append(("l", *pt))

    def _curveToOne(self, p1, p2, p3):  # noqa: ANN001, ANN202, N802
        self.segments.append(("c", *p1, *p2, *p3))

    def _closePath(self):  # noqa: ANN202, N802
        self.segments.append(("h",))


_GLYPH_OPS: dict[tuple[str, int], tuple[str, int]] = {}


def _glyph_ops(face: str, gid: int) -> tuple[str, int]:
    """(path operators in font units, units per em) of glyph ``gid`` of ``face``, made once."""
    key = (face, gid)
    found = _GLYPH_OPS.get(key)
    if found is None:
        outlines = _OUTLINES.get(face)
        if outlines is None:
            font = fonts.outlines(face)
            outlines = _OUTLINES[face] = (font.getGlyphOrder(), font.getGlyphSet(), font["head"].unitsPerEm)
        order, glyph_set, upem = outlines
        pen = _RecordingPen(glyph_set)
        if 0 <= gid < len(order):
            glyph_set[order[gid]].draw(pen)
        ops = " ".join(" ".join(f"{n:g}" for n in seg[1:]) + f" {seg[0]}" if len(seg) > 1 else seg[0] for seg in pen.segments)
        found = _GLYPH_OPS[key] = (ops, upem)
    return found


_FAINT = NameObject("/BrieferFaint")
_NAME_FORM = NameObject("/BrieferName")


def _watermark_ops(name: str, family: str, width: float, height: float) -> bytes:
    """The content of the name watermark on a ``width`` × ``height`` page:
    the name's glyph outlines, corner to corner, each glyph filled in full
    colour (the form that holds them is a transparency group, painted
    faintly as a whole through ``/BrieferFaint``, so overlapping glyphs do
    not darken).  Shapes, not text (as the DRAFT watermark): copying text,
    searching and screen readers never meet the name in the middle of a
    sentence; the copy line has it as text."""
    runs = _shaped_runs(name, family)
    ems = sum(adv for _face, glyphs in runs for _gid, adv, _dx, _dy in glyphs)
    if not ems:
        return b""
    size = min(WATERMARK_MAX_SIZE, math.hypot(width, height) * WATERMARK_DIAGONAL_FRACTION / ems)
    angle = math.atan2(height, width)
    cos, sin = math.cos(angle), math.sin(angle)
    r, g, b = (int(WATERMARK_COLOUR[i : i + 2], 16) / 255 for i in (1, 3, 5))
    ops = [f"{r:.4f} {g:.4f} {b:.4f} rg", f"{cos:.5f} {sin:.5f} {-sin:.5f} {cos:.5f} {width / 2:.2f} {height / 2:.2f} cm"]
    x, y = -ems * size / 2, -size * 0.35
    for face, glyphs in runs:
        for gid, advance, dx, dy in glyphs:
            path, upem = _glyph_ops(face, gid)
            if path:
                k = size / upem
                ops.append(f"q {k:.6f} 0 0 {k:.6f} {x + dx * size:.2f} {y + dy * size:.2f} cm {path} f Q")
            x += advance * size
    return "\n".join(ops).encode("ascii")


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


def _form(update: _Update, overlay: bytes, watermark: bytes = b"") -> IndirectObject:
    """The overlay's one page, after the ``watermark`` operators (drawn with
    the graphics state ``/BrieferFaint``), as a form XObject in ``update``."""
    page = PdfReader(io.BytesIO(overlay)).pages[0]
    content = page.raw_get("/Contents").get_object()
    box = page.mediabox
    bbox = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(box.width), FloatObject(box.height)])
    resources = update.adopt(page.raw_get("/Resources"))
    assert isinstance(resources, DictionaryObject)
    data = content.get_data()
    if watermark:
        name = EncodedStreamObject()
        name._data = zlib.compress(watermark)
        name.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): bbox,
                NameObject("/Group"): DictionaryObject({NameObject("/S"): NameObject("/Transparency")}),
                NameObject("/Resources"): DictionaryObject(),
                NameObject("/Filter"): NameObject("/FlateDecode"),
            }
        )
        xobjects = resources.get("/XObject")
        xobjects = DictionaryObject(xobjects.get_object() if xobjects is not None else {})
        xobjects[_NAME_FORM] = update.add(name)
        resources[NameObject("/XObject")] = xobjects
        data = f"q {_FAINT} gs {_NAME_FORM} Do Q\n".encode() + data
    form = EncodedStreamObject()
    form._data = zlib.compress(data)
    states = resources.get("/ExtGState")
    states = DictionaryObject(states.get_object() if states is not None else {})
    states[_FAINT] = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/ExtGState"),
            NameObject("/ca"): FloatObject(WATERMARK_OPACITY),
            NameObject("/CA"): FloatObject(WATERMARK_OPACITY),
        }
    )
    resources[NameObject("/ExtGState")] = states
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): bbox,
            NameObject("/Resources"): resources,
            NameObject("/Filter"): NameObject("/FlateDecode"),
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
            forms[key] = _form(update, _overlay(copy, *key, family), _watermark_ops(copy.name, family, *key))
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
