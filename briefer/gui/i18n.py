"""Translation helpers shared by the shell's widgets.

All user-visible text goes through ``QCoreApplication.translate``.  Counts
use Qt's ``%n`` plural forms (``"%n page(s)"``) so translators can give every
plural form their language has; when no translation is installed (English,
the source language) :func:`count_text` picks the English singular or plural
instead of printing "1 page(s)".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def count_text(context: str, source: str, n: int) -> str:
    """``count_text("Preview", "%n page(s)", 3)`` → "3 pages" (or the translation)."""
    translated = QCoreApplication.translate(context, source, "", n)
    if translated != source.replace("%n", str(n)):
        return translated  # a translator supplied the forms
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return (singular if n == 1 else plural).replace("%n", str(n))


def fill(text: str, *values: str) -> str:
    """``text`` with ``%1``, ``%2`` … replaced by ``values`` all at once, as
    ``QString.arg`` does with several arguments: a value that itself holds
    ``%2`` (a file name, a marking typed by the user) is left as it is."""
    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return values[n - 1] if 1 <= n <= len(values) else match.group(0)

    return re.sub(r"%([1-9])", value, text)
