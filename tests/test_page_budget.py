"""Page budgets: a template's budget is a layout goal.  The brief is
squeezed step by step until it fits, both writers print the same squeezed
content, and the user is told what was left out."""

from __future__ import annotations

import datetime as dt
import io
from importlib import resources
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from helpers.exporting import BUILTINS, builtin, export_to
from briefer.checks import check_brief
from briefer.cli import main
from briefer.export.budget import compose_within_budget
from briefer.export.compose import COMPACTION_STEPS, compose
from briefer.model import Brief
from briefer.model.fileformat import brief_from_bytes
from briefer.templates import Template


EXAMPLE = "examples/kushner-netanyahu-2025-11-10.brief"
TODAY = dt.date(2025, 11, 9)


@pytest.fixture(scope="module")
def example() -> Brief:
    return brief_from_bytes(resources.files("briefer.resources").joinpath(EXAMPLE).read_bytes()).brief


def pdf_of(brief: Brief, template: str, left_out: list[str] | None = None) -> tuple[int, str]:
    buf = io.BytesIO()
    pages = export_to(brief, buf, "pdf", builtin(template), left_out=left_out)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(buf.getvalue())).pages)
    assert pages == len(PdfReader(io.BytesIO(buf.getvalue())).pages)
    return pages, text


@pytest.mark.parametrize("name", ["quick", "call", "press"])
def test_the_example_prints_within_the_budget(example: Brief, name: str) -> None:
    budget = builtin(name).layout.page_budget
    pages, _ = pdf_of(example, name)
    assert budget is not None and pages <= budget


def test_quick_prints_the_example_on_one_page_and_says_what_it_left_out(example: Brief) -> None:
    left_out: list[str] = []
    pages, text = pdf_of(example, "quick", left_out)
    assert pages == 1
    assert any("risks" in line for line in left_out)
    assert "3 more risks in the full brief." in " ".join(text.split())
    # The most severe risk is kept, every point to make is kept.
    assert "Hamas refuses to give up its weapons" in " ".join(text.split())
    for kp in example.key_points:
        assert " ".join(kp.point.split())[:40] in " ".join(text.split())


def test_a_brief_within_its_budget_loses_nothing(example: Brief) -> None:
    left_out: list[str] = []
    _, text = pdf_of(example, "bilateral", left_out)
    assert left_out == []
    assert "more risks in the full brief" not in text


def test_word_prints_what_the_pdf_prints(example: Brief) -> None:
    """The compaction is decided once, so the Word file of a quick brief
    leaves out what its PDF leaves out."""
    buf = io.BytesIO()
    export_to(example, buf, "docx", builtin("quick"))
    word = docx.Document(io.BytesIO(buf.getvalue()))
    text = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        c.text for t in word.tables for row in t.rows for c in row.cells
    )
    assert "3 more risks in the full brief." in text
    assert example.participants[0].bio.split("\n")[0][:30] not in text  # bios left out, as in the PDF
    full = io.BytesIO()
    export_to(example, full, "docx", builtin("bilateral"))
    assert example.participants[0].bio.split("\n")[0][:30] in "\n".join(
        p.text for p in docx.Document(io.BytesIO(full.getvalue())).paragraphs
    )


def test_compaction_stops_at_the_first_step_that_fits(example: Brief) -> None:
    template = builtin("press")
    measured: list[int] = []

    def count_pages(doc) -> int:  # noqa: ANN001
        measured.append(len(doc.left_out))
        return template.layout.page_budget + 1 if len(measured) < 3 else 1  # just over, twice

    doc, pages = compose_within_budget(example, template, count_pages, today=TODAY)
    assert pages == 1 and len(measured) == 3
    assert doc.left_out == compose(example, template, today=TODAY, compaction=COMPACTION_STEPS[2]).left_out


def test_a_brief_far_over_its_budget_is_measured_twice_not_at_every_step(example: Brief) -> None:
    """Each measure is a whole PDF render: a brief ten times its budget goes
    from the first measure straight to the steps that can fit."""
    template = builtin("press")
    measured: list[int] = []

    def count_pages(doc) -> int:  # noqa: ANN001
        measured.append(len(doc.left_out))
        return 10 * template.layout.page_budget

    doc, _ = compose_within_budget(example, template, count_pages, today=TODAY)
    assert len(measured) == 2 < len(COMPACTION_STEPS)
    assert doc.left_out == compose(example, template, today=TODAY, compaction=COMPACTION_STEPS[-1]).left_out


def test_a_brief_far_inside_its_budget_is_not_measured() -> None:
    """A short brief needs no PDF render to know it fits: its Word export
    costs no PDF."""
    brief = Brief(title="Short", summary="One line.")
    doc, pages = compose_within_budget(brief, builtin("bilateral"), lambda doc: pytest.fail("measured"), today=TODAY)
    assert pages is None and doc.left_out == []


def test_an_unmeetable_budget_prints_the_tightest_step(example: Brief) -> None:
    doc, pages = compose_within_budget(example, builtin("quick"), lambda doc: 5, today=TODAY)
    assert pages == 5
    assert doc.left_out == compose(example, builtin("quick"), today=TODAY, compaction=COMPACTION_STEPS[-1]).left_out


def test_no_budget_means_no_measuring(example: Brief) -> None:
    template = Template.model_validate({"name": "t", "layout": {"page_budget": None}})

    def never(doc) -> int:  # noqa: ANN001
        raise AssertionError("measured without a budget")

    doc, pages = compose_within_budget(example, template, never)
    assert pages is None and doc.left_out == []


def test_top_open_issues_are_the_most_pressing_in_the_authors_order() -> None:
    brief = Brief.model_validate(
        {
            "title": "T",
            "meeting": {"date": "2025-11-20"},
            "open_issues": [
                {"issue": "resolved long ago", "due": "2025-01-01", "status": "resolved"},
                {"issue": "no date"},
                {"issue": "overdue", "due": "2025-11-01"},
                {"issue": "before the meeting", "due": "2025-11-15"},
                {"issue": "after the meeting", "due": "2025-12-01"},
            ],
        }
    )
    doc = compose(brief, builtin("call"), today=TODAY, compaction=COMPACTION_STEPS[-1])
    text = doc.iter_text()
    kept = [t for t in text if t in ("resolved long ago", "no date", "overdue", "before the meeting", "after the meeting")]
    assert kept == ["overdue", "before the meeting", "after the meeting"]
    assert any("2 more open issues in the full brief." in t for t in text)
    assert any("3 most pressing open issues" in line for line in doc.left_out)


def test_each_step_keeps_what_the_gentler_one_keeps_of_its_text(example: Brief) -> None:
    """Every step prints a subset of the step before it (no step brings
    back something a gentler one left out)."""
    template = builtin("quick")
    previous = None
    for step in COMPACTION_STEPS:
        text = " ".join(compose(example, template, today=TODAY, compaction=step).iter_text())
        if previous is not None:
            assert len(text) <= len(previous)
        previous = text


def test_briefer_export_says_what_it_left_out(example: Brief, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "example.brief"
    source.write_bytes(resources.files("briefer.resources").joinpath(EXAMPLE).read_bytes())
    out = tmp_path / "quick.pdf"
    assert main(["export", str(source), "--template", "quick", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == f"wrote {out} (1 page)"
    (line,) = captured.err.splitlines()
    assert "page budget" in line and "risks" in line


def test_the_problems_panel_says_what_was_left_out(example: Brief) -> None:
    left_out: list[str] = []
    pages, _ = pdf_of(example, "quick", left_out)
    findings = check_brief(example, BUILTINS, template=builtin("quick"), page_count=pages, page_budget=1, left_out=left_out)
    messages = [f.message for f in findings if "page budget" in f.message]
    assert len(messages) == 1 and left_out[0] in messages[0]
    assert not any("page budget" in f.message for f in check_brief(example, BUILTINS, template=builtin("quick")))
