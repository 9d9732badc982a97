"""A format version 2 brief with every field exports with every built-in
template, in both formats; its timeline prints partial dates as given and in
the author's order.  (Printing decisions, questions, contact, clearances
and logistics is issue 14's; here they must only not break an export.)"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from helpers.exporting import builtin, export_to
from briefer.model import Brief, brief_from_bytes
from briefer.templates import builtin_templates
from helpers import docx_text, pdf_text

V2 = Path(__file__).parent / "fixtures" / "v2.brief"


@pytest.fixture(scope="module")
def brief() -> Brief:
    b = brief_from_bytes(V2.read_bytes()).brief
    b.layout.sections = None  # the fixture's layout prints three sections; print every one
    return b


@pytest.mark.parametrize("name", list(builtin_templates()))
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_v2_brief_exports_with_every_template(brief: Brief, name: str, fmt: str) -> None:
    out = io.BytesIO()
    export_to(brief, out, fmt, builtin(name))
    assert out.getvalue()[:4] in (b"%PDF", b"PK\x03\x04")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_timeline_prints_partial_dates_in_the_authors_order(brief: Brief, fmt: str) -> None:
    out = io.BytesIO()
    export_to(brief, out, fmt, builtin("bilateral"))
    text = " ".join((pdf_text if fmt == "pdf" else docx_text)(out.getvalue()).split())
    order = [text.find(s) for s in ("2023 Year-only event", "10 Oct 2025 Cease-fire begins", "Nov 2025 Month-only event", "Undated event")]
    assert -1 not in order, order
    assert order == sorted(order)
