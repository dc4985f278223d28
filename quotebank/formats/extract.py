"""The ``extract`` output: one JSON line per document, its quotes in a fixed contract.

``{"doc_id": ..., "quotes": [{"start", "end", "text", "speaker", "speaker_kind",
"cue", "kind", "group", "confidence"}]}``; ``start``/``end`` index the input text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from quotebank.records import FoundQuote

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


def quote_json(quote: FoundQuote) -> dict[str, Any]:
    """One found quote in the ``extract`` contract: exactly ``CONTRACT_KEYS``."""
    return {key: getattr(quote, key) for key in CONTRACT_KEYS}


def extract_line(doc_id: str | None, quotes: Iterable[FoundQuote]) -> str:
    """The ``extract`` JSON line of one document."""
    record = {"doc_id": doc_id, "quotes": [quote_json(q) for q in quotes]}
    return json.dumps(record, ensure_ascii=False)
