"""Writes: articles with their quotes and attributions (speakers: ``speaker_store``; a
new quote joins its remark, ``remarks.link_article``), and their reported speech
(``reported``).

Every function takes a ``Session`` and never commits: the caller owns
``with factory.begin() as session``. Lookups go through indexes (content hash,
quote norm, alias key, surname key), never a pass over a whole table.

Several processes may write at once (PostgreSQL): keyed rows (sources, quotes,
speakers, aliases, articles) are written with ``INSERT ... ON CONFLICT DO
NOTHING`` and then selected, so racing writers share one row; an article's
speakers are resolved in name order, so writers quoting the same people lock
them in one order; and on PostgreSQL ``save_article`` runs in a savepoint that
is retried on a deadlock (quotes keep their reading order, which gives their ids).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from sqlalchemy import bindparam, delete, exists, insert, select
from sqlalchemy.orm import Session

from quotebank import errors
from quotebank.records import SPEAKER_KINDS, ArticleInput, FoundAttribution, FoundQuote
from quotebank.storage import remarks
from quotebank.storage.bulk import Bulk, quote_ids
from quotebank.storage.dialect import dialect_name, insert_ignoring_conflicts, retrying
from quotebank.storage.reported import add_reported, delete_reported
from quotebank.storage.schema import Article, Attribution, Quote, Source, utcnow
from quotebank.storage.speakers import resolved_id
from quotebank.text import dates
from quotebank.text.keys import content_hash, normalize_quote
from quotebank.text.outlets import outlet_domain


class SaveResult(NamedTuple):
    """What ``save_article`` did: the article's id, whether it was new, quotes stored."""

    article_id: int
    created: bool
    quotes: int


# --- articles ---------------------------------------------------------------


# Statements that run for every article are built once, here: building a statement
# costs more than running it.
_BY_HASH = select(Article.id).where(Article.content_hash == bindparam("digest"))
_ADD_ATTRIBUTIONS = insert(Attribution)


def already_stored(session: Session, digest: str) -> int | None:
    """The id of the article whose text has this sha256, if stored."""
    return session.scalar(_BY_HASH, {"digest": digest})


def save_article(
    session: Session,
    article: ArticleInput,
    found: Sequence[FoundQuote],
    reported: Sequence[FoundAttribution] = (),
) -> SaveResult:
    """Store an article, its quotes and its ``reported`` speech once; a second call with
    the same text writes nothing.

    Safe against other processes saving the same article or quotes at the same time.
    """
    if dialect_name(session) != "postgresql":
        return _save_article(session, article, found, reported)

    def in_savepoint() -> SaveResult:
        with session.begin_nested():
            return _save_article(session, article, found, reported)

    return retrying(in_savepoint)


def _save_article(
    session: Session,
    article: ArticleInput,
    found: Sequence[FoundQuote],
    reported: Sequence[FoundAttribution],
) -> SaveResult:
    digest = content_hash(article.text)
    existing = already_stored(session, digest)
    if existing is not None:
        return SaveResult(existing, False, 0)
    values = {
        "source_id": _source_id(session, article),
        "doc_id": article.doc_id,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "text": article.text,
        "content_hash": digest,
        "origin": article.origin,
        "ingested_at": utcnow(),
    }
    added = insert_ignoring_conflicts(session, Article).returning(Article.id)
    article_id = session.connection().scalar(added, values)  # Core: no ORM bookkeeping
    if article_id is None:  # saved meanwhile by another process
        return SaveResult(already_stored(session, digest) or 0, False, 0)
    count = _add_attributions(session, article_id, article.published, found)
    remarks.link_article(session, article_id)
    add_reported(session, article_id, article.published, reported)
    return SaveResult(article_id, True, count)


def replace_attributions(
    session: Session,
    article_id: int,
    found: Sequence[FoundQuote],
    reported: Sequence[FoundAttribution] | None = None,
) -> int:
    """Re-create an article's attributions (after the engine improved); returns how many.

    Quotes left with no attribution anywhere are deleted. An article without
    text (one standing for a URL of an imported Quotebank file) keeps its own.
    Its reported speech is replaced by ``reported`` when given; when None it
    is kept as stored (its links to deleted quotes cleared by their foreign key).
    """
    article = session.get(Article, article_id)
    if article is None:
        raise errors.NotFound(f"no article with id {article_id}")
    if not article.text:  # imported from Quotebank: no text to find quotes in, keep them
        return 0
    old_quote_ids = select(Attribution.quote_id).where(Attribution.article_id == article_id)
    old = set(session.scalars(old_quote_ids))
    session.execute(
        delete(Attribution).where(Attribution.article_id == article_id),
        execution_options={"synchronize_session": False},
    )
    count = _add_attributions(session, article_id, article.published, found)
    linked = select(Quote.remark_id).where(Quote.id.in_(old), Quote.remark_id.is_not(None))
    touched = set(session.scalars(linked))
    orphaned = ~exists().where(Attribution.quote_id == Quote.id)
    session.execute(
        delete(Quote).where(Quote.id.in_(old), orphaned),
        execution_options={"synchronize_session": False},
    )
    remarks.tidy(session, touched)
    remarks.link_article(session, article_id)
    if reported is not None:
        delete_reported(session, article_id)
        add_reported(session, article_id, article.published, reported)
    return count


def _source_id(session: Session, article: ArticleInput) -> int | None:
    domain = outlet_domain(article.url)
    name = (article.source or "").strip() or domain
    if not name:
        return None
    by_name = select(Source.id).where(Source.name == name)
    source_id = session.scalar(by_name)
    if source_id is None:
        added = insert_ignoring_conflicts(session, Source)
        session.execute(added.values(name=name, domain=domain))
        source_id = session.scalar(by_name)
    return source_id


def _add_attributions(
    session: Session, article_id: int, published: date | None, found: Sequence[FoundQuote]
) -> int:
    unique = _first_per_start(found)
    texts: dict[str, str] = {}
    for fq in unique:
        texts.setdefault(normalize_quote(fq.text), fq.text)
    ids, _ = quote_ids(Bulk(session.connection(), small=True), texts)
    speakers: dict[tuple[str, str], int] = {}
    for fq in sorted(unique, key=lambda fq: (fq.speaker or "", fq.speaker_kind or "")):
        _speaker_id(session, fq, speakers)  # in name order: concurrent writers lock alike
    rows = [
        {
            "quote_id": ids[normalize_quote(fq.text)],
            "article_id": article_id,
            "speaker_id": _speaker_id(session, fq, speakers),
            "start": fq.start,
            "end": fq.end,
            "grp": fq.group,
            "kind": fq.kind,
            "cue": fq.cue,
            "confidence": fq.confidence,
            "rule": fq.rule,
            "outlet": fq.outlet,
            "said_on": said_on(fq, published),
        }
        for fq in unique
    ]
    if rows:
        # Core, without the ORM's bookkeeping: the speakers' rows are already written
        # (resolve_speaker ends on a query, which flushes the session)
        session.connection().execute(_ADD_ATTRIBUTIONS, rows)
    return len(rows)


def said_on(fq: FoundQuote, published: date | None) -> date | None:
    """The day the words were said: the engine's date, else its time phrase ("on
    Thursday") read against the article's date, else the article's date."""
    if fq.said_on is not None:
        return fq.said_on
    if fq.said_when and published is not None:
        return dates.resolve(fq.said_when, published) or published
    return published


def _first_per_start(found: Sequence[FoundQuote]) -> list[FoundQuote]:
    """One quote per start offset (the unique key of an attribution in its article)."""
    seen: set[int] = set()
    unique = []
    for fq in found:
        if fq.start not in seen:
            seen.add(fq.start)
            unique.append(fq)
    return unique


def _speaker_id(session: Session, fq: FoundQuote, cache: dict[tuple[str, str], int]) -> int | None:
    name = (fq.speaker or "").strip()
    if not name:
        return None
    kind = fq.speaker_kind if fq.speaker_kind in SPEAKER_KINDS else "person"
    if (name, kind) not in cache:
        cache[(name, kind)] = resolved_id(
            session, name, kind, fq.speaker_description, fq.speaker_aliases
        )
    return cache[(name, kind)]
