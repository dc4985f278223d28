"""Report figures: unscorable gold, gold kinds, source forms, the reliability table."""

from __future__ import annotations

from typing import Any

import pytest

from quotebank.engine.evaluate import ReliabilityBin, reliability, score
from quotebank.engine.evaluate.gold import gold_doc
from quotebank.records import FoundQuote

QUOTED = (0, 20, 40, 60, 80, 150)  # where the 10-letter quotes start: a mark closes each
TEXT = "".join('"' if i - 10 in QUOTED else "x" for i in range(200))


def mention(start: int, speaker: str | None, kind: str = "direct", **extra: Any) -> dict[str, Any]:
    return {
        "start": start,
        "end": start + 10,
        "text": "x" * 10,
        "speaker": speaker,
        "speaker_start": None,
        "speaker_end": None,
        "speaker_is_pronoun": speaker in ("he", "she"),
        "speaker_aliases": [],
        "speaker_resolved": None,
        "cue": "said",
        "type": kind,
        **extra,
    }


def found(
    start: int, speaker: str | None, confidence: float = 0.9, kind: str = "direct"
) -> FoundQuote:
    return FoundQuote(start, start + 10, "x" * 10, kind, speaker=speaker, confidence=confidence)


@pytest.fixture
def report():  # type: ignore[no-untyped-def]
    doc = gold_doc(
        {
            "doc_id": "d",
            "text": TEXT,
            "quotes": [
                mention(0, "Ms. Roe"),  # right
                mention(20, "the Ohio senator", "mixed"),  # wrong
                mention(40, "he"),  # unscorable, matched
                mention(60, None),  # unscorable, missed
                mention(80, "she", speaker_resolved="Ana Diaz"),  # missed
            ],
            "attributions": [],
        }
    )
    predictions = [
        found(0, "Jane Roe", 0.95),
        found(20, "Bob Smith", 0.75, "partial"),
        found(40, "Bob Smith", 0.6),
        found(150, "Carl Doe", 0.3, "partial"),  # spurious
    ]
    return score([doc], [predictions])


def test_unscorable_gold_is_out_of_speaker_accuracy_and_end_to_end(report) -> None:  # type: ignore[no-untyped-def]
    assert (report.gold, report.predicted, report.matched) == (5, 4, 3)
    assert (report.scorable_gold, report.scorable_matched, report.unscorable_matched) == (3, 2, 1)
    assert report.speaker_correct == 1
    assert report.speaker_accuracy == 0.5
    assert report.end_to_end_precision == 1 / 3  # right / (4 predicted - 1 matched to unscorable)
    assert report.end_to_end_recall == 1 / 3  # right / 3 scorable gold quotes
    assert report.span_recall == 3 / 5  # spans count every gold quote


def test_unmarked_turns_are_outside_a_mentions_gold() -> None:
    """PolNeAR annotates quoted spans only: a prediction with no mark at either end
    (a transcript's turn) is set aside and counted, not scored as spurious."""
    doc = gold_doc({"doc_id": "d", "text": TEXT, "quotes": [mention(0, "Roe")], "attributions": []})
    predictions = [found(0, "Roe"), found(100, "Roe"), found(150, "Roe")]
    report = score([doc], [predictions])
    assert (report.predicted, report.matched, report.unmarked) == (2, 1, 1)  # 150 is marked
    assert report.to_dict()["unmarked_set_aside"] == 1


def test_breakdown_by_gold_kind(report) -> None:  # type: ignore[no-untyped-def]
    direct, partial = report.by_kind["direct"], report.by_kind["partial"]
    assert (direct.gold, direct.predicted, direct.matched, direct.speaker_correct) == (4, 2, 2, 1)
    # the matched prediction takes its gold quote's kind; the spurious one its own
    assert (partial.gold, partial.predicted, partial.matched, partial.speaker_correct) == (
        1,
        2,
        1,
        0,
    )


def test_breakdown_by_source_form(report) -> None:  # type: ignore[no-untyped-def]
    shares = {form: (s.judged, s.right) for form, s in report.by_source.items()}
    assert shares == {"named": (1, 1), "pronoun": (0, 0), "description": (1, 0)}


def test_to_dict_keeps_its_keys_and_adds_prefixed_ones(report) -> None:  # type: ignore[no-untyped-def]
    figures = report.to_dict()
    old = "gold predicted matched speaker_correct span_precision span_recall span_f1"
    assert set(f"{old} speaker_accuracy end_to_end_f1".split()) <= set(figures)
    assert figures["partial.gold"] == 1
    assert figures["source.named.speaker_accuracy"] == 1.0
    assert figures["confidence[0.9,1].matched"] == 1
    assert figures["confidence[0.7,0.8).speaker_accuracy"] == 0.0


def test_reliability_counts_matched_scorable_predictions(report) -> None:  # type: ignore[no-untyped-def]
    table = [(b.label, b.matched, b.right) for b in report.reliability()]
    assert table == [
        ("[0,0.5)", 0, 0),  # the spurious 0.3 is not matched
        ("[0.5,0.7)", 0, 0),  # the 0.6 one is matched to an unscorable "he"
        ("[0.7,0.8)", 1, 0),
        ("[0.8,0.9)", 0, 0),
        ("[0.9,1]", 1, 1),
    ]
    assert report.errors[0].startswith("d WRONG SPEAKER 'Bob Smith'")


@pytest.mark.parametrize(
    ("confidence", "label"),
    [
        (0.0, "[0,0.5)"),
        (0.4999, "[0,0.5)"),
        (0.5, "[0.5,0.7)"),
        (0.7, "[0.7,0.8)"),
        (0.85, "[0.8,0.9)"),
        (0.9, "[0.9,1]"),
        (1.0, "[0.9,1]"),
        (1.2, "[0.9,1]"),
        (-0.1, "[0,0.5)"),
    ],
)
def test_reliability_bins(confidence: float, label: str) -> None:
    bins = {b.label: b for b in reliability([(confidence, True)])}
    assert bins[label].matched == 1
    assert sum(b.matched for b in bins.values()) == 1


def test_reliability_share_with_the_right_speaker() -> None:
    table = reliability([(0.95, True), (0.92, False), (0.99, True), (0.2, False)])
    assert table[-1] == ReliabilityBin(0.9, 1.0, 3, 2)
    assert round(table[-1].speaker_accuracy, 3) == 0.667
    assert table[0].speaker_accuracy == 0.0
    assert reliability([], (0.0, 0.5, 1.0))[1].speaker_accuracy == 0.0
