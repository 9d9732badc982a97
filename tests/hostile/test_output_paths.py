"""Issue 11, items 1, 6, 10 and 11: where Briefer writes.

The rule (``briefer.storage.atomic``): write only to a regular file or a
new name.  A symbolic link, device, FIFO or socket is refused with a
sentence that says why (CLI: exit 2, one line); a read-only file is
replaced only when the user agreed (app: asked; CLI: ``--force``).  A brief
the user opened through a link is saved to the file the link leads to.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.exporting import export_to
from briefer.model import Brief
from briefer.storage import (
    ReadOnlyFileError,
    SaveError,
    UnsafeTargetError,
    backup_path,
    load_brief,
    save_brief,
    write_autosave,
)
from briefer.templates import build_library
from briefer.templates.settings import set_team_dir
from briefer.templates.user_templates import save_user_template

from helpers.unprivileged import is_root

from .conftest import run_cli

BRIEF = Brief(title="Tonight's brief", summary="Typed tonight.")
VICTIM = b"precious data that is not a brief\n"


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    path = tmp_path / "elsewhere" / "victim.txt"
    path.parent.mkdir()
    path.write_bytes(VICTIM)
    return path


@pytest.fixture
def brief_file(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.brief"
    save_brief(path, BRIEF)
    return path


def _tmp_files(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.endswith(".tmp"))


# -- symbolic links -------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_export_never_writes_through_a_symlink(tmp_path: Path, victim: Path, fmt: str) -> None:
    link = tmp_path / f"report.{fmt}"
    link.symlink_to(victim)
    with pytest.raises(UnsafeTargetError, match="symbolic link"):
        export_to(BRIEF, link, fmt)
    assert victim.read_bytes() == VICTIM and link.is_symlink()


def test_the_cli_refuses_a_symlinked_output_with_one_line(tmp_path: Path, victim: Path, brief_file: Path) -> None:
    link = tmp_path / "report.pdf"
    link.symlink_to(victim)
    result = run_cli("export", str(brief_file), "-o", str(link))
    assert result.code == 2
    assert result.stderr.count("\n") == 1 and "symbolic link" in result.stderr and "Choose another name" in result.stderr
    assert victim.read_bytes() == VICTIM


def test_new_refuses_a_symlink_even_with_force(tmp_path: Path, victim: Path) -> None:
    link = tmp_path / "new.brief"
    link.symlink_to(victim)
    result = run_cli("new", "-o", str(link), "--force")
    assert result.code == 2 and "symbolic link" in result.stderr
    assert victim.read_bytes() == VICTIM


def test_a_new_name_that_is_a_symlink_is_refused_for_briefs(tmp_path: Path, victim: Path) -> None:
    link = tmp_path / "planted.brief"
    link.symlink_to(victim)
    with pytest.raises(UnsafeTargetError):
        save_brief(link, BRIEF)
    assert victim.read_bytes() == VICTIM


def test_a_brief_opened_through_a_link_saves_to_the_file_it_leads_to(tmp_path: Path, brief_file: Path) -> None:
    link = tmp_path / "shortcut.brief"
    link.symlink_to(brief_file)
    save_brief(link, Brief(title="Edited through the link"), through_link=True)
    assert link.is_symlink()
    assert load_brief(brief_file).brief.title == "Edited through the link"
    assert backup_path(link) == backup_path(brief_file) and backup_path(brief_file).exists()


def test_a_link_opened_as_a_brief_never_leads_the_save_to_a_device(tmp_path: Path) -> None:
    link = tmp_path / "odd.brief"
    link.symlink_to("/dev/null")
    with pytest.raises(UnsafeTargetError, match="a device"):
        save_brief(link, BRIEF, through_link=True)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_planted_autosave_link_is_not_followed(tmp_path: Path, brief_file: Path, victim: Path) -> None:
    planted = brief_file.with_name(brief_file.name + ".autosave")
    planted.symlink_to(victim)
    written = write_autosave(Brief(title="Unsaved"), brief_file)
    assert written != planted  # it went to the user data folder instead
    assert victim.read_bytes() == VICTIM


def test_a_planted_backup_link_is_replaced_not_written_through(tmp_path: Path, brief_file: Path, victim: Path) -> None:
    bak = backup_path(brief_file)
    bak.unlink(missing_ok=True)
    bak.symlink_to(victim)
    save_brief(brief_file, Brief(title="Second"))
    assert victim.read_bytes() == VICTIM
    assert not bak.is_symlink() and load_brief(bak).brief.title == BRIEF.title


def test_templates_and_settings_refuse_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, victim: Path) -> None:
    config = tmp_path / "config"
    (config / "templates").mkdir(parents=True)
    monkeypatch.setenv("BRIEFER_CONFIG_DIR", str(config))
    monkeypatch.delenv("BRIEFER_TEAM_TEMPLATES", raising=False)
    (config / "settings.json").symlink_to(victim)
    with pytest.raises(UnsafeTargetError):
        set_team_dir(str(tmp_path))
    library = build_library()
    template = library.get("bilateral").model_copy(update={"name": "mine"})
    planted = config / "templates" / "mine.brieftemplate"
    planted.symlink_to(victim)
    saved = save_user_template(library, template)  # a free name beside the link
    assert saved != planted and planted.is_symlink()
    assert victim.read_bytes() == VICTIM


# -- devices, FIFOs, sockets --------------------------------------------------------


def test_export_to_a_fifo_does_not_hang_and_is_refused(tmp_path: Path, brief_file: Path) -> None:
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    result = run_cli("export", str(brief_file), "-o", str(fifo), timeout=60)
    assert result.code == 2
    assert "it is a pipe (FIFO), not a regular file" in result.stderr and result.stderr.count("\n") == 1
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        with pytest.raises(UnsafeTargetError, match="a socket"):
            export_to(BRIEF, path, "pdf")
    finally:
        sock.close()
    assert stat.S_ISSOCK(os.lstat(path).st_mode)


@pytest.mark.skipif(not is_root(), reason="making a device node needs root")
def test_a_device_node_stays_a_device(tmp_path: Path) -> None:
    node = tmp_path / "null.pdf"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    result = run_cli("export", str(tmp_path / "x.brief"), "-o", str(node))
    with pytest.raises(UnsafeTargetError, match="a device"):
        export_to(BRIEF, node, "pdf")
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert result.code == 2


# -- read-only files ---------------------------------------------------------------------


@pytest.fixture
def read_only_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "final.pdf"
    path.write_bytes(b"%PDF- the signed-off version")
    path.chmod(0o444)
    return path


def test_a_read_only_export_is_refused_then_replaced_when_agreed(read_only_pdf: Path) -> None:
    before = read_only_pdf.read_bytes()
    with pytest.raises(ReadOnlyFileError, match="read-only"):
        export_to(BRIEF, read_only_pdf, "pdf")
    assert read_only_pdf.read_bytes() == before
    export_to(BRIEF, read_only_pdf, "pdf", replace_read_only=True)
    assert read_only_pdf.read_bytes().startswith(b"%PDF-1")
    assert not (read_only_pdf.stat().st_mode & 0o222)  # still read-only


def test_the_cli_wants_force_for_a_read_only_output(read_only_pdf: Path, brief_file: Path) -> None:
    before = read_only_pdf.read_bytes()
    result = run_cli("export", str(brief_file), "-o", str(read_only_pdf))
    assert result.code == 2 and "read-only" in result.stderr and "--force" in result.stderr
    assert read_only_pdf.read_bytes() == before
    result = run_cli("export", str(brief_file), "-o", str(read_only_pdf), "--force")
    assert result.code == 0, result.stderr
    assert read_only_pdf.read_bytes() != before


def test_a_read_only_brief_is_refused_then_replaced_when_agreed(brief_file: Path) -> None:
    brief_file.chmod(0o444)
    with pytest.raises(ReadOnlyFileError):
        save_brief(brief_file, Brief(title="Second"))
    assert load_brief(brief_file).brief.title == BRIEF.title
    save_brief(brief_file, Brief(title="Second"), replace_read_only=True)
    assert load_brief(brief_file).brief.title == "Second"
    result = run_cli("new", "-o", str(brief_file), "--force")
    assert result.code == 0, result.stderr


# -- stray backup temporaries (item 10) and long names (item 11) -------------------


def test_no_stray_backup_temporary_when_the_backup_is_already_the_brief(brief_file: Path) -> None:
    bak = backup_path(brief_file)
    bak.unlink(missing_ok=True)
    os.link(brief_file, bak)  # what a crash between the steps, or two saves at once, leave
    save_brief(brief_file, Brief(title="Second"))
    assert _tmp_files(brief_file.parent) == []
    assert load_brief(bak).brief.title == BRIEF.title
    assert load_brief(brief_file).brief.title == "Second"


def test_two_processes_saving_at_once_leave_no_temporaries(tmp_path: Path, brief_file: Path) -> None:
    code = (
        "import sys\n"
        "from briefer.model import Brief\n"
        "from briefer.storage import save_brief\n"
        "for i in range(60):\n"
        f"    save_brief({str(brief_file)!r}, Brief(title=f'{{sys.argv[1]}} {{i}}'))\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, who]) for who in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert _tmp_files(tmp_path) == []
    load_brief(brief_file)


def _name(n_bytes: int, ext: str) -> str:
    stem = "é" * ((n_bytes - len(ext)) // 2)
    stem += "x" * (n_bytes - len(ext) - len(stem.encode()))
    name = stem + ext
    assert len(name.encode()) == n_bytes
    return name


@pytest.mark.parametrize("n_bytes", [243, 250, 255])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_long_legal_names_export(tmp_path: Path, n_bytes: int, fmt: str) -> None:
    target = tmp_path / _name(n_bytes, "." + fmt)
    export_to(BRIEF, target, fmt)
    assert target.stat().st_size > 0 and _tmp_files(tmp_path) == []


@pytest.mark.parametrize("n_bytes", [243, 251])
def test_long_legal_names_save_with_their_backup(tmp_path: Path, n_bytes: int) -> None:
    target = tmp_path / _name(n_bytes, ".brief")
    save_brief(target, BRIEF)
    save_brief(target, Brief(title="Second"))
    assert load_brief(backup_path(target)).brief.title == BRIEF.title
    write_autosave(Brief(title="Unsaved"), target)  # beside it, or in the data folder when the name is too long
    assert _tmp_files(tmp_path) == []


def test_a_name_too_long_for_its_backup_is_refused_with_advice(tmp_path: Path) -> None:
    target = tmp_path / _name(254, ".brief")
    with pytest.raises(SaveError, match="too long to keep the backup .* at most 251 bytes"):
        save_brief(target, BRIEF)
    assert os.listdir(tmp_path) == []
