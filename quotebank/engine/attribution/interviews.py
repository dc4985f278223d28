"""A printed interview's two parties (pure, over a Doc and its people).

    Ines Marlowe spent eleven winters on the island. She spoke with staff
    writer Piers Vane.

    Q: Why did you leave?
    A: The service automated it.

The introduction, everything before the first turn, names both. The one asking
is the one reporter, writer or host it names (or an outlet's: "KBRT's Bran
Odley"), else the side of its "X spoke with Y" that asks; with two reporters,
which one asks cannot be told. The one answering is the other side of that
conversation (of its two sides, the one the introduction names more), else
whoever the introduction names most.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotebank.engine.attribution.mentions import Mention, People
from quotebank.engine.attribution.name_shapes import owned_by_outlet
from quotebank.engine.attribution.quotes import QuoteSpan
from quotebank.engine.prefilter.turns import turn_label
from quotebank.text.lexicon import TALKING_VERBS

ANSWER, QUESTION = "A", "Q"
_ASKING_LABELS = (QUESTION, "INTERVIEWER")
_ASKING_ROLES = frozenset(
    "reporter writer editor correspondent interviewer host columnist journalist anchor".split()
)


@dataclass(frozen=True, slots=True)
class Parties:
    """The words naming who answers and who asks, when the introduction tells."""

    answers: Token | None
    asks: Token | None


def interview_label(text: str, quote: QuoteSpan) -> str | None:
    """ "A" or "Q" for an interview's turn (an "INTERVIEWER:" asks too), else None."""
    label = turn_label(text, quote.start) if quote.is_turn else None
    if label in _ASKING_LABELS:
        return QUESTION
    return ANSWER if label == ANSWER else None


def parties(doc: Doc, people: People, first_turn: int) -> Parties:
    """Who answers and who asks, from the names before token ``first_turn``."""
    mentions = [m for m in people.mentions if m.end <= first_turn]
    journalists = {m.person for m in mentions if _journalist(doc, people, m)}
    asker, other = _conversation(doc, people, first_turn)
    times = Counter(m.person for m in mentions)
    if asker is not None and other is not None and times[asker] > times[other]:
        asker, other = other, asker  # "Pettifer, 58, spoke with Ann Vane": about Pettifer
    if len(journalists) == 1:
        asker = next(iter(journalists))
        other = other if other != asker else None
    elif journalists:
        asker = None  # two reporters: whose question is whose cannot be told
    named = [p for p in times if p not in journalists | {asker}]  # in order of first mention
    answers = other if other is not None else max(named, key=lambda p: times[p], default=None)
    return Parties(_word(doc, mentions, answers), _word(doc, mentions, asker))


def _journalist(doc: Doc, people: People, mention: Mention) -> bool:
    """A reporter, writer or host by role, or an outlet's ("KBRT's Bran Odley")."""
    if people.persons[mention.person].roles & _ASKING_ROLES:
        return True
    return owned_by_outlet(doc[mention.start : mention.end].root)


def _conversation(doc: Doc, people: People, first_turn: int) -> tuple[int | None, int | None]:
    """The asker and the other party of the introduction's last "X spoke with Y",
    "X interviewed Y", "Y was questioned by X"; a named subject who "spoke with"
    someone asks, a pronoun ("She spoke with …") is the one the story is about."""
    for verb in reversed(doc[:first_turn]):
        if verb.lemma_.lower() not in TALKING_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            o
            for p in verb.children
            if p.lower_ in ("with", "to", "by")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        first = people.person_at(subject) if subject is not None else None
        second = next((p for p in map(people.person_at, objects) if p is not None), None)
        if second is None:
            continue
        if subject is not None and (subject.dep_ == "nsubjpass" or subject.pos_ == "PRON"):
            return second, first  # "was questioned by Feeney", "She spoke with Vane"
        return first, second
    return None, None


def _word(doc: Doc, mentions: list[Mention], person: int | None) -> Token | None:
    """The last word of the person's first mention."""
    first = next((m for m in mentions if m.person == person), None)
    return doc[first.end - 1] if first is not None else None
