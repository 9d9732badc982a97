"""briefer.model.search: what Find and Replace reaches, without Qt."""

from __future__ import annotations

from briefer.model import Brief
from briefer.model.search import find_all, replace_all, text_fields


def brief() -> Brief:
    return Brief(
        title="Talks on <Gaza> & {{gaza}}",
        marking="GAZA-ONLY",
        summary="Gaza, gazan, and GAZA.\nمرحبا غزة",
        objectives=["Hold the line on Gaza"],
        participants=[{"name": "Ana Gaza", "person": "gaza-person-id", "bio": "Born in Gaza"}],
        risks=[{"risk": "Gaza flare-up", "likelihood": "high"}],
        sources=[{"title": "Report", "url": "https://example.org/gaza"}],
        layout={"template": "call"},
    )


def test_every_prose_field_in_order_and_no_codes_links_or_markings():
    paths = [p for p, _ in text_fields(brief())]
    assert paths == [("title",), ("summary",), ("objectives", 0), ("participants", 0, "name"),
                     ("participants", 0, "bio"), ("risks", 0, "risk"), ("sources", 0, "title")]


def test_match_case_and_whole_words():
    b = brief()
    assert len(find_all(b, "gaza")) == 9
    assert len(find_all(b, "gaza", match_case=True)) == 2  # {{gaza}} and gazan
    assert len(find_all(b, "gaza", whole_word=True)) == 8  # not "gazan"
    assert [m.path for m in find_all(b, "غزة")] == [("summary",)]
    assert find_all(b, "") == []
    assert len(find_all(b, "{{gaza}}")) == 1 and len(find_all(b, ".")) == 1  # typed text, not a pattern


def test_replace_all_keeps_the_original_and_refuses_to_empty_a_required_field():
    b = brief()
    new, count, refused = replace_all(b, "Ana Gaza", "")
    assert count == 0 and refused == [("participants", 0, "name")] and new.participants[0].name == "Ana Gaza"
    new, count, refused = replace_all(b, "gaza", "X", whole_word=True)
    assert count == 8 and not refused
    assert new.summary.startswith("X, gazan, and X.") and new.marking == "GAZA-ONLY"
    assert new.participants[0].person == "gaza-person-id" and new.sources[0].url.endswith("/gaza")
    assert b.title == "Talks on <Gaza> & {{gaza}}"  # the original is untouched
    assert new.title == "Talks on <X> & {{X}}"
