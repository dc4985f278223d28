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
_TABLES = ("quotes", "articles", "attributions")  # whose secondary indexes are rebuilt


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
        _fts_merging(conn, automerge=0, crisismerge=2000)
        yield
        _fts_merging(conn, automerge=_FTS_AUTOMERGE, crisismerge=_FTS_CRISISMERGE, optimize=True)
        if trigger is not None:
            conn.exec_driver_sql(trigger)
        for create in rebuilt:
            create()
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        if sqlite:
            _sqlite_end(conn, journal)


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
    for name in _TABLES:
        for index in sorted(Base.metadata.tables[name].indexes, key=lambda i: str(i.name)):
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
# A line's quote and a URL's article are found by rank, not by text: one sort
# of the staged lines by ``norm`` (``dense_rank``) numbers the distinct quotes
# in key order, one sort of the staged URLs by ``digest`` the distinct
# articles; each rank then gets the id of the stored row with its key, or a new
# id (the last id + its rank: new rows in key order, as the incremental import
# gives them); every later join is between integers.

_WORK = {
    "stage_line_quotes": "line INTEGER PRIMARY KEY, qrank INTEGER",
    "stage_quote_ids": "qrank INTEGER PRIMARY KEY, line INTEGER, id INTEGER",
    "stage_url_articles": "urow INTEGER PRIMARY KEY, line INTEGER, arank INTEGER",
    "stage_article_ids": "arank INTEGER PRIMARY KEY, urow INTEGER, id INTEGER",
}


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


def _ranked(conn: Connection, key: str) -> str:
    """``dense_rank()`` by a key in code-point order (PostgreSQL: the "C" collation)."""
    collate = "" if conn.dialect.name == "sqlite" else ' COLLATE "C"'
    return f"dense_rank() OVER (ORDER BY {key}{collate})"


def _work_tables(conn: Connection) -> None:
    for name, columns in _WORK.items():
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE TEMPORARY TABLE {name} ({columns})")


def _rank_quotes(conn: Connection, top: int, stored: bool) -> None:
    """Each line's quote rank; each rank's first line and quote id (stored, or new)."""
    rank = _ranked(conn, "norm")
    _run(conn, f"INSERT INTO stage_line_quotes SELECT line, {rank} FROM stage_lines ORDER BY 1")
    _run(conn, _FIRSTS.format(table="stage_quote_ids", rank="qrank", row="line",
                              ranked="stage_line_quotes"), (top,))  # fmt: skip
    if stored:
        _run(conn, _STORED.format(table="stage_quote_ids", stage="stage_lines", row="line",
                                  target="quotes", key="norm", staged="norm"))  # fmt: skip
    _analyze(conn, "stage_line_quotes", "stage_quote_ids")


def _rank_articles(conn: Connection, top: int, stored: bool) -> None:
    """Each URL row's article rank; each rank's first URL row and article id."""
    rank = _ranked(conn, "digest")
    _run(
        conn, f"INSERT INTO stage_url_articles SELECT urow, line, {rank} FROM stage_urls ORDER BY 1"
    )
    _run(conn, _FIRSTS.format(table="stage_article_ids", rank="arank", row="urow",
                              ranked="stage_url_articles"), (top,))  # fmt: skip
    if stored:
        _run(conn, _STORED.format(table="stage_article_ids", stage="stage_urls", row="urow",
                                  target="articles", key="content_hash",
                                  staged="digest"))  # fmt: skip
    _analyze(conn, "stage_url_articles", "stage_article_ids")


def _analyze(conn: Connection, *tables: str) -> None:
    """PostgreSQL: the planner's statistics of work tables (autovacuum skips temporary ones)."""
    if conn.dialect.name != "sqlite":
        for table in tables:
            conn.exec_driver_sql(f"ANALYZE {table}")


_FIRSTS = (  # each rank's first row, and its id if it is new: the last id + the rank
    "INSERT INTO {table} ({rank}, {row}, id) "
    "SELECT {rank}, min({row}), {rank} + ? FROM {ranked} GROUP BY {rank}"
)
_STORED = (  # the ids of the ranks whose key is stored already (all at most the last id)
    "UPDATE {table} SET id = t.id FROM {stage} s JOIN {target} t ON t.{key} = s.{staged} "
    "WHERE s.{row} = {table}.{row}"
)


def add_quotes(conn: Connection, top: int) -> int:
    """The new quotes, with the text of their first line, in key order."""
    added = _run(
        conn,
        "INSERT INTO quotes (id, text, norm) SELECT s.id, l.text, l.norm FROM stage_quote_ids s "
        "CROSS JOIN stage_lines l ON l.line = s.line WHERE s.id > ? ORDER BY s.qrank",
        (top,),
    )
    _after(conn, "quotes")
    return added


def add_articles(conn: Connection, top: int, ingested_at: Any) -> int:
    """The new articles' outlets (by domain), then the articles, from the files that name them."""
    _run(
        conn,
        "INSERT INTO sources (name, domain) SELECT DISTINCT u.domain, u.domain "
        "FROM stage_article_ids s CROSS JOIN stage_urls u ON u.urow = s.urow "
        "WHERE s.id > ? AND u.domain IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM sources x WHERE x.name = u.domain) ORDER BY 1",
        (top,),
    )
    added = _run(
        conn,
        "INSERT INTO articles (id, source_id, doc_id, url, text, content_hash, origin, "
        "ingested_at) SELECT s.id, src.id, u.doc_id, u.url, '', u.digest, f.origin, ? "
        "FROM stage_article_ids s CROSS JOIN stage_urls u ON u.urow = s.urow "
        "JOIN stage_files f ON f.file = u.file LEFT JOIN sources src ON src.name = u.domain "
        "WHERE s.id > ? ORDER BY s.arank",
        (ingested_at, top),
    )
    _after(conn, "articles")
    return added


def index_quotes(conn: Connection, top: int) -> None:
    """SQLite: the FTS5 entries of the quotes after id ``top``, in one statement (merged
    into one segment at the end of the load, ``_fts_merging``)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, text, norm) "
            "SELECT id, text, norm FROM quotes WHERE id > ?",
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


def add_attributions(conn: Connection) -> int:
    """One attribution per article and quote; the first line's speaker, probability, date."""
    sqlite = conn.dialect.name == "sqlite"
    return _run(
        conn,
        f"INSERT {'OR IGNORE ' if sqlite else ''}INTO attributions (quote_id, article_id, "
        'speaker_id, start, "end", grp, kind, confidence, rule, said_on) '
        "SELECT q.id, a.id, m.id, q.id, q.id, 0, 'direct', l.probability, ?, l.said_on "
        "FROM stage_url_articles ua CROSS JOIN stage_article_ids a ON a.arank = ua.arank "
        "CROSS JOIN stage_line_quotes lq ON lq.line = ua.line "
        "CROSS JOIN stage_quote_ids q ON q.qrank = lq.qrank "
        "CROSS JOIN stage_lines l ON l.line = ua.line "
        "LEFT JOIN stage_speaker_ids m ON m.raw = l.speaker "
        f"ORDER BY a.id, q.id, ua.line{'' if sqlite else ' ON CONFLICT DO NOTHING'}",
        (RULE,),
    )


def merge(conn: Connection, ingested_at: datetime | str) -> tuple[int, int]:
    """Sources, articles, quotes and attributions from the staged lines: (new quotes, new
    attributions). Inside ``merging``, after the speakers are in ``stage_speaker_ids``."""
    _work_tables(conn)
    quotes_top, articles_top = _last_id(conn, "quotes"), _last_id(conn, "articles")
    _rank_quotes(conn, quotes_top, stored=_any(conn, "quotes"))
    _rank_articles(conn, articles_top, stored=_any(conn, "articles"))
    add_articles(conn, articles_top, ingested_at)
    quotes = add_quotes(conn, quotes_top)
    index_quotes(conn, quotes_top)
    attributions = add_attributions(conn)
    for name in _WORK:
        conn.exec_driver_sql(f"DROP TABLE {name}")
    return quotes, attributions
