"""A format version 2 brief in the app: it opens, its timeline's partial
dates are shown and edited as typed, and saving after an edit keeps every
version 2 field."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.model import PartialDate, brief_from_bytes
from briefer.storage import load_brief

V2 = Path(__file__).resolve().parents[1] / "fixtures" / "v2.brief"


def test_open_edit_the_title_save_keeps_every_v2_field(make_window, tmp_path):
    path = tmp_path / "every-field.brief"
    shutil.copyfile(V2, path)
    w = make_window()
    assert w.files.open_path(str(path))
    w.show()
    for key in ("timeline", "open_issues", "participants", "key_points"):
        w.show_section(key)  # every editor builds over the v2 items without error
    w.doc.set_value(("title",), "Renamed — بعد التعديل")
    w.act_save.trigger()
    assert not w.isWindowModified()
    before = json.loads(V2.read_text(encoding="utf-8"))
    after = json.loads(path.read_text(encoding="utf-8"))
    assert after["version"] == 2
    assert after["brief"].pop("title") == "Renamed — بعد التعديل"
    before["brief"].pop("title")
    assert after == before


def test_timeline_dates_show_and_take_a_year_a_month_or_a_day(qapp, qtbot):
    doc = EditSession(brief_from_bytes(V2.read_bytes()).brief)
    page = create_editor("timeline", doc)
    qtbot.addWidget(page)
    le = page.list_editor
    date_col = le.model.column_of("date")
    shown = [le.model.index(r, date_col).data() for r in range(le.model.rowCount())]
    assert shown == ["2023", "10 Oct 2025", "Nov 2025", ""]
    assert le.model.setData(le.model.index(3, date_col), "2024-05")
    assert doc.brief.timeline[3].date == PartialDate(2024, 5)
    assert le.model.setData(le.model.index(3, date_col), "June 2024")
    assert doc.brief.timeline[3].date == PartialDate(2024, 6)
    assert not le.model.setData(le.model.index(3, date_col), "Mayy 2024")
    assert "Nov 2026 or 2026" in le.table_error.text()
    assert doc.brief.timeline[3].date == PartialDate(2024, 6)  # the refused text changed nothing
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.brief.timeline[3].date is None
    le.select_row(0)
    field = le.fields["date"]
    assert field.editor.text() == "2023"
    field.editor.setText("2022")
    field.editor.textEdited.emit("2022")
    assert doc.brief.timeline[0].date == PartialDate(2022)


def test_a_v1_brief_is_saved_as_version_2(make_window, tmp_path):
    path = tmp_path / "old.brief"
    shutil.copyfile(V2.parent / "v1.brief", path)
    w = make_window()
    assert w.files.open_path(str(path))
    w.doc.set_value(("title",), "Saved again")
    w.act_save.trigger()
    saved = load_brief(path)
    assert saved.migrated_from is None and json.loads(path.read_text(encoding="utf-8"))["version"] == 2
