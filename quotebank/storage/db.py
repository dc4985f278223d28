"""Engines, sessions, migrations, read-only access, full-text search, upserts.

This is the only module (with the migrations) that holds dialect-specific SQL:
the SQLite connection PRAGMAs and read-only opening, the FTS5 ``MATCH`` query
and its PostgreSQL twin over the ``quotes.norm_tsv`` column (same matches on
the same data), ``INSERT ... ON CONFLICT DO NOTHING`` for concurrent writers,
and which errors are worth retrying.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    Engine,
    Insert,
    Select,
    String,
    Table,
    bindparam,
    column,
    create_engine,
    event,
    false,
    func,
    inspect,
    literal_column,
    select,
    table,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from quotebank import errors
from quotebank.storage.schema import Base, Quote
from quotebank.text.keys import normalize_quote

if TYPE_CHECKING:  # Alembic costs a few hundred ms to import: only upgrades need it
    from alembic.config import Config
    from alembic.script import ScriptDirectory

FTS_TABLE = "quotes_fts"
FTS_MERGE_SHARE = 0.25  # a load adding this share of the quotes merges the FTS5 index whole
FTS_MERGE_PAGES = 2000  # else pages of FTS5 index a load merges (about 8 MB)
TSV_COLUMN = "norm_tsv"  # PostgreSQL: to_tsvector('simple', norm), GIN-indexed (migration 0003)
VIEWS = frozenset({"quote_sheet", "speaker_stats"})
_FTS = table(FTS_TABLE, column("rowid"))
_TSV = table("quotes", column("id"), column(TSV_COLUMN))
_MIGRATION_LOCK = 7_261_001  # PostgreSQL advisory lock held while migrating
_TRANSIENT = frozenset({"40001", "40P01"})  # serialization failure, deadlock detected


# --- URLs and engines -------------------------------------------------------


def database_url(value: str) -> str:
    """A path becomes ``sqlite:///abs/path``; an SQLAlchemy URL passes through."""
    if "://" in value:
        return value
    if value == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


def engine_url(url: str) -> URL:
    """``url`` parsed; a bare ``postgresql://`` gets the psycopg (3) driver quotebank ships."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def _one_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def display_url(url: str) -> str:
    """``url`` for messages: a SQLite file's path, or the URL with its password hidden."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string()


def create(url: str) -> Engine:
    """An engine for ``url``; on SQLite every connection gets WAL, foreign keys, a busy timeout."""
    engine = create_engine(engine_url(url))
    if _is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_database(url: str, *, upgrade: bool = True) -> Engine:
    """Open (creating if needed) a quotebank database and bring its schema to head.

    With ``upgrade=False`` a database behind head raises ``SchemaOutOfDate``.
    """
    engine = create(url)
    try:
        current = current_revision(engine)
        if current is None and _has_foreign_tables(engine):
            raise errors.DatabaseError(f"{display_url(url)}: not a quotebank database")
        head = head_revision()
        if current == head:
            return engine
        _check_known(current, head)
        if not upgrade:
            raise errors.SchemaOutOfDate(
                f"database is at revision {current or 'none'}, quotebank needs {head}: "
                "run `quotebank db upgrade`"
            )
        _upgrade(engine)
    except sa_exc.SQLAlchemyError as exc:
        engine.dispose()
        raise errors.DatabaseError(f"cannot open {display_url(url)}: {_one_line(exc)}") from None
    except errors.QuotebankError:
        engine.dispose()
        raise
    return engine


def _has_foreign_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def _check_known(current: str | None, head: str) -> None:
    if current is None:
        return
    from alembic.util.exc import CommandError

    try:
        _scripts().get_revision(current)
    except CommandError:
        raise errors.DatabaseError(
            f"database is at revision {current}, newer than this quotebank ({head}): "
            "upgrade quotebank"
        ) from None


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine``; callers own ``with factory.begin() as session``."""
    return sessionmaker(bind=engine, expire_on_commit=False)


# --- migrations -------------------------------------------------------------


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("quotebank.migrations")))
    config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


# The newest migration; tests check it against the scripts, so it cannot drift.
HEAD_REVISION = "0003"


def head_revision() -> str:
    """The revision this version of quotebank expects."""
    return HEAD_REVISION


def scripts_head() -> str | None:
    """The newest revision among the migration scripts (imports Alembic)."""
    return _scripts().get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The database's revision, or None for an empty (or non-quotebank) database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(
            select(column("version_num")).select_from(table("alembic_version"))
        ).scalar()


def _upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # several processes may open a new database at once
            conn.execute(select(func.pg_advisory_xact_lock(_MIGRATION_LOCK)))
        command.upgrade(alembic_config(conn), revision)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision`` (head by default)."""
    try:
        _upgrade(engine, revision)
    except sa_exc.SQLAlchemyError as exc:
        raise errors.DatabaseError(f"upgrade failed: {_one_line(exc)}") from None


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Autogenerate filter: skip the FTS index, its shadow tables, ``norm_tsv`` and the views."""
    if type_ == "table" and name is not None:
        return not (name.startswith(FTS_TABLE) or name in VIEWS)
    if type_ in ("column", "index") and name is not None:
        return TSV_COLUMN not in name
    return True


# --- read-only access -------------------------------------------------------


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
                raise errors.DatabaseError(f"no database at {parsed.database or ':memory:'}")
            creator = _sqlite_readonly_creator(parsed.database)
            engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)
        else:
            options = {"options": "-c default_transaction_read_only=on"}
            engine = create_engine(engine_url(url), poolclass=NullPool, connect_args=options)
            event.listen(engine, "begin", _readonly_transaction)
        return engine.connect()
    except sa_exc.SQLAlchemyError as exc:
        raise errors.DatabaseError(f"cannot open {display_url(url)}: {_one_line(exc)}") from None


def _is_write_refusal(exc: BaseException) -> bool:
    message = _one_line(exc).lower()
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
                    f"refused: the query tries to change the database ({_one_line(exc)})"
                ) from None
            raise errors.DatabaseError(f"query failed: {_one_line(exc)}") from None
        finally:
            conn.rollback()
    return columns, rows


# --- full-text search -------------------------------------------------------


def _tokens(phrase: str) -> list[str]:
    return normalize_quote(phrase).split()


def phrase_query(phrase: str) -> str:
    """An FTS5 phrase for any user text: ``"i" + "m" + "here"``; "" when it has no words.

    Tokens come from ``normalize_quote`` (letters and digits only) and each is
    double-quoted, so FTS syntax in the phrase (``OR``, ``NEAR``, ``*``, ``"``)
    is searched for as words, never interpreted.
    """
    return " + ".join(f'"{token}"' for token in _tokens(phrase))


def any_token_query(phrase: str) -> str:
    """An FTS5 query matching any of the phrase's words: ``"a" OR "b"``."""
    return " OR ".join(f'"{token}"' for token in dict.fromkeys(_tokens(phrase)))


def fts_match(
    session: Session, phrase: str, *, any_token: bool = False, limit: int | None = None
) -> Select:
    """A SELECT of the ids of quotes matching ``phrase`` (best first when ``limit`` is set).

    The phrase is matched against the normalised quote, so case, accents,
    punctuation and curly/straight quotes do not matter.
    """
    if not _tokens(phrase):
        return select(Quote.id).where(false())
    if session.get_bind().dialect.name == "sqlite":
        stmt = _sqlite_match(phrase, any_token)
    else:
        stmt = _tsvector_match(phrase, any_token)
    return stmt if limit is None else stmt.limit(limit)


def _sqlite_match(phrase: str, any_token: bool) -> Select:
    expression = any_token_query(phrase) if any_token else phrase_query(phrase)
    query = bindparam("fts_query", f"norm : ({expression})", type_=String())
    return (
        select(_FTS.c.rowid.label("id"))
        .where(literal_column(FTS_TABLE).op("MATCH")(query))
        .order_by(literal_column("rank"))
    )


def _tsvector_match(phrase: str, any_token: bool) -> Select:
    """PostgreSQL: the GIN-indexed ``quotes.norm_tsv`` (``to_tsvector('simple', norm)``).

    The phrase's tokens are letters and digits only, so ``'a' <-> 'b'`` (a
    phrase) and ``'a' | 'b'`` are exactly FTS5's ``"a" + "b"`` and ``"a" OR "b"``.
    Ranked by ``ts_rank`` normalised by length, as bm25 prefers short quotes.
    """
    tokens = _tokens(phrase)
    if any_token:
        text = " | ".join(dict.fromkeys(tokens))
        query = func.to_tsquery(
            literal_column("'simple'::regconfig"), bindparam("ts", text, unique=True)
        )
    else:
        query = func.phraseto_tsquery(
            literal_column("'simple'::regconfig"), bindparam("ts", " ".join(tokens), unique=True)
        )
    vector = _TSV.c[TSV_COLUMN]
    rank = func.ts_rank(vector, query, 1)
    return select(_TSV.c.id).where(vector.op("@@")(query)).order_by(rank.desc(), _TSV.c.id)


# --- concurrent writers ------------------------------------------------------


def insert_ignoring_conflicts(bind: Session | Connection, target: Table | type[Base]) -> Insert:
    """``INSERT ... ON CONFLICT DO NOTHING`` into ``target`` for this dialect.

    Concurrent writers insert a key both want and then select it: whichever
    commits first wins, nobody fails and nothing is duplicated.
    """
    dialect = bind.get_bind().dialect.name if isinstance(bind, Session) else bind.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(target).on_conflict_do_nothing()
    return sqlite.insert(target).on_conflict_do_nothing()


def optimize(engine: Engine, added: int = 0) -> None:
    """Tidy up after a bulk load of ``added`` quotes, so that searches are fast at once.

    PostgreSQL: merge the GIN index's pending list (every search scans it
    until autovacuum gets there) and refresh the planner's statistics.
    SQLite: ``PRAGMA optimize``, and the FTS5 index merged into one segment
    when the load added a good part of it (``FTS_MERGE_SHARE``): a bulk load
    leaves a dozen segments, and each search looks a word up in every one of
    them, which on a large file not in memory is a disk read each. After a
    small load into a large archive, a bounded merge step instead
    (``FTS_MERGE_PAGES``), so that tidying never costs more than the load.
    """
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT gin_clean_pending_list('ix_quotes_{TSV_COLUMN}')")
            conn.exec_driver_sql("ANALYZE")
            return
        total = conn.exec_driver_sql("SELECT count(*) FROM quotes").scalar() or 0
        if added and added >= total * FTS_MERGE_SHARE:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
        elif added:
            conn.exec_driver_sql(
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('merge', {FTS_MERGE_PAGES})"
            )
        conn.exec_driver_sql("PRAGMA optimize")


def is_transient(exc: BaseException) -> bool:
    """A deadlock or serialization failure: the transaction can simply be run again."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in _TRANSIENT
