"""Writes: an article's reported speech (``FoundAttribution``), one row per occurrence.

Reported speech is never merged: not across articles (the same paraphrase in
two articles is two rows) and not with quotations (a verbatim quote with the
same words stays a quote). Speakers go through the same ``speakers`` table and
alias machinery as quotes. A mixed attribution is linked to the stored quote
of the first partial quotation inside it. Functions never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from quotebank.records import SPEAKER_KINDS, FoundAttribution
from quotebank.storage.schema import Attribution, Reported
from quotebank.storage.speakers import resolved_id
from quotebank.text import dates
from quotebank.text.keys import normalize_quote


def add_reported(
    session: Session, article_id: int, published: date | None, found: Sequence[FoundAttribution]
) -> int:
    """Store an article's reported speech (after its quotes); returns how many rows."""
    unique = list({(item.start, item.end): item for item in reversed(found)}.values())[::-1]
    if not unique:
        return 0
    quotes = _quote_ids_by_start(session, article_id)
    speakers: dict[tuple[str, str], int | None] = {}
    for item in sorted(unique, key=lambda item: (item.speaker or "", item.speaker_kind or "")):
        _speaker_id(session, item, speakers)  # in name order, as quotes are
    rows = [
        {
            "article_id": article_id,
            "speaker_id": _speaker_id(session, item, speakers),
            "quote_id": next((quotes[a] for a, _ in item.quoted if a in quotes), None),
            "text": item.text,
            "norm": normalize_quote(item.text),
            "start": item.start,
            "end": item.end,
            "cue": item.cue,
            "confidence": item.confidence,
            "rule": item.rule,
            "outlet": item.outlet,
            "said_when": item.said_when,
            "said_on": _said_on(item, published),
        }
        for item in unique
    ]
    session.execute(insert(Reported), rows)
    return len(rows)


def delete_reported(session: Session, article_id: int) -> None:
    """Remove an article's reported speech (before it is found again)."""
    session.execute(
        delete(Reported).where(Reported.article_id == article_id),
        execution_options={"synchronize_session": False},
    )


def _quote_ids_by_start(session: Session, article_id: int) -> dict[int, int]:
    stmt = select(Attribution.start, Attribution.quote_id).where(
        Attribution.article_id == article_id
    )
    return {start: quote_id for start, quote_id in session.execute(stmt)}


def _said_on(item: FoundAttribution, published: date | None) -> date | None:
    """The day of the cue's time phrase ("on Thursday") read against the article's date,
    else the article's date."""
    if item.said_when and published is not None:
        return dates.resolve(item.said_when, published) or published
    return published


def _speaker_id(
    session: Session, item: FoundAttribution, cache: dict[tuple[str, str], int | None]
) -> int | None:
    name = (item.speaker or "").strip()
    if not name:
        return None
    kind = item.speaker_kind if item.speaker_kind in SPEAKER_KINDS else "person"
    if (name, kind) not in cache:
        cache[(name, kind)] = resolved_id(
            session, name, kind, item.speaker_description, item.speaker_aliases
        )
    return cache[(name, kind)]
