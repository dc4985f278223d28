"""Matching predictions to gold quotes and counting them into a ``Report`` (pure)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quotebank.engine.evaluate.gold import GoldDoc, GoldQuote
from quotebank.engine.evaluate.mentions import PRONOUNS, describe
from quotebank.engine.evaluate.polnear import (
    Predicted,
    Verdict,
    gold_mention,
    judge_speaker,
    source_form,
)
from quotebank.engine.evaluate.reader import pronoun_antecedents
from quotebank.engine.evaluate.report import SOURCE_FORMS, Report, Share
from quotebank.engine.prefilter.marks import MARK_CHARACTERS
from quotebank.records import FoundQuote
from quotebank.text.names import name_tokens, same_person, strip_possessive

_MARKS = frozenset(MARK_CHARACTERS)  # "''" and "``" end in one of them
_DESCRIPTOR_SKIP = frozenset({"the", "a", "an", "unnamed", "another", "one"})


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Overlap by at least half of the longer span."""
    longest = max(a[1] - a[0], b[1] - b[0])
    return longest > 0 and overlap(a, b) * 2 >= longest


def match_spans(
    predicted: Sequence[FoundQuote], gold: Sequence[GoldQuote]
) -> list[tuple[int, int]]:
    """One-to-one (prediction, gold) index pairs, largest overlap first, then
    earliest prediction, then earliest gold quote."""
    pairs = sorted(
        (-overlap((p.start, p.end), (g.start, g.end)), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if spans_match((p.start, p.end), (g.start, g.end))
    )
    return one_to_one(pairs)


def one_to_one(ranked: Iterable[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one (prediction, gold) pairs from ``(rank, i, j)`` candidates in
    order, best first: a pair is kept when neither side is taken yet."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in ranked:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((i, j))
    return matched


def speaker_matches(predicted: str | None, gold: GoldQuote, *, mention: bool = False) -> bool:
    """Whether a predicted speaker names the gold speaker.

    Names gold: a person by ``same_person`` with the name or an alias; a body
    or unnamed source by its descriptor's head word and words. ``mention=True``
    (PolNeAR gold): by the mention alone (``polnear.judge_speaker``, no
    article text); an unscorable gold speaker is never matched.
    """
    if mention:
        return judge_speaker(Predicted(predicted or ""), gold).right is True
    if gold.speaker is None:
        return predicted is None
    if predicted is None or predicted.strip().casefold() in PRONOUNS:
        return False
    if gold.speaker_kind == "person":
        return any(same_person(predicted, name) for name in (gold.speaker, *gold.aliases))
    if gold.speaker_kind == "unnamed":  # told by its head noun, as PolNeAR's judge does:
        # "delegate from Oregon" is a delegate, "Callister adviser" a senior adviser
        p, g = describe(predicted), describe(gold.speaker)
        return p is not None and g is not None and p.head == g.head
    return _descriptors_match(predicted, gold.speaker)


def _descriptors_match(predicted: str, gold: str) -> bool:
    """Bodies and unnamed sources: same head word, one's words within the other's; a
    possessive is its owner ("Kolb's campaign" is the Kolb campaign)."""
    p = [strip_possessive(t) for t in name_tokens(predicted) if t not in _DESCRIPTOR_SKIP]
    g = [strip_possessive(t) for t in name_tokens(gold) if t not in _DESCRIPTOR_SKIP]
    if not p or not g:
        return False
    return p == g or (p[-1] == g[-1] and (set(p) <= set(g) or set(g) <= set(p)))


def _predicted(quote: FoundQuote) -> Predicted:
    return Predicted(
        name=quote.speaker or "",
        aliases=tuple(quote.speaker_aliases),
        description=quote.speaker_description,
        kind=quote.speaker_kind,
    )


class _Judge:
    """Judges the predicted speakers of one gold document, in its format."""

    def __init__(self, gold: GoldDoc) -> None:
        self.gold = gold
        self.antecedents = pronoun_antecedents(gold) if gold.mentions else {}

    def scorable(self, quote: GoldQuote) -> bool:
        return not self.gold.mentions or gold_mention(quote) is not None

    def __call__(self, predicted: FoundQuote, j: int) -> Verdict:
        quote = self.gold.quotes[j]
        if not self.gold.mentions:
            right = speaker_matches(predicted.speaker, quote)
            return Verdict(right, "name" if right else None)
        return judge_speaker(
            _predicted(predicted), quote, antecedent=self.antecedents.get(j), text=self.gold.text
        )


def score_doc(gold: GoldDoc, predicted: Sequence[FoundQuote], report: Report) -> None:
    """Add one document's counts (and error lines) to ``report``.

    Predictions overlapping a gold ``neutral`` span are left out of every count.
    So are, against mentions gold (PolNeAR), whose quotes are by definition
    spans in quotation marks, predictions with no mark at either end: the
    unmarked turns of a transcript or interview ("Q: …", "HOLMES: …"), which
    it never annotates; they are counted in ``report.unmarked``.
    """
    preds = [
        q for q in predicted if not any(overlap((q.start, q.end), n) > 0 for n in gold.neutral)
    ]
    if gold.mentions:
        marked = [q for q in preds if _marked(gold.text, q)]
        report.unmarked += len(preds) - len(marked)
        preds = marked
    judge = _Judge(gold)
    for quote in gold.quotes:
        for tally in report.slices(quote.kind):
            tally.gold += 1
            tally.scorable_gold += judge.scorable(quote)
    pairs = match_spans(preds, gold.quotes)
    kinds = {i: gold.quotes[j].kind for i, j in pairs}
    for i, pred in enumerate(preds):
        for tally in report.slices(kinds.get(i, "partial" if pred.kind == "partial" else "direct")):
            tally.predicted += 1
    if gold.mentions:
        for form in SOURCE_FORMS:
            report.by_source.setdefault(form, Share())
    for i, j in pairs:
        _add_pair(report, gold, preds[i], gold.quotes[j], judge(preds[i], j))
    _add_misses(report, gold, preds, pairs)


def _marked(text: str, quote: FoundQuote) -> bool:
    """Whether a quotation mark opens or closes the quote (spaces aside)."""
    before = text[: quote.start].rstrip()[-1:]
    after = text[quote.end :].lstrip()[:1]
    return before in _MARKS or after in _MARKS


def _add_pair(
    report: Report, doc: GoldDoc, pred: FoundQuote, gold: GoldQuote, verdict: Verdict
) -> None:
    for tally in report.slices(gold.kind):
        tally.matched += 1
        if verdict.right is None:
            tally.unscorable_matched += 1
        else:
            tally.scorable_matched += 1
            tally.speaker_correct += verdict.right
    if verdict.right is None:
        return
    report.judged.append((pred.confidence, verdict.right))
    if doc.mentions:
        report.by_source[source_form(gold)].add(verdict.right)
    if verdict.basis:
        report.bases[verdict.basis] += 1
    if not verdict.right:
        silver = f" (silver {gold.speaker_resolved!r})" if source_form(gold) == "pronoun" else ""
        report.errors.append(
            f"{doc.doc_id} WRONG SPEAKER {pred.speaker!r} ({pred.rule}) "
            f"for {gold.speaker!r}{silver}: {_clip(gold.text)}"
        )


def _add_misses(
    report: Report, doc: GoldDoc, preds: Sequence[FoundQuote], pairs: list[tuple[int, int]]
) -> None:
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for j, g in enumerate(doc.quotes):
        if j not in matched_g:
            report.errors.append(f"{doc.doc_id} MISSED [{g.kind}] {g.speaker!r}: {_clip(g.text)}")
    for i, p in enumerate(preds):
        if i not in matched_p:
            report.errors.append(f"{doc.doc_id} SPURIOUS [{p.kind}] {p.speaker!r}: {_clip(p.text)}")


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def score(gold_docs: Iterable[GoldDoc], predictions: Iterable[Sequence[FoundQuote]]) -> Report:
    """Score each document's predictions against its gold annotations."""
    report = Report()
    for gold, predicted in zip(gold_docs, predictions, strict=True):
        score_doc(gold, predicted, report)
    return report
