"""What the parse says about a cue (pure, over spaCy tokens).

The ``Cue`` a reporting verb or noun makes (its subject from ``subjects``, the
words of the cue, the time and outlet it names: "told CNN on Thursday"), the
reporting word that governs a quote, documents that speak for their issuer, the
noun phrases that describe a speaker ("a senior European official"), and where a
cue stands against its quote. What single words are (a reporting verb, a role
word, an age) is in ``words``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from quotebank.engine.attribution.subjects import subject_of
from quotebank.engine.attribution.words import (
    SUBJECTS,
    agent_of,
    entity_of,
    is_reporting_verb,
    object_of,
)
from quotebank.text.lexicon import (
    CLOSING_VERBS,
    COMPANY_ENDINGS,
    ISSUING_VERBS,
    REPORTING_NOUNS,
)
from quotebank.text.names import strip_possessive

if TYPE_CHECKING:
    from quotebank.engine.attribution.quotes import QuoteSpan

INDEFINITE = frozenset(
    """
    a an another one some several two three many other senior
    """.split()
)
_TIME_LABELS = ("DATE", "TIME")


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that introduce a quote and the token naming who spoke."""

    subject: Token | None
    text: str
    outlet: str | None = None
    when: str | None = None  # "on Thursday", "yesterday"

    @classmethod
    def from_verb(cls, verb: Token, inside: set[int]) -> Cue:
        return cls(
            subject=subject_of(verb, inside),
            text=cue_text(verb),
            outlet=outlet_of(verb),
            when=time_of(verb, inside),
        )


def spoken_to(token: Token) -> bool:
    """The one a reporting verb's words are addressed to: "told Mr. Obama", "telling
    Fox 35", "said to Ms. Lane"."""
    to = token.dep_ == "pobj" and token.head.lower_ == "to"
    head = token.head.head if to else token.head
    return token.dep_ in ("dobj", "dative", "pobj") and is_reporting_verb(head)


def governing_cue(token: Token, inside: set[int]) -> Cue | None:
    lemma = token.lemma_.lower()
    if is_reporting_verb(token):
        return Cue.from_verb(token, inside)
    if token.pos_ == "NOUN" and lemma in REPORTING_NOUNS:
        owner = owner_of(token)
        if owner is not None:
            return Cue(subject=owner, text=token.text)
    aside = next((c for c in token.children if _reporting_aside(c, inside)), None)
    if aside is not None:  # "The draft, she said, was “…”"
        return Cue.from_verb(aside, inside)
    if lemma == "be" and any(_that_clause(c) for c in token.children):
        # "Kemp's claim is that the committee is a “witch hunt”", not "his view is “wrong”"
        noun = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if noun is not None and noun.i not in inside and noun.lemma_.lower() in REPORTING_NOUNS:
            return governing_cue(noun, inside)
    return None


def _reporting_aside(child: Token, inside: set[int]) -> bool:
    """ ", she said," set off by commas inside the clause it reports."""
    words = list(child.subtree)
    return (
        child.dep_ == "parataxis"
        and child.i not in inside
        and words[0].text == words[-1].text == ","
        and is_reporting_verb(child)
    )


def _that_clause(token: Token) -> bool:
    return token.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children
    )


def owner_of(noun: Token) -> Token | None:
    """ "Trump’s threats", "threats from Trump", "a statement by the ministry"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            found = object_of(child)
            if found is not None:
                return found
    return None


def partitive_group(token: Token) -> Token | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return object_of(prep)
    return None


def document_source(noun: Token) -> Token | None:
    """Who issued a document: "X's statement", "a statement from X", "a report released by X"."""
    owner = owner_of(noun)
    if owner is not None:
        return owner
    for child in noun.children:
        if child.dep_ == "acl":
            agent = agent_of(child)
            if agent is not None:
                return agent
    verb = noun.head  # "the office put out a statement": who put it out
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def cue_text(verb: Token) -> str:
    """The cue as written: the verb, its particle and a near object ("told reporters",
    "pointed out", "called this"), never running on into the quotation."""
    kept = [verb]
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.i > verb.i and child.i - verb.i <= 4:
            between = verb.doc[verb.i + 1 : child.i]
            if not any(t.is_quote or t.is_punct for t in between):  # not the quote's words
                kept.extend(itertools.takewhile(_plain_word, child.subtree))
            break
        if child.dep_ == "prt":
            kept.append(child)
    return _as_written(sorted(kept, key=lambda t: t.i))


def _plain_word(token: Token) -> bool:
    return not (token.is_punct or token.is_quote or token.lower_ in ("as", "that"))


def _as_written(tokens: list[Token]) -> str:
    """Tokens as the article writes them: a run of neighbours keeps its own spacing."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    doc = tokens[0].doc
    return " ".join(doc[run[0].i : run[-1].i + 1].text for run in runs)


def time_of(verb: Token, inside: set[int]) -> str | None:
    """The time the cue gives: "told Fox News on Thursday", "On Wednesday, X warned",
    "said yesterday"; as written, for ingest to resolve against the article's date."""
    speaking = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and (is_reporting_verb(c) or c.lemma_ in ("speak", "talk"))
    ]
    for child in [*verb.children, *(c for s in speaking for c in s.children)]:
        if child.i in inside:
            continue
        if child.dep_ == "prep" and child.lower_ in ("on", "at", "in", "during"):
            when = object_of(child)
            if when is not None and when.ent_type_ in _TIME_LABELS:
                return f"{child.lower_} {entity_of(when).text}"
        elif child.dep_ in ("npadvmod", "advmod", "tmod") and child.ent_type_ in _TIME_LABELS:
            return entity_of(child).text
    return None


def outlet_of(verb: Token) -> str | None:
    """ "told CNN" -> "CNN"; "told reporters" -> None."""
    if verb.lemma_ not in ("tell", "say"):
        return None
    for child in verb.children:
        if child.dep_ in ("dative", "dobj", "pobj") and child.ent_type_ in (
            "ORG",
            "WORK_OF_ART",
            "GPE",
        ):
            return strip_the(entity_of(child).text)
    return None


def strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def org_name(span: Span) -> str:
    """A body's name as written, without "the", a possessive, or the town after a
    company's name ("Cascade Ridge Partners [of Bend]")."""
    name = strip_possessive(strip_the(span.text.strip()))
    words = name.split()
    for i, (word, after) in enumerate(itertools.pairwise(words)):
        if after == "of" and word.lower().rstrip(".") in COMPANY_ENDINGS:
            return " ".join(words[: i + 1])
    return name


def noun_phrase(token: Token) -> Span:
    """The words of ``token``'s phrase up to it, without punctuation or space that
    the parser hung at its left ("”\n\nLiam's coach" is "Liam's coach")."""
    doc = token.doc
    left = min([token.i] + [c.left_edge.i for c in token.lefts])
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left : token.i + 1]


def descriptor(chunk: Span) -> str:
    """ "a senior European official" -> "European official"; "a spokesperson for Meta" ->
    "spokesperson for Meta" (a named employer keeps unnamed sources apart)."""
    words = [
        t.text_with_ws
        for t in chunk
        if _numbered(t)  # "a No 10 spokesperson": "No" is part of a name
        or not (
            t.dep_ in ("det", "predet")
            or t.lower_ in INDEFINITE
            or t.pos_ == "PRON"
            or (t.pos_ == "ADV" and t.i == chunk.start)  # "even a top strategist"
        )
    ]
    words = ["".join(words).strip()] if words else []
    head = chunk.root
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "from", "of", "with"):
            employer = object_of(prep)
            phrase = (
                _up_to_aside(chunk.doc[prep.i : employer.right_edge.i + 1]) if employer else None
            )
            if phrase is not None and any(t.pos_ == "PROPN" for t in phrase):
                words.append(phrase.text)
            break
    return " ".join(words) or chunk.root.text


def _up_to_aside(phrase: Span) -> Span:
    """ "for the state's office, which oversees …" -> "for the state's office": a phrase
    without the aside or apposition its comma opens."""
    end = next((t.i for t in phrase if t.text in (",", "(", ";") or t.dep_ == "relcl"), phrase.end)
    return phrase.doc[phrase.start : end]


def _numbered(token: Token) -> bool:
    """ "No" or "Number" before a numeral: "No 10", "Number 10 Downing Street"."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_.rstrip(".") in ("no", "number") and bool(following and following.like_num)


OWN_COMPLEMENTS = ("dobj", "xcomp", "ccomp", "attr", "acomp")  # "continued to rise"


def hangs_on(verb: Token, quote: QuoteSpan) -> bool:
    """Whether the parse hangs the quote (any of its sentences) on ``verb``."""
    return verb.is_ancestor(quote.span.root) or any(t.head.i == verb.i for t in quote.span)


def closes_quote(verb: Token, inside: set[int]) -> bool:
    """ "“…,” Mr. Gray continued", "“…,” she shot back", "“…,” he went on": a verb of
    ``CLOSING_VERBS`` (or "go on") with no object or clause of its own, right after
    the quote."""
    lemma = verb.lemma_.lower()
    goes_on = lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    return (
        verb.pos_ == "VERB"
        and (lemma in CLOSING_VERBS or goes_on)
        and not any(c.dep_ in OWN_COMPLEMENTS and c.i not in inside for c in verb.children)
    )


def reports_other_words(verb: Token, quote: QuoteSpan, inside: set[int]) -> bool:
    """“…” Coach Ines Vall says she will …: a verb after the quote whose own
    reported clause follows it is not the quote's cue. A clause inside quotation
    marks is the second half of the same utterance (“…,” Ruiz said, “…”). A verb
    right after the closing mark is inverted, "“…,” said the woman, who …": what
    follows is its subject, whatever the parse made of it."""
    explains = colon_after(verb) and quote.text.rstrip()[-1:] == ","  # “…,” X said: …
    return (
        verb.i >= quote.span.end
        and not _right_after(verb, quote)
        and not explains
        and any(
            c.dep_ == "ccomp" and c.i not in inside and follows(verb, c) and _has_subject(c)
            for c in verb.children
        )
    )


def colon_after(token: Token) -> bool:
    """A colon right after ``token`` ("Ruiz said: …")."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":"


def _has_subject(clause: Token) -> bool:
    """A reported clause has a subject ("says he will"); "said in an interview aired
    Monday" is a participle the parser took for one."""
    return any(c.dep_ in (*SUBJECTS, "expl") for c in clause.children)


def follows(verb: Token, child: Token) -> bool:
    """``child`` comes after ``verb`` as its own words, with no comma between: not the
    clause of a participle the parser hung on it ("Oduya said, mentioning the record
    is …")."""
    between = verb.doc[verb.i + 1 : child.left_edge.i + 1]
    return child.i > verb.i and not any(t.text == "," for t in between)


def _right_after(verb: Token, quote: QuoteSpan) -> bool:
    between = verb.doc[quote.span.end : verb.i]
    return all(t.is_quote or t.text == "," for t in between)
