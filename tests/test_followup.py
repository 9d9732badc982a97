"""Follow-up briefs: the next brief of a series carries exactly the open
issues that are not resolved, with where they came from and their history,
and prints how long each has been open."""

from __future__ import annotations

import datetime as dt
import io
from importlib import resources
from pathlib import Path

from helpers.extract import docx_text, pdf_text

from briefer.checks import check_brief
from briefer.cli import main
from helpers.exporting import export_to
from briefer.model import Brief
from briefer.model.followup import make_follow_up
from briefer.storage import load_brief, save_brief

TODAY = dt.date(2025, 11, 17)


def previous() -> Brief:
    return Brief.model_validate(
        {
            "title": "Kushner–Netanyahu meeting",
            "subtitle": "Phase Two",
            "reference": "MENAD/2025/118",
            "marking": "OFFICIAL-SENSITIVE",
            "prepared_for": "The Foreign Secretary",
            "meeting": {"date": "2025-11-10", "location": "Jerusalem"},
            "summary": "Last week's bottom line.",
            "participants": [{"name": "Jared Kushner", "title": "US envoy"}],
            "stakeholders": [{"name": "Egypt", "position": "May contribute troops."}],
            "key_points": [{"point": "Disarmament is a red line."}],
            "risks": [{"risk": "Hamas refuses to disarm."}],
            "open_issues": [
                {
                    "issue": "Force composition",
                    "due": "2025-11-14",
                    "status": "open",
                    "raised": "2025-10-20",
                    "history": [{"date": "2025-10-20", "note": "Raised by the desk."}],
                },
                {"issue": "Read-out", "due": "2025-11-11", "status": "resolved"},
                {
                    "issue": "Disarmament options paper",
                    "due": "2025-11-07",
                    "status": "in-progress",
                    "carried_from": [{"reference": "MENAD/2025/101", "date": "2025-11-03"}],
                    "history": [{"date": "2025-11-05", "note": "Draft circulated."}],
                },
            ],
            "layout": {"template": "bilateral"},
        }
    )


def test_follow_up_carries_exactly_the_unresolved_issues_with_their_history() -> None:
    old = previous()
    new = make_follow_up(old, path="kushner.brief", today=TODAY)
    assert [i.issue for i in new.open_issues] == ["Force composition", "Disarmament options paper"]
    force, paper = new.open_issues
    assert [(c.reference, c.date) for c in force.carried_from] == [("MENAD/2025/118", dt.date(2025, 11, 10))]
    assert [(c.reference, c.date) for c in paper.carried_from] == [
        ("MENAD/2025/101", dt.date(2025, 11, 3)),
        ("MENAD/2025/118", dt.date(2025, 11, 10)),
    ]
    assert [h.note for h in force.history] == ["Raised by the desk."]
    assert [h.note for h in paper.history] == ["Draft circulated."]
    # No date is moved, not even a due date already past.
    assert (force.due, force.raised, paper.due) == (dt.date(2025, 11, 14), dt.date(2025, 10, 20), dt.date(2025, 11, 7))
    assert paper.status == "in-progress"
    # The previous brief is untouched.
    assert len(old.open_issues[2].carried_from) == 1


def test_follow_up_copies_the_series_and_starts_the_meeting_afresh() -> None:
    new = make_follow_up(previous(), path="kushner.brief", today=TODAY)
    assert new.title == "Kushner–Netanyahu meeting"
    assert new.marking == "OFFICIAL-SENSITIVE"
    assert new.layout.template == "bilateral"
    assert [p.name for p in new.participants] == ["Jared Kushner"]
    assert [s.name for s in new.stakeholders] == ["Egypt"]
    assert (new.follows.title, new.follows.reference, new.follows.date, new.follows.file) == (
        "Kushner–Netanyahu meeting",
        "MENAD/2025/118",
        dt.date(2025, 11, 10),
        "kushner.brief",
    )
    assert new.summary is None and new.key_points == [] and new.risks == []
    assert new.meeting.date is None and new.reference is None and new.status == "draft"
    assert new.prepared_on == TODAY


def test_follow_up_saves_and_opens_the_same(tmp_path: Path) -> None:
    new = make_follow_up(previous(), path="kushner.brief", today=TODAY)
    save_brief(tmp_path / "next.brief", new)
    assert load_brief(tmp_path / "next.brief").brief == new


def _pdf(brief: Brief) -> str:
    buf = io.BytesIO()
    export_to(brief, buf, "pdf")
    return " ".join(pdf_text(buf.getvalue()).split())


def test_ledger_prints_where_an_issue_was_carried_from_and_how_long_it_is_open() -> None:
    new = make_follow_up(previous(), path=None, today=TODAY)
    new.meeting.date = dt.date(2025, 11, 17)
    text = _pdf(new)
    assert "Carried from MENAD/2025/118 (10 Nov 2025)." in text
    assert "Open 28 days, since 20 Oct 2025." in text  # from raised
    assert "Carried from MENAD/2025/101 (3 Nov 2025), MENAD/2025/118 (10 Nov 2025)." in text
    assert "Open 14 days, since 3 Nov 2025." in text  # from the first brief it was carried from
    assert "decide it or drop it" not in text


def test_an_issue_carried_three_times_is_flagged_in_print_and_in_the_checks() -> None:
    brief = previous()
    for n, day in ((124, 17), (130, 24)):
        brief = make_follow_up(brief, path=None, today=TODAY)
        brief.reference = f"MENAD/2025/{n}"
        brief.meeting.date = dt.date(2025, 11, day)
    paper = brief.open_issues[1]
    assert len(paper.carried_from) == 3
    text = _pdf(brief)
    assert "Carried 3 times: decide it or drop it." in text
    flagged = [f for f in check_brief(brief, today=TODAY) if "carried through" in f.message]
    assert [f.path for f in flagged] == [("open_issues", 1, "status")]
    assert "Disarmament options paper" in flagged[0].message


def test_cli_follow_up_writes_the_new_brief_next_to_a_relative_link(tmp_path: Path, capsys) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    save_brief(tmp_path / "a" / "old.brief", previous())
    out = tmp_path / "b" / "new.brief"
    assert main(["follow-up", str(tmp_path / "a" / "old.brief"), "-o", str(out)]) == 0
    assert "carrying 2 open issues" in capsys.readouterr().out
    new = load_brief(out).brief
    assert new.follows.file == "../a/old.brief"
    assert len(new.open_issues) == 2
    # A second run does not overwrite it.
    assert main(["follow-up", str(tmp_path / "a" / "old.brief"), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_cli_follow_up_of_a_missing_brief_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["follow-up", str(tmp_path / "gone.brief"), "-o", str(tmp_path / "new.brief")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert not (tmp_path / "new.brief").exists()


def test_the_example_follow_up_follows_the_example_and_carries_its_open_issues() -> None:
    folder = resources.files("briefer.resources") / "examples"
    with resources.as_file(folder) as path:
        first = load_brief(path / "kushner-netanyahu-2025-11-10.brief").brief
        second = load_brief(path / "kushner-netanyahu-follow-up-2025-11-17.brief").brief
        assert second.follows.file == "kushner-netanyahu-2025-11-10.brief"
        assert (second.follows.reference, second.follows.date) == (first.reference, first.meeting.date)
        assert second.meeting.date == dt.date(2025, 11, 17)
        unresolved = [i.issue for i in first.open_issues if i.status != "resolved"]
        assert [i.issue for i in second.open_issues] == unresolved
        assert all(i.carried_from[-1].reference == first.reference for i in second.open_issues)
        assert "Carried from MENAD/ISR/2025/118 (10 Nov 2025)." in _pdf(second)


def test_ledger_prints_the_same_in_word() -> None:
    new = make_follow_up(previous(), path=None, today=TODAY)
    new.meeting.date = dt.date(2025, 11, 17)
    buf = io.BytesIO()
    export_to(new, buf, "docx")
    text = docx_text(buf.getvalue())
    assert "Carried from MENAD/2025/118 (10 Nov 2025). Open 28 days, since 20 Oct 2025." in text
