"""User and team templates: folders of `.brieftemplate` files a user saves,
renames, deletes, imports and shares; a broken file is skipped and reported,
never fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.model import Brief
from briefer.model.brief import CustomSection, KeyPoint, Participant
from briefer.templates import (
    TemplateLibrary,
    build_library,
    Template,
    TemplateFileError,
    TemplateNotFound,
    template_from_bytes,
    template_to_bytes,
)
from briefer.templates import settings as template_settings
from briefer.templates import user_templates


@pytest.fixture(autouse=True)
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return tmp_path


def lib() -> TemplateLibrary:
    """The library as the app and the CLI build it (the folders are read
    from the environment the isolation fixture sets)."""
    return build_library()


def weekly(name: str = "Weekly call", **layout) -> Template:
    return Template(name=name, description="The Monday call.", layout=layout)


def write_template(folder: Path, file_name: str, template: Template) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    path.write_bytes(template_to_bytes(template))
    return path


def test_user_folder_follows_the_config_override(user_folders, folders: Path) -> None:
    assert template_settings.user_templates_dir() == user_folders.config / "templates"


def test_saved_template_is_found_by_name_and_listed_as_user() -> None:
    lib().problems()
    path = user_templates.save_user_template(lib(), weekly(page_size="Letter"))
    assert path.name == "weekly-call.brieftemplate" and path.parent == template_settings.user_templates_dir()
    assert lib().get("weekly call").layout.page_size == "Letter"
    assert ("Weekly call", "user") in [(t.name, label) for t, label in lib().entries()]


def test_saving_twice_needs_overwrite_and_replaces_in_place() -> None:
    first = user_templates.save_user_template(lib(), weekly())
    with pytest.raises(user_templates.TemplateExistsError, match="already have"):
        user_templates.save_user_template(lib(), weekly("WEEKLY CALL"))
    again = user_templates.save_user_template(lib(), weekly(page_size="Letter"), overwrite=True)
    assert again == first and len(list(template_settings.user_templates_dir().iterdir())) == 1
    assert template_from_bytes(first.read_bytes()).layout.page_size == "Letter"


def test_a_builtin_name_is_never_taken() -> None:
    with pytest.raises(user_templates.TemplateExistsError, match="built-in"):
        user_templates.save_user_template(lib(), weekly("Bilateral"), overwrite=True)


def test_names_in_any_script_get_a_safe_distinct_file_name() -> None:
    a = user_templates.save_user_template(lib(), weekly("اجتماع ثنائي"))
    b = user_templates.save_user_template(lib(), weekly("../../etc/passwd"))
    c = user_templates.save_user_template(lib(), weekly("etc passwd"))
    assert a.parent == b.parent == c.parent == template_settings.user_templates_dir()
    assert b.name == "etc-passwd.brieftemplate" and c.name == "etc-passwd-2.brieftemplate"
    assert user_templates.slug("CON") == "con-template" and user_templates.slug("***") == "template"


def test_a_broken_file_is_skipped_and_reported(folders: Path) -> None:
    folder = template_settings.user_templates_dir()
    write_template(folder, "good.brieftemplate", weekly("Good"))
    (folder / "broken.brieftemplate").write_text("{not json", encoding="utf-8")
    newer = {"format": "briefer-template", "version": 99, "template": {"name": "Future"}}
    (folder / "future.brieftemplate").write_text(json.dumps(newer), encoding="utf-8")
    problems = dict(lib().problems())
    assert lib().get("Good").name == "Good"
    assert set(problems) == {folder / "broken.brieftemplate", folder / "future.brieftemplate"}
    assert "newer Briefer" in problems[folder / "future.brieftemplate"]
    with pytest.raises(TemplateNotFound):
        lib().get("Future")


def test_a_file_is_read_again_when_it_changes() -> None:
    lib().problems()
    path = user_templates.save_user_template(lib(), weekly())
    assert lib().get("Weekly call").layout.page_size == "A4"
    path.write_bytes(template_to_bytes(weekly(page_size="Letter")) + b"\n")  # new size: re-read
    assert lib().get("Weekly call").layout.page_size == "Letter"


def test_delete_and_rename() -> None:
    lib().problems()
    user_templates.save_user_template(lib(), weekly())
    new_path = user_templates.rename_user_template(lib(), "weekly call", "Monday call")
    assert new_path.name == "monday-call.brieftemplate"
    assert [p.name for p in template_settings.user_templates_dir().iterdir()] == ["monday-call.brieftemplate"]
    assert lib().get("Monday call").display_title == "Monday call"
    user_templates.delete_user_template(lib(), "Monday call")
    assert list(template_settings.user_templates_dir().iterdir()) == []
    with pytest.raises(TemplateNotFound):
        user_templates.delete_user_template(lib(), "Monday call")


def test_builtin_and_team_templates_cannot_be_deleted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team = tmp_path / "share"
    write_template(team, "t.brieftemplate", weekly("Team call"))
    monkeypatch.setenv("BRIEFER_TEAM_TEMPLATES", str(team))
    with pytest.raises(user_templates.UserTemplateError, match="built-in"):
        user_templates.delete_user_template(lib(), "bilateral")
    with pytest.raises(user_templates.UserTemplateError, match="team template"):
        user_templates.delete_user_template(lib(), "Team call")
    assert (team / "t.brieftemplate").exists()


def test_rename_onto_an_existing_name_is_refused() -> None:
    user_templates.save_user_template(lib(), weekly("A"))
    user_templates.save_user_template(lib(), weekly("B"))
    with pytest.raises(user_templates.TemplateExistsError):
        user_templates.rename_user_template(lib(), "A", "b")
    with pytest.raises(user_templates.TemplateExistsError):
        user_templates.rename_user_template(lib(), "A", "quick")


def test_team_folder_from_settings_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team = tmp_path / "share"
    write_template(team, "t.brieftemplate", weekly("Team call"))
    assert template_settings.get_team_dir() is None
    template_settings.set_team_dir(team)
    assert template_settings.get_team_dir() == team
    assert json.loads(template_settings.settings_path().read_text())["team_templates_dir"] == str(team)
    lib().problems()
    assert ("Team call", "team") in [(t.name, label) for t, label in lib().entries()]
    other = tmp_path / "other"
    monkeypatch.setenv("BRIEFER_TEAM_TEMPLATES", str(other))
    assert template_settings.get_team_dir() == other
    assert "Team call" not in lib().names()
    template_settings.set_team_dir(None)
    monkeypatch.delenv("BRIEFER_TEAM_TEMPLATES")
    assert template_settings.get_team_dir() is None


def test_a_team_template_never_shadows_a_builtin_or_the_users_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team = tmp_path / "share"
    write_template(team, "a.brieftemplate", Template(name="bilateral", layout={"page_size": "Letter"}))
    write_template(team, "b.brieftemplate", weekly(page_size="Letter"))
    monkeypatch.setenv("BRIEFER_TEAM_TEMPLATES", str(team))
    lib().problems()
    user_templates.save_user_template(lib(), weekly())
    assert lib().get("bilateral").layout.page_size == "A4"
    assert lib().get("Weekly call").layout.page_size == "A4"


def test_an_unreachable_team_folder_or_damaged_settings_are_harmless(monkeypatch: pytest.MonkeyPatch) -> None:
    template_settings.settings_path().parent.mkdir(parents=True)
    template_settings.settings_path().write_text("[1, 2", encoding="utf-8")
    assert template_settings.get_team_dir() is None
    monkeypatch.setenv("BRIEFER_TEAM_TEMPLATES", "/no/such/drive")
    assert lib().problems() == []
    assert "bilateral" in lib().names()


def test_import_checks_fully_then_copies(tmp_path: Path) -> None:
    mail = tmp_path / "from-a-colleague.brieftemplate"
    mail.write_bytes(template_to_bytes(weekly()))
    template = user_templates.import_template_file(lib(), mail)
    assert template.name == "Weekly call"
    assert (template_settings.user_templates_dir() / "weekly-call.brieftemplate").exists()
    with pytest.raises(user_templates.TemplateExistsError):
        user_templates.import_template_file(lib(), mail)
    user_templates.import_template_file(lib(), mail, overwrite=True)


def test_import_of_a_bad_file_copies_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.brieftemplate"
    bad.write_text(json.dumps({"format": "briefer-brief", "version": 1, "brief": {"title": "x"}}), encoding="utf-8")
    with pytest.raises(TemplateFileError, match="a brief, not a template"):
        user_templates.import_template_file(lib(), bad)
    assert not template_settings.user_templates_dir().exists() or not any(template_settings.user_templates_dir().iterdir())


def test_export_writes_a_file_that_imports_again(tmp_path: Path) -> None:
    out = user_templates.export_template_file(lib(), "press", tmp_path / "press.brieftemplate")
    assert template_from_bytes(out.read_bytes()) == lib().get("press")
    with pytest.raises(user_templates.UserTemplateError):
        user_templates.export_template_file(lib(), "press", tmp_path / "mine.brief")


def _brief() -> Brief:
    return Brief(
        title="Kushner–Netanyahu",
        reference="REF-1",
        marking="OFFICIAL-SENSITIVE",
        summary="Bottom line.",
        background="Standing background text.",
        meeting={"date": "2025-11-10", "location": "Jerusalem", "format": "in-person"},
        participants=[Participant(name="Jared Kushner")],
        key_points=[KeyPoint(point="Disarmament first")],
        sections=[CustomSection(title="Defensive lines", body="If asked: no comment.")],
        layout={"template": "press", "section_titles": {"summary": "Bottom line"}, "page_size": "Letter"},
    )


def _from_brief(brief: Brief, *args, **kwargs) -> Template:
    return user_templates.template_from_brief(brief, lib().for_brief(brief.layout.template), *args, **kwargs)


def test_structure_only_keeps_layout_and_titles_but_no_text() -> None:
    t = _from_brief(_brief(), "Our press brief", "For pressers", keep_text=False)
    press = lib().get("press")
    assert t.layout.sections == press.layout.sections
    assert t.layout.section_titles["summary"] == "Bottom line"
    assert t.layout.section_titles["key_points"] == press.layout.section_titles["key_points"]
    assert t.layout.page_size == "Letter" and t.layout.marking == "OFFICIAL-SENSITIVE"
    assert t.skeleton == {"sections": [{"title": "Defensive lines"}], "meeting": {"format": "in-person"}}
    assert t.hints == press.hints
    new = t.new_brief("Next week")
    assert new.marking == "OFFICIAL-SENSITIVE" and new.summary is None and new.layout.template == "Our press brief"


def test_standing_text_keeps_texts_and_rows_but_not_the_meetings_identity() -> None:
    t = _from_brief(_brief(), "Our press brief", None, keep_text=True)
    new = t.new_brief("Next week")
    assert new.background == "Standing background text."
    assert [p.name for p in new.participants] == ["Jared Kushner"]
    assert new.sections[0].body == "If asked: no comment."
    assert new.reference is None and new.meeting.date is None and new.meeting.location == "Jerusalem"
    assert new.title == "Next week"


def test_standing_text_from_a_v2_brief_leaves_out_what_it_follows_and_who_cleared_it() -> None:
    brief = Brief.model_validate(
        {
            **_brief().model_dump(),
            "follows": {"reference": "MENAD/2025/118"},
            "clearances": [{"name": "Head of Department", "status": "cleared"}],
            "decisions": [{"decision": "Agree the mandate"}],
            "contact": {"name": "Jane Doe"},
        }
    )
    brief.meeting.home_timezone = "Europe/London"
    t = _from_brief(brief, "Our press brief", None, keep_text=True)
    new = t.new_brief("Next week")
    assert new.follows.reference is None and new.clearances == []
    assert new.decisions[0].decision == "Agree the mandate" and new.contact.name == "Jane Doe"
    assert new.meeting.home_timezone == "Europe/London"
    assert t.layout.marking_scheme == "uk"
