"""Engines and sessions: a quotebank database opened, created and brought to head.

Every SQLite connection gets WAL (readers never wait for the writer), foreign
keys and a busy timeout (concurrent writers wait their turn instead of failing).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from quotebank import errors
from quotebank.storage import migrate
from quotebank.storage.dialect import is_sqlite, one_line
from quotebank.storage.urls import display_url, engine_url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def create(url: str) -> Engine:
    """An engine for ``url``; on SQLite every connection gets WAL, foreign keys, a busy timeout."""
    engine = create_engine(engine_url(url))
    if is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_database(url: str, *, upgrade: bool = True) -> Engine:
    """Open (creating if needed) a quotebank database and bring its schema to head.

    With ``upgrade=False`` a database behind head raises ``SchemaOutOfDate``.
    """
    engine = create(url)
    try:
        migrate.bring_to_head(engine, display_url(url), upgrade=upgrade)
    except sa_exc.SQLAlchemyError as exc:
        engine.dispose()
        raise errors.DatabaseError(f"cannot open {display_url(url)}: {one_line(exc)}") from None
    except errors.QuotebankError:
        engine.dispose()
        raise
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine``; callers own ``with factory.begin() as session``."""
    return sessionmaker(bind=engine, expire_on_commit=False)
