"""The command line, in-process with Typer's CliRunner (the pipeline loads once)."""

from __future__ import annotations

import csv
import gzip
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import IO, Any

import pytest
from sqlalchemy import Engine, event, text
from typer.testing import CliRunner, Result

from quotebank.cli import questions
from quotebank.cli.app import app
from quotebank.records import ArticleInput, FoundQuote, QuoteRow
from quotebank.storage import articles as store
from quotebank.storage import connect, listings, migrate
from tests.conftest import DATA, ROOT

CONTRACT = ["start", "end", "text", "speaker", "speaker_kind", "cue", "kind", "group", "confidence"]
INJECTION = '"x" OR 1=1; DROP TABLE quotes; --'
FEEL_OUT = "It was a feel-out meeting"

FOX = "Trump spoke on the plane. “It was a feel-out meeting,” Trump told reporters."
CNN = "Asked about the summit, “It was a feel-out meeting,” Trump said again."
KREMLIN = "Putin called “the talks constructive” in a short statement."
KYIV = "“We will not give up our land,” Zelenskyy said in Kyiv."


def run(*args: str, **kwargs: Any) -> Result:
    return CliRunner().invoke(app, list(args), **kwargs)


def found(article: str, quote: str, speaker: str, cue: str, kind: str = "direct") -> FoundQuote:
    start = article.index(quote)
    return FoundQuote(
        start=start,
        end=start + len(quote),
        text=quote,
        kind=kind,
        speaker=speaker,
        speaker_kind="person",
        cue=cue,
        confidence=0.9,
    )


@pytest.fixture
def seeded(db_url: str) -> str:
    """Four articles with hand-made attributions, stored without the engine."""
    articles = [
        (FOX, "Fox News", date(2025, 8, 15), found(FOX, FEEL_OUT, "Donald Trump", "told")),
        (CNN, "CNN", date(2025, 8, 16), found(CNN, FEEL_OUT, "Donald Trump", "said")),
        (KREMLIN, "TASS", date(2025, 8, 14), found(KREMLIN, "the talks constructive",
                                                   "Vladimir Putin", "called", "partial")),
        (KYIV, "Reuters", date(2025, 8, 10), found(KYIV, "We will not give up our land,",
                                                   "Volodymyr Zelenskyy", "said")),
    ]  # fmt: skip
    sessions = connect.session_factory(connect.open_database(db_url))
    for number, (body, source, published, quote) in enumerate(articles):
        article = ArticleInput(
            text=body,
            origin=f"{number}.txt",
            doc_id=f"{number}.txt",
            title=f"Article {number}",
            url=f"https://www.example.com/{number}",
            source=source,
            published=published,
        )
        with sessions.begin() as session:
            store.save_article(session, article, [quote])
    return db_url


def scalar(db_url: str, sql: str) -> Any:
    with connect.open_database(db_url).connect() as conn:
        return conn.execute(text(sql)).scalar()


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# -- help, options, entry points -------------------------------------------------

COMMANDS = [
    ["ingest"],
    ["extract"],
    ["who-said"],
    ["quotes"],
    ["speakers"],
    ["speakers", "merge"],
    ["speakers", "rename"],
    ["show"],
    ["export"],
    ["sql"],
    ["db", "upgrade"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example: quotebank " in result.output


def test_python_dash_m_quotebank_works() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quotebank", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "who-said" in done.stdout


def write(path: Path, body: str) -> str:
    path.write_text(body, encoding="utf-8")
    return str(path)


def test_db_option_beats_the_environment(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    result = run("--db", str(other), "ingest", write(tmp_path / "a.txt", KYIV))
    assert result.exit_code == 0, result.output
    assert other.exists()
    assert not (tmp_path / "test.db").exists()


def test_quotebank_db_environment_variable_is_honoured(tmp_path: Path) -> None:
    result = run("ingest", write(tmp_path / "a.txt", KYIV))
    assert result.exit_code == 0, result.output
    assert Path(os.environ["QUOTEBANK_DB"]).exists()
    assert not (tmp_path / "quotebank.db").exists()


def test_db_accepts_an_sqlalchemy_url(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'url.db'}"
    assert run("--db", url, "db", "upgrade").exit_code == 0
    assert (tmp_path / "url.db").exists()


def test_db_upgrade_reports_the_revision() -> None:
    result = run("db", "upgrade")
    assert result.exit_code == 0
    assert result.stdout == f"database at revision {migrate.head_revision()}\n"


# -- ingest ---------------------------------------------------------------------


def test_ingesting_the_same_file_twice_stores_it_once(tmp_path: Path, db_url: str) -> None:
    path = write(tmp_path / "a.txt", FOX)
    first, second = run("ingest", path), run("ingest", path)
    assert first.exit_code == 0 and second.exit_code == 0
    assert first.stdout.startswith("ingested 1, already present 0, failed 0, quotes ")
    assert second.stdout.startswith("ingested 0, already present 1, failed 0, quotes 0")
    assert scalar(db_url, "select count(*) from articles") == 1


def test_ingest_reads_standard_input() -> None:
    result = run("ingest", "-", input=gzip.compress(json.dumps({"text": KYIV}).encode()))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 1, already present 0, failed 0")


def test_ingest_metadata_flags_are_stored(tmp_path: Path, db_url: str) -> None:
    path = write(tmp_path / "a.txt", KYIV)
    result = run("ingest", path, "--date", "2025-08-10", "--url", "https://www.bbc.com/news/1")
    assert result.exit_code == 0, result.output
    row = "select published || ' ' || s.name from articles join sources s on s.id = source_id"
    assert scalar(db_url, row) == "2025-08-10 bbc.com"


def binary_file(tmp_path: Path) -> str:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00" * 20)
    return str(path)


def big_file(tmp_path: Path) -> str:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 10_000_000)
    return str(path)


BAD_INPUTS = {
    "missing": (lambda p: str(p / "nope.txt"), "nope.txt: no such file or directory"),
    "empty": (lambda p: write(p / "empty.txt", ""), "empty.txt: empty file"),
    "binary": (binary_file, "x.txt: binary file, not text"),
    "broken-json": (
        lambda p: write(p / "a.jsonl", '{"text": "fine"}\n{"text": "cut\n'),
        "a.jsonl:2: not valid JSON",
    ),
    "50MB": (big_file, "big.txt: too large (50,000,000 bytes; limit 20,000,000)"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_one_line_and_keeps_what_is_stored(
    case: str, tmp_path: Path, db_url: str
) -> None:
    assert run("ingest", write(tmp_path / "good.txt", KYIV)).exit_code == 0
    make, message = BAD_INPUTS[case]
    result = run("ingest", make(tmp_path))
    no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{tmp_path}/{message}"]
    assert "failed 1" in result.stdout
    assert scalar(db_url, "select count(*) from articles") >= 1
    assert scalar(db_url, "select count(*) from articles where origin like '%good.txt'") == 1


def test_latin1_text_is_ingested(db_url: str) -> None:
    result = run("ingest", str(DATA / "latin1.txt"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 1, already present 0, failed 0")
    assert "José Pérez" in scalar(db_url, "select text from articles")


@pytest.mark.parametrize(
    "args",
    [["ingest"], ["quotes", "--kind", "nope"], ["quotes", "--since", "last week"], ["export"]],
    ids=["no-path", "bad-kind", "bad-date", "no-target"],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    no_traceback(result)
    assert result.exit_code == 2


# -- extract --------------------------------------------------------------------


def test_extract_prints_the_contract_and_spans_index_the_input(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", FOX)
    result = run("extract", path)
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert list(record) == ["doc_id", "quotes"]
    assert record["doc_id"] == "a.txt"
    assert record["quotes"], "the engine found no quote"
    for quote in record["quotes"]:
        assert list(quote) == CONTRACT
        assert quote["text"] == FOX[quote["start"] : quote["end"]]
    assert FEEL_OUT in [q["text"].rstrip(",") for q in record["quotes"]]


def test_extract_reads_jsonl_and_reports_a_broken_line(tmp_path: Path) -> None:
    result = run("extract", str(DATA / "articles.jsonl"))
    no_traceback(result)
    assert result.exit_code == 1
    ids = [json.loads(line)["doc_id"] for line in result.stdout.splitlines()]
    assert ids == ["a1", f"{DATA / 'articles.jsonl'}:2", "c3"]
    assert result.stderr == f"{DATA / 'articles.jsonl'}:3: not valid JSON\n"


# -- questions ------------------------------------------------------------------


def test_who_said_groups_by_speaker_with_outlets(seeded: str) -> None:
    result = run("who-said", "FEEL OUT meeting")
    assert result.exit_code == 0, result.output
    assert "Donald Trump" in result.stdout
    assert "Fox News" in result.stdout and "CNN" in result.stdout
    assert "Putin" not in result.stdout


def test_who_said_with_sql_in_the_phrase_finds_nothing_and_changes_nothing(seeded: str) -> None:
    result = run("who-said", INJECTION)
    no_traceback(result)
    assert result.exit_code == 1
    assert "no quote matches" in result.output
    assert scalar(seeded, "select count(*) from quotes") == 3


def test_who_said_without_a_match_shows_the_closest(seeded: str) -> None:
    result = run("who-said", "feel-out meting")
    assert result.exit_code == 1
    assert result.output.startswith("no quote matches 'feel-out meting'; closest:")
    assert FEEL_OUT in result.output


def test_quotes_speaker_filter(seeded: str) -> None:
    result = run("quotes", "--speaker", "Putin")
    assert result.exit_code == 0, result.output
    assert "the talks constructive" in result.stdout
    assert FEEL_OUT not in result.stdout and "our land" not in result.stdout


def test_quotes_are_sorted_newest_first_and_json_parses(seeded: str) -> None:
    result = run("quotes", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) >= 3
    dates = [row["date"] for row in rows if "date" in row]
    assert dates == sorted(dates, reverse=True)


def test_quotes_finding_nothing_exits_1(seeded: str) -> None:
    result = run("quotes", "--speaker", "Nobody Atall")
    assert result.exit_code == 1
    assert result.stdout == ""


def test_piped_output_is_plain_tab_separated_text(seeded: str) -> None:
    result = run("quotes")
    lines = result.stdout.splitlines()
    assert "\x1b[" not in result.stdout
    assert not set("│┃━─╭") & set(result.stdout)
    assert len(lines) == 5  # a header and four occurrences of three quotes
    assert len({line.count("\t") for line in lines}) == 1


def test_speakers_lists_searches_renames_and_merges(seeded: str) -> None:
    listed = run("speakers", "--format", "json")
    assert listed.exit_code == 0, listed.output
    names = sorted(row["name"] for row in json.loads(listed.stdout))
    assert names == ["Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy"]
    assert run("speakers", "--search", "Putin").stdout.count("Putin") >= 1
    assert run("speakers", "rename", "Vladimir Putin", "Vladimir V. Putin").exit_code == 0
    merged = run("speakers", "merge", "Donald Trump", "Vladimir V. Putin")
    assert merged.exit_code == 0, merged.output
    names = [row["name"] for row in json.loads(run("speakers", "--format", "json").stdout)]
    assert sorted(names) == ["Donald Trump", "Volodymyr Zelenskyy"]


def test_unknown_speaker_is_one_line_error(seeded: str) -> None:
    result = run("speakers", "rename", "Nobody", "Somebody")
    assert result.exit_code == 1
    assert result.stderr == "error: no speaker named 'Nobody'\n"


def test_show_gives_every_article_of_a_quote(seeded: str) -> None:
    quote_id = scalar(seeded, f"select id from quotes where text = '{FEEL_OUT}'")
    result = run("show", str(quote_id))
    assert result.exit_code == 0, result.output
    assert FEEL_OUT in result.stdout
    assert "Article 0" in result.stdout and "Article 1" in result.stdout
    missing = run("show", "9999")
    assert missing.exit_code == 1 and missing.stderr == "no quote with id 9999\n"


def test_export_csv_parses_and_opens_in_a_spreadsheet(seeded: str, tmp_path: Path) -> None:
    result = run("export", "--csv", str(tmp_path / "out.csv"), "--excel", "--speaker", "Trump")
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets need for UTF-8
    with (tmp_path / "out.csv").open(newline="", encoding="utf-8-sig") as fp:
        rows = list(csv.reader(fp))
    body = [" ".join(row) for row in rows[1:]]
    assert body and all(FEEL_OUT in line for line in body)


def test_export_streams_rows_from_the_database_to_the_writer(
    seeded: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer gets an iterator whose rows are made as it reads them, from a query run
    with ``yield_per`` (a server-side cursor on PostgreSQL): no list of every match."""
    built: list[QuoteRow] = []

    def counted(**values: Any) -> QuoteRow:
        built.append(QuoteRow(**values))
        return built[-1]

    made_before: list[int] = []  # rows built when the writer got each row

    def writer(rows: Iterable[QuoteRow], fp: IO[str]) -> int:
        assert iter(rows) is rows  # an iterator, not a list
        made_before.extend(len(built) for _ in rows)
        return len(made_before)

    options: list[dict[str, Any]] = []

    def executed(*args: Any) -> None:
        options.append(dict(args[4].execution_options))  # args: conn, cursor, sql, params, context

    monkeypatch.setattr(listings, "QuoteRow", counted)
    monkeypatch.setattr(
        questions, "export_writers", lambda **_: {"csv": questions.ExportWriter(writer)}
    )
    event.listen(Engine, "before_cursor_execute", executed)
    try:
        result = run("export", "--csv", str(tmp_path / "out.csv"))
    finally:
        event.remove(Engine, "before_cursor_execute", executed)
    assert result.exit_code == 0, result.output
    assert made_before == [1, 2, 3, 4]  # each row made only when the writer asked for it
    assert result.stderr == f"wrote 4 quotes to {tmp_path / 'out.csv'}\n"
    assert any(o.get("yield_per") == listings._STREAM_ROWS for o in options)


def test_export_quotebank_groups_each_quotes_rows(seeded: str) -> None:
    result = run("export", "--quotebank", "-", "--oldest-first")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["quotation"], r["numOccurrences"], r["date"]) for r in records] == [
        ("We will not give up our land,", 1, "2025-08-10 00:00:00"),
        ("the talks constructive", 1, "2025-08-14 00:00:00"),
        (FEEL_OUT, 2, "2025-08-15 00:00:00"),
    ]


def test_export_jsonl_to_stdout(seeded: str) -> None:
    result = run("export", "--jsonl", "-", "--speaker", "Zelenskyy")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1
    assert "We will not give up our land" in json.dumps(records[0], ensure_ascii=False)


def test_sql_reads_and_refuses_writes(seeded: str) -> None:
    result = run("sql", "select count(*) as n from quotes")
    assert (result.exit_code, result.stdout) == (0, "n\n3\n")
    refused = run("sql", "DELETE FROM quotes")
    no_traceback(refused)
    assert refused.exit_code == 1
    assert refused.stderr.startswith("error: refused")
    assert len(refused.stderr.splitlines()) == 1
    assert scalar(seeded, "select count(*) from quotes") == 3


def test_ingest_reprocess_reruns_the_engine_over_stored_articles(tmp_path: Path) -> None:
    assert run("ingest", write(tmp_path / "a.txt", FOX)).exit_code == 0
    result = run("ingest", "--reprocess")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 0, already present 0, failed 0, quotes ")
    assert result.stdout.endswith(", reprocessed 1\n")


# -- exit status and formats of the questions -------------------------------------

EXIT_STATUS = [
    (["who-said", "feel-out meeting"], 0),
    (["who-said", "a treaty signed in Geneva"], 1),
    (["who-said"], 2),
    (["quotes", "--speaker", "Trump"], 0),
    (["quotes", "--contains", "ceasefire"], 1),
    (["quotes", "--limit", "0"], 2),
    (["speakers"], 0),
    (["speakers", "--search", "zelensky"], 0),
    (["speakers", "--search", "Nobody Atall"], 1),
    (["speakers", "--order", "loudest"], 2),
    (["show", "1"], 0),
    (["show", "9999"], 1),
    (["show", "one"], 2),
    (["sql", "select 1"], 0),
    (["sql"], 2),
    (["quotes", "--format", "xml"], 2),
    (["quotes", "--no-such-option"], 2),
]


@pytest.mark.parametrize(("args", "status"), EXIT_STATUS, ids=[" ".join(a) for a, _ in EXIT_STATUS])
def test_exit_status_0_results_1_nothing_found_2_usage(
    seeded: str, args: list[str], status: int
) -> None:
    result = run(*args)
    no_traceback(result)
    assert result.exit_code == status, result.output
    if status == 1:
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) >= 1


LISTINGS = [
    ["who-said", "feel-out meeting"],
    ["quotes"],
    ["speakers"],
    ["speakers", "--search", "trump"],
    ["show", "1"],
    ["sql", "select id, text from quotes"],
]


@pytest.mark.parametrize("args", LISTINGS, ids=" ".join)
def test_every_listing_command_prints_json_and_csv(seeded: str, args: list[str]) -> None:
    as_json = run(*args, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout)
    as_csv = run(*args, "--format", "csv")
    assert as_csv.exit_code == 0, as_csv.output
    header, *rows = list(csv.reader(as_csv.stdout.splitlines()))
    assert rows and all(len(row) == len(header) for row in rows)


def test_speakers_are_paged_by_name_or_ranked_by_quotes(seeded: str) -> None:
    def names(*args: str) -> list[str]:
        result = run("speakers", *args, "--format", "json")
        assert result.exit_code == 0, result.output
        return [row["name"] for row in json.loads(result.stdout)]

    assert names() == ["Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy"]
    assert names("--limit", "2") == ["Donald Trump", "Vladimir Putin"]
    assert names("--order", "quotes", "--limit", "1") == ["Donald Trump"]
    ranked = json.loads(run("speakers", "--order", "quotes", "--format", "json").stdout)
    assert [(row["name"], row["quotes"], row["articles"]) for row in ranked] == [
        ("Donald Trump", 1, 2),
        ("Vladimir Putin", 1, 1),
        ("Volodymyr Zelenskyy", 1, 1),
    ]
    by_name = json.loads(run("speakers", "--format", "json").stdout)
    assert by_name == sorted(ranked, key=lambda row: row["name"])
