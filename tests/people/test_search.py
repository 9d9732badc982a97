"""Searching the library as the user types."""

from __future__ import annotations

from briefer.people.model import Person
from briefer.people.search import PeopleIndex

PEOPLE = [
    Person(id="p-1", name="José Müller", title="Ambassador", organization="Embassy of Spain"),
    Person(id="p-2", name="王毅", name_latin="Wang Yi", title="Foreign Minister", organization="PRC"),
    Person(id="p-3", name="בנימין נתניהו", name_latin="Benjamin Netanyahu", title="Prime Minister"),
    Person(id="p-4", name="محمد بن سلمان", name_latin="Mohammed bin Salman", title="Crown Prince"),
    Person(id="p-5", name="Anna Ministerova", title="Adviser", organization="Ministry of Finance"),
    Person(id="p-6", name="Omar Jose", title="Clerk"),
    Person(id="p-7", name="Jared Kushner", title="Envoy", organization="The White House"),
]
index = PeopleIndex(PEOPLE)


def ids(query: str) -> list[str]:
    return [p.id for p in index.search(query)]


def test_case_and_accents_are_ignored() -> None:
    assert ids("jose muller") == ["p-1"]
    assert ids("MÜLLER") == ["p-1"]
    assert "p-1" in ids("José")


def test_names_in_any_script_match_as_typed() -> None:
    assert ids("王") == ["p-2"]
    assert ids("毅") == ["p-2"]  # inside a name written without spaces
    assert ids("נתני") == ["p-3"]
    assert ids("سلمان") == ["p-4"]


def test_latin_transliteration_finds_the_name_in_its_script() -> None:
    assert ids("wang") == ["p-2"]
    assert ids("netanya") == ["p-3"]


def test_title_and_organisation_are_searched() -> None:
    assert ids("white house") == ["p-7"]
    assert ids("crown") == ["p-4"]


def test_a_word_prefix_of_the_name_ranks_before_title_and_anywhere() -> None:
    # "minister": the start of Anna Ministerova's surname, then of two
    # titles (ties by the name in Latin letters: Benjamin before Wang).
    assert ids("minister") == ["p-5", "p-3", "p-2"]
    # "jose": a prefix of a name word for both; ties go by name.
    assert ids("jose") == ["p-1", "p-6"]
    # "ose": only found inside words.
    assert ids("ose") == ["p-1", "p-6"]


def test_every_word_of_the_query_must_match() -> None:
    assert ids("jose clerk") == ["p-6"]
    assert ids("jose nobody") == []


def test_an_empty_query_lists_everyone_by_name_and_the_limit_holds() -> None:
    assert len(index.search("")) == len(PEOPLE)
    assert len(index.search("", limit=3)) == 3
