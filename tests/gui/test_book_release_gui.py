"""The trip book window's Version (issue 15): the full book, or the
releasable book for a reader at one level; the preview and both exports
print the version chosen, and nothing above the level is anywhere in the
exported file."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_book_window import AnsweringPrompter
from test_release import docx_everything, pdf_everything

from briefer.gui.book_window import BookPrompter, BookWindow
from briefer.model import Brief
from briefer.storage import save_brief
from helpers import docx_text, pdf_text

SECRET_WORD = "Qz9secretbookXq"


def _brief(n: int, marking: str) -> Brief:
    return Brief.model_validate(
        {
            "title": f"Meeting {n}",
            "marking": marking,
            "summary": f"Bottom line {n}.",
            "meeting": {"date": f"2025-11-1{n}"},
            "risks": [{"risk": f"Open risk {n}"}, {"risk": f"{SECRET_WORD}{n} risk", "marking": "SECRET"}],
            "sections": [{"title": f"{SECRET_WORD}{n} title", "body": f"{SECRET_WORD}{n} body", "marking": "SECRET"}],
        }
    )


@pytest.fixture
def window(qtbot, tmp_path: Path) -> BookWindow:
    paths = []
    for n, marking in ((1, "OFFICIAL"), (2, "OFFICIAL-SENSITIVE")):
        path = tmp_path / f"m{n}.brief"
        save_brief(path, _brief(n, marking))
        paths.append(str(path))
    w = BookWindow(prompter=AnsweringPrompter())
    qtbot.addWidget(w)
    w.show()
    assert w.add_briefs(paths)
    return w


def test_the_version_offers_the_levels_of_the_first_briefs_scheme(window: BookWindow) -> None:
    combo = window.version_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"]
    assert window.release_level() is None  # the full book unless chosen


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_book_window_exports_the_releasable_book(window: BookWindow, tmp_path: Path, fmt: str) -> None:
    window.version_combo.setCurrentIndex(window.version_combo.findData("OFFICIAL-SENSITIVE"))
    window.prompter.answers["export"] = str(tmp_path / f"book.{fmt}")
    assert window.export_dialog(fmt)
    assert window.prompter.errors == []
    data = (tmp_path / f"book.{fmt}").read_bytes()
    everything = pdf_everything(data) if fmt == "pdf" else docx_everything(data)
    assert SECRET_WORD not in everything
    text = pdf_text(data) if fmt == "pdf" else docx_text(data)
    assert "Open risk 1" in text and "Open risk 2" in text
    assert "releasable at OFFICIAL-SENSITIVE" in window.statusBar().currentMessage()
    # The full book, chosen again, holds it all.
    window.set_release_level(None)
    assert window.export(fmt, str(tmp_path / f"full.{fmt}"))
    full = (tmp_path / f"full.{fmt}").read_bytes()
    assert f"{SECRET_WORD}2 body" in (pdf_text(full) if fmt == "pdf" else docx_text(full))


def test_the_preview_shows_the_version_and_says_so(window: BookWindow) -> None:
    assert window.set_release_level("OFFICIAL-SENSITIVE")
    assert window.preview_book() > 0
    assert "OFFICIAL-SENSITIVE" in window.preview_label.text()
    document = window.pdf_view.document()
    assert document is not None and document.pageCount() > 0


def test_a_brief_above_the_level_is_refused_by_name_and_nothing_written(window: BookWindow, tmp_path: Path) -> None:
    assert window.set_release_level("OFFICIAL")
    window.prompter.answers["export"] = str(tmp_path / "book.pdf")
    assert not window.export_dialog("pdf")
    title, text = window.prompter.errors[-1]
    assert "brief 2" in text and "Meeting 2" in text and "OFFICIAL-SENSITIVE" in text
    assert not (tmp_path / "book.pdf").exists()
    assert window.preview_book() == 0


def test_the_export_dialog_title_names_the_version(window: BookWindow, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.prompter = BookPrompter(None)
    window.prompter.ask_save_changes = lambda name: "discard"  # type: ignore[method-assign]
    seen = {}

    def save_name(parent, caption, suggested, filters):  # noqa: ANN001, ANN202
        seen["caption"] = caption
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.set_release_level("SECRET")
    assert not window.export_dialog("pdf")
    assert seen["caption"] == "Export trip book, releasable at SECRET"
    window.set_release_level(None)
    window.export_dialog("docx")
    assert seen["caption"] == "Export trip book"
