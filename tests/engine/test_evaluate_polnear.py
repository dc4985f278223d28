"""Judging predicted speakers against PolNeAR-style gold mentions (invented names and text)."""

from __future__ import annotations

from typing import Any

import pytest

from quotebank.engine.evaluate import GoldDoc, GoldQuote, GoldSource, speaker_matches
from quotebank.engine.evaluate.polnear import (
    Predicted,
    Verdict,
    gold_mention,
    judge_speaker,
    source_form,
)
from quotebank.engine.evaluate.reader import pronoun_antecedents


def gold(speaker: str | None, **extra: Any) -> GoldQuote:
    pronoun = speaker is not None and speaker.casefold() in ("he", "she", "they", "who")
    fields: dict[str, Any] = {"start": 0, "end": 1, "text": "x", "speaker_is_pronoun": pronoun}
    return GoldQuote(speaker=speaker, speaker_kind=None, kind="direct", **(fields | extra))


def judge(
    name: str | None,
    mention: GoldQuote,
    description: str | None = None,
    kind: str | None = "person",
    **options: Any,
) -> Verdict:
    return judge_speaker(Predicted(name or "", (), description, kind), mention, **options)


# The colleague's scorer's cases (tests of ``mention_matches``), names invented.
@pytest.mark.parametrize(
    ("name", "description", "kind", "mention", "expected"),
    [
        ("Jane Roe", None, "person", "Jane Roe, the acting head of the Parks Board", True),
        ("Jane Roe", None, "person", "Ms. Roe", True),
        ("Roe", None, "person", "Jane Roe", True),
        ("Jack Roe", None, "person", "Jane Roe", False),
        ("Daily Ledger", None, "organization", "The Ledger", True),
        ("Department of Rivers", None, "organization", "a Rivers memo", True),
        ("aide", None, "unnamed", "an unnamed aide to the governor", True),
        ("Jane Roe", "Ohio senator", "person", "the Ohio senator", True),
        ("Jane Roe", "Iowa senator", "person", "the Ohio senator", False),
        ("Jane Roe", None, "person", "one Roe spokesman", False),
        ("Jane Roe", None, "person", "a retired teacher named Jane Roe, who ran", True),
        ("Ann Lee Park", None, "person", "Ms. Lee", True),
        ("State Department", None, "organization", "State", True),
        ("Jo Doe Jr.", None, "person", "Mr. Doe", True),
        ("he", None, "person", "Jane Roe", False),
        (None, None, None, "Jane Roe", False),
    ],
)
def test_mentions(
    name: str | None, description: str | None, kind: str | None, mention: str, expected: bool
) -> None:
    assert judge(name, gold(mention), description, kind).right is expected


@pytest.mark.parametrize(
    ("case", "mention", "expected"),
    [
        ("no source", gold(None), None),
        ("empty source", gold("  "), None),
        ("bare pronoun, no resolution", gold("she"), None),
        ("relative pronoun, no resolution", gold("who"), None),
        ("resolved to a pronoun", gold("he", speaker_resolved="him"), None),
        ("pronoun not flagged", gold("They"), None),
        ("resolved pronoun", gold("she", speaker_resolved="Jane Roe"), True),
    ],
)
def test_unscorable_gold(case: str, mention: GoldQuote, expected: bool | None) -> None:
    assert judge("Jane Roe", mention).right is expected, case


def test_unscorable_gold_has_no_mention() -> None:
    assert gold_mention(gold("he")) is None
    assert gold_mention(gold("the mayor")) is not None


def test_pronoun_uses_silver_name() -> None:
    mention = gold("she", speaker_resolved="Jane Roe", aliases=("Jane Roe", "Roe"))
    assert judge("Jane Roe", mention) == Verdict(True, "silver")
    assert judge("Jack Roe", mention).right is False


def test_pronoun_second_opinion() -> None:
    mention = gold("he", speaker_resolved="Jack Roe")
    assert judge("Bob Smith", mention, antecedent="Bob Smith") == Verdict(True, "antecedent")
    assert judge("Carl Jones", mention, antecedent="Bob Smith").right is False
    assert judge("Jack Roe", mention, antecedent="Jack Roe") == Verdict(True, "silver")


def test_second_opinion_of_the_other_gender_is_not_taken() -> None:
    mention = gold("she", speaker_resolved="Jane Roe")
    assert judge("Mr. Bob Smith", mention, antecedent="Mr. Bob Smith").right is False


TIE = "Ohio senator Jane Roe toured the docks. Later the Ohio senator said, “We will rebuild.”"


def back(role: str, mention: str) -> str:
    """A role said of the person (not in their noun phrase), then a mention of it."""
    return (
        f"As a {role}, Jane Roe has toured the docks. Roe met workers at the pier. "
        f"Then {mention} said, “We will rebuild.”"
    )


BACK = back("candidate", "the candidate")
NESTED = "“We will win,” Roe said, according to the Daily Ledger."


def at(text: str, words: str) -> dict[str, int]:
    """Gold offsets of a mention and of the quote in an invented article."""
    start = text.index(words)
    quote = text.index("“") + 1
    return {
        "speaker_start": start,
        "speaker_end": start + len(words),
        "start": quote,
        "end": text.index("”"),
    }


@pytest.mark.parametrize(
    ("case", "name", "description", "kind", "mention", "text", "basis"),
    [
        (
            "exact",
            "retired ferry captain",
            None,
            "unnamed",
            "the retired ferry captain",
            None,
            "exact",
        ),
        ("name", "Jane Roe", None, "person", "Ms. Roe", None, "name"),
        ("alias", "Jane Roe", None, "person", "Jane Roe, who ran", None, "name"),
        (
            "description",
            "Jane Roe",
            "Ohio senator",
            "person",
            "the Ohio senator",
            None,
            "description",
        ),
        (
            "unnamed head",
            "spokesman",
            None,
            "unnamed",
            "a spokesman for the board",
            None,
            "description",
        ),
        ("document owner", "Jane Roe", None, "person", "Roe's campaign ad", None, "description"),
        (
            "document body",
            "Rivers Agency",
            None,
            "organization",
            "a Rivers memo",
            None,
            "description",
        ),
        ("tie", "Jane Roe", None, "person", "the Ohio senator", TIE, "tie"),
        ("refers-back", "Jane Roe", None, "person", "the candidate", BACK, "refers-back"),
        ("nested", "Jane Roe", None, "person", "the Daily Ledger", NESTED, "nested"),
    ],
)
def test_judging_basis(
    case: str,
    name: str,
    description: str | None,
    kind: str,
    mention: str,
    text: str | None,
    basis: str,
) -> None:
    where = at(text, mention) if text else {}
    cue = {"cue": "according to"} if case == "nested" else {}
    quote = gold(mention, **where, **cue)
    assert judge(name, quote, description, kind, text=text) == Verdict(True, basis), case


@pytest.mark.parametrize(
    ("case", "name", "mention", "text"),
    [
        ("tie needs the text", "Jane Roe", "the Ohio senator", None),
        ("tie to someone else", "Bob Smith", "the Ohio senator", TIE),
        ("nested, other speaker", "Bob Smith", "the Daily Ledger", NESTED),
        (
            "too generic to refer back",
            "Jane Roe",
            "the spokesman",
            back("spokesman", "the spokesman"),
        ),
        (
            "built on the name",
            "Jane Roe",
            "the senior Roe strategist",
            back("strategist", "the senior Roe strategist"),
        ),
        ("not named just before", "Bob Smith", "the candidate", BACK),
    ],
)
def test_reader_rules_refuse(case: str, name: str, mention: str, text: str | None) -> None:
    where = at(text, mention) if text and mention in text else {}
    cue = {"cue": "according to"} if case.startswith("nested") else {}
    quote = gold(mention, **where, **cue)
    assert judge(name, quote, text=text).right is False, case


def test_pronoun_antecedents_take_the_nearest_named_source_of_the_same_gender() -> None:
    text = "Jane Roe spoke. Mr. Carl Doe spoke. The board spoke. She said, “Yes.”"
    pronoun = text.index("She")
    doc = GoldDoc(
        "d",
        text,
        (gold("She", speaker_start=pronoun, speaker_end=pronoun + 3),),
        mentions=True,
        sources=(GoldSource(8, "Jane Roe"), GoldSource(27, "Mr. Carl Doe"), GoldSource(45, "he")),
    )
    assert pronoun_antecedents(doc) == {0: "Jane Roe"}


@pytest.mark.parametrize(
    ("mention", "form"),
    [
        (gold(None), "none"),
        (gold("he"), "pronoun"),
        (gold("Ms. Roe"), "named"),
        (gold("the Ohio senator"), "description"),
        (gold("a Rivers memo"), "description"),
    ],
)
def test_source_form(mention: GoldQuote, form: str) -> None:
    assert source_form(mention) == form


def test_speaker_matches_on_a_mention() -> None:
    assert speaker_matches("Jane Roe", gold("Ms. Roe"), mention=True)
    assert not speaker_matches("Jane Roe", gold("she"), mention=True)
