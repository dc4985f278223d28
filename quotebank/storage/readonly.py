"""Read-only SQL (``quotebank sql``): a connection that cannot write, one statement at a time."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from quotebank import errors
from quotebank.storage.dialect import one_line
from quotebank.storage.urls import display_url, engine_url, no_database


def _sqlite_readonly_creator(path: str) -> Any:
    uri = Path(path).resolve().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.execute("PRAGMA query_only=ON")
        return conn

    return connect


def _readonly_transaction(conn: Connection) -> None:
    conn.exec_driver_sql("SET TRANSACTION READ ONLY")


def open_readonly(url: str) -> Connection:
    """A connection that cannot write: the connection itself refuses, not a filter on SQL.

    SQLite: the file is opened with ``mode=ro`` and ``PRAGMA query_only=ON``;
    other dialects: every transaction is ``READ ONLY``.
    """
    parsed = make_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            if not parsed.database or not Path(parsed.database).exists():
                raise no_database(url)
            creator = _sqlite_readonly_creator(parsed.database)
            engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)
        else:
            options = {"options": "-c default_transaction_read_only=on"}
            engine = create_engine(engine_url(url), poolclass=NullPool, connect_args=options)
            event.listen(engine, "begin", _readonly_transaction)
        return engine.connect()
    except sa_exc.SQLAlchemyError as exc:
        raise errors.DatabaseError(f"cannot open {display_url(url)}: {one_line(exc)}") from None


def _is_write_refusal(exc: BaseException) -> bool:
    message = one_line(exc).lower()
    return "readonly" in message or "read-only" in message or "read only" in message


def _run_one(conn: Connection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` as exactly one statement.

    On PostgreSQL it is sent as a prepared statement, which the server refuses
    to hold two statements in (``COMMIT; DELETE ...`` would otherwise escape
    the read-only transaction) and in which ``%`` is plain text.
    """
    if conn.dialect.name != "postgresql":
        result = conn.exec_driver_sql(sql)
        columns = list(result.keys()) if result.returns_rows else []
        return columns, [tuple(row) for row in result] if result.returns_rows else []
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    cursor.execute(sql, prepare=True)
    if cursor.description is None:
        return [], []
    return [col.name for col in cursor.description], [tuple(row) for row in cursor.fetchall()]


def run_readonly(url: str, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one SQL statement over a read-only connection: (column names, rows)."""
    with open_readonly(url) as conn:
        try:
            columns, rows = _run_one(conn, sql)
        except (sa_exc.DBAPIError, conn.dialect.loaded_dbapi.Error) as exc:
            if _is_write_refusal(exc):
                raise errors.ReadOnlyViolation(
                    f"refused: the query tries to change the database ({one_line(exc)})"
                ) from None
            raise errors.DatabaseError(f"query failed: {one_line(exc)}") from None
        finally:
            conn.rollback()
    return columns, rows
