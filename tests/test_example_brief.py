"""The example brief that ships with the app and that every new user opens first.

It is the showcase of the format, so it must open cleanly, fill every
section, survive a save unchanged, and say only what its source article
(``shared/examples/source-article-2025-11-10.txt``) supports.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib.resources import files

import pytest

from briefer.model import (
    Brief,
    IssueStatus,
    Level,
    Role,
    brief_from_bytes,
    brief_to_bytes,
    parse_long_text,
)

EXAMPLE = files("briefer.resources") / "examples" / "kushner-netanyahu-2025-11-10.brief"

ARABIC = re.compile("[\u0600-\u06ff]")
HEBREW = re.compile("[\u0590-\u05ff]")

# Fields that hold the app's choices for the brief rather than its content.
LAYOUT_FIELDS = {"layout"}
# Format version 2's brief fields; the example fills them when they print
# (issues 14, 15 and 16), not before.
NOT_YET_IN_THE_EXAMPLE = {
    "portion_markings", "follows", "contact", "clearances", "decisions", "questions", "logistics",
}  # fmt: skip


@pytest.fixture(scope="module")
def raw() -> bytes:
    return EXAMPLE.read_bytes()


@pytest.fixture(scope="module")
def brief(raw: bytes) -> Brief:
    return brief_from_bytes(raw).brief


def all_text(brief: Brief) -> str:
    """Every string in the brief, one per line, for searching."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(brief.model_dump(mode="json"))
    return "\n".join(out)


# --------------------------------------------------------------------------
# It opens, and it is a complete showcase of the format
# --------------------------------------------------------------------------


def test_opens_without_warnings(raw: bytes) -> None:
    loaded = brief_from_bytes(raw)
    assert loaded.warnings == []
    assert loaded.migrated_from is None


def test_is_utf8_json_in_the_envelope(raw: bytes) -> None:
    doc = json.loads(raw.decode("utf-8"))
    assert doc["format"] == "briefer-brief"
    assert doc["version"] == 2
    assert isinstance(doc["brief"], dict)


@pytest.mark.parametrize("name", [n for n in Brief.model_fields if n not in LAYOUT_FIELDS | NOT_YET_IN_THE_EXAMPLE])
def test_every_section_is_filled(brief: Brief, name: str) -> None:
    value = getattr(brief, name)
    if hasattr(value, "model_dump"):
        value = value.model_dump(exclude_none=True)
    assert value not in (None, "", [], {}), f"{name} is empty in the example brief"


def test_uses_every_choice_of_rating_role_and_status(brief: Brief) -> None:
    assert {k.priority for k in brief.key_points} == set(Level)
    assert {r.likelihood for r in brief.risks} == set(Level)
    assert {i.status for i in brief.open_issues} >= {IssueStatus.OPEN, IssueStatus.IN_PROGRESS}
    roles = {p.role for p in brief.participants}
    assert {Role.PRINCIPAL, Role.NOTETAKER} <= roles


def test_one_open_issue_is_overdue_on_the_day_it_was_prepared(brief: Brief) -> None:
    overdue = [i for i in brief.open_issues if i.is_overdue(brief.prepared_on)]
    assert len(overdue) == 1
    assert [i for i in brief.open_issues if not i.is_overdue(brief.prepared_on)]


def test_long_texts_use_the_markup(brief: Brief) -> None:
    assert "**" in brief.summary and "\n- " in brief.summary
    assert len(parse_long_text(brief.background)) >= 4  # paragraphs and lists


def test_layout_uses_the_bilateral_template(brief: Brief) -> None:
    assert brief.layout.template == "bilateral"


# --------------------------------------------------------------------------
# Saving it changes nothing
# --------------------------------------------------------------------------


def test_save_gives_identical_bytes(raw: bytes, brief: Brief) -> None:
    assert brief_to_bytes(brief) == raw


# --------------------------------------------------------------------------
# It says what the article says, and no more
# --------------------------------------------------------------------------


def test_meeting_matches_the_article(brief: Brief) -> None:
    m = brief.meeting
    assert m.date == dt.date(2025, 11, 10)
    assert m.location == "Jerusalem"
    assert m.timezone == "Asia/Jerusalem"
    # The article gives no time of day; the example must not invent one.
    assert m.start is None and m.end is None


def test_both_principals_are_present(brief: Brief) -> None:
    principals = {p.name: p for p in brief.participants if p.role == Role.PRINCIPAL}
    assert set(principals) == {"Jared Kushner", "Benjamin Netanyahu"}
    assert principals["Jared Kushner"].delegation == "United States"
    assert principals["Benjamin Netanyahu"].title == "Prime Minister of Israel"
    assert principals["Benjamin Netanyahu"].delegation == "Israel"


def test_supporting_participants_are_marked_as_assumptions(brief: Brief) -> None:
    for p in brief.participants:
        if p.role != Role.PRINCIPAL:
            assert "to be confirmed" in p.name, p.name
            assert "Assumption" in (p.bio or ""), p.name


def test_casualty_figure_is_in_the_key_points(brief: Brief) -> None:
    assert any("242" in k.point for k in brief.key_points)


def test_ceasefire_date_is_in_the_timeline(brief: Brief) -> None:
    dates = [t.date.to_date() for t in brief.timeline if t.date]
    assert dt.date(2025, 10, 10) in dates
    assert dt.date(2025, 11, 10) in dates


def test_article_is_cited(brief: Brief) -> None:
    article = [s for s in brief.sources if s.publisher == "Dalena Reporters"]
    assert article and article[0].date == dt.date(2025, 11, 10)


def test_names_in_their_own_script(brief: Brief) -> None:
    text = all_text(brief)
    assert ARABIC.search(text)
    assert HEBREW.search(text)
    netanyahu = next(p for p in brief.participants if p.name == "Benjamin Netanyahu")
    assert "בנימין נתניהו" in netanyahu.bio
    assert netanyahu.pronunciation


def test_british_spelling_throughout(brief: Brief) -> None:
    text = all_text(brief)
    assert "stabilisation" in text and "demilitarisation" in text
    assert "ization" not in text.lower(), "American -ization spelling"
