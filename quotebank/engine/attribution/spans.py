"""Character spans of reported speech's contents (pure, over the text and its quotes).

A content never cuts a quotation (its edges move out to the marks, and a
partial quotation right after it joins it), never crosses a paragraph, and is
a quotation rather than reported speech when nearly all its letters are quoted.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotebank.records import FoundQuote

MARKS = "\"“”‘’'"
Spans = list[tuple[int, int]]


def snapped(text: str, quotes: Sequence[FoundQuote], segments: Spans) -> Spans:
    """Content edges never cut a quotation: an edge inside one moves to its mark,
    and a partial quotation right after the content joins it ("called China
    “provocative”", when the parse hung the quotation elsewhere)."""
    start, end = segments[0][0], segments[-1][1]
    for quote in quotes:
        if quote.start < start < quote.end:
            start = opening(text, quote.start)
        if quote.start < end < quote.end or (
            quote.kind == "partial" and opening(text, quote.start) == next_word(text, end)
        ):
            end = closing(text, quote.end)
    return [(max(a, start), min(b, end)) for a, b in segments[:-1]] + [
        (max(segments[-1][0], start), end)
    ]


def opening(text: str, at: int) -> int:
    """Where the quotation marks before ``at`` begin."""
    while at > 0 and text[at - 1] in MARKS:
        at -= 1
    return at


def closing(text: str, at: int) -> int:
    """Where the quotation marks from ``at`` on end."""
    while at < len(text) and text[at] in MARKS:
        at += 1
    return at


def next_word(text: str, at: int) -> int:
    """Where the next word or mark starts after ``at``, on the same line."""
    while at < len(text) and text[at] in " \t,":
        at += 1
    return at


def paragraph(text: str, at: int) -> tuple[int, int]:
    """Where the paragraph around character ``at`` starts and ends."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def quoted_share(text: str, quotes: Sequence[FoundQuote], segments: Spans) -> float:
    """The share of the letters and digits of ``segments`` inside quotations."""
    letters = quoted = 0
    for start, end in segments:
        for i in range(start, end):
            if text[i].isalnum():
                letters += 1
                quoted += any(q.start <= i < q.end for q in quotes)
    return quoted / letters if letters else 1.0
