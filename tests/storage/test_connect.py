"""connect and urls: URLs, opening, creating and upgrading, PRAGMAs, one-line errors."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import text

from quotebank import errors
from quotebank.storage import connect, migrate, urls


def test_database_url_resolves_paths_and_passes_urls(tmp_path: Path) -> None:
    assert urls.database_url("archive.db") == f"sqlite:///{tmp_path / 'archive.db'}"
    assert urls.database_url("sqlite:////data/q.db") == "sqlite:////data/q.db"
    assert urls.database_url("postgresql://u@h/q") == "postgresql://u@h/q"
    assert urls.engine_url("postgresql://u@h/q").drivername == "postgresql+psycopg"
    assert urls.engine_url("postgresql+psycopg://u@h/q").drivername == "postgresql+psycopg"


def test_a_new_postgresql_database_is_migrated_and_reopened(pg_empty_url: str) -> None:
    engine = connect.open_database(pg_empty_url)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()
    assert migrate.current_revision(connect.open_database(pg_empty_url, upgrade=False)) == "0007"


def test_a_postgresql_server_that_is_not_there_is_a_one_line_error() -> None:
    with pytest.raises(errors.DatabaseError) as caught:
        connect.open_database("postgresql://nobody@127.0.0.1:1/none")
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("cannot open postgresql://nobody@127.0.0.1:1/none: ")


def test_open_database_sets_wal_and_foreign_keys(db_url: str) -> None:
    engine = connect.open_database(db_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_old_schema_without_upgrade_raises_schema_out_of_date(db_url: str) -> None:
    engine = connect.create(db_url)
    migrate.upgrade(engine, "0001")
    with pytest.raises(errors.SchemaOutOfDate) as caught:
        connect.open_database(db_url, upgrade=False)
    message = str(caught.value)
    assert message == (
        "database is at revision 0001, quotebank needs 0007: run `quotebank db upgrade`"
    )
    assert migrate.current_revision(engine) == "0001"
    connect.open_database(db_url)
    assert migrate.current_revision(engine) == "0007"


def test_a_file_that_is_not_a_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(errors.DatabaseError) as caught:
        connect.open_database(urls.database_url(str(path)))
    assert "\n" not in str(caught.value)
    assert "not a database" in str(caught.value)


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    url = urls.database_url(str(tmp_path / "other.db"))
    with connect.create(url).begin() as conn:
        conn.execute(text("CREATE TABLE recipes (id INTEGER PRIMARY KEY)"))
    with pytest.raises(errors.DatabaseError, match="not a quotebank database"):
        connect.open_database(url)


def _open_and_count(url: str) -> str:
    try:
        engine = connect.open_database(url)
        revision = migrate.current_revision(engine)
        engine.dispose()
        return str(revision)
    except Exception as exc:  # reported to the parent, which asserts on it
        return f"error: {exc}"


def test_two_processes_creating_one_new_sqlite_database_both_succeed(tmp_path: Path) -> None:
    """The second waits for the first's migration, then finds the schema at head."""
    context = multiprocessing.get_context("fork")
    for attempt in range(3):
        url = f"sqlite:///{tmp_path / f'new{attempt}.db'}"
        with context.Pool(2) as pool:
            results = pool.map(_open_and_count, [url, url])
        assert results == [migrate.head_revision()] * 2
