"""Scoring attributions against PolNeAR-style gold (hand-made gold and predictions)."""

from __future__ import annotations

from typing import Any

import pytest

from quotebank.engine.evaluate.attributions import (
    AttributionReport,
    Claim,
    attribution_doc,
    claims,
    kind_of_share,
    match_pieces,
    pieces_match,
    score_attributions,
)
from quotebank.engine.evaluate.polnear import Predicted
from quotebank.records import FoundAttribution, FoundQuote

TEXT = (
    "Jo Park said the plan would fail. Ed Kim said taxes would rise soon. "
    'He added: "We are done." Critics said nothing.'
)


def at(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def gold_item(ident: str, part: str, share: float, source: str | None) -> dict[str, Any]:
    start, end = at(part)
    located = {}
    if source is not None:
        located = {"source_start": at(source)[0], "source_end": at(source)[1]}
    return {
        "id": ident,
        "content": [[start, end]],
        "content_text": part,
        "quoted_share": share,
        "source": source,
        "cue": "said",
    } | located


RECORD = {
    "doc_id": "d1",
    "text": TEXT,
    "quotes": [],
    "attributions": [
        gold_item("E1", "the plan would fail", 0.0, "Jo Park"),
        gold_item("E2", "taxes would rise soon", 0.0, "Ed Kim"),
        gold_item("E3", '"We are done."', 1.0, "He"),
    ],
}


def claim(part: str, name: str, kind: str = "indirect") -> Claim:
    return Claim((at(part),), kind, Predicted(name, kind="person"))


def test_counts_by_kind_worked_by_hand() -> None:
    doc = attribution_doc(RECORD)
    predicted = [
        claim("the plan would fail", "Jo Park"),  # matched, right source
        claim("taxes would rise", "Lu Wei"),  # 16 of 21 characters: matched, wrong source
        claim("nothing", "Critics"),  # no gold: spurious
        claim("We are done.", "Ed Kim", "quoted"),  # matched; gold "He" has no silver name
    ]
    report = score_attributions([doc], [predicted])
    indirect, quoted = report.by_kind["indirect"], report.by_kind["quoted"]
    assert (indirect.gold, indirect.predicted, indirect.matched) == (2, 3, 2)
    assert indirect.span_precision == pytest.approx(2 / 3)
    assert indirect.span_recall == 1.0
    assert indirect.span_f1 == pytest.approx(0.8)  # 2 * (2/3) * 1 / (2/3 + 1)
    assert (indirect.scorable_matched, indirect.speaker_correct) == (2, 1)
    assert indirect.speaker_accuracy == 0.5
    assert (quoted.gold, quoted.predicted, quoted.matched) == (1, 1, 1)
    assert (quoted.scorable_matched, quoted.unscorable_matched) == (0, 1)
    assert report.by_kind["mixed"].gold == 0
    assert sum("SPURIOUS" in line for line in report.errors) == 1
    assert sum("WRONG SOURCE" in line for line in report.errors) == 1
    assert report.families == {("indirect", "spurious, no gold attribution"): 1}


def test_errors_by_family() -> None:
    doc = attribution_doc(RECORD)
    # 40 characters over the 19 of "the plan would fail": overlap 19, under half of 40
    too_long = Claim(((0, TEXT.index("Ed Kim") + 6),), "indirect", Predicted("Jo Park"))
    report = score_attributions([doc], [[too_long]])
    assert report.by_kind["indirect"].matched == 0
    assert report.families == {
        ("indirect", "missed, boundary"): 1,
        ("indirect", "missed, no cue found"): 1,  # "taxes would rise soon", after it
        ("quoted", "missed, no cue found"): 1,
        ("indirect", "spurious, boundary"): 1,
    }


def test_a_pronoun_takes_the_silver_name_of_its_quotation() -> None:
    quote = {"attribution": "E3", "speaker_resolved": "Ed Kim", "speaker_aliases": ["Kim"]}
    doc = attribution_doc(RECORD | {"quotes": [quote]})
    report = score_attributions([doc], [[claim("We are done.", "Ed Kim", "quoted")]])
    quoted = report.by_kind["quoted"]
    assert (quoted.scorable_matched, quoted.speaker_correct) == (1, 1)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (((0, 10),), ((0, 5),), True),  # overlap 5 = half of 10
        (((0, 10),), ((0, 4),), False),
        (((0, 10),), ((0, 4), (20, 26)), False),  # overlap 4 of the longer 10
        (((0, 10),), ((0, 5), (20, 22)), True),  # overlap 5 of the longer 10
        (((0, 2), (10, 12)), ((0, 12),), False),  # overlap 4 of the longer 12
        (((0, 6), (8, 12)), ((0, 12),), True),  # overlap 10 of 12
        (((0, 0),), ((0, 0),), False),
    ],
)
def test_pieces_match_by_half_the_longer(a: Any, b: Any, expected: bool) -> None:
    assert pieces_match(a, b) is expected


def test_matching_is_one_to_one_largest_overlap_first() -> None:
    gold = [((0, 10),)]
    assert match_pieces([((0, 6),), ((0, 9),)], gold) == [(1, 0)]


@pytest.mark.parametrize(
    ("share", "kind"), [(0.0, "indirect"), (0.01, "mixed"), (0.99, "mixed"), (1.0, "quoted")]
)
def test_kind_follows_the_quoted_share(share: float, kind: str) -> None:
    assert kind_of_share(share) == kind


def test_claims_take_quotations_no_reported_speech_contains() -> None:
    reported = FoundAttribution(10, 40, "x" * 30, ((10, 40),), quoted=((20, 30),), speaker="A")
    inside = FoundQuote(20, 30, "y" * 10, "partial", group=0, speaker="A")
    half_one = FoundQuote(50, 60, "z" * 10, "direct", group=1, speaker="B")
    half_two = FoundQuote(70, 80, "w" * 10, "direct", group=1, speaker="B")
    found = claims([inside, half_one, half_two], [reported])
    assert [(c.kind, c.segments) for c in found] == [
        ("mixed", ((10, 40),)),
        ("quoted", ((50, 60), (70, 80))),
    ]


def test_an_empty_report_is_all_zero() -> None:
    assert AttributionReport().to_dict()["indirect.f1"] == 0.0
