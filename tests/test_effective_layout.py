"""A brief's own layout over its template's, written once
(:func:`briefer.templates.effective_layout.effective_layout`) and read by
export, the layout dialog and "save as template"."""

from __future__ import annotations

import base64
import io

from PIL import Image as PILImage

from briefer.export.compose import compose
from briefer.export.layout import Table
from briefer.model import Brief
from briefer.templates import Template
from briefer.templates.effective_layout import brief_page_size, effective_layout
from helpers.exporting import builtin


def test_the_brief_overrides_order_titles_page_and_watermark() -> None:
    template = Template(name="t", layout={"sections": ["summary", "risks"], "section_titles": {"risks": "Dangers"}})
    brief = Brief(
        title="T",
        layout={
            "sections": ["risks", "gossip", "summary", "risks"],
            "section_titles": {"summary": " Bottom line ", "gossip": "x"},
            "page_size": " letter ",
            "draft_watermark": False,
        },
    )
    layout = effective_layout(template, brief)
    assert layout.sections == ["risks", "summary"]
    assert layout.section_titles == {"risks": "Dangers", "summary": "Bottom line"}
    assert layout.page_size == "Letter" and layout.draft_watermark is False
    assert template.layout.page_size == "A4" and template.layout.sections == ["summary", "risks"]  # untouched


def test_without_overrides_the_template_s_layout_applies() -> None:
    template = builtin("quick")
    assert effective_layout(template, Brief(title="T")).sections == template.layout.sections
    assert effective_layout(template, Brief(title="T")).page_size == template.layout.page_size
    assert brief_page_size("A4") == "A4" and brief_page_size("tabloid") is None and brief_page_size(None) is None


def _participant_table_width(brief: Brief, template: Template) -> float:
    tree = compose(brief, template)
    table = next(b for b in tree.blocks if isinstance(b, Table) and [c.title for c in b.columns] == ["Photo", "Participant"])
    return sum(c.width for c in table.columns)


def _photo() -> str:
    buf = io.BytesIO()
    PILImage.new("RGB", (60, 80), "#777777").save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def test_the_participant_table_follows_the_brief_s_page_size() -> None:
    """The photo column keeps its width in mm on the brief's own paper."""
    template = builtin("bilateral")  # A4
    m = template.layout.margins_mm
    people = [{"name": "Benjamin Netanyahu", "title": "Prime Minister", "photo": _photo()}]
    a4 = _participant_table_width(Brief(title="T", participants=people), template)
    letter = _participant_table_width(Brief(title="T", participants=people, layout={"page_size": "Letter"}), template)
    assert round(a4, 1) == round(210.0 - m.left - m.right, 1)
    assert round(letter, 1) == round(215.9 - m.left - m.right, 1)
