"""Engines and sessions: a quotebank database opened, created and brought to head.

Every SQLite connection gets WAL (readers never wait for the writer), foreign
keys and a busy timeout (concurrent writers wait their turn instead of failing).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
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
        _bring_to_head(engine, url, upgrade)
    except sa_exc.SQLAlchemyError as exc:
        engine.dispose()
        raise errors.DatabaseError(f"cannot open {display_url(url)}: {one_line(exc)}") from None
    except errors.QuotebankError:
        engine.dispose()
        raise
    return engine


def _bring_to_head(engine: Engine, url: str, upgrade: bool) -> None:
    current = migrate.current_revision(engine)
    if current is None and _has_foreign_tables(engine):
        raise errors.DatabaseError(f"{display_url(url)}: not a quotebank database")
    head = migrate.head_revision()
    if current == head:
        return
    migrate.check_known(current, head)
    if not upgrade:
        raise errors.SchemaOutOfDate(
            f"database is at revision {current or 'none'}, quotebank needs {head}: "
            "run `quotebank db upgrade`"
        )
    migrate.run_upgrade(engine)


def _has_foreign_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine``; callers own ``with factory.begin() as session``."""
    return sessionmaker(bind=engine, expire_on_commit=False)
