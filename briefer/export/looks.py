"""The looks table: how every kind of text and every table looks, computed
once from a template's :class:`~briefer.templates.style.Style`.

Every layout decision that is about *how* a brief looks lives here, for
every writer: the size, colour, weight, spacing and alignment of each text
role, the geometry of each kind of table (column widths, the risk matrix,
the key–value label column, padding, rule weights), the contents depth,
the heading clamp, the paper sizes, the page-number text and where the
page furniture sits in the margins.  The PDF and Word writers translate a
:class:`Look` into a reportlab ``ParagraphStyle`` or a Word ``w:style`` and
hold no layout numbers of their own.

Pure Python: nothing here imports reportlab or python-docx, so another
writer (HTML, say) needs only the layout tree and this table.  Lengths are
in points unless a name ends in ``_mm``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from ..templates.style import Style
from .layout import PageSetup, ParaStyle

POINTS_PER_MM = 72 / 25.4

Align = Literal["start", "center", "end"]
"""Logical alignment: ``start``/``end`` follow the text's direction."""

TextRole = Literal[
    # the layout tree's paragraph styles (ParaStyle)
    "body",
    "lead",
    "title",
    "subtitle",
    "label",
    "small",
    "muted",
    # headings, level 1 to HEADING_LEVELS
    "h1",
    "h2",
    "h3",
    # tables and lists
    "table_header",
    "table_cell",
    "caption",
    # the table of contents
    "contents_title",
    "contents_1",
    "contents_2",
    # page furniture
    "banner",  # the handling marking, top and bottom of every page
    "running_header",  # short title · reference, from page 2
    "page_number",  # "Page X of Y"
    "watermark",  # DRAFT, diagonal behind the text
]

HEADING_LEVELS = 3
"""Headings deeper than this print as this level (a style has a size for each)."""
CONTENTS_DEPTH = 2
"""Heading levels listed in the table of contents."""
PAGE_LABEL = "Page {page} of {pages}"
"""The page-number text; ``{page}`` and ``{pages}`` are replaced literally."""

PAPER_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
"""Paper sizes (width, height) in millimetres."""


def paper_mm(size: str) -> tuple[float, float]:
    """Width and height of a paper size in millimetres (A4 when unknown)."""
    return PAPER_MM.get(size, PAPER_MM["A4"])


def heading_level(level: int) -> int:
    """The level a heading prints at: 1 … :data:`HEADING_LEVELS`."""
    return min(max(level, 1), HEADING_LEVELS)


def page_number_text(label: str, page: int, pages: int) -> str:
    """``label`` with its page numbers filled in.  Plain replacement, not
    ``str.format``: a label is data, not a template."""
    return label.replace("{page}", str(page)).replace("{pages}", str(pages))


@dataclass(frozen=True)
class RuleLook:
    """A thin line: its colour and weight (pt)."""

    colour: str
    weight: float


@dataclass(frozen=True)
class Look:
    """How one role of text looks."""

    size: float  # pt
    colour: str  # "#RRGGBB"
    family: str  # the Latin family; other scripts get their own faces
    bold: bool = False
    italic: bool = False
    before: float = 0.0  # space above, pt
    after: float = 0.0  # space below, pt
    line_height: float = 1.0  # leading as a multiple of the size
    indent: float = 0.0  # at the start edge, pt
    align: Align = "start"
    keep_with_next: bool = False  # stays on the page of what follows
    rule_below: RuleLook | None = None
    rule_gap: float = 0.0  # from the bottom of the text to the rule, pt

    @property
    def leading(self) -> float:
        return self.size * self.line_height

    def but(self, **changes: object) -> "Look":
        return replace(self, **changes)


@dataclass(frozen=True)
class Padding:
    start: float
    end: float
    top: float
    bottom: float


@dataclass(frozen=True)
class TableLook:
    """One kind of table (see :class:`~briefer.export.layout.Table`)."""

    text: TextRole  # the role of the body cells' text
    header: TextRole  # the role of the header row's text
    padding: Padding
    first_column_start_padding: float  # the first column's start padding
    valign: Literal["top", "middle", "bottom"]  # body cells
    header_valign: Literal["top", "middle", "bottom"]  # header cells
    rules: RuleLook | None  # the grid lines; None: no lines
    header_fill: str | None
    header_align: Align | None  # None: each column's own alignment
    cell_align: Align | None  # None: the cell's or column's alignment
    row_header: bool  # the first column is a row header: header text on the header fill
    rows_may_split: bool  # a long body row may break across pages
    keep_rows_under_chars: int  # a body row with less text stays on one page (Word; see below)
    gap_after: float  # space below the table
    gap_before_caption: float  # space between the table and its caption


@dataclass(frozen=True)
class MatrixGeometry:
    """The risk heat map: a row-header column and squarish cells."""

    row_header_fraction: float  # of the text width, at most
    row_header_max_mm: float
    cells_fraction: float  # of the text width for all data columns, at most
    cell_max_mm: float
    height_to_width: float  # a data row's height per data column's width
    min_row_lines: float  # a data row is at least this many body sizes high

    def widths(self, text_width: float, columns: int) -> list[float]:
        """Column widths (pt) of a matrix of ``columns`` columns."""
        mm = POINTS_PER_MM
        side = min(text_width * self.cells_fraction / (columns - 1), self.cell_max_mm * mm)
        return [min(text_width * self.row_header_fraction, self.row_header_max_mm * mm)] + [side] * (columns - 1)

    def row_height(self, widths: list[float], body_size: float) -> float:
        """The height (pt) of a data row."""
        return max(min(widths[1:]) * self.height_to_width, body_size * self.min_row_lines)


@dataclass(frozen=True)
class KeyValueGeometry:
    """Label/value rows (the cover's facts)."""

    label_fraction: float  # of the text width
    label_gap: float  # between label and value, pt
    row_padding: float  # above and below each row, pt
    label_drop: float  # extra space above a label so it sits on the value's baseline, pt


@dataclass(frozen=True)
class ListGeometry:
    bullet_indent_em: float  # bulleted items' indent, in sizes of the list's text
    number_indent_em: float  # numbered items' indent, likewise
    marker_offset: float  # where the bullet or number sits, as a fraction of the indent
    item_after_fraction: float  # an item's space below, of the paragraph's (the last item: all of it)
    bullet: str = "\u2022"


@dataclass(frozen=True)
class ContentsGeometry:
    page_column_mm: float  # the page numbers' column
    row_padding: float  # above and below each entry, pt
    row_rule: RuleLook  # under each entry
    min_space_mm: float  # the contents start a new page when less is left


@dataclass(frozen=True)
class Furniture:
    """Where the marking, running header, page number and watermark sit in
    the margins.  Worked out from the margins so that no template can print
    them over each other (templates keep top and bottom margins of at least
    15 mm).  Distances are from the page edge to a baseline, in mm."""

    running_header_from_page: int  # the cover (page 1) carries no running header
    marking_top_mm: float  # top edge → the top marking's (last) baseline
    banner_min_size: float  # a long marking shrinks to this size, then wraps (pt)
    edge_clearance_mm: float  # no text closer to the page edge than this
    header_above_text_mm: float  # the running header's baseline above the text area
    header_rule_gap_mm: float  # the header's rule below its baseline
    header_rule: RuleLook
    logo_gap_mm: float  # between the header text and the logo
    logo_drop_mm: float  # the logo's bottom below the header baseline
    marking_bottom_mm: float  # bottom edge → the bottom marking's (first) baseline
    page_number_mm: float  # bottom edge → the page number's baseline
    header_from_edge_mm: float  # for writers that flow the header as paragraphs
    footer_from_edge_mm: float
    watermark_max_size: float  # pt
    watermark_diagonal_fraction: float  # the watermark's length, of the page diagonal
    watermark_drop: float  # its baseline below the page centre, of its size
    watermark_em_per_char: float  # an estimate of a bold capital's width, of the size
    watermark_colour: str
    watermark_opacity: float
    watermark_tint: str  # the colour at its opacity over white, for readers that ignore transparency


@dataclass(frozen=True)
class Looks:
    """Everything about how one document looks."""

    text: dict[str, Look]  # TextRole → Look
    tables: dict[str, TableLook]  # Table.kind → TableLook
    matrix: MatrixGeometry
    key_value: KeyValueGeometry
    lists: ListGeometry
    contents: ContentsGeometry
    furniture: Furniture
    rule: Look  # the Rule block: its rule_below is the line
    link_colour: str
    heading_keep_lines: tuple[int, ...]  # body lines kept below a heading of level 1, 2, 3
    unbroken_word_chars: int  # in a table, words this short (and numbers) set a column's minimum width
    paper_mm: tuple[float, float]
    page: PageSetup
    body_size: float

    def role(self, name: TextRole | ParaStyle) -> Look:
        return self.text[name]

    def heading(self, level: int) -> Look:
        return self.text[f"h{heading_level(level)}"]

    @property
    def text_width(self) -> float:
        """The width of the text area, pt."""
        return (self.paper_mm[0] - self.page.margin_left_mm - self.page.margin_right_mm) * POINTS_PER_MM

    @property
    def text_width_mm(self) -> float:
        return self.paper_mm[0] - self.page.margin_left_mm - self.page.margin_right_mm

    def column_widths(
        self, weights: list[float], kind: str, text_width: float | None = None, minimums: list[float] | None = None
    ) -> list[float]:
        """Column widths (pt) of a table of ``kind`` whose columns have the
        relative ``weights``: a matrix gets its own geometry, other tables
        fill the text width in proportion, each column at least as wide as
        its ``minimums`` (what its content needs unbroken: numbers, short
        labels), the room taken from the other columns in proportion."""
        width = self.text_width if text_width is None else text_width
        if kind == "matrix" and len(weights) > 1:
            return self.matrix.widths(width, len(weights))
        rel = [max(w, 0.0) for w in weights]
        total = sum(rel) or 1.0
        widths = [width * r / total for r in rel]
        if not minimums or sum(minimums) > width:
            return widths
        fixed: set[int] = set()
        while True:  # pin the columns below their minimum, share out the rest
            short = [i for i, w in enumerate(widths) if i not in fixed and w < minimums[i] - 1e-6]
            if not short:
                return widths
            fixed.update(short)
            left = width - sum(minimums[i] for i in fixed)
            free = sum(rel[i] for i in range(len(rel)) if i not in fixed) or 1.0
            widths = [minimums[i] if i in fixed else left * rel[i] / free for i in range(len(rel))]

    def estimated_pages(self, texts: list[str]) -> float:
        """A writer-independent estimate of the pages ``texts`` (a
        document's text pieces in reading order) fill: lines of body text
        at half an em a character, plus a fifth of a line of spacing per
        piece.  It decides, once for both writers, whether a document is
        long enough for a table of contents; measured against the PDF
        (the example and the stress brief in every built-in template) it is
        within a page, usually under."""
        per_line = max(self.text_width / (self.body_size * 0.5), 1.0)
        height = (self.paper_mm[1] - self.page.margin_top_mm - self.page.margin_bottom_mm) * POINTS_PER_MM
        per_page = max(height / self.text["body"].leading, 1.0)
        lines = sum(-(-len(t) // int(per_line)) for t in texts) + 0.2 * len(texts)
        return lines / per_page

    def watermark_box(self, text: str) -> tuple[float, float]:
        """The watermark's length and height (pt) for writers that cannot
        measure text: ``text`` at the watermark size, a character taken as
        ``watermark_em_per_char`` of the size, at most its share of the page
        diagonal (what the PDF writer measures exactly)."""
        f = self.furniture
        chars = max(len(" ".join(text.split())), 1)
        w_mm, h_mm = self.paper_mm
        diagonal = (w_mm**2 + h_mm**2) ** 0.5 * POINTS_PER_MM
        length = min(f.watermark_max_size * f.watermark_em_per_char * chars, diagonal * f.watermark_diagonal_fraction)
        return length, length / (f.watermark_em_per_char * chars)

    def heading_reserve(self, level: int) -> float:
        """Room (pt) a heading needs below the current position, or it
        starts a new page: the heading, the level-1 gap below a heading (the
        largest) and the first lines of what follows."""
        h1 = self.heading(1)
        look = self.heading(level)
        lines = self.heading_keep_lines[heading_level(level) - 1]
        return look.before + look.leading + h1.after + lines * self.text["body"].leading


def looks_for(style: Style, page: PageSetup | None = None) -> Looks:
    """The looks table for ``style`` on ``page``."""
    s = style
    page = page or PageSetup()
    para = s.paragraph_space_pt
    family = s.font_family

    def look(size: float, colour: str, **kw: object) -> Look:
        kw.setdefault("after", para)
        kw.setdefault("line_height", s.line_spacing)
        return Look(size, colour, family, **kw)  # type: ignore[arg-type]

    table_size = s.small_size + 0.5
    text: dict[str, Look] = {
        "body": look(s.body_size, s.text_color),
        "lead": look(s.lead_size, s.text_color, after=para * 1.6),
        "title": look(s.title_size, s.accent_color, bold=True, line_height=1.1),
        "subtitle": look(s.subtitle_size, s.muted_color, after=para * 2),
        "label": look(s.small_size, s.muted_color, bold=True, after=1),
        "small": look(s.small_size, s.muted_color),
        "muted": look(s.body_size, s.muted_color),
        "table_header": look(table_size, s.table_header_color, bold=True, after=0),
        "table_cell": look(table_size, s.text_color, after=2),
        "caption": look(s.small_size, s.muted_color),
        "contents_1": look(s.body_size, s.text_color, bold=True, after=0),
        "contents_2": look(s.body_size, s.text_color, after=0, indent=s.body_size * 1.5),
        "banner": look(s.small_size + 0.5, s.marking_color, bold=True, after=0, line_height=1.15, align="center"),
        "running_header": look(s.small_size, s.muted_color, after=0, line_height=1.0),
        "page_number": look(s.small_size, s.muted_color, after=0, line_height=1.0, align="end"),
        "watermark": look(110.0, s.watermark_color, bold=True, after=0, line_height=1.0, align="center"),
    }
    for level in range(1, HEADING_LEVELS + 1):
        first = level == 1
        text[f"h{level}"] = look(
            s.heading_sizes[level - 1],
            s.accent_color,
            bold=True,
            line_height=1.15,
            before=s.heading_space_before_pt if first else s.heading_space_before_pt * 0.7,
            after=para * (1.6 if first else 1.0),
            keep_with_next=True,
            rule_below=RuleLook(s.accent_color, 0.6) if first and s.heading_rule else None,
            rule_gap=para * 1.6 * 0.45 if first else 0.0,
        )
    text["contents_title"] = text["h1"].but(rule_below=None, rule_gap=0.0)

    pad = s.small_size * 0.5
    grid_rule = RuleLook(s.rule_color, 0.5)
    common = dict(
        header="table_header",
        padding=Padding(pad, pad, pad * 0.7, pad * 0.5),
        first_column_start_padding=pad,
        header_fill=s.table_header_fill,
        rules=grid_rule,
        header_align=None,
        cell_align=None,
        row_header=False,
        rows_may_split=True,
        # reportlab can only allow or forbid row splits for a whole table;
        # Word keeps each short row together.
        keep_rows_under_chars=600,
        gap_after=para * 1.6,
        gap_before_caption=para * 0.6,
        valign="top",
        header_valign="bottom",
        text="table_cell",
    )
    tables = {
        "grid": TableLook(**common),  # type: ignore[arg-type]
        "matrix": TableLook(
            **{  # type: ignore[arg-type]
                **common,
                "valign": "middle",
                "header_align": "center",
                "cell_align": "center",
                "row_header": True,
                "rows_may_split": False,
            }
        ),
        "plain": TableLook(
            **{  # type: ignore[arg-type]
                **common,
                "text": "body",
                "first_column_start_padding": 0.0,
                "rules": None,
                "header_fill": None,
            }
        ),
    }
    width_mm, height_mm = paper_mm(page.size)
    return Looks(
        text=text,
        tables=tables,
        matrix=MatrixGeometry(
            row_header_fraction=0.26,
            row_header_max_mm=42,
            cells_fraction=0.7,
            cell_max_mm=30,
            height_to_width=0.6,
            min_row_lines=2.6,
        ),
        key_value=KeyValueGeometry(
            label_fraction=0.28,
            label_gap=s.body_size,
            row_padding=1.5,
            label_drop=(s.body_size - s.small_size) * 0.45,
        ),
        lists=ListGeometry(
            bullet_indent_em=1.4,
            number_indent_em=2.2,
            marker_offset=0.2,
            item_after_fraction=0.5,
        ),
        contents=ContentsGeometry(
            page_column_mm=16,
            row_padding=2,
            row_rule=RuleLook(s.rule_color, 0.3),
            min_space_mm=60,
        ),
        furniture=Furniture(
            running_header_from_page=2,
            marking_top_mm=max(5.0, 0.38 * page.margin_top_mm),
            banner_min_size=6.5,
            edge_clearance_mm=3.0,
            header_above_text_mm=max(4.5, 0.24 * page.margin_top_mm),
            header_rule_gap_mm=2.2,
            header_rule=grid_rule,
            logo_gap_mm=3,
            logo_drop_mm=1.5,
            marking_bottom_mm=max(4.5, 0.32 * page.margin_bottom_mm),
            page_number_mm=0.6 * page.margin_bottom_mm,
            header_from_edge_mm=page.margin_top_mm / 2,
            footer_from_edge_mm=page.margin_bottom_mm / 2,
            watermark_max_size=110.0,
            watermark_diagonal_fraction=0.62,
            watermark_drop=0.35,
            watermark_em_per_char=0.62,
            watermark_colour=s.watermark_color,
            watermark_opacity=s.watermark_opacity,
            watermark_tint=s.watermark_tint(),
        ),
        rule=look(s.body_size, s.text_color, before=2, after=para * 2, rule_below=RuleLook(s.accent_color, 0.8)),
        link_colour=s.accent_color,
        heading_keep_lines=(6, 5, 5),
        unbroken_word_chars=12,
        paper_mm=(width_mm, height_mm),
        page=page,
        body_size=s.body_size,
    )


__all__ = [
    "CONTENTS_DEPTH",
    "HEADING_LEVELS",
    "PAGE_LABEL",
    "PAPER_MM",
    "Look",
    "Looks",
    "TableLook",
    "TextRole",
    "heading_level",
    "looks_for",
    "page_number_text",
    "paper_mm",
]
