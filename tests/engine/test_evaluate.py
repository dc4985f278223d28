"""The evaluator's matching rules, on hand-made gold and predictions."""

from __future__ import annotations

from quotebank.engine.evaluate import GoldDoc, GoldQuote, score, spans_match, speaker_matches
from quotebank.records import FoundQuote


def gold_quote(start: int, end: int, speaker: str | None, kind: str = "person") -> GoldQuote:
    return GoldQuote(start, end, "x" * (end - start), speaker, kind, "direct")


def found(start: int, end: int, speaker: str | None) -> FoundQuote:
    return FoundQuote(start, end, "x" * (end - start), "direct", speaker=speaker)


def test_spans_match_at_half_the_longer_span() -> None:
    assert spans_match((0, 10), (5, 10))
    assert not spans_match((0, 10), (6, 10))


def test_speaker_rules() -> None:
    assert speaker_matches("Trump", gold_quote(0, 1, "Donald Trump"))
    assert not speaker_matches("he", gold_quote(0, 1, "Donald Trump"))
    assert speaker_matches(None, gold_quote(0, 1, None, kind=""))
    assert speaker_matches(
        "European official", gold_quote(0, 1, "unnamed European official", "unnamed")
    )
    assert not speaker_matches("European official", gold_quote(0, 1, "Kremlin", "organization"))


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
