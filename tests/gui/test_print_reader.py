"""File ▸ Print… honours the reader filter (issue 15): with "what a reader
at L sees" chosen, the pages sent to the printer are the releasable version
at L, and the print dialog's title and the status bar say so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

import briefer.gui.main_window as main_window
import briefer.gui.printing as printing

SECRET_TITLE = "Illustration: a portion marked SECRET"


@pytest.fixture
def printed(monkeypatch):
    """What reached the printer: the text of every page, and the reader the dialog was told of."""
    seen: dict = {"texts": [], "readers": []}

    def ask(printer: QPrinter, pages: int, parent, reader=None) -> bool:  # noqa: ANN001
        seen["readers"].append(reader)
        return True

    def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
        seen["texts"].append("\n".join(document.getAllText(i).text() for i in range(document.pageCount())))
        return document.pageCount()

    monkeypatch.setattr(main_window, "print_pdf", print_pdf)
    seen["ask"] = ask
    return seen


def _print(w, qtbot, printed, monkeypatch) -> str:
    monkeypatch.setattr(w, "ask_printer", printed["ask"])
    n = len(printed["texts"])
    assert w.print_brief()
    qtbot.waitUntil(lambda: len(printed["texts"]) > n, timeout=60000)
    return printed["texts"][-1]


def test_print_sends_what_the_chosen_reader_sees_and_says_so(example_window, qtbot, printed, monkeypatch):
    w = example_window
    full = _print(w, qtbot, printed, monkeypatch)
    assert SECRET_TITLE in full and printed["readers"] == [None]
    assert "Sent" in w.statusBar().currentMessage() and "reader" not in w.statusBar().currentMessage()

    w.set_reader_level("OFFICIAL-SENSITIVE")
    assert w.reader_level() == "OFFICIAL-SENSITIVE"
    released = _print(w, qtbot, printed, monkeypatch)
    assert SECRET_TITLE not in released and "SECRET" not in released.replace("OFFICIAL-SENSITIVE", "")
    assert w.doc.brief.title.split()[0] in released  # the same brief, less what that reader may not see
    assert printed["readers"][-1] == "OFFICIAL-SENSITIVE"
    assert "what a reader at OFFICIAL-SENSITIVE sees" in w.statusBar().currentMessage()


def test_a_reader_below_the_briefs_own_marking_is_refused_and_nothing_printed(
    example_window, qtbot, printed, monkeypatch, message_boxes
):
    w = example_window
    w.set_reader_level("OFFICIAL")  # the example is marked OFFICIAL-SENSITIVE
    monkeypatch.setattr(w, "ask_printer", printed["ask"])
    message_boxes.expect("warning", "the brief itself is marked OFFICIAL-SENSITIVE")
    assert not w.print_brief()
    assert printed["texts"] == [] and printed["readers"] == []


def test_the_print_dialog_title_names_the_reader(qapp, monkeypatch):
    titles = []
    monkeypatch.setattr(printing.QPrintDialog, "exec", lambda self: titles.append(self.windowTitle()) or 0)
    printer = QPrinter()
    assert not printing.ask_printer(printer, 3, None)
    assert not printing.ask_printer(printer, 3, None, "SECRET")
    assert titles == ["Print Brief", "Print Brief: what a reader at SECRET sees"]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_printed_to_a_file_the_message_names_the_file_as_it_is(example_window, qtbot, printed, monkeypatch, tmp_path, qapp, direction):
    """Print to File with the reader filter on: the status bar names the
    file as it is, even when its name holds "%2" (where the reader's level
    goes in the sentence); in a right-to-left interface as an isolate."""
    w = example_window
    target = tmp_path / "notes %2 draft.pdf"
    noted = printed["ask"]

    def ask(printer: QPrinter, pages: int, parent, reader=None) -> bool:  # noqa: ANN001
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return noted(printer, pages, parent, reader)

    w.set_reader_level("OFFICIAL-SENSITIVE")
    qapp.setLayoutDirection(direction)
    try:
        # Print to File copies the PDF made for printing (test_print_to_file):
        # nothing is drawn for a printer, the file appears.
        monkeypatch.setattr(w, "ask_printer", ask)
        assert w.print_brief()
        qtbot.waitUntil(lambda: target.exists() and w.statusBar().currentMessage().startswith("Saved"), timeout=60000)
        message = w.statusBar().currentMessage()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    name = f"\u2068{target}\u2069" if direction == Qt.LayoutDirection.RightToLeft else str(target)
    assert f" to {name}: what a reader at " in message, message
    assert "OFFICIAL-SENSITIVE" in message and message.count("OFFICIAL-SENSITIVE") == 1
