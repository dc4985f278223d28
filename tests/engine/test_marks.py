"""Pairing quotation marks over raw text: one row per house-style convention."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotebank.engine.prefilter.marks import find_mark_spans


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_mark_spans(text)]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("curly", "He said, “We won.” Then he left.", ["We won."]),
        ("straight", 'He said, "We won." Then he left.', ["We won."]),
        ("low-9", "Sie sagte: „Wir gewinnen.“ Dann ging sie.", ["Wir gewinnen."]),
        ("guillemets", "Il a dit: « Nous gagnons. » Puis il est parti.", ["Nous gagnons."]),
        ("newswire backticks", "He said, ``We won.'' Then he left.", ["We won."]),
        (
            "apostrophes are not marks",
            "“I’m sure it’s the West’s ’90s,” he said.",
            ["I’m sure it’s the West’s ’90s,"],
        ),
        (
            "straight quotes with apostrophes",
            "\"I'm not sure it's Trump's,\" he said. \"We'll see.\"",
            ["I'm not sure it's Trump's,", "We'll see."],
        ),
        (
            "nested quote stays inside",
            "“I may leave and say, ‘good luck,’ and that’ll be it,” he said.",
            ["I may leave and say, ‘good luck,’ and that’ll be it,"],
        ),
        (
            "split quote",
            "“I’d like a ceasefire,” Trump added. “It takes two to tango.”",
            ["I’d like a ceasefire,", "It takes two to tango."],
        ),
        ("partial quote", "Trump called it a “feel-out meeting” on Friday.", ["feel-out meeting"]),
        ("nickname in a sentence", "Ringo, the “quiet” Beatle, smiled.", ["quiet"]),
        (
            "a headline quotes with single marks above a double-marked body",
            "Putin starts ‘high-stakes’ meeting\n\n“We met,” he said.",
            ["high-stakes", "We met,"],
        ),
        (
            "single marks past the headline stay apostrophes or nested quotes",
            "Talks resume\n\nThe minister’s ‘red lines’ held, “We met,” he said.",
            ["We met,"],
        ),
        (
            "single quotes used as the only marks",
            "‘We will fight on,’ she said.",
            ["We will fight on,"],
        ),
        (
            "three paragraphs",
            "He said: “One.\n“Two.\n“Three.”\nThe end.",
            ["One.", "Two.", "Three."],
        ),
        (
            "paragraphs joined on one line",
            'She said. "One is here. "Two is there." The end.',
            ["One is here.", "Two is there."],
        ),
        (
            "closing mark missing at paragraph end",
            "He said: “We are done.\nThe vote was held later.",
            ["We are done."],
        ),
        (
            "quote broken by a line break",
            "Zelensky said, “It is time.\nWe are counting on America.” However.",
            ["It is time.\nWe are counting on America."],
        ),
        (
            "odd mark stays in its paragraph",
            "A stray “ mark here.\n“Real quote,” she said.",
            ["Real quote,"],
        ),
        (
            "boilerplate line",
            "ALSO READ: Putin says ‘no’ to “peace talks”\n“We won,” he said.",
            ["We won,"],
        ),
        (
            "British style: single marks quote, double marks nest",
            "Boris Johnson ‘will not resign’, says aide.\nThe spokesman said: ‘He has no intention of going anywhere.’\n‘They called it a “witch hunt” and it is not one,’ he added.\n",
            [
                "will not resign",
                "He has no intention of going anywhere.",
                "They called it a “witch hunt” and it is not one,",
            ],
        ),
        (
            "double style keeps a stray nested single quote out",
            "“He told me ‘never again’ and I believed him,” she said. The players’ union agreed.",
            ["He told me ‘never again’ and I believed him,"],
        ),
        (
            "a closing mark set off by a space after a nested quote",
            '"Then they say, \'Oh, this is news,\' " Vance said. "Nobody asks why."',
            ["Then they say, 'Oh, this is news,'", "Nobody asks why."],
        ),
        (
            "a closing shape set off by a space after the quote's comma",
            "''We are not done yet, '' said Ms. Tran. ''The county owes us.''",
            ["We are not done yet,", "The county owes us."],
        ),
        (
            "a straight mark with spaces on both sides stays stray",
            'The sign read " and nothing more. "We left," she said.',
            ["We left,"],
        ),
        (
            "repeated paragraph",
            "He called it “historic” today, officials said again.\nHe called it “historic” today, officials said again.",
            ["historic"],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 and "“" not in v else None,
)
def test_conventions(name: str, text: str, expected: list[str]) -> None:
    assert quoted(text) == expected, name


def test_unbalanced_quote_does_not_swallow_the_article() -> None:
    text = "“Open and never closed.\n" + "Narrative paragraph. " * 10 + "\n“Closed,” she said."
    spans = quoted(text)
    assert spans[0] == "Open and never closed."
    assert spans[-1] == "Closed,"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab .,\n'\"“”‘’«»`„", "said", "He", "''", "``"]), max_size=80))
def test_spans_are_inside_text_ordered_and_disjoint(pieces: list[str]) -> None:
    text = "".join(pieces)
    spans = find_mark_spans(text)
    last_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= last_end
        assert text[span.start : span.end] == text[span.start : span.end].strip()
        last_end = span.end
