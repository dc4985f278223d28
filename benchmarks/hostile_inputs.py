"""The engine on hostile text: dense or unbalanced quotation marks, one very long article.

Issue #15 asks that time and memory grow linearly with the text: a file dense
with quotation marks costs no more than twice an ordinary article per
character, and peak memory stays under 500 MB. Each case runs
``quotebank.engine.analysis.analyze_many`` in a child process of its own, the
pipeline loaded before the clock starts, so that its peak RSS is its own:

* ``ordinary``: the Lee/ABC development articles (``../shared/devset/lee``),
  each its own text, as ``ingest`` reads them (the baseline);
* ``ordinary-full-parse``: the same with selective parsing off;
* ``balanced``: generated text, ``--marks`` balanced “…” quotations;
* ``unbalanced``: generated text, ``--marks`` opening marks never closed;
* ``long-same-size``: the Lee articles joined into one ordinary article of about
  the size of the dense cases (the issue's "ordinary article of the same length");
* ``long``: the same, ``--long-mb`` MB.

The generated texts are made of plain invented words (no article's text is
copied). Figures are ratios against ``ordinary`` and ``long-same-size`` in the
same run.

Run: ``.venv/bin/python benchmarks/hostile_inputs.py``; results go to
``benchmarks/results/hostile_inputs.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEE = ROOT.parent / "shared" / "devset" / "lee" / "docs.jsonl"
RESULTS = Path(__file__).resolve().parent / "results"
WORDS = (
    "the council met on tuesday and agreed that plans for a new bridge over the river "
    "would go ahead despite objections from residents who fear traffic noise"
).split()


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def generated(marks: int, balanced: bool, seed: int = 7) -> str:
    """Paragraphs of five sentences, each followed by a quotation (or a lone “)."""
    rng = random.Random(seed)
    parts = []
    for _ in range(marks):
        quoted = f"“{_sentence(rng, 3)}”" if balanced else f"“{_sentence(rng, 1)}"
        parts.append(f"{_sentence(rng, 5)} {quoted}")
    return "\n\n".join(" ".join(parts[i : i + 5]) for i in range(0, marks, 5))


def lee_texts() -> list[str]:
    return [json.loads(line)["text"] for line in LEE.open(encoding="utf-8")]


def joined(texts: list[str], size: int) -> str:
    """The texts joined as paragraphs of one article, repeated up to ``size`` characters."""
    whole = "\n\n".join(texts)
    return "\n\n".join([whole] * (size // len(whole) + 1))[:size]


def child(path: str, full_parse: bool) -> None:
    import os

    if full_parse:
        os.environ["QUOTEBANK_FULL_PARSE"] = "1"
    from quotebank.engine import analysis, model

    nlp = model.load()
    texts = json.loads(Path(path).read_text(encoding="utf-8"))
    started = time.perf_counter()
    quotes = sum(len(found) for found in analysis.analyze_many(nlp, texts))
    seconds = time.perf_counter() - started
    characters = sum(map(len, texts))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"characters": characters, "quotes": quotes, "seconds": round(seconds, 2),
                      "chars_per_second": round(characters / seconds),
                      "peak_rss_mb": round(peak, 1)}))  # fmt: skip


def run_case(texts: list[str], full_parse: bool = False) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fp:
        json.dump(texts, fp)
    command = [sys.executable, __file__, "--child", fp.name]
    if full_parse:
        command.append("--full-parse")
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    Path(fp.name).unlink()
    return json.loads(out.strip().splitlines()[-1])


def report(results: dict[str, dict[str, float]]) -> str:
    base = results["ordinary"]["chars_per_second"]
    same = results["long-same-size"]["chars_per_second"]
    lines = [
        "# Hostile inputs: time and memory per character (`benchmarks/hostile_inputs.py`)",
        "",
        "cost ratio = ordinary chars/s ÷ case chars/s (1.0: as cheap per character as",
        "ordinary articles); against one ordinary article of the same length: the same",
        "with long-same-size's rate (#15 asks ≤ 2). Peak RSS includes the loaded pipeline.",
        "",
        "| case | characters | quotes | seconds | chars/s | cost ratio | vs same size | peak MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        ratio = base / r["chars_per_second"]
        lines.append(
            f"| {name} | {r['characters']:,} | {r['quotes']:,} | {r['seconds']} | "
            f"{r['chars_per_second']:,} | {ratio:.2f} | {same / r['chars_per_second']:.2f} | "
            f"{r['peak_rss_mb']} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--marks", type=int, default=10_000, help="quotation marks per dense case")
    parser.add_argument("--long-mb", type=float, default=2.0, help="size of the one long article")
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--full-parse", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.full_parse)
        return
    lee = lee_texts()
    balanced = generated(args.marks, balanced=True)
    results = {
        "ordinary": run_case(lee),
        "ordinary-full-parse": run_case(lee, full_parse=True),
        "long-same-size": run_case([joined(lee, len(balanced))]),
        "balanced": run_case([balanced]),
        "unbalanced": run_case([generated(args.marks, balanced=False)]),
        "long": run_case([joined(lee, int(args.long_mb * 1_000_000))]),
    }
    text = report(results)
    print(text)
    if not args.no_write:
        (RESULTS / "hostile_inputs.json").write_text(json.dumps(results, indent=2) + "\n")
        (RESULTS / "hostile_inputs.md").write_text(text)


if __name__ == "__main__":
    main()
