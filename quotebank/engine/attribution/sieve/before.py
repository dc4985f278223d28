"""Cue finders that look before a quotation: "He quipped, “…”", "according to X",
"For X, there is “…”", and a signature after a dash ("— Commissioner X")."""

from __future__ import annotations

import itertools
from dataclasses import replace

from spacy.tokens import Token

from quotebank.engine.attribution.cues import (
    Cue,
    colon_after,
)
from quotebank.engine.attribution.quotes import PARTIAL, QuoteSpan, voices_what_follows
from quotebank.engine.attribution.sieve.page import Page
from quotebank.engine.attribution.words import (
    SUBJECTS,
    is_reporting_verb,
    object_of,
)
from quotebank.text.lexicon import CLOSING_VERBS, DASHES


def cue_before(page: Page, quote: QuoteSpan) -> Cue | None:
    """He quipped, “…” / telling reporters, “…” / X told CNN that “…”."""
    if quote.kind == PARTIAL:
        return None
    before = page.around.before_tokens(quote)
    gap = page.doc[before[-1].i + 1 : quote.span.start].text if before else ""
    if "\n" in gap and dash(page, quote) is not None:
        return None  # "Voters told us: / “…” — Ana Ruiz, 41": the signature speaks
    if "\n" in gap and before[-1].text not in (":", ","):
        return None  # a headline or paragraph that does not lead into the quote
    for token in reversed(before):
        if is_reporting_verb(token) or _fires_back(token):
            cue = Cue.from_verb(token, page.inside)
            if cue.subject is None:
                cue = replace(cue, subject=_name_before_aside(token, page.inside))
            return cue
    return None


def voiced_partial(page: Page, quote: QuoteSpan) -> Cue | None:
    """ "a man yelled “Stay there!”": a partial quote right after a verb of speech,
    when nothing the parse says names its speaker."""
    if quote.kind != PARTIAL:
        return None
    before = page.around.before_tokens(quote)
    if not before or not voices_what_follows(before[-1]):
        return None
    cue = Cue.from_verb(before[-1], page.inside)
    return cue if cue.subject is not None else None


def according_to(page: Page, quote: QuoteSpan) -> Cue | None:
    """ "according to X, …", "in X's words", "in the words of X": for a partial
    quote, anywhere before it in its sentence ("According to X, she had “…”
    results and shows “…” stamina"); failing those, "per X" right after the quote
    or opening its sentence ("“…,” per a spokesperson", "Per the memo, “…”")."""
    if quote.kind == PARTIAL:
        sent = page.doc[quote.span.start].sent
        before = [t for t in page.doc[sent.start : quote.span.start] if t.i not in page.inside]
    else:
        before = page.around.before_tokens(quote)
    after = page.around.after_tokens(quote)
    per = None
    for token in before + after:
        if token.lower_ == "per" and token in (before[:1] + after[:1]):
            per = per or object_of(token)  # "“…,” per a spokesperson"; "Per the memo, “…”"
        if token.lower_ == "according" and token.i + 2 < len(page.doc):
            to = page.doc[token.i + 1]
            source = object_of(to) if to.lower_ == "to" else None
            if source is not None:
                return Cue(subject=source, text="according to")
        source = _words_of(token)
        if source is not None:
            return Cue(subject=source, text="in the words of")
    return Cue(subject=per, text="per") if per is not None else None


def dash(page: Page, quote: QuoteSpan) -> Cue | None:
    """ "“…” — Commissioner Ann Lee", "“…” -- Rep. Ann Lee (D-Md.), to reporters": the
    name after a dash, up to its brackets or comma."""
    tokens = page.around.after_tokens(quote)
    if len(tokens) < 2 or tokens[0].text not in DASHES:
        return None
    name = itertools.takewhile(lambda t: t.text not in ("(", ",", ";", ":"), tokens[1:6])
    heads = [t for t in name if t.pos_ == "PROPN"]
    return Cue(subject=heads[-1], text="—") if heads else None


def stance(page: Page, quote: QuoteSpan) -> Cue | None:
    """ "For Peter Slezkine, the Stimson Center’s …, there is “…”"."""
    before = page.around.before_tokens(quote)
    if len(before) >= 2 and before[0].lower_ in ("for", "to") and before[0].dep_ == "prep":
        holder = object_of(before[0])
        if holder is not None and page.people.person_at(holder) is not None:
            return Cue(subject=holder, text=before[0].text)
    return None


def _words_of(token: Token) -> Token | None:
    """Whose words "in her words", "in Ruiz's own words", "in the words of one aide"
    are."""
    if token.lower_ != "words" or token.head.lower_ != "in":
        return None
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return object_of(child)
    return None


def _name_before_aside(verb: Token, inside: set[int]) -> Token | None:
    """ "after Mr. Ruiz, asked about the fire, had said, “…”": the name just before a
    verb the parse left without a subject, past its auxiliaries and one aside."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None  # "Ruiz was asked, “…”": the one asked
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    if i >= 0 and doc[i].text == ",":  # ", asked about the fire,"
        i -= 1
        while i >= 0 and doc[i].text != "," and not doc[i].is_quote and i not in inside:
            i -= 1
        i -= 1
    name = doc[i] if i >= 0 and i not in inside else None
    return name if name is not None and name.ent_type_ == "PERSON" else None


def _fires_back(verb: Token) -> bool:
    """ "Rubio fired back: “…”", "Hillary shot back, “…”", "then Mirov continues:
    “…”": a closing verb with "back" or a colon speaks before a quote too (else the
    cue would be a reporting verb further back, "After Brown criticized …")."""
    if verb.lemma_.lower() not in CLOSING_VERBS:
        return False
    return colon_after(verb) or any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children
    )
