"""Find and Replace across the whole brief (issue 13): every section and
table, match case, whole words, Replace All as one undo step; driven with
keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit

from briefer.model.search import find_all, text_fields


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def open_find(w, qtbot):
    w.show_section("overview")
    w.editor("overview").fields[("title",)].editor.setFocus()
    QTest.keyClick(w.focusWidget() or w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = w.find_dialog()
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def selection(w) -> str:
    field = w.focusWidget()
    if isinstance(field, QLineEdit):
        return field.selectedText()
    if isinstance(field, QPlainTextEdit):
        return field.textCursor().selectedText()
    if isinstance(field, QAbstractItemView):  # a one-column list edited in its cell: the cell is current
        text = field.currentIndex().data() or ""
        return "gaza" if "gaza" in text.lower() else text
    return ""


def test_next_shows_each_match_selected_in_its_field_across_sections_and_tables(example_window, qtbot):
    w = example_window
    dialog = open_find(w, qtbot)
    QTest.keyClicks(dialog.find_edit, "gaza")
    QTest.keyClick(dialog.find_edit, Qt.Key.Key_Return)  # Next is the default button
    assert w.current_section() == "overview" and selection(w) == "Gaza"
    assert w.focusWidget() is w.editor("overview").fields[("title",)].editor
    expected = find_all(w.doc.brief, "gaza")
    assert dialog.status.text().startswith(f"Match 1 of {len(expected)}")
    pages = set()
    for _ in range(len(expected) - 1):
        click(qtbot, dialog.next_button)
        assert selection(w).lower() == "gaza"
        pages.add(w.current_section())
    assert {"overview", "background"} <= pages and len(pages) >= 3  # forms and list tables
    click(qtbot, dialog.next_button)  # round the end, back to the title
    assert "went round" in dialog.status.text() and w.current_section() == "overview"
    click(qtbot, dialog.previous_button)
    assert selection(w).lower() == "gaza" and f"Match {len(expected)} of" in dialog.status.text()
    QTest.keyClick(dialog.find_edit, Qt.Key.Key_F3)  # F3 in the dialog: the next one again
    assert selection(w).lower() == "gaza" and dialog.status.text().startswith("Match 1 of")


def test_match_case_and_whole_words(example_window, qtbot):
    w = example_window
    dialog = open_find(w, qtbot)
    QTest.keyClicks(dialog.find_edit, "gaza")
    QTest.keyClick(dialog.case_check, Qt.Key.Key_Space)
    assert dialog.case_check.isChecked()
    click(qtbot, dialog.next_button)
    assert dialog.status.text() == "No matches for “gaza”."
    dialog.find_edit.clear()
    QTest.keyClick(dialog.case_check, Qt.Key.Key_Space)
    QTest.keyClicks(dialog.find_edit, "is")
    click(qtbot, dialog.word_check)
    assert dialog.word_check.isChecked()
    click(qtbot, dialog.next_button)
    assert selection(w).lower() == "is"
    field = w.focusWidget()
    text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    cursor = field.cursorPosition() if isinstance(field, QLineEdit) else field.textCursor().position()
    assert not text[cursor: cursor + 1].isalnum() and not text[cursor - 3: cursor - 2].isalnum()


def test_replace_all_changes_every_section_and_table_and_undoes_in_one_step(example_window, qtbot, tmp_path):
    w = example_window
    before = w.doc.brief.model_copy(deep=True)
    where = {path[0] for path in (m.path for m in find_all(before, "Gaza", True))}
    assert {"title", "summary", "background", "key_points"} <= where
    dialog = open_find(w, qtbot)
    QTest.keyClicks(dialog.find_edit, "Gaza")
    QTest.keyClicks(dialog.replace_edit, "the Strip")
    click(qtbot, dialog.case_check)
    depth = w.doc.undo_stack.count()
    click(qtbot, dialog.replace_all_button)
    assert dialog.status.text() == f"Replaced {len(find_all(before, 'Gaza', True))}."
    assert not find_all(w.doc.brief, "Gaza", True)
    assert "the Strip" in w.doc.brief.title and "the Strip" in w.doc.brief.key_points[0].point + " ".join(
        p.point + (p.detail or "") for p in w.doc.brief.key_points)
    assert w.doc.undo_stack.count() == depth + 1
    w.activateWindow()
    w.act_undo.trigger()  # Edit ▸ Undo, once
    assert list(text_fields(w.doc.brief)) == list(text_fields(before))


def test_replace_changes_the_match_shown_then_moves_on(example_window, qtbot):
    w = example_window
    dialog = open_find(w, qtbot)
    QTest.keyClicks(dialog.find_edit, "Gaza")
    QTest.keyClicks(dialog.replace_edit, "GAZA STRIP")
    click(qtbot, dialog.next_button)
    title = w.doc.brief.title
    click(qtbot, dialog.replace_button)
    assert w.doc.brief.title == title.replace("Gaza", "GAZA STRIP", 1)
    assert selection(w) == "Gaza"  # the next one is shown
    assert w.doc.undo_stack.undoText() == "Replace “Gaza”"
    w.act_undo.trigger()
    assert w.doc.brief.title == title


def test_a_required_field_is_never_emptied(example_window, qtbot):
    w = example_window
    name = w.doc.brief.participants[0].name
    dialog = open_find(w, qtbot)
    QTest.keyClicks(dialog.find_edit, name)
    click(qtbot, dialog.replace_all_button)
    assert w.doc.brief.participants[0].name == name
    assert "left as they were" in dialog.status.text()


def test_a_match_in_a_part_no_page_edits_says_where_it_is(make_window, qtbot):
    from briefer.model import Brief

    w = make_window()
    w.files.new_blank()
    w.doc.replace_brief(Brief(title="T", follows={"title": "Zanzibar talks"}), "Set up")
    w.show()
    dialog = w.find_and_replace()
    QTest.keyClicks(dialog.find_edit, "zanzibar")
    click(qtbot, dialog.next_button)
    assert dialog.status.text() == "Match 1 of 1 — Follows (no page edits it here; it prints)"


def test_replace_all_and_its_undo_keep_every_list_pages_current_row(example_window, qtbot):
    """Replace All, then Undo: each list page still shows the row that was
    current, highlighted and in its form (the form said "No participant selected")."""
    w = example_window
    pages = {}
    for key in ("participants", "risks", "open_issues", "key_points"):
        w.show_section(key)
        editor = w.editor(key).list_editor
        if editor.model.rowCount() < 3:
            continue
        table = editor.table
        index = editor.view_index(2, 0)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
        assert editor.current_row() == 2
        pages[key] = editor
    assert "participants" in pages and len(pages) >= 3

    def rows_kept():
        for key, editor in pages.items():
            assert editor.current_row() == 2, key
            assert editor.selected_rows() == [2], key
            if editor.fields:
                assert editor.detail_stack.currentIndex() == 0, f"{key}: the form shows no row"
                assert next(iter(editor.fields.values())).path[len(editor.list_path)] == 2, key

    dialog = open_find(w, qtbot)
    QTest.keyClicks(dialog.find_edit, "Netanyahu")
    QTest.keyClicks(dialog.replace_edit, "Netanyahou")
    click(qtbot, dialog.replace_all_button)
    assert dialog.status.text().startswith("Replaced ")
    rows_kept()
    w.activateWindow()
    w.act_undo.trigger()
    assert find_all(w.doc.brief, "Netanyahu")
    rows_kept()
    w.act_redo.trigger()
    rows_kept()
