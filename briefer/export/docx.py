"""The Word writer: a :class:`~briefer.export.layout.LayoutTree` → ``.docx``.

It translates each layout node into Word terms, every size, colour,
spacing and table geometry taken from the looks table (:mod:`.looks`);
*what* is printed was decided by compose.  The body is built as WordprocessingML with lxml (see
``docx_xml``), on top of python-docx for the package, styles, relationships
and core properties.  Helpers, one concern each:

* ``docx_styles`` — Word's built-in styles restyled from the looks (each
  setting only what differs from the style it is based on), table styles,
  numbering that restarts per list and the key points' numbered list;
* ``docx_text`` — paragraphs and runs: literal text, links, line breaks,
  script fonts and right-to-left marks;
* ``docx_tables`` — grid / matrix / plain tables in one pass;
* ``docx_fields`` — PAGE / NUMPAGES / TOC fields and the DRAFT watermark;
* ``docx_fonts`` — the faces the text is set in, embedded and subsetted.

Every page carries the handling marking at top and bottom, "Page X of Y"
and, while the brief is a draft, the watermark; pages after the first (a
header of its own, ``w:titlePg``, as in the PDF) the running header.  The
room below a table is the next paragraph's space before: an empty
paragraph stands only between two tables and after a table that ends the
document, where Word needs one.  The
file is written to a binary stream, all at the end: a cancelled export
writes nothing at all.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from typing import BinaryIO

import docx as python_docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.shape import CT_Inline
from docx.shared import Mm
from lxml import etree

from .. import __version__
from ..model.text import clean_for_display
from ..templates.reference_docx import ReferenceDocxError
from .layout import (
    LayoutBlock,
    Cell,
    Column,
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
    Table,
    TableOfContents,
)
from .docx_fonts import embed_fonts, faces_used
from .docx_fields import add_page_x_of_y, toc_paragraph, toc_paragraphs, watermark_run
from .docx_reference import SETTINGS_ORDER, open_reference
from .docx_styles import (
    HEADING_STYLE_IDS,
    MARKING_ID,
    PARA_STYLE_IDS,
    PARTICIPANT_NAME_ID,
    POINT_DETAIL_ID,
    ROLE_STYLE_IDS,
    apply_house_style,
    ordered_list_num,
    point_indents,
    point_list_num,
    word_looks,
)
from .docx_tables import build_table
from .docx_text import PLAIN, RunLook, paragraph
from .docx_xml import (
    PPR_ORDER,
    border,
    clean_text,
    el,
    emu_from_mm,
    on,
    replace_child,
    sort_children,
    twips_from_pt,
    w,
)
from .looks import CONTENTS_DEPTH, PAGE_LABEL, POINTS_PER_MM, Padding, TableLook, TextRole, heading_level, looks_for
from .running import CancelCheck, ExportError, ProgressCallback, check_cancel

_AFTER_CAPS = frozenset(w(tag) for tag in SETTINGS_ORDER[SETTINGS_ORDER.index("doNotHyphenateCaps") + 1 :])
"""Settings the schema puts after ``w:doNotHyphenateCaps``."""


def keep_with_next(p: etree._Element) -> None:
    """Keep paragraph ``p`` on the page of the paragraph after it."""
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = el("pPr")
        p.insert(0, ppr)
    replace_child(ppr, "keepNext", PPR_ORDER)


DEFAULT_TOC_PLACEHOLDER = "Right-click here and choose Update Field to build the table of contents."


def write_docx(
    doc: LayoutTree,
    out: BinaryIO,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> None:
    """Write ``doc`` as a Word file to the binary stream ``out``.

    ``progress`` is called with the fraction done; ``cancel`` is polled
    between blocks (and every few rows of a big table) and raises
    :class:`~briefer.export.running.ExportCancelled`; nothing is written to
    ``out`` then (the whole file is written at the end).
    """
    word = build_docx(doc, progress=progress, cancel=cancel)
    check_cancel(cancel)
    word.save(out)
    if progress is not None:
        progress(1.0)


def build_docx(
    doc: LayoutTree,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> DocxDocument:
    """The python-docx document for ``doc``, not yet saved."""
    return _Writer(doc, progress, cancel).build()


class _Writer:
    def __init__(self, doc: LayoutTree, progress: ProgressCallback | None, cancel: CancelCheck | None) -> None:
        self.doc = doc
        self.looks = looks_for(doc.style, doc.page)
        self.progress = progress
        self.cancel = cancel
        self.word, self.reference_styles = _start_document(doc)
        self.part = self.word.part
        self.text_width_mm = self.looks.text_width_mm
        self.text_width_pt = self.looks.text_width
        self.out: list[etree._Element] = []
        self.break_pending = False
        self.bookmark_id = 0
        self.bookmarks: set[str] = set()
        self.shape_id = 0
        self.has_toc = False
        self.first_page_header: list[etree._Element] | None = None
        self.gap_before_next: float | None = None  # room below the last table, given to the next paragraph
        self.style_looks = word_looks(self.looks)

    # ------------------------------------------------------------------
    # Whole document
    # ------------------------------------------------------------------

    def build(self) -> DocxDocument:
        check_cancel(self.cancel)
        apply_house_style(self.word, self.looks, self.doc.language, keep=self.reference_styles)
        self._page_setup()
        blocks = self.doc.blocks
        n = max(len(blocks), 1)
        for i, block in enumerate(blocks):
            check_cancel(self.cancel)
            self._block(block)
            if self.progress is not None:
                self.progress(0.9 * (i + 1) / n)
        if self.out and self.out[-1].tag == w("tbl"):  # a document ends with a paragraph
            self.gap_before_next = None
            self.out.append(self._spacer(self.looks.tables["grid"].gap_after))
        body = self.word.element.body
        sect = body.find(w("sectPr"))
        body.remove(sect)
        for old in list(body):
            body.remove(old)
        body.extend(self.out)
        body.append(sect)
        self._header_footer()
        self._settings()
        self._metadata()
        check_cancel(self.cancel)
        if self.reference_styles:  # an office's reference names its own fonts: embed the bundled faces it uses
            family = _normal_font(self.word) or self.looks.role("body").family
        else:
            family = self.looks.role("body").family
        section = self.word.sections[0]
        stories = [body, section.header._element, section.footer._element]
        if self.first_page_header is not None:
            stories += self.first_page_header
        bold = frozenset(i for i, look in self.style_looks.items() if look.bold) | {PARTICIPANT_NAME_ID}
        italic = frozenset(i for i, look in self.style_looks.items() if look.italic)
        embed_fonts(self.word, family, faces_used(stories, family, bold, italic))
        return self.word

    def _page_setup(self) -> None:
        page = self.doc.page
        width, height = self.looks.paper_mm
        furniture = self.looks.furniture
        section = self.word.sections[0]
        section.page_width = Mm(width)
        section.page_height = Mm(height)
        section.top_margin = Mm(page.margin_top_mm)
        section.bottom_margin = Mm(page.margin_bottom_mm)
        section.left_margin = Mm(page.margin_left_mm)
        section.right_margin = Mm(page.margin_right_mm)
        section.header_distance = Mm(furniture.header_from_edge_mm)
        section.footer_distance = Mm(furniture.footer_from_edge_mm)
        section.gutter = Mm(0)

    # ------------------------------------------------------------------
    # Blocks
    # ------------------------------------------------------------------

    def _emit(self, element: etree._Element) -> None:
        """Add a body element; a pending page break goes onto it."""
        if self.break_pending:
            self.break_pending = False
            if element.tag == w("p"):
                ppr = element.find(w("pPr"))
                if ppr is None:
                    ppr = el("pPr")
                    element.insert(0, ppr)
                on("pageBreakBefore", ppr)
                sort_children(ppr, PPR_ORDER)
            else:
                p = el("p")
                el("br", el("r", p), type="page")
                self.out.append(p)
        elif element.tag == w("tbl") and self.out and self.out[-1].tag == w("tbl"):
            # Word merges adjacent tables: the one place a spacer paragraph is needed.
            self.out.append(self._spacer(self.gap_before_next or self.looks.tables["grid"].gap_after))
            self.gap_before_next = None
        if self.gap_before_next is not None and element.tag == w("p"):
            self._space_before(element, self.gap_before_next)
        self.gap_before_next = None
        self.out.append(element)

    def _space_before(self, p: etree._Element, gap: float) -> None:
        """Give paragraph ``p`` at least ``gap`` points above (the room
        below a table), keeping its style's when that is larger."""
        ppr = p.find(w("pPr"))
        if ppr is None:
            ppr = el("pPr")
            p.insert(0, ppr)
        style = ppr.find(w("pStyle"))
        look = self.style_looks.get(style.get(w("val")) if style is not None else "Normal", self.looks.role("body"))
        if look.before >= gap:
            return
        spacing = ppr.find(w("spacing"))
        if spacing is None:
            spacing = el("spacing", ppr)
            sort_children(ppr, PPR_ORDER)
        spacing.set(w("before"), str(twips_from_pt(max(gap, float(spacing.get(w("before"), "0")) / 20))))

    def _block(self, block: LayoutBlock) -> None:
        if isinstance(block, Heading):
            self._emit(self._heading(block))
        elif isinstance(block, Para):
            p = self._para(block, PARA_STYLE_IDS.get(block.style, "Normal"))
            if block.keep_with_next:
                keep_with_next(p)
            self._emit(p)
        elif isinstance(block, ListBlock):
            items = self._list(block)
            if len(items) > 1:
                keep_with_next(items[-2])  # the last item never stands alone on a new page
            for p in items:
                self._emit(p)
        elif isinstance(block, PointList):
            for p in self._points(block):
                self._emit(p)
        elif isinstance(block, ImageBlock):
            self._emit(self._image_paragraph(block, self.text_width_mm, "start"))
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, KeyValue):
            self._key_value(block)
        elif isinstance(block, PageBreak):
            self.break_pending = bool(self.out)
        elif isinstance(block, TableOfContents):
            self._toc(block)
        elif isinstance(block, Rule):
            self._emit(self._rule())

    def _relate_link(self, url: str) -> str:
        return self.part.relate_to(url, RT.HYPERLINK, is_external=True)

    def _para(self, para: Para, style_id: str, *, align: str | None = None, look: RunLook = PLAIN) -> etree._Element:
        return paragraph(
            para.runs,
            style_id=None if style_id == "Normal" else style_id,
            align=para.align if align is None or para.align != "start" else align,
            direction=para.direction,
            look=look,
            link_colour=self.looks.link_colour,
            relate_link=self._relate_link,
        )

    def _heading(self, heading: Heading) -> etree._Element:
        p = paragraph((Run(heading.text),), style_id=HEADING_STYLE_IDS[heading_level(heading.level) - 1])
        name = _bookmark_name(heading.key)
        if name in self.bookmarks:
            name = _bookmark_name(f"{name[:34]}_{self.bookmark_id}")
        if name:
            self.bookmarks.add(name)
            ppr = p.find(w("pPr"))
            start = el("bookmarkStart", id=str(self.bookmark_id), name=name)
            ppr.addnext(start)
            el("bookmarkEnd", p, id=str(self.bookmark_id))
            self.bookmark_id += 1
        return p

    def _list(self, block: ListBlock, *, role: TextRole = "body", align: str = "start", look: RunLook = PLAIN) -> list[etree._Element]:
        """List paragraphs in Word's list styles; items in text of another
        role than body (a table cell) get that role's item spacing."""
        style_id = "ListNumber" if block.ordered else "ListBullet"
        num_id = ordered_list_num(self.word, block.start) if block.ordered else None
        item_after = self.looks.role(role).after * self.looks.lists.item_after_fraction

        def numbering(ppr: etree._Element) -> None:
            if num_id is not None:
                num = el("numPr", ppr)
                el("ilvl", num, val="0")
                el("numId", num, val=str(num_id))
            if role != "body":
                el("spacing", ppr, after=str(twips_from_pt(item_after)))

        return [
            paragraph(
                item,
                style_id=style_id,
                align=align,
                look=look,
                link_colour=self.looks.link_colour,
                relate_link=self._relate_link,
                extra_ppr=numbering,
            )
            for item in block.items
        ]

    def _points(self, block: PointList) -> list[etree._Element]:
        """A real numbered list: each point a List Number paragraph numbered
        by its own definition, its detail indented under it (paragraphs in
        Point Detail, bullets at the list's second level)."""
        num_id = str(point_list_num(self.word, self.looks, block.start))
        number_indent, _ = point_indents(self.looks)

        def level(ilvl: str) -> Callable[[etree._Element], None]:
            def number(ppr: etree._Element) -> None:
                num = el("numPr", ppr)
                el("ilvl", num, val=ilvl)
                el("numId", num, val=num_id)

            return number

        out: list[etree._Element] = []
        for item in block.items:
            out.append(self._paragraph(item.runs, "ListNumber", level("0")))
            for b in item.detail:
                if isinstance(b, Para):
                    out.append(self._paragraph(b.runs, POINT_DETAIL_ID, None))
                elif isinstance(b, ListBlock) and not b.ordered:
                    out += [self._paragraph(runs, "ListBullet", level("1")) for runs in b.items]
                elif isinstance(b, ListBlock):
                    sub = ordered_list_num(self.word, b.start)
                    out += [self._paragraph(runs, "ListNumber", _numbered(sub, number_indent)) for runs in b.items]
                elif isinstance(b, ImageBlock):
                    out.append(self._image_paragraph(b, self.text_width_mm, "start"))
        return out

    def _paragraph(self, runs: tuple[Run, ...], style_id: str, extra_ppr: Callable[[etree._Element], None] | None) -> etree._Element:
        return paragraph(
            runs,
            style_id=style_id,
            link_colour=self.looks.link_colour,
            relate_link=self._relate_link,
            extra_ppr=extra_ppr,
        )

    def _image_paragraph(self, image: ImageBlock, max_width_mm: float, align: str, part=None) -> etree._Element:  # noqa: ANN001
        """A paragraph holding ``image``; ``part`` is the story part that owns
        the picture (the body by default, a header for the header logo)."""
        p = el("p")
        if align in ("center", "end"):
            el("jc", el("pPr", p), val="center" if align == "center" else "right")
        try:
            rid, picture = (part or self.part).get_or_add_image(io.BytesIO(image.data))
        except Exception:  # noqa: BLE001 - an unreadable picture must not lose the brief
            return p
        width, height = max(image.width_mm, 1.0), max(image.height_mm, 1.0)
        if width > max_width_mm:
            width, height = max_width_mm, height * max_width_mm / width
        self.shape_id += 1
        inline = CT_Inline.new_pic_inline(
            self.shape_id, rid, picture.filename, emu_from_mm(width), emu_from_mm(height)
        )
        el("drawing", el("r", p)).append(inline)
        return p

    def _fill_cell(self, tc: etree._Element, blocks: list[Inline], align: str, look: RunLook, width_twips: int, role: TextRole) -> None:
        text_style = ROLE_STYLE_IDS[role]
        before = len(tc)
        for b in blocks:
            if isinstance(b, Para):
                style_id = text_style if b.style == "body" else PARA_STYLE_IDS.get(b.style, text_style)
                tc.append(self._para(b, style_id, align=align, look=look))
            elif isinstance(b, ListBlock):
                for p in self._list(b, role=role, align=align, look=look):
                    tc.append(p)
            elif isinstance(b, ImageBlock):
                tc.append(self._image_paragraph(b, width_twips / 20 / POINTS_PER_MM, align))
        if len(tc) == before:  # a cell must end with a paragraph
            p = el("p", tc)
            if text_style != "Normal":
                el("pStyle", el("pPr", p), val=text_style)
        else:  # no trailing gap at the bottom of a cell
            _space_after(tc[-1], 0)

    def _table(self, table: Table, look: TableLook | None = None) -> None:
        if not table.rows and not (table.header and table.columns):
            return  # Word rejects a table without rows
        self._emit(
            build_table(
                table,
                looks=self.looks,
                text_width_pt=self.text_width_pt,
                fill_cell=self._fill_cell,
                tick=lambda: check_cancel(self.cancel),
                look=look,
            )
        )
        if table.caption:
            self._emit(paragraph((Run(table.caption),), style_id="Caption"))
        else:
            self.gap_before_next = (look or self.looks.tables[table.kind]).gap_after  # on the next paragraph

    def _key_value(self, block: KeyValue) -> None:
        g = self.looks.key_value
        plain = self.looks.tables["plain"]
        rows = [[Cell([Para((Run(label),), style="label")]), Cell([Para(value)])] for label, value in block.rows]
        table = Table([Column("", g.label_fraction), Column("", 1.0 - g.label_fraction)], rows, kind="plain", header=False)
        look = replace(
            plain,
            padding=Padding(0.0, g.label_gap, g.row_padding, g.row_padding),
            first_column_start_padding=0.0,
        )
        self._table(table, look)

    def _toc(self, block: TableOfContents) -> None:
        self.has_toc = True
        self._emit(paragraph((Run(block.title),), style_id="TOCHeading"))
        entries = [(b.level, b.text) for b in self.doc.blocks if isinstance(b, Heading) and b.level <= CONTENTS_DEPTH and b.listed]
        if entries:
            for p in toc_paragraphs(entries):
                self._emit(p)
        else:
            self._emit(toc_paragraph(self.doc.labels.get("toc_update", DEFAULT_TOC_PLACEHOLDER)))
        self.break_pending = True  # the body starts on a fresh page, as in the PDF

    def _rule(self) -> etree._Element:
        """An empty paragraph whose bottom border is the rule."""
        look = self.looks.rule
        line = look.rule_below
        assert line is not None
        p = el("p")
        ppr = el("pPr", p)
        border(el("pBdr", ppr), "bottom", line.colour, round(line.weight * 8), 0)
        el("spacing", ppr, before=str(twips_from_pt(look.before)), after=str(twips_from_pt(look.after)), line="20", lineRule="exact")
        return p

    def _spacer(self, height: float) -> etree._Element:
        """An empty paragraph ``height`` points high: between two tables and
        after a table that ends the document, where Word needs a paragraph."""
        p = el("p")
        ppr = el("pPr", p)
        el("spacing", ppr, before="0", after="0", line=str(twips_from_pt(height)), lineRule="exact")
        return p

    # ------------------------------------------------------------------
    # Header, footer, settings, metadata
    # ------------------------------------------------------------------

    def _header_footer(self) -> None:
        """The page furniture, as the PDF prints it: the marking and the
        watermark on every page, the running header (and logo) from page
        ``Furniture.running_header_from_page`` on, the page number and
        the marking at the foot of every page.  The first page (the cover)
        has a header of its own (``w:titlePg``) when the running header
        starts later."""
        section = self.word.sections[0]
        marking = clean_text(self.doc.marking or "").strip()
        first_differs = self.looks.furniture.running_header_from_page > 1
        section.different_first_page_header_footer = first_differs
        self._fill_header(section.header, marking, running=True, number=1)
        self._fill_footer(section.footer, marking)
        if first_differs:
            self.first_page_header = [
                self._fill_header(section.first_page_header, marking, running=False, number=2),
                self._fill_footer(section.first_page_footer, marking),
            ]

    def _fill_header(  # noqa: ANN001 - header is a python-docx header
        self, header, marking: str, *, running: bool, number: int  # noqa: ANN001
    ) -> etree._Element:
        header.is_linked_to_previous = False
        hdr = header._element
        for old in list(hdr):
            hdr.remove(old)
        paragraphs: list[etree._Element] = []
        if marking:
            paragraphs.append(paragraph((Run(marking),), style_id=MARKING_ID))
        header_text = clean_text(self.doc.header_text).strip() if running else ""
        if header_text:
            paragraphs.append(paragraph((Run(header_text),), style_id="Header"))
        if self.doc.header_logo is not None and running:
            logo = self._image_paragraph(self.doc.header_logo, self.text_width_mm, "end", part=header.part)
            ppr = logo.find(w("pPr"))
            if ppr is None:
                ppr = el("pPr")
                logo.insert(0, ppr)
            ppr.insert(0, el("pStyle", val="Header"))  # pStyle comes first in pPr
            paragraphs.insert(0, logo)
        if not paragraphs:
            paragraphs.append(paragraph((), style_id="Header"))
        if self.doc.watermark and self.doc.watermark.strip():
            furniture = self.looks.furniture
            paragraphs[0].append(
                watermark_run(
                    self.doc.watermark,
                    font=self.looks.role("watermark").family,
                    colour=furniture.watermark_tint,
                    box_pt=self.looks.watermark_box(self.doc.watermark),
                    number=number,
                )
            )
        hdr.extend(paragraphs)
        return hdr

    def _fill_footer(self, footer, marking: str) -> etree._Element:  # noqa: ANN001 - a python-docx footer
        footer.is_linked_to_previous = False
        ftr = footer._element
        for old in list(ftr):
            ftr.remove(old)
        page = el("p")
        el("pStyle", el("pPr", page), val="Footer")
        add_page_x_of_y(page, self.doc.labels.get("page", PAGE_LABEL), PLAIN)
        ftr.append(page)
        if marking:
            ftr.append(paragraph((Run(marking),), style_id=MARKING_ID))
        return ftr

    def _settings(self) -> None:
        settings = self.word.settings.element
        for tag in ("savePreviewPicture", "updateFields"):
            for old in settings.findall(w(tag)):
                settings.remove(old)
        # A reference document may turn automatic hyphenation on: words in
        # capitals (a handling marking, "OFFICIAL-SENSITIVE") are never
        # hyphenated all the same.
        for old in settings.findall(w("doNotHyphenateCaps")):
            settings.remove(old)
        caps = el("doNotHyphenateCaps")
        later = [c for c in settings if c.tag in _AFTER_CAPS]
        if later:
            later[0].addprevious(caps)
        else:
            settings.append(caps)
        if self.has_toc:
            update = el("updateFields", val="true")
            compat = settings.find(w("compat"))
            if compat is not None:
                compat.addprevious(update)
            else:
                settings.append(update)

    def _metadata(self) -> None:
        """Title and subject from the brief, author only when set; nothing
        from python-docx's template (its author, description, dates,
        thumbnail, and an app.xml that claims to be Word for Mac)."""
        props = self.word.core_properties
        props.title = _prop(self.doc.title)
        props.subject = _prop(self.doc.subject)
        props.author = _prop(self.doc.author)
        props.keywords = _prop(self.doc.marking) or ""  # the banner: how to handle the file
        props.comments = ""
        props.category = ""
        props.last_modified_by = ""
        props.language = _prop(self.doc.language)
        props.revision = 1
        # No dates (the template's are from 2013; the same brief should give
        # the same properties) and no empty elements.
        core = props._element
        for child in list(core):
            local = etree.QName(child).localname
            if local in ("created", "modified", "lastPrinted") or not (child.text or "").strip():
                core.remove(child)

        package = self.part.package
        for rid, rel in list(package.rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                package.rels.pop(rid)
            elif rel.reltype == RT.EXTENDED_PROPERTIES:
                rel.target_part._blob = _app_xml()


def _start_document(doc: LayoutTree) -> tuple[DocxDocument, frozenset[str]]:
    """python-docx's default document, or the template's Word reference
    document with the ids of the styles it defines (left as they are)."""
    if not doc.reference_docx:
        return python_docx.Document(), frozenset()
    try:
        return open_reference(doc.reference_docx)
    except (ReferenceDocxError, ValueError, KeyError) as e:
        raise ExportError(
            f"The template's Word reference document cannot be used ({e}); export with another template."
        ) from None


def _normal_font(word: DocxDocument) -> str | None:
    """The Latin font of the document defaults, if named outright."""
    f = word.styles.element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('rFonts')}")
    return f.get(w("ascii")) if f is not None else None


def _numbered(num_id: int, indent: int) -> Callable[[etree._Element], None]:
    """``extra_ppr`` for an item of a numbered list (``num_id``) set in by
    ``indent`` twips beyond its numbering's own indent."""

    def number(ppr: etree._Element) -> None:
        num = el("numPr", ppr)
        el("ilvl", num, val="0")
        el("numId", num, val=str(num_id))
        el("ind", ppr, left=str(indent + 360), hanging="360")

    return number


def _space_after(p: etree._Element, points: float) -> None:
    """Set a paragraph's space below directly (over its style's)."""
    if p.tag != w("p"):
        return
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = el("pPr")
        p.insert(0, ppr)
    spacing = ppr.find(w("spacing"))
    if spacing is None:
        spacing = el("spacing", ppr)
        sort_children(ppr, PPR_ORDER)
    spacing.set(w("after"), str(twips_from_pt(points)))


def _prop(value: str | None) -> str:
    """A core-property string: clean, one line, at most 255 characters
    (python-docx's limit)."""
    return clean_for_display(clean_text(value or ""))[:255]


def _app_xml() -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>Briefer {__version__}</Application><DocSecurity>0</DocSecurity>"
        "</Properties>"
    ).encode()


def _bookmark_name(key: str) -> str:
    """A Word bookmark name for a heading key: letters, digits and
    underscores, starting with a letter, at most 40 characters."""
    name = "".join(ch if ch.isascii() and (ch.isalnum() or ch == "_") else "_" for ch in key)
    if not name or not name[0].isalpha():
        return ""
    return name[:40]


__all__ = ["write_docx", "build_docx"]
