"""The Word writer: what a staffer opening the .docx (or Word's navigation
pane, or a reviewer checking the metadata) would notice."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import docx as python_docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from lxml import etree

from briefer.export.layout import (
    Cell,
    Column,
    LayoutTree,
    Heading,
    ImageBlock,
    KeyValue,
    ListBlock,
    PageBreak,
    PageSetup,
    Para,
    Rule,
    Run,
    Table,
    TableOfContents,
)
from briefer.export.docx import write_docx
from briefer.export.running import ExportCancelled
from helpers.exporting import template_of
from briefer.model.text import strip_forbidden_chars

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}


def png(width: int = 8, height: int = 6) -> bytes:
    raw = b"".join(b"\x00" + b"\x1f\x3a\x5f" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def brief_document(**overrides: object) -> LayoutTree:
    """A small brief with every kind of node and every script."""
    blocks = [
        Para((Run("Meeting with the Prime Minister"),), style="title"),
        Para((Run("Ceasefire follow-up"),), style="subtitle"),
        KeyValue([("Reference", (Run("BR-2025-114"),)), ("Place", (Run("ירושלים"),))]),
        Rule(),
        TableOfContents("Contents"),
        PageBreak(),
        Heading("Summary", 1, key="summary"),
        Para((Run("The "), Run("bottom line", bold=True), Run(": literal <b>x</b> &amp; {{ 7*7 }} %s \\ 🙂\nnext line")), style="lead"),
        Para((Run("בנימין נתניהו נפגש היום"),)),
        Para((Run("محمد بن سلمان"),)),
        Para((Run("Names: "), Run("习近平"), Run(" · "), Run("高市早苗さん"), Run(" · "), Run("이재명"))),
        Para((Run("Source: "), Run("the agreement", url="https://example.org/a?b=1&c=<2>")), style="small"),
        Heading("Objectives", 2, key="objectives"),
        ListBlock([(Run("First bullet"),), (Run("Second bullet"),)]),
        ListBlock([(Run("Step one"),), (Run("Step two"),)], ordered=True),
        ListBlock([(Run("Step three"),), (Run("Step four"),)], ordered=True, start=3),
        Heading("Risks", 2, key="risks"),
        Table(
            [Column("Risk", 3), Column("Likelihood", 1), Column("Owner", 1)],
            [
                [Cell([Para((Run(f"Risk {i}"),))]), Cell([Para((Run("High"),))], fill="#E6A19A"), Cell([Para((Run("Embassy"),))])]
                for i in range(1, 4)
            ],
            caption="Sorted by severity.",
        ),
        Table(
            [Column("", 1.2), Column("Low", 1), Column("High", 1)],
            [[Cell([Para((Run("Likely"),))]), Cell([Para((Run("1"),))], fill="#D9EAD3"), Cell([Para((Run("2, 3"),))], fill="#E6A19A")]],
            kind="matrix",
        ),
        Table(
            [Column("Photo", 1), Column("Who", 3)],
            [[Cell([ImageBlock(png(), 20, 15)]), Cell([Para((Run("Benjamin Netanyahu"),), style="label"), Para((Run("Prime Minister"),), style="muted")])]],
            kind="plain",
            header=False,
        ),
        ImageBlock(png(16, 4), 60, 15),
    ]
    fields: dict[str, object] = dict(
        title="Kushner–Netanyahu meeting",
        subject="Meeting brief",
        blocks=blocks,
        marking="OFFICIAL-SENSITIVE",
        watermark="DRAFT",
        header_text="Kushner–Netanyahu · BR-2025-114",
        toc_min_pages=3,
    )
    fields.update(overrides)
    return LayoutTree(**fields)  # type: ignore[arg-type]


def export(doc: LayoutTree) -> bytes:
    out = io.BytesIO()
    write_docx(doc, out)
    return out.getvalue()


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def xml(data: bytes, prefix: str) -> list[etree._Element]:
    return [etree.fromstring(blob) for name, blob in sorted(parts(data).items()) if name.startswith(prefix) and name.endswith(".xml")]


def paragraph_texts(root: etree._Element) -> list[str]:
    """Each paragraph's text as Word shows it (breaks as \\n, tabs as \\t)."""
    out = []
    for p in root.iter(f"{W}p"):
        bits = []
        for e in p.iter(f"{W}t", f"{W}br", f"{W}tab"):
            bits.append(e.text or "" if e.tag == f"{W}t" else "\n" if e.tag == f"{W}br" else "\t")
        out.append("".join(bits).translate(WRITER_ISOLATES))
    return out


WRITER_ISOLATES = str.maketrans("", "", "\u2068\u2069")
"""The FSI/PDI the writer sets around right-to-left text in a left-to-right
paragraph: invisible, not text the user typed."""


def table_style(data: bytes, tbl: etree._Element) -> etree._Element:
    """The table style ``tbl`` names, from styles.xml."""
    style_id = tbl.find("w:tblPr/w:tblStyle", NS).get(f"{W}val")
    styles = xml(data, "word/styles.xml")[0]
    (style,) = styles.findall(f"w:style[@w:styleId='{style_id}']", NS)
    assert style.get(f"{W}type") == "table"
    return style


def all_text(data: bytes) -> str:
    roots = xml(data, "word/document") + xml(data, "word/header") + xml(data, "word/footer")
    return "\n".join(t for root in roots for t in paragraph_texts(root))


@pytest.fixture(scope="module")
def brief_docx() -> bytes:
    return export(brief_document())


# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------


def test_every_text_of_the_document_is_in_the_file(brief_docx: bytes) -> None:
    text = all_text(brief_docx)
    for piece in brief_document().iter_text():
        assert piece in text, piece


def test_file_opens_with_python_docx_and_keeps_literal_text(brief_docx: bytes) -> None:
    word = python_docx.Document(io.BytesIO(brief_docx))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "literal <b>x</b> &amp; {{ 7*7 }} %s \\ 🙂" in text
    assert "{{ 7*7 }}" in text and "49" not in text


def test_line_break_inside_a_run_is_a_word_line_break(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    lead = next(p for p in body.iter(f"{W}p") if "bottom line" in "".join(p.itertext()))
    assert lead.findall(".//w:br", NS), "\\n must become w:br"
    assert "🙂\nnext line" in paragraph_texts(lead)[0]


def test_headings_use_word_heading_styles(brief_docx: bytes) -> None:
    word = python_docx.Document(io.BytesIO(brief_docx))
    styles = {p.text: p.style.name for p in word.paragraphs}
    assert styles["Summary"] == "Heading 1"
    assert styles["Objectives"] == "Heading 2"
    assert styles["Meeting with the Prime Minister"] == "Title"
    assert styles["Ceasefire follow-up"] == "Subtitle"


def test_heading_styles_come_from_the_house_style() -> None:
    doc = brief_document()
    word = python_docx.Document(io.BytesIO(export(doc)))
    h1 = word.styles["Heading 1"]
    assert h1.font.size.pt == doc.style.heading_sizes[0]
    assert str(h1.font.color.rgb) == doc.style.accent_color.lstrip("#").upper()
    assert h1.paragraph_format.keep_with_next
    # Normal takes the body size and font from the document defaults, and
    # every style cascades from them: Heading 1 names no font of its own.
    defaults = word.styles.element.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:sz", NS).get(f"{W}val") == str(round(doc.style.body_size * 2))
    assert defaults.find("w:rFonts", NS).get(f"{W}ascii") == doc.style.font_family
    assert defaults.find("w:rFonts", NS).get(f"{W}asciiTheme") == "minorHAnsi"
    assert word.styles["Normal"].font.size is None
    assert h1.element.find("w:rPr/w:rFonts", NS) is None
    theme = xml(export(doc), "word/theme/")[0]
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    assert {x.get("typeface") for x in theme.iter(f"{a}latin")} == {doc.style.font_family}


def test_lists_use_list_styles_and_numbering_restarts(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    numbering = xml(brief_docx, "word/numbering.xml")[0]

    def num_id(text: str) -> str:
        p = next(p for p in body.iter(f"{W}p") if "".join(p.itertext()) == text)
        assert p.find("w:pPr/w:pStyle", NS).get(f"{W}val") == "ListNumber"
        return p.find("w:pPr/w:numPr/w:numId", NS).get(f"{W}val")

    first, second = num_id("Step one"), num_id("Step three")
    assert num_id("Step two") == first and num_id("Step four") == second
    assert first != second

    def start_of(nid: str) -> str:
        num = numbering.find(f"w:num[@w:numId='{nid}']", NS)
        return num.find("w:lvlOverride/w:startOverride", NS).get(f"{W}val")

    assert start_of(first) == "1"
    assert start_of(second) == "3"
    bullet = next(p for p in body.iter(f"{W}p") if "".join(p.itertext()) == "First bullet")
    assert bullet.find("w:pPr/w:pStyle", NS).get(f"{W}val") == "ListBullet"


def test_hyperlink_is_a_real_link_with_an_external_relationship(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    link = body.find(".//w:hyperlink", NS)
    assert "".join(link.itertext()) == "the agreement"
    rid = link.get(f"{{{NS['r']}}}id")
    rels = etree.fromstring(parts(brief_docx)["word/_rels/document.xml.rels"])
    rel = next(r for r in rels if r.get("Id") == rid)
    assert rel.get("Target") == "https://example.org/a?b=1&c=<2>"
    assert rel.get("TargetMode") == "External"


def test_images_are_inline_in_body_and_table_cells(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    in_cells = body.findall(".//w:tc//wp:inline", NS)
    everywhere = body.findall(".//wp:inline", NS)
    assert len(in_cells) == 1 and len(everywhere) == 2
    extent = everywhere[-1].find("wp:extent", NS)
    assert int(extent.get("cx")) == 60 * 36000 and int(extent.get("cy")) == 15 * 36000
    ids = [d.get("id") for d in body.iterfind(".//wp:docPr", NS)]
    assert len(set(ids)) == len(ids)
    assert any(name.startswith("word/media/") for name in parts(brief_docx))


# ---------------------------------------------------------------------------
# Every page: marking, running header, page numbers, watermark
# ---------------------------------------------------------------------------


def paragraph_style(data: bytes, p: etree._Element) -> etree._Element:
    """The ``w:style`` a paragraph is set in."""
    style_id = p.find("w:pPr/w:pStyle", NS).get(f"{W}val")
    styles = xml(data, "word/styles.xml")[0]
    return styles.find(f"w:style[@w:styleId='{style_id}']", NS)


def test_marking_is_centred_bold_in_header_and_footer(brief_docx: bytes) -> None:
    for prefix in ("word/header", "word/footer"):
        roots = xml(brief_docx, prefix)
        assert roots, prefix
        hits = [p for root in roots for p in root.iter(f"{W}p") if "".join(p.itertext()) == "OFFICIAL-SENSITIVE"]
        assert hits, f"marking missing from {prefix}"
        style = paragraph_style(brief_docx, hits[0])
        assert style.find("w:pPr/w:jc", NS).get(f"{W}val") == "center"
        rpr = style.find("w:rPr", NS)
        assert rpr.find("w:b", NS) is not None and rpr.find("w:b", NS).get(f"{W}val") is None
        assert rpr.find("w:color", NS).get(f"{W}val") == "9B1C1C"
    assert "Kushner–Netanyahu · BR-2025-114" in all_text(brief_docx)


def test_footer_has_real_page_and_numpages_fields(brief_docx: bytes) -> None:
    footer = xml(brief_docx, "word/footer")[0]
    instructions = [t.text.strip() for t in footer.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [f.get(f"{W}fldCharType") for f in footer.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"] * 2
    text = paragraph_texts(footer)[0]
    assert text.startswith("Page ") and " of " in text


def test_page_label_comes_from_the_document_labels() -> None:
    data = export(brief_document(labels={"page": "Seite {page} von {pages}"}))
    assert paragraph_texts(xml(data, "word/footer")[0])[0] == "Seite 1 von 1"


def test_watermark_shape_is_in_the_header_when_set(brief_docx: bytes) -> None:
    header = xml(brief_docx, "word/header")[0]
    shape = header.find(".//w:pict/v:shape", NS)
    assert shape is not None
    assert shape.get("type") == "#_x0000_t136"
    assert "rotation:315" in shape.get("style")
    assert shape.find("v:textpath", NS).get("string") == "DRAFT"
    # An opaque pale tint, not VML opacity (LibreOffice ignores that): the
    # same look as the PDF's translucent watermark, in every reader.
    from briefer.templates.style import Style

    assert shape.get("fillcolor").upper() == Style().watermark_tint().upper()


def test_no_watermark_when_not_set() -> None:
    data = export(brief_document(watermark=None))
    header = b"".join(blob for name, blob in parts(data).items() if name.startswith("word/header"))
    assert b"textpath" not in header and b"v:shape" not in header
    assert b"OFFICIAL-SENSITIVE" in header


def test_no_marking_no_header_text_still_gives_a_valid_header() -> None:
    data = export(brief_document(marking=None, header_text="", watermark=None))
    assert "OFFICIAL-SENSITIVE" not in all_text(data)
    python_docx.Document(io.BytesIO(data))


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


def test_table_header_row_repeats_and_is_styled(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    grid = body.findall(".//w:tbl", NS)[1]  # [0] is the cover's key-value block
    rows = grid.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert all(r.find("w:trPr/w:tblHeader", NS) is None for r in rows[1:])
    # Rules and header shading are the table style's, not each cell's.
    style = table_style(brief_docx, grid)
    assert grid.find("w:tblPr/w:tblLook", NS).get(f"{W}firstRow") == "1"
    assert style.find("w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd", NS).get(f"{W}fill") == "E4E9F0"
    assert rows[0].find("w:tc/w:tcPr/w:shd", NS) is None
    assert rows[1].findall("w:tc", NS)[1].find("w:tcPr/w:shd", NS).get(f"{W}fill") == "E6A19A"  # a risk's own colour
    assert grid.find("w:tblPr/w:tblBorders", NS) is None
    assert style.find("w:tblPr/w:tblBorders/w:insideH", NS).get(f"{W}color") == "B8BEC6"


def test_matrix_cells_are_centred_and_filled_with_a_header_column(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    matrix = body.findall(".//w:tbl", NS)[2]
    row_header, cell = matrix.findall("w:tr", NS)[1].findall("w:tc", NS)[:2]
    assert cell.find("w:tcPr/w:shd", NS).get(f"{W}fill") == "D9EAD3"
    p = cell.find("w:p", NS)
    assert p.find("w:pPr/w:jc", NS).get(f"{W}val") == "center"
    assert row_header.find("w:tcPr/w:shd", NS) is None
    assert matrix.find("w:tblPr/w:tblLook", NS).get(f"{W}firstColumn") == "1"
    style = table_style(brief_docx, matrix)
    assert style.find("w:tblStylePr[@w:type='firstCol']/w:tcPr/w:shd", NS).get(f"{W}fill") == "E4E9F0"  # the header fill
    header_style = paragraph_style(brief_docx, row_header.find("w:p", NS))
    assert header_style.find("w:rPr/w:b", NS).get(f"{W}val") is None  # bold


def test_plain_tables_have_no_borders(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    plain = body.findall(".//w:tbl", NS)[3]
    assert {b.get(f"{W}val") for b in table_style(brief_docx, plain).find("w:tblPr/w:tblBorders", NS)} == {"nil"}


def test_big_table_opens_and_every_row_is_there() -> None:
    rows = [[Cell([Para((Run(f"row {i}"),))]), Cell([Para((Run("x"),))])] for i in range(400)]
    doc = LayoutTree(title="t", blocks=[Table([Column("A", 1), Column("B", 1)], rows)])
    word = python_docx.Document(io.BytesIO(export(doc)))
    table = word.tables[0]
    assert len(table.rows) == 401
    assert table.rows[400].cells[0].text == "row 399"


# ---------------------------------------------------------------------------
# Scripts and direction
# ---------------------------------------------------------------------------


def _paragraph_with(body: etree._Element, text: str) -> etree._Element:
    return next(p for p in body.iter(f"{W}p") if text in "".join(p.itertext()))


@pytest.mark.parametrize(("text", "font", "lang"), [("בנימין", "Heebo", "he-IL"), ("محمد", "Noto Sans Arabic", "ar-SA")])
def test_right_to_left_paragraphs_and_runs_are_marked(brief_docx: bytes, text: str, font: str, lang: str) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    p = _paragraph_with(body, text)
    assert p.find("w:pPr/w:bidi", NS) is not None
    # Start alignment of an RTL paragraph is its natural (right) edge: no
    # explicit w:jc, which Word would mirror.
    assert p.find("w:pPr/w:jc", NS) is None
    rpr = p.find("w:r/w:rPr", NS)
    assert rpr.find("w:rtl", NS) is not None
    assert rpr.find("w:rFonts", NS).get(f"{W}cs") == font
    assert rpr.find("w:lang", NS).get(f"{W}bidi") == lang
    # Logical order, not reshaped: the text is exactly what was typed.
    assert text in "".join(p.itertext())


def test_latin_paragraph_is_not_marked_right_to_left(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    p = _paragraph_with(body, "First bullet")
    assert p.find("w:pPr/w:bidi", NS) is None
    assert not p.findall(".//w:rtl", NS)


def test_cjk_runs_get_east_asian_fonts_per_language(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    p = _paragraph_with(body, "习近平")
    fonts = {}
    for r in p.findall("w:r", NS):
        f = r.find("w:rPr/w:rFonts", NS)
        if f is not None and f.get(f"{W}eastAsia"):
            fonts["".join(r.itertext()).strip(" ·")] = (f.get(f"{W}eastAsia"), r.find("w:rPr/w:lang", NS).get(f"{W}eastAsia"))
    assert fonts["习近平"] == ("Noto Sans SC", "zh-CN")
    assert fonts["高市早苗さん"] == ("Noto Sans JP", "ja-JP")
    assert fonts["이재명"] == ("Noto Sans KR", "ko-KR")
    assert p.find("w:pPr/w:bidi", NS) is None


def test_document_language_is_set() -> None:
    data = export(brief_document(language="fr-FR"))
    styles = xml(data, "word/styles.xml")[0]
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(f"{W}val") == "fr-FR"


# ---------------------------------------------------------------------------
# Literal and hostile text
# ---------------------------------------------------------------------------


def test_control_characters_are_stripped_and_the_file_opens() -> None:
    nasty = "bell\x07 nul\x00 esc\x1b vt\x0b del\x7f c1\x85 end\ufffe"
    doc = LayoutTree(
        title="Title\x07",
        subject="sub\x00ject",
        blocks=[Heading("Head\x01ing"), Para((Run(nasty, url="https://x.test/\x07"),)), Table([Column("C\x02ol", 1)], [[Cell([Para((Run("cell\x03"),))])]])],
        marking="SECRET\x07",
        header_text="head\x1bline",
    )
    data = export(doc)
    word = python_docx.Document(io.BytesIO(data))
    text = all_text(data)
    assert "bell nul esc vt del c1 end" in text
    for expected in ("Heading", "Col", "cell", "SECRET", "headline"):
        assert expected in text
    assert word.core_properties.title == "Title"
    assert word.core_properties.subject == "subject"


@pytest.mark.slow  # a property trial of 25 exports: CI runs it (make test-all too)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hs.text(min_size=1, max_size=40))
def test_any_text_exports_to_a_file_that_opens_with_every_visible_character(text: str) -> None:
    doc = LayoutTree(title=text, blocks=[Heading(text), Para((Run(text, bold=True), Run(text))), ListBlock([(Run(text),)], ordered=True)])
    data = export(doc)
    python_docx.Document(io.BytesIO(data))
    expected = strip_forbidden_chars(text).replace("\ufffe", "").replace("\uffff", "")
    assert expected in all_text(data)


# ---------------------------------------------------------------------------
# Table of contents
# ---------------------------------------------------------------------------


def test_toc_field_and_update_on_open_when_requested(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    instructions = [t.text for t in body.iter(f"{W}instrText")]
    assert any(i.strip() == 'TOC \\o "1-2" \\h \\z \\u' for i in instructions)  # the contents' depth, as in the PDF
    # The field's current result already lists the sections, so a reader who
    # never updates fields still sees the contents (Word adds page numbers).
    entries = [
        "".join(t.text or "" for t in p.iter(f"{W}t"))
        for p in body.iter(f"{W}p")
        if (st := p.find("w:pPr/w:pStyle", NS)) is not None and st.get(f"{W}val") in ("TOC1", "TOC2")
    ]
    assert "Summary" in entries and "Right-click" not in all_text(brief_docx)
    settings_xml = xml(brief_docx, "word/settings.xml")[0]
    assert settings_xml.find("w:updateFields", NS).get(f"{W}val") == "true"


def test_no_toc_without_a_contents_block() -> None:
    # compose decides whether there are contents (the PDF must agree).
    doc = brief_document(toc_min_pages=None)
    doc.blocks = [b for b in doc.blocks if not isinstance(b, TableOfContents)]
    data = export(doc)
    body = xml(data, "word/document.xml")[0]
    assert not list(body.iter(f"{W}instrText"))
    assert xml(data, "word/settings.xml")[0].find("w:updateFields", NS) is None


def test_page_break_starts_the_next_heading_on_a_new_page(brief_docx: bytes) -> None:
    body = xml(brief_docx, "word/document.xml")[0]
    summary = next(
        p for p in body.iter(f"{W}p")
        if "".join(t.text or "" for t in p.iter(f"{W}t")) == "Summary"
        and p.find("w:pPr/w:pStyle", NS).get(f"{W}val") == "Heading1"
    )
    assert summary.find("w:pPr/w:pageBreakBefore", NS) is not None


# ---------------------------------------------------------------------------
# Page setup and metadata
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "width_mm", "height_mm"), [("A4", 210, 297), ("Letter", 215.9, 279.4)])
def test_page_size_and_margins(size: str, width_mm: float, height_mm: float) -> None:
    page = PageSetup(size=size, margin_top_mm=30, margin_left_mm=20)  # type: ignore[arg-type]
    word = python_docx.Document(io.BytesIO(export(brief_document(page=page))))
    section = word.sections[0]
    assert abs(section.page_width.mm - width_mm) < 0.1
    assert abs(section.page_height.mm - height_mm) < 0.1
    assert abs(section.top_margin.mm - 30) < 0.1
    assert abs(section.left_margin.mm - 20) < 0.1


def test_core_properties_are_clean(brief_docx: bytes) -> None:
    props = python_docx.Document(io.BytesIO(brief_docx)).core_properties
    assert props.title == "Kushner–Netanyahu meeting"
    assert props.subject == "Meeting brief"
    assert props.author == ""
    assert props.last_modified_by == ""
    assert props.comments == "" and props.category == ""
    assert props.keywords == "OFFICIAL-SENSITIVE"  # the banner: how to handle the file (issue 15)
    assert props.revision == 1
    for name, blob in parts(brief_docx).items():
        assert b"python-docx" not in blob, name
        assert b"Macintosh" not in blob, name
    assert "docProps/thumbnail.jpeg" not in parts(brief_docx)


def test_author_only_when_given() -> None:
    props = python_docx.Document(io.BytesIO(export(brief_document(author="J. Smith")))).core_properties
    assert props.author == "J. Smith"


def test_same_document_gives_the_same_core_properties() -> None:
    doc = brief_document()
    first, second = parts(export(doc)), parts(export(doc))
    assert first["docProps/core.xml"] == second["docProps/core.xml"]
    assert first["word/document.xml"] == second["word/document.xml"]


# ---------------------------------------------------------------------------
# Targets, progress, cancel
# ---------------------------------------------------------------------------


def test_stream_target_receives_the_file() -> None:
    out = io.BytesIO()
    write_docx(brief_document(), out)
    assert zipfile.is_zipfile(io.BytesIO(out.getvalue()))


def test_progress_rises_to_one() -> None:
    seen: list[float] = []
    write_docx(brief_document(), io.BytesIO(), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 3


@pytest.mark.parametrize("after_calls", [0, 5])
def test_cancel_writes_nothing(after_calls: int) -> None:
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > after_calls

    out = io.BytesIO()
    with pytest.raises(ExportCancelled):
        write_docx(brief_document(), out, cancel=cancel)
    assert out.getvalue() == b""


def test_cancel_inside_a_big_table() -> None:
    rows = [[Cell([Para((Run(str(i)),))])] for i in range(400)]
    doc = LayoutTree(title="t", blocks=[Table([Column("A", 1)], rows)])
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2  # before the table, then inside it

    out = io.BytesIO()
    with pytest.raises(ExportCancelled):
        write_docx(doc, out, cancel=cancel)
    assert out.getvalue() == b""


def test_punctuation_after_hebrew_in_an_english_paragraph_is_not_forced_rtl() -> None:
    doc = LayoutTree(title="t", blocks=[Para((Run("In Hebrew: בנימין נתניהו."),))])
    body = xml(export(doc), "word/document.xml")[0]
    runs = body.findall(".//w:r", NS)
    texts = ["".join(r.itertext()) for r in runs]
    assert texts == ["In Hebrew: ", "\u2068בנימין נתניהו\u2069", "."]  # isolated: "." stays on its side
    assert [r.find("w:rPr/w:rtl", NS) is not None for r in runs] == [False, True, False]
    assert body.find(".//w:pPr/w:bidi", NS) is None


# ---------------------------------------------------------------------------
# End to end: the example brief through compose
# ---------------------------------------------------------------------------


def test_example_brief_end_to_end() -> None:
    from importlib import resources

    from briefer.export.compose import compose
    from briefer.model.fileformat import brief_from_bytes

    raw = resources.files("briefer.resources").joinpath("examples/kushner-netanyahu-2025-11-10.brief").read_bytes()
    brief = brief_from_bytes(raw).brief
    doc = compose(brief, template_of(brief))
    data = export(doc)
    text = all_text(data)
    missing = [piece for piece in doc.iter_text() if piece not in text]
    assert not missing
    word = python_docx.Document(io.BytesIO(data))
    assert any(p.style.name == "Heading 1" for p in word.paragraphs)
    assert word.core_properties.title == doc.title
    if doc.marking:
        assert doc.marking in all_text(data)
    header = b"".join(blob for name, blob in parts(data).items() if name.startswith("word/header"))
    assert (b"_x0000_t136" in header) == bool(doc.watermark)


def test_degenerate_input_still_gives_a_file_word_accepts() -> None:
    doc = LayoutTree(
        title="",
        blocks=[
            Heading("Same", key="same"),
            Heading("Same again", key="same"),
            Table([Column("A", 1)], [], header=False),
            Table([], []),
            Table([Column("A", 1), Column("B", 1)], [[Cell()], [Cell(), Cell(), Cell()]]),
            KeyValue([]),
            ListBlock([]),
            Para(()),
            PageBreak(),
        ],
    )
    data = export(doc)
    body = xml(data, "word/document.xml")[0]
    for tbl in body.iter(f"{W}tbl"):
        rows = tbl.findall("w:tr", NS)
        assert rows
        for row in rows:
            cells = row.findall("w:tc", NS)
            assert len(cells) == len(tbl.findall("w:tblGrid/w:gridCol", NS))
            assert all(c.find("w:p", NS) is not None for c in cells)
    names = [b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")]
    assert len(names) == len(set(names)) == 2
    python_docx.Document(io.BytesIO(data))
