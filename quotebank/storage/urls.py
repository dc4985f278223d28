"""Database URLs: what the user typed, what SQLAlchemy connects to, what messages show."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url


def database_url(value: str) -> str:
    """A path becomes ``sqlite:///abs/path``; an SQLAlchemy URL passes through."""
    if "://" in value:
        return value
    if value == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def engine_url(url: str) -> URL:
    """``url`` parsed; a bare ``postgresql://`` gets the psycopg (3) driver quotebank ships."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def display_url(url: str) -> str:
    """``url`` for messages: a SQLite file's path, or the URL with its password hidden."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string()
