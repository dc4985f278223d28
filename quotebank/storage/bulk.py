"""Driver-level bulk SQL: lookups by key, id reservation, bulk inserts; quotes by norm.

At tens of thousands of rows a second SQLAlchemy's per-row parameter handling
is most of the cost, so these few statements go to the driver as written
(``?`` for sqlite3, ``%s`` for psycopg) with values that are already driver
types (``date_value``, ``time_value``): ``executemany`` on SQLite, ``COPY``
through a staging table on PostgreSQL. Table and column names are ours,
never user input.

Ids are reserved before rows are written, so a batch knows its new rows' ids
without reading them back: on SQLite from ``MAX(id)`` under the write lock
that ``lock`` takes (no other writer can come in between); on PostgreSQL from
the table's sequence, which concurrent writers share safely.

``quote_ids`` is the one get-or-create of quotes, for the importer's batches
of thousands and for one article's handful (``articles.save_article``). A
``Bulk(conn, small=True)`` writes plain ``INSERT`` statements: for a handful of
rows, a staging table for ``COPY`` or re-creating the FTS5 trigger costs more
than it saves.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection

from quotebank.storage.schema import Base
from quotebank.storage.search import FTS_TABLE

_CHUNK = 5_000  # keys per lookup (under SQLite's 32,766 variables)
_FTS_TRIGGER = f"{FTS_TABLE}_insert"  # migration 0002


class Bulk:
    """Bulk statements over one connection, inside the caller's transaction.

    ``small``: the caller writes a handful of rows at a time (one article's).
    """

    def __init__(self, conn: Connection, *, small: bool = False) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.small = small

    def lock(self) -> None:
        """SQLite: start the transaction as the writer (``BEGIN IMMEDIATE``); else nothing.

        The connection also gets a 256 MB page cache (index pages stay in
        memory as the tables grow) and ``synchronous=NORMAL``: in WAL mode a
        commit is then not flushed to disk at once, yet never half-written.
        """
        if self.sqlite:
            self.conn.exec_driver_sql("PRAGMA cache_size = -262144")
            self.conn.exec_driver_sql("PRAGMA synchronous = NORMAL")
            self.conn.exec_driver_sql("BEGIN IMMEDIATE")

    def ids(self, table: str, key: str, values: Iterable[str]) -> dict[str, int]:
        """``{key: id}`` of the rows whose ``key`` column is one of ``values``."""
        found: dict[str, int] = {}
        for chunk in chunks(sorted(set(values))):
            if self.sqlite:
                sql = f"SELECT {key}, id FROM {table} WHERE {key} IN ({','.join('?' * len(chunk))})"
                rows = self.conn.exec_driver_sql(sql, tuple(chunk))
            else:
                sql = f"SELECT {key}, id FROM {table} WHERE {key} = ANY(%s)"
                rows = self.conn.exec_driver_sql(sql, (chunk,))
            found.update((k, i) for k, i in rows)
        return found

    def reserve(self, table: str, count: int) -> list[int]:
        """``count`` ids for new rows of ``table``."""
        if count == 0:
            return []
        if self.sqlite:
            top = self.conn.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").scalar()
            return list(range(int(top or 0) + 1, int(top or 0) + 1 + count))
        sql = f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)"
        return [int(i) for (i,) in self.conn.exec_driver_sql(sql, (count,))]

    def insert(
        self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]], *, ignore: bool
    ) -> int:
        """``executemany`` of ``rows``; with ``ignore``, rows whose key exists are skipped.

        Returns how many rows were written.
        """
        if not rows:
            return 0
        names = ", ".join(_quoted(c) for c in columns)
        conflict = " ON CONFLICT DO NOTHING" if ignore else ""
        if self.sqlite:
            marks = ", ".join("?" * len(columns))
            sql = f"INSERT INTO {table} ({names}) VALUES ({marks}){conflict}"
            result = self.conn.exec_driver_sql(sql, rows)
        elif not self.small:
            return self._copy_insert(table, names, rows, conflict)
        else:  # one statement, no staging table
            marks = ", ".join([f"({', '.join(['%s'] * len(columns))})"] * len(rows))
            sql = f"INSERT INTO {table} ({names}) VALUES {marks}{conflict}"
            result = self.conn.exec_driver_sql(sql, tuple(v for row in rows for v in row))
        return len(rows) if result.rowcount is None or result.rowcount < 0 else result.rowcount

    def _copy_insert(
        self, table: str, names: str, rows: list[tuple[Any, ...]], conflict: str
    ) -> int:
        """PostgreSQL: ``COPY`` the rows into a temporary table, then one ``INSERT ... SELECT``.

        ``COPY`` is PostgreSQL's bulk path (psycopg writes its rows in C);
        the ``INSERT`` keeps ``ON CONFLICT``. The staging table is filled
        and read in one session with nothing else touching it, so the rows
        go in the order given (key order, which keeps concurrent writers
        from deadlocking; a batch that deadlocks anyway is run again).
        """
        stage = f"quotebank_stage_{table}"
        cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(
                f"CREATE TEMPORARY TABLE {stage} ON COMMIT DROP AS "
                f"SELECT {names} FROM {table} WITH NO DATA"
            )
            with cursor.copy(f"COPY {stage} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cursor.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {stage}{conflict}")
            written = cursor.rowcount
            cursor.execute(f"DROP TABLE {stage}")
        finally:
            cursor.close()
        return len(rows) if written is None or written < 0 else written

    def insert_quotes(self, rows: list[tuple[int, str, str]]) -> int:
        """New quotes ``(id, text, norm)``, ids ascending; returns how many were written.

        SQLite: the FTS5 index is filled by one ``INSERT ... SELECT`` over the
        new id range instead of its per-row trigger (half the time). The
        trigger is dropped and re-created inside this transaction, under the
        write lock, so no other writer and no interrupted import ever sees
        the database without it.
        """
        columns = ("id", "text", "norm")
        if not self.sqlite or self.small or not rows:
            return self.insert("quotes", columns, rows, ignore=not self.sqlite)
        trigger = self.conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_TRIGGER,)
        ).scalar()
        if trigger is None:
            return self.insert("quotes", columns, rows, ignore=False)
        self.conn.exec_driver_sql(f"DROP TRIGGER {_FTS_TRIGGER}")
        written = self.insert("quotes", columns, rows, ignore=False)
        self.conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, norm) "
            "SELECT id, norm FROM quotes WHERE id BETWEEN ? AND ?",
            (rows[0][0], rows[-1][0]),
        )
        self.conn.exec_driver_sql(str(trigger))
        return written

    def fill(self, table: str, column: str, values: list[tuple[int, Any]]) -> None:
        """Set ``column`` of rows (by id) where it is still NULL: ``[(id, value), ...]``."""
        if not values:
            return
        if self.sqlite:
            sql = f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL"
            self.conn.exec_driver_sql(sql, [(value, row_id) for row_id, value in values])
            return
        kind = self._type(table, column)
        sql = (
            f"UPDATE {table} SET {column} = v.value FROM unnest(%s::integer[], %s::{kind}[]) "
            f"AS v(id, value) WHERE {table}.id = v.id AND {table}.{column} IS NULL"
        )
        self.conn.exec_driver_sql(sql, ([i for i, _ in values], [v for _, v in values]))

    def _type(self, table: str, column: str) -> str:
        return str(Base.metadata.tables[table].c[column].type.compile(dialect=self.conn.dialect))

    def date_value(self, value: date | None) -> Any:
        """A date as the driver stores it: ISO text on SQLite (SQLAlchemy's format)."""
        return value.isoformat() if self.sqlite and value is not None else value

    def time_value(self, value: datetime) -> Any:
        """A UTC time as the driver stores it (SQLAlchemy's SQLite text format)."""
        if self.sqlite:
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        return value


def quote_ids(bulk: Bulk, texts: Mapping[str, str]) -> tuple[dict[str, int], int]:
    """Ids of the quotes ``{norm: text}`` by norm, adding the missing ones; and how many were new.

    New quotes get their ids in the order of ``texts`` (an article's reading
    order; the importer's key order, in which concurrent writers never
    deadlock). On SQLite the caller's transaction must hold the write lock
    (it began with ``lock``, or has written), so the reserved ids are its own.
    """
    found = bulk.ids("quotes", "norm", texts)
    missing = [norm for norm in texts if norm not in found]
    ids = bulk.reserve("quotes", len(missing))
    added = bulk.insert_quotes([(i, texts[n], n) for n, i in zip(missing, ids, strict=True)])
    found.update(zip(missing, ids, strict=True))
    if not bulk.sqlite and added < len(missing):  # another writer added some first
        found.update(bulk.ids("quotes", "norm", missing))
    return found, added


def _quoted(column: str) -> str:
    return f'"{column}"' if column in {"end", "start"} else column


def chunks(values: list[str]) -> Iterator[list[str]]:
    """``values`` in lists short enough for one ``IN (...)`` on SQLite."""
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
