"""``quotebank sql`` (#15): SQLite's authorizer as a second wall, rows streamed, a timeout."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from quotebank import errors
from quotebank.storage import readonly

COUNTER = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"


def changed_nothing(url: str, tmp_path: Path) -> None:
    assert readonly.run_readonly(url, "SELECT text FROM quotes") == (["text"], [("Hi there",)])
    assert not list(tmp_path.glob("*.so")) and not (tmp_path / "x.db").exists()


# -- the authorizer: only reads ---------------------------------------------------------

REFUSED = [
    ("PRAGMA journal_mode=delete", "PRAGMA journal_mode=delete"),
    ("PRAGMA journal_mode=wal", "PRAGMA journal_mode=wal"),
    ("PRAGMA query_only=OFF", "PRAGMA query_only=OFF"),
    ("PRAGMA user_version=7", "PRAGMA user_version=7"),
    ("PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA wal_checkpoint=TRUNCATE"),
    ("PRAGMA optimize", "PRAGMA optimize"),
    ("PRAGMA writable_schema=ON", "PRAGMA writable_schema=ON"),
    ("ATTACH DATABASE 'x.db' AS x", "ATTACH"),
    ("SELECT load_extension('./evil.so')", "the function load_extension()"),
    ("SELECT fts3_tokenizer('simple')", "the function fts3_tokenizer()"),
    ("SELECT fts3_tokenizer('evil', x'0000000000000000')", "the function fts3_tokenizer()"),
    ("BEGIN", "a transaction"),
    ("SAVEPOINT a", "a savepoint"),
    ("DELETE FROM quotes", "DELETE"),
    ("INSERT INTO quotes (text, norm) VALUES ('x', 'x')", "INSERT"),
    ("UPDATE quotes SET text = 'changed'", "UPDATE"),
    ("CREATE TEMP TABLE t (x)", "a change to the schema"),
    ("CREATE VIEW v AS SELECT 1", "a change to the schema"),
    ("DROP TABLE quotes", "a change to the schema"),
    ("ANALYZE", "a change to the schema"),
]


@pytest.mark.parametrize(("sql", "named"), REFUSED, ids=[s for s, _ in REFUSED])
def test_the_authorizer_refuses_all_but_reads_in_one_line(
    filled: str, tmp_path: Path, sql: str, named: str
) -> None:
    with pytest.raises(errors.ReadOnlyViolation) as caught:
        readonly.run_readonly(filled, sql)
    assert str(caught.value) == (
        f"refused: the query tries to change the database ({named}: read-only SQL only reads)"
    )
    changed_nothing(filled, tmp_path)


READS = [
    "SELECT count(*) FROM quotes",
    "SELECT * FROM quote_sheet",
    "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'there' ORDER BY bm25(quotes_fts)",
    "SELECT highlight(quotes_fts, 0, '[', ']') FROM quotes_fts WHERE quotes_fts MATCH 'hi'",
    "PRAGMA table_info(quotes)",
    "SELECT name FROM pragma_table_info('quotes')",
    "PRAGMA journal_mode",
    "PRAGMA user_version",
    "PRAGMA integrity_check",
    "PRAGMA foreign_key_list(attributions)",
    "SELECT name FROM sqlite_master WHERE type = 'table'",
    COUNTER + " LIMIT 3",
    "SELECT json_extract('{\"a\": 1}', '$.a'), lower('X'), date('2025-08-16')",
    "EXPLAIN QUERY PLAN SELECT * FROM quotes WHERE norm = 'x'",
]


@pytest.mark.parametrize("sql", READS)
def test_reads_pass_the_authorizer(filled: str, sql: str) -> None:
    columns, _ = readonly.run_readonly(filled, sql)
    assert columns


def test_the_schema_table_cannot_be_updated(filled: str, tmp_path: Path) -> None:
    with pytest.raises(errors.DatabaseError, match="sqlite_master may not be modified"):
        readonly.run_readonly(filled, "UPDATE sqlite_master SET sql = 'x'")
    changed_nothing(filled, tmp_path)


# -- streaming ------------------------------------------------------------------------


def test_rows_stream_before_the_query_ends(filled: str) -> None:
    started = time.monotonic()
    with readonly.query_readonly(filled, COUNTER + " LIMIT 100000000") as result:
        assert result.columns == ["x"]
        first = [next(result.rows) for _ in range(10)]
    assert first == [(n,) for n in range(1, 11)]
    assert time.monotonic() - started < 5  # all 10**8 rows would take minutes


def test_memory_stays_flat_over_a_million_rows(filled: str) -> None:
    import tracemalloc

    tracemalloc.start()
    with readonly.query_readonly(filled, COUNTER + " LIMIT 1000000") as result:
        count = sum(1 for _ in result.rows)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 1_000_000
    assert peak < 5_000_000  # a list of a million rows alone would be ~80 MB


# -- the timeout ----------------------------------------------------------------------


def test_a_runaway_query_is_stopped_after_the_timeout(filled: str) -> None:
    started = time.monotonic()
    with pytest.raises(errors.DatabaseError) as caught:
        readonly.run_readonly(filled, f"SELECT count(*) FROM ({COUNTER})", timeout=0.5)
    assert time.monotonic() - started < 5
    assert str(caught.value) == (
        "the query ran past 0.5 s and was stopped (give --timeout SECONDS, 0 for none)"
    )


def test_time_spent_writing_rows_out_does_not_count(filled: str) -> None:
    with readonly.query_readonly(filled, COUNTER + " LIMIT 3000", timeout=0.3) as result:
        for number, _ in enumerate(result.rows):
            if number % 1000 == 0:
                time.sleep(0.2)  # a slow reader: 0.6 s in all, SQLite far less


def test_no_timeout_with_zero(filled: str) -> None:
    _, rows = readonly.run_readonly(filled, COUNTER + " LIMIT 5", timeout=0)
    assert rows == [(n,) for n in range(1, 6)]


def test_postgresql_stops_a_runaway_query_and_streams(any_filled: str) -> None:
    with pytest.raises(errors.DatabaseError, match=r"the query ran past 0\.5 s"):
        readonly.run_readonly(any_filled, f"SELECT count(*) FROM ({COUNTER}) c", timeout=0.5)
    with readonly.query_readonly(any_filled, COUNTER + " LIMIT 100000000") as result:
        assert [next(result.rows) for _ in range(3)] == [(1,), (2,), (3,)]
    columns, rows = readonly.run_readonly(any_filled, "SELECT text FROM quotes WHERE false")
    assert (columns, rows) == (["text"], [])


# -- the command ----------------------------------------------------------------------


def test_sql_command_streams_json_and_stops_on_timeout(filled: str) -> None:
    import json

    from typer.testing import CliRunner

    from quotebank.cli.app import app

    runner = CliRunner()
    ok = runner.invoke(app, ["--db", filled, "sql", COUNTER + " LIMIT 3", "--format", "json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout) == [{"x": 1}, {"x": 2}, {"x": 3}]
    empty = runner.invoke(app, ["--db", filled, "sql", "SELECT x FROM (SELECT 1 x) WHERE 0",
                                "--format", "json"])  # fmt: skip
    assert json.loads(empty.stdout) == []
    slow = runner.invoke(
        app, ["--db", filled, "sql", f"SELECT count(*) FROM ({COUNTER})", "--timeout", "0.3"]
    )
    assert slow.exit_code == 1
    assert slow.stderr.strip().splitlines() == [
        "error: the query ran past 0.3 s and was stopped (give --timeout SECONDS, 0 for none)"
    ]
    pragma = runner.invoke(app, ["--db", filled, "sql", "PRAGMA journal_mode=delete"])
    assert pragma.exit_code != 0 and "refused" in pragma.stderr and "Traceback" not in pragma.output
