"""Run the engine over article texts: ``analyze(nlp, text)`` and ``analyze_many``.

``analyze`` is the whole engine for one article: cut it down to the sentences
attribution reads (``prefilter.condense``), parse them, find and attribute
the quotations (``component.find_speech``) and return plain ``FoundQuote``
records, offsets into the original text, that know nothing of spaCy.
``analyze_reported`` also finds reported speech (``FoundAttribution``), over
whole articles: it has no quotation marks for the prefilter to find.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from quotebank.engine import workers
from quotebank.engine.attribution.indirect import find_indirect
from quotebank.engine.component import find_speech
from quotebank.engine.prefilter.condense import STAND_IN, Condensed, condense, whole
from quotebank.engine.prefilter.windows import windows
from quotebank.engine.prefilter.wrapping import unwrap
from quotebank.records import EngineFailure, FoundAttribution, FoundQuote

FULL_PARSE_ENV = "QUOTEBANK_FULL_PARSE"  # set (not to 0) to parse whole articles
BATCH_SIZE = 32
BATCH_CHARACTERS = 40_000  # parsed characters in one nlp.pipe batch (see _parse_within_budget)
T = TypeVar("T")


def selective_by_default() -> bool:
    """Parse only what attribution needs, unless ``$QUOTEBANK_FULL_PARSE`` says otherwise."""
    return os.environ.get(FULL_PARSE_ENV, "").strip() in ("", "0")


def analyze(nlp: Language, text: str, *, selective: bool | None = None) -> list[FoundQuote]:
    """Find and attribute every quotation in one article's text.

    With ``selective`` (the default, see ``selective_by_default``) only the
    sentences attribution reads are parsed (``condense``); offsets are always
    into ``text``.
    """
    return next(analyze_many(nlp, [text], selective=selective))


def analyze_many(
    nlp: Language,
    texts: Iterable[str],
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
    *,
    selective: bool | None = None,
) -> Iterator[list[FoundQuote]]:
    """``analyze`` over many texts, lazily and in order; ``n_process`` > 1 runs the
    engine in that many worker processes."""
    if selective is None:
        selective = selective_by_default()
    if n_process > 1 and workers.can_fork():
        batches = workers.batched(texts, batch_size)
        for found in workers.ordered_map(_analyze_batch, batches, n_process, (nlp, selective)):
            yield from found
        return
    originals: dict[int, str] = {}  # the texts being analysed, by number

    def pieces() -> Iterator[tuple[tuple[int, int], str]]:
        for number, text in enumerate(texts):
            originals[number] = text
            read = unwrap(text)  # same length: offsets are the original's
            yield from (((number, a), read[a:b]) for a, b in windows(read))

    by_window = _analyze_windows(nlp, pieces(), n_process, batch_size, selective)
    for number, of_text in itertools.groupby(by_window, key=lambda item: item[0][0]):
        text = originals.pop(number)
        yield [_placed(quote, start, text) for (_, start), quotes in of_text for quote in quotes]


def _analyze_windows(
    nlp: Language,
    pieces: Iterable[tuple[tuple[int, int], str]],
    n_process: int,
    batch_size: int,
    selective: bool,
) -> Iterator[tuple[tuple[int, int], list[FoundQuote]]]:
    """Each window's quotes, with offsets into the window."""
    condensed = ((key, text, _condensed(text, selective)) for key, text in pieces)
    if n_process > 1:
        parse = functools.partial(nlp.pipe, n_process=n_process, batch_size=batch_size)
    else:
        parse = functools.partial(_parse_within_budget, nlp, batch_size)
    for (key, text, cut), doc in workers.along(((item, item[2].text) for item in condensed), parse):
        yield key, _found(nlp, text, cut, doc)


def _parse_within_budget(nlp: Language, batch_size: int, texts: Iterable[str]) -> Iterator[Doc]:
    """``nlp.pipe`` over batches of at most ``batch_size`` texts and ``BATCH_CHARACTERS``
    characters: the parser's memory grows with the characters of a batch, so a batch
    of long windows dense with quotation marks would otherwise take gigabytes."""
    for batch in workers.batched_within(texts, batch_size, BATCH_CHARACTERS, len):
        yield from nlp.pipe(batch, batch_size=len(batch))


def _placed(quote: FoundQuote, offset: int, text: str) -> FoundQuote:
    """A window's quote placed in the whole original text, its words as written there."""
    start, end = quote.start + offset, quote.end + offset
    if offset == 0 and quote.text == text[start:end]:
        return quote
    return replace(quote, start=start, end=end, text=text[start:end])


def analyze_reported(
    nlp: Language, texts: Iterable[str], n_process: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[list[FoundQuote], list[FoundAttribution]]]:
    """Each text's quotations and reported speech (``find_indirect``), lazily and in
    order; every sentence is parsed. Offsets are into each text."""
    originals: dict[int, str] = {}

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for number, text in enumerate(texts):
            originals[number] = text
            read = unwrap(text)
            yield from ((read[a:b], (number, a)) for a, b in windows(read))

    if n_process > 1:
        parse = functools.partial(nlp.pipe, n_process=n_process, batch_size=batch_size)
    else:  # memory bounded as in analyze_many
        parse = functools.partial(_parse_within_budget, nlp, batch_size)
    parsed = workers.along(((key, piece) for piece, key in pieces()), parse)
    for number, of_text in itertools.groupby(parsed, key=lambda item: item[0][0]):
        text = originals.pop(number)
        quotes: list[FoundQuote] = []
        reported: list[FoundAttribution] = []
        for (_, start), doc in of_text:
            found = find_speech(doc)
            quotes += [_placed(quote, start, text) for quote in found]
            reported += [_shifted(item, start, text) for item in find_indirect(doc, found)]
        yield quotes, reported


def _shifted(item: FoundAttribution, offset: int, text: str) -> FoundAttribution:
    """Reported speech of a window placed in the whole original text."""
    if offset == 0:
        return item
    start, end = item.start + offset, item.end + offset
    return replace(
        item,
        start=start,
        end=end,
        text=text[start:end],
        segments=tuple((a + offset, b + offset) for a, b in item.segments),
        quoted=tuple((a + offset, b + offset) for a, b in item.quoted),
        source_start=None if item.source_start is None else item.source_start + offset,
        source_end=None if item.source_end is None else item.source_end + offset,
        cue_start=None if item.cue_start is None else item.cue_start + offset,
        cue_end=None if item.cue_end is None else item.cue_end + offset,
    )


def analyze_pairs(
    nlp: Language,
    items: Iterable[tuple[T, str]],
    *,
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
    selective: bool | None = None,
) -> Iterator[tuple[T, list[FoundQuote] | EngineFailure]]:
    """``analyze_many`` over ``(payload, text)`` pairs: each payload comes back with its
    quotes, or with an ``EngineFailure`` when the engine raised on that article alone.

    Lazy and in order: only the texts being batched are held in memory. Should the
    engine raise, the rest of that stretch of articles is read again one at a time,
    so one bad article costs only itself.
    """
    many = functools.partial(
        analyze_many, nlp, n_process=n_process, batch_size=batch_size, selective=selective
    )
    alone = functools.partial(analyze_many, nlp, selective=selective)  # in this process
    yield from _isolating(items, batch_size * max(n_process, 1) * 4, many, alone)


def report_pairs(
    nlp: Language,
    items: Iterable[tuple[T, str]],
    *,
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[tuple[T, tuple[list[FoundQuote], list[FoundAttribution]] | EngineFailure]]:
    """``analyze_reported`` over ``(payload, text)`` pairs, one failing article isolated
    as in ``analyze_pairs``; ``n_process`` > 1 parses in that many processes."""
    many = functools.partial(analyze_reported, nlp, n_process=n_process, batch_size=batch_size)
    alone = functools.partial(analyze_reported, nlp, batch_size=batch_size)  # in this process
    yield from _isolating(items, batch_size * max(n_process, 1) * 4, many, alone)


R = TypeVar("R")


def _isolating(
    items: Iterable[tuple[T, str]],
    stretch: int,
    many: Callable[[Iterable[str]], Iterator[R]],
    alone: Callable[[Iterable[str]], Iterator[R]],
) -> Iterator[tuple[T, R | EngineFailure]]:
    """``many`` over stretches of the items; after a failure, the rest of that stretch
    through ``alone``, one article at a time."""
    for part in workers.batched(items, stretch):
        done = 0
        try:
            for found in many(text for _, text in part):
                yield part[done][0], found
                done += 1
        except Exception:  # one article's failure, whatever it is: read the rest alone
            for payload, text in part[done:]:
                yield payload, _alone(alone, text)


def _alone(many: Callable[[Iterable[str]], Iterator[R]], text: str) -> R | EngineFailure:
    """One article by itself, its failure caught."""
    try:
        return next(many([text]))
    except Exception as exc:  # reported for this article; the run goes on
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return EngineFailure(f"{type(exc).__name__}: {first}"[:200])


def _analyze_batch(state: tuple[Language, bool], texts: list[str]) -> list[list[FoundQuote]]:
    """One batch in a worker process (see ``workers.ordered_map``)."""
    nlp, selective = state
    return list(analyze_many(nlp, texts, batch_size=len(texts), selective=selective))


def _condensed(text: str, selective: bool | None) -> Condensed:
    if selective is None:
        selective = selective_by_default()
    return condense(text) if selective else whole(text)


def _found(nlp: Language, text: str, condensed: Condensed, doc: Doc) -> list[FoundQuote]:
    """The quotes of ``text`` from the parse of its condensed form.

    Should a stand-in for a dropped sentence have been read as part of a name
    or a cue, the article is parsed whole instead."""
    found = find_speech(doc)
    if condensed.text != text and any(_has_stand_in(quote) for quote in found):
        return find_speech(nlp(text))
    return _restore(text, condensed, found)


def _has_stand_in(quote: FoundQuote) -> bool:
    fields = (quote.speaker, quote.speaker_description, quote.cue, quote.outlet)
    return any(STAND_IN in value for value in (*fields, *quote.speaker_aliases) if value)


def _restore(text: str, condensed: Condensed, found: list[FoundQuote]) -> list[FoundQuote]:
    """Quotes found in the condensed text, with offsets into the original, and
    their words from it (the middle of a long one was never parsed)."""
    if len(condensed.pieces) == 1 and condensed.pieces[0].original == 0:
        return found  # the text itself, or a leading part of it: same offsets
    restored = []
    for quote in found:
        span = condensed.original_ends(quote.start, quote.end)
        if span is not None:
            start, end = span
            restored.append(replace(quote, start=start, end=end, text=text[start:end]))
    return restored
