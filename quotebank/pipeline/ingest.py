"""Read articles, run the engine over them, store what it finds.

Articles are written in short batched transactions (on SQLite up to
``COMMIT_EVERY`` articles or ``COMMIT_SECONDS``, whichever comes first; on
PostgreSQL, where concurrent writers retry per article, one article each), so
stopping the process at any moment leaves every stored article complete; the
next run skips what is already stored (by content hash) before parsing
anything and carries on. With ``indirect`` reported speech is found and stored
too (``engine.report_pairs``: every sentence with a reporting cue is parsed as
well, so slower; see benchmarks/results/ingest_speed.md).
Input is streamed: only the articles the engine is working on are held in
memory. Nothing here prints; a ``progress`` callback reports as it goes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select

from quotebank import engine
from quotebank.formats.articles import ReadFailure
from quotebank.records import ArticleInput, EngineFailure, FoundAttribution, FoundQuote
from quotebank.storage import articles as store
from quotebank.storage.schema import Article
from quotebank.storage.speakers import RememberedSpeakers
from quotebank.text.keys import content_hash

if TYPE_CHECKING:
    from spacy.language import Language
    from sqlalchemy.orm import Session, sessionmaker

Progress = Callable[[int, int], None]  # (articles done, quotes found so far)
Found = tuple[list[FoundQuote], list[FoundAttribution] | None]  # None: not looked for
COMMIT_EVERY = 32  # articles per transaction on SQLite: a commit costs an fsync
COMMIT_SECONDS = 1.0  # ... or sooner, so other writers never wait long for the lock


@dataclass(slots=True)
class IngestSummary:
    """What a run did: counts, and every input that was skipped."""

    ingested: int = 0
    present: int = 0
    failed: int = 0
    quotes: int = 0
    reprocessed: int = 0
    reported: int | None = None  # reported speech stored; None when not looked for
    failures: list[ReadFailure] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.ingested + self.present + self.failed + self.reprocessed

    def __str__(self) -> str:
        line = (
            f"ingested {self.ingested}, already present {self.present}, "
            f"failed {self.failed}, quotes {self.quotes}"
        )
        if self.reported is not None:
            line += f", reported speech {self.reported}"
        return f"{line}, reprocessed {self.reprocessed}" if self.reprocessed else line


@dataclass(slots=True)
class _Pending:
    """An article on its way through the engine."""

    article: ArticleInput
    digest: str
    stored_id: int | None  # set when reprocessing an article already stored


class _Run:
    """One ingest: the summary, the progress callback, the hashes in flight."""

    def __init__(self, sessions: sessionmaker[Session], progress: Progress | None) -> None:
        self.sessions = sessions
        self.summary = IngestSummary()
        self.progress = progress
        self.digests: set[str] = set()  # of the articles in flight
        self.speakers = RememberedSpeakers()  # resolved, from one transaction to the next

    def report(self) -> None:
        if self.progress is not None:
            self.progress(self.summary.done, self.summary.quotes)

    def fail(self, failure: ReadFailure) -> None:
        self.summary.failed += 1
        self.summary.failures.append(failure)
        self.report()

    def already_present(self) -> None:
        self.summary.present += 1
        self.report()

    def stored_id(self, digest: str) -> int | None:
        with self.sessions() as session:
            return store.already_stored(session, digest)


class _Writer:
    """The open write transaction: committed every few articles, and on the way out.

    Articles written but not yet committed keep their hashes in ``run.digests``,
    so a repeat of one in the same run is still recognised.
    """

    def __init__(self, run: _Run) -> None:
        self.run = run
        self.session: Session | None = None
        self.digests: list[str] = []
        self.opened = 0.0
        with run.sessions() as session:
            batched = session.get_bind().dialect.name == "sqlite"
        self.every = COMMIT_EVERY if batched else 1

    def begin(self) -> Session:
        if self.session is None:
            self.session = self.run.sessions()
            self.session.begin()
            self.run.speakers.share(self.session)
            self.opened = time.monotonic()
        return self.session

    def written(self, digest: str) -> None:
        self.digests.append(digest)
        due = time.monotonic() - self.opened >= COMMIT_SECONDS
        if len(self.digests) >= self.every or due:
            self.commit()

    def commit(self) -> None:
        if self.session is not None:
            self.session.commit()
            self.session.close()
            self.session = None
        self.run.digests.difference_update(self.digests)
        self.digests.clear()

    def rollback(self) -> None:
        if self.session is not None:
            self.session.rollback()
            self.session.close()
            self.session = None
        self.run.digests.difference_update(self.digests)  # not stored after all
        self.digests.clear()


def _store_all(run: _Run, analyzed: Iterable[tuple[_Pending, Found | EngineFailure]]) -> None:
    """Write each analyzed article; on any error, keep the complete ones and stop.

    An error while writing an article rolls back the open transaction (that
    article and the others not yet committed); an error anywhere else (the
    engine, the input, an interrupt between articles) commits what is written.
    """
    writer = _Writer(run)
    try:
        for pending, found in analyzed:
            if isinstance(found, EngineFailure):  # reported; the other articles go on
                run.fail(ReadFailure(pending.article.origin, f"engine failed: {found.reason}"))
                run.digests.discard(pending.digest)
                continue
            try:
                _save(run, writer.begin(), pending, found)
            except BaseException:
                writer.rollback()
                raise
            writer.written(pending.digest)
            run.report()
    finally:
        writer.commit()


def ingest(
    sessions: sessionmaker[Session],
    items: Iterable[ArticleInput | ReadFailure],
    nlp: Language,
    *,
    workers: int = 1,
    reprocess: bool = False,
    progress: Progress | None = None,
    selective: bool | None = None,
    indirect: bool = False,
) -> IngestSummary:
    """Analyze and store every article in ``items``; count the failures.

    An article already stored is skipped without parsing, unless ``reprocess``
    is set: then its attributions are replaced with what the engine finds now.
    ``selective`` is passed to ``nlp.analyze_many`` or ``report_pairs`` (None: its
    default); with ``indirect`` reported speech is stored too.
    """
    run = _Run(sessions, progress)
    to_parse = _to_parse(run, items, reprocess)
    _store_all(run, _analyzed(run, nlp, to_parse, workers, selective, indirect))
    return run.summary


def _analyzed(
    run: _Run,
    nlp: Language,
    items: Iterable[tuple[_Pending, str]],
    workers: int,
    selective: bool | None,
    indirect: bool,
) -> Iterator[tuple[_Pending, Found | EngineFailure]]:
    """Each article's quotes, and its reported speech when ``indirect``."""
    if indirect:
        run.summary.reported = 0
        yield from engine.report_pairs(nlp, items, n_process=workers, selective=selective)
        return
    pairs = engine.analyze_pairs(nlp, items, n_process=workers, selective=selective)
    for pending, found in pairs:
        yield pending, found if isinstance(found, EngineFailure) else (found, None)


def _to_parse(
    run: _Run, items: Iterable[ArticleInput | ReadFailure], reprocess: bool
) -> Iterator[tuple[_Pending, str]]:
    """The articles the engine must see; failures and stored articles are counted here."""
    for item in items:
        if isinstance(item, ReadFailure):
            run.fail(item)
            continue
        digest = content_hash(item.text)
        stored_id = None if digest in run.digests else run.stored_id(digest)
        if digest in run.digests or (stored_id is not None and not reprocess):
            run.already_present()
            continue
        run.digests.add(digest)
        yield _Pending(item, digest, stored_id), item.text


def _save(run: _Run, session: Session, pending: _Pending, found: Found) -> None:
    """Write one article (or its new attributions); the caller commits."""
    quotes, reported = found
    added = len({(item.start, item.end) for item in reported or ()})  # as stored: one a span
    if pending.stored_id is not None:
        count = store.replace_attributions(session, pending.stored_id, quotes, reported)
        run.summary.reprocessed += 1
    else:
        more = {} if reported is None else {"reported": reported}
        result = store.save_article(session, pending.article, quotes, **more)
        count, added = result.quotes, added if result.created else 0
        if result.created:
            run.summary.ingested += 1
        else:  # stored meanwhile by another process
            run.summary.present += 1
    run.summary.quotes += count
    if run.summary.reported is not None:
        run.summary.reported += added


def reprocess_all(
    sessions: sessionmaker[Session],
    nlp: Language,
    *,
    workers: int = 1,
    progress: Progress | None = None,
    selective: bool | None = None,
    indirect: bool = False,
) -> IngestSummary:
    """Run the engine again over every stored article, replacing its attributions
    (and its reported speech with ``indirect``; without, reported speech stays as stored).

    Manual speaker corrections survive: ``store.replace_attributions`` re-applies them.
    """
    run = _Run(sessions, progress)
    stored = (
        (_Pending(ArticleInput(text=text, origin=str(article_id)), "", article_id), text)
        for article_id, text in _stored_articles(sessions)
    )
    _store_all(run, _analyzed(run, nlp, stored, workers, selective, indirect))
    return run.summary


def _stored_articles(sessions: sessionmaker[Session]) -> Iterator[tuple[int, str]]:
    """Every stored article's id and text, read a page at a time."""
    last = 0
    while True:
        with sessions() as session:
            query = select(Article.id, Article.text).where(Article.id > last)
            page = session.execute(query.order_by(Article.id).limit(engine.BATCH_SIZE)).all()
        if not page:
            return
        yield from ((row.id, row.text) for row in page)
        last = page[-1].id
