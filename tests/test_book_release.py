"""Releasable trip books (issue 15): ``briefer book export BOOK --release-at
LEVEL`` prints each brief of the book as its own releasable version, made
by the same composition a single brief's ``--release-at`` uses.

What a user relies on: nothing marked above the level, in any brief of the
book, is anywhere in the book's PDF or Word file (every PDF object
decompressed, every part of the Word zip); what the reader may see is
there; the banner is the highest level the book holds; a book that cannot
be released at the level is refused with one line, exit 2, nothing written.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from test_release import docx_everything, pdf_everything, plant, planted, planted_brief, template_for

from briefer.cli import main
from briefer.export.formats import export_book
from briefer.model import Brief
from briefer.model.book import Book
from briefer.storage import save_brief
from briefer.storage.books import save_book
from briefer.templates.markings import SCHEMES, ReleaseRefused
from helpers import docx_text, pdf_metadata, pdf_text


def second_brief(first: Brief) -> Brief:
    """The planted brief again with other planted strings (``Wz…Xq``) and another title."""
    text = json.dumps(first.model_dump(mode="json", by_alias=True), ensure_ascii=False).replace("Qz", "Wz")
    data = json.loads(text)
    data["title"] = "Second release check"
    return Brief.model_validate(data)


def dropped(first: Brief, k: int) -> list[str]:
    """The planted strings of both briefs above level ``k``."""
    return [*planted(first, k), *(s.replace("Qz", "Wz") for s in planted(first, k))]


def book_of(scheme: str) -> tuple[Book, list[Brief]]:
    first = planted_brief(scheme)
    book = Book.model_validate(
        {
            "title": "Release book",
            "marking": SCHEMES[scheme].levels[0].name,
            "briefs": [{"file": "a.brief"}, {"file": "b.brief"}],
            "programme": [{"date": "2025-11-11", "time": "09:00", "item": "First call", "brief": 0},
                          {"date": "2025-11-11", "time": "11:00", "item": "Second call", "brief": 1}],
        }
    )
    return book, [first, second_brief(first)]


CASES = [(key, k) for key, scheme in SCHEMES.items() for k in range(len(scheme.levels))]


@pytest.mark.parametrize(("scheme", "k"), CASES, ids=[f"{s}-{k}" for s, k in CASES])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_releasable_book_holds_nothing_above_its_level_in_any_brief(scheme: str, k: int, fmt: str) -> None:
    book, briefs = book_of(scheme)
    level = SCHEMES[scheme].levels[k].name
    buf = io.BytesIO()
    export_book(book, briefs, [template_for(scheme), template_for(scheme)], buf, fmt, release_at=level)  # type: ignore[arg-type]
    data = buf.getvalue()
    everything = pdf_everything(data) if fmt == "pdf" else docx_everything(data)
    gone = dropped(briefs[0], k)
    assert gone or k == len(SCHEMES[scheme].levels) - 1  # below the top level something is dropped
    leaked = [s for s in gone if s in everything]
    assert leaked == [], leaked
    # What the reader may see is there, in both briefs.
    text = (pdf_text(data) if fmt == "pdf" else docx_text(data)).replace("\n", "")
    for field in ("risk", "point", "sbody", "name"):
        for j in range(k + 1):
            assert plant(j, field) in text and plant(j, field).replace("Qz", "Wz") in text, (field, j)
    if fmt == "pdf":
        assert pdf_metadata(data)["Keywords"].startswith(level)  # the banner: what the book holds


def test_the_full_book_still_holds_everything() -> None:
    book, briefs = book_of("uk")
    buf = io.BytesIO()
    export_book(book, briefs, [template_for("uk"), template_for("uk")], buf, "pdf")
    text = pdf_text(buf.getvalue()).replace("\n", "")
    assert plant(3, "sbody") in text and plant(3, "sbody").replace("Qz", "Wz") in text
    assert pdf_metadata(buf.getvalue())["Keywords"] == "TOP SECRET"


# --------------------------------------------------------------------------
# The command
# --------------------------------------------------------------------------


def write_book(root: Path, book: Book, briefs: list[Brief]) -> Path:
    for brief, entry in zip(briefs, book.briefs):
        save_brief(root / entry.file, brief)
    save_book(root / "trip.briefbook", book)
    return root / "trip.briefbook"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_cli_book_export_release_at(tmp_path: Path, capsys, fmt: str) -> None:
    book, briefs = book_of("uk")
    path = write_book(tmp_path, book, briefs)
    out = tmp_path / f"trip.{fmt}"
    assert main(["book", "export", str(path), "-o", str(out), "--release-at", "official-sensitive"]) == 0
    data = out.read_bytes()
    everything = pdf_everything(data) if fmt == "pdf" else docx_everything(data)
    leaked = [s for s in dropped(briefs[0], 1) if s in everything]
    assert leaked == [], leaked
    text = (pdf_text(data) if fmt == "pdf" else docx_text(data)).replace("\n", "")
    assert plant(1, "risk") in text and plant(1, "risk").replace("Qz", "Wz") in text


def _refused(tmp_path: Path, capsys, book: Book, briefs: list[Brief], level: str) -> str:
    path = write_book(tmp_path, book, briefs)
    out = tmp_path / "trip.pdf"
    assert main(["book", "export", str(path), "-o", str(out), "--release-at", level]) == 2
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.suffix not in (".brief", ".briefbook")] == []
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    return err


def test_cli_refuses_an_unknown_level_naming_the_levels(tmp_path: Path, capsys) -> None:
    book, briefs = book_of("uk")
    err = _refused(tmp_path, capsys, book, briefs, "RESTRICTED")
    assert "OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET" in err and "nothing was printed" in err


def test_cli_refuses_a_brief_marked_above_the_level_naming_it(tmp_path: Path, capsys) -> None:
    book, briefs = book_of("uk")
    briefs[1] = briefs[1].model_copy(update={"marking": "SECRET"})
    err = _refused(tmp_path, capsys, book, briefs, "OFFICIAL")
    assert "brief 2" in err and "Second release check" in err and "marked SECRET" in err


def test_cli_refuses_a_brief_with_a_marking_outside_its_scheme(tmp_path: Path, capsys) -> None:
    book, briefs = book_of("uk")
    data = briefs[0].model_dump(mode="json", by_alias=True)
    data["risks"][0]["marking"] = "EYES ONLY"
    briefs[0] = Brief.model_validate(data)
    err = _refused(tmp_path, capsys, book, briefs, "TOP SECRET")
    assert "brief 1" in err and "EYES ONLY" in err


@pytest.mark.parametrize(("marking", "says"), [("SECRET", "the book itself is marked SECRET"), ("PROTECT", "“PROTECT” names no level")])
def test_cli_refuses_a_book_marked_above_the_level_or_outside_the_scheme(tmp_path: Path, capsys, marking: str, says: str) -> None:
    book, briefs = book_of("uk")
    err = _refused(tmp_path, capsys, book.model_copy(update={"marking": marking}), briefs, "OFFICIAL")
    assert says in err


def test_export_book_refuses_before_writing_anything() -> None:
    book, briefs = book_of("uk")
    buf = io.BytesIO()
    with pytest.raises(ReleaseRefused, match="brief 2 .*“OFFICIAL” is not a level of the US marking scheme"):
        export_book(book, briefs, [template_for("uk"), template_for("us")], buf, "pdf", release_at="OFFICIAL")
    assert buf.getvalue() == b""
