"""db: URLs, opening and upgrading, PRAGMAs, read-only SQL, safe FTS phrases."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from quotebank import errors
from quotebank.storage import db

INJECTION = '"x" OR 1=1; DROP TABLE quotes; --'


def test_database_url_resolves_paths_and_passes_urls(tmp_path: Path) -> None:
    assert db.database_url("archive.db") == f"sqlite:///{tmp_path / 'archive.db'}"
    assert db.database_url("sqlite:////data/q.db") == "sqlite:////data/q.db"
    assert db.database_url("postgresql://u@h/q") == "postgresql://u@h/q"
    assert db.engine_url("postgresql://u@h/q").drivername == "postgresql+psycopg"
    assert db.engine_url("postgresql+psycopg://u@h/q").drivername == "postgresql+psycopg"


def test_a_new_postgresql_database_is_migrated_and_reopened(pg_empty_url: str) -> None:
    engine = db.open_database(pg_empty_url)
    assert db.current_revision(engine) == db.head_revision()
    engine.dispose()
    assert db.current_revision(db.open_database(pg_empty_url, upgrade=False)) == "0003"


def test_a_postgresql_server_that_is_not_there_is_a_one_line_error() -> None:
    with pytest.raises(errors.DatabaseError) as caught:
        db.open_database("postgresql://nobody@127.0.0.1:1/none")
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("cannot open postgresql://nobody@127.0.0.1:1/none: ")


def test_open_database_sets_wal_and_foreign_keys(db_url: str) -> None:
    engine = db.open_database(db_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_old_schema_without_upgrade_raises_schema_out_of_date(db_url: str) -> None:
    engine = db.create(db_url)
    db.upgrade(engine, "0001")
    with pytest.raises(errors.SchemaOutOfDate) as caught:
        db.open_database(db_url, upgrade=False)
    message = str(caught.value)
    assert message == (
        "database is at revision 0001, quotebank needs 0003: run `quotebank db upgrade`"
    )
    assert db.current_revision(engine) == "0001"
    db.open_database(db_url)
    assert db.current_revision(engine) == "0003"


def test_a_file_that_is_not_a_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(errors.DatabaseError) as caught:
        db.open_database(db.database_url(str(path)))
    assert "\n" not in str(caught.value)
    assert "not a database" in str(caught.value)


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    url = db.database_url(str(tmp_path / "other.db"))
    with db.create(url).begin() as conn:
        conn.execute(text("CREATE TABLE recipes (id INTEGER PRIMARY KEY)"))
    with pytest.raises(errors.DatabaseError, match="not a quotebank database"):
        db.open_database(url)


def _fill(url: str) -> str:
    engine = db.open_database(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO quotes (text, norm) VALUES ('Hi there', 'hi there')"))
    engine.dispose()
    return url


@pytest.fixture
def filled(db_url: str) -> str:
    return _fill(db_url)


@pytest.fixture
def any_filled(any_db_url: str) -> str:
    return _fill(any_db_url)


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO quotes (text, norm) VALUES ('x', 'x')",
        "UPDATE quotes SET text = 'changed'",
        "DELETE FROM quotes",
        "DROP TABLE quotes",
        "CREATE TABLE evil (id INTEGER)",
    ],
)
def test_run_readonly_refuses_writes_and_changes_nothing(any_filled: str, sql: str) -> None:
    with pytest.raises(errors.ReadOnlyViolation) as caught:
        db.run_readonly(any_filled, sql)
    assert "\n" not in str(caught.value)
    columns, rows = db.run_readonly(any_filled, "SELECT text, norm FROM quotes")
    assert (columns, rows) == (["text", "norm"], [("Hi there", "hi there")])


def test_run_readonly_cannot_switch_itself_back_or_attach(filled: str, tmp_path: Path) -> None:
    db.run_readonly(filled, "PRAGMA query_only=OFF")
    with pytest.raises(errors.ReadOnlyViolation):
        db.run_readonly(filled, "DELETE FROM quotes")
    with pytest.raises(errors.DatabaseError):
        db.run_readonly(filled, f"ATTACH DATABASE '{tmp_path / 'x.db'}' AS x")
    with pytest.raises(errors.DatabaseError):
        db.run_readonly(filled, f"VACUUM INTO '{tmp_path / 'copy.db'}'")
    assert not (tmp_path / "x.db").exists()
    assert not (tmp_path / "copy.db").exists()


def test_run_readonly_reads_views(any_filled: str) -> None:
    columns, rows = db.run_readonly(any_filled, "SELECT * FROM quote_sheet")
    assert columns[:5] == ["attribution_id", "quote_id", "speaker", "speaker_kind", "quote"]
    assert rows == []


@pytest.mark.parametrize(
    "sql",
    [
        "COMMIT; DELETE FROM quotes",
        "SET default_transaction_read_only = off; DELETE FROM quotes",
        "SELECT 1; DROP TABLE quotes",
    ],
)
def test_run_readonly_runs_one_statement_only(any_filled: str, sql: str) -> None:
    with pytest.raises(errors.DatabaseError):
        db.run_readonly(any_filled, sql)
    assert db.run_readonly(any_filled, "SELECT count(*) AS n FROM quotes") == (["n"], [(1,)])


def test_run_readonly_percent_signs_are_text(any_filled: str) -> None:
    sql = "SELECT text FROM quotes WHERE text LIKE '%there%' AND '%s' = '%s'"
    assert db.run_readonly(any_filled, sql) == (["text"], [("Hi there",)])


def test_open_readonly_of_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(errors.DatabaseError):
        db.open_readonly(db.database_url(str(tmp_path / "missing.db")))
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize(
    ("phrase", "query"),
    [
        ("feel-out meeting", '"feel" + "out" + "meeting"'),
        ("“I’m here,”", '"im" + "here"'),
        (INJECTION, '"x" + "or" + "1" + "1" + "drop" + "table" + "quotes"'),
        ("NEAR(a b) * ^", '"near" + "a" + "b"'),
        ("!!! ---", ""),
    ],
)
def test_phrase_query_quotes_every_token(phrase: str, query: str) -> None:
    assert db.phrase_query(phrase) == query


def test_fts_match_searches_syntax_as_text(any_db_url: str) -> None:
    engine = db.open_database(any_db_url)
    rows = [("“x” or 1=1; drop table quotes; --", "x or 1 1 drop table quotes"), ("x", "x")]
    with engine.begin() as conn:
        for quote, norm in rows:
            conn.execute(
                text("INSERT INTO quotes (text, norm) VALUES (:t, :n)"), {"t": quote, "n": norm}
            )
    with db.session_factory(engine)() as session:
        for phrase in (INJECTION, "DROP TABLE", '"); --', "*", "quotes OR x"):
            ids = session.scalars(db.fts_match(session, phrase)).all()
            expected = {INJECTION: [1], "DROP TABLE": [1], "quotes OR x": []}
            assert ids == expected.get(phrase, []), phrase
        assert sorted(session.scalars(db.fts_match(session, "x", any_token=True))) == [1, 2]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM quotes")).scalar() == 2


def test_open_readonly_connection_is_query_only(filled: str) -> None:
    with db.open_readonly(filled) as conn:
        assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM quotes").scalar() == 1
