"""Participants taken from the library: linking, telling that the library
moved on, the field-by-field differences, updating, and self-contained briefs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefer.model import Brief, Participant, Role, brief_from_bytes, brief_to_bytes
from briefer.people.library import PeopleLibrary
from briefer.people.link import (
    FieldChange,
    differences,
    fingerprint,
    is_behind,
    participant_from_person,
    person_from_participant,
    refresh_brief,
)
from briefer.people.model import Person

NETANYAHU = Person(id="p-bibi", name="בנימין נתניהו", name_latin="Benjamin Netanyahu", title="Prime Minister",
                   organization="Government of Israel", delegation="Israel", bio="Serving his sixth term.")


def library(tmp_path: Path, *people: Person) -> PeopleLibrary:
    lib = PeopleLibrary([tmp_path], today=lambda: dt.date(2026, 12, 1))
    lib.reload()
    for p in people:
        lib.add(p)
    return lib


def linked_brief(person: Person) -> Brief:
    p = participant_from_person(person)
    brief = Brief(title="Meeting", participants=[p, Participant(name="Unlinked Person", title="Note-taker")])
    brief.layout.people = {person.id: fingerprint(person)}
    return brief


def test_picking_a_person_fills_and_links_the_participant() -> None:
    p = participant_from_person(NETANYAHU)
    assert (p.name, p.title, p.organization, p.delegation, p.bio, p.person) == (
        "בנימין נתניהו", "Prime Minister", "Government of Israel", "Israel", "Serving his sixth term.", "p-bibi")


def test_add_to_library_takes_what_the_participant_says() -> None:
    p = Participant(name="王毅", title="Foreign Minister", role=Role.PRINCIPAL)
    person = person_from_participant(p, "p-wang")
    assert (person.id, person.name, person.title) == ("p-wang", "王毅", "Foreign Minister")


def test_a_linked_brief_prints_the_same_without_the_library(tmp_path: Path) -> None:
    brief = linked_brief(NETANYAHU)
    again = brief_from_bytes(brief_to_bytes(brief))
    assert again.warnings == []
    assert again.brief == brief
    assert again.brief.participants[0].bio == "Serving his sixth term."


def test_a_library_entry_changed_since_linking_is_behind_with_its_differences(tmp_path: Path) -> None:
    brief = linked_brief(NETANYAHU)
    assert not is_behind(brief, brief.participants[0], NETANYAHU)
    newer = NETANYAHU.model_copy(update={"title": "Prime Minister of Israel", "bio": None})
    assert is_behind(brief, brief.participants[0], newer)
    assert differences(brief.participants[0], newer) == [
        FieldChange("title", "Prime Minister", "Prime Minister of Israel"),
        FieldChange("bio", "Serving his sixth term.", None),
    ]


def test_an_edit_in_the_brief_alone_is_not_behind_the_library() -> None:
    brief = linked_brief(NETANYAHU)
    brief.participants[0].title = "PM"
    assert not is_behind(brief, brief.participants[0], NETANYAHU)


def test_without_a_kept_fingerprint_any_difference_is_behind() -> None:
    brief = linked_brief(NETANYAHU)
    brief.layout.people = {}
    assert not is_behind(brief, brief.participants[0], NETANYAHU)
    brief.participants[0].title = "PM"
    assert is_behind(brief, brief.participants[0], NETANYAHU)


def test_refresh_updates_linked_participants_only_and_keeps_their_role(tmp_path: Path) -> None:
    brief = linked_brief(NETANYAHU)
    brief.participants[0].role = Role.PRINCIPAL
    brief.participants[0].marking = "OFFICIAL"
    lib = library(tmp_path, NETANYAHU.model_copy(update={"title": "Prime Minister of Israel"}))
    new, updates, missing = refresh_brief(brief, lib)
    assert [(u.index, [c.field for c in u.changes]) for u in updates] == [(0, ["title"])]
    assert missing == []
    assert new.participants[0].title == "Prime Minister of Israel"
    assert (new.participants[0].role, new.participants[0].marking) == (Role.PRINCIPAL, "OFFICIAL")
    assert new.participants[1] == brief.participants[1]
    assert new.layout.people["p-bibi"] == fingerprint(lib.get("p-bibi").person)
    assert brief.participants[0].title == "Prime Minister"  # the original is untouched
    again, updates_again, _ = refresh_brief(new, lib)
    assert updates_again == [] and again == new


def test_refresh_names_links_the_library_does_not_have(tmp_path: Path) -> None:
    brief = linked_brief(NETANYAHU)
    new, updates, missing = refresh_brief(brief, library(tmp_path))
    assert (updates, missing, new) == ([], ["p-bibi"], brief)
