"""The counts of a scoring run and the figures made from them (pure).

``Tally`` holds the counts for one slice of the gold; ``Report`` is the tally
of the whole set plus its slices (gold kind, form of the gold source), the
confidence and verdict of each judged prediction (for the reliability table)
and the error lines.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

KINDS = ("direct", "partial")
SOURCE_FORMS = ("named", "pronoun", "description")  # "none" is never judged
# Edges of the confidence bins: [0,0.5), [0.5,0.7), [0.7,0.8), [0.8,0.9), [0.9,1.0].
CONFIDENCE_EDGES = (0.0, 0.5, 0.7, 0.8, 0.9, 1.0)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    """Counts for one slice of the gold.

    ``scorable_gold`` counts gold quotes whose speaker can be judged,
    ``scorable_matched`` the matched pairs among them, ``unscorable_matched``
    the predictions matched to a gold quote whose speaker cannot be judged.
    """

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_correct: int = 0
    scorable_gold: int = 0
    scorable_matched: int = 0
    unscorable_matched: int = 0

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
        return _ratio(self.speaker_correct, self.scorable_matched)

    @property
    def end_to_end_precision(self) -> float:
        return _ratio(self.speaker_correct, self.predicted - self.unscorable_matched)

    @property
    def end_to_end_recall(self) -> float:
        return _ratio(self.speaker_correct, self.scorable_gold)

    @property
    def end_to_end_f1(self) -> float:
        return _f1(self.end_to_end_precision, self.end_to_end_recall)

    def summary(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "span_f1": round(self.span_f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "end_to_end_f1": round(self.end_to_end_f1, 4),
        }


@dataclass
class Share:
    """How many were judged, and how many of them right."""

    judged: int = 0
    right: int = 0

    @property
    def share(self) -> float:
        return _ratio(self.right, self.judged)

    def add(self, right: bool) -> None:
        self.judged += 1
        self.right += right


@dataclass(frozen=True, slots=True)
class ReliabilityBin:
    """Matched scorable predictions whose confidence is in [low, high) (the
    last bin includes 1.0), and how many of them have the right speaker."""

    low: float
    high: float
    matched: int
    right: int

    @property
    def label(self) -> str:
        close = "]" if self.high >= CONFIDENCE_EDGES[-1] else ")"
        return f"[{self.low:g},{self.high:g}{close}"

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.right, self.matched)


def reliability(
    judged: list[tuple[float, bool]], edges: tuple[float, ...] = CONFIDENCE_EDGES
) -> list[ReliabilityBin]:
    """Bin (confidence, right) pairs by confidence; values above the top edge
    go to the last bin, below the bottom one to the first."""
    counts = [Share() for _ in edges[1:]]
    for confidence, right in judged:
        index = sum(confidence >= edge for edge in edges[1:-1])
        counts[index].add(right)
    return [
        ReliabilityBin(low, high, c.judged, c.right)
        for low, high, c in zip(edges[:-1], edges[1:], counts, strict=True)
    ]


@dataclass
class Report(Tally):
    """Counts over a gold set, their slices, and the errors behind them."""

    by_kind: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    by_source: dict[str, Share] = field(default_factory=dict)  # mentions format only
    judged: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, right)
    bases: Counter[str] = field(default_factory=Counter)  # which rule accepted a speaker
    unmarked: int = 0  # predictions set aside: unmarked turns, outside a mentions gold
    errors: list[str] = field(default_factory=list)

    def slices(self, kind: str) -> tuple[Tally, Tally]:
        """The tallies a quote of this gold (or predicted) kind adds to."""
        return self, self.by_kind.setdefault(kind, Tally())

    def reliability(self, edges: tuple[float, ...] = CONFIDENCE_EDGES) -> list[ReliabilityBin]:
        """The reliability table: speaker accuracy by the predictions' confidence."""
        return reliability(self.judged, edges)

    def to_dict(self) -> dict[str, float | int]:
        """The figures, flat: the overall ones first (unprefixed), then
        ``direct.*``/``partial.*``, ``source.<form>.*`` (mentions gold only) and
        ``confidence[low,high).*``."""
        figures: dict[str, float | int] = {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "speaker_correct": self.speaker_correct,
            "span_precision": round(self.span_precision, 4),
            "span_recall": round(self.span_recall, 4),
            "span_f1": round(self.span_f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "end_to_end_f1": round(self.end_to_end_f1, 4),
            "scorable_gold": self.scorable_gold,
            "scorable_matched": self.scorable_matched,
            "end_to_end_precision": round(self.end_to_end_precision, 4),
            "end_to_end_recall": round(self.end_to_end_recall, 4),
            "unmarked_set_aside": self.unmarked,
        }
        for kind, tally in self.by_kind.items():
            figures |= {f"{kind}.{k}": v for k, v in tally.summary().items()}
        for form, share in self.by_source.items():
            figures[f"source.{form}.judged"] = share.judged
            figures[f"source.{form}.speaker_accuracy"] = round(share.share, 4)
        for row in self.reliability():
            figures[f"confidence{row.label}.matched"] = row.matched
            figures[f"confidence{row.label}.speaker_accuracy"] = round(row.speaker_accuracy, 4)
        return figures
