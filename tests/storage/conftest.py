"""Fixtures of the storage tests: a database holding one quote."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from quotebank.storage import connect


def fill_one_quote(url: str) -> str:
    """A database at ``url`` holding one quote, 'Hi there'."""
    engine = connect.open_database(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO quotes (text, norm) VALUES ('Hi there', 'hi there')"))
    engine.dispose()
    return url


@pytest.fixture
def filled(db_url: str) -> str:
    return fill_one_quote(db_url)


@pytest.fixture
def any_filled(any_db_url: str) -> str:
    return fill_one_quote(any_db_url)
