"""Where sentences of news copy end, by regular expression (pure).

One rule serves the engine's prefilter (``marks``, ``units``) and the context
lines of stored quotes (``storage.queries``): a full stop, question or
exclamation mark or ellipsis, any closing quotation marks or brackets, then
space and a capital or digit, unless the full stop ends an abbreviation of
news copy ("Mr.", "U.S.", "Jan.").
"""

from __future__ import annotations

import re

from quotebank.text.names import TITLE_ABBREVIATIONS

_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*[ \t\u00a0]+(?=[\"“‘'(\[]?[A-Z0-9])")
_OTHER_ABBREVIATIONS = "No Inc Corp Co Ltd vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
_ABBREVIATION = re.compile(
    rf"(?:\b(?:{'|'.join(TITLE_ABBREVIATIONS + tuple(_OTHER_ABBREVIATIONS.split()))})"
    r"|\b[A-Z]|\.\w+)$"
)


def sentence_ends(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where each sentence after the first begins, between ``start`` and ``end``."""
    found = []
    for match in _SENTENCE_END.finditer(text, start, len(text) if end is None else end):
        before = text[max(0, match.start() - 12) : match.start()]
        if not (text[match.start()] == "." and _ABBREVIATION.search(before)):
            found.append(match.end())
    return found
