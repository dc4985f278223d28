"""The set-based merge of a bulk load: staged lines (``staging``) into the tables, at once.

Each table is filled by one ``INSERT ... SELECT`` that joins the staging
tables against the rows already stored: new sources (the outlets of new
articles), new articles (one per article key, ``content_hash`` order), new
quotes (one per ``norm``, the first line's text, ``norm`` order), then one
attribution per article and quote (the first line's speaker, probability and
date); existing rows are found by their unique keys, so loading the same
files again adds nothing. Speakers are resolved by the caller (names go
through corrections and titles in Python) into ``stage_speaker_ids``.

The whole merge is one transaction (``merging``): killed half-way, the
database is as it was before. When the load is at least as large as what is
stored (``rebuild``), the secondary indexes are dropped inside that
transaction and built once at the end, after the rows (SQLite's FTS5 insert
trigger likewise: the new quotes' index entries go in by one
``INSERT ... SELECT``; PostgreSQL's GIN index over ``norm_tsv`` is rebuilt).
The rows are the ones the incremental import writes for the same files.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Index

from quotebank.storage.schema import Base
from quotebank.storage.search import FTS_TABLE, TSV_COLUMN

RULE = "quotebank"
_FTS_TRIGGER = f"{FTS_TABLE}_insert"
_GIN_INDEX = f"ix_quotes_{TSV_COLUMN}"
_CACHE_KB = 1 << 20  # SQLite's page cache while merging: 1 GB at most, whatever the load
_TABLES = ("quotes", "articles", "attributions")  # whose secondary indexes are rebuilt


@contextmanager
def merging(conn: Connection, *, rebuild: bool) -> Iterator[None]:
    """One write transaction around a merge; with ``rebuild``, indexes dropped and built after.

    SQLite takes the write lock at once (``BEGIN IMMEDIATE``); PostgreSQL locks
    the tables a merge writes against other writers (readers go on, except
    while a table's indexes are rebuilt).
    """
    conn.commit()  # the staging rows
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size = -{_CACHE_KB}")
        conn.exec_driver_sql("PRAGMA synchronous = NORMAL")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql(
            "LOCK TABLE sources, articles, quotes, attributions, speakers "
            "IN SHARE ROW EXCLUSIVE MODE"
        )
    try:
        rebuilt = _drop_indexes(conn) if rebuild else []
        trigger = _drop_fts_trigger(conn)
        yield
        if trigger is not None:
            conn.exec_driver_sql(trigger)
        for create in rebuilt:
            create()
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def _drop_indexes(conn: Connection) -> list[Any]:
    """Drop the secondary indexes of the merged tables; the calls that build them again."""
    builds: list[Any] = []
    for name in _TABLES:
        for index in sorted(Base.metadata.tables[name].indexes, key=lambda i: str(i.name)):
            if not index.unique:
                index.drop(conn)
                builds.append(_builder(conn, index))
    if conn.dialect.name == "postgresql":
        sql = "SELECT indexdef FROM pg_indexes WHERE indexname = %s"
        definition = conn.exec_driver_sql(sql, (_GIN_INDEX,)).scalar()
        if definition is not None:
            conn.exec_driver_sql(f"DROP INDEX {_GIN_INDEX}")
            builds.append(lambda: conn.exec_driver_sql(str(definition)))
    return builds


def _builder(conn: Connection, index: Index) -> Any:
    return lambda: index.create(conn)


def _drop_fts_trigger(conn: Connection) -> str | None:
    """SQLite: drop the FTS5 insert trigger (the merge indexes new quotes itself); its SQL."""
    if conn.dialect.name != "sqlite":
        return None
    trigger = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_TRIGGER,)
    ).scalar()
    if trigger is not None:
        conn.exec_driver_sql(f"DROP TRIGGER {_FTS_TRIGGER}")
    return None if trigger is None else str(trigger)


# --- the statements -------------------------------------------------------------


def _first(conn: Connection, key: str, columns: str, table: str) -> str:
    """A subquery: the first staged row (lowest ``line``) of each ``key``."""
    if conn.dialect.name == "sqlite":  # min() picks the other columns from its row
        return f"(SELECT {key}, {columns}, min(line) AS line FROM {table} GROUP BY {key})"
    return f"(SELECT DISTINCT ON ({key}) {key}, {columns}, line FROM {table} ORDER BY {key}, line)"


def _run(conn: Connection, sql: str, parameters: tuple[Any, ...] = ()) -> int:
    if conn.dialect.name != "sqlite":
        sql = sql.replace("?", "%s")
    result = conn.exec_driver_sql(sql, parameters) if parameters else conn.exec_driver_sql(sql)
    return max(result.rowcount or 0, 0)


def add_sources(conn: Connection) -> int:
    """The outlets (by domain) of the articles the load adds."""
    return _run(
        conn,
        "INSERT INTO sources (name, domain) SELECT DISTINCT u.domain, u.domain FROM stage_urls u "
        "WHERE u.domain IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = u.digest) "
        "AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.name = u.domain) ORDER BY 1",
    )


def add_articles(conn: Connection, ingested_at: Any) -> int:
    """One empty article per new article key, from the file that first names it."""
    first = _first(conn, "digest", "url, doc_id, domain, file", "stage_urls")
    return _run(
        conn,
        "INSERT INTO articles (source_id, doc_id, url, text, content_hash, origin, ingested_at) "
        f"SELECT s.id, n.doc_id, n.url, '', n.digest, f.origin, ? FROM {first} AS n "
        "JOIN stage_files f ON f.file = n.file LEFT JOIN sources s ON s.name = n.domain "
        "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = n.digest) "
        "ORDER BY n.digest",
        (ingested_at,),
    )


def add_quotes(conn: Connection) -> int:
    """One quote per new ``norm``, with the text of its first line."""
    first = _first(conn, "norm", "text", "stage_lines")
    added = _run(
        conn,
        f"INSERT INTO quotes (text, norm) SELECT n.text, n.norm FROM {first} AS n "
        "WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.norm = n.norm) ORDER BY n.norm",
    )
    return added


def index_quotes(conn: Connection, top: int) -> None:
    """SQLite: the FTS5 entries of the quotes after id ``top``, in one statement."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, text, norm) "
            "SELECT id, text, norm FROM quotes WHERE id > ?",
            (top,),
        )


def add_attributions(conn: Connection) -> int:
    """One attribution per article and quote; the first line's speaker, probability, date."""
    sqlite = conn.dialect.name == "sqlite"
    join = "CROSS JOIN" if sqlite else "JOIN"  # SQLite: in this order, staged rows outermost
    return _run(
        conn,
        f"INSERT {'OR IGNORE ' if sqlite else ''}INTO attributions (quote_id, article_id, "
        'speaker_id, start, "end", grp, kind, confidence, rule, said_on) '
        "SELECT q.id, a.id, m.id, q.id, q.id, 0, 'direct', l.probability, ?, l.said_on "
        f"FROM stage_urls u {join} stage_lines l ON l.line = u.line "
        f"{join} quotes q ON q.norm = l.norm {join} articles a ON a.content_hash = u.digest "
        "LEFT JOIN stage_speaker_ids m ON m.raw = l.speaker "
        f"ORDER BY a.id, q.id, u.line{'' if sqlite else ' ON CONFLICT DO NOTHING'}",
        (RULE,),
    )


def merge(conn: Connection, ingested_at: datetime | str) -> tuple[int, int]:
    """Sources, articles, quotes and attributions from the staged lines: (new quotes, new
    attributions). Inside ``merging``, after the speakers are in ``stage_speaker_ids``."""
    add_sources(conn)
    add_articles(conn, ingested_at)
    top = int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM quotes").scalar() or 0)
    quotes = add_quotes(conn)
    index_quotes(conn, top)
    return quotes, add_attributions(conn)
