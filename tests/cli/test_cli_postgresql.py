"""Every command with ``--db postgresql+psycopg://...``: the same commands, the same answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from quotebank.cli.app import app
from quotebank.storage.migrate import head_revision
from tests.conftest import SEEDS

SEED = str(SEEDS / "000_444b51b3a78e7584.txt")


def run(*args: str, **kwargs: Any) -> Result:
    return CliRunner().invoke(app, list(args), **kwargs)


@pytest.fixture
def urls(pg_url: str, db_url: str) -> tuple[str, str]:
    """The same seed article ingested into PostgreSQL and into SQLite."""
    for url in (pg_url, db_url):
        result = run("--db", url, "ingest", SEED)
        assert result.exit_code == 0, result.output
    return pg_url, db_url


@pytest.mark.parametrize(
    "command",
    [
        ["who-said", "feel-out meeting"],
        ["who-said", "a treaty signed in Geneva"],
        ["quotes", "--limit", "5"],
        ["quotes", "--speaker", "trump", "--format", "csv"],
        ["speakers", "--format", "json"],
        ["show", "1"],
        ["export", "--quotebank", "-"],
        ["sql", "select count(*) as quotes from quotes"],
    ],
)
def test_commands_answer_the_same_on_both(urls: tuple[str, str], command: list[str]) -> None:
    pg, sqlite = (run("--db", url, *command) for url in urls)
    assert (pg.exit_code, pg.stdout, pg.stderr) == (sqlite.exit_code, sqlite.stdout, sqlite.stderr)
    assert pg.output


def test_writing_commands_on_postgresql(urls: tuple[str, str], tmp_path: Path) -> None:
    pg = urls[0]
    assert run("--db", pg, "ingest", SEED).stdout.startswith("ingested 0, already present 1")
    assert run("--db", pg, "speakers", "rename", "Donald Trump", "Donald J. Trump").exit_code == 0
    assert run("--db", pg, "who-said", "feel-out meeting").stdout.startswith("Donald J. Trump")
    refused = run("--db", pg, "sql", "delete from quotes")
    assert refused.exit_code == 1
    assert refused.stderr.startswith("error: refused: the query tries to change the database")
    assert run("--db", pg, "db", "upgrade").stdout == f"database at revision {head_revision()}\n"
    assert run("--db", pg, "db", "copy", pg, str(tmp_path / "copy.db")).exit_code == 0


REPORTED = (
    "Harbour council votes on ferry plan\n\n"
    "The mayor of Pelton, Rosa Marwick, said the ferry plan would cost the town too much.\n"
)


@pytest.mark.parametrize(
    "command",
    [
        ["who-said", "ferry plan"],
        ["quotes", "--kind", "indirect", "--format", "json"],
        ["export", "--jsonl", "-", "--indirect"],
    ],
)
def test_reported_speech_answers_the_same_on_both(
    pg_url: str, db_url: str, tmp_path: Path, command: list[str]
) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(REPORTED, encoding="utf-8")
    for url in (pg_url, db_url):
        assert "reported speech 1" in run("--db", url, "ingest", str(article), "--indirect").stdout
    pg, sqlite = (run("--db", url, *command) for url in (pg_url, db_url))
    assert (pg.exit_code, pg.stdout) == (sqlite.exit_code, sqlite.stdout)
    assert "indirect" in pg.stdout or "reported, not verbatim" in pg.stdout
