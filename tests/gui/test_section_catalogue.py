"""The app's lists of sections come from the section catalogue
(briefer/model/sections.py): the section list shows its pages under its
titles, and every list page has its table editor."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefer.gui.editors.specs import LIST_SPECS
from briefer.gui.section_list import SectionListModel
from briefer.model.sections import PAGE_KEYS, PAGES


def test_the_section_list_shows_the_catalogue_s_pages_and_titles() -> None:
    model = SectionListModel(PAGE_KEYS)
    shown = [model.data(model.index(row), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]
    assert shown == [page.title for page in PAGES]
    assert "Other sections" in shown


def test_every_list_page_has_a_table_spec() -> None:
    list_pages = {page.key for page in PAGES if page.is_list}
    assert list_pages - {"participants"} <= set(LIST_SPECS)  # participants have an editor of their own
    assert set(LIST_SPECS) <= list_pages
    assert all(spec.key == key for key, spec in LIST_SPECS.items())
