"""What differs between SQLite and PostgreSQL when writing, and which errors to retry.

Concurrent writers insert a key both want with ``INSERT ... ON CONFLICT DO
NOTHING`` and then select it; a transaction that deadlocks or fails to
serialize anyway is simply run again (``retrying``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Insert, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from quotebank.storage.schema import Base

ATTEMPTS = 5  # runs of a transaction that keeps deadlocking before its error is raised
_TRANSIENT = frozenset({"40001", "40P01"})  # serialization failure, deadlock detected
T = TypeVar("T")


def dialect_name(bind: Engine | Connection | Session) -> str:
    """``"sqlite"`` or ``"postgresql"``: the database behind an engine, connection or session."""
    return bind.get_bind().dialect.name if isinstance(bind, Session) else bind.dialect.name


def is_sqlite(bind: Engine | Connection | Session) -> bool:
    return dialect_name(bind) == "sqlite"


def insert_ignoring_conflicts(bind: Session | Connection, target: Table | type[Base]) -> Insert:
    """``INSERT ... ON CONFLICT DO NOTHING`` into ``target`` for this dialect.

    Concurrent writers insert a key both want and then select it: whichever
    commits first wins, nobody fails and nothing is duplicated.
    """
    return _ignoring_conflicts(dialect_name(bind), target)


@cache
def _ignoring_conflicts(dialect: str, target: Table | type[Base]) -> Insert:
    """Built once per dialect and table: building a statement costs more than running
    a small one (statements are immutable; ``.values()`` makes a new one)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql  # imported when used: start-up (#16)

        return postgresql.insert(target).on_conflict_do_nothing()
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(target).on_conflict_do_nothing()


def one_of_sql(conn: Connection, values: list[str]) -> tuple[str, str, tuple[Any, ...]]:
    """For driver-level SQL: ``IN (?, ...)`` with a parameter each on SQLite, ``= ANY(%s)``
    with one array parameter on PostgreSQL (not thousands); the dialect's parameter
    mark for the statement's other values; and the parameters of the first part.
    Compiling an ``IN`` of thousands of literals costs more than running it."""
    if conn.dialect.name == "sqlite":
        return f"IN ({','.join('?' * len(values))})", "?", tuple(values)
    return "= ANY(%s)", "%s", (list(values),)


def is_transient(exc: BaseException) -> bool:
    """A deadlock or serialization failure: the transaction can simply be run again."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in _TRANSIENT


def retrying(run: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """``run()``, run again while it fails with a deadlock or serialization failure.

    ``run`` owns its transaction (or savepoint), so a failed run has left
    nothing behind; after ``attempts`` runs, or any other error, the error is raised.
    """
    for attempt in range(1, attempts + 1):
        try:
            return run()
        except DBAPIError as exc:
            if attempt == attempts or not is_transient(exc):
                raise
    raise AssertionError("unreachable")


def one_line(exc: BaseException) -> str:
    """The driver's message for an error, first line only (for ``error: ...``)."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__
