"""Start-up: how long a query command takes from the shell on a small database.

A fresh SQLite database gets the five seed articles (``quotebank ingest
seeds/``), then each command below runs ``--runs`` times as a new process,
wall clock from ``subprocess`` start to exit:

* ``python -c pass``: the interpreter alone (the floor of any Python command);
* ``imports``: ``python -c "import ..."`` of what ``who-said`` loads (the CLI,
  the query layer and its ``sqlite3`` reader, Typer and the Pydantic adapters
  Typer builds for every parameter), no database opened;
* ``who-said "feel-out meeting"``, ``quotes --limit 5``, ``speakers --limit 5``.

The import share is ``imports`` over ``who-said`` (p50). Issue #16 asks for a
query command in at most 0.3 s wall on a quiet machine; these machines are
shared, so the floor is measured in the same run and reported beside it.

Run: ``.venv/bin/python benchmarks/startup.py``; results go to
``benchmarks/results/startup.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
QUOTEBANK = str(Path(sys.executable).with_name("quotebank"))
IMPORTS = (
    "import quotebank.cli.app, quotebank.storage.queries, quotebank.storage.reader, typer._adapters"
)


def timed(command: list[str], runs: int) -> dict[str, float]:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        seconds.append(time.perf_counter() - started)
    seconds.sort()
    return {
        "p50": round(statistics.median(seconds), 3),
        "p95": round(seconds[min(len(seconds) - 1, round(0.95 * (len(seconds) - 1)))], 3),
        "min": round(seconds[0], 3),
    }


def measure(runs: int) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "seeds.db")
        subprocess.run([QUOTEBANK, "--db", db, "ingest", str(ROOT / "seeds")], check=True,
                       capture_output=True)  # fmt: skip
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "imports": [sys.executable, "-c", IMPORTS],
            "who-said": [QUOTEBANK, "--db", db, "who-said", "feel-out meeting"],
            "quotes": [QUOTEBANK, "--db", db, "quotes", "--limit", "5"],
            "speakers": [QUOTEBANK, "--db", db, "speakers", "--limit", "5"],
        }
        return {name: timed(command, runs) for name, command in commands.items()}


def report(results: dict[str, dict[str, float]], runs: int) -> str:
    share = results["imports"]["p50"] / results["who-said"]["p50"]
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    lines = [
        "# Start-up of a query command (`benchmarks/startup.py`)",
        "",
        f"Wall seconds per process, {runs} runs each, on the five seed articles "
        f"(load average at the end: {load}).",
        "",
        "| command | p50 | p95 | min |",
        "|---|---|---|---|",
        *(f"| {name} | {r['p50']} | {r['p95']} | {r['min']} |" for name, r in results.items()),
        "",
        f"Import share of who-said (imports p50 / who-said p50): {share:.0%}. "
        f"who-said p50 is {results['who-said']['p50'] / results['python -c pass']['p50']:.1f}x "
        "the bare interpreter.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    args = parser.parse_args()
    results = measure(args.runs)
    text = report(results, args.runs)
    print(text)
    if not args.no_write:
        (RESULTS / "startup.json").write_text(json.dumps(results, indent=2) + "\n")
        (RESULTS / "startup.md").write_text(text)


if __name__ == "__main__":
    main()
