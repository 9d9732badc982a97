"""The library on disk: one file per person, user before team, a colleague's
edit of the same person caught and offered as a merge."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from helpers.unprivileged import run_unprivileged

from briefer.people.library import PeopleError, PeopleLibrary, PersonChangedError
from briefer.people.model import Person, person_to_bytes


def make_library(*folders: Path, day: dt.date = dt.date(2026, 12, 1)) -> PeopleLibrary:
    lib = PeopleLibrary(list(folders), today=lambda: day)
    lib.reload()
    return lib


def test_add_writes_one_file_per_person_and_reads_it_back(tmp_path: Path) -> None:
    lib = make_library(tmp_path)
    a = lib.add(Person(id=lib.new_id(), name="王毅", title="Foreign Minister"))
    b = lib.add(Person(id=lib.new_id(), name="Ada Lovelace"))
    assert sorted(os.listdir(tmp_path)) == sorted([a.path.name, b.path.name])
    again = make_library(tmp_path)
    assert again.get(a.person.id).person.name == "王毅"
    assert again.get(a.person.id).person.updated == dt.date(2026, 12, 1)


def test_user_entry_wins_over_team_entry_with_the_same_id(tmp_path: Path) -> None:
    user, team = tmp_path / "user", tmp_path / "team"
    for folder, title in ((team, "team title"), (user, "my title")):
        folder.mkdir()
        (folder / "p-1.person").write_bytes(person_to_bytes(Person(id="p-1", name="X", title=title)))
    assert make_library(user, team).get("p-1").person.title == "my title"


def test_bad_files_are_skipped_and_reported(tmp_path: Path) -> None:
    (tmp_path / "p-ok.person").write_bytes(person_to_bytes(Person(id="p-ok", name="Fine")))
    (tmp_path / "p-bad.person").write_text("{not json")
    (tmp_path / "p-other.person").write_bytes(person_to_bytes(Person(id="p-else", name="Misnamed")))
    os.mkfifo(tmp_path / "p-fifo.person")
    lib = PeopleLibrary([tmp_path])
    problems = {p.name: m for p, m in lib.reload()}
    assert [p.name for p in lib.people()] == ["Fine"]
    assert "not valid JSON" in problems["p-bad.person"]
    assert "not named p-else.person" in problems["p-other.person"]
    assert "not a regular file" in problems["p-fifo.person"]


def test_a_person_file_that_is_a_link_is_refused_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "p-x.person").write_bytes(person_to_bytes(Person(id="p-x", name="Planted")))
    people = tmp_path / "people"
    people.mkdir()
    (people / "p-x.person").symlink_to(elsewhere / "p-x.person")
    (people / "p-big.person").write_bytes(b" " * (4 * 1024 * 1024 + 1))
    (people / "p-dir.person").mkdir()
    lib = PeopleLibrary([people])
    problems = {p.name: m for p, m in lib.reload()}
    assert lib.people() == []
    assert problems["p-x.person"] == "it is a symbolic link, not a regular file"
    assert "larger than" in problems["p-big.person"]
    assert "not a regular file" in problems["p-dir.person"]


def test_two_colleagues_editing_different_people_keep_both_edits(tmp_path: Path) -> None:
    seed = make_library(tmp_path)
    seed.add(Person(id="p-a", name="Alice"))
    seed.add(Person(id="p-b", name="Bob"))
    mine, theirs = make_library(tmp_path), make_library(tmp_path)
    mine.save(mine.get("p-a").person.model_copy(update={"title": "Ambassador"}), mine.get("p-a"))
    theirs.save(theirs.get("p-b").person.model_copy(update={"title": "Consul"}), theirs.get("p-b"))
    fresh = make_library(tmp_path)
    assert fresh.get("p-a").person.title == "Ambassador"
    assert fresh.get("p-b").person.title == "Consul"


def test_the_same_person_edited_by_both_is_caught_and_merged_not_overwritten(tmp_path: Path) -> None:
    make_library(tmp_path).add(Person(id="p-a", name="Alice", title="Consul", bio="Old bio."))
    mine, theirs = make_library(tmp_path), make_library(tmp_path)
    theirs.save(theirs.get("p-a").person.model_copy(update={"bio": "Their bio."}), theirs.get("p-a"))
    base = mine.get("p-a")
    with pytest.raises(PersonChangedError) as e:
        mine.save(base.person.model_copy(update={"title": "Ambassador"}), base)
    on_disk = make_library(tmp_path).get("p-a").person
    assert on_disk.bio == "Their bio." and on_disk.title == "Consul"  # nothing was written
    assert e.value.conflicts == []
    assert (e.value.merged.title, e.value.merged.bio) == ("Ambassador", "Their bio.")
    mine.save(e.value.merged, e.value.current)  # the user accepts the merge
    merged = make_library(tmp_path).get("p-a").person
    assert (merged.title, merged.bio) == ("Ambassador", "Their bio.")


def test_both_changing_the_same_field_is_a_conflict(tmp_path: Path) -> None:
    make_library(tmp_path).add(Person(id="p-a", name="Alice", title="Consul"))
    mine, theirs = make_library(tmp_path), make_library(tmp_path)
    theirs.save(theirs.get("p-a").person.model_copy(update={"title": "Envoy"}), theirs.get("p-a"))
    with pytest.raises(PersonChangedError) as e:
        mine.save(mine.get("p-a").person.model_copy(update={"title": "Ambassador"}), mine.get("p-a"))
    assert e.value.conflicts == ["title"]
    assert "you both changed: title" in str(e.value)
    assert make_library(tmp_path).get("p-a").person.title == "Envoy"


def test_a_person_deleted_meanwhile_is_not_silently_recreated(tmp_path: Path) -> None:
    make_library(tmp_path).add(Person(id="p-a", name="Alice"))
    mine = make_library(tmp_path)
    os.remove(tmp_path / "p-a.person")
    with pytest.raises(PersonChangedError, match="deleted"):
        mine.save(mine.get("p-a").person.model_copy(update={"title": "X"}), mine.get("p-a"))


def test_adding_an_existing_id_is_refused(tmp_path: Path) -> None:
    lib = make_library(tmp_path)
    lib.add(Person(id="p-a", name="Alice"))
    with pytest.raises(PeopleError, match="already in the library"):
        lib.add(Person(id="p-a", name="Other"))
    assert make_library(tmp_path).get("p-a").person.name == "Alice"


def _add_into_a_read_only_folder(folder: Path) -> None:
    people = folder / "people"
    people.mkdir()
    people.chmod(0o500)
    try:
        with pytest.raises(PeopleError, match="read-only or you lack permission"):
            make_library(people).add(Person(id="p-a", name="Alice"))
        assert os.listdir(people) == []
    finally:
        people.chmod(0o700)


def _save_over_an_unreadable_person(folder: Path) -> None:
    lib = make_library(folder)
    entry = lib.add(Person(id="p-a", name="Alice"))
    entry.path.chmod(0)
    with pytest.raises(PeopleError, match="you do not have permission to read it"):
        lib.save(entry.person.model_copy(update={"title": "X"}), entry)
    problems = dict(make_library(folder).reload())
    assert problems == {entry.path: "you do not have permission to read it"}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_folder_gives_a_sentence(tmp_path: Path) -> None:
    run_unprivileged(_add_into_a_read_only_folder, tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_unreadable_person_is_reported_not_overwritten(tmp_path: Path) -> None:
    run_unprivileged(_save_over_an_unreadable_person, tmp_path)


def test_a_colleagues_new_or_saved_person_shows_the_folder_changed(tmp_path: Path) -> None:
    lib = make_library(tmp_path)
    assert not lib.folders_changed()
    colleague = make_library(tmp_path)
    entry = colleague.add(Person(id="p-a", name="Alice"))
    assert lib.folders_changed()
    lib.reload()
    assert not lib.folders_changed()
    # A save replaces the file; the folder's modification time moves with it
    # (forced forward here: two writes can fall in one timestamp tick).
    colleague.save(entry.person.model_copy(update={"title": "Consul"}), entry)
    os.utime(tmp_path, ns=(0, os.stat(tmp_path).st_mtime_ns + 1_000_000))
    assert lib.folders_changed()
    lib.reload()
    assert lib.get("p-a").person.title == "Consul"
