"""Held-out articles in three styles (wire copy, a board-meeting report, a
diplomatic read-out, and a cable written after the rules and measured
before they were changed), each with a hand-made list of what a careful human
picks out (``NAME.expected.json``; benchmarks/intake_quality.py prints the
recall).  Here every expected item must be proposed, and no name invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.intake import Kind, draft_from_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "intake"
ARTICLES = ["wire-eu-tariffs", "board-northfield-water", "readout-ruritania", "blind-cable-harbour-talks"]


@pytest.fixture(scope="module", params=ARTICLES)
def case(request):
    text = (FIXTURES / f"{request.param}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{request.param}.expected.json").read_text(encoding="utf-8"))
    return text, expected, draft_from_text(text)


def test_every_name_is_found_and_none_invented(case) -> None:
    text, expected, draft = case
    names = [p.text for p in draft.of_kind(Kind.PARTICIPANT) + draft.of_kind(Kind.STAKEHOLDER)]
    assert sorted(names) == sorted(expected["names"])
    assert all(n in text for n in names)


def test_every_date_is_on_the_timeline(case) -> None:
    _, expected, draft = case
    dates = {p.value.date.isoformat() for p in draft.of_kind(Kind.TIMELINE)}
    assert dates == set(expected["dates"])


@pytest.mark.parametrize(("key", "kind"), [("points", Kind.KEY_POINT), ("risks", Kind.RISK), ("open_issues", Kind.OPEN_ISSUE)])
def test_points_risks_and_issues_one_proposal_each(case, key: str, kind: Kind) -> None:
    _, expected, draft = case
    texts = [p.text.casefold() for p in draft.of_kind(kind)]
    assert len(texts) == len(expected[key])
    for phrase in expected[key]:
        assert sum(phrase.casefold() in t for t in texts) == 1, phrase


def test_the_readout_marking_and_date_line() -> None:
    draft = draft_from_text((FIXTURES / "readout-ruritania.txt").read_text(encoding="utf-8"))
    assert [p.text for p in draft.of_kind(Kind.MARKING)] == ["OFFICIAL"]
    assert draft.of_kind(Kind.SUMMARY)[0].text.startswith("The Foreign Secretary opened by thanking")
    assert draft.source.date.isoformat() == "2026-01-21"
