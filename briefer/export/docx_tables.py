"""Tables for the DOCX writer, built as XML in one pass.

python-docx's ``table.cell(r, c)`` walks the whole grid on every call, which
makes a 400-row table take seconds; here each row and cell is written once.

House styles (see :class:`~briefer.export.document.Table`):

* ``grid`` — thin rules in ``rule_color``, the header row filled with
  ``table_header_fill`` and set bold in ``table_header_color``;
* ``matrix`` — the risk heat map: square cells, meaningful fills, centred
  bold text, the first column a row header;
* ``plain`` — layout only, no rules (participant cards, key–value blocks).

The header row repeats on every page (``w:tblHeader``) and never splits;
short body rows do not split either (``w:cantSplit``), long ones may, so a
long cell cannot push a whole page of white space.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from .document import Cell, Inline, Para, Run, Table
from .docx_text import RunLook
from .docx_xml import PPR_ORDER, border, el, no_border, on, shading, sort_children, twips_from_pt, w
from ..templates.style import Style

# Blocks of a cell → paragraphs (and drawings).  Provided by the writer, so
# cells reuse exactly the paragraph/list/image code of the body.
CellFiller = Callable[[etree._Element, list[Inline], str, RunLook, int], None]
"""(cell element, blocks, logical alignment, run look, cell width in twips)"""

# A body row whose text is shorter than this many characters is kept on one
# page; a longer one may break across pages.
_SHORT_ROW_CHARS = 600
_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


def _cell_chars(cell: Cell) -> int:
    n = 0
    for b in cell.blocks:
        runs = getattr(b, "runs", None)
        if runs is not None:
            n += sum(len(r.text) for r in runs)
        items = getattr(b, "items", None)
        if items is not None:
            n += sum(len(r.text) for item in items for r in item)
        if hasattr(b, "data"):
            n += _SHORT_ROW_CHARS  # an image: let the row break if it must
    return n


def column_widths(table: Table, text_width: int, st: Style) -> list[int]:
    """Column widths in twips.  Grid and plain tables fill the text width in
    the columns' proportions; a matrix gets square data cells about four
    body lines high, its first column in proportion to them."""
    rel = [max(c.width, 0.01) for c in table.columns] or [1.0]
    if table.kind == "matrix" and len(rel) > 1:
        # Square cells: four body lines high, or wide enough for the
        # longest column title in bold (≈ 0.62 em a character) plus padding.
        longest = max((len(c.title) for c in table.columns[1:]), default=0)
        side = twips_from_pt(max(st.body_size * st.line_spacing * 4, st.body_size * (0.62 * longest + 2.5)))
        unit = side / (sum(rel[1:]) / (len(rel) - 1))
        widths = [round(r * unit) for r in rel]
        total = sum(widths)
        if total > text_width:
            widths = [round(x * text_width / total) for x in widths]
        return widths
    total = sum(rel)
    return [round(r * text_width / total) for r in rel]


def build_table(table: Table, *, text_width: int, st: Style, fill_cell: CellFiller, tick: Callable[[], None]) -> etree._Element:
    """The ``w:tbl`` for ``table``.  ``tick`` is called every few rows
    (cancellation checks inside big tables)."""
    widths = column_widths(table, text_width, st)
    ncols = len(widths)
    tbl = el("tbl")
    tblpr = el("tblPr", tbl)
    el("tblStyle", tblpr, val="TableGrid")
    el("tblW", tblpr, w=str(sum(widths)), type="dxa")
    if table.kind == "matrix":
        el("jc", tblpr, val="center")
    borders = el("tblBorders", tblpr)
    for side in _SIDES:
        if table.kind == "plain":
            no_border(borders, side)
        else:
            border(borders, side, st.rule_color, 4)
    el("tblLayout", tblpr, type="fixed")
    pad_v = str(twips_from_pt(st.paragraph_space_pt * 0.4))
    pad_h = "0" if table.kind == "plain" else str(twips_from_pt(st.paragraph_space_pt * 0.8))
    mar = el("tblCellMar", tblpr)
    el("top", mar, w=pad_v, type="dxa")
    el("left", mar, w=pad_h, type="dxa")
    el("bottom", mar, w=pad_v, type="dxa")
    el("right", mar, w=pad_h if table.kind != "plain" else str(twips_from_pt(st.paragraph_space_pt * 2)), type="dxa")
    el("tblLook", tblpr, val="04A0", firstRow="1", lastRow="0", firstColumn="0", lastColumn="0", noHBand="1", noVBand="1")
    grid = el("tblGrid", tbl)
    for wd in widths:
        el("gridCol", grid, w=str(wd))

    matrix_height = str(min(widths[1:]) if table.kind == "matrix" and ncols > 1 else 0)
    header_look = RunLook(bold=True, colour=st.table_header_color)

    if table.header and table.columns:
        tr = el("tr", tbl)
        trpr = el("trPr", tr)
        el("cantSplit", trpr)
        el("tblHeader", trpr)
        for col, wd in zip(table.columns, widths):
            tc = el("tc", tr)
            tcpr = el("tcPr", tc)
            el("tcW", tcpr, w=str(wd), type="dxa")
            if table.kind != "plain":
                shading(tcpr, st.table_header_fill)
            el("vAlign", tcpr, val="bottom")
            fill_cell(tc, [Para((Run(col.title),))], "center" if table.kind == "matrix" else col.align, header_look, wd)

    for i, row in enumerate(table.rows):
        if i % 50 == 49:
            tick()
        tr = el("tr", tbl)
        short = sum(_cell_chars(c) for c in row) < _SHORT_ROW_CHARS
        if short or table.kind == "matrix":
            trpr = el("trPr", tr)
            el("cantSplit", trpr)
            if table.kind == "matrix" and matrix_height != "0":
                el("trHeight", trpr, val=matrix_height, hRule="atLeast")
        cells = list(row[:ncols]) + [Cell() for _ in range(ncols - len(row))]
        for j, (cell, wd) in enumerate(zip(cells, widths)):
            tc = el("tc", tr)
            tcpr = el("tcPr", tc)
            el("tcW", tcpr, w=str(wd), type="dxa")
            fill = cell.fill
            if table.kind == "matrix" and j == 0 and fill is None:
                fill = st.table_header_fill
            if fill:
                shading(tcpr, fill)
            if table.kind == "matrix":
                el("vAlign", tcpr, val="center")
            align = cell.align
            if align == "start":
                align = table.columns[j].align if j < len(table.columns) else "start"
            if table.kind == "matrix":
                align = "center"
            bold = cell.bold or table.kind == "matrix"
            colour = st.table_header_color if table.kind == "matrix" and j == 0 else None
            fill_cell(tc, cell.blocks, align, RunLook(bold=bold, colour=colour), wd)
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
