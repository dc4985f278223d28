"""The engine: quotations found and attributed over spaCy Docs, never the database.

``load()`` the pipeline, then ``analyze(nlp, text)`` for one article or
``analyze_many`` / ``analyze_pairs`` for a stream of them; ``report_pairs``
also finds reported speech (``FoundAttribution``).
"""

from quotebank.engine.analysis import (
    BATCH_SIZE,
    analyze,
    analyze_many,
    analyze_pairs,
    report_pairs,
)
from quotebank.engine.component import COMPONENT, find_speech
from quotebank.engine.model import load

__all__ = [
    "BATCH_SIZE",
    "COMPONENT",
    "analyze",
    "analyze_many",
    "analyze_pairs",
    "find_speech",
    "load",
    "report_pairs",
]
