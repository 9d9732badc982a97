"""Issue 11, item 8: memory stays bounded for every brief the limits admit.

Inside the 25 MB file limit, 175 000 participants needed 3 GB and died with
MemoryError.  The format now admits at most ``MAX_LIST_ENTRIES`` list
entries and ``MAX_TEXT_CHARS`` characters of text, refused on open with a
message that says to split the brief, and refused on save (so nothing
saved can fail to open).  The largest admitted brief is exported here in a
subprocess whose address space is capped at 600 MB (twice the aim); the
measured peak is in ``benchmarks/memory.md``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.model import Brief, brief_to_bytes
from briefer.model.fileformat import MAX_LIST_ENTRIES, MAX_TEXT_CHARS
from briefer.storage import SaveError, load_brief, save_brief

from .conftest import run_cli


def _participants(n: int) -> list[dict[str, str]]:
    return [{"name": f"Participant {i}", "organization": "Ministry of Foreign Affairs"} for i in range(n)]


def test_too_many_entries_are_refused_on_open_with_advice(tmp_path: Path) -> None:
    doc = json.loads(brief_to_bytes(Brief(title="Big")))
    doc["brief"]["participants"] = _participants(175_000)
    path = tmp_path / "huge.brief"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert path.stat().st_size < 25 * 1024 * 1024  # inside the file limit
    result = run_cli("validate", str(path), timeout=120)
    assert result.code == 2
    assert "175,000 list entries" in result.stderr and "split it into several briefs" in result.stderr


def test_too_much_text_is_refused_on_open(tmp_path: Path) -> None:
    doc = json.loads(brief_to_bytes(Brief(title="Big")))
    doc["brief"]["summary"] = "word " * (MAX_TEXT_CHARS // 5 + 1)
    path = tmp_path / "long.brief"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(Exception, match="million characters of text"):
        load_brief(path)


def test_what_cannot_be_opened_is_not_saved(tmp_path: Path) -> None:
    brief = Brief(title="Growing")
    brief.participants = Brief(title="x", participants=_participants(MAX_LIST_ENTRIES + 1)).participants
    with pytest.raises(SaveError, match="split it into several briefs"):
        save_brief(tmp_path / "growing.brief", brief)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_the_largest_admitted_brief_exports_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "largest.brief"
    save_brief(path, Brief(title="Largest", participants=_participants(MAX_LIST_ENTRIES)))
    code = (
        "import io, resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (600 * 1024 * 1024, 600 * 1024 * 1024))\n"
        "from briefer.storage import load_brief\n"
        "from briefer.export.formats import export_brief\n"
        "from briefer.templates import builtin_library\n"
        f"brief = load_brief({str(path)!r}).brief\n"
        "export_brief(brief, io.BytesIO(), 'pdf', builtin_library().for_brief(brief.layout.template))\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
