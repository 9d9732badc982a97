"""File ▸ Print…, Export PDF and Word at once, and Export and Attach to
Email (issue 13), driven from the keyboard and the menus."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pypdf import PdfReader

from helpers.extract import docx_text, pdf_text


def activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_ctrl_alt_e_exports_pdf_and_word_side_by_side_with_one_message(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    activate(w, qtbot)
    w.show_section("overview")
    title = w.editor("overview").fields[("title",)].editor
    title.setFocus()
    QTest.keyClick(title, Qt.Key.Key_End)
    QTest.keyClicks(title, " BOTH-FORMATS-42")
    asked, shown = [], []
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: asked.append(fmt) or str(tmp_path / "out.pdf"))
    monkeypatch.setattr(w.exports, "show_results", shown.append)
    QTest.keyClick(title, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert asked == ["both"]
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    pdf, docx = tmp_path / "out.pdf", tmp_path / "out.docx"
    assert [(p, n) for p, n in shown[0]] == [(str(pdf), len(PdfReader(pdf).pages)), (str(docx), shown[0][1][1])]
    assert "BOTH-FORMATS-42" in pdf_text(pdf) and "BOTH-FORMATS-42" in docx_text(docx)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-email is the Linux route")
def test_export_and_attach_to_email_opens_the_mail_program_with_the_file(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "xdg-email-args"
    fake = bin_dir / "xdg-email"
    fake.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > "{record}.tmp"; mv "{record}.tmp" "{record}"\n')
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    target = tmp_path / "exports" / "brief.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(target))
    w.email_menu.actions()[0].trigger()  # File ▸ Export and Attach to Email ▸ PDF…
    qtbot.waitUntil(record.exists, timeout=60000)
    args = record.read_text().splitlines()
    assert args[args.index("--attach") + 1] == str(target) and target.exists()
    assert args[args.index("--subject") + 1] == w.doc.brief.title
    # Said once the command has exited with status 0, not when it started.
    qtbot.waitUntil(lambda: "Opened a new e-mail" in w.statusBar().currentMessage(), timeout=10000)


def test_without_a_mail_route_the_user_is_told_where_the_file_is(example_window, qtbot, tmp_path, monkeypatch, message_boxes):
    w = example_window
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    target = tmp_path / "brief.docx"
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(target))
    message_boxes.expect("box", "could not open your mail program")
    w.act_email_docx.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=60000)
    (kind, title, text), = message_boxes.shown
    assert "“brief.docx”" in text and str(tmp_path) in text and "xdg-email" in text and target.exists()


def fake_xdg_email(tmp_path, monkeypatch, body: str):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "xdg-email"
    fake.write_text("#!/bin/sh\n" + body + "\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-email is the Linux route")
def test_a_mail_command_that_fails_is_not_reported_as_success(example_window, qtbot, tmp_path, monkeypatch, message_boxes):
    """xdg-email with no mail program set up prints "no method available"
    and exits 3: the user gets the fallback (where the file is, a button to
    open that folder), never "Opened a new e-mail"."""
    w = example_window
    fake_xdg_email(tmp_path, monkeypatch, 'echo "xdg-email: no method available for opening \'mailto:\'" >&2; exit 3')
    target = tmp_path / "out" / "brief.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(target))
    opened = []
    monkeypatch.setattr(w, "open_folder", opened.append)
    message_boxes.expect("box", "could not open your mail program", answer="Show in folder")
    seen = []
    w.statusBar().messageChanged.connect(seen.append)
    w.email_menu.actions()[0].trigger()  # File ▸ Export and Attach to Email ▸ PDF…
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=60000)
    (kind, title, text), = message_boxes.shown
    assert "“brief.pdf”" in text and f"Attach the file to a message yourself: it is in {target.parent}." in text
    assert target.exists() and opened == [str(target.parent)]
    assert not any("Opened a new e-mail" in m for m in seen)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-email is the Linux route")
def test_a_mail_command_that_succeeds_says_so_only_once_it_has(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    fake_xdg_email(tmp_path, monkeypatch, "sleep 0.5; exit 0")
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(target))
    w.email_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: "Opening your mail program" in w.statusBar().currentMessage(), timeout=60000)
    qtbot.waitUntil(lambda: "Opened a new e-mail with “brief.pdf” attached" in w.statusBar().currentMessage(), timeout=10000)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-email is the Linux route")
def test_a_mail_command_that_keeps_running_never_blocks_the_window(example_window, qtbot, tmp_path, monkeypatch):
    """xdg-email may wait for the mail program it started: the window stays
    responsive, and after the timeout the mail program counts as open."""
    w = example_window
    fake_xdg_email(tmp_path, monkeypatch, "exec sleep 30")
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(target))
    monkeypatch.setattr(w, "mail_timeout_ms", 1500)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    w.email_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: "Opening your mail program" in w.statusBar().currentMessage(), timeout=60000)
    start = time.monotonic()
    qtbot.waitUntil(lambda: "Opened a new e-mail" in w.statusBar().currentMessage(), timeout=10000)
    timer.stop()
    assert time.monotonic() - start >= 1.0  # it waited for the timeout, not for the command
    gaps = [b - a for a, b in zip(ticks, ticks[1:]) if a >= start]
    assert gaps and max(gaps) < 0.5  # the event loop kept running all along
    w._mail.process.kill()
    w._mail.process.waitForFinished(2000)


def test_ctrl_p_prints_the_exported_pdf_through_the_print_dialog(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    activate(w, qtbot)
    printed = tmp_path / "printed.pdf"
    asked = []

    def answer(printer: QPrinter, pages: int, parent) -> bool:  # the user picks pages 2–3 and a PDF printer
        asked.append(pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    monkeypatch.setattr(w, "ask_printer", answer)
    made = []
    real_mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *a, **k: made.append(real_mkdtemp(*a, **k)) or made[-1])
    w.show_section("overview")
    QTest.keyClick(w.editor("overview").fields[("title",)].editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: printed.exists() and w.statusBar().currentMessage() == f"Saved 2 pages to {printed}.", timeout=60000)
    qtbot.waitUntil(lambda: w.preview.page_count is not None, timeout=60000)
    assert asked == [w.preview.page_count]  # the dialog offers every page of the brief
    assert len(PdfReader(printed).pages) == 2
    assert made and not os.path.exists(made[0])  # the PDF made for the printer is gone


def test_the_print_message_counts_pages_in_words_and_names_the_file(example_window):
    w = example_window
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    assert w._printed_text(printer, 1, None) == "Sent 1 page to the printer."
    assert w._printed_text(printer, 9, None) == "Sent 9 pages to the printer."
    assert w._printed_text(printer, 9, "OFFICIAL") == "Sent 9 pages to the printer: what a reader at OFFICIAL sees."
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName("/tmp/x/brief.pdf")
    assert w._printed_text(printer, 1, None) == "Saved 1 page to /tmp/x/brief.pdf."
    assert w._printed_text(printer, 3, "OFFICIAL") == "Saved 3 pages to /tmp/x/brief.pdf: what a reader at OFFICIAL sees."


def test_print_cancelled_in_the_dialog_prints_nothing(example_window, qtbot, monkeypatch):
    w = example_window
    asked = []
    monkeypatch.setattr(w, "ask_printer", lambda printer, pages, parent: asked.append(pages) or False)
    assert w.act_print.shortcuts()[0].toString() == "Ctrl+P"
    w.act_print.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=60000)
    assert "Sent" not in w.statusBar().currentMessage()


def test_print_or_export_while_an_export_runs_says_so(example_window, qtbot, monkeypatch):
    w = example_window
    monkeypatch.setattr(w.exports.runner, "_running", True)  # an export is under way
    asked = []
    monkeypatch.setattr(w, "ask_printer", lambda printer, pages, parent: asked.append(pages) or False)
    assert not w.print_brief()
    assert "still running" in w.statusBar().currentMessage() and asked == []
    w.statusBar().clearMessage()
    assert not w.export("both")
    assert "still running" in w.statusBar().currentMessage()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-email is the Linux route")
def test_closing_the_window_while_the_mail_command_runs_neither_kills_it_nor_loses_the_message(
        qtbot, tmp_path, monkeypatch, message_boxes):
    """The user closes the window (or quits) just after Export and Attach to
    Email: the mail command runs to its end, and when it fails the user is
    still told where the file is."""
    from briefer.gui.main_window import MainWindow

    ran = tmp_path / "xdg-email-ran-to-the-end"
    fake_xdg_email(tmp_path, monkeypatch, f"sleep 1; touch '{ran}'; exit 3")
    target = tmp_path / "out" / "brief.pdf"
    target.parent.mkdir()
    w = MainWindow()  # not make_window's: this one is deleted in the test
    w.files.open_example()
    w.show()
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(target))
    w.email_menu.actions()[0].trigger()  # File ▸ Export and Attach to Email ▸ PDF…
    qtbot.waitUntil(lambda: "Opening your mail program" in w.statusBar().currentMessage(), timeout=60000)
    message_boxes.expect("box", "could not open your mail program")
    w.files.doc.undo_stack.setClean()
    w.preview.shutdown()
    assert w.close()
    w.deleteLater()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10000)
    assert ran.exists()
    (_kind, _title, text), = message_boxes.shown
    assert f"Attach the file to a message yourself: it is in {target.parent}." in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-email is the Linux route")
def test_quitting_while_the_mail_command_runs_lets_it_finish_and_reports(example_window, qtbot, tmp_path, monkeypatch, message_boxes):
    w = example_window
    ran = tmp_path / "xdg-email-ran-to-the-end"
    fake_xdg_email(tmp_path, monkeypatch, f"sleep 1; touch '{ran}'; exit 3")
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(target))
    w.email_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: "Opening your mail program" in w.statusBar().currentMessage(), timeout=60000)
    message_boxes.expect("box", "could not open your mail program")
    QApplication.instance().aboutToQuit.emit()  # what quitting does before the app is torn down
    assert ran.exists() and len(message_boxes.shown) == 1
