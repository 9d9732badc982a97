"""Issue 11, item 13: command-line messages that said the wrong thing.

Each message is one line that names the file and says what to do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.model import Brief, brief_to_bytes
from briefer.storage import save_brief

from .conftest import run_cli


@pytest.fixture
def brief_file(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.brief"
    save_brief(path, Brief(title="Meeting", summary="The text we typed."))
    return path


@pytest.mark.parametrize("encoding,shown", [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-32", "UTF-32"), ("utf-32-be", "UTF-32")])
def test_a_utf16_or_utf32_brief_is_called_what_it_is(tmp_path: Path, encoding: str, shown: str) -> None:
    path = tmp_path / "from-notepad.brief"
    path.write_bytes(brief_to_bytes(Brief(title="Meeting")).decode("utf-8").encode(encoding))
    result = run_cli("validate", str(path))
    assert result.code == 2
    assert result.stderr == f"{path}: the file is {shown} text, but a brief is UTF-8; open it in a text editor and save it as UTF-8\n"


def _run_in_c_locale(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING", "PYTHONUTF8"))}
    env.update(LC_ALL="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    return subprocess.run([sys.executable, "-m", "briefer", *args], capture_output=True, env=env, timeout=60)


def test_a_non_ascii_title_from_a_c_locale_terminal(tmp_path: Path) -> None:
    utf8 = tmp_path / "utf8.brief"
    done = _run_in_c_locale("new", "-o", str(utf8), "--title", "Réunion à Genève")
    assert done.returncode == 0, done.stderr
    from briefer.storage import load_brief

    assert load_brief(utf8).brief.title == "Réunion à Genève"  # UTF-8 bytes are read as UTF-8
    latin1 = tmp_path / "latin1.brief"
    done = _run_in_c_locale("new", "-o", str(latin1), "--title", "R\udce9union")  # the Latin-1 byte 0xE9
    assert done.returncode == 2
    err = done.stderr.decode("ascii", "replace")
    assert err.count("\n") == 1 and "the terminal's encoding is not UTF-8" in err and "U+DC" not in err
    assert not latin1.exists()


@pytest.mark.slow  # several seconds: make test leaves it to CI (make test-all runs it)
def test_dash_writes_the_export_to_standard_output(brief_file: Path, tmp_path: Path) -> None:
    env = dict(os.environ)
    done = subprocess.run(
        [sys.executable, "-m", "briefer", "export", str(brief_file), "-o", "-"],
        capture_output=True, timeout=60, env=env, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"%PDF-1") and done.stdout.rstrip().endswith(b"%%EOF")
    assert not (tmp_path / "-").exists()
    done = subprocess.run(
        [sys.executable, "-m", "briefer", "export", str(brief_file), "-o", "-", "--format", "docx"],
        capture_output=True, timeout=60, env=env, cwd=tmp_path,
    )
    assert done.returncode == 0 and done.stdout.startswith(b"PK")


def test_dash_is_refused_for_a_new_brief(tmp_path: Path) -> None:
    result = run_cli("new", "-o", "-")
    assert result.code == 2 and "standard output" in result.stderr and result.stderr.count("\n") == 1


def test_a_newline_in_a_file_name_keeps_messages_on_one_line(tmp_path: Path) -> None:
    odd = tmp_path / "two\nlines.brief"
    save_brief(odd, Brief(title="Odd"))
    result = run_cli("validate", str(odd))
    assert result.code == 0 and result.stdout.count("\n") == 1
    assert '"' + str(odd).replace("\n", "\\n") + '"' in result.stdout
    out = tmp_path / "out\n.pdf"
    result = run_cli("export", str(odd), "-o", str(out))
    assert result.code == 0 and result.stdout.count("\n") == 1
    result = run_cli("export", str(tmp_path / "missing\nfile.brief"))
    assert result.code == 2 and result.stderr.count("\n") == 1


@pytest.mark.slow  # several seconds: make test leaves it to CI (make test-all runs it)
def test_200000_unknown_keys_give_a_few_lines(tmp_path: Path) -> None:
    doc = json.loads(brief_to_bytes(Brief(title="Meeting")))
    doc["brief"].update({f"unknown_{i}": i for i in range(200_000)})
    path = tmp_path / "many.brief"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = run_cli("validate", str(path), timeout=120)
    assert result.code == 0
    lines = [line for line in result.stderr.splitlines() if line.endswith(("unknown key (kept as it is)", "more warnings"))]
    assert len(lines) == 11  # the brief's own problems (no date, …) follow as usual
    assert lines[-1] == f"warning: {path}: and 199 990 more warnings"
    assert len(result.stderr.splitlines()) < 30
    result = run_cli("validate", "--strict", str(path), timeout=120)
    assert result.code == 2 and len(result.stderr.splitlines()) == 11
    assert result.stderr.splitlines()[-1] == f"{path}: and 199 990 more unknown keys"
