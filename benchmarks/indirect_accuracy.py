"""Accuracy of reported speech (``find_indirect``) on PolNeAR's attributions.

Runs ``quotebank.engine.analysis.analyze_reported`` (every sentence parsed)
over the PolNeAR development set and scores its output with
``quotebank.engine.evaluate.attributions``: content precision / recall / F1
and source accuracy on matched contents, for indirect (no quoted word), mixed
and quoted attributions.

Run: ``.venv/bin/python benchmarks/indirect_accuracy.py`` (the whole set; results
go to ``benchmarks/results/indirect_accuracy.md`` and ``.json``), or with
``--every 4`` to score every fourth article while developing (nothing written
unless ``--errors FILE`` asks for the error lines).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from quotebank.engine import load
from quotebank.engine.analysis import analyze_reported
from quotebank.engine.evaluate.attributions import (
    KINDS,
    AttributionReport,
    claims,
    load_attributions,
    score_attributions,
)

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "devset" / "polnear-train" / "docs.jsonl"
RESULTS = Path(__file__).resolve().parent / "results"


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
    report = score_attributions(docs, [claims(quotes, reported) for quotes, reported in found])
    words = sum(len(doc.text.split()) for doc in docs)
    lines = [
        "# Reported speech on PolNeAR (benchmarks/indirect_accuracy.py)",
        "",
        f"{len(docs)} articles, {words} words, every sentence parsed: "
        f"{seconds:.0f} s ({words / seconds:.0f} words/s).",
        "",
        *table(report),
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
