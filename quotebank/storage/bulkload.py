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

from sqlalchemy import Connection, ForeignKeyConstraint, Index
from sqlalchemy.schema import AddConstraint, DropConstraint

from quotebank.storage.schema import Base
from quotebank.storage.search import FTS_TABLE, TSV_COLUMN

RULE = "quotebank"
_FTS_TRIGGER = f"{FTS_TABLE}_insert"
_GIN_INDEX = f"ix_quotes_{TSV_COLUMN}"
_CACHE_KB = 1 << 20  # SQLite's page cache while merging: 1 GB at most, whatever the load
_FTS_AUTOMERGE, _FTS_CRISISMERGE = 4, 16  # FTS5's defaults
# While loading, FTS5 merges a level only once it holds this many segments. It was 2000,
# which is FTS5's cap on segments in all (FTS5_MAX_SEGMENT): each batch writes a few, so
# a load of ~8M quotes failed with "database or disk is full" (found at 10M quotes). At
# 1000, loads below ~4M quotes merge nothing before the final optimize, as before, and a
# larger one merges a thousand segments into one now and then.
_FTS_LOAD_CRISISMERGE = 1000
_TABLES = ("quotes", "articles", "attributions")  # whose secondary indexes are rebuilt
# SQLite: indexes kept up to date while loading, not built after. Their keys come in
# nearly ascending (new quotes' ids; remark_id NULL on every loaded quote), so each row's
# entry is an append to the index's last page: at 1M quotes +1.2 CPU-s over the
# batches, which run beside the reader, for -1.0 s in the index builds and -1.4 s of
# the tail after the last batch.
_LIVE_ON_SQLITE = frozenset({"ix_attributions_quote_id", "ix_quotes_remark_id"})
_ANALYSIS_ROWS = 1000  # rows of each index ANALYZE samples (0: all of them)


@contextmanager
def merging(conn: Connection, *, rebuild: bool) -> Iterator[None]:
    """One write transaction around a merge; with ``rebuild``, indexes dropped and built after.

    SQLite takes the write lock at once (``BEGIN IMMEDIATE``); PostgreSQL locks
    the tables a merge writes against other writers (readers go on, except
    while a table's indexes are rebuilt).
    """
    conn.commit()  # the staging rows
    sqlite = conn.dialect.name == "sqlite"
    journal = _sqlite_begin(conn) if sqlite else _postgresql_begin(conn)
    try:
        rebuilt = _drop_indexes(conn) if rebuild else []
        trigger = _drop_fts_trigger(conn)
        _fts_merging(conn, automerge=0, crisismerge=_FTS_LOAD_CRISISMERGE)
        yield
        _fts_merging(conn, automerge=_FTS_AUTOMERGE, crisismerge=_FTS_CRISISMERGE, optimize=True)
        if trigger is not None:
            conn.exec_driver_sql(trigger)
        for create in rebuilt:
            create()
        _statistics(conn)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        if sqlite:
            _sqlite_end(conn, journal)


def _statistics(conn: Connection) -> None:
    """SQLite: the planner's statistics of the loaded tables, as the incremental path's
    ``PRAGMA optimize`` leaves them (that pragma, run after a load, only analyzes what
    its own connection queried), from a sample of each index (``_ANALYSIS_ROWS``: 0.5 s
    at 1M quotes for all rows, next to nothing so). PostgreSQL: ``optimize``
    runs ``ANALYZE`` after either path."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA analysis_limit = {_ANALYSIS_ROWS}")
        for name in ("sources", *_TABLES):
            conn.exec_driver_sql(f"ANALYZE {name}")


def _sqlite_begin(conn: Connection) -> bool:
    """``BEGIN IMMEDIATE`` with a large cache and no per-row foreign-key checks (the
    merge's references hold by construction); True when the merge writes through a
    rollback journal.

    When no other connection has the database open, the merge leaves WAL mode
    for its transaction: a gigabyte written to the WAL is written again by the
    checkpoint, a rollback journal keeps only the few pages the merge changes
    (and is as atomic: a killed merge is rolled back when the file is next opened).
    """
    conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
    conn.exec_driver_sql(f"PRAGMA cache_size = -{_CACHE_KB}")
    mode = conn.exec_driver_sql("PRAGMA journal_mode = DELETE").scalar()
    journal = str(mode).lower() == "delete"
    conn.exec_driver_sql(f"PRAGMA synchronous = {'FULL' if journal else 'NORMAL'}")
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    return journal


def _sqlite_end(conn: Connection, journal: bool) -> None:
    conn.exec_driver_sql("PRAGMA foreign_keys = ON")
    if journal:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
        conn.exec_driver_sql("PRAGMA synchronous = NORMAL")


def _postgresql_begin(conn: Connection) -> bool:
    conn.exec_driver_sql(
        "LOCK TABLE sources, articles, quotes, attributions, speakers IN SHARE ROW EXCLUSIVE MODE"
    )
    return False


def _drop_indexes(conn: Connection) -> list[Any]:
    """Drop the secondary indexes of the merged tables; the calls that build them again."""
    builds: list[Any] = []
    sqlite = conn.dialect.name == "sqlite"
    for name in _TABLES:
        for index in sorted(Base.metadata.tables[name].indexes, key=lambda i: str(i.name)):
            if sqlite and str(index.name) in _LIVE_ON_SQLITE:
                continue
            if not index.unique:
                index.drop(conn)
                builds.append(_builder(conn, index))
    if conn.dialect.name == "postgresql":
        builds += _drop_foreign_keys(conn)
        sql = "SELECT indexdef FROM pg_indexes WHERE indexname = %s"
        definition = conn.exec_driver_sql(sql, (_GIN_INDEX,)).scalar()
        if definition is not None:
            conn.exec_driver_sql(f"DROP INDEX {_GIN_INDEX}")
            builds.append(lambda: conn.exec_driver_sql(str(definition)))
    return builds


def _builder(conn: Connection, index: Index) -> Any:
    return lambda: index.create(conn)


def _drop_foreign_keys(conn: Connection) -> list[Any]:
    """PostgreSQL: drop the merged tables' foreign keys (checked row by row by triggers);
    the calls that add them again, each checked by one join over the whole table."""
    builds: list[Any] = []
    for name in ("articles", "attributions"):
        for constraint in Base.metadata.tables[name].foreign_key_constraints:
            conn.execute(DropConstraint(constraint))
            builds.append(_adder(conn, constraint))
    return builds


def _adder(conn: Connection, constraint: ForeignKeyConstraint) -> Any:
    return lambda: conn.execute(AddConstraint(constraint))


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
#
# A line's quote and a URL's article are found by rank, not by text: the
# reader numbers a batch's distinct norms (``qrank``) and article hashes
# (``arank``) in key order (``stage_quote_ids``, ``stage_article_ids``, one
# row a rank with its first line's text or first file). A rank whose key is stored
# already gets that row's id (``stored``, a probe a rank, only when the table
# has rows); any other, the last id + its rank (new rows in key order, as the
# incremental import gives them). Every later join is between integers.

_QUOTE_ID = "COALESCE(q.stored, q.qrank + ?)"
_ARTICLE_ID = "COALESCE(a.stored, a.arank + ?)"


def _run(conn: Connection, sql: str, parameters: tuple[Any, ...] = ()) -> int:
    if conn.dialect.name != "sqlite":
        sql = sql.replace("?", "%s").replace("CROSS JOIN", "JOIN")
    result = conn.exec_driver_sql(sql, parameters) if parameters else conn.exec_driver_sql(sql)
    return max(result.rowcount or 0, 0)


def _last_id(conn: Connection, table: str) -> int:
    """The id after which new rows of ``table`` go (PostgreSQL: past its sequence too)."""
    top = conn.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").scalar() or 0
    if conn.dialect.name != "sqlite":  # ids other writers reserved stay theirs
        sql = f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))"
        top = max(int(top), int(conn.exec_driver_sql(sql).scalar() or 0))
    return int(top)


def _any(conn: Connection, table: str) -> bool:
    return bool(conn.exec_driver_sql(f"SELECT EXISTS (SELECT 1 FROM {table})").scalar())


def _after(conn: Connection, table: str) -> None:
    """PostgreSQL: the table's sequence moved past the ids the merge gave."""
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
        )


_STORED = (  # the ids of the ranks whose key is stored already
    "UPDATE {table} SET stored = t.id FROM {target} t WHERE t.{key} = {table}.{staged}"
)


def find_stored(conn: Connection) -> None:
    """The ids of the staged ranks whose quote or article is stored (none in an empty table)."""
    if _any(conn, "quotes"):
        _run(conn, _STORED.format(table="stage_quote_ids", target="quotes", key="norm",
                                  staged="norm"))  # fmt: skip
    if _any(conn, "articles"):
        _run(conn, _STORED.format(table="stage_article_ids", target="articles",
                                  key="content_hash", staged="digest"))  # fmt: skip


def add_quotes(conn: Connection, top: int) -> int:
    """The new quotes, with the text of their first line, in key order."""
    added = _run(
        conn,
        "INSERT INTO quotes (id, text, norm) SELECT qrank + ?, text, norm "
        "FROM stage_quote_ids WHERE stored IS NULL ORDER BY qrank",
        (top,),
    )
    _after(conn, "quotes")
    return added


def add_articles(conn: Connection, top: int, ingested_at: Any) -> int:
    """The new articles' outlets (by domain), then the articles, from the files that name them."""
    _run(
        conn,
        "INSERT INTO sources (name, domain) SELECT DISTINCT a.domain, a.domain "
        "FROM stage_article_ids a WHERE a.stored IS NULL AND a.domain IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM sources x WHERE x.name = a.domain) ORDER BY 1",
    )
    added = _run(
        conn,
        "INSERT INTO articles (id, source_id, doc_id, url, text, content_hash, origin, "
        "ingested_at) SELECT a.arank + ?, src.id, a.doc_id, a.url, '', a.digest, f.origin, ? "
        "FROM stage_article_ids a JOIN stage_files f ON f.file = a.file "
        "LEFT JOIN sources src ON src.name = a.domain WHERE a.stored IS NULL ORDER BY a.arank",
        (top, ingested_at),
    )
    _after(conn, "articles")
    return added


def index_quotes(conn: Connection, top: int) -> None:
    """SQLite: the FTS5 entries of the quotes after id ``top``, in one statement (merged
    into one segment at the end of the load, ``_fts_merging``)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, norm) SELECT id, norm FROM quotes WHERE id > ?",
            (top,),
        )


def _fts_merging(
    conn: Connection, *, automerge: int, crisismerge: int, optimize: bool = False
) -> None:
    """SQLite: FTS5's segment merging set (off while loading: one ``optimize`` at the end)."""
    if conn.dialect.name != "sqlite":
        return
    if optimize:
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
    config = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES (?, ?)"
    conn.exec_driver_sql(config, ("automerge", automerge))
    conn.exec_driver_sql(config, ("crisismerge", crisismerge))


def add_attributions(conn: Connection, quotes_top: int, articles_top: int) -> int:
    """One attribution per article and quote; the first line's speaker, probability, date."""
    sqlite = conn.dialect.name == "sqlite"
    return _run(
        conn,
        f"INSERT {'OR IGNORE ' if sqlite else ''}INTO attributions (quote_id, article_id, "
        'speaker_id, start, "end", grp, kind, confidence, rule, said_on) '
        f"SELECT {_QUOTE_ID}, {_ARTICLE_ID}, m.id, {_QUOTE_ID}, {_QUOTE_ID}, 0, 'direct', "
        "l.probability, ?, l.said_on "
        "FROM stage_urls u CROSS JOIN stage_article_ids a ON a.arank = u.arank "
        "CROSS JOIN stage_lines l ON l.line = u.line "
        "CROSS JOIN stage_quote_ids q ON q.qrank = l.qrank "
        "LEFT JOIN stage_speaker_ids m ON m.raw = l.speaker "
        f"ORDER BY 2, 1, u.line{'' if sqlite else ' ON CONFLICT DO NOTHING'}",
        (quotes_top, articles_top, quotes_top, quotes_top, RULE),
    )


def merge(conn: Connection, ingested_at: datetime | str) -> tuple[int, int]:
    """Sources, articles, quotes and attributions from the staged batch: (new quotes, new
    attributions). Inside ``merging``, after the speakers are in ``stage_speaker_ids``."""
    quotes_top, articles_top = _last_id(conn, "quotes"), _last_id(conn, "articles")
    find_stored(conn)
    add_articles(conn, articles_top, ingested_at)
    quotes = add_quotes(conn, quotes_top)
    index_quotes(conn, quotes_top)
    attributions = add_attributions(conn, quotes_top, articles_top)
    return quotes, attributions
