"""The layout tree: what goes on the page, independent of PDF or Word.

:func:`briefer.export.compose.compose` builds a :class:`LayoutTree` from a brief
and a template; every decision about *what* is printed (order, labels,
grouping, sorting, colours of a risk cell, the watermark) is made there.
How each node looks is in the looks table (``looks.py``), computed from
``LayoutTree.style``; the writers (``pdf.py``, ``typst_pdf.py``, ``docx.py``) translate it into
their format.  Adding an HTML writer must need nothing but this module and
the looks table.

All text here is logical Unicode exactly as the user typed it (after the
model's rules): writers escape it, split it by script, shape right-to-left
runs; compose never does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from ..templates.style import Style

# --------------------------------------------------------------------------
# Inline
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """Literal text with emphasis.  ``text`` may contain ``\\n`` (line break)."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None  # make the run a hyperlink
    color: str | None = None  # "#RRGGBB"; None = the paragraph's colour
    language: str | None = None  # BCP 47 tag when the text's script alone cannot tell (a name in kanji: "ja")
    person_name: bool = False  # the text is a participant's name (Word gives it the Participant Name style)


Runs = tuple[Run, ...]

# --------------------------------------------------------------------------
# Blocks
# --------------------------------------------------------------------------

ParaStyle = Literal[
    "body",  # ordinary text
    "lead",  # the bottom line / summary, slightly larger
    "title",  # cover title
    "subtitle",  # cover subtitle
    "label",  # small bold caps-like label above a value (e.g. a delegation)
    "small",  # captions, sources, table notes
    "muted",  # secondary text (pronunciation, organisation)
]


@dataclass
class Heading:
    """A section (level 1) or sub-section (2, 3) heading.  ``key`` is stable
    (e.g. ``"risks"``) and names the PDF bookmark / Word bookmark.  Writers
    keep a heading on the same page as what follows it.  ``listed`` False
    keeps a minor sub-heading (a delegation's name in the who's who) out of
    the PDF outline and the contents: it is printed, not navigated to."""

    text: str
    level: int = 1
    key: str = ""
    listed: bool = True


@dataclass
class Para:
    runs: Runs
    style: ParaStyle = "body"
    align: Literal["start", "center", "end"] = "start"  # start/end follow the paragraph's direction
    keep_with_next: bool = False  # printed on the same page as the block after it (a participant's entry)
    direction: Literal["auto", "ltr", "rtl"] = "auto"
    """The paragraph's base direction: ``auto`` takes its first strong
    character's; compose fixes it where a line must keep the brief's
    alignment whatever script a name is in (a participant's line)."""


@dataclass
class ListBlock:
    """Bullets, or numbers from ``start``; each item is a tuple of runs."""

    items: list[Runs]
    ordered: bool = False
    start: int = 1


@dataclass
class ImageBlock:
    data: bytes  # PNG or JPEG bytes
    width_mm: float
    height_mm: float
    alt: str | None = None  # what the picture shows, for screen readers; None: decorative (a logo)


Inline = Para | ListBlock | ImageBlock


@dataclass
class Cell:
    blocks: list[Inline] = field(default_factory=list)
    fill: str | None = None  # background "#RRGGBB"
    align: Literal["start", "center", "end"] = "start"
    bold: bool = False


@dataclass
class Column:
    title: str
    width: float  # relative width; writers scale the sum to the text width
    align: Literal["start", "center", "end"] = "start"


@dataclass
class Table:
    """A grid with a header row that repeats on every page it spans.

    ``kind`` tells the writer what house style to use: ``"grid"`` (data
    tables), ``"matrix"`` (the risk heat map: fixed square cells, fills are
    meaningful, the first column is a row header), ``"plain"`` (layout only,
    no rules: participant cards, key–value blocks)."""

    columns: list[Column]
    rows: list[list[Cell]]
    kind: Literal["grid", "matrix", "plain"] = "grid"
    header: bool = True  # print the column titles as a repeating header row
    caption: str | None = None  # printed small under the table


@dataclass
class Point:
    """One item of a :class:`PointList`: the point, and detail under it."""

    runs: Runs
    detail: list[Inline] = field(default_factory=list)


@dataclass
class PointList:
    """Numbered points, each with paragraphs or bullets of detail indented
    under it (the points to make).  A Word file makes it a numbered list."""

    items: list[Point]
    start: int = 1

    def as_table(self) -> "Table":
        """The same points as a borderless two-column table (number, point
        and detail), for writers whose lists cannot hold paragraphs."""
        rows = [
            [
                Cell([Para((Run(f"{n}.", bold=True),))], align="end", bold=True),
                Cell([Para(item.runs), *item.detail]),
            ]
            for n, item in enumerate(self.items, start=self.start)
        ]
        return Table([Column("#", 0.6), Column("Point", 12)], rows, kind="plain", header=False)


@dataclass
class KeyValue:
    """Label/value pairs: the cover's facts, a meeting's logistics."""

    rows: list[tuple[str, Runs]]


@dataclass
class PageBreak:
    pass


@dataclass
class TableOfContents:
    """The table of contents.  compose adds it when the brief is estimated
    to run longer than the template's :attr:`LayoutTree.toc_min_pages`, so
    that the PDF and the Word file agree; writers print it where it is."""

    title: str = "Contents"


@dataclass
class Rule:
    """A thin horizontal line (under the cover block)."""


LayoutBlock = Heading | Para | ListBlock | PointList | ImageBlock | Table | KeyValue | PageBreak | TableOfContents | Rule

# --------------------------------------------------------------------------
# The document
# --------------------------------------------------------------------------


@dataclass
class PageSetup:
    size: Literal["A4", "Letter"] = "A4"
    margin_top_mm: float = 25
    margin_bottom_mm: float = 22
    margin_left_mm: float = 22
    margin_right_mm: float = 22


@dataclass
class LayoutTree:
    title: str  # PDF /Title and Word core title
    blocks: list[LayoutBlock]
    style: Style = field(default_factory=Style)
    page: PageSetup = field(default_factory=PageSetup)
    subject: str | None = None
    author: str | None = None  # only when the brief says who prepared it
    marking: str | None = None  # centred at the top and bottom of every page
    markings: tuple[str, ...] = ()  # every handling marking the text may hold: no line breaks inside their words
    watermark: str | None = None  # e.g. "DRAFT", diagonal on every page
    header_text: str = ""  # running header: short title · reference
    toc_min_pages: int | None = None  # the template's limit; compose added a TableOfContents if the brief runs longer
    language: str = "en-GB"
    date: dt.date | None = None  # the brief's date: the PDF's CreationDate/ModDate (reproducible)
    labels: dict[str, str] = field(default_factory=dict)  # "page": "Page {page} of {pages}"
    reference_docx: bytes | None = None  # a checked .docx whose styles the Word writer starts from
    header_logo: ImageBlock | None = None  # small logo at the end of the running header
    left_out: list[str] = field(default_factory=list)  # what compose left out to keep the page budget, one sentence each

    def iter_text(self) -> list[str]:
        """Every piece of text in reading order (for tests and search)."""
        out: list[str] = []

        def runs(rs: Runs) -> None:
            out.append("".join(r.text for r in rs))

        def inline(b: Inline) -> None:
            if isinstance(b, Para):
                runs(b.runs)
            elif isinstance(b, ListBlock):
                for item in b.items:
                    runs(item)

        for b in self.blocks:
            if isinstance(b, Heading):
                out.append(b.text)
            elif isinstance(b, (Para, ListBlock)):
                inline(b)
            elif isinstance(b, PointList):
                for item in b.items:
                    runs(item.runs)
                    for x in item.detail:
                        inline(x)
            elif isinstance(b, KeyValue):
                for label, value in b.rows:
                    out.append(label)
                    runs(value)
            elif isinstance(b, Table):
                if b.header:
                    out.extend(c.title for c in b.columns)
                for row in b.rows:
                    for cell in row:
                        for x in cell.blocks:
                            inline(x)
                if b.caption:
                    out.append(b.caption)
        return out
