"""Cut a very long text into windows the parser can take (pure).

Attribution is local: a quote's cue, its speaker's name and the pronouns that
point back at it lie within a few paragraphs. A transcript, a live blog or a
report of several megabytes is therefore read in windows of at most ``WINDOW``
characters, cut at a paragraph break, else at a sentence end, else at a space,
and the quotes of each window are shifted back to offsets in the whole text.
spaCy refuses a text over ``nlp.max_length`` (a million characters) and its
memory grows with the longest text it parses; windows bound both.
"""

from __future__ import annotations

import re

from quotebank.text.sentences import sentence_ends

WINDOW = 40_000  # characters: more than any development article (the longest: 33,672)
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n")


def windows(text: str, size: int = WINDOW) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive windows covering ``text``, each at most ``size``
    characters unless no break at all can be found in one."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _cut(text: str, start: int, limit: int) -> int:
    """The last good place to end a window that starts at ``start``: at most ``limit``."""
    floor = start + (limit - start) // 2  # never a window of less than half the size
    breaks = [m.end() for m in _PARAGRAPH.finditer(text, floor, limit)]
    if breaks:
        return breaks[-1]
    ends = sentence_ends(text, floor, limit)
    if ends:
        return ends[-1]
    space = text.rfind(" ", floor, limit)
    return space + 1 if space > floor else limit
