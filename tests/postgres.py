"""A throwaway PostgreSQL server for the tests, and databases at head for them.

The server is Debian's PostgreSQL (``/usr/lib/postgresql/*/bin``): ``initdb``
into a temporary folder, ``pg_ctl start`` on 127.0.0.1 at a free port with its
socket in that folder, once per test session; stopped and removed at the end.
PostgreSQL refuses to run as root, so as root it runs as the ``postgres`` user.
``QUOTEBANK_TEST_POSTGRES`` (an SQLAlchemy URL of a superuser) uses a running
server instead. Without PostgreSQL the tests that need it are skipped, except
under CI (``CI=true``), where they fail.

A database is copied from a migrated template (``CREATE DATABASE ... TEMPLATE``)
once per session; ``pg_url`` hands it to each test emptied by ``TRUNCATE ...
RESTART IDENTITY`` (ids from 1, as in a new SQLite file), which takes a few
milliseconds where creating a database takes a quarter of a second.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import close_all_sessions
from sqlalchemy.pool import NullPool

from quotebank.storage import connect
from quotebank.storage.schema import Base

TEMPLATE = "quotebank_template"
SERVER_OPTIONS = (
    "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB"
)
_names = itertools.count(1)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def bindir() -> Path | None:
    """The newest Debian PostgreSQL's bin folder, if installed."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=_version)
    return found[-1].parent if found else None


def _version(path: Path) -> int:
    name = path.parent.parent.name
    return int(name) if name.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """A PostgreSQL cluster in a temporary folder, owned by this test session."""

    def __init__(self, bin_path: Path) -> None:
        self.bin = bin_path
        self.root = Path(tempfile.mkdtemp(prefix="quotebank-pg-"))
        self.data, self.run_dir = self.root / "data", self.root / "run"
        self.port = _free_port()
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *args: str | Path) -> None:
        command = [*self.as_postgres, *(str(arg) for arg in args)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()[-2000:]}")

    def start(self) -> str:
        self.run_dir.mkdir()
        if self.as_postgres:
            for path in (self.root, self.run_dir):
                shutil.chown(path, "postgres", "postgres")
        initdb = self.bin / "initdb"
        self._run(initdb, "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")  # fmt: skip
        options = f"{SERVER_OPTIONS} -p {self.port} -k {self.run_dir}"
        log = self.root / "server.log"
        self._run(self.bin / "pg_ctl", "-D", self.data, "-l", log, "-o", options, "-w", "start")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _admin(url: str) -> Engine:
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def database(admin_url: str, name: str) -> str:
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _unavailable(reason: str) -> None:
    if in_ci():
        pytest.fail(f"PostgreSQL is required under CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A superuser URL of a PostgreSQL server for this session (started here if need be)."""
    given = os.environ.get("QUOTEBANK_TEST_POSTGRES")
    if given:
        yield given
        return
    found = bindir()
    if found is None:
        _unavailable("no /usr/lib/postgresql/*/bin/pg_ctl (apt-get install postgresql)")
        return
    server = Server(found)
    try:
        url = server.start()
    except (OSError, RuntimeError) as exc:
        server.stop()
        _unavailable(str(exc))
        return
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> str:
    """The name of a database migrated to head, to copy databases at head from."""
    with _admin(pg_admin_url).connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
        conn.exec_driver_sql(f"CREATE DATABASE {TEMPLATE}")
    connect.open_database(database(pg_admin_url, TEMPLATE)).dispose()
    return TEMPLATE


@contextmanager
def fresh_database(admin_url: str, template: str | None) -> Iterator[str]:
    """A new database (a copy of ``template``, or empty), dropped on leaving."""
    name = f"quotebank_test_{os.getpid()}_{next(_names)}"
    admin = _admin(admin_url)
    copy = f" TEMPLATE {template}" if template else ""
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}{copy}")
    try:
        yield database(admin_url, name)
    finally:
        close_all_sessions()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_shared(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    """One database at head for the whole session; ``pg_url`` empties it before each test."""
    with fresh_database(pg_admin_url, pg_template) as url:
        yield url


def empty(url: str) -> None:
    """Close other connections to the database, delete every row, restart the ids at 1."""
    close_all_sessions()
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        conn.exec_driver_sql("SET LOCAL lock_timeout = '10s'")
        conn.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    engine.dispose()


@pytest.fixture
def pg_url(pg_shared: str) -> str:
    """An empty PostgreSQL database at head (truncating is much faster than creating one)."""
    empty(pg_shared)
    return pg_shared


@pytest.fixture
def pg_empty_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database (no schema), dropped afterwards."""
    with fresh_database(pg_admin_url, None) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database at head, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return str(request.getfixturevalue("pg_url"))
