"""Accuracy of reported speech (``find_indirect``) on PolNeAR's attributions.

Runs ``quotebank.engine.analysis.analyze_reported`` (selective: the units with
quotation marks or a reporting cue parsed, with their context; every sentence
with ``QUOTEBANK_FULL_PARSE=1``) over the PolNeAR development set and scores its
output with ``quotebank.engine.evaluate.attributions``: content precision / recall / F1
and source accuracy on matched contents, for indirect (no quoted word), mixed
and quoted attributions; the errors by family; and the recall of indirect
attributions by the class of their gold cue (the engine reads speech only, and
PolNeAR also annotates beliefs, stances, acts and findings).

Run: ``.venv/bin/python benchmarks/indirect_accuracy.py`` (the whole set; results
go to ``benchmarks/results/indirect_accuracy.md`` and ``.json``), or with
``--every 4`` to score every fourth article while developing (nothing written
unless ``--errors FILE`` asks for the error lines).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from spacy.language import Language

from quotebank.engine import load
from quotebank.engine.analysis import analyze_reported, selective_by_default
from quotebank.engine.attribution.reporting import (
    COGNITION_VERBS,
    OBJECT_VERBS,
    PREPOSITION_VERBS,
)
from quotebank.engine.evaluate.attributions import (
    KINDS,
    AttributionDoc,
    AttributionReport,
    Claim,
    claims,
    load_attributions,
    match_pieces,
    score_attributions,
)
from quotebank.text.lexicon import REPORTING_NOUNS, REPORTING_VERBS

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "devset" / "polnear-train" / "docs.jsonl"
RESULTS = Path(__file__).resolve().parent / "results"
PARSED = {True: "selective parse", False: "every sentence parsed"}


def table(report: AttributionReport) -> list[str]:
    columns = ["kind", "gold", "predicted", "matched", "precision", "recall", "f1"]
    columns += ["sources judged", "source accuracy"]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for kind in KINDS:
        t = report.by_kind[kind]
        row = [kind, t.gold, t.predicted, t.matched, f"{t.span_precision:.4f}"]
        row += [f"{t.span_recall:.4f}", f"{t.span_f1:.4f}", t.scorable_matched]
        row += [f"{t.speaker_accuracy:.4f}"]
        lines.append("| " + " | ".join(str(v) for v in row) + " |")
    return lines


def family_table(report: AttributionReport) -> list[str]:
    lines = ["| kind | family | count |", "|---|---|---|"]
    for (kind, family), count in sorted(report.families.items()):
        lines.append(f"| {kind} | {family} | {count} |")
    return lines


def cue_class(nlp: Language, cue: str) -> str:
    """What the gold cue of an attribution is: a form the engine reads, thought (left out
    by design), or something else (an act, a stance, a finding)."""
    words = nlp(cue)
    lemmas = {t.lemma_.lower() for t in words}
    if "according" in {t.lower_ for t in words}:
        return "according to"
    if lemmas & COGNITION_VERBS:
        return "thought, belief (not speech)"
    if lemmas & (REPORTING_VERBS | OBJECT_VERBS | PREPOSITION_VERBS.keys()):
        return "speech verb"
    if lemmas & REPORTING_NOUNS:
        return "reporting noun"
    return "other: acts, stances, findings" if lemmas else "no cue (headline label)"


def recall_by_cue(nlp: Language, docs: list[AttributionDoc], found: list[list[Claim]]) -> list[str]:
    """Indirect gold attributions and the share matched, by the class of their cue."""
    counts: Counter[tuple[str, bool]] = Counter()
    for doc, predicted in zip(docs, found, strict=True):
        gold = doc.attributions
        matched = {
            j for _, j in match_pieces([c.segments for c in predicted], [g.segments for g in gold])
        }
        for j, item in enumerate(gold):
            if item.kind == "indirect":
                counts[(cue_class(nlp, item.source.cue or ""), j in matched)] += 1
    lines = ["| gold cue | gold | matched | recall |", "|---|---|---|---|"]
    for name in sorted(
        {name for name, _ in counts}, key=lambda n: -counts[(n, True)] - counts[(n, False)]
    ):
        right, total = counts[(name, True)], counts[(name, True)] + counts[(name, False)]
        lines.append(f"| {name} | {total} | {right} | {right / total:.3f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=1, help="score every Nth article only")
    parser.add_argument("--errors", type=Path, help="write the error lines to this file")
    args = parser.parse_args()
    docs = load_attributions(POLNEAR)[:: args.every]
    nlp = load()
    started = time.perf_counter()
    found = list(analyze_reported(nlp, [doc.text for doc in docs]))
    seconds = time.perf_counter() - started
    predicted = [claims(quotes, reported) for quotes, reported in found]
    report = score_attributions(docs, predicted)
    words = sum(len(doc.text.split()) for doc in docs)
    lines = [
        "# Reported speech on PolNeAR (benchmarks/indirect_accuracy.py)",
        "",
        f"{len(docs)} articles, {words} words, {PARSED[selective_by_default()]}: "
        f"{seconds:.0f} s ({words / seconds:.0f} words/s).",
        "",
        *table(report),
        "",
        "## Errors by family",
        "",
        *family_table(report),
        "",
        "## Indirect gold attributions by the class of their cue",
        "",
        *recall_by_cue(nlp, docs, predicted),
        "",
        "Where quotebank differs from PolNeAR: it reports speech only. PolNeAR also",
        'annotates thought and belief ("X believes"), stances and acts ("X supports",',
        '"X voted for") and what a situation shows; quotebank leaves those out, so',
        "most of the indirect gold it misses has no cue it would read as speech.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.errors:
        args.errors.write_text("\n".join(report.errors) + "\n")
    if args.every == 1:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "indirect_accuracy.md").write_text(text)
        row = {"documents": len(docs), "words": words, "seconds": round(seconds, 1)}
        (RESULTS / "indirect_accuracy.json").write_text(
            json.dumps(row | report.to_dict(), indent=2) + "\n"
        )


if __name__ == "__main__":
    main()
