"""``--force`` means the same to every command that writes a new Briefer
file (new, follow-up, draft, import, book new): an existing file is refused
without it (one line, exit 2, untouched) and replaced with it, a read-only
one too, with the old one kept as ``.bak``.  None of them may answer with
the app's "Replace it anyway" question, which a command line cannot ask."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.model import Brief
from briefer.storage import load_brief, save_brief

SEED = Path(__file__).parent / "fixtures" / "intake" / "seed-article-2025-11-10.txt"


def _word_file(folder: Path) -> Path:
    import docx

    path = folder / "visit.docx"
    doc = docx.Document()
    doc.add_heading("Visit of the Minister", 0)
    doc.add_paragraph("Purpose: talks on the harbour.")
    doc.save(str(path))
    return path


def _previous(folder: Path) -> Path:
    path = folder / "previous.brief"
    save_brief(path, Brief(title="Talks, round one"))
    return path


# Each command: the output name, the arguments that write it, and what the new file's content shows.
COMMANDS: dict[str, tuple[str, Callable[[Path, Path], list[str]], bytes]] = {
    "new": ("out.brief", lambda d, out: ["new", "-o", str(out), "--title", "Fresh"], b"Fresh"),
    "follow-up": ("out.brief", lambda d, out: ["follow-up", str(_previous(d)), "-o", str(out)], b"Talks, round one"),
    "draft": ("out.brief", lambda d, out: ["draft", str(SEED), "-o", str(out)], b"briefer-brief"),
    "import": ("out.brief", lambda d, out: ["import", str(_word_file(d)), "-o", str(out)], b"Visit of the Minister"),
    "book new": ("out.briefbook", lambda d, out: ["book", "new", "-o", str(out), str(_previous(d))], b"previous.brief"),
}


@pytest.mark.parametrize("command", COMMANDS)
def test_force_replaces_a_read_only_file_and_without_it_nothing_is_touched(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name, arguments, shows = COMMANDS[command]
    out = tmp_path / name
    out.write_bytes(b"OLD CONTENT")
    os.chmod(out, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    argv = arguments(tmp_path, out)

    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists; use --force" in err
    assert out.read_bytes() == b"OLD CONTENT"

    assert main([*argv, "--force"]) == 0, capsys.readouterr().err
    captured = capsys.readouterr()
    assert "Replace it anyway" not in captured.err + captured.out
    assert captured.out.startswith(f"{out}: ")
    assert shows in out.read_bytes()
    assert Path(str(out) + ".bak").read_bytes() == b"OLD CONTENT"
    if name.endswith(".brief"):
        load_brief(out)


@pytest.mark.parametrize("command", COMMANDS)
def test_output_name_is_shown_escaped_and_on_one_line(tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    name, arguments, _ = COMMANDS[command]
    out = tmp_path / ("line\nbreak " + name)
    assert main(arguments(tmp_path, out)) == 0, capsys.readouterr().err
    first = capsys.readouterr().out.splitlines()[0]  # import reports what went where on the lines after
    assert first.startswith('"' + str(tmp_path) + '/line\\nbreak ' + name + '": ')


@pytest.mark.parametrize("command", COMMANDS)
def test_standard_output_and_a_folder_are_refused_before_anything_is_read(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name, arguments, _ = COMMANDS[command]
    before = sorted(os.listdir(tmp_path))
    for out in ("-", str(tmp_path)):
        argv = arguments(tmp_path, Path("placeholder"))
        argv[argv.index("placeholder")] = out
        made = set(os.listdir(tmp_path)) - set(before)
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert ("not standard output" in err) if out == "-" else ("is a folder" in err)
        assert set(os.listdir(tmp_path)) - set(before) == made  # the command wrote nothing
