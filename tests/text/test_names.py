"""Names and quote keys: titles, spelling variants, different people."""

from __future__ import annotations

import pytest

from quotebank.text.keys import normalize_quote
from quotebank.text.names import handle_of, name_key, same_person, strip_titles


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Zelensky", "Volodymyr Zelenskyy", True),
        ("Sergei Lavrov", "Sergey Lavrov", True),
        ("President Donald Trump", "Trump", True),
        ("Mr Howard", "John Howard", True),
        ("George W Bush", "George Bush", True),
        ("Garcia Lorca", "Ana Garcia Lorca", True),
        ("John Paul", "John Paul II", True),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Tony Blair", "Tony Abbott", False),
        ("Peter Slezkine", "Volodymyr Zelensky", False),
        ("", "Trump", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
    assert same_person(b, a) is same


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("US President Donald Trump", "Donald Trump"),
        ("Mr. Trump", "Trump"),
        ("Queen Elizabeth II", "Queen Elizabeth II"),
        ("Trump", "Trump"),
        ("Speaker Nancy Pelosi", "Nancy Pelosi"),
        ("Majority Leader Chuck Schumer", "Chuck Schumer"),
        ("Speaker", "Speaker"),
        ("Assemblyman James Gallagher", "James Gallagher"),
        ("Councilwoman Ana Ruiz", "Ana Ruiz"),
        ("Sheriff Alex Villanueva", "Alex Villanueva"),
    ],
)
def test_strip_titles(name: str, expected: str) -> None:
    assert strip_titles(name) == expected


def test_name_key_folds_case_accents_and_titles() -> None:
    assert name_key("Mr. José  Ramos-Horta") == name_key("jose ramos-horta")


def test_normalize_quote_folds_marks_case_and_punctuation() -> None:
    assert normalize_quote("“I’m here — OK,”") == normalize_quote("i'm HERE ok")
    assert normalize_quote("I’m here") != normalize_quote("I am here")


@pytest.mark.parametrize(
    ("handle", "name", "expected"),
    [
        ("@AgatheRindell", "Agathe Rindell", True),
        ("@LunVondracek", "Lunetta Vondracek", True),  # the given name shortened
        ("@SenCastellane", "Idony Castellane", True),  # a title first
        ("@realTobiahLaskaris", "Tobiah Laskaris", True),
        ("@Threlfall", "Winnifred Threlfall", True),  # the surname alone
        ("@IdaThrelfall", "Winnifred Threlfall", False),  # another given name
        ("@CastellaneNews", "Idony Castellane", False),  # the surname is not at the end
        ("@AgatheRindell", "Rindell", False),  # a surname alone is not enough to go on
        ("@LaskarisFans", "Tobiah Laskaris", False),  # a fan page
    ],
)
def test_a_handle_spells_a_persons_name(handle: str, name: str, expected: bool) -> None:
    assert handle_of(handle, name) is expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Bob Casey", "Robert Casey", True),
        ("Don Wexcombe", "Donald Wexcombe", True),
        ("Peggy Ruiz", "Margaret Ruiz", True),
        ("Bill Clinton", "Hillary Clinton", False),
        ("Ted Lowe", "Tom Lowe", False),
    ],
)
def test_a_familiar_given_name_is_its_full_form(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
