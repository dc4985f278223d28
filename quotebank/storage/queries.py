"""Reads about quotes: who said a phrase, the closest quotes to it, one quote in detail.

Each function takes a ``Session``, runs a few indexed SQL statements and
returns plain frozen dataclasses. Full-text matching goes through
``search.fts_match`` so these functions stay dialect-neutral. An occurrence's
context is the sentence around it, read from a window of its article. A quote
comes with the other wordings of its remark (``remarks``): “feel-out meeting”
and “a feel-out meeting,” are answered as one remark, with every article.
Listings of quotes and speakers are ``listings``'.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Row, Select, case, func, select
from sqlalchemy.orm import Session

from quotebank.storage.listings import joined
from quotebank.storage.remarks import remark_key
from quotebank.storage.schema import Article, Attribution, Quote, Source, Speaker
from quotebank.storage.search import fts_match
from quotebank.text.keys import normalize_quote
from quotebank.text.sentences import sentence_ends

UNKNOWN = "unknown"
_WINDOW = 400  # characters of article text read on each side of a quote for its context
_CANDIDATES = 200  # quotes scored by closest_quotes
_COMMON = 1000  # quotes containing a word above which closest_quotes does not rank by it


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One appearance of a quote in an article."""

    attribution_id: int
    quote_id: int
    article_id: int
    title: str | None
    source: str | None
    outlet: str | None
    url: str | None
    date: date | None
    speaker: str | None
    cue: str | None
    kind: str
    confidence: float
    context: str


@dataclass(frozen=True, slots=True)
class Wording:
    """One wording of a remark: a stored quote."""

    quote_id: int
    text: str


@dataclass(frozen=True, slots=True)
class RemarkHits:
    """A remark matching a phrase: its wordings (the most reported first) and every
    occurrence of them, by date."""

    remark_id: int
    wordings: tuple[Wording, ...]
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True, slots=True)
class SpeakerHits:
    """The matching remarks of one speaker (``speaker == "unknown"`` for unattributed ones)."""

    speaker: str
    speaker_id: int | None
    kind: str | None
    description: str | None
    occurrences: int
    remarks: tuple[RemarkHits, ...]


@dataclass(frozen=True, slots=True)
class ClosestQuote:
    """A stored quote resembling a phrase that matched nothing exactly (score 0-100)."""

    quote_id: int
    text: str
    score: float


@dataclass(frozen=True, slots=True)
class WhoSaidResult:
    """Who said a phrase: ``speakers`` of the matching quotes; when none matches, the
    ``closest`` stored quotes instead (maybe none)."""

    speakers: tuple[SpeakerHits, ...]
    closest: tuple[ClosestQuote, ...] = ()


@dataclass(frozen=True, slots=True)
class QuoteDetail:
    """A quote and its remark: every wording (this one first) and every article they appear in."""

    id: int
    text: str
    remark_id: int
    wordings: tuple[Wording, ...]
    occurrences: tuple[Occurrence, ...]


# --- context ----------------------------------------------------------------


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of ``text`` containing ``text[start:end]``, whitespace collapsed.

    Sentences end where ``text.sentences`` says, and at line breaks.
    """
    left = max((s for s in _sentence_starts(text) if s <= max(start, 0)), default=0)
    right = min(_sentence_starts(text, max(end - 1, start, 0)), default=len(text))
    return " ".join(text[left:right].split())


def _sentence_starts(text: str, after: int = 0) -> list[int]:
    """Where sentences and lines begin, for sentence and line ends at or after ``after``."""
    lines = [i + 1 for i, char in enumerate(text[after:], after) if char == "\n"]
    return sentence_ends(text, after) + lines


# --- occurrences ------------------------------------------------------------


def _occurrences() -> Select:
    """Occurrence columns, with a window of article text around each span."""
    window_start = case((Attribution.start > _WINDOW, Attribution.start - _WINDOW), else_=0)
    window_length = Attribution.end - window_start + _WINDOW
    query = select(
        Attribution.id.label("attribution_id"),
        Attribution.quote_id,
        Quote.text.label("quote"),
        remark_key().label("remark_id"),
        Attribution.speaker_id,
        Speaker.name.label("speaker"),
        Speaker.kind.label("speaker_kind"),
        Speaker.description,
        Attribution.article_id,
        Article.title,
        Source.name.label("source"),
        Attribution.outlet,
        Article.url,
        Attribution.said_on,
        Attribution.cue,
        Attribution.kind,
        Attribution.confidence,
        (Attribution.start - window_start).label("span_start"),
        (Attribution.end - window_start).label("span_end"),
        func.substr(Article.text, window_start + 1, window_length).label("window"),
    )
    return joined(query).order_by(Attribution.said_on.asc().nulls_first(), Attribution.id)


def _occurrence(row: Row[Any]) -> Occurrence:
    return Occurrence(
        attribution_id=row.attribution_id,
        quote_id=row.quote_id,
        article_id=row.article_id,
        title=row.title,
        source=row.source,
        outlet=row.outlet,
        url=row.url,
        date=row.said_on,
        speaker=row.speaker,
        cue=row.cue,
        kind=row.kind,
        confidence=row.confidence,
        context=sentence_around(row.window or "", row.span_start, row.span_end),
    )


# --- who said ---------------------------------------------------------------


def who_said(session: Session, phrase: str, limit: int = 50) -> WhoSaidResult:
    """Who said ``phrase`` (case, punctuation and quote marks ignored), grouped by speaker
    and remark.

    At most ``limit`` matching quotes, best matches first, with the other wordings
    of their remarks; speakers and their remarks ordered by occurrences. When no
    quote matches, the closest ones (``closest_quotes``) instead.
    """
    matching = fts_match(session, phrase, limit=limit).subquery()
    quote_ids = _with_remarks(session, select(matching.c.id))
    stmt = _occurrences().where(Attribution.quote_id.in_(quote_ids))
    speakers = _group_by_speaker(session.execute(stmt).all()) if quote_ids else []
    if speakers:
        return WhoSaidResult(tuple(speakers))
    return WhoSaidResult((), tuple(closest_quotes(session, phrase)))


def _with_remarks(session: Session, quote_ids: Select[Any]) -> list[int]:
    """The quotes ``quote_ids`` selects and the other wordings of their remarks."""
    rows = session.execute(select(Quote.id, Quote.remark_id).where(Quote.id.in_(quote_ids)))
    found, remarks = set(), set()
    for quote_id, remark_id in rows:
        found.add(quote_id)
        if remark_id is not None:
            remarks.add(remark_id)
    if remarks:
        found.update(session.scalars(select(Quote.id).where(Quote.remark_id.in_(remarks))))
    return sorted(found)


def _group_by_speaker(rows: Sequence[Row[Any]]) -> list[SpeakerHits]:
    groups: dict[int | None, dict[int, list[Row[Any]]]] = defaultdict(lambda: defaultdict(list))
    first: dict[int | None, Row[Any]] = {}
    for row in rows:
        groups[row.speaker_id][row.remark_id].append(row)
        first.setdefault(row.speaker_id, row)
    hits = [_speaker_hits(first[key], remarks) for key, remarks in groups.items()]
    return sorted(hits, key=lambda h: (-h.occurrences, h.speaker_id is None, h.speaker))


def _speaker_hits(head: Row[Any], remarks: dict[int, list[Row[Any]]]) -> SpeakerHits:
    remark_hits = tuple(
        RemarkHits(remark_id, _wordings(rows), tuple(_occurrence(r) for r in rows))
        for remark_id, rows in sorted(remarks.items(), key=lambda item: -len(item[1]))
    )
    return SpeakerHits(
        speaker=head.speaker or UNKNOWN,
        speaker_id=head.speaker_id,
        kind=head.speaker_kind,
        description=head.description,
        occurrences=sum(len(r.occurrences) for r in remark_hits),
        remarks=remark_hits,
    )


def _wordings(rows: Iterable[Row[Any]], first: int | None = None) -> tuple[Wording, ...]:
    """The wordings of occurrence rows, ``first`` first, then the most reported (then oldest)."""
    texts = {row.quote_id: row.quote for row in rows}
    counts = Counter(row.quote_id for row in rows)
    order = sorted(texts, key=lambda i: (i != first, -counts[i], i))
    return tuple(Wording(quote_id, texts[quote_id]) for quote_id in order)


def closest_quotes(
    session: Session, phrase: str, limit: int = 5, *, min_score: float = 50.0
) -> list[ClosestQuote]:
    """Stored quotes sharing words with ``phrase``, ranked by fuzzy similarity."""
    candidates = _candidates(session, phrase)
    stmt = select(Quote.id, Quote.text, Quote.norm).where(Quote.id.in_(candidates))
    key = normalize_quote(phrase)
    scored = [
        ClosestQuote(quote_id, text, round(fuzz.partial_ratio(key, norm), 1))
        for quote_id, text, norm in session.execute(stmt)
    ]
    scored = [c for c in scored if c.score >= min_score]
    return sorted(scored, key=lambda c: (-c.score, c.quote_id))[:limit]


def _candidates(session: Session, phrase: str) -> set[int]:
    """Ids of the quotes ``closest_quotes`` scores, at a cost that does not grow with the archive.

    The best full-text matches of the phrase's rarer words (in one to
    ``_COMMON`` quotes): ranking a word as common as "the" would score most of
    the archive. When every word is common ("the war must end now"), quotes
    sharing two consecutive words with the phrase (or the one word), unranked.
    """
    words = normalize_quote(phrase).split()
    rare = [word for word in dict.fromkeys(words) if 0 < _quotes_with(session, word) < _COMMON]
    if rare:
        best = fts_match(session, " ".join(rare), any_token=True, limit=_CANDIDATES)
        return set(session.scalars(best))
    pieces = [" ".join(pair) for pair in pairwise(words)] or [phrase]
    share = max(1, _CANDIDATES // len(pieces))
    found: set[int] = set()
    for piece in pieces:
        found.update(session.scalars(fts_match(session, piece).order_by(None).limit(share)))
    return found


def _quotes_with(session: Session, word: str) -> int:
    """How many quotes contain ``word``, counted up to ``_COMMON``."""
    found = fts_match(session, word).order_by(None).limit(_COMMON).subquery()
    return session.scalar(select(func.count()).select_from(found)) or 0


# --- one quote --------------------------------------------------------------


def get_quote(session: Session, quote_id: int) -> QuoteDetail | None:
    """A quote with the other wordings of its remark and every article they appear in, or None."""
    quote = session.get(Quote, quote_id)
    if quote is None:
        return None
    ids = _with_remarks(session, select(Quote.id).where(Quote.id == quote_id))
    rows = session.execute(_occurrences().where(Attribution.quote_id.in_(ids))).all()
    wordings = _wordings(rows, first=quote.id)
    if not any(w.quote_id == quote.id for w in wordings):  # stored, yet in no article
        wordings = (Wording(quote.id, quote.text), *wordings)
    return QuoteDetail(
        quote.id,
        quote.text,
        quote.remark_id or quote.id,
        wordings,
        tuple(_occurrence(row) for row in rows),
    )
