"""Reading gold mentions: names vs descriptions, heads, owners, definiteness (invented mentions)."""

from __future__ import annotations

import pytest

from quotebank.engine.evaluate.mentions import (
    Description,
    describe,
    is_pronoun,
    name_key,
    names_match,
    parse_mention,
)


@pytest.mark.parametrize(
    ("mention", "names"),
    [
        ("Jane Roe", ("Jane Roe",)),
        ("Ms. Roe", ("Ms. Roe",)),
        ("Jane Roe, the acting head of the Parks Board", ("Jane Roe",)),
        ("Jo Park of the Daily Ledger", ("Jo Park", "Jo Park of Daily Ledger")),
        ("The Ledger", ("Ledger",)),
        ("Bank of Rivers", ("Bank", "Bank of Rivers")),  # the whole is compared exactly
        ("State", ("State",)),
        ("the Ohio senator", ()),
        ("a person close to the Roes", ()),
        ("a retired teacher named Jane Roe, who ran", ("Jane Roe",)),
        ("the mayor's chief of staff, Carl Doe", ("Carl Doe",)),
        ("Jane Roe and other leaders", ("Jane Roe",)),
        ("a video posted Friday", ()),
        ("The President", ()),
        ("Roe herself", ("Roe",)),  # "Roe herself acknowledged …"
    ],
)
def test_names_in_a_mention(mention: str, names: tuple[str, ...]) -> None:
    assert parse_mention(mention).names == names


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Ohio senator", Description("senator", frozenset({"ohio"}), definite=True)),
        ("a Rivers memo", Description("memo", frozenset({"rivers"}))),
        (
            "Roe's campaign ad",
            Description("ad", frozenset({"roe"}), owner="Roe", definite=True),
        ),
        ("the two lawmakers", Description("lawmaker", definite=True, plural=True)),
        ("her husband", Description("husband", definite=True, possessed=True)),
        ("one aide familiar with the talks", Description("aide")),
        ("a study by the institute", Description("study")),
        ("a study last year by two economists", Description("study")),
        ("a statement Tuesday", Description("statement")),
        ("some in the crowd", Description("crowd", definite=True)),  # a share: its group
        ("they", None),
    ],
)
def test_description_of_a_phrase(phrase: str, expected: Description | None) -> None:
    assert describe(phrase) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Sen. Jane Roe", ["jane", "roe"]),
        ("Jo Doe Jr.", ["jo", "doe"]),
        ("the Daily Ledger", ["daily", "ledger"]),
        ("Ana de Souza", ["ana", "souza"]),
    ],
)
def test_name_key(name: str, key: list[str]) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("predicted", "gold", "person", "expected"),
    [
        ("Jane Roe", "Ms. Roe", True, True),
        ("Jack Roe", "Jane Roe", True, False),
        ("Ann Lee Park", "Lee", True, True),  # a double surname
        ("Rivers Agency", "Rivers", False, True),  # a body's first word + a generic suffix
        ("Rivers Agency", "Lakes", False, False),
        ("Treasurer Gus Vale", "Secretary-Treasurer Gus Vale", True, True),  # last two words
        ("Mara Kiesha", "Keisha", True, True),  # two letters swapped
        ("Mara Kiesha", "Kovacs", True, False),
    ],
)
def test_names_match(predicted: str, gold: str, person: bool, expected: bool) -> None:
    assert names_match(predicted, gold, person=person) is expected


@pytest.mark.parametrize(
    ("mention", "expected"), [("he", True), ("who", True), ("his", True), ("Roe", False)]
)
def test_is_pronoun(mention: str, expected: bool) -> None:
    assert is_pronoun(mention) is expected


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("Democratic National Committee", "DNC", True),
        ("DNC", "the Democratic National Committee", True),
        ("National Rifle Association", "DNC", False),
    ],
)
def test_a_body_matches_its_initials(predicted: str, gold: str, right: bool) -> None:
    assert names_match(predicted, gold, person=False) is right
