"""Issue 11, item 2: a Word reference document smuggles nothing into exports.

The reference of a template is a .docx from anyone.  It used to be opened
and pruned, so every part a relationship still pointed at travelled into
every Word export: a web add-in task pane (Word loads it from the network
and it can read the brief), OLE embeddings, altChunk HTML with a remote
image, custom XML, people.xml with author identities, footnote text and
document variables.  Now a fresh package takes only styles, numbering,
theme, font table and layout settings; each planted part is proved absent
from every byte of the export, and listed by ``parts_not_taken``.
"""

from __future__ import annotations

import base64
import io
import re
import zipfile

import docx
import pytest

from helpers.exporting import export_to
from briefer.model import Brief
from briefer.templates import Template
from briefer.templates.reference_docx import load_reference_docx, parts_not_taken

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MARK = "SMUGGLED"

# name → (part name, content type, relationship type, source of the relationship, content)
PLANTED = {
    "task pane": (
        "word/webextensions/taskpanes.xml",
        "application/vnd.ms-office.webextensiontaskpanes+xml",
        "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
        "package",
        f'<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">'
        f'<wetp:taskpane dockstate="right" visibility="1" width="350" row="0"><!-- {MARK}-TASKPANE https://evil.example/addin --></wetp:taskpane>'
        f"</wetp:taskpanes>",
    ),
    "OLE embedding": (
        "word/embeddings/oleObject1.bin",
        "application/vnd.openxmlformats-officedocument.oleObject",
        f"{REL}/oleObject",
        "document",
        f"\x00\x01OLE {MARK}-OLE payload",
    ),
    "altChunk": (
        "word/afchunk.htm",
        "text/html",
        f"{REL}/aFChunk",
        "document",
        f'<html><body><p>{MARK}-ALTCHUNK</p><img src="https://evil.example/track.png"></body></html>',
    ),
    "custom XML": (
        "customXml/item7.xml",
        "application/xml",
        f"{REL}/customXml",
        "document",
        f"<secret>{MARK}-CUSTOMXML</secret>",
    ),
    "people": (
        "word/people.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
        "http://schemas.microsoft.com/office/2011/relationships/people",
        "document",
        f'<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        f'<w15:person w15:author="{MARK}-PEOPLE Jane Insider"/></w15:people>',
    ),
    "footnotes": (
        "word/footnotes.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        f"{REL}/footnotes",
        "document",
        f'<w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p><w:r><w:t>{MARK}-FOOTNOTE</w:t></w:r></w:p></w:footnote></w:footnotes>',
    ),
}


def _hostile_reference() -> bytes:
    buf = io.BytesIO()
    docx.Document().save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            text = data.decode("utf-8", "replace") if info.filename.endswith((".xml", ".rels")) else None
            if info.filename == "[Content_Types].xml":
                overrides = "".join(
                    f'<Override PartName="/{part}" ContentType="{ctype}"/>' for part, ctype, *_ in PLANTED.values()
                )
                data = text.replace("</Types>", overrides + "</Types>").encode()
            elif info.filename in ("_rels/.rels", "word/_rels/document.xml.rels"):
                source = "package" if info.filename == "_rels/.rels" else "document"
                rels = "".join(
                    f'<Relationship Id="rIdS{i}" Type="{rtype}" Target="{part if source == "package" else _from_word(part)}"/>'
                    for i, (part, _c, rtype, src, _x) in enumerate(PLANTED.values())
                    if src == source
                )
                data = text.replace("</Relationships>", rels + "</Relationships>").encode()
            elif info.filename == "word/settings.xml":
                data = re.sub(
                    r"(<w:compat)", f'<w:docVars><w:docVar w:name="secret" w:val="{MARK}-DOCVAR"/></w:docVars>\\1', text, count=1
                ).encode()
            elif info.filename == "word/document.xml":
                alt = f'<w:altChunk xmlns:r="{R}" r:id="rIdS2"/><w:p><w:r><w:t>{MARK}-BODY</w:t></w:r></w:p>'
                data = text.replace("<w:body>", "<w:body>" + alt, 1).encode()
            zout.writestr(info, data)
        for part, _c, _r, _s, content in PLANTED.values():
            zout.writestr(part, content.encode("latin-1") if part.endswith(".bin") else content.encode())
    return out.getvalue()


def _from_word(part: str) -> str:
    return part[len("word/") :] if part.startswith("word/") else "../" + part


@pytest.fixture(scope="module")
def reference() -> bytes:
    data = _hostile_reference()
    load_reference_docx(data)  # it passes the hostile-input check: none of this is refused outright
    assert b"docVars" in zipfile.ZipFile(io.BytesIO(data)).read("word/settings.xml")
    return data


def _all_bytes(docx_bytes: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        return b"\n".join(n.encode() + b"\n" + z.read(n) for n in z.namelist())


def test_no_planted_part_reaches_any_byte_of_the_export(reference: bytes) -> None:
    template = Template(name="office", layout={"reference_docx": base64.b64encode(reference).decode()})
    buf = io.BytesIO()
    export_to(Brief(title="Tonight", summary="What we typed."), buf, "docx", template)
    everything = _all_bytes(buf.getvalue())
    assert MARK.encode() not in everything
    assert b"evil.example" not in everything
    for needle in (b"webextension", b"oleObject", b"aFChunk", b"altChunk", b"people", b"footnotes", b"docVar"):
        assert needle not in everything, needle
    word = docx.Document(io.BytesIO(buf.getvalue()))  # and it is a document Word can open
    assert "What we typed." in "\n".join(p.text for p in word.paragraphs)


def test_what_is_dropped_is_listed_for_the_user(reference: bytes) -> None:
    dropped = parts_not_taken(reference)
    for words in (
        "web add-in",
        "embedded objects (OLE)",
        "altChunk",
        "custom XML",
        "people.xml",
        "footnotes",
        "document variables",
        "the document's own text",
    ):
        assert any(words in item for item in dropped), (words, dropped)


def test_styles_still_come_from_the_reference(reference: bytes) -> None:
    template = Template(name="office", layout={"reference_docx": base64.b64encode(reference).decode()})
    buf = io.BytesIO()
    export_to(Brief(title="T", summary="S"), buf, "docx", template)
    assert "Heading 1" in [s.name for s in docx.Document(io.BytesIO(buf.getvalue())).styles]
