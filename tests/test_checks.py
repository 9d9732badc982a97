"""The pre-export checks: each problem a staffer must see, and none on a ready brief."""

import datetime as dt

from briefer.checks import check_brief, page_of
from briefer.model.sections import PAGE_KEYS
from briefer.model import Brief


def ready_brief(**extra) -> Brief:
    data = {
        "title": "Meeting",
        "marking": "OFFICIAL",
        "summary": "Bottom line.",
        "prepared_for": "The Minister",
        "meeting": {"date": "2025-11-10", "location": "Jerusalem", "start": "10:00", "end": "11:00"},
        "participants": [{"name": "Jared Kushner", "title": "US envoy"}],
        "risks": [{"risk": "Talks stall", "owner": "Desk", "mitigation": "Fallback text"}],
        "open_issues": [{"issue": "Force mandate", "owner": "Legal", "due": "2025-11-20"}],
    }
    data.update(extra)
    return Brief.model_validate(data)


def paths(findings):
    return {f.path for f in findings}


BEFORE = dt.date(2025, 11, 1)  # "today" in these tests: before the meeting of 10 Nov 2025


def test_ready_brief_has_no_findings():
    assert check_brief(ready_brief(), today=BEFORE) == []


def test_missing_summary_and_meeting_date_are_errors():
    brief = ready_brief(summary=None, meeting={"location": "Jerusalem"})
    found = {f.path: f for f in check_brief(brief, today=dt.date(2025, 1, 1))}
    assert found[("summary",)].severity == "error"
    assert found[("meeting", "date")].severity == "error"


def test_risk_without_owner_or_mitigation_points_at_the_field():
    brief = ready_brief(risks=[{"risk": "A"}, {"risk": "B", "owner": "x", "mitigation": "y"}, {"risk": "C", "owner": "z"}])
    assert {("risks", 0, "owner"), ("risks", 0, "mitigation"), ("risks", 2, "mitigation")} <= paths(check_brief(brief))
    assert ("risks", 1, "owner") not in paths(check_brief(brief))


def test_overdue_means_past_today_and_due_before_the_meeting_is_told_apart():
    brief = ready_brief(
        open_issues=[
            {"issue": "late", "owner": "a", "due": "2025-10-30"},
            {"issue": "tomorrow", "owner": "a", "due": "2025-11-02"},
            {"issue": "on the day", "owner": "a", "due": "2025-11-10"},
            {"issue": "late but resolved", "owner": "a", "due": "2025-10-30", "status": "resolved"},
        ]
    )
    found = [f for f in check_brief(brief, today=BEFORE) if f.path[:1] == ("open_issues",)]
    assert [f.path for f in found] == [("open_issues", 0, "due"), ("open_issues", 1, "due")]
    assert "overdue" in found[0].message and "30 Oct 2025" in found[0].message
    assert "overdue" not in found[1].message
    assert "2 Nov 2025" in found[1].message and "before the meeting on 10 Nov 2025" in found[1].message


def test_open_issue_without_meeting_date_is_overdue_only_after_today():
    brief = ready_brief(meeting={"location": "x"}, open_issues=[{"issue": "i", "owner": "a", "due": "2025-11-01"}])
    assert ("open_issues", 0, "due") in paths(check_brief(brief, today=dt.date(2025, 11, 2)))
    assert ("open_issues", 0, "due") not in paths(check_brief(brief, today=dt.date(2025, 10, 1)))


def test_a_missing_marking_is_a_problem_and_an_error_on_a_final_brief():
    (draft,) = [f for f in check_brief(ready_brief(marking=None), today=BEFORE)]
    assert draft.path == ("marking",) and draft.severity == "warning" and "marking" in draft.message
    (final,) = [f for f in check_brief(ready_brief(marking=None, status="final"), today=BEFORE)]
    assert final.severity == "error"


def test_filled_sections_the_template_does_not_print_are_named():
    brief = ready_brief(purpose="Why we meet.", agenda=[{"item": "Opening"}], layout={"template": "call"})
    found = [f for f in check_brief(brief, today=BEFORE) if f.not_printed]
    assert [f.not_printed for f in found] == ["purpose", "agenda", "risks"]  # a call has no risk register
    assert [f.path for f in found] == [("purpose",), ("agenda",), ("risks",)]
    assert all("does not print" in f.message for f in found)
    printed = ready_brief(purpose="Why we meet.", layout={"template": "bilateral"})
    assert not [f for f in check_brief(printed, today=BEFORE) if f.not_printed]


def test_a_phone_call_needs_no_location_and_no_room():
    brief = ready_brief(meeting={"date": "2025-11-10", "format": "phone"}, participants=[])
    messages = [f.message for f in check_brief(brief, today=BEFORE)]
    assert not any("location" in m for m in messages)
    assert any("on the call" in m for m in messages) and not any("room" in m for m in messages)


def test_participant_without_title():
    brief = ready_brief(participants=[{"name": "בנימין נתניהו"}])
    (f,) = [f for f in check_brief(brief) if f.path[:1] == ("participants",)]
    assert f.path == ("participants", 0, "title") and "בנימין נתניהו" in f.message


def test_page_budget():
    brief = ready_brief()
    assert check_brief(brief, page_count=4, page_budget=4, today=BEFORE) == []
    (f,) = check_brief(brief, page_count=5, page_budget=4, today=BEFORE)
    assert f.path == () and "5 pages" in f.message and f.severity == "warning"
    assert check_brief(brief, page_count=5, page_budget=None, today=BEFORE) == []


def test_meeting_ending_before_it_starts():
    brief = ready_brief(meeting={"date": "2025-11-10", "location": "x", "start": "11:00", "end": "10:00"})
    assert ("meeting", "end") in paths(check_brief(brief))


def test_page_of_paths():
    assert page_of(("summary",)) == "overview"
    assert page_of(("meeting", "date")) == "meeting"
    assert page_of(("risks", 2, "owner")) == "risks"
    assert page_of(()) is None


def test_untitled_title_and_a_template_not_installed_are_flagged():
    brief = Brief(title="Untitled brief", layout={"template": "no-such-template"})
    found = {f.path: f for f in check_brief(brief)}
    assert found[("title",)].severity == "warning"
    assert "no-such-template" in found[("layout", "template")].message
    assert page_of(("layout", "template")) == "overview"


def test_a_time_zone_that_is_not_a_zone_name_is_flagged():
    def zone_findings(tz):
        brief = Brief(title="T", meeting={"timezone": tz})
        return [f for f in check_brief(brief) if f.path == ("meeting", "timezone")]

    assert zone_findings("Asia/Jerusalem") == []
    (finding,) = zone_findings("Mars/Base")
    assert "Mars/Base" in finding.message and finding.severity == "warning"


# --------------------------------------------------------------------------
# Format version 2
# --------------------------------------------------------------------------


def test_a_marking_that_names_no_level_of_the_scheme_is_a_warning_at_its_field():
    from briefer.templates.markings import SCHEMES

    brief = ready_brief(
        marking="OFFICIAL-SENSITIVE PERSONAL",
        key_points=[{"point": "a", "marking": "SECRET//NOFORN"}, {"point": "b", "marking": "SEKRET"}],
        portion_markings={"summary": "PROTECT"},
    )
    found = [f for f in check_brief(brief) if "marking" in f.message]
    assert [(f.path, f.severity) for f in found] == [
        (("portion_markings", "summary"), "warning"),
        (("key_points", 1, "marking"), "warning"),
    ]
    assert "“SEKRET”" in found[1].message and "OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET" in found[1].message
    assert page_of(found[0].path) == "overview" and page_of(found[1].path) == "key_points"
    # Read against the NATO scheme, none of the three names a level.
    nato = [f.path for f in check_brief(brief, scheme=SCHEMES["nato"]) if "marking" in f.message]
    assert nato == [("marking",), ("portion_markings", "summary"), ("key_points", 0, "marking"), ("key_points", 1, "marking")]


def test_an_unknown_home_time_zone_is_a_warning():
    brief = ready_brief(meeting={"date": "2025-11-10", "location": "x", "home_timezone": "Europe/Londn"})
    (finding,) = [f for f in check_brief(brief) if f.path == ("meeting", "home_timezone")]
    assert finding.severity == "warning" and "Europe/Londn" in finding.message
    assert ("meeting", "home_timezone") not in paths(
        check_brief(ready_brief(meeting={"date": "2025-11-10", "location": "x", "home_timezone": "Europe/London"}))
    )


def test_two_recipients_with_one_copy_number_is_a_warning():
    brief = ready_brief(distribution=[{"name": "A", "copy": 1}, {"name": "B", "copy": 2}, {"name": "C", "copy": 1}, {"name": "D"}])
    (finding,) = [f for f in check_brief(brief) if f.path[:1] == ("distribution",)]
    assert finding.path == ("distribution", 2, "copy") and "C" in finding.message and "A" in finding.message


def test_the_v2_fixture_with_uk_markings_has_no_marking_findings():
    from pathlib import Path

    from briefer.model import brief_from_bytes

    brief = brief_from_bytes((Path(__file__).parent / "fixtures" / "v2.brief").read_bytes()).brief
    assert [f for f in check_brief(brief) if "marking" in f.message] == []


def test_a_final_brief_with_a_clearance_pending_is_an_error_on_that_clearance():
    clearances = [
        {"name": "Head of desk", "status": "cleared", "date": "2025-11-09"},
        {"name": "Director MENAD", "status": "pending"},
    ]
    draft = check_brief(ready_brief(clearances=clearances), today=BEFORE)
    assert [f for f in draft if f.path[:1] == ("clearances",)] == []  # a draft may wait
    final = [f for f in check_brief(ready_brief(clearances=clearances, status="final"), today=BEFORE) if f.path[:1] == ("clearances",)]
    assert [(f.path, f.severity) for f in final] == [(("clearances", 1, "status"), "error")]
    assert "Director MENAD" in final[0].message and "pending" in final[0].message
    assert final[0].page == "clearance"


def test_a_clearance_refused_is_a_warning_in_a_draft_and_an_error_when_final():
    clearances = [{"name": "Legal adviser", "status": "not cleared"}]
    (draft,) = [f for f in check_brief(ready_brief(clearances=clearances), today=BEFORE) if f.path[:1] == ("clearances",)]
    assert draft.severity == "warning"
    (final,) = [f for f in check_brief(ready_brief(clearances=clearances, status="final"), today=BEFORE) if f.path[:1] == ("clearances",)]
    assert final.severity == "error"


def test_a_decision_without_a_recommendation_and_a_question_without_an_answer_are_named():
    brief = ready_brief(
        decisions=[{"decision": "Approve the budget", "recommendation": "Approve."}, {"decision": "Appoint a chair"}],
        questions=[{"question": "Will you resign?"}],
    )
    found = {f.path: f for f in check_brief(brief, today=BEFORE)}
    assert set(found) == {("decisions", 1, "recommendation"), ("questions", 0, "answer")}
    assert "Appoint a chair" in found[("decisions", 1, "recommendation")].message
    assert found[("questions", 0, "answer")].page == "questions"


def test_a_press_brief_that_lists_only_our_own_people_is_told_nobody_is_printed():
    ours = [{"name": "The Minister", "title": "Foreign Secretary", "role": "principal"},
            {"name": "Press officer", "title": "Head of News", "role": "advisor"}]
    (found,) = [f for f in check_brief(ready_brief(participants=ours, layout={"template": "press"}), today=BEFORE) if f.path == ("participants",)]
    assert "No participant is printed" in found.message and "interviewer" in found.message
    theirs = [*ours, {"name": "Jane Interviewer", "title": "Presenter", "organization": "BBC"}]
    assert not [f for f in check_brief(ready_brief(participants=theirs, layout={"template": "press"}), today=BEFORE) if f.path == ("participants",)]
    assert not [f for f in check_brief(ready_brief(participants=ours), today=BEFORE) if f.path == ("participants",)]


def test_findings_come_in_the_order_of_the_pages_whatever_check_found_them():
    """A filled Purpose the call template does not print (found by a late
    check) lists with the Overview, before the participants' problems, as
    the panel and `briefer validate` show them."""
    brief = Brief.model_validate({
        "title": "Call", "summary": "Bottom line.", "marking": "OFFICIAL", "purpose": "Why we call",
        "layout": {"template": "call"}, "participants": [{"name": "Someone"}],
    })
    found = check_brief(brief, today=dt.date(2026, 1, 1))
    pages = [f.page for f in found]
    assert "overview" in pages and "participants" in pages
    purpose = next(i for i, f in enumerate(found) if f.not_printed == "purpose")
    someone = next(i for i, f in enumerate(found) if f.page == "participants")
    assert purpose < someone
    order = [-1 if p is None else PAGE_KEYS.index(p) for p in pages]
    assert order == sorted(order)
