"""quotebank: find quotations in news articles, attribute them, store them.

The public Python API, loaded on first use so that importing one layer never
pulls in the others (``quotebank.text`` needs neither spaCy nor SQLAlchemy)::

    import quotebank

    nlp = quotebank.load()
    for quote in quotebank.analyze(nlp, text):
        print(quote.speaker, quote.text)

    engine = quotebank.open_database("news.db")
    with quotebank.session_factory(engine)() as session:
        quotebank.who_said(session, "feel-out meeting")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_API = {  # name -> module that defines it
    "load": "quotebank.engine",
    "analyze": "quotebank.engine",
    "analyze_many": "quotebank.engine",
    "FoundQuote": "quotebank.records",
    "ArticleInput": "quotebank.records",
    "QuotebankError": "quotebank.errors",
    "open_database": "quotebank.storage.connect",
    "session_factory": "quotebank.storage.connect",
    "who_said": "quotebank.storage.queries",
    "ingest": "quotebank.pipeline.ingest",
    "read_inputs": "quotebank.formats.articles",
}
__all__ = [  # noqa: RUF022 (in the order of _API)
    "__version__",
    "load",
    "analyze",
    "analyze_many",
    "FoundQuote",
    "ArticleInput",
    "QuotebankError",
    "open_database",
    "session_factory",
    "who_said",
    "ingest",
    "read_inputs",
]

if TYPE_CHECKING:
    from quotebank.engine import analyze, analyze_many, load
    from quotebank.errors import QuotebankError
    from quotebank.formats.articles import read_inputs
    from quotebank.pipeline.ingest import ingest
    from quotebank.records import ArticleInput, FoundQuote
    from quotebank.storage.connect import open_database, session_factory
    from quotebank.storage.queries import who_said


def __getattr__(name: str) -> Any:
    if name not in _API:
        raise AttributeError(f"module 'quotebank' has no attribute {name!r}")
    return getattr(importlib.import_module(_API[name]), name)
