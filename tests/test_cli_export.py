"""``briefer export``: where the output goes, in which format, and that it
never overwrites the brief or any other Briefer file."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefer.cli import main
from briefer.model import Brief
from briefer.storage import save_brief
from helpers.unprivileged import run_unprivileged


@pytest.fixture
def brief_file(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.brief"
    save_brief(path, Brief(title="Kushner–Netanyahu", summary="The bottom line {{ 7*7 }}.", marking="OFFICIAL"))
    return path


def one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, f"expected one line, got {text!r}"
    assert "Traceback" not in text
    return lines[0]


def test_default_is_a_pdf_beside_the_brief(brief_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(brief_file)]) == 0
    out = brief_file.with_suffix(".pdf")
    pages = len(PdfReader(out).pages)
    assert one_line(capsys.readouterr().out) == f"wrote {out} ({pages} page{'s' if pages != 1 else ''})"
    assert "{{ 7*7 }}" in "".join(p.extract_text() for p in PdfReader(out).pages)


def test_format_from_the_output_extension(brief_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "Brief.DOCX"
    assert main(["export", str(brief_file), "-o", str(out)]) == 0
    assert one_line(capsys.readouterr().out) == f"wrote {out}"
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "The bottom line {{ 7*7 }}." in text


def test_format_option_names_the_default_output(brief_file: Path) -> None:
    assert main(["export", str(brief_file), "--format", "docx"]) == 0
    assert brief_file.with_suffix(".docx").read_bytes()[:2] == b"PK"


def test_output_into_a_folder(brief_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["export", str(brief_file), "-o", str(folder), "--format", "docx"]) == 0
    assert (folder / "meeting.docx").exists()


@pytest.mark.parametrize("name", ["out.txt", "out"])
def test_an_unknown_extension_without_format_is_refused(
    brief_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert main(["export", str(brief_file), "-o", str(tmp_path / name)]) == 2
    assert "--format" in one_line(capsys.readouterr().err)
    assert not (tmp_path / name).exists()
    assert main(["export", str(brief_file), "-o", str(tmp_path / name), "--format", "pdf"]) == 0
    assert (tmp_path / name).read_bytes()[:5] == b"%PDF-"


def test_a_contradicting_format_is_refused(brief_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(brief_file), "-o", str(tmp_path / "x.docx"), "--format", "pdf"]) == 2
    assert "make them agree" in one_line(capsys.readouterr().err)


def test_never_overwrites_the_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "meeting.pdf"  # a brief someone named .pdf: the default output is the input
    save_brief(odd, Brief(title="Mine"))
    before = odd.read_bytes()
    assert main(["export", str(odd)]) == 2
    assert "is the brief being exported" in one_line(capsys.readouterr().err)
    link = tmp_path / "link.pdf"
    link.symlink_to(odd)
    assert main(["export", str(odd), "-o", str(link)]) == 2
    assert odd.read_bytes() == before


def test_never_overwrites_a_brief_whatever_its_name(brief_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.brief"
    save_brief(other, Brief(title="Other"))
    disguised = tmp_path / "disguised.pdf"
    save_brief(disguised, Brief(title="Disguised"))
    for target in (other, disguised):
        before = target.read_bytes()
        assert main(["export", str(brief_file), "-o", str(target), "--format", "pdf"]) == 2
        assert "never overwrites" in one_line(capsys.readouterr().err)
        assert target.read_bytes() == before


def test_a_bad_template_lists_the_available_ones(brief_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(brief_file), "--template", "nope"]) == 2
    line = one_line(capsys.readouterr().err)
    assert "nope" in line and "bilateral" in line and "quick" in line
    assert not brief_file.with_suffix(".pdf").exists()


def test_another_template_changes_the_output(brief_file: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["export", str(brief_file), "-o", str(a)]) == 0
    assert main(["export", str(brief_file), "-o", str(b), "--template", "QUICK"]) == 0
    assert "Bottom line" in PdfReader(b).pages[0].extract_text()
    assert a.read_bytes() != b.read_bytes()


def test_a_bad_brief_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.brief"
    bad.write_text('{"format": "briefer-brief", "version": 1, "brief": {"title": ""}}', encoding="utf-8")
    assert main(["export", str(bad)]) == 2
    assert one_line(capsys.readouterr().err).startswith(f"{bad}: ")
    assert main(["export", str(tmp_path / "missing.brief")]) == 2
    assert "does not exist" in one_line(capsys.readouterr().err)


def _export_into_a_read_only_folder(tmp_path: Path) -> None:
    brief_file = tmp_path / "meeting.brief"
    save_brief(brief_file, Brief(title="Kushner–Netanyahu"))
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            assert main(["export", str(brief_file), "-o", str(folder / "x.pdf")]) == 2
        assert "read-only" in one_line(err.getvalue())
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(stat.S_IRWXU)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_folder_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    run_unprivileged(_export_into_a_read_only_folder, tmp_path)


def test_a_failed_write_is_one_line(brief_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import briefer.export.formats
    from briefer.storage import SaveError

    def full_disk(*args: object, **kwargs: object) -> None:
        raise SaveError("Could not save “meeting.pdf”: the disk is full. Free some space or save to another drive.")

    monkeypatch.setattr(briefer.export.formats, "export_brief", full_disk)
    assert main(["export", str(brief_file)]) == 2
    assert "disk is full" in one_line(capsys.readouterr().err)


def test_a_user_template_named_by_the_brief_is_used(tmp_path: Path) -> None:
    from briefer.templates import Template, build_library
    from briefer.templates.user_templates import save_user_template

    save_user_template(build_library(), Template(name="Letter house", layout={"page_size": "Letter"}))
    path = tmp_path / "m.brief"
    assert main(["new", "-o", str(path), "--template", "letter house", "--title", "T"]) == 0
    assert main(["export", str(path)]) == 0
    box = PdfReader(path.with_suffix(".pdf")).pages[0].mediabox
    assert round(float(box.width)) == 612  # US Letter, 8.5 in


def test_validate_new_and_templates_import_no_writers_and_export_imports_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from briefer.cli import main\n"
        f"d = {str(tmp_path)!r}\n"
        "assert main(['new', '--template', 'press', '-o', d + '/x.brief']) == 0\n"
        "assert main(['validate', d + '/x.brief']) == 0\n"
        "assert main(['templates']) == 0\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'reportlab', 'docx'))\n"
        "assert not heavy, heavy\n"
        "assert main(['export', d + '/x.brief', '--format', 'docx']) == 0\n"
        "assert main(['export', d + '/x.brief']) == 0\n"
        "assert not any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=os.environ)
    assert result.returncode == 0, result.stderr


def test_a_template_not_installed_here_is_said_not_silently_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A brief from another office names its own template: export still
    works, with the default, and says so on stderr (validate too)."""
    src = tmp_path / "foreign.brief"
    save_brief(src, Brief(title="From another office", layout={"template": "embassy-house-style"}))
    assert main(["export", str(src)]) == 0
    err = capsys.readouterr().err
    assert "embassy-house-style" in err and "not installed" in err and "bilateral" in err
    assert main(["validate", str(src)]) == 0
    assert "embassy-house-style" in capsys.readouterr().err
