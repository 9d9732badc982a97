"""`briefer draft`: a brief with every proposal accepted; bad input is one
line on stderr and exit 2, with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.cli import main
from briefer.storage.files import load_brief

SEED = Path(__file__).parent.parent / "fixtures" / "intake" / "seed-article-2025-11-10.txt"


def test_draft_writes_a_brief_with_the_seed_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.brief"
    assert main(["draft", str(SEED), "-o", str(out)]) == 0
    brief = load_brief(out).brief
    assert [(p.name, p.title) for p in brief.participants] == [
        ("Jared Kushner", "US envoy"),
        ("Benjamin Netanyahu", "Israeli Prime Minister"),
    ]
    assert brief.sources[0].publisher == "Dalena Reporters"
    assert len(brief.risks) == 2 and len(brief.open_issues) == 3
    assert "drafted" in capsys.readouterr().out


def test_draft_with_a_template(tmp_path: Path) -> None:
    out = tmp_path / "seed.brief"
    assert main(["draft", str(SEED), "-o", str(out), "--template", "bilateral"]) == 0
    assert load_brief(out).brief.layout.template == "bilateral"


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"", "empty.txt"), (bytes(range(256)) * 10, "binary.txt"), (b"{}", "x.json")],
)
def test_bad_input_is_one_line_exit_2_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, name: str
) -> None:
    src = tmp_path / name
    src.write_bytes(content)
    out = tmp_path / "out.brief"
    assert main(["draft", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and name in err and "Traceback" not in err
    assert not out.exists()


def test_draft_does_not_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.brief"
    out.write_text("keep me")
    assert main(["draft", str(SEED), "-o", str(out)]) == 2
    assert out.read_text() == "keep me"
    assert main(["draft", str(SEED), "-o", str(out), "--force"]) == 0
    assert load_brief(out).brief.participants
