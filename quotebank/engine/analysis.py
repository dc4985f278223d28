"""Run the engine over article texts: ``analyze(nlp, text)`` and ``analyze_many``.

``analyze`` is the whole engine for one article: cut it down to the sentences
attribution reads (``prefilter.condense``), parse them, find and attribute
the quotations (``component.find_speech``) and return plain ``FoundQuote``
records, offsets into the original text, that know nothing of spaCy.
``analyze_reported`` also finds reported speech (``FoundAttribution``): it has
no quotation marks, so ``condense`` keeps too the units with one of its cue
words (``speech_cues``: every form of the reporting verbs and nouns
``find_indirect`` reads) and the context their sources need; its contents,
sources and cues are mapped back to the original as quotes are, and the text
is parsed whole when one cannot be.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from quotebank.engine import workers
from quotebank.engine.attribution.indirect import QUOTED_ENOUGH, find_indirect
from quotebank.engine.attribution.reporting import (
    COGNITION_VERBS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    SPEECH_LEMMAS,
)
from quotebank.engine.component import find_speech
from quotebank.engine.prefilter.condense import STAND_IN, Condensed, condense, whole
from quotebank.engine.prefilter.speech import SpeechCues, inflections
from quotebank.engine.prefilter.windows import windows
from quotebank.engine.prefilter.wrapping import unwrap
from quotebank.records import EngineFailure, FoundAttribution, FoundQuote
from quotebank.text.lexicon import DOCUMENT_NOUNS, DOCUMENT_VERBS, REPORTING_NOUNS, REPORTING_VERBS

_STAND_IN_WORD = re.compile(rf"\b{re.escape(STAND_IN.rstrip('.'))}\b")
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
    pieces = _numbered_windows(texts, originals)
    by_window = _analyze_windows(nlp, pieces, n_process, batch_size, selective)
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
    parse = _parser(nlp, n_process, batch_size)
    for (key, text, cut), doc in workers.along(((item, item[2].text) for item in condensed), parse):
        yield key, _found(nlp, text, cut, doc)


def _numbered_windows(
    texts: Iterable[str], originals: dict[int, str]
) -> Iterator[tuple[tuple[int, int], str]]:
    """The windows of each text, keyed by the text's number and the window's start;
    each text is put in ``originals`` as it is read."""
    for number, text in enumerate(texts):
        originals[number] = text
        read = unwrap(text)  # same length: offsets are the original's
        yield from (((number, a), read[a:b]) for a, b in windows(read))


def _parser(
    nlp: Language, n_process: int, batch_size: int
) -> Callable[[Iterable[str]], Iterator[Doc]]:
    """``nlp.pipe`` in ``n_process`` processes, or here within the memory budget."""
    if n_process > 1:
        return functools.partial(nlp.pipe, n_process=n_process, batch_size=batch_size)
    return functools.partial(_parse_within_budget, nlp, batch_size)


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
    nlp: Language,
    texts: Iterable[str],
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
    *,
    selective: bool | None = None,
) -> Iterator[tuple[list[FoundQuote], list[FoundAttribution]]]:
    """Each text's quotations and reported speech (``find_indirect``), lazily and in
    order. With ``selective`` (the default, see ``selective_by_default``) only what
    ``condense`` keeps for quotations and for reported speech (the units with a cue,
    ``speech_cues``) is parsed; offsets are always into each text. ``n_process`` > 1
    runs the engine in that many worker processes."""
    selective = _selective(selective)
    if n_process > 1 and workers.can_fork():
        batches = workers.batched(texts, batch_size)
        for batch in workers.ordered_map(_reported_batch, batches, n_process, (nlp, selective)):
            yield from batch
        return
    originals: dict[int, str] = {}  # the texts being analysed, by number
    pieces = _numbered_windows(texts, originals)
    by_window = _report_windows(nlp, pieces, n_process, batch_size, selective)
    for number, of_text in itertools.groupby(by_window, key=lambda item: item[0][0]):
        text = originals.pop(number)
        quotes: list[FoundQuote] = []
        reported: list[FoundAttribution] = []
        for (_, start), (found, said) in of_text:
            quotes += [_placed(quote, start, text) for quote in found]
            reported += [_shifted(item, start, text) for item in said]
        yield quotes, reported


def _report_windows(
    nlp: Language,
    pieces: Iterable[tuple[tuple[int, int], str]],
    n_process: int,
    batch_size: int,
    selective: bool,
) -> Iterator[tuple[tuple[int, int], tuple[list[FoundQuote], list[FoundAttribution]]]]:
    """Each window's quotes and reported speech, with offsets into the window."""
    cues = speech_cues(nlp) if selective else None
    condensed = (
        (key, text, whole(text) if cues is None else condense(text, speech=cues))
        for key, text in pieces
    )
    parse = _parser(nlp, n_process, batch_size)
    for (key, text, cut), doc in workers.along(((item, item[2].text) for item in condensed), parse):
        yield key, _found_reported(nlp, text, cut, doc)


def speech_cues(nlp: Language) -> SpeechCues | None:
    """The written forms of the cues ``find_indirect`` reads, from the pipeline's own
    lemmatizer tables (once per pipeline); None when it has no rule lemmatizer, and
    every sentence is parsed."""
    if nlp not in _SPEECH_CUES:
        _SPEECH_CUES[nlp] = _speech_cues(nlp)
    return _SPEECH_CUES[nlp]


_SPEECH_CUES: weakref.WeakKeyDictionary[Language, SpeechCues | None] = weakref.WeakKeyDictionary()


def _speech_cues(nlp: Language) -> SpeechCues | None:
    try:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups")  # noqa: B009  # not typed
        rules, exceptions = lookups.get_table("lemma_rules"), lookups.get_table("lemma_exc")
        verb_rules, noun_rules = rules["verb"], rules["noun"]
        verb_exceptions, noun_exceptions = exceptions["verb"], exceptions["noun"]
    except (AttributeError, KeyError):  # no rule lemmatizer: no forms to go by
        return None
    speech = SPEECH_LEMMAS
    misparsed = REPORTING_VERBS & COGNITION_VERBS  # "Trump estimates that": a plural noun
    words = (
        inflections(speech, verb_rules, verb_exceptions)
        | inflections(REPORTING_NOUNS, noun_rules, noun_exceptions)
        | (inflections(misparsed, noun_rules, noun_exceptions) - misparsed)
        | {"according"}
    )
    records = (  # "the poll found", "the figures show"
        inflections((EVIDENCE_VERBS | DOCUMENT_VERBS) - speech, verb_rules, verb_exceptions),
        inflections(EVIDENCE_NOUNS | DOCUMENT_NOUNS, noun_rules, noun_exceptions),
    )
    puts_it = (inflections({"put"}, verb_rules, verb_exceptions), frozenset({"it"}))
    return SpeechCues(frozenset(words), (records, puts_it))


def _found_reported(
    nlp: Language, text: str, condensed: Condensed, doc: Doc
) -> tuple[list[FoundQuote], list[FoundAttribution]]:
    """Quotes and reported speech of ``text`` from the parse of its condensed form.

    As in ``_found``, should a stand-in have been read as part of a name or a cue,
    or should a content, a source or a cue reach across a dropped sentence, the
    text is parsed whole instead."""
    found = find_speech(doc)
    said = find_indirect(doc, found)
    if condensed.text == text:
        return found, said
    restored = [_restored(item, condensed, text) for item in said]
    stand_in = any(map(_has_stand_in, found)) or any(map(_has_stand_in, said))
    if stand_in or any(item is None for item in restored):
        doc = nlp(text)
        found = find_speech(doc)
        return found, find_indirect(doc, found)
    quotes = _restore(text, condensed, found)
    kept = [
        item for item in restored if item is not None and not _wholly_quoted(text, item, quotes)
    ]
    return quotes, kept


def _wholly_quoted(text: str, item: FoundAttribution, quotes: list[FoundQuote]) -> bool:
    """Whether a mixed content is a quotation after all, its quotations' cut middles back
    (``find_indirect`` counts the share of its letters in quotation marks on the
    condensed text, where a long quotation is short): ``QUOTED_ENOUGH``, counted on
    the original."""
    if not item.quoted:
        return False
    spans = [(q.start, q.end) for q in quotes if q.start < item.end and q.end > item.start]
    letters = quoted = 0
    for a, b in item.segments:
        for i in range(a, b):
            if text[i].isalnum():
                letters += 1
                quoted += any(start <= i < end for start, end in spans)
    return quoted >= QUOTED_ENOUGH * letters > 0


def _restored(item: FoundAttribution, condensed: Condensed, text: str) -> FoundAttribution | None:
    """Reported speech found in the condensed text, with offsets into the original;
    None when a span of it does not map back whole."""
    return _moved(item, condensed.original_content, text)


def _shifted(item: FoundAttribution, offset: int, text: str) -> FoundAttribution:
    """Reported speech of a window placed in the whole original text."""
    if offset == 0:
        return item
    moved = _moved(item, lambda a, b: (a + offset, b + offset), text)
    assert moved is not None  # a shift always places a span
    return moved


def _moved(
    item: FoundAttribution,
    place: Callable[[int, int], tuple[int, int] | None],
    text: str,
) -> FoundAttribution | None:
    """``item`` with every span placed by ``place`` and its words read from ``text``;
    None when ``place`` cannot place one of them."""
    segments = _all_placed(place, item.segments)
    quoted = _all_placed(place, item.quoted)
    source = _optional(place, item.source_start, item.source_end)
    cue = _optional(place, item.cue_start, item.cue_end)
    if not segments or quoted is None or source is None or cue is None:
        return None
    start, end = segments[0][0], segments[-1][1]
    return replace(
        item,
        start=start,
        end=end,
        text=text[start:end],
        segments=segments,
        quoted=quoted,
        source_start=source[0],
        source_end=source[1],
        cue_start=cue[0],
        cue_end=cue[1],
    )


def _all_placed(
    place: Callable[[int, int], tuple[int, int] | None], spans: Iterable[tuple[int, int]]
) -> tuple[tuple[int, int], ...] | None:
    placed = []
    for a, b in spans:
        span = place(a, b)
        if span is None:
            return None
        placed.append(span)
    return tuple(placed)


def _optional(
    place: Callable[[int, int], tuple[int, int] | None], start: int | None, end: int | None
) -> tuple[int | None, int | None] | None:
    """A source's or cue's span placed, as it is when it has none; None if unplaced."""
    if start is None or end is None:
        return start, end
    return place(start, end)


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
    selective: bool | None = None,
) -> Iterator[tuple[T, tuple[list[FoundQuote], list[FoundAttribution]] | EngineFailure]]:
    """``analyze_reported`` over ``(payload, text)`` pairs, one failing article isolated
    as in ``analyze_pairs``; ``n_process`` > 1 runs the engine in that many processes."""
    many = functools.partial(
        analyze_reported, nlp, n_process=n_process, batch_size=batch_size, selective=selective
    )
    alone = functools.partial(  # in this process
        analyze_reported, nlp, batch_size=batch_size, selective=selective
    )
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


def _reported_batch(
    state: tuple[Language, bool], texts: list[str]
) -> list[tuple[list[FoundQuote], list[FoundAttribution]]]:
    """One batch of ``analyze_reported`` in a worker process."""
    nlp, selective = state
    return list(analyze_reported(nlp, texts, batch_size=len(texts), selective=selective))


def _selective(selective: bool | None) -> bool:
    return selective_by_default() if selective is None else selective


def _condensed(text: str, selective: bool | None) -> Condensed:
    return condense(text) if _selective(selective) else whole(text)


def _found(nlp: Language, text: str, condensed: Condensed, doc: Doc) -> list[FoundQuote]:
    """The quotes of ``text`` from the parse of its condensed form.

    Should a stand-in for a dropped sentence have been read as part of a name
    or a cue, the article is parsed whole instead."""
    found = find_speech(doc)
    if condensed.text != text and any(_has_stand_in(quote) for quote in found):
        return find_speech(nlp(text))
    return _restore(text, condensed, found)


def _has_stand_in(quote: FoundQuote | FoundAttribution) -> bool:
    """Whether a stand-in's word went into a name, a description, a cue or an outlet
    ("Yes your best friend": a description's words are joined without the stop)."""
    fields = (quote.speaker, quote.speaker_description, quote.cue, quote.outlet)
    return any(_STAND_IN_WORD.search(value) for value in (*fields, *quote.speaker_aliases) if value)


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
