"""Issue 11, item 4: text that can disguise itself.

A right-to-left override (U+202E) in a title turns "report‮fdp.exe" into
what looks like "reportexe.pdf" wherever it is shown without the page
around it: PDF and Word metadata, a suggested file name.  A lock file is
written by anyone who can write the folder; its user and host names are
shown in a dialog.  Both are cleaned for display; the body keeps what the
user typed.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from pypdf import PdfReader

from helpers.exporting import export_to
from briefer.model import Brief
from briefer.storage.lock import LockInfo

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
TITLE = "Quarterly report\u202efdp.exe"


def _has_bidi_control(text: str) -> bool:
    return any(ch in text for ch in BIDI_CONTROLS)


def test_pdf_metadata_has_no_bidi_controls() -> None:
    buf = io.BytesIO()
    export_to(Brief(title=TITLE, subtitle="Sub\u202etitle", prepared_by="Al\u2066ice"), buf, "pdf")
    meta = PdfReader(io.BytesIO(buf.getvalue())).metadata
    assert meta.title == "Quarterly reportfdp.exe"
    assert not _has_bidi_control(meta.subject or "") and not _has_bidi_control(meta.author or "")


def test_word_properties_have_no_bidi_controls_and_the_body_keeps_the_title() -> None:
    buf = io.BytesIO()
    export_to(Brief(title=TITLE), buf, "docx")
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
        body = z.read("word/document.xml").decode("utf-8")
    assert "Quarterly reportfdp.exe" in core and not _has_bidi_control(core)
    assert TITLE in body  # what the user typed, as typed


def test_the_suggested_file_name_has_no_bidi_controls() -> None:
    from briefer.gui.export_runner import suggested_file_name

    name = suggested_file_name(TITLE, "pdf")
    assert name == "Quarterly reportfdp.exe.pdf"


def test_a_lock_file_cannot_put_line_breaks_or_pages_of_text_in_a_dialog() -> None:
    info = LockInfo(
        user="mallory\n\nSystem: your licence expired, call +1 555 0100",
        host="h" * 5000 + "\u202e",
        pid=1,
        since=dt.datetime(2026, 11, 25, 14, 2),
    )
    shown = info.describe()
    assert "\n" not in shown and not _has_bidi_control(shown)
    assert len(shown) < 200
    assert shown.startswith("opened by mallory System: your licence expired")
