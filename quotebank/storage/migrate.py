"""Migrations: the Alembic scripts shipped in the package, revisions, upgrades.

Alembic costs a few hundred milliseconds to import, so it is imported only
by the functions that run it: opening a database already at head does not.
One process at a time reads a database's revision and migrates it
(``migration_lock``), so processes opening a new database together all find
it at head.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from importlib import resources
from typing import IO, TYPE_CHECKING, Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from sqlalchemy import Connection, Engine, column, func, inspect, select, table
from sqlalchemy import exc as sa_exc

from quotebank import errors
from quotebank.storage.dialect import one_line
from quotebank.storage.revision import HEAD_REVISION
from quotebank.storage.search import FTS_TABLES, TSV_COLUMN

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

VIEWS = frozenset({"quote_sheet", "speaker_stats"})
_MIGRATION_LOCK = 7_261_001  # PostgreSQL advisory lock held while migrating


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


def bring_to_head(engine: Engine, name: str, *, upgrade: bool = True) -> None:
    """Migrate a quotebank database (or an empty one) to head, one process at a time.

    ``name`` stands for the database in messages. With ``upgrade=False`` a
    database behind head raises ``SchemaOutOfDate``; a database of another
    program, or of a newer quotebank, raises ``DatabaseError``.
    """
    with migration_lock(engine):
        current = current_revision(engine)
        if current is None and _has_tables(engine):
            raise errors.DatabaseError(f"{name}: not a quotebank database")
        head = head_revision()
        if current == head:
            return
        _check_known(current, head)
        if not upgrade:
            raise errors.SchemaOutOfDate(
                f"database is at revision {current or 'none'}, quotebank needs {head}: "
                "run `quotebank db upgrade`"
            )
        _migrate(engine, "head")


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def _check_known(current: str | None, head: str) -> None:
    """Raise ``DatabaseError`` when the database is at a revision newer than this quotebank."""
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


def _migrate(engine: Engine, revision: str) -> None:
    """Alembic's upgrade to ``revision``; the caller holds ``migration_lock``."""
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # several processes may open a new database at once
            conn.execute(select(func.pg_advisory_xact_lock(_MIGRATION_LOCK)))
        command.upgrade(alembic_config(conn), revision)


@contextlib.contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """On SQLite, one process at a time reads and migrates a database file (as
    PostgreSQL's advisory lock does): the second waits, then finds the schema at head.

    An advisory ``flock`` on the database file itself: it leaves no file behind and
    does not touch SQLite's own byte-range locks. Without ``fcntl`` (Windows), or
    where the file cannot be opened (SQLite then says why), none."""
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    handle = _open_for_lock(path) if fcntl is not None else None
    if handle is None:
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _open_for_lock(path: str | None) -> IO[bytes] | None:
    if not path or path == ":memory:":
        return None
    try:
        return open(path, "ab")
    except OSError:
        return None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision`` (head by default)."""
    try:
        with migration_lock(engine):
            _migrate(engine, revision)
    except sa_exc.SQLAlchemyError as exc:
        raise errors.DatabaseError(f"upgrade failed: {one_line(exc)}") from None


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Autogenerate filter: skip the FTS indexes and their shadow tables, ``norm_tsv``, views."""
    if type_ == "table" and name is not None:
        return not (name.startswith(FTS_TABLES) or name in VIEWS)
    if type_ in ("column", "index") and name is not None:
        return TSV_COLUMN not in name
    return True
