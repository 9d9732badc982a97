"""Marking schemes and the level rules of format version 2.

What a user relies on: a marking with caveats is read as its level
("SECRET//NOFORN" is SECRET); OFFICIAL is never mistaken for
OFFICIAL-SENSITIVE; an unmarked portion is handled at the brief's marking;
a marking that names no level is found and never silently treated as low.
"""

from __future__ import annotations

import pytest

from briefer.model import Brief
from briefer.templates.markings import (
    MARKED_LISTS,
    PORTION_FIELDS,
    SCHEMES,
    UnknownMarkingError,
    at_or_below,
    banner,
    effective_marking,
    highest,
    level_of,
    portions,
    portions_above,
    portions_at_or_below,
    scheme_named,
    unknown_markings,
)
from briefer.templates.model import TemplateFileError, template_from_bytes

UK, US, NATO, CORPORATE = (SCHEMES[k] for k in ("uk", "us", "nato", "corporate"))


def test_the_four_built_in_schemes_have_their_levels_lowest_first() -> None:
    assert [(lv.name, lv.short) for lv in UK.levels] == [
        ("OFFICIAL", "O"), ("OFFICIAL-SENSITIVE", "OS"), ("SECRET", "S"), ("TOP SECRET", "TS"),
    ]  # fmt: skip
    assert [lv.short for lv in US.levels] == ["U", "CUI", "C", "S", "TS"]
    assert [lv.short for lv in NATO.levels] == ["NU", "NR", "NC", "NS", "CTS"]
    assert CORPORATE.names() == ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "STRICTLY CONFIDENTIAL"]
    for scheme in SCHEMES.values():
        assert all(lv.colour.startswith("#") and len(lv.colour) == 7 for lv in scheme.levels)


@pytest.mark.parametrize(
    ("scheme", "marking", "level"),
    [
        (UK, "OFFICIAL", "OFFICIAL"),
        (UK, "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
        (UK, "OFFICIAL-SENSITIVE PERSONAL", "OFFICIAL-SENSITIVE"),
        (UK, "official-sensitive commercial", "OFFICIAL-SENSITIVE"),
        (UK, "SECRET//NOFORN", "SECRET"),
        (UK, "SECRET UK EYES ONLY", "SECRET"),
        (UK, "  TOP   SECRET  ", "TOP SECRET"),
        (UK, "OFFICIAL (draft)", "OFFICIAL"),
        (UK, "OFFICIAL-FOO", None),
        (UK, "OFFICIALLY", None),
        (UK, "SECRETARIAT", None),
        (UK, "RESTRICTED", None),
        (UK, "", None),
        (UK, None, None),
        (US, "UNCLASSIFIED//FOUO", "UNCLASSIFIED"),
        (US, "CUI//SP-PRVCY", "CUI"),
        (US, "TOP SECRET//SCI", "TOP SECRET"),
        (NATO, "NATO SECRET", "NATO SECRET"),
        (NATO, "SECRET", None),
        (NATO, "COSMIC TOP SECRET ATOMAL", "COSMIC TOP SECRET"),
        (CORPORATE, "STRICTLY CONFIDENTIAL – board only", "STRICTLY CONFIDENTIAL"),
        (CORPORATE, "Confidential", "CONFIDENTIAL"),
    ],
)
def test_the_level_of_a_marking_is_the_longest_level_name_it_starts_with(scheme, marking, level) -> None:  # noqa: ANN001
    found = level_of(marking, scheme)
    assert (found.name if found else None) == level


def test_highest_gives_the_marking_as_written_and_passes_over_blanks_and_unknowns() -> None:
    assert highest(["OFFICIAL", "SECRET//NOFORN", None, "OFFICIAL-SENSITIVE", "BANANA"], UK) == "SECRET//NOFORN"
    assert highest(["OFFICIAL", "official"], UK) == "OFFICIAL"
    assert highest([None, ""], UK) is None


def brief() -> Brief:
    return Brief(
        title="T",
        marking="OFFICIAL-SENSITIVE",
        summary="s",
        purpose="p",
        portion_markings={"summary": "OFFICIAL", "background": "SECRET"},  # background is empty: not a portion
        key_points=[{"point": "a"}, {"point": "b", "marking": "SECRET//NOFORN"}, {"point": "c", "marking": "OFFICIAL"}],
        decisions=[{"decision": "d", "marking": "TOP SECRET"}],
        questions=[{"question": "q"}],
    )


def test_an_unmarked_portion_has_the_briefs_marking() -> None:
    b = brief()
    assert effective_marking(b.key_points[0], b) == "OFFICIAL-SENSITIVE"
    assert effective_marking(b.key_points[1], b) == "SECRET//NOFORN"
    assert effective_marking("summary", b) == "OFFICIAL"
    assert effective_marking("purpose", b) == "OFFICIAL-SENSITIVE"


def test_every_list_of_the_spec_is_markable_and_so_are_the_five_fields() -> None:
    assert set(MARKED_LISTS) == {
        "participants", "agenda", "key_points", "stakeholders", "risks", "open_issues", "timeline", "sections",
        "sources", "decisions", "questions",
    }  # fmt: skip
    assert PORTION_FIELDS == ("summary", "purpose", "objectives", "their_objectives", "background")


def test_portions_are_the_filled_fields_and_every_list_item() -> None:
    paths = [p for p, _ in portions(brief())]
    assert paths == [("summary",), ("purpose",), ("key_points", 0), ("key_points", 1), ("key_points", 2), ("decisions", 0), ("questions", 0)]


def test_releasable_portions_at_each_level() -> None:
    b = brief()
    assert portions_at_or_below(b, UK.level("OFFICIAL"), UK) == [("summary",), ("key_points", 2)]
    assert portions_at_or_below(b, UK.level("OFFICIAL-SENSITIVE"), UK) == [
        ("summary",), ("purpose",), ("key_points", 0), ("key_points", 2), ("questions", 0),
    ]  # fmt: skip
    assert portions_above(b, UK.level("SECRET"), UK) == [("decisions", 0)]
    assert portions_above(b, UK.level("TOP SECRET"), UK) == []


def test_a_portion_whose_marking_names_no_level_is_never_released() -> None:
    b = brief()
    b.key_points[0].marking = "SEKRET"
    with pytest.raises(UnknownMarkingError) as info:
        portions_at_or_below(b, UK.level("TOP SECRET"), UK)
    assert info.value.paths == [("key_points", 0)]
    assert "SEKRET" in str(info.value) and "OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET" in str(info.value)
    with pytest.raises(UnknownMarkingError):
        at_or_below("SEKRET", UK.level("TOP SECRET"), UK)


def test_unknown_markings_lists_every_marking_field_that_names_no_level() -> None:
    b = brief()
    b.marking = "PROTECT"
    b.questions[0].marking = "secret-ish"
    assert unknown_markings(b, UK) == [(("marking",), "PROTECT"), (("questions", 0, "marking"), "secret-ish")]
    assert unknown_markings(brief(), UK) == []
    assert [p for p, _ in unknown_markings(brief(), US)] == [
        ("marking",), ("portion_markings", "summary"), ("key_points", 2, "marking"),
    ]  # fmt: skip  (SECRET and TOP SECRET are US levels too)


def test_the_banner_is_the_highest_of_the_brief_and_the_printed_portions() -> None:
    b = brief()
    assert banner(b, UK) == "TOP SECRET"
    assert banner(b, UK, printed=[("summary",), ("key_points", 1)]) == "SECRET//NOFORN"
    assert banner(b, UK, printed=[("summary",)]) == "OFFICIAL-SENSITIVE"  # never below the brief's own
    assert banner(Brief(title="T"), UK) is None
    assert banner(Brief(title="T", marking="PROTECT"), UK) == "PROTECT"  # printed as it is
    # a marking that names no level is never dropped for a known one
    odd = Brief.model_validate({"title": "T", "marking": "PROTECT", "risks": [{"risk": "r", "marking": "OFFICIAL"}]})
    assert banner(odd, UK) == "OFFICIAL / PROTECT"


def test_a_template_names_its_scheme_default_uk_and_an_unknown_one_is_refused() -> None:
    def template(layout: dict) -> bytes:
        import json

        return json.dumps({"format": "briefer-template", "version": 1, "template": {"name": "t", "layout": layout}}).encode()

    assert template_from_bytes(template({})).scheme is UK
    assert template_from_bytes(template({"marking_scheme": "NATO"})).scheme is NATO
    with pytest.raises(TemplateFileError) as info:
        template_from_bytes(template({"marking_scheme": "au"}))
    assert "layout.marking_scheme" in str(info.value) and "uk, us, nato, corporate" in str(info.value)
    assert scheme_named("corporate") is CORPORATE


def test_a_pasted_portion_carries_the_marking_it_was_handled_at():
    from briefer.model import Risk
    from briefer.templates.markings import carried_marking

    inherited, own = Risk(risk="a"), Risk(risk="b", marking="SECRET")
    assert carried_marking(inherited, "OFFICIAL-SENSITIVE", None) == "OFFICIAL-SENSITIVE"
    assert carried_marking(inherited, "OFFICIAL-SENSITIVE", "OFFICIAL") == "OFFICIAL-SENSITIVE"
    assert carried_marking(inherited, "official-sensitive ", "OFFICIAL-SENSITIVE") is None  # same marking
    assert carried_marking(inherited, None, "OFFICIAL") is None  # nothing marked to carry
    assert carried_marking(own, "OFFICIAL", None) is None  # its own marking stays


def test_a_text_list_takes_the_marking_of_rows_pasted_into_it_only_when_higher():
    from briefer.templates.markings import raised_marking, scheme_named

    uk = scheme_named("uk")
    assert raised_marking("OFFICIAL-SENSITIVE", None, uk) == "OFFICIAL-SENSITIVE"
    assert raised_marking("OFFICIAL-SENSITIVE", "OFFICIAL", uk) == "OFFICIAL-SENSITIVE"
    assert raised_marking("OFFICIAL", "SECRET", uk) is None  # never lowered
    assert raised_marking("official-sensitive", "OFFICIAL-SENSITIVE", uk) is None
    assert raised_marking(None, "OFFICIAL", uk) is None
