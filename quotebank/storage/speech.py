"""Reads over both kinds of speech: quotations (``queries``, ``listings``) and reported
speech (the ``reported`` table), each row saying which it is.

``who_said`` adds the matching reported speech to each speaker's remarks
(``SpeakerHits.reported``); ``list_rows`` and ``stream_rows`` list quotes and
reported speech as ``QuoteRow``s, in one order, reported rows with kind
``indirect``, the reported row's id as ``attribution_id`` and, for a mixed
attribution, the partial quotation inside it as ``quote_id``. The two tables
are queried apart, each on its own indexes, and the rows merged here.
"""

from __future__ import annotations

import dataclasses
import heapq
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from quotebank.records import QuoteRow
from quotebank.storage import listings, queries
from quotebank.storage.listings import QuoteFilter
from quotebank.storage.reader import Params, Reader, day, reader_of
from quotebank.storage.search import match

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

INDIRECT = "indirect"  # the kind of a reported row
VERBATIM = "verbatim"  # QuoteFilter.kind: quotations only, direct and partial
_WINDOW = 400  # characters of article text read on each side for the context
_STREAM_ROWS = 1000


@dataclass(frozen=True, slots=True)
class ReportedOccurrence:
    """Reported speech in one article: the writer's words for what the speaker said,
    never a verbatim quotation (``kind`` is always "indirect")."""

    reported_id: int
    article_id: int
    text: str
    title: str | None
    source: str | None
    outlet: str | None
    url: str | None
    date: date | None
    speaker: str | None
    cue: str | None
    confidence: float
    quote_id: int | None  # the partial quotation inside it (a mixed attribution)
    context: str
    kind: str = INDIRECT


# --- who said -----------------------------------------------------------------

_JOINED = """FROM reported AS r
 JOIN articles AS ar ON ar.id = r.article_id
 LEFT JOIN speakers AS s ON s.id = r.speaker_id
 LEFT JOIN sources AS so ON so.id = ar.source_id"""
_WINDOW_START = f'CASE WHEN r."start" > {_WINDOW} THEN r."start" - {_WINDOW} ELSE 0 END'
_OCCURRENCES = f"""SELECT r.id AS reported_id, r.article_id, r.text, r.speaker_id,
 s.name AS speaker, s.kind AS speaker_kind, s.description, ar.title, so.name AS source,
 r.outlet, ar.url, r.said_on, r.cue, r.confidence, r.quote_id,
 r."start" - {_WINDOW_START} AS span_start, r."end" - {_WINDOW_START} AS span_end,
 substr(ar.text, {_WINDOW_START} + 1, r."end" - {_WINDOW_START} + {_WINDOW}) AS excerpt
{_JOINED}"""  # with a window of article text around each span
_ROWS = f"""SELECT r.quote_id, r.said_on AS date, s.name AS speaker, r.text AS quote,
 '{INDIRECT}' AS kind, r.cue, r.confidence, so.name AS source, r.outlet,
 ar.title AS article_title, ar.url, s.kind AS speaker_kind, s.wikidata_id, r.rule,
 r.id AS attribution_id, r.article_id, NULL AS remark_id
{_JOINED}"""  # the columns of records.QuoteRow


def who_said(
    session: Reader | Session, phrase: str, limit: int = 50, *, kind: str | None = None
) -> queries.WhoSaidResult:
    """``queries.who_said`` with the reported speech matching ``phrase`` (at most ``limit``
    rows, best first) beside each speaker's quotes; ``kind``: "verbatim" or "indirect"
    for one of the two, None for both."""
    db = reader_of(session)
    answer = queries.WhoSaidResult(())
    if kind != INDIRECT:
        answer = queries.who_said(db, phrase, limit=limit)
    if kind == VERBATIM:
        return answer
    p = Params()
    matching = match(db.dialect, p, phrase, indexed="reported", limit=limit)
    sql = f"{_OCCURRENCES} WHERE r.id IN (SELECT id FROM ({matching}) AS m)"
    found = db.rows(sql + " ORDER BY r.said_on ASC NULLS FIRST, r.id", p)
    if not found:
        return answer if kind is None else queries.WhoSaidResult(())
    return queries.WhoSaidResult(_merged(answer.speakers, found))


def _merged(
    speakers: Sequence[queries.SpeakerHits], rows: Sequence[Any]
) -> tuple[queries.SpeakerHits, ...]:
    """Each speaker's hits with its reported speech; speakers only reported, added."""
    by_speaker: dict[int | None, list[Any]] = defaultdict(list)
    for row in rows:
        by_speaker[row.speaker_id].append(row)
    hits = []
    for hit in speakers:
        mine = tuple(_occurrence(row) for row in by_speaker.pop(hit.speaker_id, ()))
        hits.append(dataclasses.replace(hit, reported=mine))
    for speaker_id, mine_rows in by_speaker.items():
        head = mine_rows[0]
        hits.append(
            queries.SpeakerHits(
                speaker=head.speaker or queries.UNKNOWN,
                speaker_id=speaker_id,
                kind=head.speaker_kind,
                description=head.description,
                occurrences=0,
                remarks=(),
                reported=tuple(_occurrence(row) for row in mine_rows),
            )
        )
    return tuple(sorted(hits, key=_by_occurrences))


def _by_occurrences(hit: queries.SpeakerHits) -> tuple[int, bool, str]:
    return -(hit.occurrences + len(hit.reported)), hit.speaker_id is None, hit.speaker


def _occurrence(row: Any) -> ReportedOccurrence:
    return ReportedOccurrence(
        reported_id=row.reported_id,
        article_id=row.article_id,
        text=row.text,
        title=row.title,
        source=row.source,
        outlet=row.outlet,
        url=row.url,
        date=day(row.said_on),
        speaker=row.speaker,
        cue=row.cue,
        confidence=row.confidence,
        quote_id=row.quote_id,
        context=queries.sentence_around(row.excerpt or "", row.span_start, row.span_end),
    )


# --- listings -------------------------------------------------------------------


def list_rows(session: Reader | Session, f: QuoteFilter) -> list[QuoteRow]:
    """``listings.list_quotes`` over quotes and reported speech: ``f.kind`` None for both,
    "verbatim" for quotes, "indirect" for reported speech, "direct"/"partial" as there."""
    db = reader_of(session)
    if f.kind not in (None, INDIRECT):
        return listings.list_quotes(db, _verbatim(f))
    if f.kind == INDIRECT:
        return _reported(db, f)
    wanted = f.offset + f.limit if f.limit is not None else None
    both = dataclasses.replace(f, limit=wanted, offset=0)
    merged = heapq.merge(
        listings.list_quotes(db, both), _reported(db, both), key=_order(f.oldest_first)
    )
    return list(merged)[f.offset : wanted]


def stream_rows(session: Reader | Session, f: QuoteFilter) -> Iterator[QuoteRow]:
    """``list_rows`` one row at a time (as ``listings.stream_quotes``): the two kinds are
    read side by side, each in order."""
    db = reader_of(session)
    if f.kind not in (None, INDIRECT):
        return listings.stream_quotes(db, _verbatim(f))
    p = Params()
    rows = db.stream(_listing(db, p, f), p, _STREAM_ROWS)
    reported = (_quote_row(row) for row in rows)
    if f.kind == INDIRECT:
        return reported
    return heapq.merge(listings.stream_quotes(db, f), reported, key=_order(f.oldest_first))


def _reported(db: Reader, f: QuoteFilter) -> list[QuoteRow]:
    p = Params()
    return [_quote_row(row) for row in db.rows(_listing(db, p, f), p)]


def _quote_row(row: Any) -> QuoteRow:
    return QuoteRow(**{**row._asdict(), "date": day(row.date)})


def _verbatim(f: QuoteFilter) -> QuoteFilter:
    return dataclasses.replace(f, kind=None) if f.kind == VERBATIM else f


def _order(oldest_first: bool) -> Any:
    """The sort key of the listings' order: newest first, undated last, then latest
    stored; ``oldest_first`` the reverse. Quotes before reported speech on a tie."""

    def key(row: QuoteRow) -> tuple[bool, int, int, int]:
        ordinal = row.date.toordinal() if row.date is not None else 0
        rank = 1 if row.kind == INDIRECT else 0
        if oldest_first:
            return row.date is not None, ordinal, rank, row.attribution_id
        return row.date is None, -ordinal, rank, -row.attribution_id

    return key


def _listing(db: Reader, p: Params, f: QuoteFilter) -> str:
    conditions = _conditions(db, p, f)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    if f.oldest_first:
        order = "r.said_on ASC NULLS FIRST, r.id ASC"
    else:
        order = "r.said_on DESC NULLS LAST, r.id DESC"
    return f"{_ROWS}{where} ORDER BY {order}" + p.page(f.limit, f.offset)


def _conditions(db: Reader, p: Params, f: QuoteFilter) -> list[str]:
    conditions: list[str] = []
    if f.speaker:
        conditions.append(f"r.speaker_id IN ({listings._speaker_ids(p, f.speaker)})")
    if f.since:
        conditions.append(f"r.said_on >= {p(f.since)}")
    if f.until:
        conditions.append(f"r.said_on <= {p(f.until)}")
    if f.source:
        conditions.append(f"ar.source_id IN ({listings._source_ids(p, f.source)})")
    if f.unnamed:
        conditions.append("s.kind = 'unnamed'")
    if f.contains:
        matching = match(db.dialect, p, f.contains, indexed="reported", ordered=False)
        conditions.append(f"r.id IN (SELECT id FROM ({matching}) AS m)")
    return conditions
