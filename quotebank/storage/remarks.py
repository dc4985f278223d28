"""Remarks: the wordings of one remark linked across quotes (``quotes.remark_id``).

Outlets quote one remark longer or shorter, and each wording stays a quote of
its own (exact-text deduplication is unchanged); ``text.wordings`` says when
two wordings of one speaker are one remark, and which remark a wording joins. A
remark's id is the smallest id of its quotes, written on each of them; a quote
alone has none, so its remark's id is its own (``remark_key``).

``link_article`` links an article's quotes as it is saved. For each quote still
alone it finds the speaker's stored quotes that could be one remark with it
through indexes: those holding its core words as a phrase (the full-text index)
and those whose words are a run of its words (``parts``, looked up by
``quotes.norm``). ``link_all`` links a whole database in memory, one speaker at
a time (migration 0005's backfill), with the same rules; ``tidy`` relabels the
remarks of deleted quotes. Functions never commit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from itertools import groupby, pairwise
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from quotebank.storage.schema import Attribution, Quote
from quotebank.storage.search import fts_match
from quotebank.text.wordings import (
    MAX_PART,
    Words,
    core,
    head_of,
    inside,
    parts,
    remarks_to_join,
    same_remark,
    substantial,
    words_of,
)

_CONTAINING = 1000  # quotes holding a wording's core that are looked at, at most
_LOOKUP = 500  # norms per IN (...)
Remarks = dict[int, list[tuple[int, Words]]]  # remark id -> its quotes (id, words)
_RELABEL = update(Quote).where(Quote.id == bindparam("quote")).values(remark_id=bindparam("remark"))


def remark_key() -> ColumnElement[int]:
    """A quote's remark id: ``remark_id``, or its own id when it stands alone."""
    return func.coalesce(Quote.remark_id, Quote.id)


# --- as articles are saved -----------------------------------------------------


def link_article(session: Session, article_id: int) -> int:
    """Link the article's quotes that stand alone to their speakers' remarks; how many joined."""
    pairs = session.execute(
        select(Attribution.quote_id, Attribution.speaker_id, Quote.norm)
        .join(Quote, Quote.id == Attribution.quote_id)
        .where(
            Attribution.article_id == article_id,
            Attribution.speaker_id.is_not(None),
            Quote.remark_id.is_(None),
        )
        .order_by(Attribution.quote_id)
    ).all()
    return sum(link_quote(session, quote, speaker or 0, norm) for quote, speaker, norm in pairs)


def link_quote(session: Session, quote_id: int, speaker_id: int, norm: str) -> bool:
    """Link a quote standing alone to the remarks of ``speaker_id`` it belongs to."""
    words = words_of(norm)
    if not substantial(words):
        return False
    if session.scalar(select(Quote.remark_id).where(Quote.id == quote_id)) is not None:
        return False  # joined a remark meanwhile, through another quote of the article
    older = _Older(session, speaker_id, quote_id)
    remarks = _remarks_of(session, older.holding(words) | older.inside(words))
    heads = {remark: head_of(members)[1] for remark, members in remarks.items()}
    joined = remarks_to_join(words, heads, lambda remark: older.holders(heads[remark]))
    if not joined:
        return False
    ids = {quote_id}.union(*({i for i, _ in remarks[remark]} for remark in joined))
    session.execute(
        update(Quote).where(Quote.id.in_(ids)).values(remark_id=min(ids)),
        execution_options={"synchronize_session": False},
    )
    return True


class _Older:
    """The speaker's quotes older than a quote, looked up through indexes. Older only:
    quotes are linked in the order they were stored (``link_all`` too)."""

    def __init__(self, session: Session, speaker_id: int, quote_id: int) -> None:
        self.session, self.speaker_id, self.before = session, speaker_id, quote_id

    def holding(self, words: Words) -> set[int]:
        """Quotes holding the core of ``words`` as a phrase (the full-text index)."""
        phrase = fts_match(self.session, " ".join(core(words)))
        return self._spoken(phrase.order_by(None).limit(_CONTAINING))

    def inside(self, words: Words) -> set[int]:
        """Quotes whose words are a run of ``words`` (``quotes.norm``, one run a key)."""
        runs = list(dict.fromkeys(parts(words)))
        found: set[int] = set()
        for start in range(0, len(runs), _LOOKUP):
            chunk = runs[start : start + _LOOKUP]
            found |= self._spoken(select(Quote.id).where(Quote.norm.in_(chunk)))
        return found

    def holders(self, head: Words) -> set[int]:
        """The remarks of the quotes that hold ``head``, one remark with it."""
        ids = self.holding(head)
        if not ids:
            return set()
        stmt = select(remark_key(), Quote.norm).where(Quote.id.in_(ids))
        return {
            remark
            for remark, norm in self.session.execute(stmt)
            if len(words_of(norm)) >= len(head) and same_remark(head, words_of(norm))
        }

    def _spoken(self, quotes: Select[Any]) -> set[int]:
        """Of the quotes ``quotes`` selects, the older ones attributed to the speaker."""
        ids = [i for i in self.session.scalars(quotes) if i < self.before]
        if not ids:
            return set()
        stmt = select(Attribution.quote_id).where(
            Attribution.speaker_id == self.speaker_id, Attribution.quote_id.in_(ids)
        )
        return set(self.session.scalars(stmt.distinct()))


def _remarks_of(session: Session, quote_ids: Collection[int]) -> Remarks:
    """The remarks the quotes belong to, each with every quote in it."""
    if not quote_ids:
        return {}
    keys = set(session.scalars(select(remark_key()).where(Quote.id.in_(quote_ids))))
    stmt = select(remark_key(), Quote.id, Quote.norm).where(
        or_(Quote.id.in_(keys), Quote.remark_id.in_(keys))
    )
    remarks: Remarks = defaultdict(list)
    for remark, quote_id, norm in session.execute(stmt):
        remarks[remark].append((quote_id, words_of(norm)))
    return dict(remarks)


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
    for start in range(0, len(labels), 5000):
        conn.execute(
            update(Quote)
            .where(Quote.id == bindparam("quote"))
            .values(remark_id=bindparam("remark")),
            [{"quote": q, "remark": r} for q, r in labels[start : start + 5000]],
        )
    return len(labels)


class _Linking:
    """``link_quote``'s decisions, made in memory over one speaker's quotes after another."""

    def __init__(self) -> None:
        self.remark_of: dict[int, int] = {}  # quote id -> remark id, for quotes in a remark
        self.members: Remarks = {}  # remark id -> its quotes

    def speaker(self, quotes: list[tuple[int, Words]]) -> None:
        """One speaker's quotes, in id order (the order they were stored)."""
        index = _SpeakerIndex()
        for quote_id, words in quotes:
            if substantial(words) and quote_id not in self.remark_of:
                self._link(quote_id, words, index)
            index.add(quote_id, words)

    def _link(self, quote_id: int, words: Words, index: _SpeakerIndex) -> None:
        remarks: Remarks = {}
        for other, other_words in index.related(words).items():
            remark = self.remark_of.get(other, other)
            remarks[remark] = self.members.get(remark, [(other, other_words)])
        heads = {remark: head_of(members)[1] for remark, members in remarks.items()}

        def holders(remark: int) -> set[int]:
            head = heads[remark]
            return {
                self.remark_of.get(other, other)
                for other, other_words in index.related(head).items()
                if len(other_words) >= len(head) and same_remark(head, other_words)
            }

        joined = remarks_to_join(words, heads, holders)
        if not joined:
            return
        members = [(quote_id, words)] + [m for remark in joined for m in remarks[remark]]
        for remark in joined:
            self.members.pop(remark, None)
        new = min(i for i, _ in members)
        self.members[new] = members
        self.remark_of.update((i, new) for i, _ in members)

    def labels(self) -> list[tuple[int, int]]:
        return sorted(self.remark_of.items())


class _SpeakerIndex:
    """One speaker's substantial quotes so far, found by their first two words (quotes
    inside a new one) and by any two words in a row (quotes holding a new one's core)."""

    def __init__(self) -> None:
        self.words: dict[int, Words] = {}
        self.by_start: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.by_pair: dict[tuple[str, ...], list[int]] = defaultdict(list)

    def add(self, quote_id: int, words: Words) -> None:
        if not substantial(words):
            return
        self.words[quote_id] = words
        if len(words) <= MAX_PART:
            self.by_start[words[:2]].append(quote_id)
        for pair in set(pairwise(words)):
            self.by_pair[pair].append(quote_id)

    def related(self, words: Words) -> dict[int, Words]:
        """The quotes that ``link_quote``'s lookups would find for ``words``."""
        found: dict[int, Words] = {}
        for pair in pairwise(words):
            for other in self.by_start.get(pair, ()):
                if len(self.words[other]) < len(words) and inside(self.words[other], words):
                    found[other] = self.words[other]
        centre = core(words)
        pairs = list(pairwise(centre))
        rarest = min(pairs, key=lambda pair: len(self.by_pair.get(pair, ())))
        for other in self.by_pair.get(rarest, ()):
            if inside(centre, self.words[other]):
                found[other] = self.words[other]
        return found
