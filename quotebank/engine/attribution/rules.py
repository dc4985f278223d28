"""The sieve's rules: how sure each is, and whether it names the speaker or guesses."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule of the sieve: how sure it is, and whether it names or guesses."""

    confidence: float
    explicit: bool = False  # a cue names the speaker outright
    guessed: bool = False  # taken from the quote's neighbourhood


RULES = {
    "cue": Rule(0.95, explicit=True),
    "according-to": Rule(0.9, explicit=True),
    "dash": Rule(0.85, explicit=True),
    "verdict": Rule(0.85, explicit=True),
    "governor": Rule(0.85),
    "sentence-cue": Rule(0.75),
    "headline": Rule(0.8, explicit=True),
    "echo": Rule(0.85),
    "signature": Rule(0.9, explicit=True),
    "self-named": Rule(0.9, explicit=True),
    "interview": Rule(0.85, explicit=True),
    "continuation": Rule(0.75, guessed=True),
    "previous-sentence": Rule(0.7, guessed=True),
    "introduced": Rule(0.7, guessed=True),
    "colon": Rule(0.65, guessed=True),
    "clause": Rule(0.6),
}
_OTHER = Rule(0.6)  # a rule missing from the table
DESCRIBED = 0.1  # less confidence when the speaker was reached by pronoun or description


def rule_of(name: str | None) -> Rule:
    """The table's entry for a rule as recorded ("cue+pronoun" is "cue")."""
    return RULES.get((name or "").split("+")[0], _OTHER)
