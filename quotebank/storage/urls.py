"""Database URLs: what the user typed, what SQLAlchemy connects to, what messages show.

quotebank works with SQLite and PostgreSQL: any other URL (``mysql://``, a
typing slip such as ``postgres+psycopg://``) is refused here, in one line,
before a driver is looked for.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from quotebank import errors

# Backend -> the drivers quotebank is tested with ("" is SQLAlchemy's default one).
DRIVERS = {"sqlite": ("", "pysqlite"), "postgresql": ("", "psycopg", "psycopg2")}


def database_url(value: str) -> str:
    """A path becomes ``sqlite:///abs/path``; a supported SQLAlchemy URL passes through.

    Raises ``DatabaseError`` for an empty value, a malformed URL, or a URL of a
    database quotebank does not work with.
    """
    if not value.strip():
        raise errors.DatabaseError("no database given: --db is empty")
    if "://" in value:
        check_url(value)
        return value
    if value == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def check_url(url: str) -> URL:
    """``url`` parsed, if quotebank works with it; else ``DatabaseError`` in one line."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise errors.DatabaseError(f"not a database URL: {url!r}") from None
    backend, _, driver = parsed.drivername.partition("+")
    if driver not in DRIVERS.get(backend, ()):
        shown = parsed.render_as_string(hide_password=True)
        raise errors.DatabaseError(
            f"unsupported database URL {shown}: quotebank works with SQLite and PostgreSQL "
            "(a file path, sqlite:///PATH or postgresql://USER@HOST/NAME)"
        )
    return parsed


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


def no_database(url: str) -> errors.DatabaseError:
    """The error for a database that is not there (a read never creates one)."""
    return errors.DatabaseError(f"no database at {display_url(url)}; run quotebank ingest first")
