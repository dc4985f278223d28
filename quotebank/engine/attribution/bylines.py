"""Bylines: the writers an article names at its top ("By Nora Castellane") (pure).

The writer is nobody the story quotes or describes, and is who "I" is outside
quotation marks (``resolver``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from quotebank.engine.attribution.quotes import doc_text

_TOP, _LONGEST = 400, 100  # a byline is a short line near the top
_NAME = r"(?!The\b)[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}"  # not "By The Associated Press"
_BYLINE = re.compile(rf"(?:By|BY) ({_NAME})(?:,? and ({_NAME}))?\s*(?:$|[|,;—–]| - )")


def byline_writers(text: str) -> list[str]:
    """The writers a byline names: "By Nora Castellane" -> ["Nora Castellane"]; "By Ana
    Ruiz and Lee Park | Wire" -> both; "BY JANE DOE" -> ["Jane Doe"]."""
    for line in text[:_TOP].splitlines():
        found = _byline(line)
        if found is not None:
            names = [n for n in found.groups() if n]
            return [n.title() if n.isupper() else n for n in names]
    return []


def in_byline(span: Span) -> bool:
    """Whether ``span`` lies on a byline's line ("By Ana Ruiz | Capitol Report"), not
    on a short opening line that starts with "By" ("By noon, Gov. Ana Ruiz had …")."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return start < _TOP and _byline(text[start : end if end >= 0 else len(text)]) is not None


def _byline(line: str) -> re.Match[str] | None:
    line = line.strip()
    return _BYLINE.match(line) if len(line) <= _LONGEST else None
