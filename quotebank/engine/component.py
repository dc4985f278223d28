"""The ``quotebank_quotes`` spaCy component: attributed quotations of a parsed Doc.

``find_speech(doc)`` runs the attribution over one parsed Doc (``quotes`` finds
the quoted spans, ``sieve`` attributes them) and returns plain ``FoundQuote``
records; the component stores them in ``doc.spans["quotes"]`` and
``doc._.quotes``.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quotebank.engine.attribution.decision import Decision
from quotebank.engine.attribution.quotes import (
    NOT_SPEECH,
    PARTIAL,
    TEXT_KEY,
    QuoteSpan,
    find_quotes,
)
from quotebank.engine.attribution.sieve import attribute
from quotebank.records import FoundQuote

COMPONENT = "quotebank_quotes"
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


def _is_speech(quote: QuoteSpan, found: Decision) -> bool:
    if quote.kind == NOT_SPEECH:
        return False
    if quote.kind == PARTIAL and found.speaker is None:
        words = sum(1 for t in quote.span if t.is_alpha)
        return words > _SCARE_QUOTE_WORDS
    return True


def _record(quote: QuoteSpan, found: Decision) -> FoundQuote:
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
