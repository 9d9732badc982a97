"""The PDF writer: a :class:`~briefer.export.layout.LayoutTree` → a PDF file.

Translates each layout node into reportlab flowables, every size, colour,
spacing and table geometry taken from the looks table (:mod:`.looks`);
*what* is printed was decided by compose.  Text handling (escaping, per-script fonts, right-to-left lines)
lives in :mod:`.pdf_text`, the page furniture (marking, running header,
footer, watermark) and the deferred-footer canvas in :mod:`.pdf_page`.

One layout pass.  Whether a table of contents is printed is compose's
decision (the Word file must agree), not the page count of this layout.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO
from functools import lru_cache

import pyphen
from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle
from reportlab.platypus.flowables import CondPageBreak, HRFlowable

from .. import __version__
from ..model.text import clean_for_display
from . import fonts
from .unbroken import markings_in
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
from .pdf_text import (
    BidiParagraph,
    Face,
    clean,
    line_pieces,
    make_paragraph,
    paragraph_style,
    pieces_width,
    runs_markup,
)
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


Hyphenation = Callable[[str], tuple[tuple[str, str], ...]]


@lru_cache(maxsize=16)
def _dictionary(language: str) -> Hyphenation | None:
    """Where a word of ``language`` (a BCP 47 tag, "en-GB") may break, as
    reportlab asks for it: (head, tail) pairs from pyphen's dictionary for
    the language, or None when it has none (then words break only when
    they must).  One dictionary per language and a cache of words: reportlab
    would load the dictionary for every paragraph."""
    found = pyphen.language_fallback(language.replace("-", "_")) if language else None
    if found is None:
        return None
    dictionary = pyphen.Pyphen(lang=found)

    @lru_cache(maxsize=65536)
    def pairs(word: str) -> tuple[tuple[str, str], ...]:
        return tuple(dictionary.iterate(word))

    return pairs


def _hyphenator(language: str, unbroken: frozenset[str]) -> Hyphenation | None:
    """The dictionary's hyphenation of ``language``, with no break in a
    word of a handling marking (``unbroken``: case-folded words, from
    :func:`.unbroken.markings_in`)."""
    pairs = _dictionary(language)
    if pairs is None or not unbroken:
        return pairs

    def hyphenate(word: str) -> tuple[tuple[str, str], ...]:
        # reportlab asks without the punctuation around the word: "(SECRET)." as "SECRET"
        return () if word.casefold() in unbroken else pairs(word)

    return hyphenate


def _para_style(name: str, look: Look, hyphenation: Hyphenation | None) -> _TextStyle:
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
        # A word wider than its frame is broken; reportlab's URL and
        # embedded-hyphen breaking (uriWasteReduce, embeddedHyphenation)
        # can leave the rest of such a word running past the frame, so
        # neither is used.  Words break at their hyphenation points.
        splitLongWords=1,
        uriWasteReduce=0,
        embeddedHyphenation=0,
        hyphenationLang=hyphenation or "",
        allowWidows=0,
        allowOrphans=0,
        bulletFontName=fonts.latin_face(look.family, look.bold, False),
        bulletFontSize=look.size,
    )
    return _TextStyle(ps, face)


def _styles(looks: Looks, language: str, markings: tuple[str, ...] = ()) -> dict[str, _TextStyle]:
    hyphenation = _hyphenator(language, markings_in(markings).words)
    return {name: _para_style(name, look, hyphenation) for name, look in looks.text.items()}


def _is_rtl(plain: str, direction: str = "auto") -> bool:
    """The paragraph's base direction: ``direction`` when it is set, else its
    first strong character's."""
    if direction != "auto":
        return direction == "rtl"
    return not plain.isascii() and base_direction(plain) == "rtl"


def _alignment(align: str, plain: str, direction: str = "auto") -> int:
    """``start``/``end`` follow the paragraph's base direction."""
    if align == "center":
        return TA_CENTER
    rtl = _is_rtl(plain, direction)
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


class _Table(RLTable):
    """A table that splits across pages the way a reader expects: between
    rows, a row that fits on a page moving there whole; only a row taller
    than a whole page is split inside, and the part left on the page is
    closed with a rule.  (reportlab splits inside the row that does not fit
    whenever ``splitInRow`` is set.)  The header row repeats at the top of
    each continuation part, so only at the top of a page."""

    def __init__(self, *args, frame_height: float = 0.0, closing_rule: tuple[float, Color] | None = None, **kw):  # noqa: ANN002, ANN003
        self.briefer_may_split_rows = bool(kw.pop("splitInRow", 0))
        super().__init__(*args, splitInRow=0, **kw)
        self.briefer_frame_height = frame_height
        self.briefer_closing_rule = closing_rule

    def _inherit(self, parts: list[Flowable]) -> list[Flowable]:
        for part in parts:
            if isinstance(part, _Table):
                part.briefer_frame_height = self.briefer_frame_height
                part.briefer_closing_rule = self.briefer_closing_rule
                part.briefer_may_split_rows = self.briefer_may_split_rows
        return parts

    def split(self, availWidth, availHeight):  # noqa: ANN001, ANN201, N803 (reportlab API)
        parts = super().split(availWidth, availHeight)
        if parts or not self.briefer_may_split_rows:
            return self._inherit(parts)
        first = min(self.repeatRows, len(self._rowHeights) - 1)
        if sum(self._rowHeights[: first + 1]) <= self.briefer_frame_height:
            return []  # the row fits on the next page: it moves there whole
        self.splitInRow = 1
        try:
            parts = self._inherit(super().split(availWidth, availHeight))
        finally:
            self.splitInRow = 0
        if parts and self.briefer_closing_rule is not None:
            weight, colour = self.briefer_closing_rule
            parts[0].setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), weight, colour)]))
        return parts


class _RoomForTable(CondPageBreak):
    """Before a heading that a table follows: a new page unless the
    heading, the table's header row and its first row fit.  (A row that
    fits on a page moves to the next whole, so a fixed reserve could leave
    the heading alone at the foot of a page.)  Never asks for more than a
    page: a first row taller than that is split anyway."""

    def __init__(self, reserve: float, heading: Flowable, table: _Table, padding: tuple[float, float], frame_height: float) -> None:
        super().__init__(reserve)
        self.reserve, self.heading, self.table = reserve, heading, table
        self.padding, self.frame_height = padding, frame_height
        self.extra = 0.0  # headings above this one that stay with it

    def _first_rows(self) -> float:
        t = self.table
        widths = t._argW  # noqa: SLF001 - reportlab keeps the column widths it was given here
        fixed = t._argH or []  # noqa: SLF001
        vertical, horizontal = self.padding
        total = 0.0
        for r, row in enumerate(t._cellvalues[: t.repeatRows + 1]):  # noqa: SLF001
            if r < len(fixed) and fixed[r] is not None:
                total += fixed[r]
                continue
            tallest = 0.0
            for c, cell in enumerate(row):
                inner = widths[c] - horizontal
                items = cell if isinstance(cell, list) else [cell]
                tallest = max(tallest, sum(f.wrap(inner, self.frame_height)[1] + f.getSpaceAfter() for f in items if isinstance(f, Flowable)))
            total += tallest + vertical
        return total

    def wrap(self, availWidth, availHeight):  # noqa: ANN001, ANN201, N803 (reportlab API)
        h = self.heading
        need = self.extra + h.getSpaceBefore() + h.wrap(availWidth, availHeight)[1] + h.getSpaceAfter() + self._first_rows()
        self.height = max(self.reserve, need) if need <= self.frame_height else self.reserve
        return super().wrap(availWidth, availHeight)


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


def _inline_runs(b: Inline) -> list[Runs]:
    if isinstance(b, Para):
        return [b.runs]
    if isinstance(b, ListBlock):
        return list(b.items)
    return []


@lru_cache(maxsize=16384)
def _word_width(word: str, family: str, bold: bool, size: float) -> float:
    return pieces_width(line_pieces(word, family, bold=bold), size) * 1.001


def _widest_word(text: str, family: str, bold: bool, size: float, limit: int) -> float:
    """The width of the widest word of ``text`` that must not break: a
    number, or a word of at most ``limit`` characters."""
    widest = 0.0
    for word in text.split():
        if len(word) <= limit or _NUMBER.fullmatch(word):
            widest = max(widest, _word_width(word, family, bold, size))
    return widest


_NUMBER = re.compile(r"[\d.,:;/%+\-–()]+")


# --------------------------------------------------------------------------
# Layout nodes → flowables
# --------------------------------------------------------------------------


@dataclass
class _Builder:
    doc: LayoutTree
    looks: Looks
    frame_width: float
    frame_height: float
    with_toc: bool
    styles: dict[str, _TextStyle] = field(init=False)
    _variants: dict[tuple[str, int, bool], _TextStyle] = field(default_factory=dict)
    _outline_level: int = -1
    _keys: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.styles = _styles(self.looks, self.doc.language, self.doc.markings)

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

    def table_font(self) -> list[tuple]:
        """Every cell is a flowable; this names the face reportlab sets for
        an empty cell, which would otherwise be its default Helvetica
        (referenced, never embedded)."""
        body = self.looks.role("body")
        return [("FONT", (0, 0), (-1, -1), fonts.latin_face(body.family), body.size)]

    # inline ---------------------------------------------------------------

    def para(
        self, runs: Runs, style: str, align: str = "start", bold: bool = False, bullet: str | None = None, direction: str = "auto"
    ) -> Paragraph:
        plain = "".join(r.text for r in runs)
        ts = self.style(style, _alignment(align, plain, direction), bold)
        rtl = None if direction == "auto" else direction == "rtl"
        return make_paragraph(runs_markup(runs, ts.face), ts.para, plain, bullet=bullet, rtl=rtl)

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
        if len(out) > 1:
            out[-2].keepWithNext = 1  # the last item never stands alone on a new page
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
            p = self.para(b.runs, name, b.align if b.align != "start" else align, bold, direction=b.direction)
            p.keepWithNext = int(b.keep_with_next)
            return [p]
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
        p = (_HeadingBidiPara if has_rtl(plain) else _HeadingPara)(markup, paragraph_style(ts.para, plain))
        if isinstance(p, BidiParagraph):
            p.rtl = base_direction(plain) == "rtl"
        key = h.key or f"section-{index}"
        while key in self._keys:
            key += "-"
        self._keys.add(key)
        p.briefer_key = key
        p.briefer_title = plain.replace("\n", " ")
        if h.listed:
            # Outline levels may only deepen one step at a time.
            self._outline_level = min(level - 1, self._outline_level + 1)
            p.briefer_outline_level = self._outline_level
        look = self.looks.heading(level)
        if look.rule_below is not None:
            p.briefer_rule = (HexColor(look.rule_below.colour), look.rule_below.weight, look.rule_gap)
        return p

    def table(self, t: Table) -> list[Flowable]:
        tl = self.looks.tables[t.kind]
        widths = self.looks.column_widths([c.width for c in t.columns], t.kind, self.frame_width, self.column_minimums(t, tl))
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
        table = _Table(
            data,
            colWidths=widths,
            rowHeights=row_heights,
            repeatRows=1 if t.header else 0,
            splitInRow=1 if tl.rows_may_split else 0,
            style=TableStyle(self.table_font() + commands),
            hAlign="LEFT",
            frame_height=self.frame_height,
            closing_rule=(tl.rules.weight, HexColor(tl.rules.colour)) if tl.rules is not None else None,
        )
        table.spaceAfter = tl.gap_before_caption if t.caption else tl.gap_after
        out: list[Flowable] = [table]
        if t.caption:
            out.append(self.para((Run(t.caption),), "caption"))
        return out

    def column_minimums(self, t: Table, tl: TableLook) -> list[float]:
        """What each column needs so that its numbers and short words
        (``Looks.unbroken_word_chars`` characters at most: "Likelihood",
        "Medium", "10") print unbroken, padding included."""
        limit = self.looks.unbroken_word_chars
        family = self.looks.role(tl.text).family
        pad = tl.padding.start + tl.padding.end
        out = []
        for c, column in enumerate(t.columns):
            header = self.looks.role(tl.header)
            need = _widest_word(column.title, family, True, header.size, limit) if t.header else 0.0
            for row in t.rows:
                if c >= len(row):
                    continue
                cell = row[c]
                role = self.looks.role(tl.header if tl.row_header and c == 0 else tl.text)
                for b in cell.blocks:
                    for runs in _inline_runs(b):
                        for run in runs:
                            need = max(need, _widest_word(run.text, family, role.bold or cell.bold or run.bold, role.size, limit))
            out.append(need + pad + (tl.first_column_start_padding - tl.padding.start if c == 0 else 0.0) if need else 0.0)
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
        table = _Table(
            data,
            colWidths=[label_w, self.frame_width - label_w],
            splitInRow=1,
            hAlign="LEFT",
            frame_height=self.frame_height,
            style=TableStyle(
                self.table_font()
                + [
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
        listing: list[Flowable] = [title]
        rows = []
        number_face = fonts.latin_face(number.family)
        keys: set[str] = set()
        for i, block in enumerate(self.doc.blocks):
            if not isinstance(block, Heading) or block.level > CONTENTS_DEPTH or not block.listed:
                continue
            key = block.key or f"section-{i}"
            while key in keys:
                key += "-"
            keys.add(key)
            # The entry is a link to its heading (as is its page number).
            p = self.para((Run(block.text, url=f"#{key}"),), f"contents_{heading_level(block.level)}")
            rows.append([p, _PageRef(key, number_face, number.size, number.leading, HexColor(number.colour))])
        if rows:
            page_w = g.page_column_mm * mm
            listing.append(
                _Table(
                    rows,
                    colWidths=[self.frame_width - page_w, page_w],
                    hAlign="LEFT",
                    style=TableStyle(
                        self.table_font()
                        + [
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
        # The whole list on one page when it fits: never a few entries
        # stranded on a page of their own.
        out += [KeepTogether(listing), _Marker("toc-end"), RLPageBreak()]
        return out

    def block(self, b: LayoutBlock, index: int) -> list[Flowable]:
        if isinstance(b, Heading):
            return [CondPageBreak(self.heading_reserve(b.level)), self.heading(b, index)]
        if isinstance(b, Para):
            p = self.para(b.runs, b.style, b.align, direction=b.direction)
            p.keepWithNext = int(b.keep_with_next)
            return [p]
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
        blocks = self.doc.blocks
        for i, b in enumerate(blocks):
            flowables = self.block(b, i)
            if isinstance(b, Table) and b.kind != "matrix" and i and isinstance(blocks[i - 1], Heading) and flowables:
                # The heading's page break asks for room for the table's first row too.
                heading = [k for k, (j, f) in enumerate(out) if j == i - 1]
                if len(heading) == 2 and isinstance(out[heading[0]][1], CondPageBreak) and isinstance(flowables[0], _Table):
                    pad = self.looks.tables[b.kind].padding
                    room = _RoomForTable(out[heading[0]][1].height, out[heading[1]][1], flowables[0], (pad.top + pad.bottom, pad.start + pad.end), self.frame_height)
                    out[heading[0]] = (i - 1, room)
            if isinstance(b, Table) and b.kind == "matrix" and flowables:
                # The risk matrix is read as one picture: on one page, with
                # its heading.
                if i and isinstance(blocks[i - 1], Heading):
                    while out and out[-1][0] == i - 1:
                        flowables.insert(0, out.pop()[1])
                flowables = [KeepTogether(flowables)]
            for f in flowables:
                out.append((i, f))
        return self._hold_headings(out)

    def _hold_headings(self, out: list[tuple[int, Flowable]]) -> list[tuple[int, Flowable]]:
        """A heading never ends a page: one directly followed by another
        heading shares that heading's page break (with room for both) and
        is kept with it; one followed by a kept group (a participant's
        entry) is kept with the group."""
        blocks = self.doc.blocks
        held: list[tuple[int, Flowable]] = []
        skip = -1
        for k, (i, f) in enumerate(out):
            if k == skip:
                continue
            nxt = out[k + 1][1] if k + 1 < len(out) else None
            after = out[k + 2][1] if k + 2 < len(out) else None
            if isinstance(f, _HeadingMixin):
                if isinstance(nxt, CondPageBreak) and isinstance(after, _HeadingMixin):
                    f.keepWithNext = 1
                    # The next heading's page break goes before this one.
                    gap = self.looks.heading(1)
                    first = held.pop() if held and isinstance(held[-1][1], CondPageBreak) else None
                    extra = gap.before + gap.leading + gap.after
                    if isinstance(nxt, _RoomForTable):
                        nxt.reserve += extra
                        nxt.extra += extra
                    else:
                        nxt.height = max(nxt.height, first[1].height if first else 0.0) + extra
                    held += [(i, nxt), (i, f)]
                    skip = k + 1
                    continue
                j = i + 1
                if j < len(blocks) and isinstance(blocks[j], Para) and blocks[j].keep_with_next:
                    f.keepWithNext = 1
            held.append((i, f))
        return held


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
    builder = _Builder(doc, looks, frame_w, frame_h, with_toc)
    indexed = builder.build()
    flowables = []
    for i, f in indexed:
        f.briefer_index = i + 1  # type: ignore[attr-defined]
        flowables.append(f)
    if not flowables:
        flowables = [Spacer(1, 1)]

    state: dict[str, object] = {}

    # Metadata is shown by viewers and file managers without the page's
    # context, so bidi controls go (the page keeps the text as typed).
    info = {
        "Title": clean_for_display(doc.title),
        "Author": clean_for_display(doc.author) if doc.author else None,
        "Subject": clean_for_display(doc.subject) if doc.subject else None,
        "Keywords": clean_for_display(doc.marking) if doc.marking else None,  # the banner: how to handle the file
        "Creator": f"Briefer {__version__}",
        "Producer": f"Briefer {__version__}",
    }

    def make_canvas(*args: object, **kw: object) -> BrieferCanvas:
        # Start in a bundled face: reportlab's default (Helvetica) would be
        # referenced, unembedded, on every page.
        kw["initialFontName"] = fonts.latin_face(looks.role("body").family)
        c = BrieferCanvas(*args, info=info, date=doc.date, **kw)
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
        width = canvas.stringWidth(str(number), ref.font, ref.size)
        # Named: the deferred pages replay the canvas's annotation counter.
        canvas.linkRect("", ref.key, (x - width, y - ref.size * 0.25, x, y + ref.size), relative=0, name=f"page-ref-{page}-{ref.key}")


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
    # Whether there are contents was decided by compose (for both writers).
    data, pages, _ = _layout(doc, any(isinstance(b, TableOfContents) for b in doc.blocks), progress, cancel)
    check_cancel(cancel)
    out.write(data)
    if progress is not None:
        progress(1.0)
    return pages


__all__ = ["write_pdf", "ExportCancelled"]
