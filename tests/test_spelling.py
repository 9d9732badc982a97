"""The Qt-free spell checker (briefer.spelling): what is flagged in each
language, what is never flagged, suggestions, the user's words."""

from __future__ import annotations

import json

import pytest

from briefer import spelling
from briefer.spelling import Dictionaries, SpellChecker, UserWords, default_language_for, name_words

_DICTS = Dictionaries()


def _checker(language: str, tmp_path) -> SpellChecker:
    return SpellChecker(_load, UserWords(tmp_path / "words.txt"), language)


def _load(name: str):
    return _DICTS.load_now(name)


def _flagged(language, text, tmp_path, names=()):
    return [m.word for m in _checker(language, tmp_path).misspellings(text, name_words(names))]


@pytest.mark.parametrize(("language", "text", "flagged"), [
    ("en-GB", "The colour, the organisation's centre, travelled, defence, programme, analysed, organization",
     []),
    ("en-GB", "color center defense analyze traveled", ["color", "center", "defense", "analyze", "traveled"]),
    ("en-US", "color center defense analyze traveled organization's", []),
    ("en-US", "colour centre defence", ["colour", "centre", "defence"]),
    ("fr", "L'État a présenté aujourd'hui l'accord qu'il défend, peut-être", []),
    ("fr", "Le gouvernemment", ["gouvernemment"]),
    ("ar", "قال وزير الخارجية إن الحكومة", []),
    ("en-GB", "قال وزيرر الخارجية", ["وزيرر"]),
])
def test_each_language_flags_what_it_should(tmp_path, language, text, flagged):
    assert _flagged(language, text, tmp_path) == flagged


def test_never_flagged_names_acronyms_addresses_numbers(tmp_path):
    text = ("Kushner's talks with Netanyahu-aides, NATO, UNRWA, iPhone, 3rd, x, "
            "https://example.org/gaza-ceasfire and mail@exampel.org")
    assert _flagged("en-GB", text, tmp_path, names=["Jared Kushner", "Benjamin Netanyahu"]) == []
    assert _flagged("en-GB", "Kushner", tmp_path) == ["Kushner"]


def test_suggestions_best_first_in_the_words_case_and_british_in_british(tmp_path):
    gb = _checker("en-GB", tmp_path)
    us = _checker("en-US", tmp_path)
    assert gb.suggestions("goverment")[0] == "government"
    assert gb.suggestions("Goverment")[0] == "Government"
    assert gb.suggestions("color")[0] == "colour"
    assert us.suggestions("colour")[0] == "color"
    assert _checker("fr", tmp_path).suggestions("gouvernemment")[0] == "gouvernement"
    assert "وزير" in gb.suggestions("وزيرر")


def test_added_words_are_kept_in_a_file_and_never_flagged(tmp_path):
    words = UserWords(tmp_path / "spelling" / "words.txt")
    checker = SpellChecker(_load, words, "en-GB")
    assert [m.word for m in checker.misspellings("Zorblat")] == ["Zorblat"]
    words.add("Zorblat")
    checker.forget()
    assert checker.misspellings("Zorblat zorblat") == []
    assert (tmp_path / "spelling" / "words.txt").read_text("utf-8") == "Zorblat\n"
    assert "Zorblat" in UserWords(tmp_path / "spelling" / "words.txt")


def test_an_unwritable_word_list_says_so_and_keeps_the_word(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "spelling").write_text("a file where the folder should be")
    words = UserWords(folder / "spelling" / "words.txt")
    with pytest.raises(spelling.SaveError, match="cannot be made"):
        words.add("Zorblat")
    assert "Zorblat" in words


def test_a_word_list_that_cannot_be_read_is_never_overwritten(tmp_path):
    path = tmp_path / "words.txt"
    path.mkdir()  # something unreadable where the list should be
    words = UserWords(path)
    with pytest.raises(spelling.SaveError, match="this session only"):
        words.add("Zorblat")
    assert "Zorblat" in words and path.is_dir()


def test_positions_are_python_indexes_of_the_words(tmp_path):
    found = _checker("en-GB", tmp_path).misspellings("Ok — the goverment's plan, 🙂 goverment")
    assert [(m.start, m.word) for m in found] == [(9, "goverment's"), (29, "goverment")]


def test_dictionaries_parse_in_small_chunks(monkeypatch):
    """So a background load never holds Python's lock for long."""
    sizes = []
    real = json.loads
    monkeypatch.setattr(spelling.json, "loads", lambda s: sizes.append(s.count(",") + 1) or real(s))
    d = spelling.load_dictionary("en")
    assert len(d) > 100_000 and "government" in d and d.frequency("the") > 1000
    assert max(sizes) <= 3000 and len(sizes) > 50


def test_default_spelling_language_from_the_locale():
    assert default_language_for("en_US") == "en-US"
    assert default_language_for("en_GB") == "en-GB"
    assert default_language_for("en_IE") == "en-GB"
    assert default_language_for("fr_CA") == "fr"
    assert default_language_for("ar_EG") == "ar"
    assert default_language_for("de_DE") == "en-GB"


def test_suggestions_are_the_same_on_any_machine_and_catch_two_slips(tmp_path):
    gb = _checker("en-GB", tmp_path)
    assert gb.suggestions("seperatly")[0] == "separately"  # a wrong vowel and a missing letter
    assert gb.suggestions("comittee")[0] == "committee"
    assert [gb.suggestions("fragle") for _ in range(3)] == [gb.suggestions("fragle")] * 3


@pytest.mark.parametrize(("text", "language"), [
    ("The cease-fire is one month old and fragile; the hardest questions remain open.", "en"),
    ("The colour of the organisation's programme is set by the centre.", "en-GB"),
    ("The color of the organization's program is set by the center.", "en-US"),
    ("Le cessez-le-feu a un mois et reste fragile ; les questions les plus difficiles restent ouvertes.", "fr"),
    ("Too short", None),
    ("قال وزير الخارجية إن الحكومة ستدرس الاقتراح", None),
])
def test_the_language_of_a_brief_is_told_from_its_text(text, language):
    assert spelling.detect_language(text, _load) == language
