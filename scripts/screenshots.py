"""Regenerate the README's screenshots (docs/screenshot-*.png), offscreen.

    .venv/bin/python scripts/screenshots.py

Uses throw-away data, config and cache folders, so the pictures never show
the developer's own recent files or templates.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> int:
    scratch = tempfile.mkdtemp(prefix="briefer-shots-")
    for var in ("BRIEFER_DATA_DIR", "BRIEFER_CONFIG_DIR", "BRIEFER_CACHE_DIR", "XDG_CONFIG_HOME"):
        os.environ[var] = scratch
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer

    from importlib import resources

    from briefer.gui.app import make_application, open_window
    from briefer.gui.book_window import BookWindow
    from briefer.gui.template_gallery import TemplateGallery

    app = make_application()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window = open_window(example=True)
    window.resize(1400, 900)
    window.show_section("participants")
    with_preview = window.preview
    settle(300)
    with_preview.refresh_now()
    for _ in range(100):  # up to 10 s for the first render (font caches)
        settle(100)
        if with_preview.page_count:
            break
    window.grab().save(str(DOCS / "screenshot-main.png"))

    gallery = TemplateGallery(window.library, window)
    gallery.resize(1150, 780)
    gallery.show()
    settle(6000)  # thumbnails render in the background
    gallery.grab().save(str(DOCS / "screenshot-templates.png"))
    gallery.close()
    book = BookWindow()
    book.resize(1400, 900)
    book.centralWidget().setSizes([560, 840])
    with resources.as_file(resources.files("briefer.resources") / "examples" / "gaza-phase-two.briefbook") as path:
        book.open_book(str(path))
    book.show()
    book.preview_book()
    settle(1500)
    book.grab().save(str(DOCS / "screenshot-book.png"))
    book.close()

    window.files.prompter.ask_save_changes = lambda name: "discard"  # type: ignore[method-assign]
    window.close()
    app.processEvents()
    print(f"wrote {DOCS / 'screenshot-main.png'}, {DOCS / 'screenshot-templates.png'} and {DOCS / 'screenshot-book.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
