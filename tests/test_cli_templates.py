"""``briefer templates`` and ``briefer new --template``: built-in, user and
team templates, and a broken template file that is reported, not fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.cli import main
from briefer.storage import load_brief
from briefer.templates import Template, builtin_templates, template_to_bytes


@pytest.fixture(autouse=True)
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return tmp_path


def put(folder: Path, name: str, content: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)


def test_templates_lists_every_source_with_its_description(user_folders, 
    folders: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    put(user_folders.config / "templates", "mine.brieftemplate", template_to_bytes(Template(name="Mine", description="My own.")))
    put(folders / "share", "team.brieftemplate", template_to_bytes(Template(name="Team", description="Shared.")))
    monkeypatch.setenv("BRIEFER_TEAM_TEMPLATES", str(folders / "share"))
    assert main(["templates"]) == 0
    out = capsys.readouterr()
    rows = [line.split() for line in out.out.splitlines()]
    assert [r[0] for r in rows] == [*builtin_templates(), "Mine", "Team"]
    assert [r[1] for r in rows] == ["built-in"] * len(builtin_templates()) + ["user", "team"]
    assert out.out.splitlines()[-1].endswith("Team — Shared.")
    assert "Bilateral meeting — A full brief" in out.out
    assert out.err == ""


def test_a_broken_user_template_is_a_warning_not_a_failure(user_folders, folders: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(user_folders.config / "templates", "broken.brieftemplate", b'{"format": "briefer-template", "version": 7}')
    assert main(["templates"]) == 0
    out = capsys.readouterr()
    assert "bilateral" in out.out
    (warning,) = out.err.splitlines()
    assert "broken.brieftemplate" in warning and "newer Briefer" in warning


def test_new_from_a_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "presser.brief"
    assert main(["new", "--template", "press", "-o", str(path), "--title", "Presser"]) == 0
    assert "Press conference" in capsys.readouterr().out
    brief = load_brief(path).brief
    assert brief.title == "Presser" and brief.layout.template == "press"
    assert [s.title for s in brief.sections] == ["Do not say"]  # defensive lines are questions and answers


def test_new_from_a_missing_template_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.brief"
    assert main(["new", "--template", "nope", "-o", str(path)]) == 2
    line = capsys.readouterr().err.strip()
    assert "\n" not in line and "available templates: bilateral" in line
    assert not path.exists()


def test_new_from_a_user_template(user_folders, folders: Path, tmp_path: Path) -> None:
    mine = Template(name="Mine", layout={"marking": "OFFICIAL"}, skeleton={"background": "Standing text."})
    put(user_folders.config / "templates", "mine.brieftemplate", template_to_bytes(mine))
    path = tmp_path / "m.brief"
    assert main(["new", "--template", "mine", "-o", str(path)]) == 0
    brief = load_brief(path).brief
    assert brief.marking == "OFFICIAL" and brief.background == "Standing text." and brief.layout.template == "Mine"
