"""Cut news text into paragraphs and sentences, by regular expression (pure).

``text_units`` gives the units ``condense`` keeps or drops whole: paragraphs,
with any heading lines above them; a paragraph longer than ``LONG_PARAGRAPH``,
as when a whole article is one line, is cut at ``text.sentences.sentence_ends``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from quotebank.text.sentences import sentence_ends

LONG_PARAGRAPH = 600  # characters: a paragraph longer than this is cut into sentences
LINE = re.compile(r"[^\r\n]*\S[^\r\n]*")
_HEADING = 80  # characters: a shorter line with no closing punctuation is a heading
_CLOSING = tuple(".!?…:;\"”’')]")


def text_units(text: str, protected: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """``(start, end)`` of the units ``condense`` keeps or drops, covering the text.

    A unit is a paragraph, with any heading lines above it; a paragraph longer
    than ``LONG_PARAGRAPH`` (a whole article on one line) is cut into sentences.
    No unit boundary falls strictly inside a ``protected`` range."""
    cuts = {0, len(text)}
    after_heading = False
    for line in LINE.finditer(text):
        if not after_heading:
            cuts.add(line.start())
        after_heading = _is_heading(line.group())
        if line.end() - line.start() > LONG_PARAGRAPH:
            cuts |= set(sentence_ends(text, line.start(), line.end()))
    ordered = sorted(cuts)
    for a, b in protected:  # drop the cuts strictly inside
        del ordered[bisect.bisect_right(ordered, a) : bisect.bisect_left(ordered, b)]
    return [(a, b) for a, b in itertools.pairwise(ordered) if b > a]


def _is_heading(line: str) -> bool:
    line = line.strip()
    return len(line) < _HEADING and not line.endswith(_CLOSING)
