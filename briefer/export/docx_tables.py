"""Tables for the DOCX writer, built as XML in one pass.

python-docx's ``table.cell(r, c)`` walks the whole grid on every call, which
makes a 400-row table take seconds; here each row and cell is written once.

Each kind of table (``grid``, ``matrix``, ``plain``; see
:class:`~briefer.export.layout.Table`) is the translation of its
:class:`~briefer.export.looks.TableLook` and the looks table's geometry:
column widths, padding, rules, the header fill, the matrix's row heights.

The header row repeats on every page (``w:tblHeader``) and never splits;
short body rows do not split either (``w:cantSplit``), long ones may, so a
long cell cannot push a whole page of white space.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from .layout import Cell, Inline, Para, Run, Table
from .docx_text import PLAIN, RunLook
from .docx_styles import TABLE_STYLE_IDS
from .docx_xml import PPR_ORDER, el, on, shading, sort_children, twips_from_pt, w
from .looks import Looks, TableLook, TextRole

# Blocks of a cell → paragraphs (and drawings).  Provided by the writer, so
# cells reuse exactly the paragraph/list/image code of the body.
CellFiller = Callable[[etree._Element, list[Inline], str, RunLook, int, TextRole], None]
"""(cell element, blocks, logical alignment, run look, cell width in twips, text role)"""

_VALIGN = {"top": "top", "middle": "center", "bottom": "bottom"}


def _cell_chars(cell: Cell, image_chars: int) -> int:
    """The characters of a cell's text; an image counts as ``image_chars``."""
    n = 0
    for b in cell.blocks:
        runs = getattr(b, "runs", None)
        if runs is not None:
            n += sum(len(r.text) for r in runs)
        items = getattr(b, "items", None)
        if items is not None:
            n += sum(len(r.text) for item in items for r in item)
        if hasattr(b, "data"):
            n += image_chars
    return n


def column_widths(table: Table, looks: Looks, text_width_pt: float) -> list[int]:
    """Column widths in twips, from the looks table's geometry."""
    return [twips_from_pt(x) for x in looks.column_widths([c.width for c in table.columns], table.kind, text_width_pt)]


def _tc(tr: etree._Element, width: int, fill: str | None, valign: str, start_padding: float | None) -> etree._Element:
    tc = el("tc", tr)
    tcpr = el("tcPr", tc)
    el("tcW", tcpr, w=str(width), type="dxa")
    if fill:
        shading(tcpr, fill)
    if start_padding is not None:
        el("left", el("tcMar", tcpr), w=str(twips_from_pt(start_padding)), type="dxa")
    el("vAlign", tcpr, val=valign)
    return tc


def build_table(
    table: Table,
    *,
    looks: Looks,
    text_width_pt: float,
    fill_cell: CellFiller,
    tick: Callable[[], None],
    look: TableLook | None = None,
) -> etree._Element:
    """The ``w:tbl`` for ``table`` (in ``look``, by default its kind's).
    ``tick`` is called every few rows (cancellation checks inside big tables)."""
    tl = look or looks.tables[table.kind]
    widths = column_widths(table, looks, text_width_pt)
    ncols = len(widths)
    tbl = el("tbl")
    tblpr = el("tblPr", tbl)
    el("tblStyle", tblpr, val=TABLE_STYLE_IDS[table.kind][0])  # rules and header shading
    el("tblW", tblpr, w=str(sum(widths)), type="dxa")
    el("tblLayout", tblpr, type="fixed")
    pad = tl.padding
    mar = el("tblCellMar", tblpr)
    el("top", mar, w=str(twips_from_pt(pad.top)), type="dxa")
    el("left", mar, w=str(twips_from_pt(pad.start)), type="dxa")
    el("bottom", mar, w=str(twips_from_pt(pad.bottom)), type="dxa")
    el("right", mar, w=str(twips_from_pt(pad.end)), type="dxa")
    header_row = bool(table.header and table.columns)
    el(
        "tblLook",
        tblpr,
        val=f"{0x20 * header_row | 0x80 * tl.row_header | 0x600:04X}",  # the same flags as bits, for Word 2007
        firstRow="1" if header_row else "0",
        lastRow="0",
        firstColumn="1" if tl.row_header else "0",
        lastColumn="0",
        noHBand="1",
        noVBand="1",
    )
    grid = el("tblGrid", tbl)
    for wd in widths:
        el("gridCol", grid, w=str(wd))

    valign = _VALIGN[tl.valign]
    first_pad = tl.first_column_start_padding if tl.first_column_start_padding != pad.start else None
    row_height = "0"
    if table.kind == "matrix" and ncols > 1:
        pts = looks.column_widths([c.width for c in table.columns], table.kind, text_width_pt)
        row_height = str(twips_from_pt(looks.matrix.row_height(pts, looks.body_size)))

    if table.header and table.columns:
        tr = el("tr", tbl)
        trpr = el("trPr", tr)
        el("cantSplit", trpr)
        el("tblHeader", trpr)
        for j, (col, wd) in enumerate(zip(table.columns, widths)):
            tc = _tc(tr, wd, None, _VALIGN[tl.header_valign], first_pad if j == 0 else None)  # shaded by the table style
            fill_cell(tc, [Para((Run(col.title),))], tl.header_align or col.align, PLAIN, wd, tl.header)

    for i, row in enumerate(table.rows):
        if i % 50 == 49:
            tick()
        tr = el("tr", tbl)
        keep = tl.keep_rows_under_chars
        short = sum(_cell_chars(c, keep) for c in row) < keep  # a row with an image may break if it must
        if short or not tl.rows_may_split:
            trpr = el("trPr", tr)
            el("cantSplit", trpr)
            if row_height != "0":
                el("trHeight", trpr, val=row_height, hRule="atLeast")
        cells = list(row[:ncols]) + [Cell() for _ in range(ncols - len(row))]
        for j, (cell, wd) in enumerate(zip(cells, widths)):
            row_header = tl.row_header and j == 0
            tc = _tc(tr, wd, cell.fill, valign, first_pad if j == 0 else None)  # a row header is shaded by the table style
            align = cell.align
            if align == "start":
                align = table.columns[j].align if j < len(table.columns) else "start"
            if tl.cell_align is not None and not row_header and align == "start":
                align = tl.cell_align
            fill_cell(tc, cell.blocks, align, RunLook(bold=cell.bold), wd, tl.header if row_header else tl.text)
    if table.kind == "matrix":
        _keep_together(tbl)
    return tbl


def _keep_together(tbl: etree._Element) -> None:
    """Keep a small table on one page: every paragraph but those of the last
    row keeps with the next (Word's way to hold a table together)."""
    rows = tbl.findall(w("tr"))
    for tr in rows[:-1]:
        for p in tr.iter(w("p")):
            ppr = p.find(w("pPr"))
            if ppr is None:
                ppr = el("pPr")
                p.insert(0, ppr)
            if ppr.find(w("keepNext")) is None:
                on("keepNext", ppr)
                sort_children(ppr, PPR_ORDER)


__all__ = ["build_table", "column_widths"]
