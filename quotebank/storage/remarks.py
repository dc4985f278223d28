"""Remarks: the wordings of one remark linked across quotes (``quotes.remark_id``).

Outlets quote one remark longer or shorter, and each wording stays a quote of
its own (exact-text deduplication is unchanged); ``text.wordings`` says when
two wordings of one speaker are one remark, and which remark a wording joins. A
remark's id is the smallest id of its quotes, written on each of them; a quote
alone has none, so its remark's id is its own (``remark_key``).

``link_article`` links an article's quotes as it is saved, each to the remarks
of the speaker's older quotes that ``wording_index`` finds for it; ``link_all``
links a whole database in memory, one speaker at a time (migration 0005's
backfill), with the same rules and in the same order (a test checks that they
agree); ``tidy`` relabels the remarks of deleted quotes. Functions never commit.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from itertools import groupby
from operator import itemgetter

from sqlalchemy import ColumnElement, Connection, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from quotebank.storage.schema import Attribution, Quote
from quotebank.storage.wording_index import Finder, Found, SpeakerIndex, for_speaker
from quotebank.text.wordings import Words, head_of, remarks_to_join, substantial, words_of

Remarks = dict[int, list[tuple[int, Words]]]  # remark id -> its quotes (id, words)


def remark_key() -> ColumnElement[int]:
    """A quote's remark id: ``remark_id``, or its own id when it stands alone."""
    return func.coalesce(Quote.remark_id, Quote.id)


# --- as articles are saved -----------------------------------------------------


_ALONE_IN_ARTICLE = (  # built once: it runs for every article saved
    select(Attribution.quote_id, Attribution.speaker_id, Quote.norm)
    .join(Quote, Quote.id == Attribution.quote_id)
    .where(
        Attribution.article_id == bindparam("article_id"),
        Attribution.speaker_id.is_not(None),
        Quote.remark_id.is_(None),
    )
    .order_by(Attribution.quote_id)
)


def link_article(session: Session, article_id: int) -> int:
    """Link the article's quotes that stand alone to their speakers' remarks, in id order;
    returns how many quotes joined a remark (older ones it gathered included)."""
    pairs = session.execute(_ALONE_IN_ARTICLE, {"article_id": article_id}).all()
    finders: dict[int, Finder] = {}
    joined: set[int] = set()
    for quote_id, speaker_id, norm in pairs:
        words = words_of(norm)
        if speaker_id is None or quote_id in joined or not substantial(words):
            continue
        if speaker_id not in finders:
            finders[speaker_id] = for_speaker(session, speaker_id)
        joined |= _link(session, quote_id, words, finders[speaker_id])
    return len(joined)


def _link(session: Session, quote_id: int, words: Words, finder: Finder) -> set[int]:
    """Link one quote to the remarks it joins; the quotes now in its remark, or none."""
    remarks = _remarks_of(session, finder.related(words, quote_id))
    if not remarks:
        return set()
    heads = {remark: head_of(members)[1] for remark, members in remarks.items()}

    def holders(remark: int) -> set[int]:
        return _remark_keys(session, finder.holders(heads[remark], quote_id))

    joined = remarks_to_join(words, heads, holders)
    if not joined:
        return set()
    ids = {quote_id}.union(*({i for i, _ in remarks[remark]} for remark in joined))
    session.execute(
        update(Quote).where(Quote.id.in_(ids)).values(remark_id=min(ids)),
        execution_options={"synchronize_session": False},
    )
    return ids


def _remark_keys(session: Session, quote_ids: Collection[int]) -> set[int]:
    if not quote_ids:
        return set()
    return set(session.scalars(select(remark_key()).where(Quote.id.in_(quote_ids))))


def _remarks_of(session: Session, quote_ids: Collection[int]) -> Remarks:
    """The remarks the quotes belong to, each with every quote in it."""
    keys = _remark_keys(session, quote_ids)
    if not keys:
        return {}
    stmt = select(remark_key(), Quote.id, Quote.norm).where(
        or_(Quote.id.in_(keys), Quote.remark_id.in_(keys))
    )
    remarks: Remarks = {}
    for remark, quote_id, norm in session.execute(stmt):
        remarks.setdefault(remark, []).append((quote_id, words_of(norm)))
    return remarks


def tidy(session: Session, remarks: Iterable[int | None]) -> None:
    """After quotes were deleted: each remark's id is again its smallest quote id, and a
    quote left alone has none (a deleted id may be given to a new quote)."""
    for remark in {remark for remark in remarks if remark is not None}:
        ids = sorted(session.scalars(select(Quote.id).where(Quote.remark_id == remark)))
        if len(ids) > 1 and ids[0] == remark:
            continue
        session.execute(
            update(Quote)
            .where(Quote.remark_id == remark)
            .values(remark_id=ids[0] if len(ids) > 1 else None),
            execution_options={"synchronize_session": False},
        )


def relink_speaker(session: Session, speaker_id: int) -> int:
    """Link one speaker's quotes anew (after ``speakers merge`` gave it another's quotes),
    as ``link_all`` would; returns how many of its quotes are in a remark with others."""
    rows = session.execute(
        select(Quote.id, Quote.norm, Quote.remark_id)
        .join(Attribution, Attribution.quote_id == Quote.id)
        .where(Attribution.speaker_id == speaker_id)
        .distinct()
        .order_by(Quote.id)
    ).all()
    ids = [quote_id for quote_id, _, _ in rows]
    before = {remark for _, _, remark in rows if remark is not None}
    opts = {"synchronize_session": False}
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        session.execute(
            update(Quote).where(Quote.id.in_(chunk)).values(remark_id=None), execution_options=opts
        )
    state = _Linking()
    state.speaker([(quote_id, words_of(norm)) for quote_id, norm, _ in rows])
    labels = state.labels()
    _write(session.connection(), labels)  # the connection: not the ORM's update by key
    tidy(session, before)  # remarks the speaker's quotes left behind
    return len(labels)


# --- a whole database -------------------------------------------------------------


def link_all(conn: Connection) -> int:
    """Link every quote of the database anew, one speaker at a time; returns how many quotes
    are in a remark with others. In memory: a speaker's quotes and an index of them."""
    conn.execute(update(Quote).where(Quote.remark_id.is_not(None)).values(remark_id=None))
    state = _Linking()
    stmt = (
        select(Attribution.speaker_id, Quote.id, Quote.norm)
        .join(Quote, Quote.id == Attribution.quote_id)
        .where(Attribution.speaker_id.is_not(None))
        .distinct()
        .order_by(Attribution.speaker_id, Quote.id)
    )
    rows = conn.execute(stmt, execution_options={"yield_per": 5000})
    for _, quotes in groupby(rows, key=itemgetter(0)):
        state.speaker([(quote_id, words_of(norm)) for _, quote_id, norm in quotes])
    labels = state.labels()
    _write(conn, labels)
    return len(labels)


def _write(conn: Connection, labels: list[tuple[int, int]]) -> None:
    """Each (quote, remark) pair's remark id on its quote, 5,000 at a time."""
    for start in range(0, len(labels), 5000):
        conn.execute(
            update(Quote)
            .where(Quote.id == bindparam("quote"))
            .values(remark_id=bindparam("remark")),
            [{"quote": q, "remark": r} for q, r in labels[start : start + 5000]],
        )


class _Linking:
    """``link_article``'s decisions, made in memory over one speaker's quotes after another."""

    def __init__(self) -> None:
        self.remark_of: dict[int, int] = {}  # quote id -> remark id, for quotes in a remark
        self.members: Remarks = {}  # remark id -> its quotes

    def speaker(self, quotes: list[tuple[int, Words]]) -> None:
        """One speaker's quotes, in id order (the order they were stored)."""
        index = SpeakerIndex()
        for quote_id, words in quotes:
            if substantial(words) and quote_id not in self.remark_of:
                self._link(quote_id, words, index)
            index.add(quote_id, words)

    def _link(self, quote_id: int, words: Words, index: SpeakerIndex) -> None:
        remarks: Remarks = {}
        for other, other_words in index.related(words).items():
            remark = self.remark_of.get(other, other)
            remarks[remark] = self.members.get(remark, [(other, other_words)])
        heads = {remark: head_of(members)[1] for remark, members in remarks.items()}

        def holders(remark: int) -> set[int]:
            return self._keys(index.holders(heads[remark]))

        joined = remarks_to_join(words, heads, holders)
        if not joined:
            return
        members = [(quote_id, words)] + [m for remark in joined for m in remarks[remark]]
        for remark in joined:
            self.members.pop(remark, None)
        new = min(i for i, _ in members)
        self.members[new] = members
        self.remark_of.update((i, new) for i, _ in members)

    def _keys(self, found: Found) -> set[int]:
        return {self.remark_of.get(quote_id, quote_id) for quote_id in found}

    def labels(self) -> list[tuple[int, int]]:
        return sorted(self.remark_of.items())
