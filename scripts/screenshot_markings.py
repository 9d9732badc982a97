"""Regenerate the README's markings screenshot (docs/screenshot-markings.png), offscreen.

    .venv/bin/python scripts/screenshot_markings.py

The example brief on its Other sections page (the illustrative SECRET
section's chip in the list), with the preview filtered to what an
OFFICIAL-SENSITIVE reader sees.  Throw-away data, config and cache folders.
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

    from briefer.gui.app import make_application, open_window

    app = make_application()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window = open_window(example=True)
    window.resize(1400, 900)
    window.show_section("sections")
    editor = window.editor("sections").list_editor
    editor.select_row(len(window.doc.brief.sections) - 1)  # the SECRET illustration
    window.set_reader_level("OFFICIAL-SENSITIVE")
    settle(300)
    window.preview.refresh_now()
    for _ in range(100):  # up to 10 s for the first render (font caches)
        settle(100)
        if window.preview.page_count and not window.preview.busy:
            break
    window.preview.show_section("Handling")
    settle(1500)
    target = DOCS / "screenshot-markings.png"
    window.grab().save(str(target))
    window.files.prompter.ask_save_changes = lambda name: "discard"  # type: ignore[method-assign]
    window.close()
    app.processEvents()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
