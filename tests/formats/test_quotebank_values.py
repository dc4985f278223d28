"""Quotebank lines whose fields have the wrong type are reported, never half kept (#15)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from quotebank.cli.app import app
from quotebank.formats.quotebank import parse_line
from quotebank.pipeline import quotebank_import as importer
from quotebank.storage import connect
from quotebank.storage.schema import Article, Quote
from tests.pipeline.test_importer import RECORDS, write_file

GOOD = RECORDS[0]

# (the field, its bad value, the reason given for the line)
WRONG_TYPES = [
    ("urls", "notalist", '\'urls\' is not a list: "notalist"'),
    ("urls", ["https://a.com/1", 7], "'urls' is not a list of strings: [\"https://a.com/1\",7]"),
    ("urls", {"a": 1}, "'urls' is not a list: {\"a\":1}"),
    ("qids", "Q1", "'qids' is not a list: \"Q1\""),
    ("qids", [1, 2], "'qids' is not a list of strings: [1,2]"),
    ("numOccurrences", "two", "'numOccurrences' is not a whole number: \"two\""),
    ("numOccurrences", "2", "'numOccurrences' is not a whole number: \"2\""),
    ("numOccurrences", 1.5, "'numOccurrences' is not a whole number: 1.5"),
    ("numOccurrences", -1, "'numOccurrences' is not a whole number: -1"),
    ("numOccurrences", True, "'numOccurrences' is not a whole number: true"),
    ("probas", "0.9", "'probas' is not a list of [speaker, probability]: \"0.9\""),
    ("probas", [["Boris Johnson"]], "'probas' holds [\"Boris Johnson\"], not [speaker, probability]"),
    ("probas", [[1, "0.5"]], "'probas' holds [1,\"0.5\"], not [speaker, probability]"),
    ("probas", ["Boris Johnson", "0.9"], "'probas' holds \"Boris Johnson\", not [speaker, probability]"),
    ("probas", [["Boris Johnson", "high"]], "'probas' holds \"high\", not a probability between 0 and 1"),
    ("probas", [["Boris Johnson", 7]], "'probas' holds 7, not a probability between 0 and 1"),
    ("probas", [["Boris Johnson", "nan"]], "'probas' holds \"nan\", not a probability between 0 and 1"),
    ("probas", [["Boris Johnson", None]], "'probas' holds null, not a probability between 0 and 1"),
    ("date", "last Tuesday", "cannot read date \"last Tuesday\""),
    ("date", "2020-13-45 00:00:00", "cannot read date \"2020-13-45 00:00:00\""),
    ("date", 20200116, "cannot read date 20200116"),
    ("speaker", ["Boris Johnson"], "'speaker' is not a string: [\"Boris Johnson\"]"),
    ("quoteID", {"id": 1}, "'quoteID' is not a string: {\"id\":1}"),
]  # fmt: skip


def line(**changes: Any) -> str:
    return json.dumps({**GOOD, **changes})


@pytest.mark.parametrize(
    ("field", "value", "reason"), WRONG_TYPES, ids=[f"{f}={v!r}" for f, v, _ in WRONG_TYPES]
)
def test_a_field_of_the_wrong_type_fails_the_line_and_names_the_field(
    field: str, value: Any, reason: str
) -> None:
    with pytest.raises(ValueError) as caught:
        parse_line(line(**{field: value}))
    assert str(caught.value) == reason


OPTIONAL = [
    ("urls", None),
    ("qids", None),
    ("numOccurrences", None),
    ("probas", None),
    ("probas", []),
    ("date", None),
    ("date", ""),
    ("speaker", None),
    ("quoteID", None),
]


@pytest.mark.parametrize(("field", "value"), OPTIONAL, ids=[f"{f}={v!r}" for f, v in OPTIONAL])
def test_an_absent_or_null_field_is_read_as_nothing(field: str, value: Any) -> None:
    quote = parse_line(line(**{field: value}))
    assert quote.quotation == GOOD["quotation"]
    absent = {k: v for k, v in GOOD.items() if k != field}
    assert parse_line(json.dumps(absent)) == quote


def test_probabilities_as_numbers_or_strings_pick_the_speakers_own() -> None:
    quote = parse_line(
        line(probas=[["None", 0.2], ["Boris Johnson", "0.75"], ["Boris Johnson", 1]])
    )
    assert (quote.speaker, quote.probability, quote.said_on) == (
        "Boris Johnson", 0.75, date(2020, 1, 16),
    )  # fmt: skip


def test_bad_lines_are_reported_with_their_line_and_the_rest_imported(
    db_url: str, tmp_path: Path
) -> None:
    bad = [{**GOOD, field: value} for field, value, _ in WRONG_TYPES]
    path = write_file(tmp_path / "quotes.json", [RECORDS[3], *bad, RECORDS[2]])
    engine = connect.open_database(db_url)
    summary = importer.import_files(engine, [path])
    assert summary.failures == [
        f"{path}:{number}: {reason}" for number, (_, _, reason) in enumerate(WRONG_TYPES, 2)
    ]
    assert (summary.lines, summary.failed, summary.quotes) == (len(bad) + 2, len(bad), 2)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Quote)) == 2
        urls = set(conn.scalars(select(Article.url)))
    assert urls == {None, *RECORDS[2]["urls"]}  # no article for "n", "o", "t", ...
    engine.dispose()


def test_cli_prints_each_bad_line_and_exits_1(db_url: str, tmp_path: Path) -> None:
    path = write_file(tmp_path / "q.json", [{**GOOD, "urls": "notalist"}, RECORDS[2]])
    result = CliRunner().invoke(app, ["--db", db_url, "import-quotebank", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"{path}:1: 'urls' is not a list: \"notalist\"\n"
    assert result.stdout.startswith("read 2, new quotes 1, new attributions 1, new speakers 1,")
