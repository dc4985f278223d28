"""A printed interview's two parties (pure, over a Doc and its people).

    Ines Marlowe spent eleven winters on the island. She spoke with staff
    writer Tobias Vane.

    Q: Why did you leave?
    A: The service automated it.

The introduction, everything before the first turn, names both: whoever it
names most, leaving out the one asking, answers the "A:" lines; the one asking
is a reporter, writer or host, or whom the interviewee "spoke with", and asks
the "Q:" lines when the introduction names one such person only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotebank.engine.attribution.mentions import Mention, People
from quotebank.engine.attribution.quotes import QuoteSpan
from quotebank.engine.prefilter.turns import DIRECTION

ANSWER, QUESTION = "A", "Q"
_LABEL = re.compile(rf"[ \t]*[\"“]?(?P<label>Q|A|INTERVIEWER):[ \t\u00a0]*(?:{DIRECTION}[ \t]*)?")
_ASKING_ROLES = frozenset(
    "reporter writer editor correspondent interviewer host columnist journalist anchor".split()
)
_TALKING = frozenset(("speak", "talk", "sit", "chat", "interview", "question", "ask"))


@dataclass(frozen=True, slots=True)
class Parties:
    """The words naming who answers and who asks, when the introduction tells."""

    answers: Token | None
    asks: Token | None


def interview_label(text: str, quote: QuoteSpan) -> str | None:
    """ "A" or "Q" for an interview's turn (an "INTERVIEWER:" asks too), else None."""
    if not quote.is_turn:
        return None
    line = text.rfind("\n", 0, quote.start) + 1
    found = _LABEL.fullmatch(text, line, quote.start)
    if found is None:
        return None
    return ANSWER if found.group("label") == ANSWER else QUESTION


def parties(doc: Doc, people: People, first_turn: int) -> Parties:
    """Who answers and who asks, from the names before token ``first_turn``."""
    mentions = [m for m in people.mentions if m.end <= first_turn]
    asking = {m.person for m in mentions if _asks(doc, people, m)}
    named = Counter(m.person for m in mentions if m.person not in asking)
    answers = max(named, key=lambda p: named[p], default=None)  # ties: the first named
    asks = asking.pop() if len(asking) == 1 else None
    return Parties(_word(doc, mentions, answers), _word(doc, mentions, asks))


def _asks(doc: Doc, people: People, mention: Mention) -> bool:
    """A reporter, writer or host by role, or whom someone "spoke with"."""
    if people.persons[mention.person].roles & _ASKING_ROLES:
        return True
    root = doc[mention.start : mention.end].root
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in ("with", "to", "by")
        and preposition.head.lemma_.lower() in _TALKING
    )


def _word(doc: Doc, mentions: list[Mention], person: int | None) -> Token | None:
    """The last word of the person's first mention."""
    first = next((m for m in mentions if m.person == person), None)
    return doc[first.end - 1] if first is not None else None
