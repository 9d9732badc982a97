"""Translation helpers shared by the shell's widgets.

All user-visible text goes through ``QCoreApplication.translate``.  Counts
use Qt's ``%n`` plural forms (``"%n page(s)"``) so translators can give every
plural form their language has; when no translation is installed (English,
the source language) :func:`count_text` picks the English singular or plural
instead of printing "1 page(s)".

Numbers shown in the interface are written as the interface locale writes
them (:func:`number`: Arabic-Indic digits in Arabic, beside the dates of
``gui/ui_dates.py``), counts included.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def number(n: int) -> str:
    """``n`` as the interface locale writes it: ``1,234``, ``1 234`` in French, ``١٬٢٣٤`` in Arabic."""
    return QLocale().toString(n)


def with_number(text: str, n: int) -> str:
    """``text`` from ``tr(…, n)`` (Qt writes ``%n`` in Western digits) with ``n`` written by :func:`number`."""
    return re.sub(rf"(?<![\d%]){n}(?!\d)", lambda _m: number(n), text)  # not the 1 of a %1


def numbers(text: str, *values: int) -> str:
    """``text`` with each ``%d`` in turn replaced by a value written by :func:`number`."""
    given = iter(values)
    return re.sub(r"%d", lambda m: number(next(given)) if values else m.group(0), text, count=len(values))


def count_text(context: str, source: str, n: int) -> str:
    """``count_text("Preview", "%n page(s)", 3)`` → "3 pages" (or the
    translation), the number in the interface locale's digits."""
    translated = QCoreApplication.translate(context, source, "", n)
    if translated != source.replace("%n", str(n)):
        return with_number(translated, n)  # a translator supplied the forms
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return (singular if n == 1 else plural).replace("%n", number(n))


def fill(text: str, *values: str) -> str:
    """``text`` with ``%1``, ``%2`` … replaced by ``values`` all at once, as
    ``QString.arg`` does with several arguments: a value that itself holds
    ``%2`` (a file name, a marking typed by the user) is left as it is."""
    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return values[n - 1] if 1 <= n <= len(values) else match.group(0)

    return re.sub(r"%([1-9])", value, text)
