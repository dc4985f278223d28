"""Import Quotebank's quote files (``quotes-YYYY.json.bz2``) into the database.

Each quote (read by ``quotebank_format``) becomes the tables ``ingest`` fills:
the quote (keyed by its normalised text, like every quote), its speaker (a
person matched by name or alias key, with the Wikidata ids in ``speaker_qids``
and in ``wikidata_id`` when there is just one), and one attribution per URL,
in an article standing for that URL (its text is not in the file, so it is
stored empty; a quote with no URL gets an article of its own). Such an
attribution has no real offsets: ``start = end = quote_id`` (past the end of
the empty text, so its context is empty) keeps it unique per article and
quote, and its ``rule`` is ``"quotebank"``. Other candidate
speakers and ``phase`` are not kept.

Files are streamed and written in batches, each in one transaction of
driver-level bulk statements (``bulk``): an interrupted import leaves whole
batches, and importing a file again adds nothing. Keyed rows are written with
``INSERT ... ON CONFLICT DO NOTHING`` in key order, so several importers can
write to one PostgreSQL database at once; a batch that deadlocks anyway is run
again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from quotebank import errors
from quotebank.formats.quotebank import QuotebankQuote, open_quote_file, read_quotes
from quotebank.storage.bulk import Bulk, quote_ids
from quotebank.storage.dialect import insert_ignoring_conflicts, retrying
from quotebank.storage.schema import (
    Source,
    utcnow,
)
from quotebank.storage.search import optimize
from quotebank.storage.speakers import canonical_name, corrections, follow_corrections, ids_by_key
from quotebank.text.names import surname
from quotebank.text.outlets import outlet_domain

BATCH_SIZE = 20_000
RULE = "quotebank"
Progress = Callable[[int, int], None]  # (lines read, quotes written so far)


@dataclass(slots=True)
class ImportSummary:
    """What an import did; ``failures`` are ``file:LINE: reason`` lines."""

    lines: int = 0
    quotes: int = 0
    attributions: int = 0
    speakers: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"read {self.lines}, new quotes {self.quotes}, new attributions "
            f"{self.attributions}, new speakers {self.speakers}, failed {self.failed}"
        )


def _batches(
    items: Iterable[QuotebankQuote | str], size: int, summary: ImportSummary
) -> Iterator[list[QuotebankQuote]]:
    batch: list[QuotebankQuote] = []
    try:
        for item in items:
            summary.lines += 1
            if isinstance(item, str):
                summary.failed += 1
                summary.failures.append(item)
                continue
            batch.append(item)
            if len(batch) >= size:
                yield batch
                batch = []
    except (OSError, EOFError):  # a truncated or corrupt file: keep what was read, then say so
        if batch:
            yield batch
        raise
    if batch:
        yield batch


# --- writing ----------------------------------------------------------------


class _Writer:
    """Writes batches; remembers speakers and sources across batches."""

    def __init__(self, engine: Engine, origin: str) -> None:
        self.engine = engine
        self.origin = origin
        self.speakers: dict[str, int] = {}
        self.named: dict[str, tuple[str, str]] = {}  # raw name -> name_key(raw), made before
        self.sources: dict[str, int] = {}
        with engine.connect() as conn:
            self.corrections = corrections(conn)

    def write(self, batch: list[QuotebankQuote], summary: ImportSummary) -> None:
        counts = retrying(lambda: self._transaction(batch))
        summary.quotes += counts[0]
        summary.attributions += counts[1]
        summary.speakers += counts[2]

    def _transaction(self, batch: list[QuotebankQuote]) -> tuple[int, int, int]:
        """Write a batch in one transaction; rolled back, the caches forget it too."""
        speakers, sources = dict(self.speakers), dict(self.sources)
        try:
            with self.engine.begin() as conn:
                return self._write(Bulk(conn), batch)
        except DBAPIError:
            self.speakers, self.sources = speakers, sources
            raise

    def _write(self, bulk: Bulk, batch: list[QuotebankQuote]) -> tuple[int, int, int]:
        bulk.lock()
        quote_ids, new_quotes = _quote_ids(bulk, batch)
        new_speakers = self.speaker_ids(bulk, ((q.speaker, q.qids) for q in batch if q.speaker))
        article_ids = self._article_ids(bulk, batch)
        rows = []
        for quote in batch:
            quote_id = quote_ids[quote.norm]
            speaker_id = self.speakers.get(quote.speaker) if quote.speaker else None
            said_on = bulk.date_value(quote.said_on)
            for key in _article_keys(quote):
                rows.append((quote_id, article_ids[key], speaker_id, quote_id, quote_id, 0,
                             "direct", quote.probability, RULE, said_on))  # fmt: skip
        rows.sort(key=lambda row: (row[1], row[3]))
        return (
            new_quotes,
            bulk.insert("attributions", _ATTRIBUTION, rows, ignore=True),
            new_speakers,
        )

    # speakers

    def speaker_ids(self, bulk: Bulk, named: Iterable[tuple[str, tuple[str, ...]]]) -> int:
        """Resolve new speaker names (by name or alias key) of ``(raw name, qids)`` pairs in
        reading order, the first qids of a name kept; returns how many speakers were new."""
        qids: dict[str, tuple[str, ...]] = {}
        for speaker, found in named:
            if speaker not in self.speakers:
                qids.setdefault(speaker, found)
        if not qids:
            return 0
        keys = {name: self.named.get(name) or self.name_key(name) for name in qids}
        known = ids_by_key(bulk.conn, [key for _, key in keys.values()], "person")
        missing: dict[str, tuple[str, str | None]] = {}  # key -> (name, qid); first one wins
        for raw, (canonical, key) in keys.items():
            if key and key not in known:
                missing.setdefault(key, (canonical, _single(qids[raw])))
        rows = [
            ("person", name, key, surname(name), qid)
            for key, (name, qid) in sorted(missing.items())
        ]
        bulk.insert("speakers", _SPEAKER, rows, ignore=True)
        known.update(ids_by_key(bulk.conn, missing, "person"))
        self.speakers.update((n, known[key]) for n, (_, key) in keys.items() if key in known)
        ids = {raw: self.speakers[raw] for raw in keys if raw in self.speakers}
        aliases = [(raw, keys[raw][1], ids[raw]) for raw in sorted(ids) if raw == keys[raw][0]]
        bulk.insert("speaker_aliases", ("alias", "alias_key", "speaker_id"), aliases, ignore=True)
        pairs = {(ids[raw], qid) for raw, found in qids.items() if raw in ids for qid in found}
        bulk.insert("speaker_qids", ("speaker_id", "qid"), sorted(pairs), ignore=True)
        single = {ids[raw]: _single(found) for raw, found in qids.items() if raw in ids}
        bulk.fill("speakers", "wikidata_id", sorted((i, q) for i, q in single.items() if q))
        return len(missing)

    def name_key(self, raw: str) -> tuple[str, str]:
        """The canonical name of a raw speaker name after manual corrections, and its key."""
        return follow_corrections(canonical_name(raw, "person"), "person", self.corrections.get)

    # articles

    def _article_ids(self, bulk: Bulk, batch: list[QuotebankQuote]) -> dict[str, int]:
        """Ids of the articles standing for the batch's URLs (and URL-less quotes)."""
        hashes: dict[str, str] = {}
        for quote in batch:
            for key in _article_keys(quote):
                if key not in hashes:
                    hashes[key] = article_hash(key)
        found = bulk.ids("articles", "content_hash", hashes.values())
        missing = sorted((digest, key) for key, digest in hashes.items() if digest not in found)
        if not missing:
            return {key: found[digest] for key, digest in hashes.items()}
        domains = {key: _domain(key) for _, key in missing}
        self._add_sources(bulk, set(domains.values()))
        now = bulk.time_value(utcnow())
        ids = bulk.reserve("articles", len(missing))
        rows = [
            self._article(key, digest, domains[key], now, article_id)
            for (digest, key), article_id in zip(missing, ids, strict=True)
        ]
        bulk.insert("articles", _ARTICLE, rows, ignore=not bulk.sqlite)
        found.update(
            (digest, article_id) for (digest, _), article_id in zip(missing, ids, strict=True)
        )
        if not bulk.sqlite:  # another writer may have added some of them first
            found.update(bulk.ids("articles", "content_hash", [d for d, _ in missing]))
        return {key: found[digest] for key, digest in hashes.items()}

    def _article(
        self, key: str, digest: str, domain: str | None, now: Any, article_id: int
    ) -> tuple[Any, ...]:
        url = None if key.startswith(_NO_URL) else key
        doc_id = key.removeprefix(_NO_URL) if url is None else None
        source_id = self.sources.get(domain) if domain else None
        return (article_id, source_id, doc_id, url, "", digest, self.origin, now)

    def _add_sources(self, bulk: Bulk, domains: set[str | None]) -> None:
        """Outlets (by domain) of new articles."""
        new = sorted(d for d in domains if d is not None and d not in self.sources)
        if new:
            rows = [{"name": domain, "domain": domain} for domain in new]
            bulk.conn.execute(insert_ignoring_conflicts(bulk.conn, Source), rows)
            self.sources.update(bulk.ids("sources", "name", new))


_SPEAKER = ("kind", "name", "name_key", "surname_key", "wikidata_id")
_NO_URL = "quotebank:"  # the article key of a quote with no URL: quotebank:QUOTEID
_ARTICLE = ("id", "source_id", "doc_id", "url", "text", "content_hash", "origin", "ingested_at")
_ATTRIBUTION = ("quote_id", "article_id", "speaker_id", "start", "end", "grp", "kind",
                "confidence", "rule", "said_on")  # fmt: skip


def article_hash(key: str) -> str:
    """The ``content_hash`` of the article standing for a URL (or a URL-less quote)."""
    return hashlib.sha256(f"quotebank-article\0{key}".encode()).hexdigest()


def _article_keys(quote: QuotebankQuote) -> tuple[str, ...]:
    return quote.urls or (f"{_NO_URL}{quote.quote_id or quote.norm}",)


def _domain(key: str) -> str | None:
    """The outlet of an article key: its URL's host, cut to fit ``sources.name``."""
    domain = None if key.startswith(_NO_URL) else outlet_domain(key)
    return domain[:200] if domain else None


def _quote_ids(bulk: Bulk, batch: list[QuotebankQuote]) -> tuple[dict[str, int], int]:
    """Ids of the batch's quotes by norm, adding the new ones in key order; how many were new."""
    first: dict[str, str] = {}
    for quote in batch:
        first.setdefault(quote.norm, quote.quotation)
    return quote_ids(bulk, dict(sorted(first.items())))


def _single(qids: tuple[str, ...]) -> str | None:
    """The Wikidata id of a name that has only one."""
    return qids[0] if len(qids) == 1 else None


# --- the whole import ---------------------------------------------------------


def import_stream(
    engine: Engine,
    fp: IO[str],
    origin: str,
    *,
    batch_size: int = BATCH_SIZE,
    summary: ImportSummary | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import the quotes of one open Quotebank file."""
    summary = summary if summary is not None else ImportSummary()
    writer = _Writer(engine, origin)
    # The next batch is read while the last one is written: the database
    # driver lets go of the GIL, so reading and writing share two cores.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="quotebank-write") as pool:
        writing: Future[None] | None = None
        for batch in _batches(read_quotes(fp, origin), batch_size, summary):
            if writing is not None:
                _written(writing, summary, progress)
            writing = pool.submit(writer.write, batch, summary)
        if writing is not None:
            _written(writing, summary, progress)
    return summary


def _written(writing: Future[None], summary: ImportSummary, progress: Progress | None) -> None:
    """Wait for a batch to be written (raising what writing it raised), then report."""
    writing.result()
    if progress is not None:
        progress(summary.lines, summary.quotes)


def import_files(
    engine: Engine,
    paths: Iterable[str | Path],
    *,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    bulk: bool | None = None,
) -> ImportSummary:
    """Import Quotebank quote files; a file that cannot be opened is one failure.

    ``bulk``: by the bulk path (``quotebank_bulk``: staged, then merged at
    once), or batch by batch; None chooses the bulk path when the files hold
    at least as many quotes as the database.
    """
    from quotebank.pipeline import quotebank_bulk  # it builds on this module

    paths = list(paths)
    summary = ImportSummary()
    if bulk if bulk is not None else quotebank_bulk.large_load(engine, paths):
        quotebank_bulk.import_bulk(
            engine, paths, batch_size=batch_size, summary=summary, progress=progress
        )
    else:
        _import_each(engine, paths, batch_size, summary, progress)
    if summary.quotes:
        optimize(engine, added=summary.quotes)
    return summary


def _import_each(
    engine: Engine,
    paths: list[str | Path],
    batch_size: int,
    summary: ImportSummary,
    progress: Progress | None,
) -> None:
    """The incremental path: each file streamed in batches of one transaction each."""
    for path in paths:
        try:
            fp = open_quote_file(path)
        except errors.InputError as exc:
            summary.failed += 1
            summary.failures.append(str(exc))
            continue
        with fp:
            try:
                import_stream(
                    engine, fp, str(path), batch_size=batch_size, summary=summary,
                    progress=progress,
                )  # fmt: skip
            except (OSError, EOFError, UnicodeError) as exc:
                summary.failed += 1
                summary.failures.append(f"{path}: cannot read: {exc}")
