"""turns: a transcript's turns are quotations with no marks; subheads are not."""

from __future__ import annotations

import pytest

from quotebank.engine.prefilter.marks import find_mark_spans
from quotebank.engine.prefilter.turns import transcript_turns, turn_label

TRANSCRIPT = (
    "Senator Ray Holmes spoke to anchor Jill Garcia.\n\n"
    "GARCIA: Did you know about the memo?\n\n"
    "HOLMES: (LAUGHTER) I did not. Nobody saw it. [CROSSTALK]\n\n"
    "GARCIA: Will you testify?\n\n"
    "HOLMES: If I am asked, yes.\n"
)


def said(text: str) -> list[str]:
    return [text[a:b] for a, b in transcript_turns(text, [])]


def test_each_turn_is_its_words_without_stage_directions() -> None:
    assert said(TRANSCRIPT) == [
        "Did you know about the memo?",
        "I did not. Nobody saw it.",
        "Will you testify?",
        "If I am asked, yes.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A story.\n\nUPDATE: The vote moved.\n\nWATCH: The vote moved.\n", id="subheads"
        ),
        pytest.param("GARCIA: Hello there.\n\nHOLMES: Hi there.\n", id="no one speaks twice"),
        pytest.param(
            "IOWA POLLS: NOT WRONG, JUST EARLY\n\nIOWA POLLS: STILL EARLY\n", id="shouted lines"
        ),
        pytest.param(
            "Q: Is it over?\n\nA: Not at all, it goes on.\n\nQ: Why?\n", id="one answer only"
        ),
        pytest.param("B: Is it over?\n\nB: It is not.\n\nC: Why?\n", id="other letters"),
    ],
)
def test_not_a_transcript(text: str) -> None:
    assert said(text) == []


def test_a_printed_interviews_questions_and_answers_are_turns() -> None:
    text = (
        "Ada Quill spoke with us.\n\nQ: Is it over?\n\nA: Not yet, it goes on.\n\n"
        "Q: Why?\n\nA: (SIGHS) The money ran out.\n"
    )
    assert said(text) == ["Is it over?", "Not yet, it goes on.", "Why?", "The money ran out."]


def test_a_turns_label_is_read_where_its_words_begin() -> None:
    text = (
        "Ada Quill spoke with us.\n\nQ: Is it over?\n\nA: Not yet.\n\n"
        "Q: Why?\n\nA: (SIGHS) The money ran out.\n"
    )
    labels = [turn_label(text, start) for start, _ in transcript_turns(text, [])]
    assert labels == ["Q", "A", "Q", "A"]
    assert turn_label(text, text.index("spoke")) is None  # not a turn's line
    assert turn_label(text, text.index("money")) is None  # inside the words, not their start


def test_a_turn_already_in_quotation_marks_is_not_read_twice() -> None:
    text = TRANSCRIPT + '\nGARCIA: "We will see," she said.\n'
    spans = find_mark_spans(text)
    quoted = [text[s.start : s.end] for s in spans]
    assert quoted.count("We will see,") == 1
    assert all(s.open_mark == -1 for s in spans if text[s.start : s.end] != "We will see,")


def test_a_transcript_pasted_in_quotation_marks_has_the_same_turns() -> None:
    text = (
        "A partial transcript follows:\n\n"
        '"GARCIA:\u00a0 Did you know about the memo?\n\n'
        '"VIDEO: They knew and said nothing.\n\n'
        '"GARCIA: Will you testify?\n\n'
        '"HOLMES: If I am asked, yes."\n'
    )
    spans = find_mark_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Did you know about the memo?",
        "VIDEO: They knew and said nothing.",
        "Will you testify?",
        "If I am asked, yes.",
    ]
    assert [s.open_mark == -1 for s in spans] == [True, False, True, True]
    assert not any(s.continues for s in spans)  # the clip does not go on with a turn
