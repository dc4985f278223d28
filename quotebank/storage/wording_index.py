"""A speaker's older quotes that may be one remark with a wording (``remarks``' lookups).

Two kinds of quote may be: those a wording lies inside (holding its core, the
wording without edge function words) and those lying inside it (as a run of its
words, up to ``MAX_PART`` words). ``related`` finds both, ``holders`` the first
kind, always among the quotes older than a given id: quotes are linked in the
order they were stored.

``for_speaker`` reads the quotes of a speaker quoted up to ``IN_MEMORY`` times
(nearly every speaker) in one query and compares them one by one (``InMemory``);
a speaker quoted more often is looked up through the database's indexes instead
(``Indexed``: the full-text index for the quotes holding a core, ``quotes.norm``
for the runs). ``SpeakerIndex`` finds them in memory by two words in a row, for
``remarks.link_all``'s pass over every speaker. All keep exactly the quotes
``relates`` keeps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Protocol

from sqlalchemy import Integer, bindparam, select
from sqlalchemy.orm import Session

from quotebank.storage.bulk import Bulk
from quotebank.storage.schema import Attribution, Quote
from quotebank.storage.search import fts_match
from quotebank.text.wordings import (
    MAX_PART,
    Words,
    core,
    inside,
    parts,
    same_remark,
    substantial,
    words_of,
)

IN_MEMORY = 500  # a speaker's occurrences up to which their quotes are read whole
_HOLDING = 1000  # quotes holding a core that are looked at, at most
Found = dict[int, Words]  # quote id -> its words
Test = Callable[[Words, Words], bool]


def relates(words: Words, other: Words) -> bool:
    """``other`` may be one remark with ``words``: lies inside it, or holds its core."""
    if not substantial(other):
        return False
    if len(other) < len(words) and len(other) <= MAX_PART and inside(other, words):
        return True
    return inside(core(words), other)


def holds(head: Words, other: Words) -> bool:
    """``other`` holds ``head``, one remark with it."""
    return len(other) >= len(head) and same_remark(head, other)


class Finder(Protocol):
    def related(self, words: Words, before: int) -> Found: ...

    def holders(self, head: Words, before: int) -> Found: ...


class SpeakerIndex:
    """Substantial quotes of one speaker, found by their first two words (quotes inside a
    wording) and by any two words in a row (quotes holding a wording's core)."""

    def __init__(self) -> None:
        self.words: Found = {}
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

    def related(self, words: Words) -> Found:
        starting = (i for pair in pairwise(words) for i in self.by_start.get(pair, ()))
        return self._keep(words, [*starting, *self._holding(words)], relates)

    def holders(self, head: Words) -> Found:
        return self._keep(head, self._holding(head), holds)

    def _holding(self, words: Words) -> list[int]:
        """Quotes with the rarest two words in a row of ``words``' core."""
        pairs = list(pairwise(core(words)))
        if not pairs:
            return []
        return self.by_pair.get(min(pairs, key=lambda pair: len(self.by_pair.get(pair, ()))), [])

    def _keep(self, words: Words, ids: Iterable[int], test: Test) -> Found:
        return {i: self.words[i] for i in ids if test(words, self.words[i])}


class InMemory:
    """A speaker's quotes, read once and compared one by one: a text search in a few
    hundred quotes costs less than indexing them. ``relates`` as padded strings: the
    words of a run with a space on each side are in a text's words so padded exactly
    when they lie in them, in order and together."""

    def __init__(self, quotes: Iterable[tuple[int, Words]]) -> None:
        self.quotes = [
            (quote_id, words, _padded(words))
            for quote_id, words in sorted(set(quotes))
            if substantial(words)
        ]

    def related(self, words: Words, before: int) -> Found:
        text, centre = _padded(words), _padded(core(words))
        return {
            quote_id: other
            for quote_id, other, padded in self._older(before)
            if (len(other) < len(words) and len(other) <= MAX_PART and padded in text)
            or centre in padded
        }

    def holders(self, head: Words, before: int) -> Found:
        return {i: other for i, other, _ in self._older(before) if holds(head, other)}

    def _older(self, before: int) -> Iterable[tuple[int, Words, str]]:
        return (quote for quote in self.quotes if quote[0] < before)


def _padded(words: Words) -> str:
    return f" {' '.join(words)} "


class Indexed:
    """A speaker's quotes found through the database's indexes, a wording at a time."""

    def __init__(self, session: Session, speaker_id: int) -> None:
        self.session, self.speaker_id = session, speaker_id

    def related(self, words: Words, before: int) -> Found:
        inside_it = Bulk(self.session.connection()).ids("quotes", "norm", parts(words)).values()
        ids = self._spoken(self._holding(words), before) | self._spoken(inside_it, before)
        return {i: w for i, w in self._words(ids).items() if relates(words, w)}

    def holders(self, head: Words, before: int) -> Found:
        ids = self._spoken(self._holding(head), before)
        return {i: w for i, w in self._words(ids).items() if holds(head, w)}

    def _holding(self, words: Words) -> list[int]:
        phrase = fts_match(self.session, " ".join(core(words)), ordered=False, limit=_HOLDING)
        return list(self.session.scalars(phrase))

    def _spoken(self, ids: Iterable[int], before: int) -> set[int]:
        """Of ``ids``, those older than ``before`` attributed to the speaker."""
        older = [i for i in ids if i < before]
        if not older:
            return set()
        stmt = select(Attribution.quote_id).where(
            Attribution.speaker_id == self.speaker_id, Attribution.quote_id.in_(older)
        )
        return set(self.session.scalars(stmt.distinct()))

    def _words(self, ids: set[int]) -> Found:
        if not ids:
            return {}
        rows = self.session.execute(select(Quote.id, Quote.norm).where(Quote.id.in_(ids)))
        return {quote_id: words_of(norm) for quote_id, norm in rows}


_SPEAKERS_QUOTES = (  # built once: it runs for each speaker of each article saved
    select(Quote.id, Quote.norm)
    .join(Attribution, Attribution.quote_id == Quote.id)
    .where(Attribution.speaker_id == bindparam("speaker_id"))
    .limit(bindparam("limit", type_=Integer))
)


def for_speaker(session: Session, speaker_id: int) -> Finder:
    """An ``InMemory`` of the speaker's quotes, or ``Indexed`` for one quoted more often."""
    wanted = {"speaker_id": speaker_id, "limit": IN_MEMORY + 1}
    rows = session.execute(_SPEAKERS_QUOTES, wanted).all()
    if len(rows) > IN_MEMORY:
        return Indexed(session, speaker_id)
    return InMemory((quote_id, words_of(norm)) for quote_id, norm in rows)
