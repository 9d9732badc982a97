"""The PDF writer: a :class:`~briefer.export.layout.LayoutTree` → a PDF file.

Translates each layout node into reportlab flowables, every size, colour,
spacing and table geometry taken from the looks table (:mod:`.looks`);
*what* is printed was decided by compose.  Text handling (escaping, per-script fonts, right-to-left lines)
lives in :mod:`.pdf_text`, the page furniture (marking, running header,
footer, watermark) and the deferred-footer canvas in :mod:`.pdf_page`.

One layout pass.  The only exception is a document with a table of contents
that turns out too short to need one: it is laid out again without it (a
short document, so a cheap second pass).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle
from reportlab.platypus.flowables import CondPageBreak, HRFlowable

from .. import __version__
from . import fonts
from .layout import (
    LayoutBlock,
    Cell,
    LayoutTree,
    Heading,
    ImageBlock,
    Inline,
    KeyValue,
    ListBlock,
    PageBreak,
    Para,
    PointList,
    Rule,
    Run,
    Runs,
    Table,
    TableOfContents,
)
from .looks import CONTENTS_DEPTH, Look, Looks, TableLook, heading_level, looks_for, paper_mm
from .running import CancelCheck, ExportCancelled, ProgressCallback, check_cancel
from .pdf_page import BrieferCanvas, PageFurniture
from .pdf_text import BidiParagraph, Face, clean, make_paragraph, runs_markup
from .scripts import base_direction, has_rtl

# Binary streams instead of ASCII85: smaller files, and without reportlab's C
# accelerator ASCII85 encoding is a tenth of the export time.  (Process-wide
# reportlab setting; Briefer is its only user in the process.)
rl_config.useA85 = 0

# --------------------------------------------------------------------------
# Looks → reportlab paragraph styles
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _TextStyle:
    """A named paragraph style: the reportlab style plus the face its runs
    are set in (needed to pick per-script fonts)."""

    para: ParagraphStyle
    face: Face


def _para_style(name: str, look: Look) -> _TextStyle:
    """The reportlab style of one look (start-aligned; see ``_alignment``)."""
    face = Face(look.family, look.bold, look.italic)
    ps = ParagraphStyle(
        name,
        fontName=fonts.latin_face(look.family, look.bold, look.italic),
        fontSize=look.size,
        leading=look.leading,
        textColor=HexColor(look.colour),
        spaceBefore=look.before,
        spaceAfter=look.after,
        leftIndent=look.indent,
        splitLongWords=1,
        uriWasteReduce=0.3,  # break long URLs at / and - rather than run off
        embeddedHyphenation=1,
        allowWidows=0,
        allowOrphans=0,
        bulletFontName=fonts.latin_face(look.family, look.bold, False),
        bulletFontSize=look.size,
    )
    return _TextStyle(ps, face)


def _styles(looks: Looks) -> dict[str, _TextStyle]:
    return {name: _para_style(name, look) for name, look in looks.text.items()}


def _alignment(align: str, plain: str) -> int:
    """``start``/``end`` follow the text's base direction."""
    if align == "center":
        return TA_CENTER
    rtl = not plain.isascii() and base_direction(plain) == "rtl"
    if align == "end":
        return TA_LEFT if rtl else TA_RIGHT
    return TA_RIGHT if rtl else TA_LEFT


# --------------------------------------------------------------------------
# Flowables with behaviour
# --------------------------------------------------------------------------


class _HeadingMixin:
    """Draws a heading, records its page, bookmarks it and adds it to the
    PDF outline; level-1 headings may get a thin rule underneath."""

    briefer_key: str = ""
    briefer_title: str = ""
    briefer_outline_level: int | None = None
    briefer_rule: tuple[Color, float, float] | None = None  # colour, weight, gap below the text

    def draw(self) -> None:
        super().draw()  # type: ignore[misc]
        canv = self.canv  # type: ignore[attr-defined]
        if self.briefer_rule is not None:
            colour, weight, gap = self.briefer_rule
            canv.saveState()
            canv.setStrokeColor(colour)
            canv.setLineWidth(weight)
            canv.line(0, -gap, self.width, -gap)  # type: ignore[attr-defined]
            canv.restoreState()
        if not self.briefer_key:
            return
        canv.bookmarkHorizontal(self.briefer_key, 0, self.height + 4)  # type: ignore[attr-defined]
        if self.briefer_outline_level is not None:
            canv.addOutlineEntry(self.briefer_title, self.briefer_key, self.briefer_outline_level, closed=False)
        pages = getattr(canv, "heading_pages", None)
        if pages is not None:
            pages.setdefault(self.briefer_key, canv.getPageNumber())
        self.briefer_key = ""  # a split heading bookmarks once


class _HeadingPara(_HeadingMixin, Paragraph):
    pass


class _HeadingBidiPara(_HeadingMixin, BidiParagraph):
    pass


class _PageRef(Flowable):
    """The page number of a heading in the table of contents.  Its value is
    known only when the document is finished, so it is drawn at save time
    (see :class:`BrieferCanvas`)."""

    def __init__(self, key: str, font: str, size: float, leading: float, color: Color) -> None:
        super().__init__()
        self.key, self.font, self.size, self.leading, self.color = key, font, size, leading, color

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.leading

    def draw(self) -> None:
        # Same baseline as a one-line Paragraph: font size below the top.
        x, y = self.canv.absolutePosition(self.width, self.leading - self.size)
        self.canv.page_refs.setdefault(self.canv.getPageNumber(), []).append((x, y, self))


class _Marker(Flowable):
    """Zero-size flowable that notes the page it lands on under ``name``."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.markers[self.name] = self.canv.getPageNumber()


# --------------------------------------------------------------------------
# Layout nodes → flowables
# --------------------------------------------------------------------------


@dataclass
class _Builder:
    doc: LayoutTree
    looks: Looks
    frame_width: float
    with_toc: bool
    styles: dict[str, _TextStyle] = field(init=False)
    _variants: dict[tuple[str, int, bool], _TextStyle] = field(default_factory=dict)
    _outline_level: int = -1
    _keys: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.styles = _styles(self.looks)

    def style(self, name: str, alignment: int = TA_LEFT, bold: bool = False) -> _TextStyle:
        key = (name, alignment, bold)
        got = self._variants.get(key)
        if got is None:
            base = self.styles[name]
            if alignment == base.para.alignment and not bold:
                got = base
            else:
                face = Face(base.face.family, base.face.bold or bold, base.face.italic)
                ps = ParagraphStyle(
                    f"{name}-{alignment}-{bold}",
                    parent=base.para,
                    alignment=alignment,
                    fontName=fonts.latin_face(face.family, face.bold, face.italic),
                )
                got = _TextStyle(ps, face)
            self._variants[key] = got
        return got

    # inline ---------------------------------------------------------------

    def para(self, runs: Runs, style: str, align: str = "start", bold: bool = False, bullet: str | None = None) -> Paragraph:
        plain = "".join(r.text for r in runs)
        ts = self.style(style, _alignment(align, plain), bold)
        return make_paragraph(runs_markup(runs, ts.face), ts.para, plain, bullet=bullet)

    def list_block(self, b: ListBlock, style: str = "body") -> list[Flowable]:
        base = self.styles[style].para
        g = self.looks.lists
        indent = base.fontSize * (g.number_indent_em if b.ordered else g.bullet_indent_em)
        out: list[Flowable] = []
        for i, item in enumerate(b.items):
            bullet = f"{b.start + i}." if b.ordered else g.bullet
            p = self.para(item, style, bullet=bullet)
            p.style = ParagraphStyle(
                f"{p.style.name}-li",
                parent=p.style,
                leftIndent=indent,
                bulletIndent=indent * g.marker_offset,
                spaceAfter=base.spaceAfter * g.item_after_fraction,
            )
            out.append(p)
        if out:
            out[-1].style = ParagraphStyle(f"{out[-1].style.name}-last", parent=out[-1].style, spaceAfter=base.spaceAfter)
        return out

    def image(self, b: ImageBlock, max_width: float) -> Flowable:
        w, h = b.width_mm * mm, b.height_mm * mm
        if w > max_width and w > 0:
            w, h = max_width, h * max_width / w
        try:
            img = RLImage(io.BytesIO(b.data), width=w, height=h)
            img.hAlign = "LEFT"
            return img
        except Exception:  # noqa: BLE001 — a broken picture must not sink the export
            return Paragraph(" ", self.styles["small"].para)

    def inline(self, b: Inline, style: str, width: float, align: str = "start", bold: bool = False) -> list[Flowable]:
        if isinstance(b, Para):
            name = style if b.style == "body" else b.style
            return [self.para(b.runs, name, b.align if b.align != "start" else align, bold)]
        if isinstance(b, ListBlock):
            return self.list_block(b, style)
        if isinstance(b, ImageBlock):
            return [self.image(b, width)]
        return []

    # blocks ---------------------------------------------------------------

    def heading_reserve(self, level: int) -> float:
        """Space a heading needs below it on the page, or it starts a new one:
        the heading plus a few lines of what follows (a table's header row and
        first rows, a paragraph's first lines).  Unlike reportlab's
        keepWithNext, which holds a heading to the *whole* next table or list
        and leaves half-empty pages, this keeps only its start in view."""
        return self.looks.heading_reserve(level)

    def heading(self, h: Heading, index: int) -> Paragraph:
        level = heading_level(h.level)
        plain = clean(h.text)
        ts = self.style(f"h{level}", _alignment("start", plain))
        markup = runs_markup((Run(h.text),), ts.face)
        p = (_HeadingBidiPara if has_rtl(plain) else _HeadingPara)(markup, ts.para)
        if isinstance(p, BidiParagraph):
            p.rtl = base_direction(plain) == "rtl"
        key = h.key or f"section-{index}"
        while key in self._keys:
            key += "-"
        self._keys.add(key)
        p.briefer_key = key
        p.briefer_title = plain.replace("\n", " ")
        # Outline levels may only deepen one step at a time.
        self._outline_level = min(level - 1, self._outline_level + 1)
        p.briefer_outline_level = self._outline_level
        look = self.looks.heading(level)
        if look.rule_below is not None:
            p.briefer_rule = (HexColor(look.rule_below.colour), look.rule_below.weight, look.rule_gap)
        return p

    def table(self, t: Table) -> list[Flowable]:
        tl = self.looks.tables[t.kind]
        widths = self.looks.column_widths([c.width for c in t.columns], t.kind, self.frame_width)
        data: list[list[object]] = []
        commands: list[tuple] = []
        if t.header:
            data.append([self.para((Run(c.title),), tl.header, tl.header_align or c.align) for c in t.columns])
        first = len(data)
        for r, row in enumerate(t.rows, start=first):
            cells: list[object] = []
            for c, cell in enumerate(row[: len(t.columns)]):
                align = cell.align if cell.align != "start" else t.columns[c].align
                row_header = tl.row_header and c == 0
                if tl.cell_align is not None and not row_header and align == "start":
                    align = tl.cell_align
                cells.append(self.cell(cell, tl.header if row_header else tl.text, widths[c], align, cell.bold, tl))
                fill = cell.fill or (tl.header_fill if row_header else None)
                if fill:
                    commands.append(("BACKGROUND", (c, r), (c, r), HexColor(fill)))
            cells += [""] * (len(t.columns) - len(cells))
            data.append(cells)
        if not data:
            return []
        pad = tl.padding
        commands += [
            ("VALIGN", (0, 0), (-1, -1), tl.valign.upper()),
            ("LEFTPADDING", (0, 0), (-1, -1), pad.start),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad.end),
            ("TOPPADDING", (0, 0), (-1, -1), pad.top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad.bottom),
        ]
        if first:
            commands += [("VALIGN", (0, 0), (-1, first - 1), tl.header_valign.upper())]
        if tl.first_column_start_padding != pad.start:
            commands += [("LEFTPADDING", (0, 0), (0, -1), tl.first_column_start_padding)]
        if tl.rules is not None:
            commands.insert(0, ("GRID", (0, 0), (-1, -1), tl.rules.weight, HexColor(tl.rules.colour)))
        if t.header and tl.header_fill is not None:
            commands.insert(0, ("BACKGROUND", (0, 0), (-1, 0), HexColor(tl.header_fill)))
        row_heights = None
        if t.kind == "matrix" and len(widths) > 1:
            height = self.looks.matrix.row_height(widths, self.looks.body_size)
            row_heights = [None] * first + [height] * (len(data) - first)
        table = RLTable(
            data,
            colWidths=widths,
            rowHeights=row_heights,
            repeatRows=1 if t.header else 0,
            splitInRow=1 if tl.rows_may_split else 0,
            style=TableStyle(commands),
            hAlign="LEFT",
        )
        table.spaceAfter = tl.gap_before_caption if t.caption else tl.gap_after
        out: list[Flowable] = [table]
        if t.caption:
            out.append(self.para((Run(t.caption),), "caption"))
        return out

    def cell(self, cell: Cell, style: str, width: float, align: str, bold: bool, tl: TableLook) -> list[Flowable]:
        inner = width - tl.padding.start - tl.padding.end
        out: list[Flowable] = []
        for b in cell.blocks:
            out.extend(self.inline(b, style, inner, align, bold))
        if out:  # no trailing gap at the bottom of a cell
            last = out[-1]
            if isinstance(last, Paragraph):
                last.style = ParagraphStyle(f"{last.style.name}-end", parent=last.style, spaceAfter=0)
        return out

    def key_value(self, kv: KeyValue) -> list[Flowable]:
        g = self.looks.key_value
        label_w = self.frame_width * g.label_fraction
        data = [[self.para((Run(label),), "label"), self.para(value, "body")] for label, value in kv.rows]
        if not data:
            return []
        for row in data:
            for p in row:
                p.style = ParagraphStyle(f"{p.style.name}-kv", parent=p.style, spaceAfter=0)
        table = RLTable(
            data,
            colWidths=[label_w, self.frame_width - label_w],
            splitInRow=1,
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), g.label_gap),
                    ("TOPPADDING", (0, 0), (-1, -1), g.row_padding),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), g.row_padding),
                    ("TOPPADDING", (0, 0), (0, -1), g.row_padding + g.label_drop),
                ]
            ),
        )
        table.spaceAfter = self.looks.tables["plain"].gap_after
        return [table]

    def toc(self, b: TableOfContents) -> list[Flowable]:
        g = self.looks.contents
        number = self.looks.role("contents_2")
        # The contents follow the cover block on page 1 when they fit (as in
        # the Word export); the body then starts on a fresh page.
        out: list[Flowable] = [CondPageBreak(g.min_space_mm * mm), _Marker("toc-start")]
        title = self.para((Run(b.title),), "contents_title")
        out.append(title)
        rows = []
        number_face = fonts.latin_face(number.family)
        keys: set[str] = set()
        for i, block in enumerate(self.doc.blocks):
            if not isinstance(block, Heading) or block.level > CONTENTS_DEPTH:
                continue
            key = block.key or f"section-{i}"
            while key in keys:
                key += "-"
            keys.add(key)
            p = self.para((Run(block.text),), f"contents_{heading_level(block.level)}")
            rows.append([p, _PageRef(key, number_face, number.size, number.leading, HexColor(number.colour))])
        if rows:
            page_w = g.page_column_mm * mm
            out.append(
                RLTable(
                    rows,
                    colWidths=[self.frame_width - page_w, page_w],
                    hAlign="LEFT",
                    style=TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), g.row_padding),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), g.row_padding),
                            ("LINEBELOW", (0, 0), (-1, -1), g.row_rule.weight, HexColor(g.row_rule.colour)),
                        ]
                    ),
                )
            )
        out += [_Marker("toc-end"), RLPageBreak()]
        return out

    def block(self, b: LayoutBlock, index: int) -> list[Flowable]:
        if isinstance(b, Heading):
            return [CondPageBreak(self.heading_reserve(b.level)), self.heading(b, index)]
        if isinstance(b, Para):
            return [self.para(b.runs, b.style, b.align)]
        if isinstance(b, ListBlock):
            return self.list_block(b)
        if isinstance(b, ImageBlock):
            return [self.image(b, self.frame_width)]
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, PointList):
            return self.table(b.as_table())
        if isinstance(b, KeyValue):
            return self.key_value(b)
        if isinstance(b, PageBreak):
            return [RLPageBreak()]
        if isinstance(b, Rule):
            look = self.looks.rule
            line = look.rule_below
            assert line is not None
            return [HRFlowable(width="100%", thickness=line.weight, color=HexColor(line.colour), spaceBefore=look.before, spaceAfter=look.after)]
        if isinstance(b, TableOfContents):
            return self.toc(b) if self.with_toc else []
        return []

    def build(self) -> list[tuple[int, Flowable]]:
        out: list[tuple[int, Flowable]] = []
        for i, b in enumerate(self.doc.blocks):
            for f in self.block(b, i):
                out.append((i, f))
        return out


# --------------------------------------------------------------------------
# The document template: progress, cancel, page furniture
# --------------------------------------------------------------------------


class _DocTemplate(BaseDocTemplate):
    def __init__(self, *args, progress: Callable[[float], None], cancel: CancelCheck | None, total: int, **kw):  # noqa: ANN002, ANN003
        super().__init__(*args, **kw)
        self._progress = progress
        self._cancel = cancel
        self._total = max(total, 1)
        self._last = -1.0

    def handle_pageBegin(self) -> None:  # noqa: N802 (reportlab API)
        check_cancel(self._cancel)
        super().handle_pageBegin()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        check_cancel(self._cancel)
        index = getattr(flowable, "briefer_index", None)
        if index is not None:
            fraction = min(index / self._total, 0.99)
            if fraction - self._last >= 0.01:
                self._last = fraction
                self._progress(fraction)


def _layout(doc: LayoutTree, with_toc: bool, progress: ProgressCallback | None, cancel: CancelCheck | None) -> tuple[bytes, int, dict[str, int]]:
    """Lay ``doc`` out once; returns the PDF bytes, the page count and the
    page markers (TOC start/end)."""
    looks = looks_for(doc.style, doc.page)
    width_mm, height_mm = paper_mm(doc.page.size)
    pagesize = (width_mm * mm, height_mm * mm)
    p = doc.page
    frame_w = pagesize[0] - (p.margin_left_mm + p.margin_right_mm) * mm
    frame_h = pagesize[1] - (p.margin_top_mm + p.margin_bottom_mm) * mm
    furniture = PageFurniture(doc, looks, pagesize[0], pagesize[1])
    builder = _Builder(doc, looks, frame_w, with_toc)
    indexed = builder.build()
    flowables = []
    for i, f in indexed:
        f.briefer_index = i + 1  # type: ignore[attr-defined]
        flowables.append(f)
    if not flowables:
        flowables = [Spacer(1, 1)]

    state: dict[str, object] = {}

    info = {
        "Title": clean(doc.title),
        "Author": clean(doc.author) if doc.author else None,
        "Subject": clean(doc.subject) if doc.subject else None,
        "Creator": f"Briefer {__version__}",
        "Producer": f"Briefer {__version__}",
    }

    def make_canvas(*args: object, **kw: object) -> BrieferCanvas:
        c = BrieferCanvas(*args, info=info, **kw)
        c.heading_pages = {}
        c.page_refs = {}
        c.markers = {}
        c.finishers.append(furniture.footer)
        c.finishers.append(_draw_page_refs)
        state["canvas"] = c
        return c

    buf = io.BytesIO()
    template = _DocTemplate(
        buf,
        progress=progress or (lambda _f: None),
        cancel=cancel,
        total=len(doc.blocks),
        pagesize=pagesize,
        leftMargin=p.margin_left_mm * mm,
        rightMargin=p.margin_right_mm * mm,
        topMargin=p.margin_top_mm * mm,
        bottomMargin=p.margin_bottom_mm * mm,
        title=info["Title"],
        invariant=1,
        lang=doc.language or None,
    )
    frame = Frame(p.margin_left_mm * mm, p.margin_bottom_mm * mm, frame_w, frame_h, 0, 0, 0, 0, id="body")
    template.addPageTemplates([PageTemplate("page", [frame], onPage=furniture.on_page)])
    template.build(flowables, canvasmaker=make_canvas)
    canvas = state["canvas"]
    return buf.getvalue(), template.page, dict(canvas.markers)  # type: ignore[attr-defined]


def _draw_page_refs(canvas: BrieferCanvas, page: int, pages: int) -> None:
    """Finisher: the table of contents' page numbers, now they are known."""
    for x, y, ref in canvas.page_refs.get(page, []):  # type: ignore[attr-defined]
        number = canvas.heading_pages.get(ref.key)  # type: ignore[attr-defined]
        if number is None:
            continue
        canvas.saveState()
        canvas.setFillColor(ref.color)
        canvas.setFont(ref.font, ref.size)
        canvas.drawRightString(x, y, str(number))
        canvas.restoreState()


def _rough_pages(doc: LayoutTree) -> float:
    """A quick guess at the page count (only decides which layout to try
    first when a table of contents may be needed)."""
    chars = sum(len(t) + 40 for t in doc.iter_text())
    breaks = sum(isinstance(b, PageBreak) for b in doc.blocks)
    return chars / 2600 + breaks


def write_pdf(
    doc: LayoutTree,
    out: BinaryIO,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> int:
    """Write ``doc`` as a PDF to the binary stream ``out`` and return the
    page count.

    Raises :class:`ExportCancelled` as soon as ``cancel()`` returns true;
    nothing is written to ``out`` then (the whole file is written at the end).
    """
    check_cancel(cancel)
    wants_toc = doc.toc_min_pages is not None and any(isinstance(b, TableOfContents) for b in doc.blocks)
    limit = doc.toc_min_pages or 0
    if wants_toc and _rough_pages(doc) <= limit:
        # Probably short: try without the contents first (the usual case).
        data, pages, _ = _layout(doc, False, progress, cancel)
        if pages > limit:
            data, pages, _ = _layout(doc, True, progress, cancel)
    else:
        data, pages, markers = _layout(doc, wants_toc, progress, cancel)
        if wants_toc:
            toc_pages = markers.get("toc-end", 0) - markers.get("toc-start", 0) + 1 if "toc-start" in markers else 0
            if pages - toc_pages <= limit:
                data, pages, _ = _layout(doc, False, progress, cancel)
    check_cancel(cancel)
    out.write(data)
    if progress is not None:
        progress(1.0)
    return pages


__all__ = ["write_pdf", "ExportCancelled"]
