"""The live preview and the background export: same PDF as an export,
renders off the UI thread, stale renders dropped, errors shown in words,
exports with progress, cancel and no leftover file, a responsive UI."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from pypdf import PdfReader

from helpers.exporting import BUILTINS, export_to, template_of
from briefer.templates import default_template
from briefer.gui.export_runner import ExportRunner, suggested_file_name
from briefer.storage import load_example
from briefer.gui.preview import PreviewPane, brief_pdf_renderer
from briefer.model import Brief


@pytest.fixture(scope="module")
def example():
    return load_example().brief


def test_preview_page_count_matches_the_exported_pdf(example_window, qtbot, tmp_path):
    w = example_window
    with qtbot.waitSignal(w.preview.rendered, timeout=20000) as blocker:
        w.preview.refresh_now()
    pages = blocker.args[0]
    target = tmp_path / "out.pdf"
    assert export_to(w.doc.brief, target, "pdf") == pages
    assert len(PdfReader(target).pages) == pages == w.preview.page_count
    assert w.preview.pdf_document().pageCount() == pages
    assert str(pages) in w.preview.pages_label.text()


def test_preview_refreshes_after_edits_stop(example_window, qtbot):
    w = example_window
    with qtbot.waitSignal(w.preview.rendered, timeout=20000):
        w.preview.refresh_now()
    with qtbot.waitSignal(w.preview.rendered, timeout=20000):
        w.doc.set_value(("title",), "A new title")
        assert w.preview.busy  # the indicator shows a render is due
    assert not w.preview.busy


def test_stale_renders_are_dropped(qtbot):
    started = threading.Event()
    release = threading.Event()
    calls = []
    real = brief_pdf_renderer(BUILTINS, worker=None)

    def slow_first(brief, cancel):
        calls.append(brief.title)
        if len(calls) == 1:
            started.set()
            release.wait(10)
            if cancel():
                from briefer.export.running import ExportCancelled

                raise ExportCancelled()
        data, pages, *_ = real(brief, cancel)
        return data, pages, len(calls)  # the budget slot tells which render was shown

    pane = PreviewPane(render=slow_first)
    qtbot.addWidget(pane)
    briefs = iter([Brief(title="First"), Brief(title="Second")])
    current = {}
    pane.set_brief_source(lambda: current["b"])
    shown = []
    pane.rendered.connect(lambda pages, which: shown.append(which))
    current["b"] = next(briefs)
    pane.refresh_now()
    assert started.wait(10)
    current["b"] = next(briefs)
    pane.refresh_now()  # supersedes the first while it runs
    release.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    pane.wait_idle()
    qtbot.wait(50)
    assert calls == ["First", "Second"] and shown == [2]
    pane.shutdown()


def test_preview_shows_a_message_when_rendering_fails(qtbot):
    def broken(brief, cancel):
        raise RuntimeError("font file missing")

    pane = PreviewPane(render=broken)
    qtbot.addWidget(pane)
    pane.set_brief_source(lambda: Brief(title="x"))
    with qtbot.waitSignal(pane.render_failed, timeout=10000):
        pane.refresh_now()
    assert pane.stack.currentWidget() is pane.message_page
    assert "could not be made" in pane.message.text() and "font file missing" in pane.message.text()
    pane.shutdown()


def test_preview_keeps_the_scroll_position(example_window, qtbot):
    w = example_window
    with qtbot.waitSignal(w.preview.rendered, timeout=20000):
        w.preview.refresh_now()
    bar = w.preview.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000, timeout=5000)
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    with qtbot.waitSignal(w.preview.rendered, timeout=20000):
        w.doc.set_value(("subtitle",), "A slightly different subtitle")
    qtbot.wait(50)
    assert abs(bar.value() - before) <= 2


def test_export_runner_writes_the_file(qtbot, tmp_path, example):
    runner = ExportRunner()
    target = tmp_path / "brief.pdf"
    progress = []
    runner.progress.connect(progress.append)
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        runner.start(example, target, "pdf", template_of(example))
    assert blocker.args[0] == str(target) and blocker.args[1] == len(PdfReader(target).pages)
    assert progress and progress[-1] == 100 and not runner.running
    docx = tmp_path / "brief.docx"
    with qtbot.waitSignal(runner.finished, timeout=30000):
        runner.start(example, docx, "docx", template_of(example))
    assert docx.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_export_cancel_leaves_no_file(qtbot, tmp_path, example, fmt):
    runner = ExportRunner()
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(runner.cancelled, timeout=30000):
        runner.start(example, out / f"brief.{fmt}", fmt, template_of(example))
        runner.cancel()
    assert list(out.iterdir()) == []


def test_export_cancel_midway_leaves_the_old_file(qtbot, tmp_path, example):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "brief.pdf"
    target.write_bytes(b"previous export")
    runner = ExportRunner()
    runner.progress.connect(lambda p: runner.cancel())  # Cancel pressed once progress shows
    with qtbot.waitSignal(runner.cancelled, timeout=30000):
        runner.start(example, target, "pdf", template_of(example))
    assert sorted(p.name for p in target.parent.iterdir()) == ["brief.pdf"]
    assert target.read_bytes() == b"previous export"


def test_export_failure_is_a_message(qtbot, tmp_path, example):
    runner = ExportRunner()
    with qtbot.waitSignal(runner.failed, timeout=30000) as blocker:
        runner.start(example, tmp_path / "no-such-folder" / "brief.pdf", "pdf", template_of(example))
    assert "brief.pdf" in blocker.args[0]


def test_the_ui_thread_runs_while_an_export_is_in_progress(qtbot, tmp_path, example, monkeypatch):
    """The export waits until the UI thread has handled an event: if it ran
    on the UI thread, that event could not come and the wait would fail.
    (How long the UI pauses is a figure of ``make bench``, not a test.)"""
    import briefer.gui.export_runner as export_runner

    real_export = export_runner.export_brief
    ui_ran = threading.Event()
    seen = []

    def export_after_the_ui_ran(*args, **kwargs):
        seen.append((threading.get_ident(), ui_ran.wait(10)))
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_runner, "export_brief", export_after_the_ui_ran)
    runner = ExportRunner()
    with qtbot.waitSignal(runner.finished, timeout=60000) as blocker:
        runner.start(example, tmp_path / "brief.pdf", "pdf", template_of(example))
        QTimer.singleShot(0, ui_ran.set)
    assert len(seen) == 1, "the export did not go through export_brief"
    thread, ui_ran_first = seen[0]
    assert ui_ran_first, "the UI thread handled no event while the export waited for one"
    assert thread != threading.get_ident()
    assert blocker.args[1] == len(PdfReader(tmp_path / "brief.pdf").pages) > 1


def test_export_over_a_read_only_file_asks_and_over_a_symlink_refuses(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    target = tmp_path / "final.pdf"
    target.write_bytes(b"%PDF- signed off")
    target.chmod(0o444)
    asked, errors, shown = [], [], []
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(target))
    monkeypatch.setattr(w.exports, "show_result", lambda path, pages: shown.append(path))
    monkeypatch.setattr(w.exports, "show_error", errors.append)
    monkeypatch.setattr(w.exports, "confirm_replace_read_only", lambda name: asked.append(name) or False)
    assert not w.export("pdf")  # declined: nothing started, nothing written
    assert asked == ["final.pdf"] and target.read_bytes() == b"%PDF- signed off"
    monkeypatch.setattr(w.exports, "confirm_replace_read_only", lambda name: True)
    with qtbot.waitSignal(w.exports.runner.finished, timeout=30000):
        assert w.export("pdf")
    assert target.read_bytes().startswith(b"%PDF-1") and shown == [str(target)]
    link = tmp_path / "link.pdf"
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link.symlink_to(victim)
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(link))
    assert not w.export("pdf")
    assert "symbolic link" in errors[-1] and victim.read_text() == "keep me"


def test_export_flow_remembers_the_folder_and_offers_to_open(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    target = tmp_path / "exports" / "out.pdf"
    target.parent.mkdir()
    shown = []
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(target))
    monkeypatch.setattr(w.exports, "show_result", lambda path, pages: shown.append((path, pages)))
    with qtbot.waitSignal(w.exports.runner.finished, timeout=30000):
        assert w.export("pdf")
    assert target.exists() and shown == [(str(target), len(PdfReader(target).pages))]
    assert w.settings.last_export_folder() == str(target.parent)


def test_suggested_file_name():
    assert suggested_file_name("Kushner–Netanyahu: Phase Two / Gaza?", "pdf") == "Kushner–Netanyahu Phase Two Gaza.pdf"
    assert suggested_file_name("  ", "docx") == "brief.docx"
    assert suggested_file_name("会談 ברירת מחדל", "pdf") == "会談 ברירת מחדל.pdf"


def test_closing_during_an_export_asks_before_stopping_it(example_window, qtbot, tmp_path):
    from benchmarks.briefs import make_brief

    w = example_window
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "big.pdf"
    w.files.prompter.answers["stop_export"] = False
    w.exports.runner.start(make_brief("L"), target, "pdf", default_template())
    assert not w.close()  # "Cancel": the window and the export carry on
    assert w.exports.runner.running
    w.files.prompter.answers["stop_export"] = True
    w.files.prompter.answers["save_changes"] = "discard"
    assert w.close()
    assert list(target.parent.iterdir()) == []  # stopped, nothing half-written


def test_cancel_works_while_the_export_waits_for_the_preview(qtbot, tmp_path, example):
    """An export queued behind a long preview render still stops at once."""
    from briefer.export.running import RENDER_LOCK

    (tmp_path / "out").mkdir()
    runner = ExportRunner()
    with RENDER_LOCK:  # a preview render holds the lock
        runner.start(example, tmp_path / "out" / "brief.pdf", "pdf", template_of(example))
        with qtbot.waitSignal(runner.cancelled, timeout=3000):
            runner.cancel()
    assert runner.wait(1000) and list((tmp_path / "out").iterdir()) == []


def test_the_problems_panel_says_what_the_page_budget_left_out(example_window, qtbot):
    w = example_window
    w.doc.set_value(("layout", "template"), "quick")
    # The bilateral preview started on opening may still arrive first (8 pages).
    qtbot.waitUntil(lambda: w.preview.page_count == 1, timeout=60000)  # the quick brief keeps its one page …
    assert w.preview.left_out  # … by leaving things out
    messages = [f.message for f in w.run_checks()]
    assert any("page budget" in m and w.preview.left_out[0] in m for m in messages)
