"""mentions.People: who an article's names are, including the ones the recogniser mislabels."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotebank.engine.attribution.mentions import People, Person


def names(nlp: Language, text: str) -> list[str]:
    return [person.name for person in People.build(nlp(text), set()).persons]


@pytest.mark.parametrize(
    ("text", "person", "is_person"),
    [
        (
            "Trump, who spoke to reporters aboard Air Force One, was asked about tariffs.",
            "Trump",
            True,
        ),
        (
            "Police named one of two Palestinians who shot the settler on Sunday.",
            "Palestinians",
            False,
        ),
    ],
)
def test_a_who_clause_after_a_comma_makes_a_name_a_person(
    nlp: Language, text: str, person: str, is_person: bool
) -> None:
    assert (person in names(nlp, text)) is is_person


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Lula", 0), ("Inácio", 0), ("Silva", 0), ("Luiz", 0), ("Jane", None), ("Manuel", None)],
)
def test_a_lone_first_or_middle_name_matches_the_one_person_who_has_it(
    name: str, expected: int | None
) -> None:
    people = People()
    people.persons += [
        Person(name="Luiz Inácio Lula da Silva"),
        Person(name="Andrés Manuel López Obrador"),
        Person(name="José Manuel Barroso"),
    ]
    assert people.match(name) == expected
