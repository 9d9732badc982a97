"""The layout tree as the JSON data the tagged-PDF writer's Typst document
reads (:mod:`.typst_pdf`, ``resources/typst/brief.typ``).

Every node of the tree becomes a small JSON object; every piece of user text
stays a JSON string (the Typst document shows it as a string, never as
markup).  Here are the decisions Typst cannot make alone: which language a
run in another script is read in and which CJK face draws Chinese
characters, a paragraph's base direction, the column widths of a table (the
looks table's, with the same minimums as the reportlab writer measures),
where a word too wide for its column may break, whether the contents fit on
one page, and the watermark as glyph outlines.  The looks table goes along
as data.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.ttLib import TTFont as FTFont

from . import fonts
from .layout import (
    Cell,
    Heading,
    ImageBlock,
    Inline,
    KeyValue,
    LayoutBlock,
    LayoutTree,
    ListBlock,
    PageBreak,
    Para,
    PointList,
    Rule,
    Runs,
    Table,
    TableOfContents,
)
from .looks import CONTENTS_DEPTH, PAGE_LABEL, POINTS_PER_MM, Look, Looks, TableLook, heading_level
from .pdf_text import clean, line_pieces, pieces_width
from .scripts import Script, base_direction, cjk_flavour, split_scripts
from .unbroken import markings_in

NO_DATE = dt.date(2000, 1, 1)
"""The date a brief without one prints with (PDF/A needs one): the fixed
date the standard PDF writes (reportlab's invariant mode)."""

# The language a run in a script is read in when the brief does not say:
# the script's most used language (Arabic script: Arabic; a Persian or
# Urdu name is still read by an Arabic voice rather than an English one).
_SCRIPT_LANGUAGE: dict[Script, str] = {
    Script.ARABIC: "ar",
    Script.HEBREW: "he",
    Script.HAN: "zh",
    Script.KANA: "ja",
    Script.HANGUL: "ko",
    Script.DEVANAGARI: "hi",
    Script.THAI: "th",
    Script.TAMIL: "ta",
}
_CJK_FONTS = {Script.HAN: "sc", Script.KANA: "jp", Script.HANGUL: "kr"}
_NUMBER = re.compile(r"[\d.,:;/%+\-–()]+")
_WIDEST_EM = 1.1  # no character is wider than this many sizes (a CJK one is 1)


def _language(tag: str | None) -> tuple[str | None, str | None]:
    """A BCP 47 tag as Typst's (language, region): "en-GB" → ("en", "GB")."""
    if not tag:
        return None, None
    parts = re.split(r"[-_]", tag.strip())
    lang = parts[0].lower() if parts and re.fullmatch(r"[A-Za-z]{2,3}", parts[0]) else None
    region = next((p.upper() for p in parts[1:] if re.fullmatch(r"[A-Za-z]{2}", p)), None)
    return lang, region if lang else None


def _hex(colour: str | None) -> str | None:
    return colour if colour and re.fullmatch(r"#[0-9A-Fa-f]{6}", colour) else None


# --------------------------------------------------------------------------
# The layout tree as JSON data
# --------------------------------------------------------------------------


class _Data:
    def __init__(self, doc: LayoutTree, looks: Looks) -> None:
        self.doc, self.looks = doc, looks
        self.markings = markings_in(doc.markings)
        self.lang, _ = _language(doc.language)
        # Where the text being converted goes: its width (pt) and its role
        # (for words too wide for it; see _pieces).
        self.width = looks.text_width
        self.role = "body"

    def _pieces(self, text: str, bold: bool) -> list[tuple[str, list[str] | None]]:
        """``text`` as (text, None) pieces and, for a word wider than the
        room it is printed in (a long URL in a table cell), (word, chunks):
        the word in pieces that each fit, which Typst may break between
        (as the reportlab writer breaks such a word).  A word of a handling
        marking (:mod:`.unbroken`, "OFFICIAL-SENSITIVE") that fits and that
        Typst could break (at a hyphen or a hyphenation point) is
        (word, [word]): one box."""
        look = self.looks.role(self.role)
        size, width = look.size, max(self.width - look.indent, look.size * 2)
        marked = self.markings.spans(text)
        if not marked and len(text) * size * _WIDEST_EM <= width:
            return [(text, None)]
        bold = bold or look.bold
        out: list[tuple[str, list[str] | None]] = []
        plain = ""
        at = 0
        for word in re.split(r"(\s+)", text):
            begin, at = at, at + len(word)
            unbroken = ("-" in word or len(word) >= 5) and not word.isspace() and any(a < at and begin < b for a, b in marked)
            fits = len(word) * size * _WIDEST_EM <= width or _width(word, look.family, bold, size) <= width
            if fits and not unbroken:
                plain += word
                continue
            if plain:
                out.append((plain, None))
                plain = ""
            if fits:
                out.append((word, [word]))
                continue
            chunks: list[str] = []
            for ch in word:  # a chunk per character: Typst breaks where the line is full
                if chunks and unicodedata.combining(ch):
                    chunks[-1] += ch
                else:
                    chunks.append(ch)
            out.append((word, chunks))
        if plain:
            out.append((plain, None))
        return out

    # inline ---------------------------------------------------------------

    def runs(self, runs: Runs) -> list[dict[str, Any]]:
        """Runs as pieces of one script each, with their language (the
        run's own, else the script's when it is not the document's) and, for
        Chinese characters, which CJK font draws them."""
        out: list[dict[str, Any]] = []
        for run in runs:
            text = clean(run.text)
            if not text:
                continue
            url = clean(run.url) if run.url else None
            own, own_region = _language(run.language)
            for script, chunk, pieces in self._split(text, run.bold):
                p: dict[str, Any] = {"t": chunk}
                if pieces is not None:
                    p["w"] = pieces
                if run.bold:
                    p["b"] = True
                if run.italic:
                    p["i"] = True
                colour = _hex(run.color)
                if colour:
                    p["c"] = colour
                if url:
                    p["u"] = url
                lang, region = (own, own_region) if own else (_SCRIPT_LANGUAGE.get(script), None)
                if lang and lang != self.lang:
                    p["lang"] = lang
                    if region:
                        p["region"] = region
                if script in (Script.HAN, Script.KANA, Script.HANGUL):
                    p["cjk"] = _CJK_FONTS[cjk_flavour(chunk, run.language) if script == Script.HAN else script]
                out.append(p)
        return out

    def _split(self, text: str, bold: bool) -> list[tuple[Script, str, list[str] | None]]:
        out = []
        scripts = [(Script.LATIN, text)] if text.isascii() else split_scripts(text) or [(Script.LATIN, text)]
        for script, chunk in scripts:
            for piece, pieces in self._pieces(chunk, bold):
                out.append((script, piece, pieces))
        return out

    def _para_direction(self, b: Para) -> str:
        """The paragraph's own direction when compose fixed one, else its
        first strong character's."""
        fixed = getattr(b, "direction", "auto")
        return fixed if fixed in ("ltr", "rtl") else self.direction(b.runs)

    @staticmethod
    def direction(runs: Runs | str) -> str:
        plain = runs if isinstance(runs, str) else "".join(r.text for r in runs)
        return "ltr" if plain.isascii() else base_direction(plain)

    def para(self, b: Para) -> dict[str, Any]:
        role = self.role
        if b.style != "body":
            self.role = b.style
        try:
            return {"k": "p", "r": self.runs(b.runs), "s": b.style, "a": b.align, "keep": b.keep_with_next, "dir": self._para_direction(b)}
        finally:
            self.role = role

    def list_block(self, b: ListBlock) -> dict[str, Any]:
        look = self.looks.role(self.role)
        width = self.width
        g = self.looks.lists
        self.width -= look.size * (g.number_indent_em if b.ordered else g.bullet_indent_em)
        try:
            items = [self.runs(item) for item in b.items]
        finally:
            self.width = width
        # Each item reads in its own direction; the markers go on the right
        # only when every item is right to left.
        dirs = [self.direction(item) for item in b.items]
        return {
            "k": "list",
            "items": items,
            "dirs": dirs,
            "ordered": b.ordered,
            "start": b.start,
            "dir": "rtl" if dirs and all(d == "rtl" for d in dirs) else "ltr",
        }

    @staticmethod
    def image(b: ImageBlock) -> dict[str, Any]:
        alt = getattr(b, "alt", None)
        return {"k": "img", "data": list(b.data), "w": b.width_mm, "h": b.height_mm, "alt": clean(alt) if alt else None}

    def inline(self, b: Inline) -> dict[str, Any] | None:
        if isinstance(b, Para):
            return self.para(b)
        if isinstance(b, ListBlock):
            return self.list_block(b)
        if isinstance(b, ImageBlock):
            return self.image(b)
        return None

    # tables ---------------------------------------------------------------

    def cell(self, cell: Cell) -> dict[str, Any]:
        blocks = [x for x in (self.inline(b) for b in cell.blocks) if x is not None]
        return {"b": blocks, "fill": _hex(cell.fill), "align": cell.align, "bold": cell.bold}

    def minimums(self, t: Table, tl: TableLook) -> list[float]:
        """What each column needs so that its numbers and short words print
        unbroken (as the reportlab writer measures it, with the same fonts)."""
        limit = self.looks.unbroken_word_chars
        family = self.looks.role(tl.text).family
        pad = tl.padding.start + tl.padding.end
        header = self.looks.role(tl.header)
        out = []
        for c, column in enumerate(t.columns):
            need = _widest_word(column.title, family, True, header.size, limit) if t.header else 0.0
            for row in t.rows:
                if c >= len(row):
                    continue
                role = self.looks.role(tl.header if tl.row_header and c == 0 else tl.text)
                for b in row[c].blocks:
                    for runs in ([b.runs] if isinstance(b, Para) else list(b.items) if isinstance(b, ListBlock) else []):
                        for run in runs:
                            need = max(need, _widest_word(run.text, family, role.bold or row[c].bold or run.bold, role.size, limit))
            first = tl.first_column_start_padding - tl.padding.start if c == 0 else 0.0
            out.append(need + pad + first if need else 0.0)
        return out

    def table(self, t: Table) -> dict[str, Any]:
        tl = self.looks.tables[t.kind]
        widths = self.looks.column_widths([c.width for c in t.columns], t.kind, None, self.minimums(t, tl))
        rows = []
        pad = tl.padding.start + tl.padding.end
        for row in t.rows:
            cells = []
            for c, cell in enumerate(row[: len(t.columns)]):
                self.width = widths[c] - pad - (tl.first_column_start_padding - tl.padding.start if c == 0 else 0.0)
                self.role = tl.header if tl.row_header and c == 0 else tl.text
                cells.append(self.cell(cell))
            rows.append(cells + [self.cell(Cell())] * (len(t.columns) - len(cells)))
        self.width, self.role = self.looks.text_width, "body"
        keep = [not tl.rows_may_split or _chars(row) < tl.keep_rows_under_chars for row in t.rows]
        row_height = None
        if t.kind == "matrix" and len(widths) > 1:
            row_height = self.looks.matrix.row_height(widths, self.looks.body_size)
        return {
            "k": "table",
            "kind": t.kind,
            "cols": [{"title": clean(c.title), "align": c.align} for c in t.columns],
            "widths": widths,
            "rows": rows,
            "keep": keep,
            "header": t.header,
            "row_height": row_height,
            "caption": clean(t.caption) if t.caption else None,
        }

    def contents_fit(self) -> bool:
        """Whether the contents fit on one page: then they are kept on one
        (never a few entries stranded on a page of their own), as in the
        standard PDF."""
        looks = self.looks
        entries = sum(
            1 for b in self.doc.blocks if isinstance(b, Heading) and b.level <= CONTENTS_DEPTH and getattr(b, "listed", True)
        )
        row = looks.role("contents_1").leading + 2 * looks.contents.row_padding
        title = looks.role("contents_title")
        page = (looks.paper_mm[1] - looks.page.margin_top_mm - looks.page.margin_bottom_mm) * POINTS_PER_MM
        return title.before + title.leading + title.after + entries * row * 1.05 < page

    def points(self, b: PointList) -> dict[str, Any]:
        """Numbered points with their detail: a real list (L/LI) that
        looks like the reportlab writer's two-column table of them."""
        table = b.as_table()
        tl = self.looks.tables[table.kind]
        widths = self.looks.column_widths([c.width for c in table.columns], table.kind, None, self.minimums(table, tl))
        self.width = widths[1] - tl.padding.start - tl.padding.end
        try:
            items = [
                {"r": self.runs(item.runs), "detail": [x for x in (self.inline(d) for d in item.detail) if x is not None]}
                for item in b.items
            ]
        finally:
            self.width = self.looks.text_width
        return {"k": "points", "items": items, "start": b.start, "number_width": widths[0], "dir": self.direction(b.items[0].runs if b.items else ())}

    # blocks ---------------------------------------------------------------

    def block(self, b: LayoutBlock) -> dict[str, Any] | None:
        if isinstance(b, Heading):
            text = clean(b.text)
            return {"k": "h", "t": text, "level": heading_level(b.level), "dir": self.direction(text), "listed": getattr(b, "listed", True)}
        if isinstance(b, (Para, ListBlock, ImageBlock)):
            return self.inline(b)
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, PointList):
            return self.points(b)
        if isinstance(b, KeyValue):
            self.width = self.looks.text_width * (1 - self.looks.key_value.label_fraction)
            try:
                return {"k": "kv", "rows": [[clean(label), {"r": self.runs(value), "dir": self.direction(value)}] for label, value in b.rows]}
            finally:
                self.width = self.looks.text_width
        if isinstance(b, PageBreak):
            return {"k": "pb"}
        if isinstance(b, TableOfContents):
            return {"k": "toc", "title": clean(b.title), "keep": self.contents_fit()}
        if isinstance(b, Rule):
            return {"k": "rule"}
        return None

    def document(self) -> dict[str, Any]:
        doc, looks = self.doc, self.looks
        lang, region = _language(doc.language)
        blocks = [x for x in (self.block(b) for b in doc.blocks) if x is not None]
        page = doc.page
        logo = doc.header_logo
        day = doc.date or NO_DATE
        return {
            "title": clean(doc.title) or "Brief",
            "author": clean(doc.author) if doc.author else None,
            "subject": clean(doc.subject) if doc.subject else None,
            # PDF/A needs a date; without the brief's own, the fixed one the
            # standard PDF writes (reportlab's invariant mode).
            "date": [day.year, day.month, day.day],
            "lang": lang or "en",
            "region": region,
            "marking": clean(" ".join(doc.marking.split())) if doc.marking else None,
            "watermark": clean(doc.watermark) if doc.watermark else None,
            "watermark_shapes": _watermark(clean(doc.watermark), looks.role("watermark").family, looks.furniture.watermark_colour, looks.furniture.watermark_opacity)
            if doc.watermark and clean(doc.watermark).strip()
            else None,
            "header": clean(doc.header_text).replace("\n", " "),
            "header_dir": self.direction(doc.header_text),
            "marking_dir": self.direction(doc.marking or ""),
            "header_logo": {"data": list(logo.data), "w": logo.width_mm, "h": logo.height_mm} if logo else None,
            "page_label": clean(doc.labels.get("page", PAGE_LABEL)),
            "paper": list(looks.paper_mm),
            "margins": {"top": page.margin_top_mm, "bottom": page.margin_bottom_mm, "left": page.margin_left_mm, "right": page.margin_right_mm},
            "fonts": _font_lists(looks.role("body").family),
            "looks": _looks_data(looks),
            "blocks": blocks,
        }


@lru_cache(maxsize=8)
def _watermark(text: str, family: str, colour: str, opacity: float) -> dict[str, Any] | None:
    """The watermark as glyph outlines in an SVG picture, in font units,
    with where its baseline is: shapes, not text, as in the standard PDF, so
    copying, searching and extracting the page never meet "DRAFT"."""
    files = fonts.latin_face_files(family) or fonts.latin_face_files(fonts.DEFAULT_FAMILY)
    if not files:
        return None
    font = FTFont(files[(True, False)], lazy=True)
    cmap = font.getBestCmap() or {}
    glyphs = font.getGlyphSet()
    upm = font["head"].unitsPerEm
    ascent, descent = font["hhea"].ascent, font["hhea"].descent
    paths = []
    x = 0
    for ch in " ".join(text.split()):
        name = cmap.get(ord(ch), ".notdef")
        pen = SVGPathPen(glyphs)
        glyphs[name].draw(pen)
        if pen.getCommands():
            paths.append(f'<path transform="translate({x} 0)" d="{pen.getCommands()}"/>')
        x += glyphs[name].width
    if not x:
        return None
    height = ascent - descent
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {x} {height}" width="{x}" height="{height}">'
        f'<g fill="{colour}" fill-opacity="{opacity:.3f}" transform="translate(0 {ascent}) scale(1 -1)">{"".join(paths)}</g></svg>'
    )
    return {"svg": svg, "width": x / upm, "height": height / upm, "ascent": ascent / upm}


def _chars(row: Sequence[Cell]) -> int:
    total = 0
    for cell in row:
        for b in cell.blocks:
            if isinstance(b, Para):
                total += sum(len(r.text) for r in b.runs)
            elif isinstance(b, ListBlock):
                total += sum(len(r.text) for item in b.items for r in item)
    return total


@lru_cache(maxsize=4096)
def _width(word: str, family: str, bold: bool, size: float) -> float:
    return pieces_width(line_pieces(word, family, bold=bold), size)


def _widest_word(text: str, family: str, bold: bool, size: float, limit: int) -> float:
    widest = 0.0
    for word in text.split():
        if len(word) <= limit or _NUMBER.fullmatch(word):
            widest = max(widest, _width(word, family, bold, size) * 1.001)
    return widest


_OTHER_SCRIPTS = ["Noto Sans Arabic", "Heebo", "Noto Sans Devanagari", "Noto Sans Thai", "Noto Sans Tamil"]
_CJK_FAMILIES = {"sc": "Noto Sans SC", "jp": "Noto Sans JP", "kr": "Noto Sans KR"}


def _font_lists(family: str) -> dict[str, list[str]]:
    """The font fallback lists: the Latin family, Noto Sans, the other
    scripts' faces, then the CJK faces (the flavour a run needs first)."""
    family = family if fonts.is_bundled_family(family) else fonts.DEFAULT_FAMILY
    latin = list(dict.fromkeys([family, fonts.DEFAULT_FAMILY]))
    out = {"latin": latin + _OTHER_SCRIPTS + list(_CJK_FAMILIES.values())}
    for key, first in _CJK_FAMILIES.items():
        out[key] = latin + _OTHER_SCRIPTS + [first] + [f for f in _CJK_FAMILIES.values() if f != first]
    return out


def _look(look: Look) -> dict[str, Any]:
    rule = look.rule_below
    return {
        "size": look.size,
        "colour": look.colour,
        "bold": look.bold,
        "italic": look.italic,
        "before": look.before,
        "after": look.after,
        "leading": look.leading,
        "line_height": look.line_height,
        "indent": look.indent,
        "align": look.align,
        "rule": {"colour": rule.colour, "weight": rule.weight, "gap": look.rule_gap} if rule else None,
    }


def _looks_data(looks: Looks) -> dict[str, Any]:
    def rule(r: Any) -> dict[str, Any] | None:
        return {"colour": r.colour, "weight": r.weight} if r is not None else None

    tables = {}
    for kind, tl in looks.tables.items():
        p = tl.padding
        tables[kind] = {
            "text": tl.text,
            "header": tl.header,
            "padding": {"start": p.start, "end": p.end, "top": p.top, "bottom": p.bottom},
            "first_column_start_padding": tl.first_column_start_padding,
            "valign": tl.valign,
            "header_valign": tl.header_valign,
            "rules": rule(tl.rules),
            "header_fill": tl.header_fill,
            "header_align": tl.header_align,
            "cell_align": tl.cell_align,
            "row_header": tl.row_header,
            "rows_may_split": tl.rows_may_split,
            "gap_after": tl.gap_after,
            "gap_before_caption": tl.gap_before_caption,
        }
    f = looks.furniture
    kv, lists, contents = looks.key_value, looks.lists, looks.contents
    return {
        "text": {name: _look(look) for name, look in looks.text.items()},
        "rule": _look(looks.rule),
        "tables": tables,
        "key_value": {"label_fraction": kv.label_fraction, "label_gap": kv.label_gap, "row_padding": kv.row_padding, "label_drop": kv.label_drop},
        "lists": {
            "bullet_indent_em": lists.bullet_indent_em,
            "number_indent_em": lists.number_indent_em,
            "marker_offset": lists.marker_offset,
            "item_after_fraction": lists.item_after_fraction,
            "bullet": lists.bullet,
        },
        "contents": {"row_padding": contents.row_padding, "row_rule": rule(contents.row_rule), "page_column_mm": contents.page_column_mm},
        "contents_depth": CONTENTS_DEPTH,
        "text_width": looks.text_width,
        "furniture": {
            "running_header_from_page": f.running_header_from_page,
            "marking_top_mm": f.marking_top_mm,
            "marking_bottom_mm": f.marking_bottom_mm,
            "banner_min_size": f.banner_min_size,
            "header_above_text_mm": f.header_above_text_mm,
            "header_rule_gap_mm": f.header_rule_gap_mm,
            "header_rule": rule(f.header_rule),
            "logo_gap_mm": f.logo_gap_mm,
            "logo_drop_mm": f.logo_drop_mm,
            "page_number_mm": f.page_number_mm,
            "watermark_max_size": f.watermark_max_size,
            "watermark_diagonal_fraction": f.watermark_diagonal_fraction,
            "watermark_colour": f.watermark_colour,
            "watermark_opacity": f.watermark_opacity,
            "watermark_drop": f.watermark_drop,
        },
    }



def document_data(doc: LayoutTree, looks: Looks) -> dict[str, Any]:
    """``doc`` printed with ``looks`` as the Typst document's data."""
    return _Data(doc, looks).document()


__all__ = ["NO_DATE", "document_data"]
