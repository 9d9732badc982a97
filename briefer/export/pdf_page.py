"""What every PDF page carries around the text: the handling marking, the
running header, the DRAFT watermark and the "Page X of Y" footer; plus the
canvas that makes "of Y" possible in one layout pass and writes clean
metadata.

"Page X of Y" needs the total before the first page is finished.  Instead of
laying the document out twice, :class:`BrieferCanvas` keeps each finished
page's state and draws the footers when the document is saved (reportlab's
well-known "NumberedCanvas" pattern; the page contents are in memory until
save anyway).  The watermark is drawn when a page starts, so it sits behind
the text.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable
from dataclasses import dataclass

from fontTools.pens.basePen import BasePen
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from . import fonts
from .layout import LayoutTree
from .looks import PAGE_LABEL, Looks, page_number_text
from .pdf_text import clean, draw_line, line_pieces, pieces_width


class _CleanInfo(PDFInfo):
    """The document information dictionary without reportlab's defaults:
    no "anonymous" author or creator, no empty keywords/subject."""

    fields: dict[str, str | None] = {}  # "Title", "Author", … as we mean them

    date: dt.date | None = None  # CreationDate and ModDate: the brief's own date

    def format(self, document):  # noqa: ANN001, ANN201
        d: dict[str, object] = {}
        for key, value in self.fields.items():
            if value:
                d[key] = PDFString(value)
        if self.date is not None:
            # Midnight UTC of the brief's date: the same brief gives the same bytes.
            d["CreationDate"] = d["ModDate"] = PDFString(f"D:{self.date:%Y%m%d}000000Z")
        d["Trapped"] = PDFName(self.trapped)
        return PDFDictionary(d).format(document)


class BrieferCanvas(Canvas):
    """A canvas that defers the page footers until the page count is known.

    ``finishers`` are called for every page at save time with
    ``(canvas, page_number, page_count)``.

    Bookmarks (named destinations: the outline, the contents' and the
    programme's links) name their page by the document's page counter, which
    ``showPage`` advances while pages are held back and ``save`` replays."""

    finishers: list[Callable[["BrieferCanvas", int, int], None]]

    def __init__(self, *args, info: dict[str, str | None] | None = None, date: dt.date | None = None, **kwargs):  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        # The info object is already referenced by the document: retype it.
        self._doc.info.__class__ = _CleanInfo
        self._doc.info.fields = dict(info or {})
        self._doc.info.date = date
        self._saved_pages: list[dict] = []
        self.finishers = []
        self.showOutline()  # open with the bookmarks pane showing

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._saved_pages.append(dict(self.__dict__))
        # Bookmarks and links name their page by the document's page
        # counter: advance it as a real showPage would, so a heading on page
        # 5 is bookmarked on page 5.  save() replays from page 1.
        self._doc.pageCounter += 1
        self._startPage()

    def save(self) -> None:
        count = len(self._saved_pages)
        self._doc.pageCounter = 1
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            for finish in self.finishers:
                finish(self, number, count)
            Canvas.showPage(self)
        self._saved_pages = []
        Canvas.save(self)


class _PathPen(BasePen):
    """fontTools pen → a reportlab path, glyph units scaled and moved."""

    def __init__(self, glyphs: object, path: object, x: float, y: float, scale: float) -> None:
        super().__init__(glyphs)
        self.path, self.x, self.y, self.scale = path, x, y, scale

    def _p(self, pt: tuple[float, float]) -> tuple[float, float]:
        return self.x + pt[0] * self.scale, self.y + pt[1] * self.scale

    def _moveTo(self, pt):  # noqa: ANN001, ANN202, N802 (fontTools API)
        self.path.moveTo(*self._p(pt))

    def _lineTo(self, pt):  # noqa: ANN001, ANN202, N802
        self.path.lineTo(*self._p(pt))

    def _curveToOne(self, p1, p2, p3):  # noqa: ANN001, ANN202, N802
        self.path.curveTo(*self._p(p1), *self._p(p2), *self._p(p3))

    def _closePath(self):  # noqa: ANN202, N802
        self.path.close()


def _outline(path: object, face: str, text: str, x: float, y: float, size: float) -> float:
    """Add ``text`` in ``face`` at ``size`` to ``path`` as glyph outlines,
    starting at ``x`` on baseline ``y``; returns the x after it.  Shapes,
    not text: the watermark stays out of the text layer (copy, search and
    screen readers never meet "DRAFT" in the middle of a sentence)."""
    font = fonts.outlines(face)
    cmap = font.getBestCmap() or {}
    glyphs = font.getGlyphSet()
    metrics = font["hmtx"]
    scale = size / font["head"].unitsPerEm
    for ch in text:
        name = cmap.get(ord(ch), ".notdef")
        glyphs[name].draw(_PathPen(glyphs, path, x, y, scale))
        x += metrics[name][0] * scale
    return x


@dataclass
class PageFurniture:
    """Draws the marking, running header, footer and watermark of ``doc``."""

    doc: LayoutTree
    looks: Looks
    page_width: float
    page_height: float

    def __post_init__(self) -> None:
        text = self.looks.text
        self.banner, self.running_header = text["banner"], text["running_header"]
        self.page_number, self.watermark = text["page_number"], text["watermark"]
        self.family = self.banner.family
        self._marking = line_pieces(self.doc.marking, self.family, bold=self.banner.bold) if self.doc.marking else None
        self._header = line_pieces(self.doc.header_text, self.family) if self.doc.header_text else None
        self._water = line_pieces(self.doc.watermark, self.family, bold=self.watermark.bold) if self.doc.watermark else None
        page = self.doc.page
        f = self.f = self.looks.furniture
        self.left = page.margin_left_mm * mm
        self.right = self.page_width - page.margin_right_mm * mm
        self.top = self.page_height - page.margin_top_mm * mm
        self.bottom = page.margin_bottom_mm * mm
        self.marking_top_y = self.page_height - f.marking_top_mm * mm
        self.header_y = self.top + f.header_above_text_mm * mm
        self.marking_bottom_y = f.marking_bottom_mm * mm
        self.page_number_y = f.page_number_mm * mm
        self.marking_size, self._marking_lines = self._fit_marking()
        self.marking_top_ys, self.marking_bottom_ys = self._marking_baselines()
        if self._header:
            logo_w = self.doc.header_logo.width_mm * mm + f.logo_gap_mm * mm if self.doc.header_logo else 0.0
            self._header = self._fit(self.doc.header_text, self.right - self.left - logo_w, self.running_header.size)
        self._water_path: PDFPathObject | None = None
        self._logo = None
        if self.doc.header_logo is not None:
            self._logo = ImageReader(io.BytesIO(self.doc.header_logo.data))

    def _fit_marking(self) -> tuple[float, list[list[tuple[str, str]]]]:
        """The marking's size and lines (display-ordered pieces): on one
        line at the banner size when it fits between the margins, else
        shrunk to fit down to the banner's smallest size, else wrapped at
        that size.  Every character of a security marking is printed."""
        look, f = self.banner, self.f
        if not self._marking:
            return look.size, []
        width = self.right - self.left
        full = pieces_width(self._marking, look.size)
        if full <= width:
            return look.size, [self._marking]
        shrunk = look.size * width / full * 0.999  # widths scale with the size
        if shrunk >= f.banner_min_size:
            return shrunk, [self._marking]
        size = f.banner_min_size
        text = " ".join(clean(self.doc.marking or "").split())
        return size, [line_pieces(line, self.family, bold=look.bold) for line in self._wrap(text, width, size)]

    def _wrap(self, text: str, width: float, size: float) -> list[str]:
        """``text`` in lines no wider than ``width`` at ``size``: broken at
        spaces, and inside a word only when the word alone is too wide."""

        def fits(line: str) -> bool:
            return pieces_width(line_pieces(line, self.family, bold=self.banner.bold), size) <= width

        lines: list[str] = []
        line = ""
        for word in text.split(" "):
            candidate = f"{line} {word}" if line else word
            if fits(candidate):
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while not fits(line):  # a word wider than the line: break it
                cut = len(line) - 1
                while cut > 1 and not fits(line[:cut]):
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        if line:
            lines.append(line)
        return lines

    def _marking_baselines(self) -> tuple[list[float], list[float]]:
        """Baselines of the top and bottom marking's lines.  The top block
        grows upwards from its baseline, the bottom one downwards, each
        moved back inside the page if it would come within the edge
        clearance."""
        n = len(self._marking_lines)
        if not n:
            return [], []
        leading = self.marking_size * self.banner.line_height
        ascent, descent = getAscentDescent(fonts.latin_face(self.family, self.banner.bold), self.marking_size)
        clearance = self.f.edge_clearance_mm * mm
        top = [self.marking_top_y + (n - 1 - i) * leading for i in range(n)]
        over = top[0] + ascent - (self.page_height - clearance)
        if over > 0:
            top = [y - over for y in top]
        bottom = [self.marking_bottom_y - i * leading for i in range(n)]
        under = clearance - (bottom[-1] + descent)  # descent is negative
        if under > 0:
            bottom = [y + under for y in bottom]
        return top, bottom

    def _fit(self, text: str, width: float, size: float):  # noqa: ANN202 - pdf_text's piece list
        """``text`` as line pieces, cut with an ellipsis to ``width``."""
        pieces = line_pieces(text, self.family)
        if pieces_width(pieces, size) <= width:
            return pieces
        lo, hi = 0, len(text)
        while lo < hi:  # the longest prefix that fits with "…"
            mid = (lo + hi + 1) // 2
            if pieces_width(line_pieces(text[:mid].rstrip() + "…", self.family), size) <= width:
                lo = mid
            else:
                hi = mid - 1
        return line_pieces(text[:lo].rstrip() + "…", self.family)

    # Drawn when a page starts (behind the text) -------------------------

    def on_page(self, canvas: Canvas, doc: object = None) -> None:
        f = self.f
        canvas.saveState()
        if self._water:
            self._draw_watermark(canvas)
        if self._marking_lines:
            canvas.setFillColor(HexColor(self.banner.colour))
            size = self.marking_size
            for line, y in zip(self._marking_lines, self.marking_top_ys):
                draw_line(canvas, line, self.page_width / 2, y, size, "center")
            for line, y in zip(self._marking_lines, self.marking_bottom_ys):
                draw_line(canvas, line, self.page_width / 2, y, size, "center")
        running = canvas.getPageNumber() >= f.running_header_from_page
        if self._header and running:
            canvas.setFillColor(HexColor(self.running_header.colour))
            y = self.header_y
            draw_line(canvas, self._header, self.left, y, self.running_header.size, "left")
            canvas.setStrokeColor(HexColor(f.header_rule.colour))
            canvas.setLineWidth(f.header_rule.weight)
            rule_y = y - f.header_rule_gap_mm * mm
            canvas.line(self.left, rule_y, self.right, rule_y)
        if self._logo is not None and running:
            logo = self.doc.header_logo
            assert logo is not None
            w, h = logo.width_mm * mm, logo.height_mm * mm
            canvas.drawImage(self._logo, self.right - w, self.header_y - f.logo_drop_mm * mm, w, h, mask="auto")
        canvas.restoreState()

    def _draw_watermark(self, canvas: Canvas) -> None:
        f = self.f
        assert self._water is not None

        diagonal = math.hypot(self.page_width, self.page_height)
        size = f.watermark_max_size
        width = pieces_width(self._water, size) or 1.0
        size = min(size, size * diagonal * f.watermark_diagonal_fraction / width)
        canvas.saveState()
        canvas.setFillColor(HexColor(f.watermark_colour), alpha=f.watermark_opacity)
        canvas.translate(self.page_width / 2, self.page_height / 2)
        canvas.rotate(math.degrees(math.atan2(self.page_height, self.page_width)))
        if self._water_path is None:  # the same shapes on every page: made once
            x = -pieces_width(self._water, size) / 2
            self._water_path = PDFPathObject()
            for face, piece in self._water:
                x = _outline(self._water_path, face, piece, x, -size * f.watermark_drop, size)
        canvas.drawPath(self._water_path, stroke=0, fill=1)
        canvas.restoreState()

    # Drawn at save time, when the page count is known -------------------

    def footer(self, canvas: Canvas, page: int, pages: int) -> None:
        look = self.page_number
        text = page_number_text(self.doc.labels.get("page", PAGE_LABEL), page, pages)
        canvas.saveState()
        canvas.setFillColor(HexColor(look.colour))
        x, align = {"start": (self.left, "left"), "center": ((self.left + self.right) / 2, "center")}.get(look.align, (self.right, "right"))
        draw_line(canvas, line_pieces(text, self.family), x, self.page_number_y, look.size, align)
        canvas.restoreState()
