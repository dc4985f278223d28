"""Score attributions, quoted or not, against PolNeAR's ``attributions`` (pure).

Each gold attribution has a content (one or more character spans), the share
of its letters inside quotation marks and a source written as a mention. Its
kind follows that share: ``indirect`` (0), ``mixed`` (between) or ``quoted``
(1). The predictions are the engine's reported speech (``FoundAttribution``:
``indirect``, or ``mixed`` when a quotation sits inside) and its quotations
that no reported speech contains (``FoundQuote``: ``quoted``).

- Contents: a prediction matches a gold attribution when their spans overlap by
  at least half of the longer of the two (lengths and overlap summed over the
  pieces of each); matching is one-to-one, largest overlap first. Precision =
  matched / predicted, recall = matched / gold, by kind: a matched prediction
  counts under its gold attribution's kind, an unmatched one under its own.
- Errors by family: a missed gold content that a prediction overlaps (less than
  the rule asks: a *boundary*) or that none does (*no cue found*); a spurious
  prediction that overlaps a gold content or none.
- Sources: judged on matched pairs exactly as quotations' speakers are
  (``polnear.judge_speaker``, with the article text and the nearest named gold
  source before a pronoun as a second opinion). The silver resolution of a
  pronoun comes from the gold quotations of the same attribution; a source
  that is missing, or a bare pronoun with no silver resolution, is
  unscorable and left out of source accuracy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotebank.engine.evaluate.gold import GoldDoc, GoldQuote, GoldSource, read_records
from quotebank.engine.evaluate.mentions import is_pronoun
from quotebank.engine.evaluate.polnear import Predicted, gold_mention, judge_speaker
from quotebank.engine.evaluate.reader import pronoun_antecedents
from quotebank.engine.evaluate.report import Tally
from quotebank.engine.evaluate.scoring import one_to_one, overlap
from quotebank.records import FoundAttribution, FoundQuote

KINDS = ("indirect", "mixed", "quoted")
Spans = tuple[tuple[int, int], ...]


def kind_of_share(share: float) -> str:
    """ "indirect" for no quoted letter, "quoted" for all, "mixed" between."""
    return "indirect" if share <= 0 else "quoted" if share >= 1 else "mixed"


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """A gold attribution: its content's pieces, kind, and source as a gold quote's."""

    segments: Spans
    kind: str
    source: GoldQuote  # speaker fields as a quotation's; text is the content


@dataclass(frozen=True, slots=True)
class AttributionDoc:
    doc_id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    sources: tuple[GoldSource, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """A predicted attribution as scoring reads it."""

    segments: Spans
    kind: str
    speaker: Predicted
    label: str = ""  # rule and cue, for error lines
    confidence: float = 0.0


@dataclass
class AttributionReport:
    """Counts by kind (``Tally``: gold, predicted, matched, sources judged and right)."""

    by_kind: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    errors: list[str] = field(default_factory=list)
    # (kind, family) -> count: a miss near a prediction, or with none; a spurious
    # prediction near a gold content, or with none
    families: Counter[tuple[str, str]] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, float | int]:
        out: dict[str, float | int] = {}
        for kind, tally in self.by_kind.items():
            out |= {
                f"{kind}.gold": tally.gold,
                f"{kind}.predicted": tally.predicted,
                f"{kind}.matched": tally.matched,
                f"{kind}.precision": round(tally.span_precision, 4),
                f"{kind}.recall": round(tally.span_recall, 4),
                f"{kind}.f1": round(tally.span_f1, 4),
                f"{kind}.sources_judged": tally.scorable_matched,
                f"{kind}.source_accuracy": round(tally.speaker_accuracy, 4),
            }
        return out


def load_attributions(path: str | Path) -> list[AttributionDoc]:
    """Read the ``attributions`` of a PolNeAR-format JSONL file."""
    return read_records(path, attribution_doc, "an attribution record")


def attribution_doc(record: dict[str, Any]) -> AttributionDoc:
    """One PolNeAR record's attributions, with the silver names of their quotations."""
    silver: dict[str, dict[str, Any]] = {}
    for quote in record.get("quotes") or ():
        silver.setdefault(str(quote.get("attribution")), quote)
    items = record.get("attributions") or ()
    return AttributionDoc(
        doc_id=str(record.get("doc_id") or record.get("id")),
        text=record["text"],
        attributions=tuple(_gold_attribution(a, silver.get(str(a["id"]), {})) for a in items),
        sources=tuple(
            GoldSource(a["source_end"], a["source"])
            for a in items
            if a.get("source") and a.get("source_end") is not None
        ),
    )


def _gold_attribution(item: dict[str, Any], quote: dict[str, Any]) -> GoldAttribution:
    segments = tuple((int(s), int(e)) for s, e in item["content"])
    kind = kind_of_share(float(item["quoted_share"]))
    source = item.get("source") or None
    aliases = tuple(a for a in quote.get("speaker_aliases") or () if a and a.strip())
    return GoldAttribution(
        segments,
        kind,
        GoldQuote(
            start=segments[0][0],
            end=segments[-1][1],
            text=item.get("content_text") or "",
            speaker=source,
            speaker_kind=None,
            kind=kind,
            aliases=aliases,
            speaker_start=item.get("source_start"),
            speaker_end=item.get("source_end"),
            speaker_is_pronoun=bool(source and is_pronoun(source)),
            speaker_resolved=quote.get("speaker_resolved"),
            cue=item.get("cue"),
        ),
    )


def claims(quotes: Sequence[FoundQuote], reported: Sequence[FoundAttribution]) -> list[Claim]:
    """The engine's output as predicted attributions: its reported speech, and its
    quotations that no reported speech contains."""
    found = [
        Claim(
            r.segments or ((r.start, r.end),),
            "mixed" if r.quoted else "indirect",
            _predicted(r.speaker, r.speaker_aliases, r.speaker_description, r.speaker_kind),
            f"{r.rule} {r.cue!r}",
            r.confidence,
        )
        for r in reported
    ]
    utterances: dict[int, list[FoundQuote]] = {}  # split halves share their group
    for q in quotes:
        if not any(r.start <= q.start and q.end <= r.end for r in reported):
            utterances.setdefault(q.group, []).append(q)
    for parts in utterances.values():
        q = parts[0]
        speaker = _predicted(q.speaker, q.speaker_aliases, q.speaker_description, q.speaker_kind)
        spans = tuple((p.start, p.end) for p in parts)
        found.append(Claim(spans, "quoted", speaker, f"{q.rule}", q.confidence))
    return found


def _predicted(
    name: str | None, aliases: tuple[str, ...], description: str | None, kind: str | None
) -> Predicted:
    return Predicted(name=name or "", aliases=aliases, description=description, kind=kind)


def pieces_overlap(a: Spans, b: Spans) -> int:
    return sum(overlap(x, y) for x in a for y in b)


def pieces_match(a: Spans, b: Spans) -> bool:
    """Overlap by at least half of the longer content (lengths summed over pieces)."""
    longest = max(sum(e - s for s, e in a), sum(e - s for s, e in b))
    return longest > 0 and pieces_overlap(a, b) * 2 >= longest


def match_pieces(predicted: Sequence[Spans], gold: Sequence[Spans]) -> list[tuple[int, int]]:
    """One-to-one (prediction, gold) index pairs, largest overlap first, then
    earliest prediction, then earliest gold attribution."""
    pairs = sorted(
        (-pieces_overlap(p, g), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if pieces_match(p, g)
    )
    return one_to_one(pairs)


def score_attribution_doc(
    doc: AttributionDoc, predicted: Sequence[Claim], report: AttributionReport
) -> None:
    """Add one document's counts (and error lines) to ``report``."""
    gold = doc.attributions
    for item in gold:
        tally = report.by_kind[item.kind]
        tally.gold += 1
        tally.scorable_gold += gold_mention(item.source) is not None
    pairs = match_pieces([c.segments for c in predicted], [g.segments for g in gold])
    kinds = {i: gold[j].kind for i, j in pairs}
    for i, claim in enumerate(predicted):
        report.by_kind[kinds.get(i, claim.kind)].predicted += 1
    as_quotes = GoldDoc(
        doc.doc_id, doc.text, tuple(g.source for g in gold), mentions=True, sources=doc.sources
    )
    antecedents = pronoun_antecedents(as_quotes)
    for i, j in pairs:
        tally = report.by_kind[gold[j].kind]
        tally.matched += 1
        verdict = judge_speaker(
            predicted[i].speaker, gold[j].source, antecedent=antecedents.get(j), text=doc.text
        )
        if verdict.right is None:
            tally.unscorable_matched += 1
            continue
        tally.scorable_matched += 1
        tally.speaker_correct += verdict.right
        if not verdict.right:
            report.errors.append(_line(doc, "WRONG SOURCE", predicted[i], gold[j]))
    _misses(doc, predicted, pairs, report)


def _misses(
    doc: AttributionDoc,
    predicted: Sequence[Claim],
    pairs: list[tuple[int, int]],
    report: AttributionReport,
) -> None:
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for j, gold in enumerate(doc.attributions):
        if j not in matched_g:
            report.errors.append(_line(doc, "MISSED", None, gold))
            near = any(pieces_overlap(c.segments, gold.segments) for c in predicted)
            report.families[(gold.kind, "missed, " + ("boundary" if near else "no cue found"))] += 1
    for i, claim in enumerate(predicted):
        if i not in matched_p:
            report.errors.append(_line(doc, "SPURIOUS", claim, None))
            near = any(pieces_overlap(claim.segments, g.segments) for g in doc.attributions)
            family = "spurious, " + ("boundary" if near else "no gold attribution")
            report.families[(claim.kind, family)] += 1


def _line(doc: AttributionDoc, what: str, claim: Claim | None, gold: GoldAttribution | None) -> str:
    kind = gold.kind if gold else claim.kind if claim else ""
    parts = [doc.doc_id, what, f"[{kind}]"]
    if claim is not None:
        parts.append(f"{claim.speaker.name!r} ({claim.label})")
    if gold is not None:
        parts.append(f"gold {gold.source.speaker!r} cue {gold.source.cue!r}")
    spans = gold.segments if gold else claim.segments if claim else ()
    words = " … ".join(doc.text[s:e] for s, e in spans)
    return " ".join(parts) + ": " + _clip(words)


def _clip(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def score_attributions(
    docs: Iterable[AttributionDoc], predictions: Iterable[Sequence[Claim]]
) -> AttributionReport:
    """Score each document's predicted attributions against its gold ones."""
    report = AttributionReport()
    for doc, predicted in zip(docs, predictions, strict=True):
        score_attribution_doc(doc, predicted, report)
    return report
