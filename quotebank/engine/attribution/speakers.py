"""A speaker as one article names it, and what attribution has heard so far."""

from __future__ import annotations

from dataclasses import dataclass

from quotebank.engine.attribution.mentions import People


@dataclass(frozen=True, slots=True)
class ResolvedSpeaker:
    """A speaker as one article names it; ``how`` says how the sieve got there."""

    name: str
    kind: str  # person | organization | unnamed | document
    description: str | None = None
    aliases: tuple[str, ...] = ()
    how: str = "name"  # name | pronoun | description | unnamed | organization | document
    plural: bool = False  # "officials", "the two leaders": never a later "he" or "she"


@dataclass(slots=True)
class Discourse:
    """What the article has said so far, as attribution reads on: who spoke last."""

    last_speaker: int | None = None  # person index of the last named speaker
    last_unnamed: tuple[ResolvedSpeaker, int] | None = None  # and where its quote ended
    last_end: int = 0  # where the last named speaker's quote ended

    def heard(self, speaker: ResolvedSpeaker | None, people: People, quote_end: int) -> None:
        """Remember the speaker of a quote ending at token ``quote_end``."""
        if speaker is not None and speaker.kind == "person":
            self.last_speaker = people.match(speaker.name)
            self.last_end = quote_end
        unnamed = speaker is not None and speaker.kind == "unnamed"
        self.last_unnamed = (speaker, quote_end) if unnamed and speaker else None
