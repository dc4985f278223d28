"""What the sieve decides for one quotation."""

from __future__ import annotations

from dataclasses import dataclass

from quotebank.engine.attribution.speakers import ResolvedSpeaker


@dataclass(frozen=True, slots=True)
class Decision:
    """Who said a quotation, by which rule, and how sure the sieve is."""

    speaker: ResolvedSpeaker | None
    rule: str | None
    cue: str | None = None
    outlet: str | None = None
    confidence: float = 0.0
    group: int = 0
    when: str | None = None  # time phrase tied to the cue, as written


NO_ONE = Decision(speaker=None, rule=None)
