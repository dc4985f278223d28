"""When two wordings of one speaker are one remark (pure rules over normalised words)."""

from __future__ import annotations

import pytest

from quotebank.text.keys import normalize_quote
from quotebank.text.wordings import (
    core,
    parts,
    remarks_to_join,
    same_remark,
    substantial,
    words_of,
)


def w(text: str) -> tuple[str, ...]:
    return words_of(normalize_quote(text))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("feel-out meeting", "a feel-out meeting,", True),  # the seeds: an article and a comma
        ("a feel-out meeting,", "feel-out meeting", True),  # either order
        ("feel-out meeting", "It was a feel-out meeting, nothing more", True),  # partial re-quote
        ("The deal is done.", "a deal is done", True),  # edge function words differ
        ("We will not give up our land,", "we will not give up our land, not one inch", True),
        ("two minutes", "He gave it two minutes.", False),  # two words never link
        ("in the end", "in the end, we won", False),  # three words, one of them content
        ("not a good deal", "a good deal", True),  # a re-quote dropping "not": shown together
        ("the deal is not done", "the deal is done", False),  # "not" is not a function word
        ("a very good deal", "it is a very good deal for everybody", True),
        ("we will win the war", "we will lose the war", False),  # same edges, other words
        ("meeting feel-out", "a feel-out meeting", False),  # the same words in another order
        ("deal is done", "the deal is done now", True),  # inside, core and all
    ],
)
def test_same_remark(a: str, b: str, expected: bool) -> None:
    assert same_remark(w(a), w(b)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("feel-out meeting", True),  # feel, out, meeting: three words, two of them content
        ("two minutes", False),
        ("I think so", False),  # one content word
        ("ceasefire", False),
        ("a good deal", True),
    ],
)
def test_substantial(text: str, expected: bool) -> None:
    assert substantial(w(text)) is expected


def test_core_drops_function_words_at_the_edges_only() -> None:
    assert core(w("It is a deal that we made with them")) == w("deal that we made")
    assert core(w("of the")) == ()


def test_parts_are_the_runs_a_shorter_wording_could_be() -> None:
    found = list(parts(w("it was a feel-out meeting")))
    assert "a feel out meeting" in found and "feel out meeting" in found
    assert "it was a feel out meeting" not in found  # the whole is the quote itself
    assert "was a" not in found and "a feel out" not in found  # not substantial


HEADS = {1: w("not a very good deal"), 2: w("a very good deal for everybody")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a very good deal", []),  # a fragment of two remarks: ambiguous, joins neither
        ("a very good deal for everybody, believe me", [2]),  # holds remark 2's head
        ("it is not a very good deal", [1]),
        ("not a very good deal and a very good deal for everybody", [1, 2]),  # holds both heads
        ("a ceasefire now", []),
    ],
)
def test_remarks_to_join(text: str, expected: list[int]) -> None:
    assert remarks_to_join(w(text), HEADS) == expected
