"""Text of another direction inside the interface's text.

In a right-to-left interface a date or an English title inside an Arabic
sentence, a file name, or a table cell is shown as a directional isolate
(FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, :func:`isolate`), so that
it reads in its own order; a shortcut is a LEFT-TO-RIGHT ISOLATE
(:data:`LRI` … :data:`PDI`).  These marks are for what is shown only: text
put on the clipboard or stored in a brief never carries them.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` as a directional isolate (its direction from its first
    strong letter) in a right-to-left interface; as it is in a
    left-to-right one, where it needs none."""
    if not text or not QGuiApplication.isRightToLeft():
        return text
    return f"{FSI}{text}{PDI}"
