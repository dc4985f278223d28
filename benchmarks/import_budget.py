"""Where a bulk import's CPU goes, process by process and stage by stage, against the floor.

The bulk path (``docs/bulk-load.md``) runs two processes: the reader
(decompression in a read-ahead thread, parsing, the staging rows) and the
importer (staging, the set-based merge, the index builds at the end). On a
machine of two cores their CPU seconds bound the import's wall time from
below: (reader + importer) / 2, and no less than the work left after the last
batch (the tail), which runs on one core. This measures, in one run on one
generated file (``import_speed.write_file``):

- the reading floor (``import_speed.read_rate``: decompress, parse,
  normalise), its wall and CPU seconds, and plain Python's ``bz2`` and
  ``json.loads`` alone for reference;
- one bulk import into a fresh SQLite file: wall, the CPU seconds of each
  process, the importer's main thread by stage (each stage's function timed
  by wrapping it), the seconds it waited for the reader, and the tail;
- the ceiling those CPU seconds allow: floor wall / ((reader + importer) / 2).

    python benchmarks/import_budget.py --size 1000000
"""

from __future__ import annotations

import argparse
import bz2
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from import_speed import read_rate, write_file  # noqa: E402
from sqlalchemy.engine import Connection  # noqa: E402

from quotebank.pipeline import quotebank_bulk, quotebank_import  # noqa: E402
from quotebank.storage import bulkload, connect, staging  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
_STAGES = {  # (owner, function name) -> stage
    (staging.Stage, "append"): "staging rows",
    (staging.Stage, "clear"): "staging emptied",
    (quotebank_bulk._Load, "_speaker_ids"): "speakers",
    (bulkload, "find_stored"): "stored ids",
    (bulkload, "add_articles"): "sources and articles",
    (bulkload, "add_quotes"): "quotes",
    (bulkload, "index_quotes"): "FTS5 entries",
    (bulkload, "add_attributions"): "attributions",
    (bulkload, "_fts_merging"): "tail: FTS5 optimize",
    (bulkload, "_statistics"): "tail: ANALYZE",
    (Connection, "commit"): "tail: commit",
}


class Stopwatch:
    """CPU seconds of this thread and wall seconds, summed by stage."""

    def __init__(self) -> None:
        self.cpu: Counter[str] = Counter()
        self.wall: Counter[str] = Counter()

    def timed(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            cpu, wall = time.thread_time(), time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.cpu[stage] += time.thread_time() - cpu
                self.wall[stage] += time.perf_counter() - wall

        return run

    def install(self) -> None:
        """Wrap each stage's function, the index builds and the wait for the reader's batches."""
        for (owner, name), stage in _STAGES.items():
            setattr(owner, name, self.timed(stage, getattr(owner, name)))
        builder = bulkload._builder
        bulkload._builder = lambda conn, index: self.timed(
            "tail: index builds", builder(conn, index)
        )
        messages = quotebank_bulk._messages

        def waited(*args: Any) -> Iterator[tuple[Any, ...]]:
            batches = messages(*args)
            while True:
                cpu, wall = time.thread_time(), time.perf_counter()
                message = next(batches, None)
                self.cpu["waiting for the reader"] += time.thread_time() - cpu
                self.wall["waiting for the reader"] += time.perf_counter() - wall
                if message is None:
                    return
                yield message

        quotebank_bulk._messages = waited


def plain_python(path: Path) -> dict[str, Any]:
    """bz2 and ``json.loads``, a line at a time, one thread: no validation, no normalising."""
    cpu, wall, lines = time.process_time(), time.perf_counter(), 0
    with bz2.open(path, "rt", encoding="utf-8") as fp:
        for line in fp:
            json.loads(line)
            lines += 1
    seconds = time.perf_counter() - wall
    return {"wall_s": round(seconds, 2), "cpu_s": round(time.process_time() - cpu, 2),
            "quotes_per_s": round(lines / seconds)}  # fmt: skip


def floor(path: Path) -> dict[str, Any]:
    cpu, wall = time.process_time(), time.perf_counter()
    quotes = read_rate(path)["quotes"]
    seconds = time.perf_counter() - wall
    return {"wall_s": round(seconds, 2), "cpu_s": round(time.process_time() - cpu, 2),
            "quotes_per_s": round(quotes / seconds)}  # fmt: skip


def bulk_import(path: Path, workdir: Path) -> dict[str, Any]:
    watch = Stopwatch()
    watch.install()
    engine = connect.open_database(f"sqlite:///{workdir / 'budget.db'}")
    before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    summary = quotebank_import.import_files(engine, [str(path)], bulk=True)
    seconds = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    engine.dispose()
    used = [
        a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime
        for a, b in zip(after, before, strict=True)
    ]
    return {
        "quotes": summary.lines,
        "wall_s": round(seconds, 2),
        "quotes_per_s": round(summary.lines / seconds),
        "importer_cpu_s": round(used[0], 2),
        "reader_cpu_s": round(used[1], 2),
        "stages": {
            stage: {"cpu_s": round(watch.cpu[stage], 2), "wall_s": round(watch.wall[stage], 2)}
            for stage, _ in watch.wall.most_common()
        },
        "database_mb": round((workdir / "budget.db").stat().st_size / 2**20),
    }


def markdown(report: dict[str, Any]) -> str:
    read, plain, load = report["floor"], report["plain_python"], report["bulk"]
    bound = (load["reader_cpu_s"] + load["importer_cpu_s"]) / 2
    tail = sum(v["wall_s"] for k, v in load["stages"].items() if k.startswith("tail"))
    lines = [
        "# Where a bulk import's CPU goes (SQLite)",
        "",
        f"{report['size']:,} generated quotes, one bzip2 file; load average before "
        f"{report['load_average']}. Regenerate: `python benchmarks/import_budget.py "
        f"--size {report['size']}`.",
        "",
        "| run | wall s | CPU s | quotes/s | x floor |",
        "|---|---:|---:|---:|---:|",
        f"| reading floor (decompress, parse, normalise) | {read['wall_s']} | {read['cpu_s']} "
        f"| {read['quotes_per_s']:,} | 1.00 |",
        f"| plain Python (bz2, json.loads) | {plain['wall_s']} | {plain['cpu_s']} "
        f"| {plain['quotes_per_s']:,} | {plain['quotes_per_s'] / read['quotes_per_s']:.2f} |",
        f"| bulk import | {load['wall_s']} | {load['reader_cpu_s']} reader + "
        f"{load['importer_cpu_s']} importer | {load['quotes_per_s']:,} "
        f"| {load['quotes_per_s'] / read['quotes_per_s']:.2f} |",
        "",
        f"On two cores the import cannot take less than (reader + importer CPU) / 2 = "
        f"{bound:.1f} s, at most {read['wall_s'] / bound:.2f}x the floor, and the work after "
        f"the last batch ({tail:.1f} s: the tail) runs on one core, the other idle: "
        f"(reader + importer + tail) / 2 = {bound + tail / 2:.1f} s, at most "
        f"{read['wall_s'] / (bound + tail / 2):.2f}x.",
        "",
        "The importer's main thread, by stage:",
        "",
        "| stage | CPU s | wall s |",
        "|---|---:|---:|",
        *(f"| {k} | {v['cpu_s']} | {v['wall_s']} |" for k, v in load["stages"].items()),
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--dry", action="store_true", help="print the results, write nothing")
    parser.add_argument(
        "--markdown-only", action="store_true", help="rewrite the .md from the .json, run nothing"
    )
    args = parser.parse_args()
    if args.markdown_only:
        report = json.loads((RESULTS / "import_budget.json").read_text())
        (RESULTS / "import_budget.md").write_text(markdown(report))
        return
    workdir = Path(tempfile.mkdtemp(prefix="quotebank-budget-"))
    try:
        path = write_file(workdir / f"quotes-{args.size}.json.bz2", args.size)
        report = {
            "size": args.size,
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "floor": floor(path),
            "plain_python": plain_python(path),
            "bulk": bulk_import(path, workdir),
        }
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(markdown(report))
    if not args.dry:
        (RESULTS / "import_budget.json").write_text(json.dumps(report, indent=2) + "\n")
        (RESULTS / "import_budget.md").write_text(markdown(report))


if __name__ == "__main__":
    main()
