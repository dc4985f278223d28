"""Which units of an article can hold reported speech (pure): those with a cue word.

Reported speech has no quotation marks for ``condense`` to find; what it does
have is a cue the engine reads (``attribution.indirect``): a reporting verb, a
reporting noun, "according to", or a headline's label ("Rita Moss: ..."). A
``SpeechCues`` holds every written form of those cues (``inflections`` turns
the lemmas into forms with the lemmatizer's own rules and exceptions, so that
"said", "told" and "denied" are there) and picks the units that have one in
the writer's words; ``condense`` keeps them, with the context their sources
need, beside the units of the quotations.

A form in a unit is all the selection asks: the parse still decides whether it
is a cue. Verbs that speak only for a record ("the poll found", "the figures
show") count when the unit also names a record, and "put" beside "it" ("as
she put it").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from quotebank.engine.prefilter.marks import headline_end

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """The written forms, lower case, that may make a unit reported speech."""

    words: frozenset[str]  # any of these: a reporting verb or noun, "according"
    # a word of each set of a pair: "the poll found", "as she puts it"
    pairs: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()

    def units(self, narrative: str, units: Sequence[tuple[int, int]]) -> list[int]:
        """The units whose words (``narrative``: quotations blanked) hold a cue, and the
        first when the article opens with a headline with a label ("Moss: ...")."""
        found = [i for i, (a, b) in enumerate(units) if self._has_cue(narrative[a:b])]
        end = headline_end(narrative)
        if end and units and ":" in narrative[:end] and found[:1] != [0]:
            found.insert(0, 0)
        return found

    def _has_cue(self, text: str) -> bool:
        words = set()
        for match in _WORD.finditer(text.lower()):
            word = match.group()
            words.add(word)
            if "-" in word:
                words.update(word.split("-"))
        if not words.isdisjoint(self.words):
            return True
        return any(not words.isdisjoint(a) and not words.isdisjoint(b) for a, b in self.pairs)


def inflections(
    lemmas: Iterable[str],
    rules: Sequence[Sequence[str]],
    exceptions: Mapping[str, Sequence[str]],
) -> frozenset[str]:
    """Every form the lemmatizer could give one of ``lemmas`` for: the lemma, each
    rule run backwards (``("ies", "y")``: "denies" for "deny") and the exceptions
    ("said" for "say"). More forms than the language has, never fewer."""
    wanted = {lemma.lower() for lemma in lemmas}
    forms = set(wanted)
    for lemma in wanted:
        for old, new in rules:
            if lemma.endswith(new) and len(lemma) > len(new):
                forms.add(lemma[: len(lemma) - len(new)] + old)
    forms.update(form for form, of in exceptions.items() if not wanted.isdisjoint(of))
    return frozenset(forms)
