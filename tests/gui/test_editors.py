"""Section editors as a user drives them: typing (any script), refusals,
rows added/duplicated/deleted/moved and undone, dates, times, time zones,
photos, and jumping to a field from a problem."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from briefer.gui.edit_session import EditSession
from briefer.gui.editors import SECTION_KEYS, create_editor
from briefer.gui.editors.fields import LongTextField, TimezoneField
from briefer.images import PHOTO_MAX_SIDE as MAX_SIDE
from briefer.images import ImageError as PhotoError
from briefer.images import photo_from_bytes
from briefer.storage.picture_files import photo_from_file
from briefer.gui.editors.specs import LIST_SPECS
from briefer.model import Brief, MeetingFormat, brief_from_bytes, decode_photo

EXAMPLE = Path(__file__).resolve().parents[2] / "resources/examples/kushner-netanyahu-2025-11-10.brief"

HEBREW = "בנימין נתניהו"
CHINESE = "习近平"


def example_brief() -> Brief:
    if EXAMPLE.exists():
        return brief_from_bytes(EXAMPLE.read_bytes()).brief
    data = {"title": "Test meeting", "objectives": ["One", "Two"], "meeting": {"date": "2025-11-10"}}
    for key, spec in LIST_SPECS.items():
        data[key] = [spec.make_item(f"{key} {i}").model_dump() for i in range(4)]
    return Brief.model_validate(data)


@pytest.fixture
def doc(qapp) -> EditSession:
    return EditSession(example_brief())


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def type_text(widget, text: str) -> None:
    """One key press per character, with the character as the event's text
    (qtbot.keyClicks cannot type non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def press(widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


# --------------------------------------------------------------------------
# Typing into bound fields
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", [HEBREW, CHINESE])
def test_typing_a_name_in_any_script_then_undo_and_redo(doc, qtbot, name):
    page = show(qtbot, create_editor("participants", doc))
    original = doc.brief.participants[1].name
    assert page.focus_path(("participants", 1, "name"))
    edit = page.list_editor.fields["name"].editor
    assert isinstance(edit, QLineEdit) and edit.text() == original
    edit.selectAll()
    type_text(edit, name)
    assert edit.text() == name
    assert doc.brief.participants[1].name == name
    assert page.list_editor.model.data(page.list_editor.model.index(1, 0)) == name
    doc.undo_stack.undo()  # the whole typed name is one step
    assert doc.brief.participants[1].name == original
    assert edit.text() == original
    doc.undo_stack.redo()
    assert doc.brief.participants[1].name == name
    assert edit.text() == name


def test_clearing_a_required_name_is_refused_and_the_text_is_kept(doc, qtbot):
    page = show(qtbot, create_editor("participants", doc))
    page.focus_path(("participants", 0, "name"))
    field = page.list_editor.fields["name"]
    original = doc.brief.participants[0].name
    field.editor.selectAll()
    press(field.editor, Qt.Key.Key_Backspace)
    assert field.editor.text() == ""  # what the user did stays visible
    assert doc.brief.participants[0].name == original
    assert field.error and "required" in field.error
    assert field.error_label.isVisible() and field.editor.property("invalid") is True
    assert "Name" in field.editor.toolTip()
    type_text(field.editor, "Ada")
    assert doc.brief.participants[0].name == "Ada"
    assert field.error is None and not field.error_label.isVisible()
    assert field.editor.property("invalid") is False


def test_typing_in_the_middle_does_not_move_the_cursor(doc, qtbot):
    page = show(qtbot, create_editor("overview", doc))
    page.focus_path(("title",))
    edit = page.fields[("title",)].editor
    edit.setCursorPosition(3)
    type_text(edit, "XY")
    assert edit.cursorPosition() == 5
    assert doc.brief.title.startswith(edit.text()[:5]) and edit.text() == doc.brief.title


def test_leaving_a_field_ends_the_undo_step(doc, qtbot):
    page = show(qtbot, create_editor("overview", doc))
    title = page.fields[("title",)].editor
    subtitle = page.fields[("subtitle",)].editor
    title.setFocus()
    title.end(False)
    type_text(title, " A")
    title.editingFinished.emit()  # what focus-out sends
    type_text(title, "B")
    assert doc.brief.title.endswith(" AB")
    doc.undo_stack.undo()
    assert doc.brief.title.endswith(" A")
    assert subtitle is not None


def test_pasted_control_characters_are_cleaned_not_silently_refused(doc, qtbot):
    """Text copied from Word carries U+000B (a manual line break): in a
    one-line field it becomes a space and the rest is kept, so nothing the
    user pasted disappears without a word."""
    page = show(qtbot, create_editor("overview", doc))
    field = page.fields[("reference",)]
    field.editor.setFocus()
    field.editor.selectAll()
    field.editor.insert("MENAD/118\x0bannex\x07 B")  # what a paste does
    assert doc.brief.reference == "MENAD/118 annex B"
    assert field.editor.text() == "MENAD/118 annex B" and field.error is None


def test_a_value_the_model_refuses_is_shown_with_its_reason(doc, qtbot):
    page = show(qtbot, create_editor("overview", doc))
    field = page.fields[("reference",)]
    before = doc.brief.reference
    assert not field.commit("REF\x07")
    assert doc.brief.reference == before
    assert "U+0007" in field.error


def test_ctrl_z_in_a_field_is_the_briefs_undo(doc, qtbot):
    """One history: Ctrl+Z typed inside a text field is not the widget's own
    undo (the Edit menu's action handles it)."""
    page = show(qtbot, create_editor("overview", doc))
    field = page.fields[("subtitle",)]
    field.editor.setFocus()
    field.editor.selectAll()
    type_text(field.editor, "New")
    steps = doc.undo_stack.count()
    press(field.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.editor.text() == "New" and doc.brief.subtitle == "New"  # the widget did not undo on its own
    assert doc.undo_stack.count() == steps


def test_long_text_word_count_hint_and_pasted_control_characters(doc, qtbot):
    page = show(qtbot, create_editor("background", doc))
    field: LongTextField = page.fields[("background",)]
    assert "**bold**" in field.hint_label.text()
    field.editor.setPlainText("- **One** two\n\n1. three *four* five")
    assert doc.brief.background == "- **One** two\n\n1. three *four* five"
    assert field.words() == 5
    assert field.count_label.text() == "5 words"
    field.editor.setPlainText("word")
    assert field.count_label.text() == "1 word"
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("bell\x07 here")
    field.editor.insertFromMimeData(mime)
    assert "\x07" not in doc.brief.background and "bell here" in doc.brief.background


def test_undo_elsewhere_refreshes_the_long_text(doc, qtbot):
    page = show(qtbot, create_editor("overview", doc))
    summary: QPlainTextEdit = page.fields[("summary",)].editor
    before = doc.brief.summary
    doc.set_value(("summary",), "Short.")
    assert summary.toPlainText() == "Short."
    doc.undo_stack.undo()
    assert summary.toPlainText() == before


# --------------------------------------------------------------------------
# Dates, times, time zones, choices
# --------------------------------------------------------------------------


def test_date_can_be_cleared_and_undone(doc, qtbot):
    page = show(qtbot, create_editor("meeting", doc))
    field = page.fields[("meeting", "date")]
    before = doc.brief.meeting.date
    assert before is not None and field.clear_button.isEnabled()
    field.clear_button.click()
    assert doc.brief.meeting.date is None
    assert field.editor.text() == "" and field.editor.placeholderText() == "Not set"
    assert not field.clear_button.isEnabled()
    doc.undo_stack.undo()
    assert doc.brief.meeting.date == before
    assert field.editor.text() == "10 Nov 2025"


def test_time_typed_then_cleared(doc, qtbot):
    import datetime as dt

    page = show(qtbot, create_editor("meeting", doc))
    start = page.fields[("meeting", "start")]
    start.editor.setFocus()
    start.editor.selectAll()
    type_text(start.editor, "9:30")
    start.editor.editingFinished.emit()  # what focus-out sends
    assert doc.brief.meeting.start == dt.time(9, 30) and start.editor.text() == "09:30"
    start.clear_button.click()
    assert doc.brief.meeting.start is None and start.editor.text() == ""
    assert start.editor.placeholderText() == "Not set"


def test_timezone_search_matches_any_part_and_refuses_unknown_zones(doc, qtbot):
    page = show(qtbot, create_editor("meeting", doc))
    field: TimezoneField = page.fields[("meeting", "timezone")]
    completer = field.completer
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    completer.setCompletionPrefix("jerus")
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert found == ["Asia/Jerusalem"]
    completer.setCompletionPrefix("new_y")
    assert "America/New_York" in [completer.completionModel().index(i, 0).data()
                                  for i in range(completer.completionCount())]
    before = doc.brief.meeting.timezone
    field.editor.setEditText("Mars/Olympus_Mons")
    field.editor.lineEdit().editingFinished.emit()
    assert doc.brief.meeting.timezone == before
    assert field.error and "Mars/Olympus_Mons" in field.error
    assert field.editor.currentText() == "Mars/Olympus_Mons"  # kept for correction
    field.editor.setEditText("asia/tokyo")
    field.editor.lineEdit().editingFinished.emit()
    assert doc.brief.meeting.timezone == "Asia/Tokyo"
    assert field.editor.currentText() == "Asia/Tokyo" and field.error is None
    assert field.zones == sorted(field.zones)


def test_enum_combo_offers_not_set_and_translated_labels(doc, qtbot):
    page = show(qtbot, create_editor("meeting", doc))
    combo = page.fields[("meeting", "format")].editor
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["—", "In person", "Virtual", "Hybrid", "Phone call"]
    combo.activated.emit(2)
    assert doc.brief.meeting.format is MeetingFormat.VIRTUAL
    combo.activated.emit(0)
    assert doc.brief.meeting.format is None


def test_overview_marking_status_and_watermark(doc, qtbot):
    page = show(qtbot, create_editor("overview", doc))
    marking = page.fields[("marking",)].editor
    offered = [marking.itemText(i) for i in range(marking.count())]
    assert offered == ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"]  # the uk scheme's levels
    marking.lineEdit().setText("UK EYES ONLY")
    marking.lineEdit().textEdited.emit("UK EYES ONLY")
    assert doc.brief.marking == "UK EYES ONLY"
    check = page.fields[("layout", "draft_watermark")].editor
    assert check.isChecked() == doc.brief.layout.draft_watermark
    check.click()
    assert doc.brief.layout.draft_watermark is False
    doc.undo_stack.undo()
    assert check.isChecked()


# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------


def list_editor_for(page):
    le = page.list_editor
    if hasattr(le, "group_check"):
        le.group_check.setChecked(False)  # reordering needs the list order
    return le


@pytest.mark.parametrize("key", list(LIST_SPECS))
def test_add_duplicate_delete_move_and_undo_in_each_table(doc, qtbot, key):
    page = show(qtbot, create_editor(key, doc))
    le = list_editor_for(page)
    items = lambda: list(doc.value((key,)))  # noqa: E731
    original = items()
    n = len(original)
    assert le.model.rowCount() == n >= 2

    le.select_row(0)
    le.add_action.trigger()
    assert len(items()) == n + 1 and le.current_row() == 1
    first = le.spec.first_field
    new_value = getattr(items()[1], first)
    assert new_value.startswith("New ")
    field = le.fields[first]
    qtbot.waitUntil(lambda: field.editor.hasFocus())
    assert field.editor.selectedText() == new_value  # typing replaces the placeholder
    type_text(field.editor, "Typed")
    assert getattr(items()[1], first) == "Typed"

    le.duplicate_action.trigger()
    assert len(items()) == n + 2 and le.current_row() == 2
    assert getattr(items()[2], first) == "Typed"

    le.select_row(0)
    le.down_action.trigger()
    assert items()[1] == original[0] and le.current_row() == 1
    le.up_action.trigger()
    assert items()[0] == original[0] and le.current_row() == 0

    le.select_row(1)
    le.table.setFocus()
    press(le.table, Qt.Key.Key_Delete)
    assert len(items()) == n + 1 and items()[1] != original[0]

    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert items() == original
    assert le.model.rowCount() == n


def test_deleting_several_rows_is_one_undo_step(doc, qtbot):
    page = show(qtbot, create_editor("risks", doc))
    le = page.list_editor
    original = list(doc.brief.risks)
    le.table.selectAll()
    le.delete_action.trigger()
    assert doc.brief.risks == []
    assert le.detail_stack.currentIndex() == 1  # "No risk selected"
    doc.undo_stack.undo()
    assert doc.brief.risks == original


def test_table_cell_refusal_is_shown_under_the_table(doc, qtbot):
    page = show(qtbot, create_editor("agenda", doc))
    le = page.list_editor
    index = le.model.index(0, le.model.column_of("item"))
    assert not le.model.setData(index, "")
    assert le.table_error.isVisible() and "required" in le.table_error.text()
    assert le.model.setData(index, "Welcome")
    assert not le.table_error.isVisible()


def test_detail_form_follows_the_selected_row(doc, qtbot):
    page = show(qtbot, create_editor("risks", doc))
    le = page.list_editor
    le.select_row(2)
    assert le.fields["mitigation"].path == ("risks", 2, "mitigation")
    assert le.fields["risk"].editor.text() == doc.brief.risks[2].risk
    le.fields["mitigation"].editor.setPlainText("Keep talking.")
    assert doc.brief.risks[2].mitigation == "Keep talking."


def test_participants_grouped_by_delegation_keep_the_list_order(doc, qtbot):
    page = show(qtbot, create_editor("participants", doc))
    le = page.list_editor
    assert le.group_check.isChecked() and not le.up_action.isEnabled()
    doc.set_value(("participants", 0, "delegation"), doc.brief.participants[-1].delegation or "Zeta")
    order_in_view = [le.proxy.mapToSource(le.proxy.index(r, 0)).row() for r in range(le.proxy.rowCount())]
    delegations = [doc.brief.participants[r].delegation for r in order_in_view]
    # each delegation appears as one contiguous block
    blocks = [d for i, d in enumerate(delegations) if i == 0 or delegations[i - 1] != d]
    assert len(blocks) == len(set(delegations))
    # the model (exported) order is untouched by grouping
    assert [p.name for p in doc.brief.participants] == [p.name for p in example_brief().participants]
    le.select_row(3)
    le.group_check.setChecked(False)
    assert le.current_row() == 3 and le.up_action.isEnabled()
    assert [le.proxy.mapToSource(le.proxy.index(r, 0)).row() for r in range(le.proxy.rowCount())] == list(
        range(len(doc.brief.participants)))


def test_objectives_add_edits_the_new_cell(doc, qtbot):
    page = show(qtbot, create_editor("overview", doc))
    objectives = page.objectives
    n = len(doc.brief.objectives)
    objectives.select_row(n - 1)
    objectives.add_action.trigger()
    assert doc.brief.objectives[n] == "New objective"
    assert objectives.table.state() == objectives.table.State.EditingState
    doc.undo_stack.undo()
    assert len(doc.brief.objectives) == n


# --------------------------------------------------------------------------
# focus_path
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, path, expect",
    [
        ("overview", ("title",), "title"),
        ("overview", ("prepared_on",), "prepared_on"),
        ("overview", ("objectives", 1), None),
        ("meeting", ("meeting", "timezone"), "timezone"),
        ("risks", ("risks", 2, "owner"), "owner"),
        ("open_issues", ("open_issues", 1, "due"), "due"),
        ("participants", ("participants", 3, "bio"), "bio"),
        ("sections", ("sections", 1, "body"), "body"),
        ("sources", ("sources", 0), None),
        ("background", ("background",), "background"),
    ],
)
def test_focus_path_lands_on_the_field(doc, qtbot, key, path, expect):
    page = show(qtbot, create_editor(key, doc))
    assert page.focus_path(path)
    if len(path) >= 2 and isinstance(path[1], int):
        le = page.list_editor if hasattr(page, "list_editor") else page.objectives
        assert le.current_row() == path[1]
    if expect:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        focused = QApplication.focusWidget()
        fields = getattr(page, "fields", None) or {}
        if hasattr(page, "list_editor"):
            target = page.list_editor.fields[expect]
        else:
            target = next(w for p, w in fields.items() if p[-1] == expect)
        assert target.isAncestorOf(focused) or focused is target


def test_focus_path_for_a_missing_row_or_other_section_is_false(doc, qtbot):
    page = show(qtbot, create_editor("risks", doc))
    assert not page.focus_path(("risks", 99, "owner"))
    assert not page.focus_path(("agenda", 0))
    assert not create_editor("meeting", doc).focus_path(("title",))


def test_every_section_has_an_editor(doc, qtbot):
    for key in SECTION_KEYS:
        page = create_editor(key, doc)
        qtbot.addWidget(page)
        assert page.focus_path((key,)) or key in ("overview", "meeting", "clearance")  # pages named for no one field
    with pytest.raises(KeyError):
        create_editor("nope", doc)


# --------------------------------------------------------------------------
# Photos
# --------------------------------------------------------------------------


def jpeg_with_gps(size=(1200, 800), orientation: int | None = None) -> bytes:
    img = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SpyCam"  # Make
    gps = {1: "N", 2: (31.0, 46.0, 0.0), 3: "E", 4: (35.0, 13.0, 0.0)}
    exif[0x8825] = gps
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def decoded(uri: str) -> Image.Image:
    _mime, data = decode_photo(uri)
    return Image.open(io.BytesIO(data))


def test_photo_loses_exif_and_gps_and_is_downscaled():
    raw = jpeg_with_gps()
    assert Image.open(io.BytesIO(raw)).getexif()  # the source has EXIF
    photo = photo_from_bytes(raw)
    assert photo.mime == "image/jpeg" and max(photo.width, photo.height) == MAX_SIDE
    img = decoded(photo.data_uri)
    assert not img.getexif() and "exif" not in img.info
    _mime, data = decode_photo(photo.data_uri)
    assert b"Exif" not in data and b"SpyCam" not in data


def test_photo_exif_orientation_is_applied():
    photo = photo_from_bytes(jpeg_with_gps((300, 100), orientation=6))  # rotate 90°
    assert (photo.width, photo.height) == (100, 300)


def test_cmyk_jpeg_becomes_rgb():
    out = io.BytesIO()
    Image.new("CMYK", (64, 48), (0, 255, 255, 0)).save(out, "JPEG")
    photo = photo_from_bytes(out.getvalue())
    img = decoded(photo.data_uri)
    assert img.mode == "RGB" and img.size == (64, 48)
    r, g, b = img.getpixel((10, 10))
    assert r > 200 and g < 80 and b < 80  # still red


def test_transparent_png_stays_png_and_opaque_png_becomes_jpeg():
    out = io.BytesIO()
    Image.new("RGBA", (40, 40), (0, 0, 255, 100)).save(out, "PNG")
    assert photo_from_bytes(out.getvalue()).mime == "image/png"
    out = io.BytesIO()
    Image.new("RGBA", (40, 40), (0, 0, 255, 255)).save(out, "PNG")
    assert photo_from_bytes(out.getvalue()).mime == "image/jpeg"


def test_decompression_bomb_is_refused_clearly():
    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, "PNG")  # 400 megapixels in a small file
    assert len(out.getvalue()) < 1_000_000
    with pytest.raises(PhotoError, match="too large to open safely"):
        photo_from_bytes(out.getvalue())


def test_animated_gif_gives_the_first_frame():
    frames = [Image.new("RGB", (30, 30), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    img = decoded(photo_from_bytes(out.getvalue()).data_uri)
    r, g, b = img.convert("RGB").getpixel((15, 15))
    assert r > 200 and g < 60


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"%PDF-1.7 not a picture", "not a picture"),
        (jpeg_with_gps()[:600], "damaged or incomplete"),
    ],
)
def test_bad_files_give_a_clear_message(data, message):
    with pytest.raises(PhotoError, match=message):
        photo_from_bytes(data)


def test_unreadable_path_gives_a_clear_message(tmp_path):
    with pytest.raises(PhotoError, match="cannot be read"):
        photo_from_file(tmp_path / "missing.jpg")


def test_photo_picker_stores_shows_and_removes_with_undo(doc, qtbot, tmp_path):
    page = show(qtbot, create_editor("participants", doc))
    page.focus_path(("participants", 0, "photo"))
    field = page.list_editor.fields["photo"]
    picture = tmp_path / "face.jpg"
    picture.write_bytes(jpeg_with_gps())
    assert field.load_photo_file(str(picture)) is None
    uri = doc.brief.participants[0].photo
    assert uri.startswith("data:image/jpeg;base64,")
    assert not field.thumbnail.pixmap().isNull() and field.remove_button.isEnabled()
    bad = tmp_path / "notes.gif"
    bad.write_bytes(b"GIF89a broken")
    assert "damaged" in field.load_photo_file(str(bad)) or "not a picture" in field.load_photo_file(str(bad))
    assert doc.brief.participants[0].photo == uri
    field.remove_button.click()
    assert doc.brief.participants[0].photo is None and not field.remove_button.isEnabled()
    doc.undo_stack.undo()
    assert doc.brief.participants[0].photo == uri
    assert len(base64.b64decode(uri.split(",", 1)[1])) < 2 * 1024 * 1024


def test_typing_a_time_and_a_date_into_empty_fields(doc, qtbot):
    import datetime as dt

    from PySide6.QtTest import QTest

    page = show(qtbot, create_editor("meeting", doc))
    end = page.fields[("meeting", "end")]
    assert doc.brief.meeting.end is None
    end.editor.setFocus()
    QTest.keyClicks(end.editor, "1130")
    end.editor.editingFinished.emit()
    assert doc.brief.meeting.end == dt.time(11, 30) and end.editor.text() == "11:30"
    end.clear()
    QTest.keyClicks(end.editor, "0000")
    end.editor.editingFinished.emit()
    assert doc.brief.meeting.end == dt.time(0, 0)  # midnight is a time, not "not set"
    date = page.fields[("meeting", "date")]
    date.clear()
    QTest.keyClicks(date.editor, "5 Dec 2026")
    assert doc.brief.meeting.date == dt.date(2026, 12, 5)


def test_drag_through_the_participants_view_when_not_grouped(doc, qtbot):
    page = show(qtbot, create_editor("participants", doc))
    le = page.list_editor
    le.group_check.setChecked(False)
    names = [p.name for p in doc.brief.participants]
    proxy = le.proxy
    mime = proxy.mimeData([proxy.index(0, 0)])
    from PySide6.QtCore import QModelIndex

    assert proxy.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert [p.name for p in doc.brief.participants] == [names[1], names[2], names[0], *names[3:]]
    assert le.table.dragEnabled()  # drag is on while not grouped
    le.group_check.setChecked(True)
    assert not le.table.dragEnabled()


def test_keyboard_shortcuts_add_move_and_delete_rows(doc, qtbot):
    from PySide6.QtTest import QTest

    page = show(qtbot, create_editor("agenda", doc))
    le = page.list_editor
    items = [a.item for a in doc.brief.agenda]
    page.focus_path(("agenda", 0, "lead"))
    qtbot.waitUntil(lambda: le.fields["lead"].editor.hasFocus())
    QTest.keyClick(le.fields["lead"].editor, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [a.item for a in doc.brief.agenda][:2] == [items[1], items[0]] and le.current_row() == 1
    QTest.keyClick(le.fields["lead"].editor, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(doc.brief.agenda) == len(items) + 1 and le.current_row() == 2
    le.table.setFocus()
    qtbot.waitUntil(lambda: le.table.hasFocus())
    QTest.keyClick(le.table, Qt.Key.Key_Delete)
    assert len(doc.brief.agenda) == len(items)


def test_template_hints_show_as_placeholders_and_follow_the_row(qtbot):
    """A template's hints ("key_points[].point") appear as placeholder text
    in the matching field whatever row is selected; they are never data."""
    from helpers.exporting import builtin as template_named

    press = template_named("press")
    brief = press.new_brief("Interview")
    brief.key_points = [{"point": "First"}, {"point": "Second"}]
    doc = EditSession(brief)
    hint = press.hints["key_points[].point"]
    assert doc.hint(("key_points", 1, "point")) == hint

    page = show(qtbot, create_editor("overview", doc))
    summary = page.fields[("summary",)]
    assert summary.editor.placeholderText() == press.hints["summary"]
    assert doc.brief.summary is None or press.hints["summary"] not in doc.brief.summary


def test_tab_walks_the_overview_form_in_reading_order(doc, qtbot):
    """Keyboard-only use: Tab goes from field to field down the form."""
    page = show(qtbot, create_editor("overview", doc))
    order = [("title",), ("subtitle",), ("reference",), ("marking",), ("status",)]
    page.fields[order[0]].focus_editor()
    qtbot.waitUntil(lambda: page.fields[order[0]].editor.hasFocus(), timeout=2000)
    for path in order[1:]:
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        field = page.fields[path]
        assert focused is field.editor or field.isAncestorOf(focused), (path, focused)


def test_the_brief_s_template_is_chosen_on_the_overview_page(doc, qtbot):
    from briefer.templates import builtin_templates

    page = show(qtbot, create_editor("overview", doc))
    field = page.fields[("layout", "template")]
    combo = field.editor
    assert {combo.itemData(i) for i in range(combo.count())} >= set(builtin_templates())
    combo.activated.emit(combo.findData("press"))
    assert doc.brief.layout.template == "press"
    doc.undo_stack.undo()
    assert doc.brief.layout.template == "bilateral" and combo.currentData() == "bilateral"


def test_a_template_not_installed_here_is_kept_and_shown(qtbot, qapp):
    from briefer.model import Brief

    doc = EditSession(Brief(title="From the embassy", layout={"template": "embassy-house"}))
    page = show(qtbot, create_editor("overview", doc))
    combo = page.fields[("layout", "template")].editor
    assert combo.currentData() == "embassy-house" and "not installed" in combo.currentText()
    assert doc.brief.layout.template == "embassy-house"
