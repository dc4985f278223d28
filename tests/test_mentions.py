"""mentions.People: who an article's names are, including the ones the recogniser mislabels."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotebank.mentions import People


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
