"""The ``extract`` output: one JSON line per document, its quotes in a fixed contract.

``{"doc_id": ..., "quotes": [{"start", "end", "text", "speaker", "speaker_kind",
"cue", "kind", "group", "confidence"}]}``; ``start``/``end`` index the input text.
Reported speech (``extract --kinds quotes,indirect``) comes in the same list
with the same keys, ``kind`` ``"indirect"``, ``start``/``end`` bounding its
content and ``group`` null, in text order with the quotations.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from quotebank.records import FoundAttribution, FoundQuote

CONTRACT_KEYS = (
    "start",
    "end",
    "text",
    "speaker",
    "speaker_kind",
    "cue",
    "kind",
    "group",
    "confidence",
)


def quote_json(quote: FoundQuote | FoundAttribution) -> dict[str, Any]:
    """One found quote (or reported speech) in the ``extract`` contract: exactly
    ``CONTRACT_KEYS``."""
    return {key: getattr(quote, key, None) for key in CONTRACT_KEYS}


def extract_line(doc_id: str | None, quotes: Iterable[FoundQuote | FoundAttribution]) -> str:
    """The ``extract`` JSON line of one document."""
    record = {"doc_id": doc_id, "quotes": [quote_json(q) for q in quotes]}
    return json.dumps(record, ensure_ascii=False)
