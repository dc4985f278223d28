"""Read-only SQL (``quotebank sql``): a connection that cannot write, one statement at a
time, its rows streamed, its time bounded.

Two walls on SQLite: the file is opened read-only (``mode=ro``, ``PRAGMA
query_only``, no attached databases), and an authorizer lets a statement only
read: no ATTACH, no PRAGMA that sets anything, no ``load_extension`` or
``fts3_tokenizer``, no transaction. On PostgreSQL every transaction is ``READ
ONLY`` and the statement is sent alone with the extended protocol, which the
server refuses to hold two statements in (``COMMIT; DELETE ...`` cannot escape).

Rows are fetched as they are read (``query_readonly`` yields an iterator), so
memory stays flat however many there are. ``timeout`` bounds the time the
database works on the query: on SQLite a progress handler stops it, counting
only the time spent inside SQLite (not the time the caller takes to write rows
out); on PostgreSQL ``statement_timeout``.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from quotebank import errors
from quotebank.storage.dialect import one_line
from quotebank.storage.urls import display_url, engine_url, no_database

DEFAULT_TIMEOUT = 30.0  # seconds; 0 or None: no limit
_PAGE = 500  # rows fetched at a time
_STEPS = 10_000  # SQLite VM instructions between two looks at the clock

# Pragmas that read (with or without an argument naming what to read about).
_READING_PRAGMAS = frozenset(
    {
        "application_id", "auto_vacuum", "busy_timeout", "cache_size", "collation_list",
        "compile_options", "data_version", "database_list", "encoding", "foreign_key_check",
        "foreign_key_list", "foreign_keys", "freelist_count", "function_list", "index_info",
        "index_list", "index_xinfo", "integrity_check", "journal_mode", "module_list",
        "page_count", "page_size", "pragma_list", "query_only", "quick_check",
        "read_uncommitted", "schema_version", "table_info", "table_list", "table_xinfo",
        "user_version",
    }
)  # fmt: skip
_ARGUMENT_READS = frozenset(
    {
        "foreign_key_check", "foreign_key_list", "index_info", "index_list", "index_xinfo",
        "integrity_check", "quick_check", "table_info", "table_list", "table_xinfo",
    }
)  # fmt: skip
_REFUSED_FUNCTIONS = frozenset({"load_extension", "fts3_tokenizer", "fts5"})


@dataclass(slots=True)
class _Guard:
    """The SQLite authorizer and progress handler of one connection, and why they stopped."""

    timeout: float | None
    refused: str | None = None
    expired: bool = False
    spent: float = 0.0
    started: float | None = field(default=None)

    def authorize(self, action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
        reason = _refusal(action, arg1, arg2)
        if reason is None:
            return sqlite3.SQLITE_OK
        self.refused = self.refused or reason
        return sqlite3.SQLITE_DENY

    def progress(self) -> int:
        if not self.timeout or self.started is None:
            return 0
        self.expired = self.spent + time.monotonic() - self.started > self.timeout
        return int(self.expired)  # non-zero: SQLite interrupts the statement

    @contextlib.contextmanager
    def timing(self) -> Iterator[None]:
        """Count the time spent inside SQLite against the timeout."""
        self.started = time.monotonic()
        try:
            yield
        finally:
            self.spent += time.monotonic() - self.started
            self.started = None


_ALLOWED_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE})
_ACTION_NAMES = {
    sqlite3.SQLITE_ATTACH: "ATTACH",
    sqlite3.SQLITE_DETACH: "DETACH",
    sqlite3.SQLITE_TRANSACTION: "a transaction",
    sqlite3.SQLITE_SAVEPOINT: "a savepoint",
    sqlite3.SQLITE_INSERT: "INSERT",
    sqlite3.SQLITE_UPDATE: "UPDATE",
    sqlite3.SQLITE_DELETE: "DELETE",
    sqlite3.SQLITE_ANALYZE: "ANALYZE",
    sqlite3.SQLITE_REINDEX: "REINDEX",
    sqlite3.SQLITE_ALTER_TABLE: "ALTER TABLE",
    sqlite3.SQLITE_CREATE_TABLE: "CREATE TABLE",
    sqlite3.SQLITE_CREATE_TEMP_TABLE: "CREATE TABLE",
    sqlite3.SQLITE_CREATE_INDEX: "CREATE INDEX",
    sqlite3.SQLITE_CREATE_TEMP_INDEX: "CREATE INDEX",
    sqlite3.SQLITE_CREATE_VIEW: "CREATE VIEW",
    sqlite3.SQLITE_CREATE_TEMP_VIEW: "CREATE VIEW",
    sqlite3.SQLITE_CREATE_TRIGGER: "CREATE TRIGGER",
    sqlite3.SQLITE_CREATE_TEMP_TRIGGER: "CREATE TRIGGER",
    sqlite3.SQLITE_DROP_TABLE: "DROP TABLE",
    sqlite3.SQLITE_DROP_INDEX: "DROP INDEX",
    sqlite3.SQLITE_DROP_VIEW: "DROP VIEW",
    sqlite3.SQLITE_DROP_TRIGGER: "DROP TRIGGER",
}


_WRITES = frozenset({sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE})


def _refusal(action: int, arg1: str | None, arg2: str | None) -> str | None:
    """Why a read-only statement may not do ``action``, or None when it may."""
    if action in _ALLOWED_ACTIONS:
        return None
    if action == sqlite3.SQLITE_FUNCTION:
        name = (arg2 or "").lower()
        return f"the function {name}()" if name in _REFUSED_FUNCTIONS else None
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name in _READING_PRAGMAS and (arg2 is None or name in _ARGUMENT_READS):
            return None
        return f"PRAGMA {name}" + (f"={arg2}" if arg2 is not None else "")
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master" and arg2 is not None:
        return None  # SQLite asks this of FTS5 reads; a real one is refused by SQLite itself
    if action in _WRITES and (arg1 or "").startswith("sqlite_"):
        return "a change to the schema"  # CREATE, DROP, ANALYZE write sqlite_* tables first
    return _ACTION_NAMES.get(action, "a statement that is not a read")


def _open_sqlite(path: str, guard: _Guard) -> sqlite3.Connection:
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.execute("PRAGMA query_only=ON")
    conn.set_authorizer(guard.authorize)
    conn.set_progress_handler(guard.progress, _STEPS)
    return conn


def _readonly_transaction(conn: Connection) -> None:
    conn.exec_driver_sql("SET TRANSACTION READ ONLY")


def open_readonly(url: str, *, timeout: float | None = DEFAULT_TIMEOUT) -> Connection:
    """A SQLAlchemy connection that cannot write: the connection itself refuses, not a
    filter on SQL. SQLite: ``mode=ro``, ``query_only`` and the authorizer; other
    dialects: every transaction ``READ ONLY``, statements stopped after ``timeout``."""
    parsed = make_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            path = _sqlite_path(url)
            guard = _Guard(timeout)
            engine = create_engine(
                "sqlite://", creator=lambda: _open_sqlite(path, guard), poolclass=NullPool
            )
        else:
            options = "-c default_transaction_read_only=on"
            if timeout:
                options += f" -c statement_timeout={max(1, round(timeout * 1000))}"
            engine = create_engine(
                engine_url(url), poolclass=NullPool, connect_args={"options": options}
            )
            event.listen(engine, "begin", _readonly_transaction)
        return engine.connect()
    except sa_exc.SQLAlchemyError as exc:
        raise errors.DatabaseError(f"cannot open {display_url(url)}: {one_line(exc)}") from None


def _sqlite_path(url: str) -> str:
    path = make_url(url).database
    if not path or not Path(path).is_file():
        raise no_database(url)
    return path


@dataclass(slots=True)
class ReadonlyResult:
    """A query's column names and its rows, read as they are iterated."""

    columns: list[str]
    rows: Iterator[tuple[Any, ...]]


@contextlib.contextmanager
def query_readonly(
    url: str, sql: str, *, timeout: float | None = DEFAULT_TIMEOUT
) -> Iterator[ReadonlyResult]:
    """Run one SQL statement over a read-only connection; its rows stream while open.

    Raises ``ReadOnlyViolation`` for a statement that would change anything and
    ``DatabaseError`` for any other failure (a timeout included), when the
    statement starts or while its rows are read.
    """
    if make_url(url).get_backend_name() == "sqlite":
        with _sqlite_query(url, sql, timeout) as result:
            yield result
    else:
        with _server_query(url, sql, timeout) as result:
            yield result


@contextlib.contextmanager
def _sqlite_query(url: str, sql: str, timeout: float | None) -> Iterator[ReadonlyResult]:
    guard = _Guard(timeout)
    try:
        conn = _open_sqlite(_sqlite_path(url), guard)
    except sqlite3.Error as exc:
        raise errors.DatabaseError(f"cannot open {display_url(url)}: {one_line(exc)}") from None
    try:
        with _sqlite_errors(guard), guard.timing():
            cursor = conn.execute(sql)
        columns = [d[0] for d in cursor.description or ()]
        yield ReadonlyResult(columns, _sqlite_rows(cursor, guard))
    finally:
        conn.close()


def _sqlite_rows(cursor: sqlite3.Cursor, guard: _Guard) -> Iterator[tuple[Any, ...]]:
    while True:
        with _sqlite_errors(guard), guard.timing():
            page = cursor.fetchmany(_PAGE)
        if not page:
            return
        yield from page


@contextlib.contextmanager
def _sqlite_errors(guard: _Guard) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise _mapped(exc, guard.refused, guard.expired, guard.timeout) from None


@contextlib.contextmanager
def _server_query(url: str, sql: str, timeout: float | None) -> Iterator[ReadonlyResult]:
    conn = open_readonly(url, timeout=timeout)
    driver = conn.connection.driver_connection
    rows: Any = None
    try:
        cursor = driver.cursor()  # type: ignore[union-attr]
        with _server_errors(conn, timeout):
            rows = cursor.stream(sql)  # the extended protocol: one statement only
            first = _first_row(cursor, rows, sql)
        columns = [column.name for column in cursor.description or ()]
        yield ReadonlyResult(columns, _server_rows(conn, first, rows, timeout))
    finally:
        with contextlib.suppress(Exception):  # a stream left early: stop it on the server
            driver.cancel_safe(timeout=5)  # type: ignore[union-attr]
            if rows is not None:
                rows.close()  # drains what is left of the cancelled stream
        with contextlib.suppress(Exception):
            conn.rollback()
        conn.close()


def _first_row(cursor: Any, rows: Iterator[Any], sql: str) -> Any:
    """The first row of a streamed statement, or None. A stream that ends without a
    row leaves no column names: the statement then runs once more, prepared (one
    statement only again), for them."""
    from psycopg import ProgrammingError

    try:
        first = next(rows, None)
    except ProgrammingError as exc:  # a statement that returns no rows at all (SET, ...)
        if "didn't produce a result" in str(exc):
            return None
        raise
    if first is None and cursor.description is None:
        cursor.execute(sql, prepare=True)
    return first


def _server_rows(
    conn: Connection, first: Any, rows: Iterator[Any], timeout: float | None
) -> Iterator[tuple[Any, ...]]:
    if first is None:
        return
    yield tuple(first)
    while True:
        with _server_errors(conn, timeout):
            row = next(rows, None)
        if row is None:
            return
        yield tuple(row)


@contextlib.contextmanager
def _server_errors(conn: Connection, timeout: float | None) -> Iterator[None]:
    try:
        yield
    except (sa_exc.DBAPIError, conn.dialect.loaded_dbapi.Error) as exc:
        expired = "statement timeout" in one_line(exc)
        raise _mapped(exc, None, expired, timeout) from None


def _mapped(
    exc: BaseException, refused: str | None, expired: bool, timeout: float | None
) -> errors.DatabaseError:
    """The library error for a failed read-only query."""
    if expired:
        return errors.DatabaseError(
            f"the query ran past {timeout:g} s and was stopped (give --timeout SECONDS, 0 for none)"
        )
    if refused is not None:
        return errors.ReadOnlyViolation(
            f"refused: the query tries to change the database ({refused}: read-only SQL only reads)"
        )
    if _is_write_refusal(exc):
        return errors.ReadOnlyViolation(
            f"refused: the query tries to change the database ({one_line(exc)})"
        )
    return errors.DatabaseError(f"query failed: {one_line(exc)}")


def _is_write_refusal(exc: BaseException) -> bool:
    message = one_line(exc).lower()
    return "readonly" in message or "read-only" in message or "read only" in message


def run_readonly(
    url: str, sql: str, *, timeout: float | None = DEFAULT_TIMEOUT
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one SQL statement over a read-only connection: (column names, every row)."""
    with query_readonly(url, sql, timeout=timeout) as result:
        return result.columns, list(result.rows)
