"""Regenerate the README's screenshots (docs/screenshot-*.png), offscreen.

    .venv/bin/python scripts/screenshots.py

The Arabic one is made by a second run of this script (``--arabic``): the
interface language applies when the app starts.

Uses throw-away data, config and cache folders, so the pictures never show
the developer's own recent files or templates.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _scratch_folders() -> None:
    scratch = tempfile.mkdtemp(prefix="briefer-shots-")
    for var in ("BRIEFER_DATA_DIR", "BRIEFER_CONFIG_DIR", "BRIEFER_CACHE_DIR", "XDG_CONFIG_HOME"):
        os.environ[var] = scratch
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _settle(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_for_preview(window) -> None:  # noqa: ANN001
    window.preview.refresh_now()
    for _ in range(100):  # up to 10 s for the first render (font caches)
        _settle(100)
        if window.preview.page_count:
            break


def arabic() -> int:
    """The example brief in the Arabic interface (right to left)."""
    _scratch_folders()
    from PySide6.QtCore import QCoreApplication, QSettings

    from briefer.gui.app import APPLICATION, ORGANIZATION, make_application, open_window
    from briefer.gui.spellcheck import spell_service

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings().setValue("ui/language", "ar")
    app = make_application()
    window = open_window(example=True)
    window.resize(1400, 900)
    window.show_section("participants")
    _settle(300)
    _wait_for_preview(window)
    spell_service().wait_until_loaded()
    _settle(2000)
    window.grab().save(str(DOCS / "screenshot-arabic.png"))
    window.files.prompter.ask_save_changes = lambda name: "discard"  # type: ignore[method-assign]
    window.close()
    app.processEvents()
    print(f"wrote {DOCS / 'screenshot-arabic.png'}")
    return 0


def spelling(window) -> None:  # noqa: ANN001
    """A misspelt word underlined, its right-click menu with suggestions and
    the formatting entries, and the formatting buttons under the field."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter, QTextCursor

    from briefer.gui.editors.fields import BoundField, context_menu_with_app_undo
    from briefer.gui.editors.formatting import add_format_actions
    from briefer.gui.spellcheck import add_spelling_actions, spell_service

    window.show_section("overview")
    page = window.editor_stack.currentWidget()
    field = next(f for f in page.findChildren(BoundField) if tuple(f.path or ()) == ("summary",))
    edit = field.editor
    text = edit.toPlainText()
    typo = text.replace("fragile", "fragle", 1)
    window.files.doc.set_value(("summary",), typo, "Summary")
    spell_service().wait_until_loaded()
    _settle(300)
    index = typo.index("fragle") + 2
    cursor = QTextCursor(edit.document())
    cursor.setPosition(index)
    pos = edit.cursorRect(cursor).center()
    menu = context_menu_with_app_undo(edit)
    add_spelling_actions(edit, menu, pos)
    add_format_actions(edit, menu)
    below = pos + QPoint(-40, edit.fontMetrics().height())  # the underlined word stays in sight
    menu.popup(edit.viewport().mapToGlobal(below))
    _settle(400)
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    shot.save(str(DOCS / "screenshot-spelling.png"))
    menu.close()
    window.files.doc.undo_stack.undo()


def markings(window) -> None:  # noqa: ANN001
    """The example's SECRET illustration, filtered to what an
    OFFICIAL-SENSITIVE reader sees."""
    window.show_section("sections")
    window.editor("sections").list_editor.select_row(len(window.doc.brief.sections) - 1)
    window.set_reader_level("OFFICIAL-SENSITIVE")
    _settle(300)
    window.preview.refresh_now()
    for _ in range(100):  # the filtered version renders anew
        _settle(100)
        if window.preview.page_count and not window.preview.busy:
            break
    window.preview.show_section("Handling")
    _settle(1500)
    window.grab().save(str(DOCS / "screenshot-markings.png"))
    window.set_reader_level(None)
    window.show_section("participants")


def intake() -> None:
    """The intake review dialog on the seed article."""
    from briefer.gui.intake_review import IntakeReviewDialog
    from briefer.intake import Kind, draft_from_text

    seed = DOCS.parent / "tests" / "fixtures" / "intake" / "seed-article-2025-11-10.txt"
    draft = draft_from_text(seed.read_text(encoding="utf-8"), source_name=seed.name)
    dialog = IntakeReviewDialog(draft, title="New Brief from Text")
    dialog.resize(1280, 720)
    dialog.proposal_list.setCurrentRow(next(i for i, p in enumerate(draft.proposals) if p.kind is Kind.RISK))
    dialog.set_accepted(next(i for i, p in enumerate(draft.proposals) if p.kind is Kind.STAKEHOLDER), False)
    dialog.show()
    _settle(300)
    dialog.grab().save(str(DOCS / "screenshot-intake-review.png"))
    dialog.close()


def main() -> int:
    if sys.argv[1:] == ["--arabic"]:
        return arabic()
    _scratch_folders()

    from importlib import resources

    from briefer.gui.app import make_application, open_window
    from briefer.gui.book_window import BookWindow
    from briefer.gui.template_gallery import TemplateGallery

    app = make_application()
    window = open_window(example=True)
    window.resize(1400, 900)
    window.show_section("participants")
    _settle(300)
    _wait_for_preview(window)
    _settle(2000)  # the page in view is drawn
    window.grab().save(str(DOCS / "screenshot-main.png"))
    spelling(window)
    markings(window)
    intake()

    gallery = TemplateGallery(window.library, window)
    gallery.resize(1150, 780)
    gallery.show()
    _settle(6000)  # thumbnails render in the background
    gallery.grab().save(str(DOCS / "screenshot-templates.png"))
    gallery.close()
    book = BookWindow()
    book.resize(1400, 900)
    book.centralWidget().setSizes([560, 840])
    with resources.as_file(resources.files("briefer.resources") / "examples" / "gaza-phase-two.briefbook") as path:
        book.open_book(str(path))
    book.show()
    book.preview_book()
    _settle(1500)
    book.grab().save(str(DOCS / "screenshot-book.png"))
    book.close()

    window.files.prompter.ask_save_changes = lambda name: "discard"  # type: ignore[method-assign]
    window.close()
    app.processEvents()
    print(f"wrote {DOCS / 'screenshot-main.png'}, {DOCS / 'screenshot-spelling.png'}, {DOCS / 'screenshot-markings.png'}, "
          f"{DOCS / 'screenshot-intake-review.png'}, {DOCS / 'screenshot-templates.png'} and {DOCS / 'screenshot-book.png'}")
    return subprocess.run([sys.executable, __file__, "--arabic"], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
