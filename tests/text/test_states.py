"""states: the state written after a lawmaker's name."""

from __future__ import annotations

import pytest

from quotebank.text.states import state_after


@pytest.mark.parametrize(
    ("after", "words"),
    [
        (" (R-Fla.) said", ("florida",)),
        (" (Fla.) and", ("florida",)),
        (", D-N.Y., said", ("new", "york")),
        (" (D-W.Va.)", ("west", "virginia")),
        (" (I-VT) said", ("vermont",)),  # a postal code after a party letter
        (" (Ohio)", ("ohio",)),
        (" (OR) said", ()),  # but never alone: "OR", "ME", "IN" are words
        (" (CNN) said", ()),
        (", who said", ()),
    ],
)
def test_state_after_a_name(after: str, words: tuple[str, ...]) -> None:
    text = "Ann Lee" + after
    assert state_after(text, len("Ann Lee")) == words
