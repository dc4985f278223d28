"""One remark, one entry: the seeds' “feel-out meeting” and “a feel-out meeting,” (two
quotes: exact-text deduplication is unchanged) are one remark of Donald Trump in three
articles, in who-said, show and export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner, Result

from quotebank.cli.app import app
from quotebank.storage import connect
from tests.cli.seeds import ingest_seeds

FEEL_OUT, A_FEEL_OUT = "feel-out meeting", "a feel-out meeting,"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> str:
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    ingest_seeds(path, nlp)
    return str(path)


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result


def ids(db: str) -> dict[str, tuple[int, int | None]]:
    with connect.open_database(f"sqlite:///{db}").connect() as conn:
        rows = conn.execute(text("SELECT text, id, remark_id FROM quotes"))
        return {quote: (quote_id, remark) for quote, quote_id, remark in rows}


def test_the_seeds_store_two_wordings_linked_as_one_remark(seeds_db: str) -> None:
    quotes = ids(seeds_db)
    (first, remark), (second, same) = quotes[FEEL_OUT], quotes[A_FEEL_OUT]
    assert first != second and remark == same == min(first, second)
    linked = [quote for quote, (_, remark_id) in quotes.items() if remark_id is not None]
    assert sorted(linked) == sorted([FEEL_OUT, A_FEEL_OUT])  # nothing else in the seeds


def test_who_said_presents_the_remark_once_with_three_articles(seeds_db: str) -> None:
    result = run(seeds_db, "who-said", "feel-out meeting")
    lines = result.stdout.splitlines()
    assert lines[0] == "Donald Trump (person · President): 1 remark in 3 articles"
    assert [line.strip() for line in lines[1:3]] == [
        f"#{ids(seeds_db)[FEEL_OUT][0]} “{FEEL_OUT}”",
        f"#{ids(seeds_db)[A_FEEL_OUT][0]} “{A_FEEL_OUT}”",
    ]
    assert sum(".txt" in line for line in lines) == 3


@pytest.mark.parametrize("phrase", ["a feel-out meeting", "FEEL OUT MEETING"])
def test_who_said_json_gives_one_remark_whichever_wording_matched(
    seeds_db: str, phrase: str
) -> None:
    (hit,) = json.loads(run(seeds_db, "who-said", phrase, "--format", "json").stdout)
    (remark,) = hit["remarks"]
    assert sorted(w["text"] for w in remark["wordings"]) == sorted([FEEL_OUT, A_FEEL_OUT])
    assert len({o["article_id"] for o in remark["occurrences"]}) == 3


def test_show_gives_every_wording_and_article_of_the_remark(seeds_db: str) -> None:
    quote_id = ids(seeds_db)[A_FEEL_OUT][0]
    detail = json.loads(run(seeds_db, "show", str(quote_id), "--format", "json").stdout)
    assert [w["text"] for w in detail["wordings"]] == [A_FEEL_OUT, FEEL_OUT]
    assert len(detail["occurrences"]) == 3
    table = run(seeds_db, "show", str(quote_id)).stdout
    assert table.count("Donald Trump ·") == 3


def test_export_has_a_remark_id_column(seeds_db: str, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    run(seeds_db, "export", "--csv", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    remarks = {row["remark_id"] for row in rows if row["quote"] in (FEEL_OUT, A_FEEL_OUT)}
    assert remarks == {str(ids(seeds_db)[FEEL_OUT][1])}
    assert all(row["remark_id"] == row["quote_id"] for row in rows if row["quote"] != FEEL_OUT
               and row["quote"] != A_FEEL_OUT)  # fmt: skip
    jsonl = run(seeds_db, "export", "--jsonl", "-").stdout.splitlines()
    assert all("remark_id" in json.loads(line) for line in jsonl)
