"""Reported speech from ingest to the questions: stored with --indirect, marked as such."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner, Result

from quotebank.cli.app import app
from quotebank.storage import connect

PARAPHRASED = (
    "Harbour council votes on ferry plan\n\n"
    "The mayor of Pelton, Rosa Marwick, said the ferry plan would cost the town too much. "
    "The council meets again in May.\n"
)
VERBATIM = (
    "Ferry plan divides Pelton\n\n"
    "“The ferry plan would cost the town too much,” Rosa Marwick said on the quay.\n"
)
WORDS = "the ferry plan would cost the town too much"


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def rows(db: str, sql: str) -> list[Any]:
    engine = connect.open_database(db)
    with engine.connect() as conn:
        found = list(conn.execute(text(sql)).all())
    engine.dispose()
    return found


@pytest.fixture
def articles(tmp_path: Path) -> tuple[str, str]:
    paths = (tmp_path / "paraphrased.txt", tmp_path / "verbatim.txt")
    for path, body in zip(paths, (PARAPHRASED, VERBATIM), strict=True):
        path.write_text(body, encoding="utf-8")
    return str(paths[0]), str(paths[1])


@pytest.fixture
def ingested(db_url: str, articles: tuple[str, str]) -> str:
    result = run("--db", db_url, "ingest", *articles, "--indirect")
    assert result.exit_code == 0, result.output
    assert "reported speech 1" in result.stdout
    return db_url


def test_ingest_stores_reported_speech_with_its_speaker_and_offsets(ingested: str) -> None:
    ((start, end, stored, speaker),) = rows(
        ingested,
        'SELECT r.start, r."end", r.text, s.name FROM reported AS r '
        "JOIN speakers AS s ON s.id = r.speaker_id",
    )
    assert PARAPHRASED[start:end] == stored
    assert WORDS in stored
    assert speaker == "Rosa Marwick"


def test_the_verbatim_quote_with_the_same_words_stays_a_quote(ingested: str) -> None:
    assert len(rows(ingested, "SELECT id FROM reported")) == 1
    quotes = rows(ingested, "SELECT text FROM quotes")
    assert [quote for (quote,) in quotes] == ["The ferry plan would cost the town too much,"]


def test_who_said_finds_both_and_marks_the_reported_one(ingested: str) -> None:
    result = run("--db", ingested, "who-said", "ferry plan would cost")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Rosa Marwick")
    assert "[reported, not verbatim] " in result.stdout
    assert "“The ferry plan would cost the town too much,”" in result.stdout
    (hit,) = json.loads(run("--db", ingested, "who-said", "ferry plan", "-f", "json").stdout)
    assert [item["kind"] for item in hit["reported"]] == ["indirect"]
    assert [o["kind"] for r in hit["remarks"] for o in r["occurrences"]] == ["direct"]
    only = run("--db", ingested, "who-said", "ferry plan", "--kind", "indirect", "-f", "csv")
    lines = only.stdout.splitlines()
    assert lines[0].endswith(",kind") and len(lines) == 2 and lines[1].endswith(",indirect")


def test_quotes_lists_the_speakers_reported_speech(ingested: str) -> None:
    listed = json.loads(
        run("--db", ingested, "quotes", "--speaker", "marwick", "-f", "json").stdout
    )
    assert sorted(row["kind"] for row in listed) == ["direct", "indirect"]
    table = run("--db", ingested, "quotes", "--speaker", "marwick").stdout
    assert "indirect (reported, not verbatim)" in table
    quotes_only = run("--db", ingested, "quotes", "--kind", "verbatim", "-f", "json").stdout
    assert [row["kind"] for row in json.loads(quotes_only)] == ["direct"]


def test_export_stays_verbatim_unless_asked(
    ingested: str, articles: tuple[str, str], tmp_path: Path
) -> None:
    plain = f"sqlite:///{tmp_path / 'plain.db'}"
    assert run("--db", plain, "ingest", *articles).exit_code == 0
    for args in (["--csv", "-"], ["--quotebank", "-"]):
        with_reported = run("--db", ingested, "export", *args).stdout
        assert with_reported == run("--db", plain, "export", *args).stdout
        assert "indirect" not in with_reported
    asked = run("--db", ingested, "export", "--jsonl", "-", "--indirect").stdout
    assert sorted(json.loads(line)["kind"] for line in asked.splitlines()) == ["direct", "indirect"]
    refused = run("--db", ingested, "export", "--quotebank", "-", "--indirect")
    assert refused.exit_code == 2 and "verbatim quotes only" in refused.output


def test_ingest_again_and_reprocess_keep_one_row(ingested: str, articles: tuple[str, str]) -> None:
    again = run("--db", ingested, "ingest", *articles, "--indirect")
    assert again.stdout.startswith("ingested 0, already present 2")
    redone = run("--db", ingested, "ingest", "--reprocess", "--indirect")
    assert "reported speech 1, reprocessed 2" in redone.stdout, redone.output
    assert len(rows(ingested, "SELECT id FROM reported")) == 1
    assert len(rows(ingested, "SELECT id FROM quotes")) == 1


def test_without_indirect_nothing_reported_is_stored(
    db_url: str, articles: tuple[str, str]
) -> None:
    result = run("--db", db_url, "ingest", *articles, "--no-indirect")
    assert result.stdout == "ingested 2, already present 0, failed 0, quotes 1\n"
    assert rows(db_url, "SELECT id FROM reported") == []
    missing = run("--db", db_url, "who-said", "town too much", "--kind", "indirect")
    assert missing.exit_code == 1
