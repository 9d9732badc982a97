"""Format version 2's fields in the model: what each accepts and refuses,
partial dates, and that every new text field follows the text rules.

What a user relies on: a date known only by its year is kept as a year and
prints as one; a bad value in a new field is refused with its path and a
sentence saying what to write; a control character is refused in a new
field exactly as in an old one.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from pydantic import ValidationError

from briefer.model import (
    Brief,
    BriefFileError,
    ClearanceStatus,
    PartialDate,
    brief_from_bytes,
    brief_to_bytes,
    problems_from_validation,
)


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as info:
        Brief.model_validate({"title": "T", **data})
    return [str(p) for p in problems_from_validation(info.value)]


def _load(brief: dict[str, Any]) -> Brief:
    return brief_from_bytes(json.dumps({"format": "briefer-brief", "version": 2, "brief": brief}).encode()).brief


# --------------------------------------------------------------------------
# Partial dates
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "printed"),
    [("2025", "2025"), ("2025-11", "Nov 2025"), ("2025-11-10", "10 Nov 2025"), ("0999-01", "Jan 999")],
)
def test_a_partial_date_keeps_its_precision_and_prints_as_precisely(text: str, printed: str) -> None:
    d = PartialDate.parse(text)
    assert d.isoformat() == text and str(d) == text
    assert d.short_text() == printed
    assert d.is_full == (len(text) == 10)


@pytest.mark.parametrize("text", ["25", "2025-1", "2025-13", "2025-02-30", "2025/11/10", "10 Nov 2025", "2025-11-10T00:00", "0000"])
def test_a_bad_partial_date_is_refused_saying_how_to_write_one(text: str) -> None:
    (problem,) = _problems({"timeline": [{"event": "e", "date": text}]})
    assert problem.startswith("timeline[0].date: ")
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in problem or "not a real date" in problem


def test_partial_dates_sort_by_their_first_day_less_precise_first() -> None:
    texts = ["2025-02", "2024", "2025-01-01", "2025", "2025-01", "2024-12-31"]
    assert [str(d) for d in sorted(PartialDate.parse(t) for t in texts)] == [
        "2024", "2024-12-31", "2025", "2025-01", "2025-01-01", "2025-02",
    ]  # fmt: skip


def test_a_full_partial_date_is_the_calendar_date() -> None:
    assert PartialDate.parse("2025-11-10").to_date() == dt.date(2025, 11, 10)
    assert PartialDate.parse("2025-11").to_date() is None
    assert PartialDate.parse("2025-11").first_day() == dt.date(2025, 11, 1)
    assert PartialDate.validate(dt.date(2025, 11, 10)) == PartialDate(2025, 11, 10)


def test_timeline_dates_round_trip_as_written() -> None:
    brief = _load({"title": "T", "timeline": [{"date": d, "event": d} for d in ("2023", "2025-11", "2025-11-10")]})
    assert [e.date for e in brief.timeline] == [PartialDate(2023), PartialDate(2025, 11), PartialDate(2025, 11, 10)]
    saved = json.loads(brief_to_bytes(brief))["brief"]["timeline"]
    assert [e["date"] for e in saved] == ["2023", "2025-11", "2025-11-10"]


def test_other_dates_stay_full_dates() -> None:
    (problem,) = _problems({"sources": [{"title": "s", "date": "2025"}]})
    assert problem.startswith("sources[0].date: ") and "YYYY-MM-DD" in problem


# --------------------------------------------------------------------------
# New fields: values and required parts
# --------------------------------------------------------------------------


def test_every_v2_field_is_read_with_its_type() -> None:
    brief = _load(
        {
            "title": "T",
            "meeting": {"home_timezone": "Europe/London"},
            "participants": [{"name": "山田太郎", "language": "ja", "person": "p-1", "marking": "OFFICIAL"}],
            "open_issues": [
                {
                    "issue": "i",
                    "raised": "2025-09-01",
                    "carried_from": [{"reference": "R/1", "date": "2025-10-01"}],
                    "history": [{"date": "2025-09-02", "note": "raised"}],
                }
            ],
            "clearances": [{"name": "HoD", "status": "cleared with comments", "date": "2025-11-09"}],
            "distribution": [{"name": "PS", "organisation": "Private Office", "copy": 2}],
            "follows": {"reference": "R/1", "date": "2025-10-01"},
            "contact": {"name": "Jane", "phone": "+44 20 7946 0000", "email": "jane@example.org"},
            "decisions": [{"decision": "Agree", "recommendation": "Yes."}],
            "questions": [{"question": "Why?", "answer": "Because."}],
            "logistics": "Arrive at 9.",
            "portion_markings": {"summary": "SECRET"},
        }
    )
    assert brief.meeting.home_timezone == "Europe/London"
    assert brief.participants[0].language == "ja"
    issue = brief.open_issues[0]
    assert issue.raised == dt.date(2025, 9, 1)
    assert issue.carried_from[0].date == dt.date(2025, 10, 1) and issue.history[0].note == "raised"
    assert brief.clearances[0].status is ClearanceStatus.CLEARED_WITH_COMMENTS
    assert brief.distribution[0].copy_number == 2
    assert brief.follows.date == dt.date(2025, 10, 1)
    assert brief.portion_markings.summary == "SECRET"


@pytest.mark.parametrize(
    ("data", "path", "says"),
    [
        ({"decisions": [{"recommendation": "r"}]}, "decisions[0].decision", "required"),
        ({"decisions": [{"decision": "  "}]}, "decisions[0].decision", "required"),
        ({"questions": [{"answer": "a"}]}, "questions[0].question", "required"),
        ({"clearances": [{"office": "o"}]}, "clearances[0].name", "required"),
        ({"clearances": [{"name": "n", "status": "approved"}]}, "clearances[0].status", "cleared"),
        ({"distribution": [{"organisation": "o"}]}, "distribution[0].name", "required"),
        ({"distribution": [{"name": "n", "copy": 0}]}, "distribution[0].copy", "1 or more"),
        ({"distribution": [{"name": "n", "copy": "3"}]}, "distribution[0].copy", "whole number"),
        ({"distribution": [{"name": "n", "copy": 2.0}]}, "distribution[0].copy", "whole number"),
        ({"distribution": [{"name": "n", "copy": True}]}, "distribution[0].copy", "whole number"),
        ({"open_issues": [{"issue": "i", "history": [{"date": "2025-01-01"}]}]}, "open_issues[0].history[0].note", "required"),
        ({"open_issues": [{"issue": "i", "carried_from": [{}]}]}, "open_issues[0].carried_from[0]", "reference or date"),
        ({"open_issues": [{"issue": "i", "raised": "last week"}]}, "open_issues[0].raised", "YYYY-MM-DD"),
        ({"participants": [{"name": "n", "language": "Japanese please"}]}, "participants[0].language", "language tag"),
        ({"participants": [{"name": "n", "language": "ja_JP"}]}, "participants[0].language", "language tag"),
        ({"follows": {"date": "2025-13-01"}}, "follows.date", "date"),
        ({"contact": {"email": "a\nb"}}, "contact.email", "one line"),
        ({"portion_markings": {"summary": ["SECRET"]}}, "portion_markings.summary", "text"),
        ({"logistics": 3}, "logistics", "text"),
        ({"decisions": "agree"}, "decisions", "list"),
    ],
)
def test_a_bad_v2_value_is_refused_with_its_path(data: dict[str, Any], path: str, says: str) -> None:
    problems = _problems(data)
    assert any(p.startswith(path + ": ") and says in p for p in problems), problems


@pytest.mark.parametrize("tag", ["ja", "zh-Hant", "ar", "en-GB", "sr-Latn-RS", "x-klingon", "yue"])
def test_language_tags_of_bcp47_shape_are_accepted(tag: str) -> None:
    assert Brief(title="T", participants=[{"name": "n", "language": tag}]).participants[0].language == tag


def test_an_unknown_home_time_zone_does_not_stop_the_file_opening() -> None:
    brief = _load({"title": "T", "meeting": {"home_timezone": "Mars/Olympus_Mons"}})
    assert brief.meeting.home_timezone == "Mars/Olympus_Mons"


def test_an_unknown_key_in_portion_markings_is_kept_and_reported() -> None:
    data = {"format": "briefer-brief", "version": 2, "brief": {"title": "T", "portion_markings": {"sumary": "SECRET"}}}
    loaded = brief_from_bytes(json.dumps(data).encode())
    assert [(w.path, w.message) for w in loaded.warnings] == [("portion_markings.sumary", "unknown key (kept as it is)")]
    assert json.loads(brief_to_bytes(loaded.brief))["brief"]["portion_markings"] == {"sumary": "SECRET"}


def test_unknown_keys_in_new_objects_are_reported_with_their_path() -> None:
    data = {"title": "T", "open_issues": [{"issue": "i", "history": [{"note": "n", "who": "me"}]}], "contact": {"fax": "1"}}
    loaded = brief_from_bytes(json.dumps({"format": "briefer-brief", "version": 2, "brief": data}).encode())
    assert [w.path for w in loaded.warnings] == ["open_issues[0].history[0].who", "contact.fax"]


# --------------------------------------------------------------------------
# Text rules apply to every new text field
# --------------------------------------------------------------------------

NEW_TEXT_FIELDS: list[tuple[dict[str, Any], str]] = [
    ({"participants": [{"name": "n", "marking": "{}"}]}, "participants[0].marking"),
    ({"participants": [{"name": "n", "person": "{}"}]}, "participants[0].person"),
    ({"agenda": [{"item": "i", "marking": "{}"}]}, "agenda[0].marking"),
    ({"key_points": [{"point": "p", "marking": "{}"}]}, "key_points[0].marking"),
    ({"stakeholders": [{"name": "n", "marking": "{}"}]}, "stakeholders[0].marking"),
    ({"risks": [{"risk": "r", "marking": "{}"}]}, "risks[0].marking"),
    ({"open_issues": [{"issue": "i", "marking": "{}"}]}, "open_issues[0].marking"),
    ({"open_issues": [{"issue": "i", "carried_from": [{"reference": "{}"}]}]}, "open_issues[0].carried_from[0].reference"),
    ({"open_issues": [{"issue": "i", "history": [{"note": "{}"}]}]}, "open_issues[0].history[0].note"),
    ({"timeline": [{"event": "e", "marking": "{}"}]}, "timeline[0].marking"),
    ({"sections": [{"title": "t", "marking": "{}"}]}, "sections[0].marking"),
    ({"sources": [{"title": "t", "marking": "{}"}]}, "sources[0].marking"),
    ({"meeting": {"home_timezone": "{}"}}, "meeting.home_timezone"),
    ({"portion_markings": {"background": "{}"}}, "portion_markings.background"),
    ({"distribution": [{"name": "{}"}]}, "distribution[0].name"),
    ({"distribution": [{"name": "n", "organisation": "{}"}]}, "distribution[0].organisation"),
    ({"follows": {"title": "{}"}}, "follows.title"),
    ({"follows": {"file": "{}"}}, "follows.file"),
    ({"contact": {"name": "{}"}}, "contact.name"),
    ({"contact": {"phone": "{}"}}, "contact.phone"),
    ({"clearances": [{"name": "{}"}]}, "clearances[0].name"),
    ({"clearances": [{"name": "n", "office": "{}"}]}, "clearances[0].office"),
    ({"decisions": [{"decision": "{}"}]}, "decisions[0].decision"),
    ({"decisions": [{"decision": "d", "recommendation": "{}"}]}, "decisions[0].recommendation"),
    ({"decisions": [{"decision": "d", "marking": "{}"}]}, "decisions[0].marking"),
    ({"questions": [{"question": "{}"}]}, "questions[0].question"),
    ({"questions": [{"question": "q", "answer": "{}"}]}, "questions[0].answer"),
    ({"questions": [{"question": "q", "marking": "{}"}]}, "questions[0].marking"),
    ({"logistics": "{}"}, "logistics"),
]


def _fill(data: Any, text: str) -> Any:
    if data == "{}":
        return text
    if isinstance(data, dict):
        return {k: _fill(v, text) for k, v in data.items()}
    if isinstance(data, list):
        return [_fill(v, text) for v in data]
    return data


@pytest.mark.parametrize(("data", "path"), NEW_TEXT_FIELDS, ids=[p for _, p in NEW_TEXT_FIELDS])
def test_every_new_text_field_refuses_control_characters_and_keeps_any_script(data: dict[str, Any], path: str) -> None:
    problems = _problems(_fill(data, "bell\x07"))
    assert any(p.startswith(path + ": ") and "U+0007 (BELL)" in p for p in problems), problems
    brief = Brief.model_validate({"title": "T", **_fill(data, "نص 文字 <b>&amp;</b>")})
    again = brief_from_bytes(brief_to_bytes(brief)).brief
    assert again == brief
    assert "نص 文字 <b>&amp;</b>" in brief_to_bytes(again).decode("utf-8")


def test_a_version_3_file_is_refused_naming_both_versions() -> None:
    with pytest.raises(BriefFileError) as info:
        brief_from_bytes(b'{"format": "briefer-brief", "version": 3, "brief": {"title": "T"}}')
    assert "format 3, this version reads up to 2" in str(info.value)


def test_every_enumerated_value_of_the_format_has_an_english_label() -> None:
    from enum import StrEnum

    import briefer.model.brief as brief_module
    from briefer.model.labels import ENUM_LABELS

    enums = [v for v in vars(brief_module).values() if isinstance(v, type) and issubclass(v, StrEnum) and v is not StrEnum]
    assert ClearanceStatus in enums
    for enum in enums:
        assert set(ENUM_LABELS[enum]) == set(enum), enum
