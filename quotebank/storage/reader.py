"""Reads as plain SQL: each query written once, run through ``sqlite3`` or a SQLAlchemy session.

The read queries (``queries``, ``listings``, ``fts``) are SQL text with
``:name`` parameters (``Params``), in the SQL that SQLite and PostgreSQL both
speak; a ``Reader`` runs them. ``SqliteReader`` is Python's ``sqlite3`` on a
file already at head (``open_sqlite``): the query commands on SQLite import
neither SQLAlchemy nor Alembic, which cost most of their start-up (#16).
``SessionReader`` runs the same text through a SQLAlchemy ``Session``
(PostgreSQL, and every caller that holds a session). Neither imports
SQLAlchemy until a session is used.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from quotebank import errors
from quotebank.storage.revision import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Every SQLite connection: WAL (readers never wait for the writer), foreign keys, and a
# busy timeout (concurrent writers wait their turn); ``connect`` sets them on its engines.
SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000")
_BIGGEST = 2**63 - 1  # LIMIT of a query with an OFFSET and no limit (SQLite needs one)


class Params(dict[str, Any]):
    """A query's parameters, named as they are bound: ``p(value)`` is ``":p0"``."""

    def __call__(self, value: Any) -> str:
        name = f"p{len(self)}"
        self[name] = value
        return f":{name}"

    def many(self, values: Iterable[Any]) -> str:
        """``:p1, :p2, ...`` for ``IN (...)``; ``NULL`` (nothing is IN it) when empty."""
        return ", ".join(self(value) for value in values) or "NULL"

    def like(self, text: str, *, before: bool = True, after: bool = True) -> str:
        """``LIKE :p ESCAPE '/'`` for ``text`` anywhere (or at the start: ``before=False``)."""
        escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
        pattern = ("%" if before else "") + escaped + ("%" if after else "")
        return f"LIKE {self(pattern)} ESCAPE '/'"

    def page(self, limit: int | None, offset: int = 0) -> str:
        """`` LIMIT :p [OFFSET :p]``, or nothing."""
        if limit is None and not offset:
            return ""
        text = f" LIMIT {self(_BIGGEST if limit is None else limit)}"
        return text + (f" OFFSET {self(offset)}" if offset else "")


def day(value: Any) -> date | None:
    """A date column's value as a ``date`` (SQLite keeps ``YYYY-MM-DD`` text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _for_sqlite(params: Mapping[str, Any]) -> dict[str, Any]:
    """Dates as SQLite stores them (``YYYY-MM-DD``, as SQLAlchemy's ``Date`` writes them)."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in params.items()}


@lru_cache(maxsize=64)
def _row_type(names: tuple[str, ...]) -> Any:
    return namedtuple("Row", names, rename=True)  # an unnamed column: _0, _1, ...


def _named_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> Any:
    """Rows with named fields (``row.speaker``, ``row._asdict()``), as SQLAlchemy's are."""
    return _row_type(tuple(column[0] for column in cursor.description))(*values)


class SqliteReader:
    """Read queries on a SQLite file through ``sqlite3``; closes it on leaving ``with``."""

    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection, name: str) -> None:
        self.connection, self.name = connection, name
        connection.row_factory = _named_row

    def rows(self, sql: str, params: Mapping[str, Any]) -> list[Any]:
        try:
            return self.connection.execute(sql, _for_sqlite(params)).fetchall()
        except sqlite3.Error as exc:
            raise errors.DatabaseError(f"cannot read {self.name}: {exc}") from None

    def stream(self, sql: str, params: Mapping[str, Any], size: int) -> Iterator[Any]:
        """The rows one at a time, fetched as they are read."""
        cursor = self.connection.execute(sql, _for_sqlite(params))
        cursor.arraysize = size
        return iter(cursor)

    def __enter__(self) -> SqliteReader:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.connection.close()


class SessionReader:
    """The same queries through a SQLAlchemy ``Session`` (its transaction, its dialect)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    def rows(self, sql: str, params: Mapping[str, Any]) -> list[Any]:
        from sqlalchemy import text

        return list(self.session.execute(text(sql), self._params(params)).all())

    def stream(self, sql: str, params: Mapping[str, Any], size: int) -> Iterator[Any]:
        """The rows one at a time, ``size`` at a time (on PostgreSQL a server-side cursor)."""
        from sqlalchemy import text

        options = {"yield_per": size}
        result = self.session.execute(text(sql), self._params(params), execution_options=options)
        return iter(result)

    def _params(self, params: Mapping[str, Any]) -> dict[str, Any]:
        return _for_sqlite(params) if self.dialect == "sqlite" else dict(params)


Reader = SqliteReader | SessionReader


def reader_of(source: Reader | Session) -> Reader:
    """``source`` itself when it is a reader, else a ``SessionReader`` over the session."""
    if isinstance(source, SqliteReader | SessionReader):
        return source
    return SessionReader(source)


def open_sqlite(db: str) -> SqliteReader | None:
    """A reader of the SQLite file ``db`` (a path or ``sqlite:///PATH``) when it is a
    quotebank database at head; else None, and the caller opens it the full way
    (``connect.open_database``), which creates, migrates or says what is wrong."""
    path = _sqlite_path(db)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return None
    connection = None
    try:
        connection = sqlite3.connect(path)
        for pragma in SQLITE_PRAGMAS:
            connection.execute(pragma)
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        found = None
    if connection is not None and found == (HEAD_REVISION,):
        return SqliteReader(connection, str(path))
    if connection is not None:
        connection.close()
    return None


def _sqlite_path(db: str) -> Path | None:
    """The file of a ``--db`` value, as ``urls.database_url`` reads it; None for anything
    else (a server URL, ``:memory:``, a URL with options)."""
    if db.startswith("sqlite:///"):
        db = db.removeprefix("sqlite:///")
    elif "://" in db:
        return None
    if not db.strip() or db == ":memory:" or "?" in db:
        return None
    return Path(db).expanduser().resolve()
