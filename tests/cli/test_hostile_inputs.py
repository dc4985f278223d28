"""Bad values get a clear answer (#15): one line on stderr, the right exit status,
no traceback, and nothing stored changes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner, Result

from quotebank.cli.app import app
from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage import articles as store
from quotebank.storage import connect
from tests.conftest import SEEDS

KYIV = "“We will not give up our land,” Zelenskyy said in Kyiv."


def run(*args: str, **kwargs: Any) -> Result:
    return CliRunner().invoke(app, list(args), **kwargs)


def one_line_error(result: Result, status: int = 1) -> str:
    """The single stderr line of a refused command (no traceback, nothing on stdout)."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code == status, result.output
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    return line


@pytest.fixture
def stored(db_url: str) -> str:
    """One article with one quote, stored without the engine."""
    start = KYIV.index("We")
    quote = FoundQuote(start, start + 29, KYIV[start : start + 29], "direct",
                       speaker="Volodymyr Zelenskyy", speaker_kind="person", cue="said")  # fmt: skip
    sessions = connect.session_factory(connect.open_database(db_url))
    with sessions.begin() as session:
        store.save_article(session, ArticleInput(KYIV, "kyiv.txt", "kyiv.txt"), [quote])
    return db_url


# -- --db: only SQLite and PostgreSQL -------------------------------------------------


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("mysql://me:secret@localhost/news", "mysql://me:***@localhost/news"),
        ("foo://x", "foo://x"),
        ("postgresql+asyncpg://me@localhost/news", "postgresql+asyncpg://me@localhost/news"),
    ],
)
@pytest.mark.parametrize("command", [["quotes"], ["ingest", "-"], ["db", "upgrade"]], ids=" ".join)
def test_an_unsupported_database_url_is_one_line(url: str, shown: str, command: list[str]) -> None:
    line = one_line_error(run("--db", url, *command, input=KYIV))
    assert line.startswith(f"error: unsupported database URL {shown}: ")
    assert "quotebank works with SQLite and PostgreSQL" in line


def test_a_malformed_database_url_is_one_line() -> None:
    assert one_line_error(run("--db", "://x", "quotes")) == "error: not a database URL: '://x'"


# -- a query never creates a database ----------------------------------------------

QUERIES = [
    ["quotes"],
    ["who-said", "feel-out meeting"],
    ["speakers"],
    ["speakers", "rename", "Zelenskyy", "Zelensky"],
    ["speakers", "merge", "Zelenskyy", "Zelensky"],
    ["show", "1"],
    ["export", "--csv", "out.csv"],
    ["sql", "select 1"],
]


@pytest.mark.parametrize("command", QUERIES, ids=" ".join)
def test_a_query_on_a_missing_database_says_so_and_creates_nothing(
    command: list[str], tmp_path: Path
) -> None:
    line = one_line_error(run("--db", "news.db", *command))
    assert line == f"error: no database at {tmp_path / 'news.db'}; run quotebank ingest first"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_empty_file_is_not_a_database_and_stays_empty(tmp_path: Path) -> None:
    (tmp_path / "news.db").touch()
    line = one_line_error(run("--db", "news.db", "quotes"))
    assert line.startswith("error: no database at ")
    assert (tmp_path / "news.db").stat().st_size == 0


QUOTEBANK_LINE = '{"quoteID": "q1", "quotation": "We will stay", "speaker": "None", "urls": []}\n'


@pytest.mark.parametrize(
    "command",
    [["ingest", "-"], ["import-quotebank", "q.json"], ["db", "upgrade"]],
    ids=" ".join,
)
def test_only_commands_that_store_create_a_database(command: list[str], tmp_path: Path) -> None:
    (tmp_path / "q.json").write_text(QUOTEBANK_LINE, encoding="utf-8")
    result = run("--db", "news.db", *command, input=KYIV)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "news.db").exists()


def test_db_copy_of_a_missing_source_says_so_and_leaves_no_file(tmp_path: Path) -> None:
    line = one_line_error(run("db", "copy", "nope.db", "new.db"))
    assert line == f"error: no database at {tmp_path / 'nope.db'}; run quotebank ingest first"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_db_copy_still_creates_its_target(stored: str, tmp_path: Path) -> None:
    result = run("db", "copy", stored, "new.db")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "new.db").exists()


def test_a_query_on_an_empty_postgresql_database_creates_no_table(pg_empty_url: str) -> None:
    from sqlalchemy import create_engine, inspect

    from quotebank.storage.urls import engine_url

    line = one_line_error(run("--db", pg_empty_url, "quotes"))
    assert line.startswith("error: no database at postgresql")
    engine = create_engine(engine_url(pg_empty_url))
    with engine.connect() as conn:
        assert inspect(conn).get_table_names() == []
    engine.dispose()


# -- inputs: annotation files, dates, standard input ----------------------------------


def test_ingesting_seeds_stores_the_five_articles_once_and_skips_gold(db_url: str) -> None:
    result = run("--db", db_url, "ingest", str(SEEDS))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 5, already present 0, failed 0, quotes ")
    assert result.stderr == f"{SEEDS / 'gold.jsonl'}: an annotation file, not articles (skipped)\n"


def test_a_jsonl_date_that_cannot_be_read_is_reported_and_that_article_not_stored(
    db_url: str,
) -> None:
    lines = [{"text": KYIV, "date": "next Friday"}, {"text": "No quote.", "date": "2025-08-16"}]
    result = run("--db", db_url, "ingest", "-", input="".join(json.dumps(r) + "\n" for r in lines))
    assert result.exit_code == 1
    assert result.stderr == "-:1: cannot read date 'next Friday' (want YYYY-MM-DD)\n"
    assert result.stdout.startswith("ingested 1, already present 0, failed 1")
    engine = connect.open_database(db_url)
    with engine.connect() as conn:
        stored = conn.execute(text("select doc_id, published from articles")).all()
    engine.dispose()
    assert [tuple(row) for row in stored] == [("-:2", "2025-08-16")]


# -- numbers past what the database stores ---------------------------------------------

TOO_LARGE = [
    (["quotes", "--limit", "9223372036854775808"], "--limit 9223372036854775808"),
    (["speakers", "--limit", "9223372036854775808"], "--limit 9223372036854775808"),
    (["who-said", "Kyiv", "--limit", "9223372036854775808"], "--limit 9223372036854775808"),
    (["show", "99999999999999999999"], "ID 99999999999999999999"),
    (["show", "--", "-99999999999999999999"], "ID -99999999999999999999"),
    (["import-quotebank", "q.json", "--batch-size", "1" + "0" * 30], "--batch-size 1" + "0" * 30),
]


@pytest.mark.parametrize(("command", "shown"), TOO_LARGE, ids=[" ".join(c) for c, _ in TOO_LARGE])
def test_a_number_past_what_the_database_stores_is_one_line(
    stored: str, command: list[str], shown: str
) -> None:
    line = one_line_error(run("--db", stored, *command), status=2)
    assert line == f"error: {shown} is out of range (at most 9223372036854775807)"


@pytest.mark.parametrize(
    "command",
    [["quotes"], ["speakers"], ["who-said", "give up our land"]],
    ids=" ".join,
)
def test_the_largest_number_the_database_stores_is_a_limit(stored: str, command: list[str]) -> None:
    result = run("--db", stored, *command, "--limit", "9223372036854775807")
    assert result.exit_code == 0, result.output
    assert "Zelenskyy" in result.stdout


# -- global options after the command ---------------------------------------------------


def test_db_may_follow_the_command(stored: str) -> None:
    result = run("who-said", "give up our land", "--db", stored)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Volodymyr Zelenskyy")


def test_db_after_the_command_wins_over_before_and_the_environment(
    stored: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUOTEBANK_DB", str(tmp_path / "env.db"))
    assert run("--db", "before.db", "quotes", "--db", stored).exit_code == 0
    assert run("speakers", "--db", stored).exit_code == 0
    assert (
        run("speakers", "rename", "Volodymyr Zelenskyy", "V. Zelensky", "--db", stored).exit_code
        == 0
    )
    assert run("show", "1", "--db", stored).exit_code == 0
    assert not (tmp_path / "env.db").exists() and not (tmp_path / "before.db").exists()


def test_db_after_ingest_is_where_articles_go(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KYIV, encoding="utf-8")
    result = run("ingest", str(tmp_path / "a.txt"), "--db", "after.db")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "after.db").exists() and not (tmp_path / "test.db").exists()


def test_model_may_follow_the_command(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KYIV, encoding="utf-8")
    line = one_line_error(run("extract", str(tmp_path / "a.txt"), "--model", "no_such_model"))
    assert line.startswith("error: ") and "no_such_model" in line


HELP_OPTIONS = [
    (["who-said"], True, False),
    (["quotes"], True, False),
    (["speakers", "merge"], True, False),
    (["sql"], True, False),
    (["ingest"], True, True),
    (["extract"], False, True),
    (["evaluate"], False, True),
    (["db", "copy"], False, False),
]


@pytest.mark.parametrize(
    ("command", "db", "model"), HELP_OPTIONS, ids=[" ".join(c) for c, _, _ in HELP_OPTIONS]
)
def test_help_lists_the_global_options_a_command_takes(
    command: list[str], db: bool, model: bool
) -> None:
    result = run(*command, "--help", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert ("--db" in result.stdout, "--model" in result.stdout) == (db, model)
