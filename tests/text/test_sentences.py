"""Where sentences end (``text.sentences``), and where they do not: abbreviated titles."""

from __future__ import annotations

import pytest

from quotebank.text.sentences import sentence_ends


def starts(text: str) -> list[str]:
    return [text[i:] for i in sentence_ends(text)]


def test_a_full_stop_before_a_capital_ends_a_sentence() -> None:
    assert starts("The dam held. Crews went home.") == ["Crews went home."]


@pytest.mark.parametrize("title", ["Mr.", "Lt.", "Sgt. Maj.", "Capt.", "Cpl.", "Sens.", "Msgr."])
def test_an_abbreviated_title_never_ends_one(title: str) -> None:
    assert starts(f"The call came from {title} Dana Whitfield at dawn. Crews went home.") == [
        "Crews went home."
    ]


def test_the_engine_keeps_an_abbreviated_title_one_word(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Air Force 1st Lt. Dana Whitfield and Army Sgt. Maj. Omar Castillo")
    assert "Lt." in [t.text for t in doc] and "Maj." in [t.text for t in doc]


def test_a_mark_run_into_a_name_is_split_off(nlp) -> None:  # type: ignore[no-untyped-def]
    words = [t.text for t in nlp.make_doc('Ana Ruiz:"I was told," she said at 10:30.')]
    assert words[:5] == ["Ana", "Ruiz", ":", '"', "I"] and "10:30" in words
