"""Copy a whole quotebank database into an empty one: SQLite and PostgreSQL, either way.

Every table is copied row for row (ids included) in dependency order, read in
pages by id from one consistent snapshot of the source and written in one
transaction on the target, so an interrupted copy leaves the target empty.
Afterwards PostgreSQL's id sequences are moved past the copied ids and every
table's count is checked against the source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, DateTime, Engine, Table, func, insert, select, text

from quotebank import errors
from quotebank.storage.connect import open_database
from quotebank.storage.schema import Base
from quotebank.storage.urls import display_url

BATCH_SIZE = 5000
Progress = Callable[[str, int], None]  # (table, rows copied so far)


def copy_database(
    source_url: str,
    target_url: str,
    *,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Copy every row of ``source_url`` into the empty ``target_url``; rows per table.

    The source must exist (nothing is created in its place); the target is
    created if need be.
    """
    source = open_database(source_url, upgrade=False, must_exist=True)
    try:
        target = open_database(target_url)
    except errors.QuotebankError:
        source.dispose()
        raise
    try:
        return _copy(source, target, target_url, batch_size, progress)
    finally:
        source.dispose()
        target.dispose()


def _copy(
    source: Engine, target: Engine, target_url: str, batch_size: int, progress: Progress | None
) -> dict[str, int]:
    counts: dict[str, int] = {}
    with _snapshot(source) as src, target.begin() as dst:
        if any(_count(dst, table) for table in _tables()):
            raise errors.DatabaseError(
                f"{display_url(target_url)} is not empty: copy into a new database"
            )
        for table in _tables():
            counts[table.name] = 0
            for rows in _pages(src, table, batch_size):
                dst.execute(insert(table), [_portable(table, row) for row in rows])
                counts[table.name] += len(rows)
                if progress is not None:
                    progress(table.name, counts[table.name])
        if dst.dialect.name == "postgresql":
            _restart_sequences(dst)
        _verify(src, dst, counts)
    return counts


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


class _snapshot:  # a context manager, named like one made by a function
    """A connection reading one consistent state of the source for the whole copy."""

    def __init__(self, engine: Engine) -> None:
        options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name != "sqlite" else {}
        self.conn = engine.connect().execution_options(**options)

    def __enter__(self) -> Connection:
        self.conn.begin()
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.rollback()
        self.conn.close()


def _count(conn: Connection, table: Table) -> int:
    return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def _pages(conn: Connection, table: Table, batch_size: int) -> Iterator[list[dict[str, Any]]]:
    """The table's rows, ``batch_size`` at a time, by id."""
    last: int | None = None
    while True:
        query = select(table).order_by(table.c.id).limit(batch_size)
        if last is not None:
            query = query.where(table.c.id > last)
        rows = [dict(row) for row in conn.execute(query).mappings()]
        if not rows:
            return
        yield rows
        last = rows[-1]["id"]


def _portable(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """Times as aware UTC: SQLite stores them naive (in UTC), PostgreSQL with a zone."""
    for column in table.columns:
        value = row.get(column.name)
        if isinstance(column.type, DateTime) and isinstance(value, datetime):
            row[column.name] = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return row


def _restart_sequences(conn: Connection) -> None:
    """Next ids after the copied ones (the copy wrote ids, so sequences did not move)."""
    for table in _tables():
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE(MAX(id), 0) + 1, false) FROM {table.name}"
            )
        )


def _verify(src: Connection, dst: Connection, counts: dict[str, int]) -> None:
    for table in _tables():
        expected, copied = _count(src, table), _count(dst, table)
        if not expected == copied == counts[table.name]:
            raise errors.DatabaseError(
                f"copy of {table.name} is incomplete: {copied} of {expected} rows"
            )
