"""Very long texts are read in windows: cut at paragraph breaks, offsets kept."""

from __future__ import annotations

import pytest

from quotebank.engine import analyze
from quotebank.engine.prefilter.windows import windows


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("short text", 100, [(0, 10)]),
        ("", 100, [(0, 0)]),
        ("aaaa\n\nbbbb\n\ncccc", 8, [(0, 6), (6, 12), (12, 16)]),  # at paragraph breaks
        ("One two. Three four. Five six.", 12, [(0, 9), (9, 21), (21, 30)]),  # sentences
        ("abcdefghij", 4, [(0, 4), (4, 8), (8, 10)]),  # no break at all: a hard cut
    ],
    ids=["one window", "empty", "paragraphs", "sentences", "hard cut"],
)
def test_windows(text: str, size: int, expected: list[tuple[int, int]]) -> None:
    spans = windows(text, size)
    assert spans == expected
    assert "".join(text[a:b] for a, b in spans) == text


def test_an_article_longer_than_spacy_takes_is_read_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    """Over a million characters (spaCy's limit): every paragraph's quote is found."""
    paragraph = "Filler words about the harbour and its long history, " * 800
    quote = "“We will rebuild pier {} by spring,” harbour master Ines Duarte said."
    text = "\n\n".join(f"{paragraph}\n\n{quote.format(n)}" for n in range(24))
    assert len(text) > 1_000_000
    found = analyze(nlp, text)
    assert len(found) == 24
    assert [text[q.start : q.end] for q in found] == [
        f"We will rebuild pier {n} by spring," for n in range(24)
    ]
    assert {q.speaker for q in found} == {"Ines Duarte"}
