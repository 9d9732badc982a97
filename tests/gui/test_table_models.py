"""ListTableModel: reads and writes through the document, tells views the
precise row changes, and moves rows by drag and drop as one undo step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from briefer.gui.edit_session import EditSession
from briefer.gui.editors.specs import LIST_SPECS, text_list_spec
from briefer.gui.editors.table_model import ROW_MIME, ListTableModel
from briefer.model import Brief, IssueStatus, Level, brief_from_bytes

EXAMPLE = Path(__file__).resolve().parents[2] / "resources/examples/kushner-netanyahu-2025-11-10.brief"


def example_brief() -> Brief:
    if EXAMPLE.exists():
        return brief_from_bytes(EXAMPLE.read_bytes()).brief
    return Brief.model_validate(
        {
            "title": "Test meeting",
            "objectives": ["One", "Two", "Three"],
            "participants": [{"name": f"P{i}", "delegation": d} for i, d in enumerate("ABAB")],
            "agenda": [{"item": f"A{i}"} for i in range(3)],
            "key_points": [{"point": f"K{i}"} for i in range(3)],
            "stakeholders": [{"name": f"S{i}"} for i in range(3)],
            "risks": [{"risk": f"R{i}"} for i in range(3)],
            "open_issues": [{"issue": f"I{i}"} for i in range(3)],
            "timeline": [{"event": f"E{i}"} for i in range(3)],
            "sections": [{"title": f"C{i}"} for i in range(3)],
            "sources": [{"title": f"T{i}"} for i in range(3)],
        }
    )


@pytest.fixture
def doc(qapp) -> EditSession:
    return EditSession(example_brief())


def make_model(doc: EditSession, key: str) -> ListTableModel:
    spec = LIST_SPECS[key]
    return ListTableModel(doc, spec.list_path, spec.columns)


def first_fields(doc: EditSession, key: str) -> list[str]:
    field = LIST_SPECS[key].columns[0].field if key != "timeline" else "event"
    return [getattr(item, field) for item in doc.value((key,))]


def test_rows_and_columns_follow_the_list(doc):
    model = make_model(doc, "risks")
    assert model.rowCount() == len(doc.brief.risks) >= 2
    assert model.columnCount() == 5  # risk, likelihood, impact, owner, marking
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Risk"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Marking"
    assert model.data(model.index(0, 0)) == doc.brief.risks[0].risk


def test_enum_cells_show_labels_and_store_members(doc):
    model = make_model(doc, "risks")
    index = model.index(0, 1)  # likelihood
    assert model.setData(index, Level.LOW)
    assert doc.brief.risks[0].likelihood is Level.LOW
    assert model.data(index) == "Low"
    assert model.setData(index, None)
    assert doc.brief.risks[0].likelihood is None
    assert model.data(index) == ""


def test_date_cells_are_edited_as_text_and_clear_when_emptied(doc):
    model = make_model(doc, "open_issues")
    index = model.index(0, 2)  # due
    assert model.setData(index, "1 Dec 2025")
    assert doc.brief.open_issues[0].due == dt.date(2025, 12, 1)
    assert model.data(index, Qt.ItemDataRole.EditRole) == "1 Dec 2025"
    assert model.setData(index, "")
    assert doc.brief.open_issues[0].due is None


def test_refused_cell_edit_returns_false_and_says_why(doc, qtbot):
    model = make_model(doc, "participants")
    before = doc.brief.participants[0].name
    with qtbot.waitSignal(model.edit_refused) as blocker:
        assert not model.setData(model.index(0, 0), "   ")
    assert "Name" in blocker.args[0] and "required" in blocker.args[0]
    assert doc.brief.participants[0].name == before
    assert not doc.undo_stack.canUndo()


def test_each_cell_edit_is_one_undo_step(doc):
    model = make_model(doc, "agenda")
    old = doc.brief.agenda[0].item
    item = model.column_of("item")
    model.setData(model.index(0, item), "First")
    model.setData(model.index(0, item), "Second")
    assert doc.brief.agenda[0].item == "Second"
    doc.undo_stack.undo()
    assert doc.brief.agenda[0].item == "First"
    doc.undo_stack.undo()
    assert doc.brief.agenda[0].item == old


def test_edit_in_the_document_updates_the_cell(doc, qtbot):
    model = make_model(doc, "stakeholders")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        doc.set_value(("stakeholders", 1, "name"), "Qatar")
    assert blocker.args[0].row() == 1
    assert model.data(model.index(1, 0)) == "Qatar"


@pytest.mark.parametrize("key", list(LIST_SPECS))
def test_insert_remove_move_are_precise_row_signals(doc, qtbot, key):
    model = make_model(doc, key)
    n = model.rowCount()
    assert n >= 2, "the example brief has at least two rows in every list"
    spec = LIST_SPECS[key]
    with qtbot.waitSignal(model.rowsInserted) as ins:
        doc.insert_item(spec.list_path, 1, spec.new_item())
    assert ins.args[1:] == [1, 1] and model.rowCount() == n + 1
    with qtbot.waitSignal(model.rowsRemoved) as rem:
        doc.undo_stack.undo()
    assert rem.args[1:] == [1, 1] and model.rowCount() == n
    with qtbot.waitSignal(model.rowsMoved):
        doc.move_item(spec.list_path, 0, n - 1)
    with qtbot.waitSignal(model.rowsMoved):
        doc.undo_stack.undo()
    with qtbot.assertNotEmitted(model.modelReset):
        doc.remove_items(spec.list_path, [0, n - 1])
    assert model.rowCount() == n - 2 == len(doc.value(spec.list_path))
    doc.undo_stack.undo()
    assert model.rowCount() == n


def test_reset_reloads_everything(doc, qtbot):
    model = make_model(doc, "timeline")
    smaller = doc.brief.model_copy(deep=True)
    smaller.timeline = smaller.timeline[:1]
    with qtbot.waitSignal(model.modelReset):
        doc.replace_brief(smaller, "Revert")
    assert model.rowCount() == 1


def drag(model: ListTableModel, rows: list[int]) -> QMimeData:
    return model.mimeData([model.index(r, 0) for r in rows])


@pytest.mark.parametrize("key", list(LIST_SPECS))
def test_drag_a_row_down_and_undo_it_in_one_step(doc, key):
    model = make_model(doc, key)
    before = list(doc.value((key,)))
    mime = drag(model, [0])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    after = list(doc.value((key,)))
    assert after == [before[1], before[0], *before[2:]]
    assert model.data(model.index(1, model.column_of(LIST_SPECS[key].columns[0].field))) == \
        model.display_text(1, 0)
    doc.undo_stack.undo()
    assert list(doc.value((key,))) == before


def test_drag_two_rows_to_the_top_keeps_their_order(doc):
    model = make_model(doc, "key_points")
    before = [k.point for k in doc.brief.key_points]
    assert len(before) >= 4
    model.dropMimeData(drag(model, [2, 3]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [k.point for k in doc.brief.key_points] == [before[2], before[3], before[0], before[1], *before[4:]]
    assert doc.undo_stack.count() == 1  # one macro
    doc.undo_stack.undo()
    assert [k.point for k in doc.brief.key_points] == before


def test_drop_on_a_row_lands_before_it_and_at_the_end_when_dropped_below(doc):
    model = make_model(doc, "risks")
    before = [r.risk for r in doc.brief.risks]
    model.dropMimeData(drag(model, [0]), Qt.DropAction.MoveAction, -1, -1, QModelIndex())  # empty area: end
    assert [r.risk for r in doc.brief.risks] == [*before[1:], before[0]]
    doc.undo_stack.undo()
    model.dropMimeData(drag(model, [3]), Qt.DropAction.MoveAction, -1, -1, model.index(1, 0))  # onto row 1
    assert [r.risk for r in doc.brief.risks][:2] == [before[0], before[3]]


def test_rows_from_another_list_are_not_accepted(doc):
    risks = make_model(doc, "risks")
    issues = make_model(doc, "open_issues")
    mime = drag(issues, [0])
    assert not risks.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not risks.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    junk = QMimeData()
    junk.setData(ROW_MIME, b"not json")
    assert not risks.dropMimeData(junk, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not doc.undo_stack.canUndo()


def test_view_cannot_remove_the_source_rows_after_a_move(doc):
    """QAbstractItemView calls removeRows after a MoveAction drop; it must do nothing."""
    model = make_model(doc, "agenda")
    n = model.rowCount()
    assert not model.removeRows(0, 1)
    assert len(doc.brief.agenda) == n


def test_list_of_text_cells_edit_the_items_and_refuse_blank(doc, qtbot):
    spec = text_list_spec("objectives", "Objective", "New objective", "objective")
    model = ListTableModel(doc, spec.list_path, spec.columns)
    n = model.rowCount()
    assert model.setData(model.index(0, 0), "Get **agreement** on the force")
    assert doc.brief.objectives[0] == "Get **agreement** on the force"
    with qtbot.waitSignal(model.edit_refused):
        assert not model.setData(model.index(0, 0), "  ")
    assert len(doc.brief.objectives) == n


def test_status_column_of_open_issues_is_required(doc):
    model = make_model(doc, "open_issues")
    col = model.column_of("status")
    assert model.setData(model.index(0, col), IssueStatus.RESOLVED)
    assert model.data(model.index(0, col)) == "Resolved"


def test_a_pasted_line_break_in_a_cell_becomes_a_space(qtbot):
    """Cell editors clean pasted text like the form fields do."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from briefer.gui.editors.delegates import TextDelegate
    from briefer.gui.editors.fields import CleanLineEdit

    editor = TextDelegate().createEditor(None, QStyleOptionViewItem(), None)
    qtbot.addWidget(editor)
    assert isinstance(editor, CleanLineEdit)
    editor.insert("Desk\x0bLondon\x07")
    assert editor.text() == "Desk London"


def test_typing_a_field_back_to_its_old_value_leaves_no_undo_step(qapp):
    from briefer.gui.edit_session import EditSession
    from briefer.model import Brief

    doc = EditSession(Brief(title="T", subtitle="Old"))
    doc.set_value(("subtitle",), "Olde")
    doc.set_value(("subtitle",), "Old")
    assert doc.undo_stack.count() == 0 and doc.undo_stack.isClean()
