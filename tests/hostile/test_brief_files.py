"""Hostile `.brief` files, through the library (``load_brief``) and through
the command a user runs (``python -m briefer validate FILE``).

Each case states the exact outcome: the brief is refused with one sentence
that names the file and the problem (key words checked), or — for a file that
is only unusual (a UTF-8 BOM) — it opens.  On the command line a refused file
is exit status 2 and exactly one line on stderr, never a traceback.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.model import Brief, BriefFileError, brief_to_bytes
from briefer.storage import load_brief

from helpers.reads import CAN_COUNT_READS, bytes_read_during
from helpers.unprivileged import run_unprivileged

from .conftest import run_cli

GOOD = brief_to_bytes(Brief(title="Gaza cease-fire, phase two", summary="Bottom line: hold the line."))


def _envelope(brief: str) -> bytes:
    return ('{"format": "briefer-brief", "version": 1, "brief": ' + brief + "}").encode("utf-8")


def _write(data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        p = folder / "hostile.brief"
        p.write_bytes(data)
        return p

    return make


def _sparse_50mb(folder: Path) -> Path:
    p = folder / "huge.brief"
    with open(p, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: no 50 MB actually written
    return p


def _directory(folder: Path) -> Path:
    p = folder / "folder.brief"
    p.mkdir()
    return p


def _symlink_loop(folder: Path) -> Path:
    a, b = folder / "a.brief", folder / "b.brief"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


def _fifo(folder: Path) -> Path:
    p = folder / "pipe.brief"
    os.mkfifo(p)
    return p


def _missing(folder: Path) -> Path:
    return folder / "never-saved.brief"


DEEP = 100_000


@dataclass(frozen=True)
class Case:
    make: Callable[[Path], Path]
    words: tuple[str, ...]  # key words of the one-line message (lower case); () = the file opens


CASES: dict[str, Case] = {
    "empty": Case(_write(b""), ("empty",)),
    "only-white-space": Case(_write(b" \n\t\n"), ("empty",)),
    "truncated": Case(_write(GOOD[: len(GOOD) // 2]), ("not valid json", "line")),
    "binary": Case(_write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), ("binary",)),
    "invalid-utf8": Case(_write(_envelope('{"title": "caf') + b"\xe9\xff" + b'"}'), ("not utf-8", "position")),
    "utf8-bom-accepted": Case(_write(b"\xef\xbb\xbf" + GOOD), ()),
    "50-mb-sparse": Case(_sparse_50mb, ("52.4 mb", "at most 25 mb")),
    "nested-100000-arrays": Case(_write(_envelope('{"title": "x", "extra": ' + "[" * DEEP + "]" * DEEP + "}")), ("nested too deeply",)),
    "nested-100000-objects": Case(_write(_envelope('{"title": "x", "extra": ' + '{"a":' * DEEP + "1" + "}" * DEEP + "}")), ("nested too deeply",)),
    "duplicate-keys": Case(_write(_envelope('{"title": "first", "title": "second"}')), ("'title'", "twice")),
    "duplicate-envelope-keys": Case(_write(b'{"format": "briefer-brief", "version": 1, "version": 2, "brief": {"title": "x"}}'), ("'version'", "twice")),
    "wrong-type-title-number": Case(_write(_envelope('{"title": 5}')), ("title", "must be text")),
    "wrong-type-participants-object": Case(_write(_envelope('{"title": "x", "participants": {"name": "A"}}')), ("participants", "list")),
    "wrong-type-date-number": Case(_write(_envelope('{"title": "x", "meeting": {"date": 20251110}}')), ("meeting.date", "yyyy-mm-dd")),
    "wrong-type-enum": Case(_write(_envelope('{"title": "x", "status": "published"}')), ("status", "draft", "final")),
    "wrong-type-brief-is-list": Case(_write(b'{"format": "briefer-brief", "version": 1, "brief": []}'), ('no "brief" object',)),
    "missing-title": Case(_write(_envelope('{"summary": "no title"}')), ("title", "required")),
    "nan": Case(_write(_envelope('{"title": "x", "layout": {"zoom": NaN}}')), ("nan", "not a valid json number")),
    "infinity": Case(_write(_envelope('{"title": "x", "layout": {"zoom": Infinity}}')), ("infinity", "not a valid json number")),
    "minus-infinity": Case(_write(_envelope('{"title": "x", "layout": {"zoom": -Infinity}}')), ("-infinity", "not a valid json number")),
    "float-1e400": Case(_write(_envelope('{"title": "x", "layout": {"zoom": 1e400}}')), ("1e400", "too large")),
    "integer-10-pow-400": Case(_write(_envelope('{"title": "x", "layout": {"zoom": 1' + "0" * 400 + "}}")), ("too large",)),
    "version-from-the-future": Case(_write(b'{"format": "briefer-brief", "version": 3, "brief": {"title": "x"}}'), ("newer", "format 3", "up to 2")),
    "version-not-a-number": Case(_write(b'{"format": "briefer-brief", "version": "1", "brief": {"title": "x"}}'), ('"version"',)),
    "not-a-brief-json": Case(_write(b'{"title": "x"}'), ("not a briefer brief",)),
    "json-array": Case(_write(b"[1, 2, 3]"), ("not a briefer brief",)),
    "escaped-lone-surrogate": Case(_write(_envelope('{"title": "a\\ud800b"}')), ("lone surrogate", "u+d800")),
    "escaped-control-character": Case(_write(_envelope('{"title": "ring \\u0007 bell"}')), ("title", "u+0007")),
    "directory": Case(_directory, ("folder",)),
    "symlink-loop": Case(_symlink_loop, ("link loop",)),
    "fifo": Case(_fifo, ("not a regular file",)),
    "missing": Case(_missing, ("does not exist",)),
}


@pytest.mark.parametrize("name", list(CASES))
def test_load_brief(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    path = case.make(tmp_path)
    if not case.words:
        loaded = load_brief(path)
        assert loaded.brief.title == "Gaza cease-fire, phase two"
        assert loaded.brief.summary == "Bottom line: hold the line."
        return
    (tmp_path / "warm.brief").write_bytes(GOOD)
    load_brief(tmp_path / "warm.brief")  # imports read files too; not counted below
    read, error = bytes_read_during(lambda: load_brief(path))
    assert isinstance(error, BriefFileError), error
    if name == "50-mb-sparse" and CAN_COUNT_READS:  # only the size check may run: reading 50 MB is the attack
        assert read < 1024 * 1024, f"{read} bytes read to refuse a 50 MB file"
    message = str(error)
    assert message.startswith(f"Could not open “{path.name}”: "), message
    assert "\n" not in message
    for word in case.words:
        assert word in message.lower(), f"{word!r} not in {message!r}"


@pytest.mark.parametrize("name", list(CASES))
def test_validate_command(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    path = case.make(tmp_path)
    result = run_cli("validate", str(path))
    assert "Traceback" not in result.stderr + result.stdout
    if not case.words:
        assert result.code == 0, result.stderr
        assert "brief “Gaza cease-fire, phase two”" in result.stdout  # valid; its problems are counted
        return
    assert result.code == 2, (result.code, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}: ")
    for word in case.words:
        assert word in lines[0].lower(), f"{word!r} not in {lines[0]!r}"


# --------------------------------------------------------------------------
# No read permission
# --------------------------------------------------------------------------


def _read_without_permission(folder: Path) -> None:
    path = folder / "secret.brief"
    path.write_bytes(GOOD)
    path.chmod(0)
    try:
        with pytest.raises(BriefFileError) as info:
            load_brief(path)
        assert str(info.value) == "Could not open “secret.brief”: you do not have permission to read it."
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            assert main(["validate", str(path)]) == 2
    finally:
        path.chmod(0o644)
    assert err.getvalue().splitlines() == [f"{path}: you do not have permission to read it"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_no_read_permission(tmp_path: Path) -> None:
    """As a user to whom permissions apply (root reads anything)."""
    run_unprivileged(_read_without_permission, tmp_path)


def test_every_refused_file_is_left_as_it_was(tmp_path: Path) -> None:
    """Refusing to open a file never rewrites, renames or deletes it."""
    data = _envelope('{"title": "x", "version": NaN}')
    path = _write(data)(tmp_path)
    with pytest.raises(BriefFileError):
        load_brief(path)
    assert path.read_bytes() == data
    assert sorted(os.listdir(tmp_path)) == ["hostile.brief"]
