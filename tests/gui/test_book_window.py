"""The trip book window: build a book of three briefs, reorder, set the
programme, save, preview and export; and File ▸ New Follow-up Brief…."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer.gui.book_window import BookPrompter, BookWindow
from briefer.model import Brief
from briefer.storage import load_brief, save_brief
from briefer.storage.books import load_book


class AnsweringPrompter(BookPrompter):
    def __init__(self) -> None:
        super().__init__(None)
        self.answers: dict[str, object] = {}
        self.errors: list[tuple[str, str]] = []

    def ask_brief_paths(self, folder):
        return self.answers.get("briefs", [])

    def ask_book_path(self, suggested):
        return self.answers.get("book")

    def ask_export_path(self, suggested, fmt):
        return self.answers.get("export")

    def error(self, title, text, detail=""):
        self.errors.append((title, text))

    def ask_save_changes(self, name):
        self.asked = name
        return self.answers.get("save_changes", "discard")


def _brief(n: int, marking: str) -> Brief:
    return Brief.model_validate(
        {"title": f"Meeting {n}", "marking": marking, "summary": f"Bottom line {n}.", "meeting": {"date": f"2025-11-1{n}"}}
    )


@pytest.fixture
def three(tmp_path: Path) -> list[str]:
    paths = []
    for n, marking in ((1, "OFFICIAL"), (2, "OFFICIAL-SENSITIVE"), (3, "OFFICIAL")):
        path = tmp_path / "briefs" / f"m{n}.brief"
        path.parent.mkdir(exist_ok=True)
        save_brief(path, _brief(n, marking))
        paths.append(str(path))
    return paths


@pytest.fixture
def window(qtbot):
    opened: list[str] = []
    w = BookWindow(prompter=AnsweringPrompter(), open_brief=opened.append)
    w.opened = opened
    qtbot.addWidget(w)
    w.show()
    return w


def _tops(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [o.title for o in reader.outline if not isinstance(o, list)]


def test_build_a_book_of_three_briefs(window: BookWindow, three: list[str], tmp_path: Path) -> None:
    window.prompter.answers["briefs"] = three
    assert window.add_briefs_dialog()
    assert window.brief_list.count() == 3
    window.title_edit.setText("Visit")
    row = window.add_programme_row("2025-11-11", "09:00", "First call")
    window.set_programme_brief(row, three[0])
    # Drag the first brief to the end: the programme row keeps its brief.
    window.move_brief(0, 2)
    assert [Path(p).name for p in window.brief_paths()] == ["m2.brief", "m3.brief", "m1.brief"]
    window.prompter.answers["book"] = str(tmp_path / "trip" / "visit.briefbook")
    (tmp_path / "trip").mkdir()
    assert window.save()
    book = load_book(tmp_path / "trip" / "visit.briefbook").book
    assert [b.file for b in book.briefs] == ["../briefs/m2.brief", "../briefs/m3.brief", "../briefs/m1.brief"]
    assert book.title == "Visit"
    assert [(r.item, r.brief) for r in book.programme] == [("First call", 2)]

    assert window.preview_book() > 0
    assert window.pdf_view.document() is not None

    window.prompter.answers["export"] = str(tmp_path / "visit.pdf")
    assert window.export_dialog("pdf")
    pdf = (tmp_path / "visit.pdf").read_bytes()
    assert _tops(pdf) == ["Programme", "Meeting 2", "Meeting 3", "Meeting 1"]
    assert "OFFICIAL-SENSITIVE" in PdfReader(io.BytesIO(pdf)).pages[-1].extract_text()
    assert window.prompter.errors == []

    # Opening it again shows the same book; double-click opens a brief to edit.
    other = BookWindow(prompter=AnsweringPrompter(), open_brief=window.opened.append)
    assert other.open_book(str(tmp_path / "trip" / "visit.briefbook"))
    assert other.current_book() == book
    other.brief_list.setCurrentRow(1)
    other.open_selected()
    assert [Path(p).name for p in window.opened] == ["m3.brief"]
    other.close()


def test_a_brief_added_twice_or_missing_is_refused_by_name(window: BookWindow, three: list[str], tmp_path: Path) -> None:
    assert window.add_briefs(three[:1])
    assert not window.add_briefs(three[:1])
    assert "in the book already" in window.prompter.errors[-1][1]
    assert not window.add_briefs([str(tmp_path / "gone.brief")])
    assert "gone.brief" in window.prompter.errors[-1][1]
    assert window.brief_list.count() == 1


def test_a_book_whose_brief_went_missing_is_not_previewed(window: BookWindow, three: list[str]) -> None:
    window.add_briefs(three)
    Path(three[1]).unlink()
    assert window.preview_book() == 0
    title, text = window.prompter.errors[-1]
    assert "m2.brief" in text


def test_file_new_follow_up_brief_opens_the_new_brief_untitled(make_window, three: list[str]) -> None:
    previous = load_brief(three[1]).brief
    previous.reference = "MENAD/2025/118"
    previous.open_issues = [{"issue": "Still open"}, {"issue": "Done", "status": "resolved"}]
    save_brief(three[1], previous)
    w = make_window()
    w.prompter.answers["open_path"] = three[1]
    w.act_new_follow_up.trigger()
    assert w.files.path is None
    brief = w.files.doc.brief
    assert brief.title == "Meeting 2" and brief.follows.reference == "MENAD/2025/118"
    assert brief.follows.file == three[1]
    assert [i.issue for i in brief.open_issues] == ["Still open"]
    assert brief.open_issues[0].carried_from[0].reference == "MENAD/2025/118"


def test_saving_from_the_window_keeps_keys_it_does_not_know(window: BookWindow, three: list[str], tmp_path: Path) -> None:
    path = tmp_path / "briefs" / "kept.briefbook"
    path.write_text(json.dumps({
        "format": "briefer-book", "version": 1, "generator": "Briefer 9",
        "book": {"title": "Kept", "colour": "blue", "briefs": [{"file": "m1.brief", "note": "first"}]},
    }))
    assert window.open_book(str(path))
    window.title_edit.setText("Kept and renamed")
    assert window.save()
    saved = json.loads(path.read_text())
    assert saved["generator"] == "Briefer 9" and saved["book"]["colour"] == "blue"
    assert saved["book"]["briefs"] == [{"file": "m1.brief", "note": "first"}]
    assert saved["book"]["title"] == "Kept and renamed"


@pytest.mark.slow  # several seconds: make test leaves it to CI (make test-all runs it)
def test_book_exports_an_accessible_pdf(window: BookWindow, three: list[str], tmp_path: Path, monkeypatch) -> None:
    """Issue 18: the book's export dialog offers the kinds of PDF as file
    types; Accessible PDF (PDF/UA) writes a tagged book."""
    from PySide6.QtWidgets import QFileDialog

    window.prompter = BookPrompter(None)
    window.prompter.error = lambda *a, **k: pytest.fail(f"error shown: {a}")  # type: ignore[method-assign]
    window.prompter.ask_save_changes = lambda name: "discard"  # type: ignore[method-assign]
    seen = {}

    def save_name(parent, caption, suggested, filters):  # noqa: ANN001, ANN202
        seen["filters"] = filters
        return str(tmp_path / "book.pdf"), "Accessible PDF (PDF/UA) (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: (three, ""))
    assert window.add_briefs_dialog()
    assert window.export_dialog("pdf")
    assert "Accessible PDF (PDF/UA) (*.pdf)" in seen["filters"].split(";;")
    root = PdfReader(tmp_path / "book.pdf").trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert "pdfuaid:part>1<" in root["/Metadata"].get_object().get_data().decode()


def test_closing_a_changed_book_asks_first_and_cancel_keeps_it(window, qtbot, three, tmp_path):
    w = window
    assert w.close()  # nothing typed yet: closes without a question
    w.show()
    qtbot.keyClicks(w.title_edit, " for Cairo")
    w.prompter.answers["save_changes"] = "cancel"
    assert not w.close() and w.isVisible()  # "Cancel": the work stays
    assert w.prompter.asked == "Untitled trip book"
    w.prompter.answers.update(save_changes="save", book=str(tmp_path / "trip.briefbook"))
    assert w.close()
    assert load_book(tmp_path / "trip.briefbook").book.title == "Trip book for Cairo"
    w.show()
    w.add_briefs(three[:1])
    w.prompter.answers["save_changes"] = "discard"
    assert w.close()
