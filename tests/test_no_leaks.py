"""Exported files carry no surprise metadata: no user name, host name,
file path or library default ("python-docx", "anonymous", "ReportLab"),
unless the user put it in the brief (``prepared_by`` becomes the author).

Checked in the document information / core properties *and* anywhere in
the file's bytes (PDF) or XML parts (DOCX), so a leak in XMP, app.xml or a
custom part is found too.
"""

from __future__ import annotations

import base64
import getpass
import io
import os
import socket
from pathlib import Path

import pytest
from PIL import Image

from helpers.exporting import export_to
from briefer.model import Brief, Participant
from helpers import docx_all_xml, docx_core_props, docx_metadata_xml, pdf_metadata, pdf_raw_metadata

LIBRARY_DEFAULTS = ("python-docx", "anonymous", "ReportLab", "reportlab", "Unknown", "untitled")


def _identities() -> list[str]:
    names = {getpass.getuser(), socket.gethostname(), os.path.expanduser("~")}
    return sorted(n for n in names if n and len(n) >= 3 and n not in ("/", "root") or n == "root")


def _export(brief: Brief, tmp_path: Path, fmt: str) -> bytes:
    target = tmp_path / "Secret Folder" / f"secret-name.{fmt}"
    target.parent.mkdir(exist_ok=True)
    export_to(brief, target, fmt)
    return target.read_bytes()


BRIEF = Brief(title="Leak check", summary="Nothing personal here.")


def test_pdf_metadata_without_author(tmp_path: Path) -> None:
    data = _export(BRIEF, tmp_path, "pdf")
    meta = pdf_metadata(data)
    assert meta.get("Title") == "Leak check"
    assert "Author" not in meta or meta["Author"] == ""
    assert meta["Creator"].startswith("Briefer") and meta["Producer"].startswith("Briefer")
    raw = pdf_raw_metadata(data)
    for secret in (*_identities(), str(tmp_path), "Secret Folder", "secret-name"):
        assert secret not in raw, secret
    for default in LIBRARY_DEFAULTS:
        assert default not in repr(meta), default
    assert "anonymous" not in raw
    # reportlab writes two PDF *comments* ("% ReportLab Generated PDF document"),
    # in the header and the trailer: not metadata a viewer shows, so allowed;
    # anywhere else the library's name must not appear.
    assert raw.count("ReportLab") == raw.count("ReportLab Generated PDF document") + raw.count("ReportLab generated PDF document")


def test_pdf_is_reproducible(tmp_path: Path) -> None:
    """Same brief, same bytes: nothing of the moment (time, machine) gets in."""
    a, b = io.BytesIO(), io.BytesIO()
    export_to(BRIEF, a, "pdf")
    export_to(BRIEF, b, "pdf")
    assert a.getvalue() == b.getvalue()


def test_docx_metadata_without_author(tmp_path: Path) -> None:
    data = _export(BRIEF, tmp_path, "docx")
    props = docx_core_props(data)
    assert props["title"] == "Leak check"
    assert props["author"] in ("", None)
    assert props["last_modified_by"] in ("", None)
    for key in ("comments", "keywords", "category"):
        assert props[key] in ("", None), (key, props[key])
    xml = docx_all_xml(data)
    for secret in (*_identities(), str(tmp_path), "Secret Folder", "secret-name"):
        assert secret not in xml, secret
    meta = "\n".join(docx_metadata_xml(data).values())
    for default in LIBRARY_DEFAULTS:
        assert default not in meta, default


def test_author_only_when_the_user_set_prepared_by(tmp_path: Path) -> None:
    brief = Brief(title="With author", prepared_by="Desk officer ملف")
    meta = pdf_metadata(_export(brief, tmp_path, "pdf"))
    assert meta["Author"] == "Desk officer ملف"
    props = docx_core_props(_export(brief, tmp_path, "docx"))
    assert props["author"] == "Desk officer ملف"
    assert props["last_modified_by"] in ("", None, "Desk officer ملف")


def test_user_typed_library_name_is_kept(tmp_path: Path) -> None:
    """The rule is "no *default*": a user who types it gets it."""
    brief = Brief(title="About python-docx and ReportLab", prepared_by="anonymous")
    assert pdf_metadata(_export(brief, tmp_path, "pdf"))["Author"] == "anonymous"
    assert docx_core_props(_export(brief, tmp_path, "docx"))["author"] == "anonymous"


def _photo_with_gps() -> str:
    img = Image.new("RGB", (60, 80), (20, 90, 160))
    exif = Image.Exif()
    exif[0x0131] = "LeakyCam 9"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (31.0, 46.0, 42.0)
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_photo_exif_does_not_reach_the_export(tmp_path: Path, fmt: str) -> None:
    brief = Brief(title="Photo", participants=[Participant(name="Pictured", photo=_photo_with_gps())])
    data = _export(brief, tmp_path, fmt)
    assert b"LeakyCam" not in data
    if fmt == "docx":
        assert "LeakyCam" not in _docx_media(data)


def _docx_media(data: bytes) -> str:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("latin-1") for n in z.namelist() if n.startswith("word/media/"))
