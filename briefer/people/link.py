"""Participants taken from the people library, and keeping them in step.

A participant filled from the library carries the person's id
(``participant.person``) and copies of every field it prints, so a brief
mailed to someone without the library prints the same.

To tell that the library entry changed since, the brief keeps, in
``brief.layout.people``, a *fingerprint* of the entry as it was when the
participant was filled or last updated from it (a hash of the fields a
participant copies).  A date would not do: the format's ``updated`` is a day,
and two edits on one day would look like one.  A linked participant is
*behind the library* when the entry's fingerprint differs from the one kept
and the fields differ; editing the participant in the brief alone does not
make it behind (that edit is the user's choice for this brief).  A brief
without a kept fingerprint (linked by hand, or by an older Briefer) is behind
whenever its fields differ from the entry.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from briefer.model.brief import Brief, Participant

from .library import PeopleLibrary
from .model import Person

SHARED_FIELDS = ("name", "title", "organization", "delegation", "pronunciation", "bio", "photo")
"""The fields a participant copies from a person and the library takes back."""


@dataclass(frozen=True)
class FieldChange:
    field: str
    in_brief: str | None
    in_library: str | None


def fingerprint(person: Person) -> str:
    data = {name: getattr(person, name) for name in SHARED_FIELDS}
    digest = hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
    return "sha256:" + digest[:32]


def participant_from_person(person: Person) -> Participant:
    """A new participant filled from ``person`` and linked to it."""
    return Participant(**{name: getattr(person, name) for name in SHARED_FIELDS}, person=person.id)


def person_from_participant(participant: Participant, person_id: str) -> Person:
    """A new library entry holding what ``participant`` says about the person."""
    return Person(id=person_id, **{name: getattr(participant, name) for name in SHARED_FIELDS})


def differences(participant: Participant, person: Person) -> list[FieldChange]:
    """The fields where the participant and the library entry differ."""
    return [
        FieldChange(name, getattr(participant, name), getattr(person, name))
        for name in SHARED_FIELDS
        if getattr(participant, name) != getattr(person, name)
    ]


def updated_participant(participant: Participant, person: Person) -> Participant:
    """``participant`` with the library's values; its role, marking, language
    and keys this version does not know are kept."""
    copy = participant.model_copy(deep=True)
    for name in SHARED_FIELDS:
        setattr(copy, name, getattr(person, name))
    copy.person = person.id
    return copy


def person_updated_from(person: Person, participant: Participant) -> Person:
    """The library entry with the participant's values (for "Update the library")."""
    copy = person.model_copy(deep=True)
    for name in SHARED_FIELDS:
        setattr(copy, name, getattr(participant, name))
    return copy


def is_behind(brief: Brief, participant: Participant, person: Person | None) -> bool:
    """Whether the library entry changed since ``participant`` was filled from it."""
    if person is None or participant.person != person.id:
        return False
    kept = brief.layout.people.get(person.id)
    if kept is not None and kept == fingerprint(person):
        return False
    return bool(differences(participant, person))


@dataclass(frozen=True)
class ParticipantUpdate:
    index: int
    name: str
    changes: list[FieldChange]


def refresh_brief(brief: Brief, library: PeopleLibrary) -> tuple[Brief, list[ParticipantUpdate], list[str]]:
    """A copy of ``brief`` whose linked participants that are behind the
    library are updated from it; unlinked participants are left alone.
    Returns the copy, what changed, and the ids not found in the library."""
    new = brief.model_copy(deep=True)
    updates: list[ParticipantUpdate] = []
    missing: list[str] = []
    people = dict(new.layout.people)
    for i, participant in enumerate(new.participants):
        if not participant.person:
            continue
        entry = library.get(participant.person)
        if entry is None:
            missing.append(participant.person)
            continue
        if is_behind(new, participant, entry.person):
            updates.append(ParticipantUpdate(i, participant.name, differences(participant, entry.person)))
            new.participants[i] = updated_participant(participant, entry.person)
        people[entry.person.id] = fingerprint(entry.person)
    if updates:
        new.layout.people = people
    return new, updates, missing
