"""The problems panel on markings (issue 15), and version 1 files.

What a user relies on: a marking that names no level is pointed out; a
portion marked above the brief says that the banner is raised (and, for a
participant's photo and a source, why that matters); a version 1 brief
opens, prints the banner of its one marking, and is saved as version 2.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefer.checks import check_brief
from briefer.export.compose import compose
from briefer.model import Brief, brief_from_bytes, brief_to_bytes
from helpers.exporting import builtin

FIXTURES = Path(__file__).parent / "fixtures"


def findings(brief: Brief) -> dict[tuple, str]:
    return {f.path: f.message for f in check_brief(brief)}


def test_a_marking_naming_no_level_is_a_problem_at_its_field() -> None:
    found = findings(Brief.model_validate({"title": "t", "marking": "OFFICIAL", "risks": [{"risk": "r", "marking": "RESTRICTED"}]}))
    assert "names no level of the UK marking scheme" in found[("risks", 0, "marking")]


def test_a_portion_above_the_brief_raises_the_banner_and_says_so() -> None:
    brief = Brief.model_validate(
        {
            "title": "t",
            "marking": "OFFICIAL",
            "summary": "s",
            "portion_markings": {"summary": "OFFICIAL-SENSITIVE"},
            "key_points": [{"point": "Press the point", "marking": "SECRET"}, {"point": "q", "marking": "OFFICIAL"}],
        }
    )
    found = findings(brief)
    assert found[("key_points", 0, "marking")].startswith("Key point “Press the point” is marked SECRET, above the brief's OFFICIAL")
    assert "the banner on every page reads SECRET" in found[("key_points", 0, "marking")]
    assert "OFFICIAL-SENSITIVE" in found[("portion_markings", "summary")]
    assert ("key_points", 1, "marking") not in found  # at the brief's level: nothing to say
    assert compose(brief, builtin("bilateral")).marking == "SECRET"


def test_a_photo_and_a_source_above_the_brief_get_their_own_words() -> None:
    png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
    brief = Brief.model_validate(
        {
            "title": "t",
            "marking": "OFFICIAL",
            "participants": [{"name": "Ann", "title": "x", "photo": png, "marking": "SECRET"}],
            "sources": [{"title": "Cable 12", "marking": "SECRET"}],
        }
    )
    found = findings(brief)
    assert "photo" in found[("participants", 0, "marking")]
    assert "a source's title alone" in found[("sources", 0, "marking")]


def test_no_marking_problems_for_a_brief_marked_at_one_level() -> None:
    brief = Brief.model_validate({"title": "t", "marking": "SECRET", "risks": [{"risk": "r", "marking": "OFFICIAL"}]})
    assert not [p for p in findings(brief) if "marking" in p]


def test_a_version_1_brief_opens_prints_its_marking_and_is_saved_as_version_2() -> None:
    raw = (FIXTURES / "v1.brief").read_bytes()
    loaded = brief_from_bytes(raw)
    assert loaded.migrated_from == 1
    brief = loaded.brief
    assert brief.portion_markings.model_dump(exclude_none=True) == {} and brief.distribution == []
    assert compose(brief, builtin("bilateral")).marking == (brief.marking or "").strip() or None
    assert json.loads(brief_to_bytes(brief))["version"] == 2


def test_a_portion_the_template_does_not_print_raises_nothing() -> None:
    from briefer.templates import builtin_library

    brief = Brief.model_validate(
        {"title": "t", "marking": "OFFICIAL", "summary": "s", "risks": [{"risk": "r", "marking": "SECRET"}],
         "layout": {"sections": ["summary"]}}
    )
    found = findings(brief)
    assert ("risks", 0, "marking") not in found
    assert compose(brief, builtin_library().for_brief(None)).marking == "OFFICIAL"
