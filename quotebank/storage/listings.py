"""Reads that list: quotes by filters (``list_quotes``, ``stream_quotes``), speakers.

Each function takes a ``Session`` and returns plain frozen dataclasses:
``records.QuoteRow`` for quotes, which the file writers take. Speakers are
matched by any part of a name or alias (``name_key`` for persons, the folded
text otherwise); the plans stay on indexes when the matches are broad.
``stream_quotes`` hands rows over as the database sends them, for exports of
any size in flat memory. An outlet is matched by its name, its domain or the
domain's bare name ("Fox News", "foxnews.com", "foxnews"), else by part of one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, exists, false, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from quotebank.records import QuoteRow
from quotebank.storage.remarks import remark_key
from quotebank.storage.schema import Article, Attribution, Quote, Source, Speaker, SpeakerAlias
from quotebank.storage.search import fts_match
from quotebank.text.keys import normalize_quote
from quotebank.text.names import name_key
from quotebank.text.outlets import outlet_domain

SpeakerOrder = Literal["quotes", "name"]
_MAX_BOUND = 500  # ids bound as parameters; more go in a subquery (SQLite's old limit is 999)
_BROAD = 5000  # quotes of the matched speakers above which list_quotes walks the date index
_STREAM_ROWS = 1000  # rows stream_quotes fetches at a time


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Filters of ``list_quotes``; ``unnamed`` keeps only quotes from unnamed speakers.

    Rows come newest first, undated last (the latest stored first on a tie);
    ``oldest_first`` reverses that: undated first, then oldest. With ``by_quote``
    the rows of each quote come together instead, quotes in the order of their
    first row in that order.
    """

    speaker: str | None = None
    since: date | None = None
    until: date | None = None
    source: str | None = None
    kind: str | None = None
    unnamed: bool = False
    contains: str | None = None
    limit: int | None = 100
    offset: int = 0
    by_quote: bool = False
    oldest_first: bool = False


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """A speaker with the spellings seen and how much they were quoted."""

    id: int
    name: str
    kind: str
    description: str | None
    aliases: tuple[str, ...]
    quotes: int
    articles: int
    first_date: date | None
    last_date: date | None


# --- quotes -----------------------------------------------------------------


def list_quotes(session: Session, f: QuoteFilter) -> list[QuoteRow]:
    """Quote occurrences matching the filter, newest first (``QuoteFilter.oldest_first``)."""
    return [QuoteRow(**row._asdict()) for row in session.execute(_listing(session, f))]


def stream_quotes(session: Session, f: QuoteFilter) -> Iterator[QuoteRow]:
    """``list_quotes`` one row at a time, fetched ``_STREAM_ROWS`` at a time as they are read.

    The query runs at once; its rows are read while the session stays open
    (on PostgreSQL through a server-side cursor), never held all together.
    """
    options = {"yield_per": _STREAM_ROWS}
    result = session.execute(_listing(session, f), execution_options=options)
    return (QuoteRow(**row._asdict()) for row in result)


def _listing(session: Session, f: QuoteFilter) -> Select:
    stmt = _quote_rows()
    for condition in _conditions(session, f):
        stmt = stmt.where(condition)
    by_date = _by_date(f.oldest_first)
    if f.by_quote:
        stmt = stmt.order_by(*_by_first_row(by_date, f.oldest_first))
    stmt = stmt.order_by(*by_date).offset(f.offset or None)
    return stmt if f.limit is None else stmt.limit(f.limit)


def _by_date(oldest_first: bool) -> tuple[Any, ...]:
    """Newest first, undated last; or the reverse. Either way the order of the date
    index (SQLite puts NULL first; the PostgreSQL indexes are NULLS FIRST, 0003)."""
    if oldest_first:
        return Attribution.said_on.asc().nulls_first(), Attribution.id.asc()
    return Attribution.said_on.desc().nulls_last(), Attribution.id.desc()


def _by_first_row(by_date: tuple[Any, ...], oldest_first: bool) -> tuple[Any, ...]:
    """ORDER BY terms that bring each quote's rows together, quotes as their first row."""
    day = func.first_value(Attribution.said_on).over(
        partition_by=Attribution.quote_id, order_by=by_date
    )
    first = func.first_value(Attribution.id).over(
        partition_by=Attribution.quote_id, order_by=by_date
    )
    if oldest_first:
        return day.asc().nulls_first(), first.asc()
    return day.desc().nulls_last(), first.desc()


def _quote_rows() -> Select:
    query = select(
        Attribution.quote_id,
        Attribution.said_on.label("date"),
        Speaker.name.label("speaker"),
        Quote.text.label("quote"),
        Attribution.kind,
        Attribution.cue,
        Attribution.confidence,
        Source.name.label("source"),
        Attribution.outlet,
        Article.title.label("article_title"),
        Article.url,
        Speaker.kind.label("speaker_kind"),
        Speaker.wikidata_id,
        Attribution.rule,
        Attribution.id.label("attribution_id"),
        Attribution.article_id,
        remark_key().label("remark_id"),
    )
    return joined(query)


def joined(query: Select) -> Select:
    """Attributions with their quote, article, speaker and outlet."""
    return (
        query.select_from(Attribution)
        .join(Quote, Quote.id == Attribution.quote_id)
        .join(Article, Article.id == Attribution.article_id)
        .outerjoin(Speaker, Speaker.id == Attribution.speaker_id)
        .outerjoin(Source, Source.id == Article.source_id)
    )


def _conditions(session: Session, f: QuoteFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if f.speaker:
        conditions.append(_spoken_by(session, _speaker_ids(f.speaker), f.limit))
    if f.since:
        conditions.append(Attribution.said_on >= f.since)
    if f.until:
        conditions.append(Attribution.said_on <= f.until)
    if f.source:
        conditions.append(Article.source_id.in_(_source_ids(f.source)))
    if f.kind:
        conditions.append(Attribution.kind == f.kind)
    if f.unnamed:
        unnamed = select(Speaker.id).where(Speaker.kind == "unnamed")
        conditions.append(_spoken_by(session, unnamed, f.limit))
    if f.contains:
        matching = fts_match(session, f.contains).subquery()
        conditions.append(Attribution.quote_id.in_(select(matching.c.id)))
    return conditions


def _spoken_by(session: Session, speaker_ids: Select, limit: int | None) -> ColumnElement[bool]:
    """``speaker_id IN (...)``, steering the plan when the speakers said a lot.

    For a first page of a broad match ("anna" in 1,000 names) walking the date
    index and skipping other speakers is far cheaper than sorting every quote
    of every match; ``speaker_id + 0`` keeps the speaker index out of the plan.
    The speakers are looked up once (a pass over names and aliases), not per use.
    """
    found = list(session.scalars(speaker_ids))
    ids = found if len(found) <= _MAX_BOUND else speaker_ids
    indexed = Attribution.speaker_id.in_(ids)
    if limit is None or (session.scalar(select(func.count()).where(indexed)) or 0) <= _BROAD:
        return indexed
    return (Attribution.speaker_id + 0).in_(ids)


def _source_ids(source: str) -> Select:
    """Outlets named ``source``: by name, domain or the domain's bare name; else those
    with it in their name or domain (as ``--speaker`` takes part of a name)."""
    wanted = " ".join(source.split()).casefold()
    if not any(ch.isalnum() for ch in wanted):
        return select(Source.id).where(false())
    named, other = _OutletNames(Source, wanted), _OutletNames(aliased(Source), wanted)
    return select(Source.id).where(
        or_(named.exactly(), and_(named.partly(), ~exists().where(other.exactly())))
    )


class _OutletNames:
    """SQL conditions: an outlet (``sources`` or an alias of it) is the one a user named."""

    def __init__(self, table: Any, wanted: str) -> None:
        self.name, self.domain = func.lower(table.name), func.lower(table.domain)
        self.compact = func.lower(func.replace(table.name, " ", ""))
        self.wanted = wanted
        self.as_domain = outlet_domain(wanted) or wanted  # "https://www.cnn.com/x" -> "cnn.com"
        self.bare = "".join(ch for ch in wanted if ch.isalnum())  # "Fox News" -> "foxnews"

    def exactly(self) -> ColumnElement[bool]:
        """Its name or domain; its name without spaces, or its domain's bare name."""
        return or_(
            self.name == self.wanted,
            self.domain == self.as_domain,
            self.compact == self.bare,
            self.domain.startswith(f"{self.bare}.", autoescape=True),
            self.domain.contains(f".{self.bare}.", autoescape=True),
        )

    def partly(self) -> ColumnElement[bool]:
        return or_(
            self.name.contains(self.wanted, autoescape=True),
            self.domain.contains(self.as_domain, autoescape=True),
        )


# --- speakers ---------------------------------------------------------------


def list_speakers(
    session: Session,
    search: str | None = None,
    *,
    limit: int | None = None,
    order: SpeakerOrder = "quotes",
) -> list[SpeakerRow]:
    """Speakers (matching ``search`` in a name or alias), most quoted first or by name.

    ``order="quotes"`` ranks by counting every occurrence of every matched
    speaker (seconds over millions of quotes); ``order="name"`` takes a page of
    the speakers table by name, then counts only that page's speakers through
    the speaker index, so its cost follows the page, not the archive.
    """
    ids = _speaker_ids(search) if search else None
    rows = _by_name(session, ids, limit) if order == "name" else _by_quotes(session, ids, limit)
    aliases = _aliases(session, {row[0].id: row[0].name for row in rows})
    return [
        SpeakerRow(s.id, s.name, s.kind, s.description, aliases.get(s.id, ()), *rest)
        for s, *rest in rows
    ]


def _speaker_stats(ids: Select | list[int] | None) -> Select:
    """Per speaker: distinct quotes and articles, first and last date."""
    stats = select(
        Attribution.speaker_id,
        func.count(func.distinct(Attribution.quote_id)).label("quotes"),
        func.count(func.distinct(Attribution.article_id)).label("articles"),
        func.min(Attribution.said_on).label("first_date"),
        func.max(Attribution.said_on).label("last_date"),
    ).group_by(Attribution.speaker_id)
    return stats if ids is None else stats.where(Attribution.speaker_id.in_(ids))


def _by_quotes(session: Session, ids: Select | None, limit: int | None) -> Sequence[Any]:
    counts = _speaker_stats(ids).subquery()
    quotes = func.coalesce(counts.c.quotes, 0)
    stmt = (
        select(Speaker, quotes, func.coalesce(counts.c.articles, 0), counts.c.first_date)
        .add_columns(counts.c.last_date)
        .outerjoin(counts, counts.c.speaker_id == Speaker.id)
        .order_by(quotes.desc(), Speaker.name)
        .limit(limit)
    )
    if ids is not None:
        stmt = stmt.where(Speaker.id.in_(ids))
    return session.execute(stmt).all()


def _by_name(session: Session, ids: Select | None, limit: int | None) -> Sequence[Any]:
    page = select(Speaker).order_by(Speaker.name, Speaker.kind).limit(limit)
    if ids is not None:
        page = page.where(Speaker.id.in_(ids))
    speakers = session.scalars(page).all()
    wanted = [speaker.id for speaker in speakers]
    stats = _speaker_stats(wanted if len(wanted) <= _MAX_BOUND else ids)
    counts = {row.speaker_id: tuple(row)[1:] for row in session.execute(stats)}
    return [(speaker, *counts.get(speaker.id, (0, 0, None, None))) for speaker in speakers]


def _aliases(session: Session, canonical: dict[int, str]) -> dict[int, tuple[str, ...]]:
    """Each speaker's recorded spellings other than its canonical name."""
    found: dict[int, list[str]] = defaultdict(list)
    ids = list(canonical)
    for start in range(0, len(ids), _MAX_BOUND):
        stmt = (
            select(SpeakerAlias.speaker_id, SpeakerAlias.alias)
            .where(SpeakerAlias.speaker_id.in_(ids[start : start + _MAX_BOUND]))
            .order_by(SpeakerAlias.id)
        )
        for speaker_id, alias in session.execute(stmt):
            if alias != canonical[speaker_id]:
                found[speaker_id].append(alias)
    return {speaker_id: tuple(names) for speaker_id, names in found.items()}


def _speaker_ids(search: str) -> Select:
    """Ids of speakers whose name or any alias contains ``search`` (folded)."""
    person, other = name_key(search), normalize_quote(search)
    if not person and not other:
        return select(Speaker.id).where(false())

    def matches(column: Any) -> ColumnElement[bool]:
        if person == other:  # one pattern for every kind: one LIKE a row
            return column.contains(person, autoescape=True)
        return or_(
            and_(Speaker.kind == "person", column.contains(person or other, autoescape=True)),
            and_(Speaker.kind != "person", column.contains(other or person, autoescape=True)),
        )

    by_name = select(Speaker.id).where(matches(Speaker.name_key))
    by_alias = (
        select(SpeakerAlias.speaker_id)
        .join(Speaker, Speaker.id == SpeakerAlias.speaker_id)
        .where(matches(SpeakerAlias.alias_key))
    )
    return select(union(by_name, by_alias).subquery().c[0])
