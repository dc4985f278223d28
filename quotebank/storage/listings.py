"""Reads that list: quotes by filters (``list_quotes``, ``stream_quotes``), speakers.

Each function takes a ``Reader`` (or a ``Session``, read through one), runs SQL
written once for SQLite and PostgreSQL (``reader``) and returns plain frozen dataclasses:
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
from typing import TYPE_CHECKING, Any, Literal

from quotebank.records import QuoteRow
from quotebank.storage.reader import Params, Reader, day, reader_of
from quotebank.storage.search import match
from quotebank.text.keys import normalize_quote
from quotebank.text.names import name_key
from quotebank.text.outlets import outlet_domain

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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

JOINED = """FROM attributions AS a
 JOIN quotes AS q ON q.id = a.quote_id
 JOIN articles AS ar ON ar.id = a.article_id
 LEFT JOIN speakers AS s ON s.id = a.speaker_id
 LEFT JOIN sources AS so ON so.id = ar.source_id"""  # attributions with what they join
_QUOTE_ROWS = f"""SELECT a.quote_id, a.said_on AS date, s.name AS speaker, q.text AS quote,
 a.kind, a.cue, a.confidence, so.name AS source, a.outlet, ar.title AS article_title, ar.url,
 s.kind AS speaker_kind, s.wikidata_id, a.rule, a.id AS attribution_id, a.article_id,
 coalesce(q.remark_id, q.id) AS remark_id
{JOINED}"""  # the columns of records.QuoteRow; the remark is remarks.remark_key


def list_quotes(session: Reader | Session, f: QuoteFilter) -> list[QuoteRow]:
    """Quote occurrences matching the filter, newest first (``QuoteFilter.oldest_first``)."""
    db, p = reader_of(session), Params()
    return [_quote_row(row) for row in db.rows(_listing(db, p, f), p)]


def stream_quotes(session: Reader | Session, f: QuoteFilter) -> Iterator[QuoteRow]:
    """``list_quotes`` one row at a time, fetched ``_STREAM_ROWS`` at a time as they are read.

    The query runs at once; its rows are read while the session stays open
    (on PostgreSQL through a server-side cursor), never held all together.
    """
    db, p = reader_of(session), Params()
    return (_quote_row(row) for row in db.stream(_listing(db, p, f), p, _STREAM_ROWS))


def _quote_row(row: Any) -> QuoteRow:
    return QuoteRow(**{**row._asdict(), "date": day(row.date)})


def _listing(db: Reader, p: Params, f: QuoteFilter) -> str:
    conditions = _conditions(db, p, f)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    by_date = _by_date(f.oldest_first)
    order = [*_by_first_row(by_date, f.oldest_first), *by_date] if f.by_quote else by_date
    return f"{_QUOTE_ROWS}{where} ORDER BY {', '.join(order)}" + p.page(f.limit, f.offset)


def _by_date(oldest_first: bool) -> list[str]:
    """Newest first, undated last; or the reverse. Either way the order of the date
    index (SQLite puts NULL first; the PostgreSQL indexes are NULLS FIRST, 0003)."""
    if oldest_first:
        return ["a.said_on ASC NULLS FIRST", "a.id ASC"]
    return ["a.said_on DESC NULLS LAST", "a.id DESC"]


def _by_first_row(by_date: list[str], oldest_first: bool) -> list[str]:
    """ORDER BY terms that bring each quote's rows together, quotes as their first row."""
    window = f"OVER (PARTITION BY a.quote_id ORDER BY {', '.join(by_date)})"
    said_on, first = f"first_value(a.said_on) {window}", f"first_value(a.id) {window}"
    if oldest_first:
        return [f"{said_on} ASC NULLS FIRST", f"{first} ASC"]
    return [f"{said_on} DESC NULLS LAST", f"{first} DESC"]


def _conditions(db: Reader, p: Params, f: QuoteFilter) -> list[str]:
    conditions: list[str] = []
    if f.speaker:
        conditions.append(_spoken_by(db, p, _speaker_ids(p, f.speaker), f.limit))
    if f.since:
        conditions.append(f"a.said_on >= {p(f.since)}")
    if f.until:
        conditions.append(f"a.said_on <= {p(f.until)}")
    if f.source:
        conditions.append(f"ar.source_id IN ({_source_ids(p, f.source)})")
    if f.kind:
        conditions.append(f"a.kind = {p(f.kind)}")
    if f.unnamed:
        unnamed = "SELECT id FROM speakers WHERE kind = 'unnamed'"
        conditions.append(_spoken_by(db, p, unnamed, f.limit))
    if f.contains:
        matching = match(db.dialect, p, f.contains, ordered=False)
        conditions.append(f"a.quote_id IN (SELECT id FROM ({matching}) AS m)")
    return conditions


def _spoken_by(db: Reader, p: Params, speaker_ids: str, limit: int | None) -> str:
    """``speaker_id IN (...)``, steering the plan when the speakers said a lot.

    For a first page of a broad match ("anna" in 1,000 names) walking the date
    index and skipping other speakers is far cheaper than sorting every quote
    of every match; ``speaker_id + 0`` keeps the speaker index out of the plan.
    The speakers are looked up once (a pass over names and aliases), not per use.
    """
    found = [speaker_id for (speaker_id,) in db.rows(speaker_ids, p)]
    ids = p.many(found) if len(found) <= _MAX_BOUND else speaker_ids
    indexed = f"a.speaker_id IN ({ids})"
    if limit is None or _count(db, p, f"FROM attributions AS a WHERE {indexed}") <= _BROAD:
        return indexed
    return f"a.speaker_id + 0 IN ({ids})"


def _count(db: Reader, p: Params, rows: str) -> int:
    ((count,),) = db.rows(f"SELECT count(*) AS n {rows}", p)
    return int(count or 0)


def _source_ids(p: Params, source: str) -> str:
    """Outlets named ``source``: by name, domain or the domain's bare name; else those
    with it in their name or domain (as ``--speaker`` takes part of a name)."""
    wanted = " ".join(source.split()).casefold()
    if not any(ch.isalnum() for ch in wanted):
        return "SELECT id FROM sources WHERE 1 = 0"
    named, other = _OutletNames("src", wanted, p), _OutletNames("other", wanted, p)
    exactly_other = f"SELECT 1 FROM sources AS other WHERE {other.exactly()}"
    return (
        f"SELECT src.id FROM sources AS src WHERE ({named.exactly()})"
        f" OR (({named.partly()}) AND NOT EXISTS ({exactly_other}))"
    )


class _OutletNames:
    """SQL conditions: an outlet (``sources`` as ``table``) is the one a user named."""

    def __init__(self, table: str, wanted: str, p: Params) -> None:
        self.name, self.domain = f"lower({table}.name)", f"lower({table}.domain)"
        self.compact = f"lower(replace({table}.name, ' ', ''))"
        self.wanted, self.p = wanted, p
        self.as_domain = outlet_domain(wanted) or wanted  # "https://www.cnn.com/x" -> "cnn.com"
        self.bare = "".join(ch for ch in wanted if ch.isalnum())  # "Fox News" -> "foxnews"

    def exactly(self) -> str:
        """Its name or domain; its name without spaces, or its domain's bare name."""
        p = self.p
        return " OR ".join(
            [
                f"{self.name} = {p(self.wanted)}",
                f"{self.domain} = {p(self.as_domain)}",
                f"{self.compact} = {p(self.bare)}",
                f"{self.domain} {p.like(f'{self.bare}.', before=False)}",
                f"{self.domain} {p.like(f'.{self.bare}.')}",
            ]
        )

    def partly(self) -> str:
        p = self.p
        return f"{self.name} {p.like(self.wanted)} OR {self.domain} {p.like(self.as_domain)}"


# --- speakers ---------------------------------------------------------------


def list_speakers(
    session: Reader | Session,
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
    db, p = reader_of(session), Params()
    ids = _speaker_ids(p, search) if search else None
    rows = _by_name(db, p, ids, limit) if order == "name" else _by_quotes(db, p, ids, limit)
    aliases = _aliases(db, {row[0]: row[1] for row in rows})
    return [
        SpeakerRow(id, name, kind, description, aliases.get(id, ()), quotes, articles,
                   day(first), day(last))
        for id, name, kind, description, quotes, articles, first, last in rows
    ]  # fmt: skip


def _speaker_stats(ids: str | None) -> str:
    """Per speaker (those of the SQL ``ids``, or all): distinct quotes and articles, first
    and last date."""
    where = "" if ids is None else f" WHERE a.speaker_id IN ({ids})"
    return (
        "SELECT a.speaker_id, count(DISTINCT a.quote_id) AS quotes,"
        " count(DISTINCT a.article_id) AS articles, min(a.said_on) AS first_date,"
        f" max(a.said_on) AS last_date FROM attributions AS a{where} GROUP BY a.speaker_id"
    )


_SPEAKER = "SELECT s.id, s.name, s.kind, s.description"


def _by_quotes(db: Reader, p: Params, ids: str | None, limit: int | None) -> Sequence[Any]:
    where = "" if ids is None else f" WHERE s.id IN ({ids})"
    return db.rows(
        f"{_SPEAKER}, coalesce(c.quotes, 0) AS quotes, coalesce(c.articles, 0) AS articles,"
        f" c.first_date, c.last_date FROM speakers AS s LEFT JOIN ({_speaker_stats(ids)}) AS c"
        f" ON c.speaker_id = s.id{where} ORDER BY coalesce(c.quotes, 0) DESC, s.name"
        + p.page(limit),
        p,
    )


def _by_name(db: Reader, p: Params, ids: str | None, limit: int | None) -> Sequence[Any]:
    where = "" if ids is None else f" WHERE s.id IN ({ids})"
    page = f"{_SPEAKER} FROM speakers AS s{where} ORDER BY s.name, s.kind" + p.page(limit)
    speakers = db.rows(page, p)
    wanted = [speaker.id for speaker in speakers]
    stats = _speaker_stats(p.many(wanted) if len(wanted) <= _MAX_BOUND else ids)
    counts = {row.speaker_id: tuple(row)[1:] for row in db.rows(stats, p)}
    return [(*speaker, *counts.get(speaker.id, (0, 0, None, None))) for speaker in speakers]


def _aliases(db: Reader, canonical: dict[int, str]) -> dict[int, tuple[str, ...]]:
    """Each speaker's recorded spellings other than its canonical name."""
    found: dict[int, list[str]] = defaultdict(list)
    ids = list(canonical)
    for start in range(0, len(ids), _MAX_BOUND):
        p = Params()
        chunk = p.many(ids[start : start + _MAX_BOUND])
        sql = f"SELECT speaker_id, alias FROM speaker_aliases WHERE speaker_id IN ({chunk})"
        for speaker_id, alias in db.rows(f"{sql} ORDER BY id", p):
            if alias != canonical[speaker_id]:
                found[speaker_id].append(alias)
    return {speaker_id: tuple(names) for speaker_id, names in found.items()}


def _speaker_ids(p: Params, search: str) -> str:
    """SQL of the ids of speakers whose name or any alias contains ``search`` (folded)."""
    person, other = name_key(search), normalize_quote(search)
    if not person and not other:
        return "SELECT id FROM speakers WHERE 1 = 0"

    def matches(column: str) -> str:
        if person == other:  # one pattern for every kind: one LIKE a row
            return f"{column} {p.like(person)}"
        return (
            f"(sp.kind = 'person' AND {column} {p.like(person or other)})"
            f" OR (sp.kind != 'person' AND {column} {p.like(other or person)})"
        )

    by_name = f"SELECT sp.id FROM speakers AS sp WHERE {matches('sp.name_key')}"
    by_alias = (
        "SELECT al.speaker_id FROM speaker_aliases AS al JOIN speakers AS sp"
        f" ON sp.id = al.speaker_id WHERE {matches('al.alias_key')}"
    )
    return f"SELECT id FROM ({by_name} UNION {by_alias}) AS matched"
