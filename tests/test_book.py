"""Trip books: the `.briefbook` file, and a book printed as one document.

The printed book is read back the way a reader uses it: every page's footer
says "Page i of N", each brief's bookmark lands on the page its title is
on, the programme's links go there too, and the highest marking of all the
briefs is on every page, in PDF and in Word.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest
from helpers.exporting import export_to, template_of
from helpers.extract import docx_text
from pypdf import PdfReader

from briefer.cli import main
from briefer.export.book import compose_book
from briefer.export.formats import export_book
from briefer.export.layout import Heading, TableOfContents
from briefer.model import Brief
from briefer.model.book import Book, BookFileError, book_from_bytes, book_problems, book_to_bytes
from briefer.model.fileformat import MAX_LIST_ENTRIES, MAX_TEXT_CHARS
from briefer.storage import load_brief, save_brief
from briefer.storage.atomic import SaveError
from briefer.storage.books import load_book, load_book_briefs, save_book


def brief(n: int, marking: str = "OFFICIAL", pages_of_text: int = 1) -> Brief:
    words = " ".join(f"word{n}x{i}" for i in range(400))
    return Brief.model_validate(
        {
            "title": f"Brief number {n}",
            "reference": f"REF/{n}",
            "marking": marking,
            "status": "final",
            "meeting": {"date": f"2025-11-1{n}"},
            "summary": f"Summary of brief {n}.",
            "background": "\n\n".join([words] * 3 * pages_of_text),
            "risks": [{"risk": f"Risk of brief {n}", "likelihood": "high", "impact": "low"}],
            "layout": {"template": "bilateral"},
        }
    )


BRIEFS = [brief(1), brief(2, "SECRET", 2), brief(3, "OFFICIAL-SENSITIVE")]
BOOK = Book.model_validate(
    {
        "title": "Visit to Jerusalem",
        "marking": "OFFICIAL",
        "briefs": [{"file": "day1/one.brief"}, {"file": "day1/two.brief"}, {"file": "three.brief"}],
        "programme": [
            {"date": "2025-11-11", "time": "09:00", "item": "Meeting one", "brief": 0},
            {"date": "2025-11-11", "time": "14:00", "item": "Meeting two", "brief": 1},
            {"date": "2025-11-12", "time": "10:00", "item": "Meeting three", "brief": 2},
            {"date": "2025-11-12", "time": "18:00", "item": "Dinner"},
        ],
    }
)


def templates(briefs: list[Brief]) -> list:
    return [template_of(b) for b in briefs]


# --------------------------------------------------------------------------
# The file
# --------------------------------------------------------------------------


def test_book_saves_and_opens_the_same_keeping_unknown_keys(tmp_path: Path) -> None:
    data = json.loads(book_to_bytes(BOOK))
    data["generator"] = "Briefer 9"
    data["book"]["colour"] = "blue"
    loaded = book_from_bytes(json.dumps(data).encode())
    assert loaded.book.title == "Visit to Jerusalem" and [b.file for b in loaded.book.briefs][2] == "three.brief"
    assert {p.path for p in loaded.warnings} == {"generator", "colour"}
    save_book(tmp_path / "t.briefbook", loaded.book)
    again = json.loads((tmp_path / "t.briefbook").read_bytes())
    assert again["generator"] == "Briefer 9" and again["book"]["colour"] == "blue"
    assert load_book(tmp_path / "t.briefbook").book == loaded.book


def test_a_newer_book_is_refused_with_a_message() -> None:
    data = {"format": "briefer-book", "version": 2, "book": {"title": "x"}}
    with pytest.raises(BookFileError) as e:
        book_from_bytes(json.dumps(data).encode())
    assert e.value.reason == "newer-version" and "update Briefer" in str(e.value)


def test_a_brief_is_not_a_book() -> None:
    with pytest.raises(BookFileError, match="not a Briefer trip book"):
        book_from_bytes(b'{"format": "briefer-brief", "version": 2, "brief": {"title": "x"}}')


def test_a_book_holding_a_character_no_file_can_hold_is_not_written(tmp_path: Path) -> None:
    """A brief refuses to write what it could not read again; so does a book
    (an unknown key of a newer Briefer is kept as read, so it is the way in)."""
    book = Book(title="Visit")
    book.envelope_extra = {"generator": "Briefer \ud800 9"}  # a lone surrogate: no UTF-8 file can hold it
    with pytest.raises(BookFileError, match=r"the trip book contains U\+D800 .*, which cannot be saved"):
        book_to_bytes(book)
    with pytest.raises(SaveError, match="Could not save “t.briefbook”: the trip book contains .* cannot be saved"):
        save_book(tmp_path / "t.briefbook", book)
    assert list(tmp_path.iterdir()) == []


def test_a_book_too_large_to_export_is_refused_on_open_and_not_saved(tmp_path: Path) -> None:
    rows = [{"item": f"row {i}"} for i in range(MAX_LIST_ENTRIES + 1)]
    data = {"format": "briefer-book", "version": 1, "book": {"title": "Long trip", "programme": rows}}
    with pytest.raises(BookFileError, match="list entries.*split it into several trip books"):
        book_from_bytes(json.dumps(data).encode())
    book = Book.model_validate({"title": "Long trip", "programme": rows})
    with pytest.raises(BookFileError, match="list entries"):
        book_to_bytes(book)
    text = {"format": "briefer-book", "version": 1, "book": {"title": "x", "subtitle": "w" * (MAX_TEXT_CHARS + 1)}}
    with pytest.raises(BookFileError, match="million characters of text"):
        book_from_bytes(json.dumps(text).encode())


def test_a_brief_listed_twice_and_a_row_pointing_nowhere_are_problems() -> None:
    book = Book.model_validate(
        {"title": "t", "briefs": [{"file": "a.brief"}, {"file": "a.brief"}], "programme": [{"item": "x", "brief": 5}]}
    )
    assert [p.path for p in book_problems(book)] == ["briefs[0].file", "programme[0].brief"]
    assert "listed 2 times" in book_problems(book)[0].message


def write_book_folder(root: Path) -> Path:
    (root / "day1").mkdir(parents=True)
    for b, entry in zip(BRIEFS, BOOK.briefs):
        save_brief(root / entry.file, b)
    save_book(root / "visit.briefbook", BOOK)
    return root / "visit.briefbook"


def test_paths_are_relative_to_the_book_so_a_copied_folder_works(tmp_path: Path) -> None:
    path = write_book_folder(tmp_path / "a")
    (tmp_path / "a").rename(tmp_path / "b")
    moved = tmp_path / "b" / path.name
    loaded = load_book_briefs(moved, load_book(moved).book)
    assert [b.title for b in loaded.briefs] == [b.title for b in BRIEFS]


@pytest.mark.parametrize("damage", ["missing", "broken", "newer"])
def test_a_brief_that_cannot_be_read_is_named_and_nothing_is_printed(tmp_path: Path, capsys, damage: str) -> None:
    path = write_book_folder(tmp_path)
    target = tmp_path / "day1" / "two.brief"
    if damage == "missing":
        target.unlink()
    elif damage == "broken":
        target.write_text("{ not json")
    else:
        target.write_text(json.dumps({"format": "briefer-brief", "version": 99, "brief": {"title": "x"}}))
    assert main(["book", "export", str(path), "-o", str(tmp_path / "out.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "“day1/two.brief”" in err and "nothing was printed" in err
    assert not (tmp_path / "out.pdf").exists()


def test_cli_book_new_then_export_both_formats(tmp_path: Path, capsys) -> None:
    for n, b in enumerate(BRIEFS, start=1):
        save_brief(tmp_path / f"{n}.brief", b)
    book = tmp_path / "books" / "trip.briefbook"
    book.parent.mkdir()
    files = [str(tmp_path / f"{n}.brief") for n in (1, 2, 3)]
    assert main(["book", "new", "-o", str(book), *files]) == 0
    assert [b.file for b in load_book(book).book.briefs] == ["../1.brief", "../2.brief", "../3.brief"]
    assert main(["book", "export", str(book), "-o", str(tmp_path / "trip.pdf")]) == 0
    assert main(["book", "export", str(book), "--format", "docx", "-o", str(tmp_path / "trip.docx")]) == 0
    assert PdfReader(tmp_path / "trip.pdf").pages
    assert "Brief number 3" in docx_text(tmp_path / "trip.docx")
    # The same brief twice is refused, by name.
    assert main(["book", "new", "-o", str(tmp_path / "twice.briefbook"), files[0], files[0]]) == 2
    assert "given twice" in capsys.readouterr().err


def test_cli_book_export_to_standard_output_and_a_bad_title(tmp_path: Path, monkeypatch, capsys) -> None:
    """``-o -`` writes the book's PDF to standard output (no file named
    "-"); a title the model refuses is one line and exit 2."""
    save_brief(tmp_path / "1.brief", BRIEFS[0])
    book = tmp_path / "trip.briefbook"
    assert main(["book", "new", "-o", str(book), str(tmp_path / "1.brief"), "--title", "   "]) == 2
    assert capsys.readouterr().err.startswith("--title:") and not book.exists()
    assert main(["book", "new", "-o", str(book), str(tmp_path / "1.brief")]) == 0
    captured = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(captured))
    monkeypatch.chdir(tmp_path)
    assert main(["book", "export", str(book), "-o", "-"]) == 0
    sys.stdout.flush()
    assert captured.getvalue().startswith(b"%PDF-") and not (tmp_path / "-").exists()


# --------------------------------------------------------------------------
# The layout tree
# --------------------------------------------------------------------------


def test_book_has_one_contents_and_each_brief_under_its_own_heading() -> None:
    doc = compose_book(BOOK, BRIEFS, templates(BRIEFS))
    assert sum(isinstance(b, TableOfContents) for b in doc.blocks) == 1
    tops = [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1]
    assert tops == ["Programme", "Brief number 1", "Brief number 2", "Brief number 3"]
    assert doc.marking == "SECRET"


# --------------------------------------------------------------------------
# The printed book
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf() -> PdfReader:
    buf = io.BytesIO()
    pages = export_book(BOOK, BRIEFS, templates(BRIEFS), buf, "pdf")
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    assert pages == len(reader.pages)
    return reader


def _page_numbers(reader: PdfReader) -> dict[int, int]:
    return {p.indirect_reference.idnum: i + 1 for i, p in enumerate(reader.pages)}


def _flatten(outline: list, depth: int = 0) -> list[tuple[int, object]]:
    out = []
    for item in outline:
        if isinstance(item, list):
            out += _flatten(item, depth + 1)
        else:
            out.append((depth, item))
    return out


def test_pdf_page_numbers_run_through_the_whole_book(pdf: PdfReader) -> None:
    total = len(pdf.pages)
    assert total >= 6  # cover and contents, and briefs of one, two and one pages at least
    for i, page in enumerate(pdf.pages, start=1):
        assert re.findall(r"Page (\d+) of (\d+)", page.extract_text()) == [(str(i), str(total))], f"page {i}"


def test_pdf_banner_is_the_highest_marking_on_every_page(pdf: PdfReader) -> None:
    for i, page in enumerate(pdf.pages, start=1):
        lines = page.extract_text().splitlines()
        assert lines.count("SECRET") == 2, f"page {i}: header and footer"  # not "OFFICIAL…"
        assert "OFFICIAL" not in lines


def test_pdf_bookmarks_per_brief_with_sections_below_land_on_its_pages(pdf: PdfReader) -> None:
    numbers = _page_numbers(pdf)
    entries = _flatten(pdf.outline)
    tops = [(item.title, numbers[item.page.idnum]) for depth, item in entries if depth == 0]
    assert [t for t, _ in tops] == ["Programme", "Brief number 1", "Brief number 2", "Brief number 3"]
    starts = [page for _, page in tops[1:]]
    assert starts == sorted(starts) and len(set(starts)) == 3
    for (title, page) in tops[1:]:
        body = pdf.pages[page - 1].extract_text()
        # Each brief starts on a new page: its title is the first thing under the running header.
        assert body.split("Visit to Jerusalem", 1)[1].lstrip().startswith(title)
        previous = pdf.pages[page - 2].extract_text()
        assert title not in previous.split("Contents")[-1] or page - 1 <= tops[0][1] + 1
    # Sections sit one level below their brief, on pages of that brief.
    titles_at_1 = [(item.title, numbers[item.page.idnum]) for depth, item in entries if depth == 1]
    risks = [page for title, page in titles_at_1 if title == "Risks"]
    assert len(risks) == 3
    ends = starts[1:] + [len(pdf.pages) + 1]
    for start, end, page in zip(starts, ends, risks):
        assert start <= page < end


def test_pdf_programme_rows_link_to_their_briefs(pdf: PdfReader) -> None:
    numbers = _page_numbers(pdf)
    starts = {item.title: numbers[item.page.idnum] for depth, item in _flatten(pdf.outline) if depth == 0}
    targets = []
    for page in pdf.pages[:2]:
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            if a.get("/Subtype") == "/Link" and "/Dest" in a:
                targets.append(numbers[a["/Dest"][0].idnum])
    expected = [starts[f"Brief number {n}"] for n in (1, 2, 3)]
    # The contents' entries are links too (to the programme on the front
    # pages, and to each brief): every brief is reached, nothing else is
    # linked from the front pages but the front pages themselves.
    assert set(expected) <= set(targets)
    assert {t for t in targets if t not in expected} <= {starts["Programme"], starts["Programme"] + 1}


def test_book_pdf_pages_are_the_briefs_pages_plus_the_front(pdf: PdfReader) -> None:
    """Every brief starts on a new page and nothing is lost or added: the
    pages from the first brief on are those of the briefs one after another."""
    numbers = _page_numbers(pdf)
    starts = [numbers[item.page.idnum] for depth, item in _flatten(pdf.outline) if depth == 0][1:]
    lengths = [b - a for a, b in zip(starts, starts[1:] + [len(pdf.pages) + 1])]
    assert lengths[1] > lengths[0]  # brief 2 has twice the text
    text = "".join(p.extract_text() for p in pdf.pages)
    for n in (1, 2, 3):
        assert f"word{n}x399" in text and f"Summary of brief {n}." in text


@pytest.fixture(scope="module")
def docx() -> bytes:
    buf = io.BytesIO()
    export_book(BOOK, BRIEFS, templates(BRIEFS), buf, "docx")
    return buf.getvalue()


def test_docx_book_has_running_numbers_banner_bookmarks_and_links(docx: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        body = z.read("word/document.xml").decode()
        furniture = "".join(z.read(n).decode() for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
    # One section: the page numbers and the banner run through the whole book.
    assert body.count("<w:sectPr") == 1
    assert "NUMPAGES" in furniture and " PAGE " in furniture
    assert ">SECRET<" in furniture and "OFFICIAL" not in furniture
    for n in (1, 2, 3):
        assert f'w:name="brief_{n}"' in body
        assert f'w:anchor="brief_{n}"' in body
    # Briefs two and three start on new pages (the first follows the contents' break).
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", body, re.S)
    starts = [p for p in paragraphs if re.search(r'w:name="brief_\d"', p)]
    assert len(starts) == 3 and all("pageBreakBefore" in p or 'w:type="page"' in p for p in starts)
    assert body.count('w:val="TOCHeading"') == 1
    text = docx_text(io.BytesIO(docx))
    for n in (1, 2, 3):
        assert f"word{n}x399" in text


def test_a_brief_alone_has_its_bookmarks_on_the_pages_of_its_sections() -> None:
    """The footers wait for the page count; the bookmarks must not land on page 1."""
    one = Brief.model_validate({**BRIEFS[1].model_dump(mode="json"), "sources": [{"title": "Closing source"}]})
    buf = io.BytesIO()
    export_to(one, buf, "pdf")
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    numbers = _page_numbers(reader)
    pages = {item.title: numbers[item.page.idnum] for _, item in _flatten(reader.outline)}
    assert pages["Sources"] > 1
    for title, page in pages.items():
        assert title in reader.pages[page - 1].extract_text()


def test_the_example_book_prints_both_example_briefs(tmp_path: Path) -> None:
    with resources.as_file(resources.files("briefer.resources") / "examples") as folder:
        assert main(["book", "export", str(folder / "gaza-phase-two.briefbook"), "-o", str(tmp_path / "book.pdf")]) == 0
    reader = PdfReader(tmp_path / "book.pdf")
    tops = [item.title for depth, item in _flatten(reader.outline) if depth == 0]
    assert tops[1:] == [
        "Kushner–Netanyahu meeting on Phase Two of the Gaza cease-fire",
        "Follow-up: Phase Two of the Gaza cease-fire, one week on",
    ]
