"""Markings, releasable versions and numbered copies in the app (issue 15).

What a user relies on: every list item and every long-text field has a
marking chooser, and Undo takes a marking back; each row shows its marking
as a chip in the level's colour; the preview shows what a reader at a level
sees; the export dialog offers releasable versions; the Distribution page
makes numbered copies with their register.
"""

from __future__ import annotations

import csv
import hashlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pypdf import PdfReader

from briefer.gui.editors.marking import MarkingDelegate, MarkingField
from briefer.gui.export_runner import ExportFileDialog, template_choices
from briefer.gui.preview import brief_pdf_renderer
from helpers import pdf_text

ILLUSTRATION = "Illustration: a portion marked SECRET"


def _type(qtbot, widget, text: str) -> None:
    for ch in text:  # one key event per character (pytest-qt's keyClicks aborts on some text)
        qtbot.keyClick(widget, ch)


def test_a_list_items_marking_is_chosen_in_its_form_and_undone(example_window, qtbot) -> None:
    w = example_window
    w.show_section("risks")
    editor = w.editor("risks").list_editor
    editor.select_row(1)
    field = editor.fields["marking"]
    assert isinstance(field, MarkingField)
    assert [field.editor.itemText(i) for i in range(field.editor.count())] == ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"]
    assert field.editor.lineEdit().placeholderText() == "As the brief (OFFICIAL-SENSITIVE)"
    field.editor.setFocus()
    _type(qtbot, field.editor.lineEdit(), "SECRET//UK EYES ONLY")
    field.end_merge()
    assert w.doc.brief.risks[1].marking == "SECRET//UK EYES ONLY"
    # the chip in the row shows it in the level's colour
    model = editor.model
    column = [c.field for c in model.columns].index("marking")
    delegate = editor.table.itemDelegateForColumn(column)
    assert isinstance(delegate, MarkingDelegate)
    text, colour, _tip, unknown = delegate.chip(model.index(1, column).data(Qt.ItemDataRole.EditRole))
    assert (text, colour, unknown) == ("SECRET//UK EYES ONLY", QColor("#C8102E"), False)
    assert delegate.chip(None)[0] == "OFFICIAL-SENSITIVE" and delegate.chip(None)[1] is None  # unmarked: the brief's
    assert delegate.chip("RESTRICTED")[3]  # names no level: outlined in red
    w.act_undo.trigger()
    assert w.doc.brief.risks[1].marking is None
    w.act_redo.trigger()
    assert w.doc.brief.risks[1].marking == "SECRET//UK EYES ONLY"


def test_a_marking_typed_in_the_table_cell_is_undoable(example_window, qtbot) -> None:
    w = example_window
    w.show_section("key_points")
    model = w.editor("key_points").list_editor.model
    column = [c.field for c in model.columns].index("marking")
    assert model.setData(model.index(0, column), "SECRET")
    assert w.doc.brief.key_points[0].marking == "SECRET"
    assert model.setData(model.index(0, column), "  ")
    assert w.doc.brief.key_points[0].marking is None
    w.act_undo.trigger()
    assert w.doc.brief.key_points[0].marking == "SECRET"


def test_every_long_text_field_has_a_marking_chooser(example_window, qtbot) -> None:
    w = example_window
    overview = w.editor("overview")
    for field in ("summary", "purpose", "objectives", "their_objectives"):
        assert isinstance(overview.fields[("portion_markings", field)], MarkingField), field
    background = w.editor("background")
    chooser = background.fields[("portion_markings", "background")]
    chooser.editor.setFocus()
    chooser.editor.setCurrentIndex(2)
    chooser.editor.activated.emit(2)
    assert w.doc.brief.portion_markings.background == "SECRET"
    w.act_undo.trigger()
    assert w.doc.brief.portion_markings.background is None


def test_the_preview_shows_what_a_reader_at_a_level_sees(example_window, qtbot) -> None:
    w = example_window
    assert [w.reader_combo.itemData(i) for i in range(w.reader_combo.count())] == [
        None, "OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"
    ]
    # the renderer the window uses sends only the releasable version on
    seen = []
    render = brief_pdf_renderer(w.library, worker=None, reader=w.reader_level)
    w.set_reader_level("OFFICIAL-SENSITIVE")
    data, pages, *_ = render(w.doc.brief, lambda: False)
    text = pdf_text(data)
    assert ILLUSTRATION not in text and "SECRET" not in text.replace("OFFICIAL-SENSITIVE", "")
    w.set_reader_level(None)
    data, *_ = render(w.doc.brief, lambda: False)
    assert ILLUSTRATION in pdf_text(data)
    # in the window: the preview follows the choice, and a refused level says why
    with qtbot.waitSignal(w.preview.render_failed, timeout=30000) as failed:
        w.set_reader_level("OFFICIAL")
    assert "the brief itself is marked OFFICIAL-SENSITIVE" in failed.args[0]
    with qtbot.waitSignal(w.preview.rendered, timeout=30000):
        w.set_reader_level("OFFICIAL-SENSITIVE")
    assert w.preview.error is None
    seen.append(w.preview.page_count)
    assert seen[0] >= 1


def test_the_export_dialog_offers_the_full_brief_and_each_level(example_window, qtbot, tmp_path) -> None:
    w = example_window
    choices, default = template_choices(w.library, w.doc.brief)
    dialog = ExportFileDialog(w, "Export PDF", str(tmp_path / "x.pdf"), "PDF (*.pdf)", choices, default, "bilateral", library=w.library)
    qtbot.addWidget(dialog)
    assert dialog.chosen_release() is None
    assert [dialog.version_combo.itemData(i) for i in range(dialog.version_combo.count())] == [
        None, "OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"
    ]
    dialog.version_combo.setCurrentIndex(2)
    assert dialog.chosen_release() == "OFFICIAL-SENSITIVE"


def test_a_releasable_export_from_the_app_holds_nothing_above_it(example_window, qtbot, tmp_path, monkeypatch, message_boxes) -> None:
    w = example_window
    target = tmp_path / "release.pdf"

    def ask(brief, fmt, near=None):
        w.exports.chosen_release = "OFFICIAL-SENSITIVE"
        return str(target)

    monkeypatch.setattr(w.exports, "ask_target", ask)
    monkeypatch.setattr(w.exports, "show_result", lambda path, pages: None)
    with qtbot.waitSignal(w.exports.runner.finished, timeout=30000):
        assert w.export("pdf")
    text = pdf_text(target.read_bytes())
    assert ILLUSTRATION not in text and "holds no information" not in text
    assert "Lines to take if asked" in text
    # a level that cannot be released is refused before any file is touched
    errors = []
    monkeypatch.setattr(w.exports, "show_error", errors.append)
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(tmp_path / "no.pdf"))
    assert not w.exports.export(w.doc.brief, "pdf", release_at="OFFICIAL")
    assert "the brief itself is marked" in errors[0] and not (tmp_path / "no.pdf").exists()


def test_the_distribution_page_makes_numbered_copies_and_the_register(example_window, qtbot, tmp_path, monkeypatch) -> None:
    w = example_window
    w.show_section("distribution")
    page = w.editor("distribution")
    assert page.list_editor.model.rowCount() == 4
    folder = tmp_path / "copies"
    monkeypatch.setattr(w.copies, "ask_target", lambda brief, template, count: (str(folder), "OFFICIAL-SENSITIVE"))
    results = []
    monkeypatch.setattr(w.copies, "show_result", lambda f, rows: results.append(rows))
    with qtbot.waitSignal(w.copies.finished, timeout=60000):
        page.copies_button.click()
    with open(folder / "distribution.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["copy"] for r in rows] == ["1", "2", "3", "4"] and len(results) == 1
    for r in rows:
        data = (folder / r["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == r["sha256"]
        pages = [p.extract_text() for p in PdfReader(folder / r["file"]).pages]
        assert all(f"Copy {r['copy']} of 4" in p for p in pages)
        assert ILLUSTRATION not in "".join(pages)
    # again: the files are there, so the user is asked, and a No leaves them alone
    asked = []
    monkeypatch.setattr(w.copies, "confirm_replace", lambda f, names: asked.append(names) or False)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert not w.export_copies()
    assert asked and asked[0][-1] == "distribution.csv"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_copies_with_no_recipients_say_where_to_add_them(make_window, qtbot, tmp_path, monkeypatch) -> None:
    w = make_window()
    w.files.new_blank()
    errors = []
    monkeypatch.setattr(w.copies, "show_error", errors.append)
    assert not w.export_copies()
    assert "Distribution page" in errors[0]


def test_the_reader_filter_fades_the_rows_that_reader_would_not_get(example_window, qtbot) -> None:
    w = example_window
    w.show_section("sections")
    model = w.editor("sections").list_editor.model
    secret_row = [s.title for s in w.doc.brief.sections].index(ILLUSTRATION)
    assert not model.withheld(secret_row)
    w.set_reader_level("OFFICIAL-SENSITIVE")
    assert model.withheld(secret_row) and not model.withheld(0)
    assert model.data(model.index(secret_row, 0), Qt.ItemDataRole.FontRole).strikeOut()
    assert "OFFICIAL-SENSITIVE" in model.data(model.index(secret_row, 0), Qt.ItemDataRole.ToolTipRole)
    # a page opened later follows the filter too
    w.show_section("risks")
    risks = w.editor("risks").list_editor.model
    w.doc.set_value(("risks", 0, "marking"), "TOP SECRET", "marking")
    assert risks.withheld(0) and not risks.withheld(1)
    w.set_reader_level(None)
    assert not model.withheld(secret_row) and not risks.withheld(0)


def test_the_distribution_pages_copy_numbers_are_whole_numbers(example_window, qtbot) -> None:
    w = example_window
    w.show_section("distribution")
    editor = w.editor("distribution").list_editor
    model = editor.model
    column = [c.field for c in model.columns].index("copy_number")
    assert model.setData(model.index(0, column), " 7 ")
    assert w.doc.brief.distribution[0].copy_number == 7
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(0, column), "seven")
    assert "whole number" in refused.args[0] and w.doc.brief.distribution[0].copy_number == 7
    assert model.setData(model.index(0, column), "")
    assert w.doc.brief.distribution[0].copy_number is None
    w.act_undo.trigger()
    assert w.doc.brief.distribution[0].copy_number == 7
    assert "marking" not in [c.field for c in model.columns]  # recipients are not printed, so not marked


def test_the_chooser_says_what_an_unmarked_part_is_handled_at(example_window, qtbot) -> None:
    w = example_window
    chooser = w.editor("overview").fields[("portion_markings", "summary")]
    assert chooser.editor.lineEdit().placeholderText() == "As the brief (OFFICIAL-SENSITIVE)"
    w.doc.set_value(("marking",), "OFFICIAL", "marking")
    assert chooser.editor.lineEdit().placeholderText() == "As the brief (OFFICIAL)"


def test_the_reader_filter_is_in_the_view_menu(example_window, qtbot) -> None:
    w = example_window
    w._fill_reader_menu()
    actions = w.reader_menu.actions()
    assert [a.text() for a in actions][0] == "Every reader: the whole brief" and actions[0].isChecked()
    actions[2].trigger()
    assert w.reader_level() == "OFFICIAL-SENSITIVE"
    w._fill_reader_menu()
    assert w.reader_menu.actions()[2].isChecked()


def test_the_marking_problems_are_shown_in_the_interface_language() -> None:
    from briefer.checks import check_brief
    from briefer.gui.problem_text import _patterns
    from briefer.model import Brief

    png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
    brief = Brief.model_validate(
        {
            "title": "T",
            "marking": "OFFICIAL",
            "summary": "s",
            "portion_markings": {"summary": "SECRET"},
            "participants": [{"name": "Ann", "title": "x", "photo": png, "marking": "SECRET"}],
            "sources": [{"title": "Cable 12", "marking": "SECRET"}],
            "risks": [{"risk": "r", "marking": "EYES ONLY"}],
        }
    )
    messages = [f.message for f in check_brief(brief) if "marked" in f.message or "marking" in f.message]
    assert len(messages) >= 4
    unmatched = [m for m in messages if not any(p.fullmatch(m) for p, _t in _patterns())]
    assert unmatched == []
