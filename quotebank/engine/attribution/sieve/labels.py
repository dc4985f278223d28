"""Cue finders for a page's furniture: interview labels, signatures and labels,
headlines, and a speaker who names herself."""

from __future__ import annotations

from quotebank.engine.attribution.cues import Cue
from quotebank.engine.attribution.headlines import headline_verb as find_headline_verb
from quotebank.engine.attribution.interviews import ANSWER, interview_label
from quotebank.engine.attribution.layout import headline_label as find_headline_label
from quotebank.engine.attribution.layout import signed_or_labelled
from quotebank.engine.attribution.phrases import names_self
from quotebank.engine.attribution.quotes import QuoteSpan
from quotebank.engine.attribution.sieve.page import Page
from quotebank.engine.attribution.words import is_role_word
from quotebank.text.dates import MONTHS, WEEKDAYS


def interview(page: Page, quote: QuoteSpan) -> Cue | None:
    """A printed interview's "A:" line is the interviewee's, its "Q:" line the
    interviewer's, as the introduction names them (``interviews``); a "Q:" line
    whose asker it does not name (or names two) is an unnamed interviewer's."""
    label = interview_label(page.text, quote)
    if label is None:
        return None
    word = page.parties.answers if label == ANSWER else page.parties.asks
    if word is None and label == ANSWER:
        return None
    return Cue(subject=word, text=":")  # no one named asking: an interviewer


def signature(page: Page, quote: QuoteSpan) -> Cue | None:
    """Vox pops, pull quotes, digests: the quote's signature or label names a person
    or a body (never a subhead such as "IOWA POLLS:", nor a weekday); each quote
    takes its own entry's name."""
    found = signed_or_labelled(page.doc, page.text, quote, page.quotes)
    if found is None:
        return None
    word, mark = found
    speaker = page.resolver.resolve(word)
    body = word.lower_ not in WEEKDAYS and word.lower_ not in MONTHS  # "The union: “…”"
    speaks = speaker is not None and (
        speaker.kind == "person"
        or (body and speaker.kind == "organization")
        or (speaker.kind == "unnamed" and is_role_word(word))  # "MODERATOR: …"
    )
    return Cue(subject=word, text=mark) if speaks else None


def self_named(page: Page, quote: QuoteSpan) -> Cue | None:
    """“I’m Joan Hartwell, and I approve this message”: a person of the story
    naming herself."""
    word = names_self(quote.span)
    known = word is not None and page.people.match(word.text) is not None
    return Cue(subject=word, text="I'm") if known and word is not None else None


def headline_label(page: Page, quote: QuoteSpan) -> Cue | None:
    """ "Senator: Deal Is ‘Dead On Arrival’": a headline's label speaks."""
    word = find_headline_label(page.doc, page.text, quote)
    return Cue(subject=word, text=":") if word is not None else None


def headline_person_label(page: Page, quote: QuoteSpan) -> Cue | None:
    """ "Chairman: Agency's Answers ‘Unacceptable’", "Ruiz: …": a label naming a
    person or a role speaks before any cue after it; not a place's ("Ukraine:
    Zelensky Calls Strikes ‘Terror’")."""
    cue = headline_label(page, quote)
    if cue is None or cue.subject is None:
        return None
    word = cue.subject
    person = word.ent_type_ == "PERSON" or page.people.person_at(word) is not None
    return cue if person or is_role_word(word) else None


def headline_verb(page: Page, quote: QuoteSpan) -> Cue | None:
    """ "Guns Are ‘A Crisis’ Ana Vale Tells Convention", "Moss Says Deal Is ‘Dead’":
    in a title-case headline, the name before a reporting verb after the quote,
    else before it (``headlines``)."""
    end = page.headline_end
    if quote.end > end:
        return None
    found = find_headline_verb(page.doc, end, start=quote.span.end) or find_headline_verb(
        page.doc, page.doc[quote.span.start].idx
    )
    if found is None or found[0].i in page.inside:
        return None
    return Cue(subject=found[0], text=found[1].text)
