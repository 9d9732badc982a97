"""A template's logo prints on the cover and, small, in the running header
of both formats (issue 6: "an optional logo for the cover and header")."""

import base64
import io

import docx
from PIL import Image as PILImage
from pypdf import PdfReader

from helpers.exporting import export_to
from briefer.model import Brief
from helpers.exporting import builtin as template_named


def _template_with_logo():
    im = PILImage.new("RGB", (300, 100), (31, 58, 95))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    template = template_named("bilateral")
    template.layout.logo = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    return template


def _long_brief() -> Brief:
    return Brief(title="Logo test", background="\n\n".join(["A paragraph of background. " * 40] * 12))


def _images_on(page) -> int:
    xobjects = page["/Resources"].get("/XObject") or {}
    return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")


def test_pdf_logo_on_the_cover_and_in_every_running_header(tmp_path):
    out = tmp_path / "b.pdf"
    pages = export_to(_long_brief(), out, "pdf", _template_with_logo())
    reader = PdfReader(out)
    assert pages >= 2
    assert all(_images_on(p) >= 1 for p in reader.pages)


def test_pdf_without_logo_has_no_images(tmp_path):
    out = tmp_path / "b.pdf"
    export_to(_long_brief(), out, "pdf", template_named("bilateral"))
    assert all(_images_on(p) == 0 for p in PdfReader(out).pages)


def test_docx_logo_in_the_header(tmp_path):
    out = tmp_path / "b.docx"
    export_to(_long_brief(), out, "docx", _template_with_logo())
    header = docx.Document(out).sections[0].header
    assert header.part.rels and any("image" in r.reltype for r in header.part.rels.values())
    assert header._element.xpath(".//*[local-name()='drawing']")
