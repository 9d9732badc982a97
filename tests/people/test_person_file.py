"""The `.person` file: read, write, unknown keys, newer versions, bad values."""

from __future__ import annotations

import json

import pytest

from briefer.people.model import Person, PersonFileError, new_person_id, person_from_bytes, person_to_bytes


def doc(person: dict, **envelope) -> bytes:
    return json.dumps({"format": "briefer-person", "version": 1, "person": person, **envelope}).encode()


def test_round_trip_keeps_every_field_and_any_script() -> None:
    p = Person(id="p-0011223344", name="בנימין נתניהו", name_latin="Benjamin Netanyahu", title="Prime Minister",
               organization="Government of Israel", delegation="Israel", pronunciation="ne-tan-YA-hoo",
               bio="First line.\n\n- a bullet", updated="2026-11-30")
    again = person_from_bytes(person_to_bytes(p)).person
    assert again == p
    assert "בנימין נתניהו".encode() in person_to_bytes(p)


def test_unknown_keys_are_kept_written_back_and_reported() -> None:
    loaded = person_from_bytes(doc({"id": "p-1", "name": "A", "nickname": "Bibi"}, generator="Briefer 9"))
    assert [str(w) for w in loaded.warnings] == ["generator: unknown key in the envelope (kept as it is)",
                                                 "nickname: unknown key (kept as it is)"]
    written = json.loads(person_to_bytes(loaded.person))
    assert written["person"]["nickname"] == "Bibi"
    assert written["generator"] == "Briefer 9"


def test_newer_version_is_refused_naming_both_versions() -> None:
    data = json.dumps({"format": "briefer-person", "version": 2, "person": {"id": "p-1", "name": "A"}}).encode()
    with pytest.raises(PersonFileError) as e:
        person_from_bytes(data)
    assert e.value.reason == "newer-version"
    assert "person format 2, this version reads up to 1" in str(e.value)


@pytest.mark.parametrize(
    ("person", "message"),
    [
        ({"name": "A"}, "id: is required but missing"),
        ({"id": "../../etc/passwd", "name": "A"}, "id: must be a person id"),
        ({"id": "..", "name": "A"}, "id: must be a person id"),
        ({"id": "a/b", "name": "A"}, "id: must be a person id"),
        ({"id": "x" * 65, "name": "A"}, "id: must be a person id"),
        ({"id": "p-1"}, "name: is required but missing"),
        ({"id": "p-1", "name": "A\x07"}, "name: contains the control character U+0007"),
        ({"id": "p-1", "name": "A", "photo": "http://x/y.jpg"}, "photo: must be a data URI"),
        ({"id": "p-1", "name": "A", "updated": "30/11/2026"}, "updated: must be a date written YYYY-MM-DD"),
    ],
)
def test_bad_values_are_named_by_field(person: dict, message: str) -> None:
    with pytest.raises(PersonFileError) as e:
        person_from_bytes(doc(person))
    assert str(e.value).startswith(message)


def test_ids_written_by_other_tools_are_read() -> None:
    for person_id in ("jared-kushner-7f3a", "0E7B5C1A-YAEL", "wang.yi_2"):
        assert person_from_bytes(doc({"id": person_id, "name": "A"})).person.id == person_id


def test_a_brief_is_not_a_person() -> None:
    with pytest.raises(PersonFileError, match="not a Briefer person"):
        person_from_bytes(b'{"format": "briefer-brief", "version": 2, "brief": {"title": "x"}}')


def test_new_ids_are_valid_and_distinct() -> None:
    ids = {new_person_id() for _ in range(1000)}
    assert len(ids) == 1000
    for i in ids:
        Person(id=i, name="x")
