"""Score extraction and attribution against hand-annotated gold documents (pure).

A predicted span matches a gold span when they overlap by at least half of
the longer of the two; matching is one-to-one. Predictions overlapping a gold
``neutral`` span are left out of every count.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotebank.errors import InputError
from quotebank.records import FoundQuote
from quotebank.text.names import name_tokens, same_person

PRONOUNS = frozenset(
    """
    he she they it him her them i we you his hers their its
    """.split()
)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_kind: str | None
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldDoc:
    doc_id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    not_speech: tuple[tuple[int, int], ...] = ()
    neutral: tuple[tuple[int, int], ...] = ()


@dataclass
class Report:
    """Counts over a gold set, and the errors behind them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_correct: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def span_precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def span_recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def span_f1(self) -> float:
        return _f1(self.span_precision, self.span_recall)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.speaker_correct, self.matched)

    @property
    def end_to_end_f1(self) -> float:
        p = _ratio(self.speaker_correct, self.predicted)
        r = _ratio(self.speaker_correct, self.gold)
        return _f1(p, r)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "speaker_correct": self.speaker_correct,
            "span_precision": round(self.span_precision, 4),
            "span_recall": round(self.span_recall, 4),
            "span_f1": round(self.span_f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "end_to_end_f1": round(self.end_to_end_f1, 4),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSONL file: one document with its quotes per line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    docs = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            docs.append(_gold_doc(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a gold record ({exc})") from exc
    return docs


def _gold_doc(record: dict[str, Any]) -> GoldDoc:
    quotes = tuple(
        GoldQuote(
            start=q["start"],
            end=q["end"],
            text=q["text"],
            speaker=q.get("speaker"),
            speaker_kind=q.get("speaker_kind"),
            kind=q.get("kind", "direct"),
            aliases=tuple(q.get("aliases", ())),
        )
        for q in record["quotes"]
    )
    return GoldDoc(
        doc_id=str(record.get("doc_id") or record.get("id")),
        text=record["text"],
        quotes=quotes,
        not_speech=_spans(record, "not_speech"),
        neutral=_spans(record, "neutral"),
    )


def _spans(record: dict[str, Any], key: str) -> tuple[tuple[int, int], ...]:
    return tuple((s["start"], s["end"]) for s in record.get(key, ()))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Overlap by at least half of the longer span."""
    longest = max(a[1] - a[0], b[1] - b[0])
    return longest > 0 and overlap(a, b) * 2 >= longest


def speaker_matches(predicted: str | None, gold: GoldQuote) -> bool:
    """Whether a predicted speaker names the gold speaker."""
    if gold.speaker is None:
        return predicted is None
    if predicted is None or predicted.strip().casefold() in PRONOUNS:
        return False
    if gold.speaker_kind == "person":
        names = (gold.speaker, *gold.aliases)
        return any(same_person(predicted, name) for name in names)
    return _descriptors_match(predicted, gold.speaker)


def _descriptors_match(predicted: str, gold: str) -> bool:
    """Organizations and unnamed sources: same head word, one's words within the other's."""
    skip = {"the", "a", "an", "unnamed", "another", "one"}
    p = [t for t in name_tokens(predicted) if t not in skip]
    g = [t for t in name_tokens(gold) if t not in skip]
    if not p or not g:
        return False
    if p == g:
        return True
    return p[-1] == g[-1] and (set(p) <= set(g) or set(g) <= set(p))


def score_doc(gold: GoldDoc, predicted: Sequence[FoundQuote], report: Report) -> None:
    """Add one document's counts (and error lines) to ``report``."""
    preds = [
        q for q in predicted if not any(overlap((q.start, q.end), n) > 0 for n in gold.neutral)
    ]
    report.gold += len(gold.quotes)
    report.predicted += len(preds)
    pairs = sorted(
        (
            (overlap((p.start, p.end), (g.start, g.end)), i, j)
            for i, p in enumerate(preds)
            for j, g in enumerate(gold.quotes)
            if spans_match((p.start, p.end), (g.start, g.end))
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        report.matched += 1
        if speaker_matches(preds[i].speaker, gold.quotes[j]):
            report.speaker_correct += 1
        else:
            report.errors.append(
                f"{gold.doc_id} WRONG SPEAKER {preds[i].speaker!r} ({preds[i].rule}) "
                f"for {gold.quotes[j].speaker!r}: {_clip(gold.quotes[j].text)}"
            )
    for j, g in enumerate(gold.quotes):
        if j not in used_g:
            report.errors.append(f"{gold.doc_id} MISSED [{g.kind}] {g.speaker!r}: {_clip(g.text)}")
    for i, p in enumerate(preds):
        if i not in used_p:
            report.errors.append(
                f"{gold.doc_id} SPURIOUS [{p.kind}] {p.speaker!r}: {_clip(p.text)}"
            )


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def score(gold_docs: Iterable[GoldDoc], predictions: Iterable[Sequence[FoundQuote]]) -> Report:
    """Score each document's predictions against its gold annotations."""
    report = Report()
    for gold, predicted in zip(gold_docs, predictions, strict=True):
        score_doc(gold, predicted, report)
    return report
