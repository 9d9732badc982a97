"""Every built-in template exports the example brief to PDF and Word with its
own sections, titles and page size, and the brief's text is in both."""

from __future__ import annotations

import io
from importlib import resources

import docx
import pytest
from pypdf import PdfReader

from helpers.exporting import export_to
from briefer.model.sections import resolve_titles
from briefer.storage import load_brief
from briefer.templates import builtin_templates
from helpers import docx_text, pdf_text

TEMPLATES = list(builtin_templates())


@pytest.fixture(scope="module")
def example():
    path = resources.files("briefer.resources").joinpath("examples", "kushner-netanyahu-2025-11-10.brief")
    with resources.as_file(path) as p:
        return load_brief(p).brief


def test_there_are_at_least_six(example) -> None:
    assert {"bilateral", "call", "visit", "press", "board", "quick"} <= set(TEMPLATES)


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_exports_both_formats_with_its_own_titles(example, name: str) -> None:
    template = builtin_templates()[name]
    titles = resolve_titles(template.layout.section_titles)
    shown = [titles[key] for key in template.layout.sections if key != "sections"]

    pdf_buf, docx_buf = io.BytesIO(), io.BytesIO()
    pages = export_to(example, pdf_buf, "pdf", template)
    export_to(example, docx_buf, "docx", template)
    pdf, word = pdf_text(pdf_buf.getvalue()), docx_text(docx_buf.getvalue())

    for text in (pdf, word):
        assert example.title.split()[0] in text
    # The example fills every section, so each one the template shows appears
    # under the template's own title, in both formats.
    for title in shown:
        assert title in pdf and title in word, title
    assert pages == len(PdfReader(io.BytesIO(pdf_buf.getvalue())).pages)
    size = docx.Document(io.BytesIO(docx_buf.getvalue())).sections[0].page_width.mm
    assert abs(size - (215.9 if template.layout.page_size == "Letter" else 210)) < 0.5
