"""readonly: ``quotebank sql`` reads, and the connection itself refuses to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotebank import errors
from quotebank.storage import readonly, urls


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
        readonly.run_readonly(any_filled, sql)
    assert "\n" not in str(caught.value)
    columns, rows = readonly.run_readonly(any_filled, "SELECT text, norm FROM quotes")
    assert (columns, rows) == (["text", "norm"], [("Hi there", "hi there")])


def test_run_readonly_cannot_switch_itself_back_or_attach(filled: str, tmp_path: Path) -> None:
    with pytest.raises(errors.ReadOnlyViolation):  # refused since #15 (the authorizer)
        readonly.run_readonly(filled, "PRAGMA query_only=OFF")
    with pytest.raises(errors.ReadOnlyViolation):
        readonly.run_readonly(filled, "DELETE FROM quotes")
    with pytest.raises(errors.DatabaseError):
        readonly.run_readonly(filled, f"ATTACH DATABASE '{tmp_path / 'x.db'}' AS x")
    with pytest.raises(errors.DatabaseError):
        readonly.run_readonly(filled, f"VACUUM INTO '{tmp_path / 'copy.db'}'")
    assert not (tmp_path / "x.db").exists()
    assert not (tmp_path / "copy.db").exists()


def test_run_readonly_reads_views(any_filled: str) -> None:
    columns, rows = readonly.run_readonly(any_filled, "SELECT * FROM quote_sheet")
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
        readonly.run_readonly(any_filled, sql)
    assert readonly.run_readonly(any_filled, "SELECT count(*) AS n FROM quotes") == (["n"], [(1,)])


def test_run_readonly_percent_signs_are_text(any_filled: str) -> None:
    sql = "SELECT text FROM quotes WHERE text LIKE '%there%' AND '%s' = '%s'"
    assert readonly.run_readonly(any_filled, sql) == (["text"], [("Hi there",)])


def test_open_readonly_of_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(errors.DatabaseError):
        readonly.open_readonly(urls.database_url(str(tmp_path / "missing.db")))
    assert not (tmp_path / "missing.db").exists()


def test_open_readonly_connection_is_query_only(filled: str) -> None:
    with readonly.open_readonly(filled) as conn:
        assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM quotes").scalar() == 1
