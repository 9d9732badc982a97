"""File ▸ Print… with "Print to File (PDF)" (second walk-through, issue 13):
the file written is the PDF Export writes (text and all, the reader filter
applied), never a rasterised copy, and the dialog's file name is not the
exported file's, so the export is not overwritten."""

from __future__ import annotations

import os

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

import briefer.gui.main_window as main_window
from briefer.gui.export_runner import suggested_file_name
from tests.gui.test_windows import activate


def page_texts(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def has_images(path) -> bool:
    for page in PdfReader(path).pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        if any(xobjects[name].get_object().get("/Subtype") == "/Image" for name in xobjects):
            return True
    return False


def test_print_to_file_writes_the_exported_pdf_beside_it_and_leaves_the_export_alone(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    activate(w, qtbot)
    exported = tmp_path / suggested_file_name(w.doc.brief.title, "pdf")  # the name Export proposes
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(exported))
    done = []
    monkeypatch.setattr(w.exports, "show_results", done.append)
    monkeypatch.setattr(w.exports, "show_result", lambda path, pages: done.append(path))
    # Ctrl+Alt+E: PDF and Word.
    QTest.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(done) and not w.exports.runner.running, timeout=60000)
    exported_bytes = exported.read_bytes()
    proposed = []

    def ask(printer: QPrinter, pages: int, parent, reader=None) -> bool:  # noqa: ANN001
        # As Qt's print dialog does on Linux: "Print to File (PDF)" chosen,
        # the file named after the document, in the folder last used.
        name = os.path.join(tmp_path, printer.docName() + ".pdf")
        proposed.append(name)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(name)
        return True

    monkeypatch.setattr(w, "ask_printer", ask)
    rasterised = []
    real_print_pdf = main_window.print_pdf
    monkeypatch.setattr(main_window, "print_pdf", lambda document, printer: rasterised.append(1) or real_print_pdf(document, printer))
    finished = []
    real_print_file = w._print_file
    monkeypatch.setattr(w, "_print_file", lambda *a: finished.append(w.statusBar().currentMessage()) or real_print_file(*a))
    messages = []
    w.statusBar().messageChanged.connect(messages.append)
    activate(w, qtbot)
    w.show_section("overview")
    QTest.keyClick(w.editor("overview").fields[("title",)].editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(finished) and bool(proposed), timeout=30000)
    qtbot.waitUntil(lambda: any(m.startswith("Saved") for m in messages), timeout=60000)
    printed = proposed[0]
    assert printed != str(exported) and os.path.basename(printed) == exported.stem + " (print).pdf"
    assert exported.read_bytes() == exported_bytes  # the export is untouched
    assert rasterised == []  # no page was drawn as a picture
    texts = page_texts(printed)
    assert texts == page_texts(exported) and w.doc.brief.title.split()[0] in texts[0]
    assert not has_images(exported) or has_images(printed) == has_images(exported)
    n = len(texts)
    assert f"Saved {n} pages to {printed}." in messages


def test_print_to_file_keeps_the_page_range_and_the_reader_filter(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    activate(w, qtbot)
    target = tmp_path / "pages.pdf"
    readers = []

    def ask(printer: QPrinter, pages: int, parent, reader=None) -> bool:  # noqa: ANN001
        readers.append(reader)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    monkeypatch.setattr(w, "ask_printer", ask)
    w.set_reader_level("OFFICIAL-SENSITIVE")
    assert w.print_brief()
    qtbot.waitUntil(lambda: target.exists() and w.statusBar().currentMessage().startswith("Saved"), timeout=60000)
    assert readers == ["OFFICIAL-SENSITIVE"]
    texts = page_texts(target)
    assert len(texts) == 2 and all(t.strip() for t in texts)
    assert "portion marked SECRET" not in " ".join(" ".join(page_texts(target)).split())
