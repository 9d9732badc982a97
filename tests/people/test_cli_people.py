"""`briefer people import|list|update`: what a user runs, what they see."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.model import Brief, Participant
from briefer.people.folders import user_people_dir
from briefer.people.library import PeopleLibrary
from briefer.people.link import fingerprint, participant_from_person
from briefer.people.model import Person
from briefer.storage.files import load_brief, save_brief


@pytest.fixture
def folders() -> Path:
    """The user's people folder (tests/conftest.py gives each test its own data folder)."""
    return user_people_dir()


def people(folder: Path) -> list[Person]:
    lib = PeopleLibrary([folder])
    lib.reload()
    return lib.people()


def test_import_csv_then_list_with_ids(tmp_path: Path, folders: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text("\ufeffname,title,organization,delegation,bio\n王毅,Foreign Minister,PRC,China,\nיעל כהן,Director,,,\n")
    assert main(["people", "import", str(csv)]) == 0
    out = capsys.readouterr().out
    assert "added 王毅 (p-" in out and "2 people added, 0 merged" in out
    assert main(["people", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    ids = {p.name: p.id for p in people(folders)}
    assert f"{ids['王毅']}\t王毅\tForeign Minister, PRC" in listed
    assert main(["people", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["id"]: r["name"] for r in rows} == {v: k for k, v in ids.items()}


def test_listing_an_empty_library_says_how_to_fill_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "list"]) == 0
    assert "briefer people import" in capsys.readouterr().out
    assert main(["people", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_importing_twice_merges_and_says_so(tmp_path: Path, folders: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text("name,title,organization,delegation,bio\nAda Lovelace,,Analytical Society,,\n")
    main(["people", "import", str(csv)])
    csv.write_text("name,title,organization,delegation,bio\nada lovelace,Countess,ANALYTICAL SOCIETY,,\n")
    assert main(["people", "import", str(csv)]) == 0
    out = capsys.readouterr().out
    assert "merged into Ada Lovelace (p-" in out and ": title" in out
    assert [(p.name, p.title) for p in people(folders)] == [("Ada Lovelace", "Countess")]
    assert main(["people", "import", str(csv)]) == 0
    out = capsys.readouterr().out
    assert "already in the library: Ada Lovelace (p-" in out and "0 people added, 0 merged, 1 already in the library" in out


def test_bad_rows_are_named_by_line_the_rest_imported_exit_2(tmp_path: Path, folders: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vcf = tmp_path / "cards.vcf"
    vcf.write_text("BEGIN:VCARD\nFN:Ada\nEND:VCARD\nBEGIN:VCARD\nTITLE:No name\nEND:VCARD\n")
    assert main(["people", "import", str(vcf)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"{vcf}: line 4: the card has no FN (formatted name); skipped\n"
    assert "1 person added, 0 merged, 1 skipped" in captured.out
    assert [p.name for p in people(folders)] == ["Ada"]


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (None, "missing.csv", "could not read “missing.csv”"),
        (b"name\nJos\xe9\n", "latin1.csv", "not UTF-8 text"),
        (b"x", "people.xlsx", "neither a .csv nor a .vcf file"),
        ("fifo", "pipe.csv", "not a regular file"),
        ("folder", "folder.vcf", "not a regular file"),
    ],
)
def test_a_file_that_cannot_be_imported_is_one_line_exit_2(
    tmp_path: Path, content: bytes | str | None, name: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    if content == "fifo":
        os.mkfifo(path)  # reading it would wait forever for a writer
    elif content == "folder":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    assert main(["people", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_update_refreshes_linked_participants_only(tmp_path: Path, folders: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = PeopleLibrary([folders])
    lib.reload()
    old = Person(id="p-kushner", name="Jared Kushner", title="Senior Adviser")
    lib.add(old)
    brief = Brief(title="Meeting", participants=[participant_from_person(old), Participant(name="Not linked", title="Senior Adviser")])
    brief.layout.people = {old.id: fingerprint(old)}
    path = tmp_path / "m.brief"
    save_brief(path, brief)
    lib.save(lib.get(old.id).person.model_copy(update={"title": "Special Envoy"}), lib.get(old.id))
    assert main(["people", "update", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Jared Kushner:\n  title: “Senior Adviser” → “Special Envoy”" in out
    assert "1 participant updated from the library" in out
    saved = load_brief(path).brief
    assert [p.title for p in saved.participants] == ["Special Envoy", "Senior Adviser"]
    assert (tmp_path / "m.brief.bak").exists()
    assert main(["people", "update", str(path)]) == 0
    assert "0 participants updated" in capsys.readouterr().out


def test_update_of_a_bad_brief_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.brief"
    path.write_text("{")
    assert main(["people", "update", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.brief" in err and "not valid JSON" in err


def test_import_team_without_a_team_folder_says_how_to_set_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "p.csv"
    csv.write_text("name\nAda\n")
    assert main(["people", "import", "--team", str(csv)]) == 2
    assert "BRIEFER_TEAM_PEOPLE" in capsys.readouterr().err


def test_import_team_goes_to_the_team_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folders: Path) -> None:
    team = tmp_path / "share" / "people"
    monkeypatch.setenv("BRIEFER_TEAM_PEOPLE", str(team))
    csv = tmp_path / "p.csv"
    csv.write_text("name\nAda\n")
    assert main(["people", "import", "--team", str(csv)]) == 0
    assert [p.name for p in people(team)] == ["Ada"]
    assert not folders.exists()
