"""Which units can hold reported speech (``prefilter.speech``), and condense keeping them."""

from __future__ import annotations

import pytest

from quotebank.engine.prefilter.condense import STAND_IN, condense
from quotebank.engine.prefilter.speech import SpeechCues, inflections
from quotebank.engine.prefilter.units import text_units

VERB_RULES = [["s", ""], ["ies", "y"], ["es", "e"], ["ed", "e"], ["ed", ""], ["ing", ""]]
EXCEPTIONS = {"said": ["say"], "denied": ["deny"], "sang": ["sing"]}  # as spaCy's tables
CUES = SpeechCues(
    inflections({"say", "deny", "warn"}, VERB_RULES, EXCEPTIONS) | {"claim", "according"},
    ((frozenset({"found"}), frozenset({"poll"})),),
)
INTRO = "Mayor Ana Ruiz toured the district."
AWAY = "Rain fell on the coast all week."
ALSO = "Roads were closed in three places."
SAID = "Ruiz said the bridge would reopen."
PRONOUN = "She denied that the vote was rigged."


def kept(text: str) -> list[str]:
    condensed = condense(text, speech=CUES)
    parts = [part.strip() for part in condensed.text.replace("\n", " ").split(STAND_IN)]
    return [part for part in parts if part]


def test_inflections_run_the_rules_backwards_and_take_the_exceptions() -> None:
    forms = inflections({"deny", "say"}, VERB_RULES, EXCEPTIONS)
    assert {"deny", "denies", "denied", "denying", "say", "says", "said"} <= forms
    assert "sang" not in forms


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Ruiz said so.", [0]),
        ("Ruiz SAID so.", [0]),
        ("Her claim was false.", [0]),
        ("The bridge fell, according to Ruiz.", [0]),
        ("The latest poll found support falling.", [0]),
        ("Ruiz found a coin.", []),
        ("Rain fell.", []),
        ("Ruiz: Bridge Will Reopen\n\nRain fell.\n\nRoads closed.", [0]),
        ("Update on the bridge\n\nRain fell.\n\nRoads closed.", []),
        ("Rain fell.\n\nRuiz said so.", [1]),
    ],
)
def test_a_unit_with_a_cue_word_can_hold_reported_speech(text: str, units: list[int]) -> None:
    assert CUES.units(text, text_units(text)) == units


def test_a_cue_inside_a_quotation_is_not_the_writers() -> None:
    text = "“Ruiz said so,” Lee wrote."
    assert CUES.units(" " * 15 + text[15:], [(0, len(text))]) == []


def test_without_cues_or_quotation_marks_nothing_is_parsed() -> None:
    assert condense(" ".join([AWAY, ALSO] * 20), speech=CUES).text == ""


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a named source needs nothing before it
        ((AWAY, ALSO, AWAY, SAID, ALSO), [SAID]),
        # "She denied": back to the sentence that says who she is
        ((AWAY, INTRO, ALSO, PRONOUN, AWAY), [f"{INTRO} {ALSO} {PRONOUN}"]),
    ],
    ids=["named", "pronoun-chain"],
)
def test_keeps_the_units_with_a_cue_and_what_their_source_reads(
    sentences: tuple[str, ...], expected: list[str]
) -> None:
    text = " ".join(sentences) + " " + AWAY * 20  # one long paragraph: cut into sentences
    assert kept(text) == expected


def test_a_content_across_a_dropped_sentence_does_not_map_back() -> None:
    text = " ".join([SAID, AWAY, SAID]) + " " + AWAY * 20
    condensed = condense(text, speech=CUES)
    assert condensed.text == f"{SAID} {STAND_IN} {SAID}"
    first = condensed.text.index("the bridge")
    assert condensed.original_content(first, first + 10) == (first, first + 10)
    assert condensed.original_content(first, len(condensed.text)) is None
    assert condensed.original_ends(first, len(condensed.text)) is not None
