"""The ``briefer`` command's contract: exit codes and messages.

Exit 0 when all is well, 2 for anything the user can fix (with one line on
stderr naming the file), 1 for an internal error; never a traceback.  The
bad-input cases run the real command in a subprocess, as a user would.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import briefer.storage.files as files
from briefer import __version__
from briefer.cli import _gui_import_hint, main
from briefer.model import Brief
from briefer.storage import load_brief, save_brief
from helpers.unprivileged import run_unprivileged

FIXTURES = Path(__file__).parent / "fixtures"


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BRIEFER_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=60,
    )


def _one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, f"expected one line, got: {text!r}"
    assert "Traceback" not in text
    return lines[0]


# --------------------------------------------------------------------------
# Version and help
# --------------------------------------------------------------------------


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"briefer {__version__}" == "briefer 0.1.0"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("validate", "new", "--example", "--version"):
        assert word in out


def test_an_unknown_command_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert "frobnicate" in _one_line(capsys.readouterr().err)


def test_a_missing_argument_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 2
    assert "FILE" in _one_line(capsys.readouterr().err)


# --------------------------------------------------------------------------
# validate
# --------------------------------------------------------------------------


def test_validate_a_valid_brief(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIXTURES / "v1.brief")
    assert main(["validate", path]) == 0
    captured = capsys.readouterr()
    line = _one_line(captured.out)
    assert line.startswith(f"{path}: valid brief “Fixture meeting — every field of format 1”")
    assert "4 participants" in line and "1 risk," in line and "3 open issues" in line
    assert all(w.startswith(f"warning: {path}: ") for w in captured.err.splitlines())


def test_validate_warns_about_unknown_keys_with_their_path(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIXTURES / "unknown-keys.brief")
    assert main(["validate", path]) == 0
    captured = capsys.readouterr()
    assert "the file is valid; 1 error," in _one_line(captured.out)  # the meeting date is missing
    warnings = [line for line in captured.err.splitlines() if not line.startswith("error: ")]
    assert f"warning: {path}: participants[0].nickname: unknown key (kept as it is)" in warnings
    assert f"warning: {path}: meeting.weather: unknown key (kept as it is)" in warnings
    assert all(w.startswith(f"warning: {path}: ") for w in warnings)
    assert len([w for w in warnings if "unknown key" in w]) == 5


def test_validate_prints_the_problems_of_the_panel_with_their_severity(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefer.checks import check_brief
    from briefer.cli import _path_text
    from briefer.model import Brief, brief_to_bytes

    brief = Brief(title="Call with Tokyo", summary="Bottom line.", purpose="Why we call.",
                  agenda=[{"item": "Opening"}], status="final", layout={"template": "call"})
    path = tmp_path / "call.brief"
    path.write_bytes(brief_to_bytes(brief))
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert "the file is valid; 2 errors" in _one_line(captured.out)  # no marking, no meeting date
    warnings = captured.err.splitlines()
    assert warnings == [f"{f.severity}: {path}: {_path_text(f.path) + ': ' if f.path else ''}{f.message}"
                        for f in check_brief(brief)]
    text = "\n".join(warnings)
    assert "no handling marking" in text
    assert "The section “Purpose” is filled in but the template “Phone or video call” does not print it" in text
    assert "The section “Agenda” is filled in but" in text


def test_validate_a_version_2_brief_and_warn_about_markings_that_name_no_level(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(FIXTURES / "v2.brief")]) == 0
    captured = capsys.readouterr()
    assert "the file is valid; 2 errors" in captured.out and "migrated" not in captured.out
    assert "names no level" not in captured.err  # the panel's other problems are warnings too
    data = json.loads((FIXTURES / "v2.brief").read_text(encoding="utf-8"))
    data["brief"]["risks"][0]["marking"] = "SEKRET"
    path = tmp_path / "marked.brief"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    (warning,) = [w for w in capsys.readouterr().err.splitlines() if "names no level" in w]
    assert warning.startswith(f"warning: {path}: risks[0].marking: The marking “SEKRET” names no level of the UK")


def test_validate_strict_makes_unknown_keys_errors(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIXTURES / "unknown-keys.brief")
    assert main(["validate", "--strict", path]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    errors = captured.err.splitlines()
    assert f"{path}: colour: unknown key (not allowed with --strict)" in errors
    assert len(errors) == 5
    assert main(["validate", "--strict", str(FIXTURES / "v1.brief")]) == 0


def test_validate_lists_one_line_per_problem_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "bad.brief"
    path.write_text(
        json.dumps(
            {
                "format": "briefer-brief",
                "version": 1,
                "brief": {"title": "T", "participants": [{"title": "x"}], "risks": [{"risk": "r", "impact": "huge"}]},
            }
        )
    )
    result = run_cli("validate", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == f"{path}: participants[0].name: is required but missing"
    assert lines[1].startswith(f"{path}: risks[0].impact: ")
    assert len(lines) == 2


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Every kind of file a user might hand the command, with what it must say."""
    cases: dict[str, tuple[bytes | None, str]] = {
        "binary": (bytes(range(256)) * 4, "binary"),
        "invalid-json": (b'{"format": "briefer-brief",', "not valid JSON"),
        "wrong-envelope": (b'{"format": "something-else", "version": 1, "brief": {}}', "not a Briefer brief"),
        "newer-version": (
            b'{"format": "briefer-brief", "version": 3, "brief": {"title": "T"}}',
            "format 3, this version reads up to 2",
        ),
        "invalid-utf8": (b'{"format": "briefer-brief", "version": 1, "brief": {"title": "\xc3\x28"}}', "not UTF-8"),
    }
    out = {}
    for name, (data, message) in cases.items():
        path = tmp_path / f"{name}.brief"
        path.write_bytes(data)
        out[name] = (path, message)
    out["missing"] = (tmp_path / "missing.brief", "does not exist")
    folder = tmp_path / "folder.brief"
    folder.mkdir()
    out["folder"] = (folder, "is a folder")
    huge = tmp_path / "huge.brief"
    with open(huge, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    out["50MB"] = (huge, "at most 25 MB")
    return out


BAD_CASES = ["binary", "invalid-json", "wrong-envelope", "newer-version", "invalid-utf8", "missing", "folder", "50MB"]


@pytest.mark.parametrize("case", BAD_CASES)
def test_validate_bad_input_is_one_line_and_exit_2(tmp_path: Path, case: str) -> None:
    path, message = _bad_files(tmp_path)[case]
    result = run_cli("validate", str(path))
    assert result.returncode == 2, result.stderr
    line = _one_line(result.stderr)
    assert line.startswith(f"{path}: ")
    assert message in line
    assert result.stdout == ""


def _validate_an_unreadable_file(folder: Path) -> None:
    path = folder / "secret.brief"
    save_brief(path, Brief(title="T"))
    path.chmod(0)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["validate", str(path)]) == 2
    assert _one_line(err.getvalue()) == f"{path}: you do not have permission to read it"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_validate_unreadable_file(tmp_path: Path) -> None:
    run_unprivileged(_validate_an_unreadable_file, tmp_path)


# --------------------------------------------------------------------------
# new
# --------------------------------------------------------------------------


def test_new_writes_a_minimal_valid_brief(tmp_path: Path) -> None:
    path = tmp_path / "new.brief"
    result = run_cli("new", "-o", str(path))
    assert result.returncode == 0, result.stderr
    assert str(path) in _one_line(result.stdout)
    loaded = load_brief(path)
    assert loaded.brief.title == "Untitled brief" and loaded.warnings == []
    assert run_cli("validate", str(path)).returncode == 0


def test_new_with_a_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.brief"
    assert main(["new", "-o", str(path), "--title", "Kushner–Netanyahu"]) == 0
    assert load_brief(path).brief.title == "Kushner–Netanyahu"


def test_new_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.brief"
    save_brief(path, Brief(title="My work"))
    before = path.read_bytes()
    assert main(["new", "-o", str(path)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(f"{path}: already exists") and "--force" in line
    assert path.read_bytes() == before
    assert main(["new", "-o", str(path), "--force", "--title", "Fresh"]) == 0
    assert load_brief(path).brief.title == "Fresh"
    assert path.with_name("mine.brief.bak").read_bytes() == before


@pytest.mark.parametrize(("title", "message"), [("", "must not be empty"), ("bell\x07", "U+0007")])
def test_new_refuses_a_bad_title(tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, message: str) -> None:
    path = tmp_path / "x.brief"
    assert main(["new", "-o", str(path), "--title", title]) == 2
    assert message in _one_line(capsys.readouterr().err)
    assert not path.exists()


def test_new_into_a_missing_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "-o", str(tmp_path / "nope" / "x.brief")]) == 2
    assert "does not exist" in _one_line(capsys.readouterr().err)


def test_new_onto_a_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "-o", str(tmp_path)]) == 2
    assert "is a folder" in _one_line(capsys.readouterr().err)


# --------------------------------------------------------------------------
# Opening the app (with a stand-in for briefer.gui.app)
# --------------------------------------------------------------------------


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, bool]]:
    calls: list[tuple[str | None, bool]] = []
    module = types.ModuleType("briefer.gui.app")

    def run_app(path: str | None, example: bool, library: object = None) -> int:
        calls.append((path, example))
        return 0

    module.run_app = run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "briefer.gui.app", module)
    return calls


def test_no_command_opens_the_app(fake_app: list) -> None:
    assert main([]) == 0
    assert fake_app == [(None, False)]


def test_example_opens_the_app_with_the_example(fake_app: list) -> None:
    assert main(["--example"]) == 0
    assert fake_app == [(None, True)]


def test_a_brief_file_opens_in_the_app(fake_app: list) -> None:
    path = str(FIXTURES / "v1.brief")
    assert main([path]) == 0
    assert fake_app == [(path, False)]


def test_a_missing_brief_file_is_one_line(fake_app: list, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "gone.brief")
    assert main([path]) == 2
    assert _one_line(capsys.readouterr().err) == f"{path}: the file does not exist"
    assert fake_app == []


def test_without_the_gui_says_what_to_install(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "briefer.gui.app", None)  # makes the import fail
    assert main([]) == 2
    assert "cannot open the app" in _one_line(capsys.readouterr().err)


def test_gui_import_hints_name_what_to_install() -> None:
    assert "pip install PySide6" in _gui_import_hint(ModuleNotFoundError("No module named 'PySide6'", name="PySide6"))
    hint = _gui_import_hint(ImportError("libEGL.so.1: cannot open shared object file: No such file or directory"))
    assert "apt-get install" in hint and "libegl1" in hint


# --------------------------------------------------------------------------
# Internal errors
# --------------------------------------------------------------------------


def test_an_internal_error_is_one_line_and_exit_1(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(path: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(files, "load_brief", broken)
    assert main(["validate", str(FIXTURES / "v1.brief")]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "internal error" in line and "boom" in line and "please report" in line


def test_briefer_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(files, "load_brief", broken)
    monkeypatch.setenv("BRIEFER_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        main(["validate", str(FIXTURES / "v1.brief")])


def test_works_from_any_folder(tmp_path: Path) -> None:
    result = run_cli("validate", str(FIXTURES / "v1.brief"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_without_a_screen_the_app_says_so_instead_of_qt_aborting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("always has a screen")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    assert main(["--example"]) == 2
    line = _one_line(capsys.readouterr().err)
    assert "no screen" in line and "briefer export" in line


def _final_without_summary_or_marking(tmp_path: Path):
    from briefer.model import Brief, brief_to_bytes

    brief = Brief(title="Call with Tokyo", purpose="Why we call.", status="final", layout={"template": "call"},
                  meeting={"date": "2026-12-10"})
    path = tmp_path / "final.brief"
    path.write_bytes(brief_to_bytes(brief))
    return brief, path


def test_validate_prints_errors_as_errors_and_counts_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Walk-through A, item 3: a final brief with an empty summary and no
    marking has two errors in the app's panel; validate says so."""
    from briefer.checks import check_brief
    from briefer.cli import _path_text

    brief, path = _final_without_summary_or_marking(tmp_path)
    findings = check_brief(brief)
    errors = [f for f in findings if f.severity == "error"]
    warnings = [f for f in findings if f.severity == "warning"]
    assert len(errors) == 2 and warnings  # as the panel shows them
    assert main(["validate", str(path)]) == 0  # exit 0 by default
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"{f.severity}: {path}: {_path_text(f.path) + ': ' if f.path else ''}{f.message}" for f in findings
    ]
    line = _one_line(captured.out)
    assert "valid brief" not in line
    assert line.startswith(f"{path}: the file is valid; 2 errors, {_plural(len(warnings), 'warning')}")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def test_validate_strict_exits_3_when_the_brief_has_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Not 1: a script must tell "the brief has problems" from "Briefer crashed".
    _, path = _final_without_summary_or_marking(tmp_path)
    assert main(["validate", "--strict", str(path)]) == 3
    captured = capsys.readouterr()
    assert "2 errors" in captured.out and captured.err.count("error: ") == 2
    # Warnings alone pass --strict.
    from briefer.model import Brief, brief_to_bytes

    fine = tmp_path / "fine.brief"
    fine.write_bytes(brief_to_bytes(Brief(title="Fine", summary="Bottom line.", marking="OFFICIAL", meeting={"date": "2026-12-10"})))
    assert main(["validate", "--strict", str(fine)]) == 0
    out = capsys.readouterr()
    assert "error: " not in out.err and out.out.startswith(f"{fine}: valid brief “Fine”")


def test_validate_help_names_strict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "--strict" in out and "exit 3" in out


def test_help_lists_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    for status in ("0 ok", "1 an internal error", "2 a problem with your input", "3 `validate --strict` found an error", "130 interrupted"):
        assert status in out
