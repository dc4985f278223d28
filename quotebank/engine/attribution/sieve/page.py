"""What every cue finder reads: one document, its quotations and its people."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Token

from quotebank.engine.attribution.interviews import Parties, interview_label, parties
from quotebank.engine.attribution.quotes import QuoteSpan, doc_text
from quotebank.engine.attribution.resolver import Resolver
from quotebank.engine.attribution.speakers import Discourse
from quotebank.engine.attribution.surroundings import Surroundings
from quotebank.engine.prefilter.marks import headline_end


class Page:
    """A document with its quotations, the people it names and the words around
    each quotation, shared by the cue finders of one sieve run."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.text = doc_text(doc)
        self.headline_end = headline_end(self.text)
        self.inside = {i for q in quotes for i in range(q.span.start, q.span.end)}
        self.discourse = Discourse()
        self.resolver = Resolver(doc, self.inside, self.discourse)
        self.people = self.resolver.people
        self.around = Surroundings(doc, quotes, self.inside, self.resolver)

    @cached_property
    def parties(self) -> Parties:
        first = next(q for q in self.quotes if interview_label(self.text, q) is not None)
        return parties(self.doc, self.people, first.span.start)

    def other_paragraph(self, token: Token, quote: QuoteSpan) -> bool:
        """Whether a line break stands between ``token`` and the quote: the parser
        sometimes joins paragraphs, but a verb never governs a quote across one."""
        if token.idx < quote.start:
            return "\n" in self.text[token.idx : quote.start]
        return "\n" in self.text[quote.end : token.idx]

    def bracketed_apart(self, token: Token, quote: QuoteSpan) -> bool:
        """ "she was “the ablest of them” (think Ruiz or Lee)": a word inside
        brackets that the quote is not in belongs to the aside."""
        if token.idx < quote.start:
            between = self.text[token.idx : quote.start]
            close = between.find(")")
            return close >= 0 and "(" not in between[:close]
        between = self.text[quote.end : token.idx]
        return between.rfind("(") > between.rfind(")")
