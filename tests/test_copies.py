"""Numbered copies (issue 15): ``briefer export FILE --copies``.

What a user relies on: every page of copy N says "Copy N of M" and who
holds it; every copy has the same body; the register lists each file with
the SHA-256 of its bytes; nothing is overwritten silently; a failure half
way leaves no partial copy and says which were written; a releasable
version's copies hold nothing above the level; every CLI mistake is one
line, exit 2, nothing written.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer.cli import main
from briefer.export.copies import (
    CopiesError,
    CopiesHalted,
    Copy,
    copy_file_name,
    number_copies,
    recipients_from_csv,
)
from briefer.export.formats import write_copies
from briefer.export.stamp import stamp_copy
from briefer.model import Brief
from briefer.storage import save_brief
from helpers import pdf_text
from helpers.exporting import export_to

RECIPIENTS = [
    {"name": "Private Secretary", "organisation": "Private Office"},
    {"name": "李明", "organisation": "外交部"},
    {"name": "Ambassador to Israel", "organisation": "Embassy Tel Aviv", "copy": 7},
    {"name": "=HYPERLINK(\"x\")", "organisation": None},
]


def brief() -> Brief:
    return Brief.model_validate(
        {
            "title": "Copies check",
            "marking": "OFFICIAL",
            "summary": "A paragraph of the summary.\n\n" * 60,
            "background": "Background QzSECRETPLANTXq.",
            "portion_markings": {"background": "SECRET"},
            "distribution": RECIPIENTS,
        }
    )


@pytest.fixture
def brief_file(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.brief"
    save_brief(path, brief())
    return path


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, f"expected one line, got {text!r}"
    assert "Traceback" not in text
    return lines[0]


def register(folder: Path) -> list[dict[str, str]]:
    with open(folder / "distribution.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# --------------------------------------------------------------------------
# Numbering and names
# --------------------------------------------------------------------------


def test_given_numbers_are_kept_and_the_rest_take_the_lowest_free() -> None:
    copies = number_copies([("a", None, None), ("b", None, 2), ("c", "Org", None)])
    assert [(c.number, c.name, c.of) for c in copies] == [(1, "a", 3), (2, "b", 3), (3, "c", 3)]
    with pytest.raises(CopiesError, match="copy 2 is given to both"):
        number_copies([("a", None, 2), ("b", None, 2)])
    with pytest.raises(CopiesError, match="empty"):
        number_copies([])


@pytest.mark.parametrize(
    ("name", "file"),
    [
        ("Jane Doe", "03-Jane-Doe.pdf"),
        ("../../etc/passwd", "03-etc-passwd.pdf"),
        ("李明", "03-李明.pdf"),
        ("CON", "03-recipient.pdf"),
        ("...", "03-recipient.pdf"),
        ("a" * 200, "03-" + "a" * 60 + ".pdf"),
    ],
)
def test_copy_file_names_are_safe(name: str, file: str) -> None:
    assert copy_file_name(Copy(3, 12, name)) == file


def test_recipients_from_a_csv_in_any_script() -> None:
    data = "\ufeffname,organisation\nJane Doe,FCDO\n\nمحمد علي,وزارة الخارجية\n李明,\n".encode()
    copies = recipients_from_csv(data)
    assert [(c.number, c.name, c.organisation) for c in copies] == [
        (1, "Jane Doe", "FCDO"),
        (2, "محمد علي", "وزارة الخارجية"),
        (3, "李明", None),
    ]
    with pytest.raises(CopiesError, match="header"):
        recipients_from_csv(b"Jane,FCDO\n")
    with pytest.raises(CopiesError, match="the column 'org' is not one Briefer reads"):
        recipients_from_csv(b"name,org\nJane,FCDO\n")  # not printed without a word: refused
    assert recipients_from_csv(b"name,organisation,email\nJane,FCDO,j@x\n")[0].organisation == "FCDO"  # extra columns are fine
    with pytest.raises(CopiesError, match="line 3: the name is empty"):
        recipients_from_csv(b"name,organisation\nA,B\n,C\n")
    with pytest.raises(CopiesError, match="UTF-8"):
        recipients_from_csv("name\nJosé\n".encode("latin-1"))


# --------------------------------------------------------------------------
# Stamping
# --------------------------------------------------------------------------


def test_every_page_of_every_copy_is_stamped_and_the_body_is_the_same() -> None:
    buf = io.BytesIO()
    export_to(brief(), buf, "pdf")
    body = buf.getvalue()
    body_pages = pdf_text(body).split("\f")
    assert len(body_pages) > 1
    for copy in number_copies([(r["name"], r["organisation"], r.get("copy")) for r in RECIPIENTS]):
        stamped = stamp_copy(body, copy)
        assert stamped.startswith(body)  # the body, byte for byte, then the stamp
        pages = pdf_text(stamped).split("\f")
        assert len(pages) == len(body_pages)
        for page, original in zip(pages, body_pages):
            assert f"Copy {copy.number} of 7" in page
            assert copy.name in page.replace("\n", "")
            assert original.replace("\n", "") in page.replace("\n", "").replace(copy.name, "", 1) or all(
                line in page for line in original.splitlines()
            )
        reader = PdfReader(io.BytesIO(stamped), strict=True)
        assert reader.metadata["/Title"] == "Copies check" and "pypdf" not in str(reader.metadata)


# --------------------------------------------------------------------------
# The command
# --------------------------------------------------------------------------


def test_copies_with_the_register_and_its_hashes(brief_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["export", str(brief_file), "--copies", "--out-dir", str(out)]) == 0
    assert one_line(capsys.readouterr().out).startswith(f"wrote 4 copies of ")
    rows = register(out)
    assert [r["copy"] for r in rows] == ["1", "2", "3", "7"]
    assert rows[1]["name"] == "李明" and rows[1]["organisation"] == "外交部"
    assert rows[2]["name"].startswith("'=")  # a spreadsheet shows it as text, never runs it
    assert sorted(os.listdir(out)) == sorted([r["file"] for r in rows] + ["distribution.csv"])
    for r in rows:
        data = (out / r["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == r["sha256"]
        assert f"Copy {r['copy']} of 7" in pdf_text(data)
    assert (out / "01-Private-Secretary.pdf").exists() and (out / "07-Ambassador-to-Israel.pdf").exists()


def test_copies_of_a_releasable_version(brief_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["export", str(brief_file), "--copies", "--out-dir", str(out), "--release-at", "OFFICIAL"]) == 0
    for r in register(out):
        data = (out / r["file"]).read_bytes()
        assert b"QzSECRETPLANTXq" not in data and "QzSECRETPLANTXq" not in pdf_text(data)
        assert "SECRET" not in pdf_text(data)
    assert main(["export", str(brief_file), "--copies", "--out-dir", str(tmp_path / "full")]) == 0
    assert "QzSECRETPLANTXq" in pdf_text((tmp_path / "full" / "01-Private-Secretary.pdf").read_bytes())


def test_recipients_from_a_csv_file(brief_file: Path, tmp_path: Path) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("name,organisation\nمحمد علي,وزارة الخارجية\nJane Doe,\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", str(brief_file), "--copies", "--recipients", str(listing), "--out-dir", str(out)]) == 0
    assert [(r["copy"], r["name"]) for r in register(out)] == [("1", "محمد علي"), ("2", "Jane Doe")]
    assert "Copy 2 of 2" in pdf_text((out / "02-Jane-Doe.pdf").read_bytes())


def test_existing_copies_are_never_replaced_silently(brief_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "02-李明.pdf").write_bytes(b"the office's own copy")
    capsys.readouterr()
    assert main(["export", str(brief_file), "--copies", "--out-dir", str(out)]) == 2
    assert "already exist" in one_line(capsys.readouterr().err) and "--force" in capsys.readouterr().err + "--force"
    assert os.listdir(out) == ["02-李明.pdf"] and (out / "02-李明.pdf").read_bytes() == b"the office's own copy"
    assert main(["export", str(brief_file), "--copies", "--out-dir", str(out), "--force"]) == 0
    assert (out / "02-李明.pdf").read_bytes().startswith(b"%PDF")


def test_a_failure_half_way_leaves_no_partial_copy_and_names_those_written(
    brief_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "03-HYPERLINK-x.pdf").mkdir()  # the third copy cannot be written there
    assert main(["export", str(brief_file), "--copies", "--out-dir", str(out), "--force"]) == 2
    err = one_line(capsys.readouterr().err)
    assert "copy 3 (03-HYPERLINK-x.pdf) was not written" in err
    assert "01-Private-Secretary.pdf, 02-李明.pdf" in err and "no register" in err
    assert sorted(os.listdir(out)) == ["01-Private-Secretary.pdf", "02-李明.pdf", "03-HYPERLINK-x.pdf"]
    for name in ("01-Private-Secretary.pdf", "02-李明.pdf"):
        PdfReader(out / name, strict=True)  # whole


def test_write_copies_reports_what_was_written() -> None:
    buf = io.BytesIO()
    export_to(Brief(title="t"), buf, "pdf")
    written: dict[str, bytes] = {}

    def write(name: str, data: bytes) -> None:
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        written[name] = data

    copies = number_copies([("a", None, None), ("b", None, None), ("c", None, None)])
    with pytest.raises(CopiesHalted) as e:
        write_copies(buf.getvalue(), copies, write)
    assert [f for _, f, _ in e.value.written] == ["01-a.pdf", "02-b.pdf"] and e.value.copy.number == 3


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--copies"], "--copies needs --out-dir"),
        (["--out-dir", "X"], "--out-dir goes with --copies"),
        (["--recipients", "X.csv"], "--recipients goes with --copies"),
        (["--copies", "--out-dir", "X", "-o", "a.pdf"], "leave out -o"),
        (["--copies", "--out-dir", "X", "--format", "docx"], "PDF"),
        (["--copies", "--out-dir", "X", "--pdf-standard", "ua-1"], "leave out --pdf-standard"),
        (["--release-at", "RESTRICTED"], "not a level of the UK marking scheme"),
        (["--copies", "--out-dir", "X", "--release-at", "NOSUCH"], "not a level"),
        (["--copies", "--out-dir", "X", "--recipients", "missing.csv"], "missing.csv"),
    ],
)
def test_mistakes_are_one_line_exit_2_and_nothing_written(
    brief_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], says: str
) -> None:
    before = sorted(os.listdir(tmp_path))
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert main(["export", str(brief_file), *extra]) == 2
    finally:
        os.chdir(cwd)
    assert says in one_line(capsys.readouterr().err)
    assert sorted(os.listdir(tmp_path)) == before


def test_a_brief_with_a_marking_outside_the_scheme_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.brief"
    save_brief(path, Brief.model_validate({"title": "t", "marking": "OFFICIAL", "summary": "s", "portion_markings": {"summary": "EYES ONLY"}}))
    assert main(["export", str(path), "--release-at", "SECRET"]) == 2
    assert "EYES ONLY" in one_line(capsys.readouterr().err)
    assert sorted(os.listdir(tmp_path)) == ["odd.brief"]
    assert main(["export", str(path)]) == 0  # the full version still exports


def test_the_team_pdf_check_finds_nothing_in_a_copy_of_the_example(tmp_path: Path) -> None:
    """A stamped copy is a sound PDF: bookmarks, words inside the page, every
    font embedded (the stamp's too), as the team's checker sees it."""
    import shutil
    import subprocess
    import sys
    from importlib.resources import files

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    example = files("briefer.resources") / "examples" / "kushner-netanyahu-2025-11-10.brief"
    out = tmp_path / "out"
    assert main(["export", str(example), "--copies", "--out-dir", str(out), "--release-at", "OFFICIAL-SENSITIVE"]) == 0
    checker = Path(__file__).parent / "tools" / "pdfcheck.py"
    for pdf in sorted(out.glob("*.pdf")):
        run = subprocess.run([sys.executable, str(checker), str(pdf)], capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr


def _with_object_and_xref_streams(pdf: bytes) -> bytes:
    """``pdf`` (reportlab's classic layout) rewritten as PDF 1.5 writers
    such as typst write it: its objects in an object stream, an xref stream."""
    import re
    import zlib

    objs = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\n?(.*?)\nendobj", pdf, re.S)}
    trailer = re.search(rb"trailer\s*<<(.*?)>>\s*startxref", pdf, re.S).group(1)
    root = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
    info = int(re.search(rb"/Info (\d+) 0 R", trailer).group(1))
    plain = [n for n, b in objs.items() if b"stream" not in b]
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n, b in objs.items():
        if n not in plain:
            offsets[n] = out.tell()
            out.write(b"%d 0 obj\n" % n + b + b"\nendobj\n")
    size = max(objs) + 1
    ostm, xref = size, size + 1
    header, body = b"", b""
    for n in plain:
        header += b"%d %d " % (n, len(body))
        body += objs[n].strip() + b"\n"
    data = zlib.compress(header + body)
    offsets[ostm] = out.tell()
    out.write(b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (ostm, len(plain), len(header), len(data)))
    out.write(data + b"\nendstream\nendobj\n")
    offsets[xref] = out.tell()

    def row(kind: int, a: int, b: int) -> bytes:
        return bytes([kind]) + a.to_bytes(4, "big") + b.to_bytes(1, "big")

    rows = [b"\x00\x00\x00\x00\xff\xff"]
    for n in range(1, xref + 1):
        rows.append(row(1, offsets[n], 0) if n in offsets else row(2, ostm, plain.index(n)) if n in plain else row(0, 0, 0))
    raw = zlib.compress(b"".join(rows))
    out.write(
        b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 1] /Root %d 0 R /Info %d 0 R /Filter /FlateDecode /Length %d >>\nstream\n"
        % (xref, xref + 1, root, info, len(raw))
    )
    out.write(raw + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % offsets[xref])
    return out.getvalue()


def test_stamping_takes_any_pdf_writers_bytes() -> None:
    """The stamp does not depend on how the body was written: a body with an
    object stream and a cross-reference stream is stamped on every page too."""
    buf = io.BytesIO()
    export_to(Brief(title="Any writer", summary="A paragraph.\n\n" * 80), buf, "pdf")
    body = _with_object_and_xref_streams(buf.getvalue())
    assert len(PdfReader(io.BytesIO(body), strict=True).pages) > 1
    stamped = stamp_copy(body, Copy(2, 5, "Jane Doe", "FCDO"))
    pages = PdfReader(io.BytesIO(stamped), strict=True).pages
    assert all("Copy 2 of 5 · Jane Doe (FCDO)" in p.extract_text() for p in pages)
    assert all("Copy 2 of 5" in p for p in pdf_text(stamped).split("\f"))


def test_a_very_long_holder_stays_on_the_page() -> None:
    buf = io.BytesIO()
    export_to(Brief(title="t"), buf, "pdf")
    stamped = stamp_copy(buf.getvalue(), Copy(1, 1, "Name " * 120, "Organisation " * 40))
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(stamped)
        f.flush()
        bbox = subprocess.run(["pdftotext", "-bbox", f.name, "-"], capture_output=True, text=True).stdout
    import re

    width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    xs = [(float(a), float(b)) for a, b in re.findall(r'<word xMin="([-\d.]+)" yMin="[-\d.]+" xMax="([-\d.]+)"', bbox)]
    assert xs and all(x0 >= 0 and x1 <= width for x0, x1 in xs)
    assert "Copy 1 of 1" in pdf_text(stamped)


def test_the_name_watermark_is_shapes_not_text() -> None:
    """Copying text or a screen reader meets the holder's name once per page,
    in the copy line, never in the middle of the body (as the DRAFT mark)."""
    buf = io.BytesIO()
    export_to(Brief(title="t", status="final", summary="Body text here.\n\n" * 60), buf, "pdf")
    for name in ("Jane Doe", "李明"):
        stamped = stamp_copy(buf.getvalue(), Copy(1, 1, name, None))
        for page, original in zip(pdf_text(stamped).split("\f"), pdf_text(buf.getvalue()).split("\f")):
            assert page.count(name) == 1, (name, page)
            assert page.replace(f"Copy 1 of 1 · {name}", "").split() == original.split()
        assert b"/BrieferName" in stamped  # the watermark is drawn: a form of shapes
