"""Hard-wrapped text read as its paragraphs (pure).

Wire feeds, e-mail and archives break lines at a fixed width and mark
paragraphs with blank lines. Read as is, every line break would cut a
quotation and a sentence in two. ``unwrap`` turns the line breaks inside a
paragraph into spaces when the text is wrapped: one character for one, so
every offset into the unwrapped text is an offset into the original.
"""

from __future__ import annotations

import re

from quotebank.engine.prefilter.turns import LINE_LABEL

# a line break inside a paragraph; never one before a transcript's "HOST:" or "Q:"
_SINGLE_BREAK = re.compile(rf"(?<=\S)[ \t]*\n(?=[ \t]*\S)(?![ \t]*{LINE_LABEL}\s)")
_LINE = re.compile(r"[^\n]*")
MAX_WIDTH = 100  # characters: wider lines are paragraphs, not a wrapped column
_FULL = 0.7  # a wrapped line fills at least this share of the column
_SHARE = 0.6  # of the lines that run on into the next, this share must be full


def is_wrapped(text: str) -> bool:
    """Whether the text's lines run on into one another at a fixed width."""
    runs_on = [m.start() for m in _SINGLE_BREAK.finditer(text)]
    if len(runs_on) < 3:
        return False
    widths = [len(text[text.rfind("\n", 0, at) + 1 : at]) for at in runs_on]
    width = max(widths)
    if width > MAX_WIDTH:
        return False
    full = sum(1 for w in widths if w >= _FULL * width)
    return full >= _SHARE * len(widths)


def unwrap(text: str) -> str:
    """The text with each line break inside a paragraph read as a space, when it is
    wrapped; else the text itself. Same length, same offsets."""
    if not is_wrapped(text):
        return text
    return _SINGLE_BREAK.sub(lambda m: m.group().replace("\n", " "), text)
