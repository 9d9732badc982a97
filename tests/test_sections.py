"""The section catalogue (briefer/model/sections.py) is the one list of
sections: export prints every body section it names, the app edits every
field of a brief on one of its pages, and both call a section the same."""

from __future__ import annotations

from briefer.export.compose import SECTION_PRINTERS
from briefer.model import Brief
from briefer.model.sections import DEFAULT_ORDER, PAGE_INFO, PAGE_OF_FIELD, PAGES, SECTION_INFO, SECTIONS


def test_every_body_section_has_a_printer_and_nothing_else_does() -> None:
    assert set(SECTION_PRINTERS) == set(DEFAULT_ORDER)


NO_PAGE_YET = {"follows"}
"""Format 2 fields the app does not edit yet (their pages and printers come
with the v2 sections).  A field that gains a page leaves this set."""


def test_every_field_of_a_brief_is_edited_on_exactly_one_page() -> None:
    assert set(PAGE_OF_FIELD) == set(Brief.model_fields) - NO_PAGE_YET
    fields = [f for p in PAGES for f in p.fields]
    assert len(fields) == len(set(fields))


def test_every_section_is_edited_on_a_page_that_exists() -> None:
    for section in SECTIONS:
        assert section.page in PAGE_INFO, section.key
        assert all(PAGE_OF_FIELD[f] in PAGE_INFO for f in section.fields)


def test_a_page_of_its_own_is_called_what_its_section_prints() -> None:
    for page in PAGES:
        if page.key in SECTION_INFO and page.key != "overview":
            assert page.title == SECTION_INFO[page.key].title
            assert page.is_list == SECTION_INFO[page.key].is_list
    assert PAGE_INFO["sections"].title == "Other sections"


def test_the_catalogue_says_which_sections_are_one_long_text() -> None:
    """The long-text flag is in the one table; each such section is one
    text field (it moves into an Other section whole, with its marking)."""
    from briefer.model.sections import LONG_TEXT_SECTIONS, moved_to_other_section

    flagged = tuple(s.key for s in SECTIONS if s.long_text)
    assert flagged == LONG_TEXT_SECTIONS == ("summary", "purpose", "logistics", "background")
    for key in flagged:
        assert SECTION_INFO[key].fields == (key,) and not SECTION_INFO[key].is_list
        brief = Brief.model_validate({"title": "T", key: "Text <& {{x}}"})
        moved = moved_to_other_section(brief, key, "Moved")
        assert getattr(moved, key) is None and moved.sections[-1].body == "Text <& {{x}}"
