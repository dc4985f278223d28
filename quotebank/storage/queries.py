"""Reads about quotes: who said a phrase, the closest quotes to it, one quote in detail.

Each function takes a ``Reader`` (or a ``Session``, read through one), runs a few
indexed SQL statements, written once for SQLite and PostgreSQL (``reader``), and
returns plain frozen dataclasses. Full-text matching goes through ``search.match``
so these functions stay dialect-neutral. An occurrence's context is the sentence
around it, read from a window of its article. A quote comes with the other
wordings of its remark (``remarks``): “feel-out meeting” and “a feel-out
meeting,” are answered as one remark, with every article. Listings of quotes
and speakers are ``listings``'.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from quotebank.storage.listings import JOINED
from quotebank.storage.reader import Params, Reader, day, reader_of
from quotebank.storage.search import match
from quotebank.text.keys import normalize_quote
from quotebank.text.sentences import sentence_ends

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from quotebank.storage.speech import ReportedOccurrence

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
    """The matching remarks of one speaker (``speaker == "unknown"`` for unattributed ones);
    ``reported``: the matching reported speech, never verbatim (``speech.who_said``)."""

    speaker: str
    speaker_id: int | None
    kind: str | None
    description: str | None
    occurrences: int
    remarks: tuple[RemarkHits, ...]
    reported: tuple[ReportedOccurrence, ...] = ()


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

_WINDOW_START = f'CASE WHEN a."start" > {_WINDOW} THEN a."start" - {_WINDOW} ELSE 0 END'
_OCCURRENCES = f"""SELECT a.id AS attribution_id, a.quote_id, q.text AS quote,
 coalesce(q.remark_id, q.id) AS remark_id, a.speaker_id, s.name AS speaker,
 s.kind AS speaker_kind, s.description, a.article_id, ar.title, so.name AS source, a.outlet,
 ar.url, a.said_on, a.cue, a.kind, a.confidence,
 a."start" - {_WINDOW_START} AS span_start, a."end" - {_WINDOW_START} AS span_end,
 substr(ar.text, {_WINDOW_START} + 1, a."end" - {_WINDOW_START} + {_WINDOW}) AS excerpt
{JOINED}"""  # with a window of article text around each span; the remark is remarks.remark_key


def _occurrences(p: Params, quote_ids: Iterable[int]) -> str:
    """The occurrences of ``quote_ids``, oldest first (undated first)."""
    return (
        f"{_OCCURRENCES} WHERE a.quote_id IN ({p.many(quote_ids)})"
        " ORDER BY a.said_on ASC NULLS FIRST, a.id"
    )


def _occurrence(row: Any) -> Occurrence:
    return Occurrence(
        attribution_id=row.attribution_id,
        quote_id=row.quote_id,
        article_id=row.article_id,
        title=row.title,
        source=row.source,
        outlet=row.outlet,
        url=row.url,
        date=day(row.said_on),
        speaker=row.speaker,
        cue=row.cue,
        kind=row.kind,
        confidence=row.confidence,
        context=sentence_around(row.excerpt or "", row.span_start, row.span_end),
    )


# --- who said ---------------------------------------------------------------


def who_said(session: Reader | Session, phrase: str, limit: int = 50) -> WhoSaidResult:
    """Who said ``phrase`` (case, punctuation and quote marks ignored), grouped by speaker
    and remark.

    At most ``limit`` matching quotes, best matches first, with the other wordings
    of their remarks; speakers and their remarks ordered by occurrences. When no
    quote matches, the closest ones (``closest_quotes``) instead.
    """
    db, p = reader_of(session), Params()
    matching = match(db.dialect, p, phrase, limit=limit)
    quote_ids = _with_remarks(db, p, f"SELECT id FROM ({matching}) AS m")
    speakers = _group_by_speaker(db.rows(_occurrences(p, quote_ids), p)) if quote_ids else []
    if speakers:
        return WhoSaidResult(tuple(speakers))
    return WhoSaidResult((), tuple(closest_quotes(db, phrase)))


def _with_remarks(db: Reader, p: Params, quote_ids: str) -> list[int]:
    """The quotes the SQL ``quote_ids`` selects and the other wordings of their remarks."""
    rows = db.rows(f"SELECT id, remark_id FROM quotes WHERE id IN ({quote_ids})", p)
    found, remarks = set(), set()
    for quote_id, remark_id in rows:
        found.add(quote_id)
        if remark_id is not None:
            remarks.add(remark_id)
    if remarks:
        sql = f"SELECT id FROM quotes WHERE remark_id IN ({p.many(remarks)})"
        found.update(quote_id for (quote_id,) in db.rows(sql, p))
    return sorted(found)


def _group_by_speaker(rows: Sequence[Any]) -> list[SpeakerHits]:
    groups: dict[int | None, dict[int, list[Any]]] = defaultdict(lambda: defaultdict(list))
    first: dict[int | None, Any] = {}
    for row in rows:
        groups[row.speaker_id][row.remark_id].append(row)
        first.setdefault(row.speaker_id, row)
    hits = [_speaker_hits(first[key], remarks) for key, remarks in groups.items()]
    return sorted(hits, key=lambda h: (-h.occurrences, h.speaker_id is None, h.speaker))


def _speaker_hits(head: Any, remarks: dict[int, list[Any]]) -> SpeakerHits:
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


def _wordings(rows: Iterable[Any], first: int | None = None) -> tuple[Wording, ...]:
    """The wordings of occurrence rows, ``first`` first, then the most reported (then oldest)."""
    texts = {row.quote_id: row.quote for row in rows}
    counts = Counter(row.quote_id for row in rows)
    order = sorted(texts, key=lambda i: (i != first, -counts[i], i))
    return tuple(Wording(quote_id, texts[quote_id]) for quote_id in order)


def closest_quotes(
    session: Reader | Session, phrase: str, limit: int = 5, *, min_score: float = 50.0
) -> list[ClosestQuote]:
    """Stored quotes sharing words with ``phrase``, ranked by fuzzy similarity."""
    from rapidfuzz import fuzz  # only when nothing matched exactly

    db, p = reader_of(session), Params()
    candidates = _candidates(db, phrase)
    stmt = f"SELECT id, text, norm FROM quotes WHERE id IN ({p.many(candidates)})"
    key = normalize_quote(phrase)
    scored = [
        ClosestQuote(quote_id, text, round(fuzz.partial_ratio(key, norm), 1))
        for quote_id, text, norm in db.rows(stmt, p)
    ]
    scored = [c for c in scored if c.score >= min_score]
    return sorted(scored, key=lambda c: (-c.score, c.quote_id))[:limit]


def _candidates(db: Reader, phrase: str) -> set[int]:
    """Ids of the quotes ``closest_quotes`` scores, at a cost that does not grow with the archive.

    The best full-text matches of the phrase's rarer words (in one to
    ``_COMMON`` quotes): ranking a word as common as "the" would score most of
    the archive. When every word is common ("the war must end now"), quotes
    sharing two consecutive words with the phrase (or the one word), unranked.
    """
    words = normalize_quote(phrase).split()
    rare = [word for word in dict.fromkeys(words) if 0 < _quotes_with(db, word) < _COMMON]
    if rare:
        p = Params()
        best = match(db.dialect, p, " ".join(rare), any_token=True, limit=_CANDIDATES)
        return {quote_id for (quote_id,) in db.rows(best, p)}
    pieces = [" ".join(pair) for pair in pairwise(words)] or [phrase]
    share = max(1, _CANDIDATES // len(pieces))
    found: set[int] = set()
    for piece in pieces:
        p = Params()
        some = match(db.dialect, p, piece, ordered=False, limit=share)
        found.update(quote_id for (quote_id,) in db.rows(some, p))
    return found


def _quotes_with(db: Reader, word: str) -> int:
    """How many quotes contain ``word``, counted up to ``_COMMON``."""
    p = Params()
    found = match(db.dialect, p, word, ordered=False, limit=_COMMON)
    ((count,),) = db.rows(f"SELECT count(*) AS n FROM ({found}) AS found", p)
    return int(count or 0)


# --- one quote --------------------------------------------------------------


def get_quote(session: Reader | Session, quote_id: int) -> QuoteDetail | None:
    """A quote with the other wordings of its remark and every article they appear in, or None."""
    db, p = reader_of(session), Params()
    found = db.rows(f"SELECT id, text, remark_id FROM quotes WHERE id = {p(quote_id)}", p)
    if not found:
        return None
    (quote,) = found
    ids = _with_remarks(db, p, p(quote_id))
    rows = db.rows(_occurrences(p, ids), p)
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
