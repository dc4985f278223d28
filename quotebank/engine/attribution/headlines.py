"""Who speaks in a headline written in title case (pure, over a parsed Doc).

"Moss Endorses Ana Cole With Ruiz's Blessing", "Brill Says Cut Red Tape To
Reduce Poverty": title case hides the verb from the tagger, which reads
"Endorses" as part of a name. A headline that opens with a name and then a
reporting verb in the present tense ("Says", "Slams", "Calls On") is that
name's report of the rest, up to a dash, a colon or a comma (``indirect``); a
quotation beside such a name and verb is theirs (``sieve``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from quotebank.engine.attribution.reporting import SPEECH_LEMMAS
from quotebank.engine.attribution.speakers import ResolvedSpeaker


def present_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """ "says", "slams", "denies", "pushes": the third person of each verb."""
    forms = set()
    for lemma in lemmas:
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms.add(lemma[:-1] + "ies")
        elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
            forms.add(lemma + "es")
        else:
            forms.add(lemma + "s")
    return frozenset(forms)


_ENDS = frozenset(("-", "–", "—", ":", ",", ";", "|"))
# "says" -> "say": the present of each verb a title-case headline may report with.
HEADLINE_VERBS = {
    form: lemma for lemma in SPEECH_LEMMAS for form in present_forms(frozenset((lemma,)))
}


def headline_verb(doc: Doc, end: int, start: int = 0) -> tuple[Token, Token] | None:
    """The subject's head and the verb of "Name Verbs …" in the headline ending at
    character ``end``, from token ``start`` on: the first of ``HEADLINE_VERBS``
    after one to five capitalized words (a name or "Indiana Governor"), none of
    them a verb the tagger saw."""
    words = [t for t in doc[start:] if t.idx < end and not t.is_space and not t.is_quote]
    for n, token in enumerate(words[:6]):
        if token.lower_ in HEADLINE_VERBS and n > 0:
            before = words[:n]
            if all(t.text[:1].isupper() and t.pos_ != "VERB" for t in before):
                return before[-1], token
            return None
    return None


def headline_content(
    doc: Doc, verb: Token, end: int, particles: tuple[str, ...]
) -> tuple[int, int] | None:
    """The tokens after the verb (and its particle: "Calls On") up to the end of the
    headline or a dash, colon or comma, as a token range."""
    start = verb.i + 1
    if start < len(doc) and doc[start].lower_ in particles:
        start += 1
    stop = start
    while stop < len(doc) and doc[stop].idx < end and doc[stop].text not in _ENDS:
        stop += 1
    while stop > start and doc[stop - 1].is_punct:
        stop -= 1
    return (start, stop) if stop > start else None


def name_before(speaker: ResolvedSpeaker, cue: str) -> ResolvedSpeaker:
    """ "Moss Endorses Ana Cole", tagged one name: the name ends before the verb."""
    words = speaker.name.split()
    if cue not in words:
        return speaker
    name = " ".join(words[: words.index(cue)])
    return replace(speaker, name=name, aliases=(name,)) if name else speaker
