"""The evaluator's matching rules, on hand-made gold and predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotebank.engine.evaluate import (
    GoldDoc,
    GoldQuote,
    GoldSource,
    load_gold,
    score,
    spans_match,
    speaker_matches,
)
from quotebank.errors import InputError
from quotebank.records import FoundQuote

NAMES_RECORD = {
    "doc_id": "n",
    "text": "“We won,” Ana Reyes said.",
    "quotes": [
        {
            "start": 1,
            "end": 8,
            "text": "We won,",
            "speaker": "Ana Reyes",
            "speaker_kind": "person",
            "kind": "partial",
        }
    ],
    "neutral": [{"start": 20, "end": 24}],
}
MENTIONS_RECORD = {
    "doc_id": "m",
    "text": "“We won,” the mayor said. She added, “Again.”",
    "quotes": [
        {
            "start": 1,
            "end": 8,
            "text": "We won,",
            "attribution": "a1",
            "speaker": "the mayor",
            "speaker_start": 10,
            "speaker_end": 19,
            "speaker_is_pronoun": False,
            "speaker_aliases": ["Ana Reyes", ""],
            "speaker_resolved": None,
            "cue": "said",
            "type": "mixed",
        }
    ],
    "attributions": [{"id": "a1", "source": "the mayor", "source_start": 10, "source_end": 19}],
}


def gold_quote(start: int, end: int, speaker: str | None, kind: str = "person") -> GoldQuote:
    return GoldQuote(start, end, "x" * (end - start), speaker, kind, "direct")


def found(start: int, end: int, speaker: str | None) -> FoundQuote:
    return FoundQuote(start, end, "x" * (end - start), "direct", speaker=speaker)


def test_spans_match_at_half_the_longer_span() -> None:
    assert spans_match((0, 10), (5, 10))
    assert not spans_match((0, 10), (6, 10))


def test_speaker_rules() -> None:
    assert speaker_matches("Roe", gold_quote(0, 1, "Jane Roe"))
    assert not speaker_matches("he", gold_quote(0, 1, "Jane Roe"))
    assert speaker_matches(None, gold_quote(0, 1, None, kind=""))
    assert speaker_matches(
        "European official", gold_quote(0, 1, "unnamed European official", "unnamed")
    )
    assert not speaker_matches("European official", gold_quote(0, 1, "Kremlin", "organization"))


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("delegate from Oregon", "delegate", True),
        ("Callister adviser", "senior adviser", True),
        ("officials familiar with the talks", "official", True),
        ("aide", "senior adviser", False),
        ("delegate", "Oregon", False),
    ],
)
def test_an_unnamed_source_is_told_by_its_head_noun(predicted: str, gold: str, right: bool) -> None:
    assert speaker_matches(predicted, gold_quote(0, 1, gold, "unnamed")) is right


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("Haldane's campaign", "Haldane campaign", True),
        ("Clay Hollister’s campaign", "Hollister campaign", True),
        ("Haldane's campaign", "Marchetti campaign", False),
        ("Haldane campaign", "campaign committee", False),
    ],
)
def test_a_bodys_possessive_is_its_owner(predicted: str, gold: str, right: bool) -> None:
    assert speaker_matches(predicted, gold_quote(0, 1, gold, "organization")) is right


def test_score_counts_one_to_one_and_skips_neutral() -> None:
    doc = GoldDoc(
        "d",
        "t" * 100,
        (gold_quote(0, 10, "Ann Lee"), gold_quote(20, 30, "Bo Chan")),
        neutral=((50, 60),),
    )
    report = score(
        [doc],
        [[found(0, 10, "Lee"), found(1, 10, "Lee"), found(20, 30, "Ann Lee"), found(52, 58, None)]],
    )
    assert (report.gold, report.predicted, report.matched, report.speaker_correct) == (2, 3, 2, 1)
    assert round(report.span_precision, 3) == 0.667
    assert round(report.end_to_end_f1, 3) == round(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2), 3)


@pytest.mark.parametrize(
    ("record", "mentions", "quote"),
    [
        (NAMES_RECORD, False, GoldQuote(1, 8, "We won,", "Ana Reyes", "person", "partial")),
        (
            MENTIONS_RECORD,
            True,
            GoldQuote(
                1,
                8,
                "We won,",
                "the mayor",
                None,
                "partial",
                ("Ana Reyes",),
                speaker_start=10,
                speaker_end=19,
                cue="said",
            ),
        ),
    ],
)
def test_load_gold_recognises_both_formats(
    tmp_path: Path, record: dict[str, object], mentions: bool, quote: GoldQuote
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    [doc] = load_gold(path)
    assert (doc.doc_id, doc.mentions, doc.quotes) == (record["doc_id"], mentions, (quote,))
    assert doc.sources == ((GoldSource(19, "the mayor"),) if mentions else ())
    assert doc.neutral == (() if mentions else ((20, 24),))


def test_load_gold_rejects_a_broken_record(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc_id": "x", "quotes": []}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:1: not a gold record"):
        load_gold(path)
