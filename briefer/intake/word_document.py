"""Opening a Word file the intake reads, after the Word reference document
checks (:func:`briefer.templates.reference_docx.load_reference_docx`), and
its text in reading order."""

from __future__ import annotations

import io

import docx
from docx.document import Document as DocxDocument
from docx.table import Table

from briefer.model.text import clean_one_line
from briefer.templates.reference_docx import ReferenceDocxError, load_reference_docx

from .proposal import IntakeError


def check_word_file(data: bytes, name: str) -> None:
    """The Word reference document checks, with their messages naming ``name``."""
    try:
        load_reference_docx(data)
    except ReferenceDocxError as e:
        message = str(e).replace("The Word reference document", "It").replace("the Word reference document", "the file")
        raise IntakeError(f"{name}: {message}") from None


def open_word(data: bytes, name: str) -> DocxDocument:
    """A checked Word file opened with python-docx."""
    check_word_file(data, name)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - python-docx raises many kinds on a damaged package
        raise IntakeError(f"{name}: is not a Word document that can be read; open it in Word and save it as .docx.") from None


def docx_text(document: DocxDocument) -> str:
    """The text of a Word document: paragraphs, and table rows as
    "cell | cell", in order; a list paragraph becomes a "- " line."""
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.append("")
            for row in block.rows:
                lines.append(" | ".join(clean_one_line(c.text).strip() for c in row.cells))
            lines.append("")
        else:
            text = clean_one_line(block.text).strip()
            style = (block.style.name if block.style is not None else "") or ""
            if text and style.startswith("List"):
                text = "- " + text
            lines.append(text)
    return "\n".join(lines)
