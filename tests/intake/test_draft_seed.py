"""The seed article (the news report our example brief was made from by
hand) gives the example brief's facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefer.intake import Kind, apply_proposals, draft_from_text
from briefer.model.brief import Brief, Participant, Stakeholder
from briefer.model.partial_date import PartialDate

SEED = Path(__file__).parent.parent / "fixtures" / "intake" / "seed-article-2025-11-10.txt"


@pytest.fixture(scope="module")
def draft():
    return draft_from_text(SEED.read_text(encoding="utf-8"), source_name=SEED.name)


def texts(draft, kind: Kind) -> list[str]:
    return [p.text for p in draft.of_kind(kind)]


def test_the_source_is_the_byline(draft) -> None:
    (source,) = [p.value for p in draft.of_kind(Kind.SOURCE)]
    assert source.publisher == "Dalena Reporters"
    assert source.date == dt.date(2025, 11, 10)


def test_participants_are_kushner_and_netanyahu_with_their_titles(draft) -> None:
    people = [p.value for p in draft.of_kind(Kind.PARTICIPANT)]
    assert people == [
        Participant(name="Jared Kushner", title="US envoy"),
        Participant(name="Benjamin Netanyahu", title="Israeli Prime Minister"),
    ]
    # Named only as Kushner's reference point: a stakeholder, not in the room.
    assert [p.value for p in draft.of_kind(Kind.STAKEHOLDER)] == [Stakeholder(name="Donald Trump", position="President")]


def test_every_name_occurs_verbatim_in_the_text(draft) -> None:
    for p in draft.of_kind(Kind.PARTICIPANT) + draft.of_kind(Kind.STAKEHOLDER):
        assert p.text in draft.text


def test_key_points_are_the_points_raised(draft) -> None:
    points = texts(draft, Kind.KEY_POINT)
    assert len(points) == 3
    assert points[0].startswith("The disarming of Hamas remains a red line for Israel")
    assert points[1].startswith("The proposed international force potentially involves players such as Egypt")
    assert points[2].startswith("Israel stated that it will not allow Turkish boots on the ground")


def test_risks_are_the_two_enumerated_ones(draft) -> None:
    assert texts(draft, Kind.RISK) == [
        "Hamas maintains that yielding its weapons is unacceptable",
        "Gaza residents report that shootings and air strikes persist despite the truce, "
        "casting doubt on whether the current pause is sustainable",
    ]


def test_open_issues_are_the_three_that_loom(draft) -> None:
    issues = texts(draft, Kind.OPEN_ISSUE)
    assert len(issues) == 3
    assert issues[0] == "The composition and mandate of the international stabilisation force will need consensus among multiple actors"
    assert issues[1].startswith("The enforcement of terms — especially disarmament and arms control — will test")
    assert issues[2].startswith("Without parallel reconstruction and governance efforts in Gaza")


def test_timeline_has_the_war_the_cease_fire_and_the_meeting(draft) -> None:
    dates = [p.value.date for p in draft.of_kind(Kind.TIMELINE)]
    assert dates == [PartialDate(2023), PartialDate(2025, 10, 10), PartialDate(2025, 11, 10)]
    # "on Monday" is the byline's Monday, 10 November 2025.
    assert "met with Israeli Prime Minister" in draft.of_kind(Kind.TIMELINE)[2].text


def test_summary_is_the_lead_and_background_the_rest(draft) -> None:
    (summary,) = texts(draft, Kind.SUMMARY)
    assert summary.startswith("In a key diplomatic development") and summary.endswith("next phase of the truce.")
    (background,) = texts(draft, Kind.BACKGROUND)
    assert background.startswith("According to Israeli government communications")
    assert "- Israel stated that it will not allow Turkish boots on the ground" in background
    assert background.endswith("the window for missteps is narrow.")


def test_every_proposal_points_at_where_it_came_from(draft) -> None:
    risk = draft.of_kind(Kind.RISK)[0]
    start, end = risk.span
    assert draft.text[start:end] == risk.text
    for p in draft.proposals:
        if p.span is not None and p.kind not in (Kind.BACKGROUND,):
            start, end = p.span
            assert 0 <= start < end <= len(draft.text)


def test_accepting_everything_gives_a_valid_brief_citing_the_source(draft) -> None:
    brief = apply_proposals(Brief(title="Untitled brief"), draft.proposals)
    assert brief.title == "Kushner–Netanyahu meeting, 10 November 2025"
    assert [s.publisher for s in brief.sources] == ["Dalena Reporters"]
    assert [p.name for p in brief.participants] == ["Jared Kushner", "Benjamin Netanyahu"]
    assert len(brief.risks) == 2 and len(brief.open_issues) == 3 and len(brief.timeline) == 3
    Brief.model_validate(brief.model_dump(mode="json"))


def test_drafting_is_deterministic(draft) -> None:
    again = draft_from_text(SEED.read_text(encoding="utf-8"), source_name=SEED.name)
    assert again.proposals == draft.proposals
