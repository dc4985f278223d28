"""The five seed articles ingested with the real pipeline into a database file, once per module."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quotebank.formats.articles import read_inputs
from quotebank.pipeline.ingest import ingest
from quotebank.storage import connect, urls
from tests.conftest import SEEDS


def ingest_seeds(path: Path, nlp: Any) -> str:
    """Ingest ``seeds/*.txt`` into the SQLite file ``path``; returns its URL."""
    url = urls.database_url(str(path))
    engine = connect.open_database(url)
    try:
        texts = [str(seed) for seed in sorted(SEEDS.glob("*.txt"))]
        summary = ingest(connect.session_factory(engine), read_inputs(texts), nlp)
    finally:
        engine.dispose()
    assert (summary.ingested, summary.failed) == (5, 0)
    return url
