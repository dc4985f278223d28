"""given_names: the gender of a given name, as English-speaking countries give it."""

from __future__ import annotations

import pytest

from quotebank.text.given_names import english_gender, given_name_gender


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Joanna", "female"),
        ("Roswitha", "female"),  # known elsewhere in the world
        ("Tom", "male"),
        ("Ministry", None),
        ("Orchard", None),
    ],
)
def test_given_name_gender(word: str, gender: str | None) -> None:
    assert given_name_gender(word) == gender


def test_english_speaking_countries_come_first() -> None:
    assert english_gender("Kim") == "female"  # a man's name in much of Europe and Asia
