"""The bulk path of ``import-quotebank``: a large load staged and merged by set-based SQL.

Used when a load is large next to the database (``large_load``: an empty
database, or files holding at least as many quotes as are stored). A second
process decompresses and parses the files (``_read``) and makes the staging
rows (numbered lines, article hashes and domains); this one stages each batch
(``storage.staging``) and merges it at once with ``INSERT ... SELECT`` joins
(``storage.bulkload``) while the reader reads the next: all batches in one
transaction (``bulkload.merging``), indexes built once at its end. Speakers
are resolved in Python through the same code as the incremental import, per
file. Killed while loading, the database is as it was; loading again adds
nothing; the rows are those the incremental import writes for the same files.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import threading
from collections.abc import Iterator
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
_GC_THRESHOLD = 50_000  # new objects between two runs of the cyclic garbage collector


def large_load(engine: Engine, paths: list[str | Path]) -> bool:
    """Whether the files hold at least as many quotes as the database (empty: always)."""
    with engine.connect() as conn:
        return _rebuild(_stored(conn), paths)


def _stored(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM quotes").scalar() or 0)


def _rebuild(stored: int, paths: list[str | Path]) -> bool:
    """Whether a load is large next to the database: its indexes are then built after it."""
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


def _read_process(*args: Any) -> None:
    """``_read`` as a process of its own, its garbage collector set for reading (see
    ``_collect_less``)."""
    _collect_less()
    _read(*args)


def _collect_less() -> None:
    """Fewer runs of the cyclic garbage collector: the objects there at the start (in the
    reader, all it inherited at the fork) are never scanned again (``gc.freeze``), and a
    run comes after 50,000 new objects instead of 700. Reading makes millions of acyclic
    objects (each line's dict, lists, strings), freed by their counts, so memory stays
    flat; at the default, collections took ~15% of the reading time."""
    gc.freeze()
    gc.set_threshold(_GC_THRESHOLD, *gc.get_threshold()[1:])


def _read(paths: list[str | Path], out: Any, batch_size: int, parent: int, key_of: Any) -> None:
    """Send each file's staging rows in batches: ``("lines", file, tables, speakers,
    failures, read)``, ``("failed", reason)``, and ``("done",)`` at the end (``("error",
    text)`` if this failed)."""

    def send(message: tuple[Any, ...]) -> None:
        while True:  # the importer killed, this process ends instead of waiting for it
            try:
                return out.put(message, timeout=1)
            except queue.Full:
                if os.getppid() != parent:
                    os._exit(1)

    try:
        rows = _Rows(key_of)
        for number, path in enumerate(paths):
            try:
                fp = open_quote_file(path)
            except errors.InputError as exc:
                send(("failed", str(exc)))
                continue
            rows.file = number
            with fp:
                for message in _file_batches(rows, fp, str(path), batch_size):
                    send(message)
        send(("done",))
    except BaseException as exc:  # told to the writer, which raises it
        send(("error", f"{type(exc).__name__}: {exc}"))


def _file_batches(rows: _Rows, fp: Any, origin: str, size: int) -> Iterator[tuple[Any, ...]]:
    seen: set[str] = set()  # speakers named earlier in this file
    try:
        for item in read_quotes(fp, origin):
            rows.read += 1
            if isinstance(item, str):
                rows.failures.append(item)
                continue
            if item.speaker and item.speaker not in seen:
                seen.add(item.speaker)
                rows.name(item.speaker, item.qids)
            rows.add(item)
            if len(rows.norms) >= size:
                yield rows.take()
    except (OSError, EOFError, UnicodeError) as exc:
        yield rows.take()
        yield ("failed", f"{origin}: cannot read: {exc}")
        return
    yield rows.take()


class _Rows:
    """One batch's staging rows (``staging.COLUMNS``), made in the reader, column by column
    (a list of each is cheaper to pickle than a tuple a row): lines and URL rows numbered
    across the whole load; the batch's distinct quotes and articles (hash, domain) ranked by
    key in code-point order (as SQLite and "C" sort them); the keys of the speakers' names
    (``key_of``: the incremental import's ``_Writer.name_key``)."""

    def __init__(self, key_of: Any) -> None:
        self.key_of = key_of
        self.file = self.line = self.urow = 0
        self._clear()

    def _clear(self) -> None:
        self.first_line, self.first_urow = self.line + 1, self.urow + 1
        self.names: list[str | None] = []  # a line's speaker, said_on, probability, norm
        self.days: list[str | None] = []
        self.probabilities: list[float] = []
        self.norms: list[str] = []
        self.url_lines: list[int] = []  # a URL row's line and digest
        self.digests: list[str] = []
        self.speakers: list[tuple[str, tuple[str, ...], tuple[str, str]]] = []
        self.failures: list[str] = []
        self.read = 0
        self.articles: dict[str, tuple[int, str, str | None, str | None, str | None]] = {}
        self.quotes: dict[str, str] = {}  # norm -> its first line's text

    def add(self, quote: QuotebankQuote) -> None:
        self.line += 1
        self.names.append(quote.speaker)
        self.days.append(quote.said_on.isoformat() if quote.said_on else None)
        self.probabilities.append(quote.probability)
        self.norms.append(quote.norm)
        self.quotes.setdefault(quote.norm, quote.quotation)
        for key in _article_keys(quote):
            if (article := self.articles.get(key)) is None:
                article = self.articles[key] = _article(key, self.file)
            self.urow += 1
            self.url_lines.append(self.line)
            self.digests.append(article[1])

    def name(self, raw: str, qids: tuple[str, ...]) -> None:
        """A speaker's name new in this file, its first Wikidata ids and its key."""
        self.speakers.append((raw, qids, self.key_of(raw)))

    def take(self) -> tuple[Any, ...]:
        """The batch as a message (``{table: columns}``); the next one starts empty."""
        norms = sorted(self.quotes)
        qrank = {norm: rank for rank, norm in enumerate(norms, 1)}
        articles = sorted(self.articles.values(), key=lambda row: row[1])  # by digest
        arank = {row[1]: rank for rank, row in enumerate(articles, 1)}
        tables = {
            "stage_lines": (range(self.first_line, self.line + 1), self.names, self.days,
                            self.probabilities, [qrank[norm] for norm in self.norms]),
            "stage_urls": (range(self.first_urow, self.urow + 1), self.url_lines,
                           [arank[digest] for digest in self.digests]),
            "stage_quote_ids": (range(1, len(norms) + 1), norms,
                                [self.quotes[norm] for norm in norms]),
            "stage_article_ids": (range(1, len(articles) + 1), *zip(*articles, strict=True)),
        }  # fmt: skip
        message = ("lines", self.file, tables, self.speakers, self.failures, self.read)
        self._clear()
        return message


def _article(key: str, file: int) -> tuple[int, str, str | None, str | None, str | None]:
    """``(file, digest, url, doc_id, domain)`` of an article key."""
    url = None if key.startswith(_NO_URL) else key
    doc_id = key.removeprefix(_NO_URL) if url is None else None
    return file, article_hash(key), url, doc_id, _domain(key)


def _messages(paths: list[str | Path], batch_size: int, key_of: Any) -> Iterator[tuple[Any, ...]]:
    """The reader's messages, as it sends them; its process stopped when this stops.

    A daemonic process (a ``multiprocessing.Pool`` worker) may not start one:
    there the reader is a thread, and reading shares this process's core.
    """
    context: Any = multiprocessing.get_context("fork")
    if multiprocessing.current_process().daemon:
        context = _Threads
    lines = context.Queue(_QUEUE)
    target = _read if context is _Threads else _read_process
    reader = context.Process(target=target, args=(paths, lines, batch_size, os.getpid(), key_of))
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
    """One bulk load over one connection: each batch staged and merged in the load's one
    transaction; speakers resolved per file as the incremental import does; the summary."""

    def __init__(self, conn: Connection, summary: ImportSummary, writer: _Writer) -> None:
        self.conn = conn
        self.stage = staging.Stage(conn)
        self.summary = summary
        self.writer = writer
        self.file = -1
        self.now = Bulk(conn).time_value(utcnow())

    def add(self, number: int, tables: dict[str, list[Any]], speakers: list[Any]) -> None:
        """Stage a batch of a file's rows and merge them (``bulkload.merge``)."""
        for table, columns in tables.items():
            self.stage.append(table, staging.COLUMNS[table], list(zip(*columns, strict=True)))
        self.stage.analyze()
        self.summary.speakers += self._speaker_ids(number, speakers)
        quotes, attributions = bulkload.merge(self.conn, self.now)
        self.stage.clear()
        self.summary.quotes += quotes
        self.summary.attributions += attributions

    def _speaker_ids(self, number: int, speakers: list[tuple[str, Any, tuple[str, str]]]) -> int:
        """Resolve the names new in this file as the incremental import does (its cache kept
        for the file; the names' keys made by the reader); their ids into staging (a name's
        first id in the load kept)."""
        if number != self.file:
            self.file, self.writer.speakers = number, {}
        self.writer.named = {raw: key for raw, _, key in speakers}
        bulk = Bulk(self.conn)
        added = self.writer.speaker_ids(bulk, [(raw, qids) for raw, qids, _ in speakers])
        known = self.writer.speakers
        rows = sorted({raw: known[raw] for raw, _, _ in speakers if raw in known}.items())
        bulk.insert("stage_speaker_ids", ("raw", "id"), rows, ignore=True)
        return added


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
    threshold = gc.get_threshold()
    try:
        _collect_less()
        _import(engine, paths, batch_size, summary, progress, writer)
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
    return summary


def _import(
    engine: Engine,
    paths: list[str | Path],
    batch_size: int,
    summary: ImportSummary,
    progress: Progress | None,
    writer: _Writer,
) -> None:
    with engine.connect() as conn:
        load = _Load(conn, summary, writer)
        load.stage.create()
        load.stage.append("stage_files", ("file", "origin"),
                          [(n, str(p)) for n, p in enumerate(paths)])  # fmt: skip
        rebuild = _rebuild(_stored(conn), paths)
        try:
            with bulkload.merging(conn, rebuild=rebuild):
                for message in _messages(paths, max(batch_size, 1), writer.name_key):
                    _handle(load, message, progress)
        finally:
            load.stage.drop()


def _handle(load: _Load, message: tuple[Any, ...], progress: Progress | None) -> None:
    if message[0] == "failed":
        load.summary.failed += 1
        load.summary.failures.append(message[1])
        return
    _, number, tables, speakers, failures, read = message
    load.summary.failed += len(failures)
    load.summary.failures.extend(failures)
    if tables["stage_lines"][0]:
        load.add(number, tables, speakers)
    load.summary.lines += read
    if progress is not None:
        progress(load.summary.lines, load.summary.quotes)
