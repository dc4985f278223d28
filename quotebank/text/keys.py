"""Text keys shared by the engine and the database layer (pure)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalize_quote(text: str) -> str:
    """Key a quotation so that the same remark from several outlets is one row.

    Case, accents, punctuation (curly or straight quotes, apostrophes, dashes)
    and runs of whitespace are folded: ``“I’m here,”`` and ``i'm here`` give
    the same key, ``im here``.
    """
    text = unicodedata.normalize("NFKD", text)
    kept = [
        ch if ch.isalnum() else " "
        for ch in text
        if not unicodedata.combining(ch) and ch not in "'’‘`´ʼ"
    ]
    return _SPACE.sub(" ", "".join(kept)).strip().casefold()


def content_hash(text: str) -> str:
    """The identity of an article's text: sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
