"""Quotebank-scale storage: import rate by both paths against the reading floor, who-said.

Generates Quotebank-format quote files (fixed seed), then measures, in one run:

- the reading floor: plain Python reading the same file (bzip2 -> JSON ->
  normalised quote, no database), bzip2-compressed and plain;
- ``import-quotebank`` into SQLite and into PostgreSQL by the bulk path (staged,
  merged at once) and by the incremental path (batch by batch): quotes/s, the
  ratio to the bzip2 reading rate, peak memory (the importing process and its
  reader process, each run in a fresh process), database size per million quotes;
- ``who-said`` p50/p95 after each import (phrases of 3-6 words taken from
  stored quotes, so every query finds something);
- with ``--concurrency``: several processes writing into one PostgreSQL database.

PostgreSQL is a throwaway server started here (Debian's, as in the tests)
unless ``--pg URL`` names one. Results go to benchmarks/results/import_speed.{json,md}.

    python benchmarks/import_speed.py --sizes 1000000
    python benchmarks/import_speed.py --sizes 20000 --dry   # a quick check, results not written
"""

from __future__ import annotations

import argparse
import bz2
import json
import multiprocessing
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, select  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from quotebank.formats import quotebank as quotebank_format  # noqa: E402
from quotebank.pipeline import quotebank_import as importer  # noqa: E402
from quotebank.records import ArticleInput, FoundQuote  # noqa: E402
from quotebank.storage import articles as store  # noqa: E402
from quotebank.storage import connect  # noqa: E402
from quotebank.storage.queries import who_said  # noqa: E402
from quotebank.storage.schema import Quote  # noqa: E402
from tests.postgres import Server, bindir  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
SEED = 20_200_116
QUOTES_PER_ARTICLE = 4


# --- data -------------------------------------------------------------------


def _vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = {"".join(rng.choices(letters, k=rng.randint(2, 9))) for _ in range(size)}
    return sorted(words)


def _names(rng: random.Random, count: int) -> list[str]:
    first = [w.capitalize() for w in _vocabulary(rng, 3_000)]
    last = [w.capitalize() for w in _vocabulary(rng, 20_000)]
    return sorted({f"{rng.choice(first)} {rng.choice(last)}" for _ in range(count)})


def quotebank_lines(count: int, seed: int = SEED, start: int = 0) -> Iterator[str]:
    """``count`` Quotebank JSON lines: ~4 quotes per article, 1-3 URLs per quote."""
    rng = random.Random(seed)
    words, speakers = _vocabulary(rng), _names(rng, 100_000)
    qids = {name: [f"Q{rng.randint(1, 10**8)}" for _ in range(rng.choice((1, 1, 1, 2)))]
            for name in speakers}  # fmt: skip
    domains = [f"news{i}.example.com" for i in range(2_000)]
    day0 = date(2020, 1, 1)
    rng = random.Random(seed + start)
    for number in range(start, start + count):
        article = number // QUOTES_PER_ARTICLE
        urls = [f"https://www.{domains[article % 2_000]}/story/{article}"]
        urls += [f"https://{rng.choice(domains)}/{rng.randint(1, 10**9)}"
                 for _ in range(rng.choice((0, 0, 1, 2)))]  # fmt: skip
        speaker = "None" if rng.random() < 0.1 else rng.choice(speakers)
        quotation = " ".join(rng.choices(words, k=rng.randint(6, 30))).capitalize() + "."
        record = {
            "quoteID": f"{day0 + timedelta(days=article // 20_000)}-{number:09d}",
            "quotation": quotation,
            "speaker": speaker,
            "qids": qids.get(speaker, []),
            "date": f"{day0 + timedelta(days=article // 20_000)} 00:00:00",
            "numOccurrences": len(urls),
            "probas": [[speaker, f"{rng.uniform(0.5, 1):.4f}"], ["None", "0.1"]],
            "urls": urls,
            "phase": "E",
        }
        yield json.dumps(record) + "\n"


def write_file(path: Path, count: int, start: int = 0) -> Path:
    opener = bz2.open if path.suffix == ".bz2" else open
    with opener(path, "wt") as fp:  # type: ignore[operator]
        for line in quotebank_lines(count, start=start):
            fp.write(line)
    return path


# --- measurements -------------------------------------------------------------


def timed_import(url: str, paths: list[Path], bulk: bool) -> dict[str, Any]:
    """One import in a fresh process (so that its peak memory is its own)."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_import, args=(url, [str(p) for p in paths], bulk, results))
    process.start()
    result = results.get()
    process.join()
    return result


def _import(url: str, paths: list[str], bulk: bool, results: Any) -> None:
    results.put(_imported(url, paths, bulk))


def _imported(url: str, paths: list[str], bulk: bool) -> dict[str, Any]:
    engine = connect.open_database(url)
    began = time.perf_counter()
    summary = importer.import_files(engine, paths, bulk=bulk)
    seconds = time.perf_counter() - began
    engine.dispose()
    return {
        "quotes": summary.lines,
        "seconds": round(seconds, 1),
        "quotes_per_s": round(summary.lines / seconds),
        "attributions": summary.attributions,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "reader_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024,
    }


def read_rate(path: Path) -> dict[str, Any]:
    """Quotes/s of reading alone (decompress, parse, normalise; no database): the floor."""
    began = time.perf_counter()
    with quotebank_format.open_quote_file(path) as fp:
        quotes = sum(1 for _ in quotebank_format.read_quotes(fp, str(path)))
    seconds = time.perf_counter() - began
    return {"quotes": quotes, "seconds": round(seconds, 1), "quotes_per_s": round(quotes / seconds)}


def sqlite_sizes(path: Path) -> dict[str, int]:
    """MB of each table and index of a SQLite file (its ``dbstat``), largest first."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    return {name: round(size / 2**20) for name, size in rows if size >= 2**20}


def postgresql_mb(url: str) -> int:
    engine = create_engine(
        url.replace("postgresql://", "postgresql+psycopg://"), poolclass=NullPool
    )
    with engine.connect() as conn:
        size = conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
    engine.dispose()
    return round(int(size or 0) / 2**20)


def who_said_latency(url: str, queries: int = 200, seed: int = SEED) -> dict[str, Any]:
    """p50/p95 of who_said for phrases cut from random stored quotes."""
    engine = connect.open_database(url)
    sessions = connect.session_factory(engine)
    rng = random.Random(seed)
    with sessions() as session:
        top = session.scalar(select(func.max(Quote.id))) or 0
        phrases = []
        while len(phrases) < queries:
            text = session.scalar(select(Quote.norm).where(Quote.id == rng.randint(1, top)))
            if text:
                tokens = text.split()
                length = min(len(tokens), rng.randint(3, 6))
                at = rng.randint(0, len(tokens) - length)
                phrases.append(" ".join(tokens[at : at + length]))
    times, misses = [], 0
    for phrase in phrases:
        with sessions() as session:
            began = time.perf_counter()
            hits = who_said(session, phrase).speakers
            times.append((time.perf_counter() - began) * 1000)
        misses += not hits
    engine.dispose()
    times.sort()
    return {
        "queries": queries,
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(0.95 * len(times)) - 1], 1),
        "max_ms": round(times[-1], 1),
        "found_nothing": misses,
    }


def _articles(worker: int, count: int) -> Iterator[tuple[ArticleInput, list[FoundQuote]]]:
    """Articles quoting shared remarks by shared speakers (as several ingests of one feed)."""
    rng = random.Random(worker)
    people = [f"Person{i} Surname{i}" for i in range(200)]
    for number in range(count):
        text, found = f"Worker {worker} article {number}.", []
        for _ in range(6):
            remark = f"Remark {rng.randint(1, 5_000)} about topic {rng.randint(1, 50)}."
            start, speaker = len(text) + 2, rng.choice(people)
            text += f" “{remark}” {speaker} said."
            end = start + len(remark)
            found.append(FoundQuote(start, end, remark, "direct", speaker=speaker))
        yield ArticleInput(text, f"{worker}-{number}.txt", source=f"Outlet {number % 7}"), found


def _save_worker(url: str, worker: int, count: int) -> int:
    sessions = connect.session_factory(connect.open_database(url))
    saved = 0
    for article, found in _articles(worker, count):
        with sessions.begin() as session:
            saved += store.save_article(session, article, found).created
    return saved


def _import_worker(url: str, path: str) -> int:
    return importer.import_files(connect.open_database(url), [path]).lines


def concurrent(url: str, processes: int, job: str, arguments: list[tuple[Any, ...]]) -> float:
    """Seconds for ``processes`` processes to run ``job`` over ``arguments``."""
    context = multiprocessing.get_context("fork")
    target = _save_worker if job == "save" else _import_worker
    began = time.perf_counter()
    with context.Pool(processes) as pool:
        pool.starmap(target, arguments)
    return time.perf_counter() - began


def concurrency(admin: str, workdir: Path, articles: int, quotes: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for processes in (1, 2, 4):
        url = _fresh_pg(admin, f"concurrent_save_{processes}")
        per = articles // processes
        seconds = concurrent(url, processes, "save", [(url, w, per) for w in range(processes)])
        results[f"save_article_{processes}_processes_articles_per_s"] = round(
            per * processes / seconds
        )
    files = [write_file(workdir / f"part{i}.json", quotes // 4, start=i * quotes // 4)
             for i in range(4)]  # fmt: skip
    for processes in (1, 2, 4):
        url = _fresh_pg(admin, f"concurrent_import_{processes}")
        seconds = concurrent(url, processes, "import", [(url, str(p)) for p in files])
        results[f"import_{processes}_processes_quotes_per_s"] = round(quotes / seconds)
    return results


def _fresh_pg(admin: str, name: str) -> str:
    engine = create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with engine.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    url = admin.rsplit("/", 1)[0] + f"/{name}"
    connect.open_database(url).dispose()
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--pg", help="superuser URL of a PostgreSQL server (else one is started)")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--paths", nargs="+", default=["bulk", "incremental"])
    parser.add_argument("--plain", action="store_true", help="also bulk-import the plain JSON file")
    parser.add_argument("--concurrency", action="store_true", help="also concurrent PG writers")
    parser.add_argument("--concurrent-articles", type=int, default=2_000)
    parser.add_argument("--concurrent-quotes", type=int, default=200_000)
    parser.add_argument("--dry", action="store_true", help="print the results, write nothing")
    parser.add_argument(
        "--markdown-only", action="store_true", help="rewrite the .md from the .json, run nothing"
    )
    args = parser.parse_args()
    if args.markdown_only:
        report = json.loads((RESULTS / "import_speed.json").read_text())
        (RESULTS / "import_speed.md").write_text(markdown(report))
        return
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="quotebank-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    server, admin = None, args.pg
    if admin is None and "postgresql" in args.backends:
        found = bindir()
        if found is None:
            sys.exit("PostgreSQL not installed: apt-get install postgresql, or give --pg URL")
        server = Server(found)
        admin = server.start()
    try:
        report = run(admin, workdir, args)
    finally:
        if server is not None:
            server.stop()
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(markdown(report))
    if not args.dry:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "import_speed.json").write_text(json.dumps(report, indent=2) + "\n")
        (RESULTS / "import_speed.md").write_text(markdown(report))


def run(admin: str | None, workdir: Path, args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"machine": _machine(), "sizes": {}}
    for size in args.sizes:
        compressed = write_file(workdir / f"quotes-{size}.json.bz2", size)
        plain = write_file(workdir / f"quotes-{size}.json", size)
        entry: dict[str, Any] = {
            "load_average_before": [round(x, 2) for x in os.getloadavg()],
            "file_mb": round(compressed.stat().st_size / 2**20, 1),
            "reading": {"bzip2": read_rate(compressed), "plain": read_rate(plain)},
            "imports": [],
        }
        print(json.dumps({size: entry}), flush=True)
        for backend in args.backends:
            for path in args.paths:
                entry["imports"].append(_measured(admin, workdir, backend, path, compressed))
                print(json.dumps(entry["imports"][-1]), flush=True)
        if args.plain and "sqlite" in args.backends:
            entry["imports"].append(_measured(admin, workdir, "sqlite", "bulk", plain))
        entry["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
        compressed.unlink()
        plain.unlink()
        report["sizes"][str(size)] = entry
    if args.concurrency and admin is not None:
        report["concurrent_postgresql"] = concurrency(
            admin, workdir, args.concurrent_articles, args.concurrent_quotes
        )
    return report


def _measured(
    admin: str | None, workdir: Path, backend: str, path: str, data: Path
) -> dict[str, Any]:
    """One import into a new database, its size, then who-said on it."""
    result: dict[str, Any] = {"backend": backend, "path": path, "file": data.name}
    if backend == "sqlite":
        db = workdir / f"{path}.db"
        url = f"sqlite:///{db}"
        result["import"] = timed_import(url, [data], bulk=path == "bulk")
        result["db_mb"] = round(db.stat().st_size / 2**20)
        result["largest"] = sqlite_sizes(db)
        result["who_said"] = who_said_latency(url)
        for leftover in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            leftover.unlink(missing_ok=True)
        return result
    assert admin is not None
    url = _fresh_pg(admin, f"bench_{path}")
    result["import"] = timed_import(url, [data], bulk=path == "bulk")
    result["db_mb"] = postgresql_mb(url)
    result["who_said"] = who_said_latency(url)
    _drop_pg(admin, f"bench_{path}")
    return result


def _drop_pg(admin: str, name: str) -> None:
    engine = create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with engine.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }


def markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Quotebank-scale storage: importing, by both paths, against the reading floor",
        "",
        f"Machine: {report['machine']['cpus']} cores, {report['machine']['platform']}, "
        f"Python {report['machine']['python']}. Generated Quotebank files, ~4 quotes per "
        "article, 1-3 URLs per quote; PostgreSQL is Debian's, local, default settings except "
        "fsync off (a throwaway server). Every figure of a size comes from one run, the reading "
        "floor included. Regenerate: `python benchmarks/import_speed.py --sizes 1000000`.",
    ]
    for size, entry in report["sizes"].items():
        lines += _size_lines(int(size), entry)
    if "concurrent_postgresql" in report:
        lines += ["", "Concurrent writers into one PostgreSQL database:", ""]
        for key, value in report["concurrent_postgresql"].items():
            lines.append(f"- {key.replace('_', ' ')}: {value:,}")
    return "\n".join([*lines, "", NOTES]) + "\n"


def _size_lines(size: int, entry: dict[str, Any]) -> list[str]:
    floor = entry["reading"]["bzip2"]["quotes_per_s"]
    plain = entry["reading"].get("plain", {}).get("quotes_per_s")
    plain_text = f"plain JSON {plain:,} quotes/s" if plain else "plain JSON not measured"
    lines = [
        "",
        f"## {size:,} quotes ({entry['file_mb']} MB of bzip2)",
        "",
        f"Reading floor (plain Python reads the file: decompress, parse, normalise; no "
        f"database): bzip2 {floor:,} quotes/s, {plain_text}.",
        *_load_lines(entry),
        "",
        "| backend | path | from | import quotes/s | import s | x reading floor "
        "| peak MB (importer + reader) | database MB | MB per million quotes "
        "| who-said p50 ms | p95 ms | max ms |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in entry["imports"]:
        imp, ask = result["import"], result["who_said"]
        source = "plain JSON" if result["file"].endswith(".json") else "bzip2"
        rate = imp["quotes_per_s"]
        ratio = rate / (plain if source == "plain JSON" else floor)
        lines.append(
            f"| {result['backend']} | {result['path']} | {source} | {rate:,} | {imp['seconds']} "
            f"| {ratio:.2f} | {imp['peak_rss_mb']:,} + {imp['reader_rss_mb']:,} "
            f"| {result['db_mb']:,} | {result['db_mb'] * 1_000_000 / size:,.0f} "
            f"| {ask['p50_ms']} | {ask['p95_ms']} | {ask['max_ms']} |"
        )
    largest = next((r["largest"] for r in entry["imports"] if r.get("largest")), None)
    if largest:
        parts = ", ".join(f"{name} {mb:,}" for name, mb in list(largest.items())[:12])
        lines += ["", f"Where a SQLite file's space goes (MB): {parts}."]
    return lines


def _load_lines(entry: dict[str, Any]) -> list[str]:
    """The machine's load average (1, 5, 15 min) before and after the size's runs."""
    if "load_average_before" not in entry:
        return []
    before, after = entry["load_average_before"], entry.get("load_average_after", [])
    return [
        "",
        f"Load average (1, 5, 15 min) before the runs: {', '.join(map(str, before))}; "
        f"after: {', '.join(map(str, after))}.",
    ]


NOTES = """Notes:

- Paths: *bulk* reads in a forked process, which makes the staging rows
  (ranks, hashes, name keys); the importer stages each batch of 20,000 lines
  into temporary tables and merges it by set-based SQL while the reader reads
  the next, the whole load in one transaction, the secondary indexes and the
  FTS5 merge built once at its end (`docs/bulk-load.md`); *incremental*
  writes batch by batch with every index and trigger live. `import-quotebank`
  takes the bulk path when the files hold at least as many quotes as the database.
- The reading floor is plain Python reading the same file in the same run,
  before the imports (`quotebank.formats.quotebank`: bzip2 in a read-ahead
  thread, JSON, normalised quote, the garbage collector at its defaults; the
  bulk reader runs with fewer collections, `docs/bulk-load.md`). "x reading
  floor" is the import's rate over the floor's (bzip2 imports over the bzip2
  floor, plain over plain). The machine is shared with other agents' work,
  which ran during these runs too: absolute rates swing by 2-3x from hour to
  hour, so compare ratios within one run, and the two paths with each other.
- The 1M run (2026-12-06, 00:00 UTC) was made under load 2.7-4.0: another
  engineer's evaluation kept one of the two cores busy throughout, and for
  its first 12 minutes the generation of the 10M file (at nice 5) ran too.
  The run before this session's changes (b42a73b's table, load 2.8-4.9): SQLite
  bulk 8,132 quotes/s = 0.21x, incremental 0.15x; PostgreSQL bulk 0.16x,
  incremental 0.10x; SQLite bulk from plain JSON 0.09x. Now, at a similar
  load: SQLite bulk 0.31x, PostgreSQL bulk 0.23x, from plain JSON 0.19x
  (incremental 0.23x / 0.10x). The 0.6x target is not met.
- Before and after, back to back at the same load (1.7 -> 3.9; one core taken
  by the other engineer), SQLite bulk, 1M quotes, each with its own floor
  (`/tmp` profiling harness; CPU seconds of the importer's main thread unless
  marked wall):
  - before (b42a73b): floor 41,350 quotes/s (23.2 CPU-s); import 12,346/s =
    0.30x, 81.0 s wall. Importer 46.0 CPU-s: per batch 32.8 (FTS5 entries
    7.8, attributions 5.3, staging 4.8, quotes 4.2, articles 3.8, speakers
    3.3, stored ids 1.9), tail after the last batch 15.2 s wall (index
    builds 4.4, FTS5 optimize 2.9, commit 4.7 wall, ANALYZE 0.5). Reader
    process 37.9 CPU-s. File 1,075 MB.
  - after (this commit): floor 30,794/s (26.4 CPU-s); import 12,788/s =
    0.42x, 78.2 s wall. Importer 36.9 CPU-s (-20%): per batch 27.0
    (attributions 6.3, FTS5 entries 5.7, staging 3.6, quotes 3.2, speakers
    3.0, articles 2.7, stored ids 1.6), tail 11.7 s wall (index builds 3.5,
    FTS5 optimize 2.3, commit 3.9 wall, ANALYZE ~0). Reader 45.3 CPU-s (its
    CPU time swings by 20% with the load: 34-45 in runs of the same code).
    File 1,004 MB.
  - On the two cores when the other engineer's process was idle, 200k
    quotes: before 21,071 quotes/s (importer 8.3, reader 6.9 CPU-s; floor
    57,756/s, 4.0 CPU-s: 0.36x); after 23,906-24,538 quotes/s (importer
    6.4-6.8, reader 6.7-6.8, tail 0.9-1.1 s wall), against floors of
    48,600-57,800/s measured that hour (~0.45x).
- What changed, each measured alone: the FTS5 index covers `norm` only
  (migration 0007; FTS5 entries 8.2 -> 5.6 CPU-s at 1M, optimize 2.8 ->
  2.2, -55 MB); 16 KB pages for new SQLite files (200k: importer -8%, commit
  0.35 -> 0.18 s); speaker lookups in driver SQL (speakers 2.42 -> 2.14 at
  200k); ANALYZE sampling 1,000 rows an index (0.5 s -> ~0 at 1M; who-said
  p95 unchanged); fewer garbage collections in the reader and the importer
  (importer 7.4 -> 7.0 at 200k, parsing -15%); staging 128 rows a statement
  (0.85 -> 0.66 CPU-s at 200k); `attributions.quote_id` and
  `quotes.remark_id` kept live on SQLite (1M: tail 9.4 -> 8.0 s wall,
  batches +0.9 CPU-s).
- Tried and not kept: a columnar rewrite of the reader's batch making (no gain
  through the noise); `PRAGMA threads = 2` for index builds (none); a 256 MB
  page cache (1M: commit 2.9 -> 0.8 s, peak 1,315 -> 518 MB, but batches
  +1.7 CPU-s, and at 10M the random-key unique indexes would miss the cache
  more); batches of 50,000 lines (no gain, reader +140 MB); FTS5 `pgsz`
  16,000 and the `ascii` tokenizer (FTS5 insert within 7% of unicode61:
  the cost is FTS5's own); all indexes live (tail -0.6 s, batches +0.65 at
  200k: the same CPU).
- Why 0.6x is still out of reach: the floor spends ~21-26 CPU-s a million
  (bzip2 ~8, JSON and normalising ~12-15); the reader process adds ~13
  in the quiet runs (staging rows, URL hashes and domains, speaker keys,
  pickling), and the importer needs ~27 a million per batch plus a tail of
  ~9-12 s wall that overlaps nothing. On two idle cores that is
  max(reader ~33, importer ~29) + tail ~10 = ~43 s a million, ~0.47x of a
  50,000/s floor; with one core taken by other work,
  reader and importer share one core and the ratio falls to 0.3-0.4x. What
  is left: FTS5 (5.7 + 2.3 CPU-s; FTS5's own hashing and segment writing,
  not the tokenizer), attributions (6.3: four index-like structures a row),
  the commit of ~1 GB of new pages, speakers (3.0: shared with the
  incremental path, row-by-row key logic in Python), and on PostgreSQL the
  server's per-row work (speakers ~40% of the batch time at 200k, ~16 us a
  row through `COPY` + `ON CONFLICT`).
- Disk: "MB per million quotes" is the database after the import (SQLite's
  file; PostgreSQL's `pg_database_size`), one article per URL. In SQLite
  (1,025 MB at 1M, was 1,093) it goes to the quote text stored twice (`text`
  and `norm`, the table and its unique index: ~390 MB), the articles (~275 MB
  with their 64-character hex `content_hash` in the table and its unique
  index, an empty text and the file path as `origin` in each), the
  attributions with their four indexes (~235 MB), FTS5 (~77 MB, was ~130:
  `text` is no longer indexed). Cutting more needs schema changes not made
  here: the hash as 32 bytes or dropped for imported articles (the URL is
  their key), `origin` once per file, `norm` kept only in its index.
  PostgreSQL (1,695 MB) is unchanged (`norm_tsv` was over `norm` already).
- Peak memory: each import runs in a fresh process; "importer + reader" are
  the maximum resident sizes of the importing process and of the reader it
  forks (which shares the importer's pages at the fork). The bulk path's
  SQLite page cache is capped at 1 GB and its temp cache at 128 MB whatever
  the size of the load; staged rows are one batch.
- who-said phrases are 3-6 consecutive words of stored quotes over a uniform
  20,000-word vocabulary, so each phrase matches few quotes. Latencies are
  measured right after each import; under this load a p95 of 4-5 ms with a
  max of 5-7 ms is a scheduler time slice lost to the other processes (it
  moves between rows from run to run: in the back-to-back runs at 200k,
  bulk p50 0.4 ms, p95 0.5 ms).
- 10M quotes, SQLite bulk: the first attempt (00:30 UTC, floor 39,150/s)
  failed after ~8M quotes with "database or disk is full", rolled back to the
  empty file it started from (all-or-nothing held): FTS5 caps an index at
  2,000 segments, and the load, which merged none until a level held 2,000,
  wrote a few a batch. It now merges a level at 1,000 (no change below ~4M
  quotes). The bulk path could not have loaded 10M quotes in one go before
  this session either (with `text` indexed too, it would have failed
  sooner). The rerun with the fix (00:43-01:02 UTC) loaded all 10M:
  12,742 quotes/s, 785 s, 9,956 MB (996 MB a million), peak 1,798 + 187 MB,
  who-said p50 1.7 ms, p95 2.0. Its floor (26,079/s, so "0.49x") is NOT
  comparable: the full test suite ran beside it for four of its six minutes;
  the two 10M floors measured before, at load ~1-3, were 39,150 and 41,202/s,
  against which the import is ~0.31-0.33x. Not measured: concurrent writers
  (`--concurrency`).
"""


if __name__ == "__main__":
    main()
