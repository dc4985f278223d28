"""The bulk path of ``import-quotebank``: a large load staged, then merged by set-based SQL.

Used when a load is large next to the database (``large_load``: an empty
database, or files holding at least as many quotes as are stored). A second
process decompresses and parses the files (``_read``) while this one streams
its lines into staging tables (``storage.staging``), in large transactions
that touch nothing of the database; then one transaction resolves the
speakers (in Python, through the same code as the incremental import, one
file at a time) and merges the rest with ``INSERT ... SELECT`` joins
(``storage.bulkload``), building indexes once at the end. Killed while
staging or merging, the database is as it was; loading again adds nothing;
the rows are those the incremental import writes for the same files.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from quotebank import errors
from quotebank.formats.quotebank import QuotebankQuote, open_quote_file, read_quotes
from quotebank.pipeline.quotebank_import import (
    _NO_URL,
    ImportSummary,
    Progress,
    _article_keys,
    _domain,
    _Writer,
    article_hash,
)
from quotebank.storage import bulkload, staging
from quotebank.storage.bulk import Bulk
from quotebank.storage.schema import utcnow

BYTES_PER_QUOTE = {".bz2": 120, ".gz": 150}  # of Quotebank's files; uncompressed: 450
_PLAIN_BYTES = 450
_QUEUE = 4  # batches read ahead of the writer

Line = tuple[str, str, str | None, date | None, float, tuple[str, ...]]


def large_load(engine: Engine, paths: list[str | Path]) -> bool:
    """Whether the files hold at least as many quotes as the database (empty: always)."""
    with engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM quotes").scalar() or 0
    return not stored or _estimated_quotes(paths) >= stored


def _estimated_quotes(paths: list[str | Path]) -> int:
    total = 0
    for path in paths:
        try:
            size = Path(path).stat().st_size
        except OSError:
            continue
        total += size // BYTES_PER_QUOTE.get(Path(path).suffix, _PLAIN_BYTES)
    return total


# --- reading, in a process of its own ---------------------------------------------


def _read(paths: list[str | Path], out: Any, batch_size: int, parent: int) -> None:
    """Send each file's lines in batches: ``("lines", file, lines, speakers, failures, read)``,
    ``("failed", reason)``, and ``("done",)`` at the end (``("error", text)`` if this failed)."""

    def send(message: tuple[Any, ...]) -> None:
        while True:  # the importer killed, this process ends instead of waiting for it
            try:
                return out.put(message, timeout=1)
            except queue.Full:
                if os.getppid() != parent:
                    os._exit(1)

    try:
        for number, path in enumerate(paths):
            try:
                fp = open_quote_file(path)
            except errors.InputError as exc:
                send(("failed", str(exc)))
                continue
            with fp:
                for message in _file_batches(number, fp, str(path), batch_size):
                    send(message)
        send(("done",))
    except BaseException as exc:  # told to the writer, which raises it
        send(("error", f"{type(exc).__name__}: {exc}"))


def _file_batches(number: int, fp: Any, origin: str, size: int) -> Iterator[tuple[Any, ...]]:
    seen: set[str] = set()  # speakers named earlier in this file
    lines: list[Line] = []
    speakers: list[tuple[str, tuple[str, ...]]] = []
    failures: list[str] = []
    read = 0
    try:
        for item in read_quotes(fp, origin):
            read += 1
            if isinstance(item, str):
                failures.append(item)
                continue
            if item.speaker and item.speaker not in seen:
                seen.add(item.speaker)
                speakers.append((item.speaker, item.qids))
            lines.append(_line(item))
            if len(lines) >= size:
                yield ("lines", number, lines, speakers, failures, read)
                lines, speakers, failures, read = [], [], [], 0
    except (OSError, EOFError, UnicodeError) as exc:
        yield ("lines", number, lines, speakers, failures, read)
        yield ("failed", f"{origin}: cannot read: {exc}")
        return
    yield ("lines", number, lines, speakers, failures, read)


def _line(quote: QuotebankQuote) -> Line:
    return (quote.norm, quote.quotation, quote.speaker, quote.said_on, quote.probability,
            _article_keys(quote))  # fmt: skip


def _messages(paths: list[str | Path], batch_size: int) -> Iterator[tuple[Any, ...]]:
    """The reader's messages, as it sends them; its process stopped when this stops.

    A daemonic process (a ``multiprocessing.Pool`` worker) may not start one:
    there the reader is a thread, and reading shares this process's core.
    """
    context: Any = multiprocessing.get_context("fork")
    if multiprocessing.current_process().daemon:
        context = _Threads
    lines = context.Queue(_QUEUE)
    reader = context.Process(target=_read, args=(paths, lines, batch_size, os.getpid()))
    reader.start()
    try:
        while (message := lines.get())[0] != "done":
            if message[0] == "error":
                raise RuntimeError(f"reading Quotebank files failed: {message[1]}")
            yield message
    finally:
        if reader.is_alive():
            reader.kill()
        reader.join()
        lines.close()


class _Threads:
    """``multiprocessing``'s ``Queue`` and ``Process`` as a queue and a thread."""

    class Queue(queue.Queue[Any]):
        def close(self) -> None:
            pass

    class Process(threading.Thread):
        def __init__(self, target: Any, args: tuple[Any, ...]) -> None:
            super().__init__(target=target, args=args, daemon=True)

        def kill(self) -> None:
            """A thread cannot be killed: it stops at its next batch (see ``_read``)."""


# --- staging and merging ------------------------------------------------------------


class _Load:
    """One bulk load over one connection: staged lines, speakers per file, the summary."""

    def __init__(self, conn: Connection, summary: ImportSummary) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.stage = staging.Stage(conn)
        self.summary = summary
        self.staged = 0
        self.urls = 0
        self.speakers: dict[int, list[tuple[str, tuple[str, ...]]]] = {}

    def add(self, number: int, lines: list[Line], speakers: list[Any], read: int) -> None:
        """Stage a batch of a file's lines (one transaction)."""
        line_rows, url_rows = [], []
        articles: dict[str, tuple[str, str | None, str | None, str | None]] = {}
        for norm, text, speaker, said_on, probability, keys in lines:
            self.staged += 1
            day = said_on.isoformat() if self.sqlite and said_on else said_on
            line_rows.append((self.staged, number, norm, text, speaker, day, probability))
            for key in keys:
                if key not in articles:
                    articles[key] = _article(key)
                self.urls += 1
                url_rows.append((self.urls, self.staged, number, *articles[key]))
        self.stage.append("stage_lines", staging.LINES, line_rows)
        self.stage.append("stage_urls", staging.URLS, url_rows)
        self.conn.commit()
        self.speakers.setdefault(number, []).extend(speakers)
        self.summary.lines += read

    def merge(self, writer: _Writer) -> None:
        """Everything staged into the tables, in one transaction."""
        self.stage.analyze()
        stored = self.conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM quotes").scalar()
        with bulkload.merging(self.conn, rebuild=int(stored or 0) <= self.staged):
            self.summary.speakers += self._speaker_ids(writer)
            now = Bulk(self.conn).time_value(utcnow())
            quotes, attributions = bulkload.merge(self.conn, now)
        self.summary.quotes += quotes
        self.summary.attributions += attributions

    def _speaker_ids(self, writer: _Writer) -> int:
        """Resolve each file's speakers as the incremental import does; ids into staging."""
        bulk, added = Bulk(self.conn), 0
        ids: dict[str, int] = {}
        for number in sorted(self.speakers):
            writer.speakers = {}
            added += writer.speaker_ids(bulk, self.speakers[number])
            for raw, speaker_id in writer.speakers.items():
                ids.setdefault(raw, speaker_id)
        self.stage.append("stage_speaker_ids", ("raw", "id"), sorted(ids.items()))
        return added


def _article(key: str) -> tuple[str, str | None, str | None, str | None]:
    """``(digest, url, doc_id, domain)`` of an article key."""
    url = None if key.startswith(_NO_URL) else key
    doc_id = key.removeprefix(_NO_URL) if url is None else None
    return article_hash(key), url, doc_id, _domain(key)


def import_bulk(
    engine: Engine,
    paths: list[str | Path],
    *,
    batch_size: int,
    summary: ImportSummary,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import Quotebank files by the bulk path (see the module's notes)."""
    writer = _Writer(engine, "")
    engine.dispose()  # idle pooled connections closed: the merge may then leave WAL (bulkload)
    with engine.connect() as conn:
        load = _Load(conn, summary)
        load.stage.create()
        load.stage.append("stage_files", ("file", "origin"),
                          [(n, str(p)) for n, p in enumerate(paths)])  # fmt: skip
        conn.commit()
        try:
            for message in _messages(paths, max(batch_size, 1)):
                _handle(load, message, progress)
            load.merge(writer)
        finally:
            load.stage.drop()
    return summary


def _handle(load: _Load, message: tuple[Any, ...], progress: Progress | None) -> None:
    if message[0] == "failed":
        load.summary.failed += 1
        load.summary.failures.append(message[1])
        return
    _, number, lines, speakers, failures, read = message
    load.summary.failed += len(failures)
    load.summary.failures.extend(failures)
    load.add(number, lines, speakers, read)
    if progress is not None:
        progress(load.summary.lines, load.summary.quotes)
