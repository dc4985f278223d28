"""Accuracy and speed of the engine, measured against baselines in the same process.

Reports, for the seeds, the Lee/ABC development set (read from ../shared when
it is there) and the project's own per-rule test articles:

* quote-span precision / recall / F1, speaker accuracy and end-to-end F1
  (``quotebank.engine.evaluate``);
* speed as ratios: the whole engine against a plain parse of the same texts
  with spaCy's own pipeline (``spacy.load``, none of quotebank's stand-ins),
  and the quotation-mark pass alone against that parse;

each with selective parsing (the default: only the sentences attribution
reads are parsed, ``quotebank.engine.prefilter.condense``) and with whole articles parsed
(``--full-parse``), side by side in the same run.

Run: ``.venv/bin/python benchmarks/accuracy.py``; results go to
``benchmarks/results/accuracy.json`` and ``accuracy.md``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import spacy

from quotebank.engine import analyze_many, load
from quotebank.engine.evaluate import load_gold, score
from quotebank.engine.prefilter.marks import find_mark_spans

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seeds": ROOT / "seeds" / "gold.jsonl",
    "devset-lee": ROOT.parent / "shared" / "devset" / "lee" / "docs.jsonl",
    "own-articles": ROOT / "tests" / "data" / "attribution.jsonl",
}
RESULTS = Path(__file__).resolve().parent / "results"


def best_of(runs: int, job) -> float:  # type: ignore[no-untyped-def]
    """The fastest of several runs: the least disturbed by a noisy machine."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(name: str, path: Path) -> list[dict[str, object]]:
    nlp = load()
    stock = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
    gold = load_gold(path)
    texts = [doc.text for doc in gold]
    parse = best_of(3, lambda: list(stock.pipe(texts)))
    marks = best_of(3, lambda: [find_mark_spans(text) for text in texts])
    words = sum(len(text.split()) for text in texts)
    rows: list[dict[str, object]] = []
    for parsing, selective in (("selective", True), ("full", False)):
        report = score(gold, analyze_many(nlp, texts, selective=selective))
        engine = best_of(3, lambda s=selective: list(analyze_many(nlp, texts, selective=s)))
        rows.append(
            {
                "set": name,
                "parsing": parsing,
                "documents": len(gold),
                "words": words,
                **report.to_dict(),
                "parse_seconds": round(parse, 3),
                "engine_over_parse": round(engine / parse, 3),
                "mark_pass_over_parse": round(marks / parse, 4),
                "engine_words_per_second": round(words / engine),
            }
        )
    return rows


def main() -> None:
    rows = [row for name, path in SETS.items() if path.exists() for row in measure(name, path)]
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "accuracy.json").write_text(json.dumps(rows, indent=2) + "\n")
    columns = [
        "set", "parsing", "documents", "gold", "span_precision", "span_recall", "span_f1",
        "speaker_accuracy", "end_to_end_f1", "engine_over_parse", "mark_pass_over_parse",
    ]  # fmt: skip
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(str(row[c]) for c in columns) + " |" for row in rows]
    (RESULTS / "accuracy.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
