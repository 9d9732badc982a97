"""Importing people from CSV and vCard: any script, bad rows by line number,
the same person merged and the merge reported."""

from __future__ import annotations

import base64
import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image

from briefer.model import decode_photo
from briefer.people.importing import ImportFileError, import_people, read_csv, read_import_file, read_vcard
from briefer.people.library import PeopleLibrary
from briefer.people.model import Person


def library(tmp_path: Path) -> PeopleLibrary:
    lib = PeopleLibrary([tmp_path / "people"], today=lambda: dt.date(2026, 12, 1))
    lib.reload()
    return lib


def jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buf, "JPEG")
    return buf.getvalue()


CSV = (
    "\ufeffname,title,organization,delegation,bio\r\n"
    "王毅,Foreign Minister,PRC,China,\"Director of the Office of the\nForeign Affairs Commission\"\r\n"
    "בנימין נתניהו,Prime Minister,Government of Israel,Israel,\r\n"
    "محمد بن سلمان,Crown Prince,Saudi Arabia,Saudi Arabia,\r\n"
)


def test_csv_with_bom_and_non_latin_names_is_imported(tmp_path: Path) -> None:
    lib = library(tmp_path)
    report = import_people(lib, *read_csv(CSV.encode("utf-8")))
    assert [p.name for p in report.added] == ["王毅", "בנימין נתניהו", "محمد بن سلمان"]
    assert report.problems == []
    fresh = library(tmp_path)
    wang = next(p for p in fresh.people() if p.name == "王毅")
    assert (wang.title, wang.organization, wang.delegation) == ("Foreign Minister", "PRC", "China")
    assert wang.bio == "Director of the Office of the\nForeign Affairs Commission"


def test_bad_csv_rows_are_reported_by_line_and_the_rest_imported(tmp_path: Path) -> None:
    data = (
        "name,title,organization,delegation,bio\n"
        "Ada Lovelace,Countess,,,\n"
        "Too,Many,Fields,Here,x,y\n"  # line 3
        ",Nameless,Org,,\n"  # line 4
        "Bell\x07Ringer,,,,\n"  # line 5
        "\"Multi\nline name\",,,,\n"  # lines 6-7
        "Grace Hopper,Rear Admiral,US Navy,,\n"  # line 8
    ).encode()
    report = import_people(library(tmp_path), *read_csv(data))
    assert [p.name for p in report.added] == ["Ada Lovelace", "Grace Hopper"]
    assert [p.split(":")[0] for p in report.problems] == ["line 3", "line 4", "line 5", "line 6"]
    assert "6 fields where the header has 5" in report.problems[0]
    assert "name: is required" in report.problems[1]
    assert "U+0007" in report.problems[2]
    assert "one line" in report.problems[3]


def test_csv_that_is_not_utf8_or_has_no_name_column_is_refused_whole() -> None:
    with pytest.raises(ImportFileError, match="not UTF-8"):
        read_csv("name\nJosé\n".encode("latin-1"))
    with pytest.raises(ImportFileError, match="no “name” column"):
        read_csv(b"nom,titre\nA,B\n")


def test_the_same_person_imported_twice_is_merged_and_the_merge_reported(tmp_path: Path) -> None:
    lib = library(tmp_path)
    import_people(lib, *read_csv(CSV.encode()))
    again = "name,title,organization,delegation,bio\nWANG YI,,,,\n王毅,State Councillor,prc,,\n"
    report = import_people(lib, *read_csv(again.encode()))
    assert [p.name for p in report.added] == ["WANG YI"]  # another name: another person
    assert [(p.name, fields) for p, fields in report.merged] == [("王毅", ["title"])]
    assert report.lines()[-1].startswith("merged into 王毅 (p-")
    fresh = library(tmp_path)
    assert len(fresh.people()) == 4
    wang = next(p for p in fresh.people() if p.name == "王毅")
    assert (wang.title, wang.delegation) == ("State Councillor", "China")  # blank cells keep what was there


def test_accents_and_case_do_not_make_a_second_person(tmp_path: Path) -> None:
    lib = library(tmp_path)
    data = "name,title,organization,delegation,bio\nJosé Müller,,Embassy of Spain,,\njose muller,Ambassador,EMBASSY OF SPAIN,,\n"
    report = import_people(lib, *read_csv(data.encode()))
    assert [p.name for p in report.added] == ["José Müller"]
    assert library(tmp_path).people()[0].title == "Ambassador"


VCARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:山田 太郎\r\n"
    "TITLE:Vice-Minister\\, Foreign Affairs\r\n"
    "ORG:Ministry of Foreign Affairs;Asian Affairs Bureau\r\n"
    "NOTE:First line\\nSecond line with a long text that is folded over\r\n"
    "  two lines\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:{photo3}\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "item1.FN;LANGUAGE=he:יעל כהן\r\n"
    "UID:urn:uuid:0e7b-yael\r\n"
    "PHOTO:data:image/jpeg;base64,{photo3}\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # line 16: no FN
    "VERSION:4.0\r\n"
    "TITLE:Nobody\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # line 20
    "VERSION:4.0\r\n"
    "FN:Broken\r\n"
    "this line is not a property\r\n"  # line 23
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "FN:Linked Photo\r\n"
    "PHOTO;VALUE=uri:https://example.org/p.jpg\r\n"  # line 27
    "END:VCARD\r\n"
)


def test_vcards_3_and_4_are_imported_with_folding_escapes_and_photos(tmp_path: Path) -> None:
    photo = base64.b64encode(jpeg()).decode()
    lib = library(tmp_path)
    report = import_people(lib, *read_vcard(VCARD.format(photo3=photo).encode()))
    assert [p.name for p in report.added] == ["山田 太郎", "יעל כהן", "Linked Photo"]
    taro, yael, linked = report.added
    assert taro.title == "Vice-Minister, Foreign Affairs"
    assert taro.organization == "Ministry of Foreign Affairs, Asian Affairs Bureau"
    assert taro.bio == "First line\nSecond line with a long text that is folded over two lines"
    mime, data = decode_photo(taro.photo)  # cleaned by the image pipeline, still the picture
    assert mime == "image/jpeg" and Image.open(io.BytesIO(data)).size == (8, 8)
    assert yael.id == "0e7b-yael" and yael.photo == taro.photo
    assert linked.photo is None
    assert report.problems == [
        "line 16: the card has no FN (formatted name); skipped",
        "line 23: “this line is not a property” is not a vCard property; the card is skipped",
        "line 27: the photo is a link, which is not fetched; the person is imported without it",
    ]


def test_the_same_vcard_imported_twice_is_merged_by_id(tmp_path: Path) -> None:
    photo = base64.b64encode(jpeg()).decode()
    lib = library(tmp_path)
    import_people(lib, *read_vcard(VCARD.format(photo3=photo).encode()))
    card = "BEGIN:VCARD\nVERSION:4.0\nFN:Yael Cohen\nUID:urn:uuid:0e7b-yael\nTITLE:Director\nEND:VCARD\n"
    report = import_people(lib, *read_vcard(card.encode()))
    assert report.added == []
    assert [(p.id, fields) for p, fields in report.merged] == [("0e7b-yael", ["name", "title"])]


def test_a_bad_photo_drops_the_photo_not_the_person(tmp_path: Path) -> None:
    card = "BEGIN:VCARD\nFN:Ada\nPHOTO;ENCODING=b;TYPE=PNG:bm90IGEgcG5n\nEND:VCARD\nBEGIN:VCARD\nFN:Bob\nPHOTO;ENCODING=b:**\nEND:VCARD\n"
    report = import_people(library(tmp_path), *read_vcard(card.encode()))
    assert [(p.name, p.photo) for p in report.added] == [("Ada", None), ("Bob", None)]
    assert report.problems[0].startswith("line 1: Ada is imported without the photo: This file is not a picture")
    assert report.problems[1] == "line 5: Bob is imported without the photo: The photo is not valid base64 data."


def test_a_photo_of_any_kind_goes_through_the_image_pipeline(tmp_path: Path) -> None:
    gif, tagged = io.BytesIO(), io.BytesIO()
    Image.new("P", (900, 300), 3).save(gif, "GIF")  # not a kind a brief holds, and too big
    exif = Image.Exif()
    exif[0x010F] = "Spy Camera Co"  # Make
    Image.new("RGB", (10, 10), "blue").save(tagged, "JPEG", exif=exif)
    card = (
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Gif\nPHOTO;ENCODING=b;TYPE=GIF:{base64.b64encode(gif.getvalue()).decode()}\nEND:VCARD\n"
        f"BEGIN:VCARD\nVERSION:4.0\nFN:Exif\nPHOTO:data:image/jpeg;base64,{base64.b64encode(tagged.getvalue()).decode()}\nEND:VCARD\n"
    )
    report = import_people(library(tmp_path), *read_vcard(card.encode()))
    assert report.problems == []
    gif_person, exif_person = report.added
    mime, data = decode_photo(gif_person.photo)
    assert Image.open(io.BytesIO(data)).size == (600, 200)
    _mime, data = decode_photo(exif_person.photo)
    assert b"Spy Camera Co" not in data and not Image.open(io.BytesIO(data)).getexif()


def test_a_file_of_another_kind_is_refused(tmp_path: Path) -> None:
    (tmp_path / "people.txt").write_text("x")
    with pytest.raises(ImportFileError, match="neither a .csv nor a .vcf"):
        read_import_file(tmp_path / "people.txt")
    (tmp_path / "empty.vcf").write_text("hello\n")
    with pytest.raises(ImportFileError, match="no vCard"):
        read_import_file(tmp_path / "empty.vcf")


def test_an_existing_person_keeps_id_and_file(tmp_path: Path) -> None:
    lib = library(tmp_path)
    lib.add(Person(id="p-keep", name="Ada Lovelace", organization="Analytical Society"))
    import_people(lib, *read_csv(b"name,title,organization,delegation,bio\nAda Lovelace,Countess,Analytical Society,,\n"))
    assert [p.name for p in (tmp_path / "people").iterdir()] == ["p-keep.person"]


def test_a_colleagues_edit_made_meanwhile_is_kept_when_importing(tmp_path: Path) -> None:
    lib = library(tmp_path)
    lib.add(Person(id="p-ada", name="Ada Lovelace", bio="Old bio."))
    colleague = library(tmp_path)
    colleague.save(colleague.get("p-ada").person.model_copy(update={"bio": "Their new bio."}), colleague.get("p-ada"))
    report = import_people(lib, *read_csv(b"name,title\nAda Lovelace,Countess\n"))  # lib still holds the old read
    assert [(p.id, f) for p, f in report.merged] == [("p-ada", ["title"])]
    on_disk = library(tmp_path).get("p-ada").person
    assert (on_disk.title, on_disk.bio) == ("Countess", "Their new bio.")


def test_a_csv_saved_with_semicolons_is_read(tmp_path: Path) -> None:
    report = import_people(library(tmp_path), *read_csv("name;title;organization\nJosé Müller;Ambassador;Embassy of Spain, Rome\n".encode()))
    assert [(p.name, p.title, p.organization) for p in report.added] == [("José Müller", "Ambassador", "Embassy of Spain, Rome")]


def test_a_vcard_4_name_in_two_scripts_gives_the_latin_name(tmp_path: Path) -> None:
    card = "BEGIN:VCARD\nVERSION:4.0\nFN;ALTID=1;LANGUAGE=zh:王毅\nFN;ALTID=1;LANGUAGE=en:Wang Yi\nEND:VCARD\n"
    report = import_people(library(tmp_path), *read_vcard(card.encode()))
    assert [(p.name, p.name_latin) for p in report.added] == [("王毅", "Wang Yi")]
