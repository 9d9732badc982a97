"""The Word file for the colleague who edits it (issue 12, item 11): real
numbered key points, named styles, a table style, no spacer paragraphs, a
first-page header, a watermark Word can remove, and the fonts embedded as
Word embeds them, so a PC without Noto prints the same pages."""

from __future__ import annotations

import io
import re
import unicodedata
import shutil
import subprocess
import zipfile
from importlib import resources
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from lxml import etree

from helpers.exporting import builtin, export_to
from briefer.export.docx_fonts import obfuscate
from briefer.export.fonts import latin_face_files
from briefer.export.looks import looks_for
from briefer.export.scripts import char_script
from briefer.model import Brief
from briefer.model.fileformat import brief_from_bytes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
NS = {"w": W_NS, "v": "urn:schemas-microsoft-com:vml"}
FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"


@pytest.fixture(scope="module")
def example() -> Brief:
    raw = resources.files("briefer.resources").joinpath("examples/kushner-netanyahu-2025-11-10.brief").read_bytes()
    return brief_from_bytes(raw).brief


@pytest.fixture(scope="module")
def example_docx(example: Brief) -> bytes:
    buf = io.BytesIO()
    export_to(example, buf, "docx", builtin("bilateral"))
    return buf.getvalue()


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.namelist()


def text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def style_of(p: etree._Element) -> str | None:
    s = p.find("w:pPr/w:pStyle", NS)
    return s.get(f"{W}val") if s is not None else None


# --------------------------------------------------------------------------
# Key points: a real numbered list
# --------------------------------------------------------------------------


def test_key_points_are_a_numbered_list_with_the_detail_under_each(example: Brief, example_docx: bytes) -> None:
    body = part(example_docx, "word/document.xml").find("w:body", NS)
    numbering = part(example_docx, "word/numbering.xml")
    paragraphs = list(body.iterfind("w:p", NS))
    points = [p for p in paragraphs if any(text_of(p).startswith(kp.point.strip()) for kp in example.key_points)]
    assert [text_of(p).split("\u00a0·")[0] for p in points] == [kp.point.strip() for kp in example.key_points]
    assert not any(kp.point.strip() in text_of(tbl) for tbl in body.iterfind("w:tbl", NS) for kp in example.key_points)
    num_ids = {p.find("w:pPr/w:numPr/w:numId", NS).get(f"{W}val") for p in points}
    assert len(num_ids) == 1  # one list, numbered 1, 2, 3 … by Word
    assert all(p.find("w:pPr/w:numPr/w:ilvl", NS).get(f"{W}val") == "0" for p in points)
    assert not any(re.match(r"\d+\.", text_of(p)) for p in points)  # no typed-in numbers
    (num,) = numbering.findall(f"w:num[@w:numId='{num_ids.pop()}']", NS)
    abstract_id = num.find("w:abstractNumId", NS).get(f"{W}val")
    (abstract,) = numbering.findall(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", NS)
    level0 = abstract.find("w:lvl[@w:ilvl='0']", NS)
    assert level0.find("w:numFmt", NS).get(f"{W}val") == "decimal"
    assert level0.find("w:lvlText", NS).get(f"{W}val") == "%1."
    assert level0.find("w:start", NS).get(f"{W}val") == "1"
    number_indent = int(level0.find("w:pPr/w:ind", NS).get(f"{W}left"))
    # The detail follows its point, in a style indented like the point's text.
    first = paragraphs.index(points[0])
    detail = paragraphs[first + 1]
    assert text_of(detail) == example.key_points[0].detail.strip()
    styles = part(example_docx, "word/styles.xml")
    (detail_style,) = styles.findall(f"w:style[@w:styleId='{style_of(detail)}']", NS)
    assert detail_style.find("w:name", NS).get(f"{W}val") == "Point Detail"
    assert int(detail_style.find("w:pPr/w:ind", NS).get(f"{W}left")) == number_indent


def test_participant_names_have_a_named_style_not_hand_bolding(example: Brief, example_docx: bytes) -> None:
    body = part(example_docx, "word/document.xml")
    styles = part(example_docx, "word/styles.xml")
    (style,) = styles.findall("w:style[@w:styleId='ParticipantName']", NS)
    assert style.get(f"{W}type") == "character"
    assert style.find("w:name", NS).get(f"{W}val") == "Participant Name"
    assert style.find("w:rPr/w:b", NS) is not None
    runs = [r for r in body.iter(f"{W}r") if r.find("w:rPr/w:rStyle[@w:val='ParticipantName']", NS) is not None]
    assert sorted("".join(t.text for t in r.iter(f"{W}t")) for r in runs) == sorted(p.name.strip() for p in example.participants)
    assert all(r.find("w:rPr/w:b", NS) is None for r in runs)


# --------------------------------------------------------------------------
# Styles, tables, spacing
# --------------------------------------------------------------------------


def test_styles_cascade_instead_of_repeating_font_size_and_colour(example_docx: bytes) -> None:
    styles = part(example_docx, "word/styles.xml")
    restyled = [s for s in styles.iterfind("w:style[@w:type='paragraph']", NS) if s.get(f"{W}styleId") in
                ("Normal", "Heading1", "Heading2", "Title", "Caption", "TableText", "ListNumber", "PointDetail")]
    assert len(restyled) == 8
    assert all(s.find("w:rPr/w:rFonts", NS) is None for s in restyled)  # the font comes from the defaults and the theme
    assert styles.find("w:style[@w:styleId='Normal']/w:rPr/w:sz", NS) is None
    assert styles.find("w:style[@w:styleId='Normal']/w:rPr/w:color", NS) is None


def test_tables_take_rules_and_header_shading_from_a_table_style(example_docx: bytes) -> None:
    body = part(example_docx, "word/document.xml")
    styles = part(example_docx, "word/styles.xml")
    table_styles = {s.get(f"{W}styleId"): s for s in styles.iterfind("w:style[@w:type='table']", NS)}
    tables = list(body.iter(f"{W}tbl"))
    assert tables
    for tbl in tables:
        style_id = tbl.find("w:tblPr/w:tblStyle", NS).get(f"{W}val")
        assert style_id in table_styles
        assert tbl.find("w:tblPr/w:tblBorders", NS) is None
        assert all(tc.find("w:tcPr/w:tcBorders", NS) is None for tc in tbl.iter(f"{W}tc"))
        header = tbl.find("w:tr", NS)
        if header.find("w:trPr/w:tblHeader", NS) is not None:
            assert all(tc.find("w:tcPr/w:shd", NS) is None for tc in header.iterfind("w:tc", NS))
            assert table_styles[style_id].find("w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd", NS) is not None


def test_no_empty_spacer_paragraph_after_a_table(example_docx: bytes) -> None:
    body = part(example_docx, "word/document.xml").find("w:body", NS)
    children = [c for c in body if c.tag != f"{W}sectPr"]
    for i, c in enumerate(children[:-1]):
        if c.tag == f"{W}tbl":
            after = children[i + 1]
            rule_or_break = after.find("w:pPr/w:pBdr", NS) is not None or after.find(".//w:br", NS) is not None
            if after.tag == f"{W}p" and not text_of(after) and not rule_or_break:
                # Only where Word needs a paragraph: between two tables, or at the very end.
                assert i + 2 == len(children) or children[i + 2].tag == f"{W}tbl"
    # The room below a table is the next paragraph's space before.
    i = next(
        i for i, c in enumerate(children)
        if c.tag == f"{W}tbl" and children[i + 1].tag == f"{W}p" and not (style_of(children[i + 1]) or "").startswith("Heading")
    )
    assert int(children[i + 1].find("w:pPr/w:spacing", NS).get(f"{W}before")) > 0


def test_two_adjacent_tables_keep_a_paragraph_between_them() -> None:
    from briefer.export.docx import write_docx
    from briefer.export.layout import Cell, Column, LayoutTree, Para, Run, Table

    def table(text: str) -> Table:
        return Table([Column("A", 1)], [[Cell([Para((Run(text),))])]])

    buf = io.BytesIO()
    write_docx(LayoutTree(title="t", blocks=[table("one"), table("two")]), buf)
    body = part(buf.getvalue(), "word/document.xml").find("w:body", NS)
    tags = [etree.QName(c).localname for c in body]
    assert tags == ["tbl", "p", "tbl", "p", "sectPr"]


# --------------------------------------------------------------------------
# Page furniture
# --------------------------------------------------------------------------


def test_the_first_page_has_its_own_header_without_the_running_header(example: Brief, example_docx: bytes) -> None:
    doc = part(example_docx, "word/document.xml")
    sect = doc.find("w:body/w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is not None
    rels = part(example_docx, "word/_rels/document.xml.rels")
    target = {r.get("Id"): r.get("Target") for r in rels}
    refs = {(ref.tag.split("}")[1], ref.get(f"{W}type")): target[ref.get(f"{R}id")] for ref in sect if ref.get(f"{R}id")}
    first = part(example_docx, "word/" + refs[("headerReference", "first")])
    default = part(example_docx, "word/" + refs[("headerReference", "default")])
    running = example.title.strip()[:30]
    assert running in text_of(default) and running not in text_of(first)
    # the banner: the example holds a portion marked SECRET, above its own marking (issue 15)
    assert text_of(first).count("SECRET") == 1 and "OFFICIAL-SENSITIVE" not in text_of(first)
    assert "SECRET" in text_of(default)
    for kind in ("first", "default"):
        footer = part(example_docx, "word/" + refs[("footerReference", kind)])
        assert any("PAGE" in (i.text or "") for i in footer.iter(f"{W}instrText"))


def test_the_watermark_is_one_word_can_remove(example_docx: bytes) -> None:
    headers = [part(example_docx, n) for n in names(example_docx) if re.fullmatch(r"word/header\d+\.xml", n)]
    shapes = [s for h in headers for s in h.iter("{urn:schemas-microsoft-com:vml}shape")]
    assert len(shapes) == 2  # the first page's header and the others'
    assert all(s.get("id").startswith("PowerPlusWaterMarkObject") for s in shapes)
    assert len({s.get("id") for s in shapes}) == 2
    assert all(s.get("type") == "#_x0000_t136" for s in shapes)
    assert [s.find("v:textpath", NS).get("string") for s in shapes] == ["DRAFT", "DRAFT"]


# --------------------------------------------------------------------------
# Embedded fonts
# --------------------------------------------------------------------------

MULTI_SCRIPT = Brief.model_validate(
    {
        "title": "Meeting with the Prime Minister",
        "summary": "Names in their own scripts: בנימין נתניהו, محمد بن سلمان. Ελλάδα, Россия.",
        "participants": [
            {"name": "בנימין נתניהו", "title": "ראש הממשלה"},
            {"name": "محمد بن سلمان"},
            {"name": "习近平"},
            {"name": "高市早苗さん"},
            {"name": "이재명"},
        ],
        "status": "draft",
    }
)


def embedded_fonts(data: bytes) -> dict[tuple[str, str], TTFont]:
    """(family, embed kind) → the de-obfuscated font, parsed with fontTools.
    De-obfuscation follows ECMA-376 Part 1 §17.8.1 on its own terms."""
    table = part(data, "word/fontTable.xml")
    rels = part(data, "word/_rels/fontTable.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in rels if r.get("Type") == FONT_REL}
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for font in table.iterfind("w:font", NS):
            for embed in font:
                kind = etree.QName(embed).localname
                if not kind.startswith("embed"):
                    continue
                assert embed.get(f"{W}subsetted") == "1"
                raw = bytearray(z.read("word/" + targets[embed.get(f"{R}id")]))
                key = bytes.fromhex(embed.get(f"{W}fontKey").strip("{}").replace("-", ""))
                for i in range(32):
                    raw[i] ^= key[15 - i % 16]
                out[(font.get(f"{W}name"), kind)] = TTFont(io.BytesIO(bytes(raw)))
    return out


def test_fonts_are_embedded_subsetted_and_cover_every_character(example_docx: bytes) -> None:
    buf = io.BytesIO()
    export_to(MULTI_SCRIPT, buf, "docx", builtin("bilateral"))
    for data in (buf.getvalue(), example_docx):
        fonts = embedded_fonts(data)
        assert ("Noto Sans", "embedRegular") in fonts and ("Noto Sans", "embedBold") in fonts
        settings = part(data, "word/settings.xml")
        assert settings.find("w:embedTrueTypeFonts", NS) is not None
        assert settings.find("w:saveSubsetFonts", NS) is not None
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            types = z.read("[Content_Types].xml").decode()
            assert all(n.startswith("word/fonts/") for n in z.namelist() if n.endswith(".odttf"))
        assert "application/vnd.openxmlformats-officedocument.obfuscatedFont" in types
        # Subsetted: far fewer glyphs than Noto Sans's thousands.
        assert len(fonts[("Noto Sans", "embedRegular")].getGlyphOrder()) < 400
        # Every character the reader sees is in an embedded font.
        cmaps = {family: set() for family, _ in fonts}
        for (family, _), font in fonts.items():
            cmaps[family] |= set(font.getBestCmap())
        stories = [part(data, n) for n in names(data) if re.fullmatch(r"word/(document|header\d+|footer\d+)\.xml", n)]
        text = "".join(t.text or "" for s in stories for t in s.iter(f"{W}t"))
        covered = set().union(*cmaps.values())
        # Format characters (the FSI/PDI around right-to-left names) are not drawn.
        missing = {ch for ch in text if ord(ch) not in covered and not ch.isspace() and unicodedata.category(ch) != "Cf"}
        assert not missing
    fonts = embedded_fonts(buf.getvalue())
    families = {family for family, _ in fonts}
    assert {"Heebo", "Noto Sans Arabic", "Noto Sans SC", "Noto Sans JP", "Noto Sans KR"} <= families
    hebrew = set(fonts[("Heebo", "embedRegular")].getBestCmap())
    assert all(ord(ch) in hebrew for ch in "בנימין נתניהו" if char_script(ch) is not None)
    assert fonts[("Noto Sans Arabic", "embedRegular")]["GSUB"] is not None  # Arabic still joins


def test_obfuscation_is_an_xor_of_the_first_32_bytes_with_the_reversed_guid() -> None:
    key = "{00112233-4455-6677-8899-AABBCCDDEEFF}"
    data = bytes(range(40))
    out = obfuscate(data, key)
    assert out[32:] == data[32:]
    assert out[0] == 0 ^ 0xFF and out[15] == 15 ^ 0x00 and out[16] == 16 ^ 0xFF and out[31] == 31 ^ 0x00
    assert obfuscate(out, key) == data


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_the_word_file_with_the_embedded_fonts(example_docx: bytes, tmp_path: Path) -> None:
    have_noto = subprocess.run(["fc-list", ":family=Noto Sans"], capture_output=True, text=True).stdout.strip()
    if have_noto:
        pytest.skip("Noto Sans is installed on this machine: the test could not tell embedded fonts from installed ones")
    source = tmp_path / "example.docx"
    source.write_bytes(example_docx)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    report = subprocess.run(["pdffonts", str(tmp_path / "example.pdf")], capture_output=True, text=True, check=True).stdout
    used = {line.split()[0].split("+")[-1] for line in report.splitlines()[2:]}
    assert {"NotoSans-Regular", "NotoSans-Bold"} <= used
    assert "Heebo-Regular" in used


def test_word_sets_body_lines_as_far_apart_as_the_pdf(example_docx: bytes) -> None:
    """Word's "multiple" line spacing multiplies the face's own line height
    (win ascent + descent), where the PDF's leading multiplies the size: the
    same brief must not run to more pages in Word because of it."""
    body = looks_for(builtin("bilateral").layout.build_style()).text["body"]
    normal = part(example_docx, "word/styles.xml").find(f".//{W}docDefaults//{W}spacing")
    assert normal is not None and normal.get(f"{W}lineRule") == "auto"
    face = TTFont(latin_face_files(body.family)[(False, False)])
    single = (face["OS/2"].usWinAscent + face["OS/2"].usWinDescent) / face["head"].unitsPerEm
    word_leading = int(normal.get(f"{W}line")) / 240 * single * body.size
    assert word_leading == pytest.approx(body.leading, abs=0.1)
