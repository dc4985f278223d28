"""import-quotebank: Quotebank quote files in, on SQLite and PostgreSQL, idempotently."""

from __future__ import annotations

import bz2
import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from quotebank.cli.app import app
from quotebank.formats import quotebank as quotebank_format
from quotebank.formats.quotebank import write_quotebank
from quotebank.pipeline import quotebank_import as importer
from quotebank.storage import connect, search
from quotebank.storage import speakers as speaker_store
from quotebank.storage.listings import QuoteFilter, list_quotes
from quotebank.storage.queries import who_said
from quotebank.storage.schema import Article, Attribution, Quote, Source, Speaker, SpeakerQid
from quotebank.text.keys import normalize_quote

RECORDS: list[dict[str, Any]] = [
    {
        "quoteID": "2020-01-16-000088",
        "quotation": "We are not going to let this happen again.",
        "speaker": "Boris Johnson",
        "qids": ["Q180589"],
        "date": "2020-01-16 12:00:00",
        "numOccurrences": 2,
        "probas": [["Boris Johnson", "0.8717"], ["None", "0.1283"]],
        "urls": ["https://www.bbc.co.uk/news/a1", "https://www.theguardian.com/a2"],
        "phase": "E",
    },
    {
        "quoteID": "2020-01-17-000001",
        "quotation": "We ARE not going to let this happen again!",  # the same remark
        "speaker": "Boris Johnson",
        "qids": ["Q180589"],
        "date": "2020-01-17 08:30:00",
        "numOccurrences": 1,
        "probas": [["Boris Johnson", 0.6]],
        "urls": ["https://www.bbc.co.uk/news/a3"],
        "phase": "E",
    },
    {
        "quoteID": "2020-01-18-000002",
        "quotation": "It was a feel-out meeting.",
        "speaker": "John Smith",
        "qids": ["Q1", "Q2", "Q3"],
        "date": "2020-01-18 00:00:00",
        "numOccurrences": 1,
        "probas": [["John Smith", "0.51"], ["Boris Johnson", "0.49"]],
        "urls": ["https://www.bbc.co.uk/news/a1"],
        "phase": "E",
    },
    {
        "quoteID": "2020-01-19-000003",
        "quotation": "Nobody knows who said this, “really”.",
        "speaker": "None",
        "qids": [],
        "date": "2020-01-19 00:00:00",
        "numOccurrences": 1,
        "probas": [["None", "0.9"]],
        "urls": [],
        "phase": "E",
    },
]


def write_file(path: Path, records: list[Any], *, extra: str = "") -> Path:
    lines = "".join(json.dumps(r) + "\n" for r in records) + extra
    if path.suffix == ".bz2":
        path.write_bytes(bz2.compress(lines.encode()))
    elif path.suffix == ".gz":
        path.write_bytes(gzip.compress(lines.encode()))
    else:
        path.write_text(lines)
    return path


def counts(session: Session) -> dict[str, int]:
    models = {
        "quotes": Quote,
        "speakers": Speaker,
        "articles": Article,
        "attributions": Attribution,
        "sources": Source,
        "qids": SpeakerQid,
    }
    return {
        name: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for name, model in models.items()
    }


@pytest.mark.parametrize("suffix", [".json.bz2", ".json.gz", ".json"])
def test_import_stores_quotes_speakers_and_an_attribution_per_url(
    any_db_url: str, tmp_path: Path, suffix: str
) -> None:
    engine = connect.open_database(any_db_url)
    path = write_file(tmp_path / f"quotes-2020{suffix}", RECORDS)
    summary = importer.import_files(engine, [path], batch_size=2)
    assert (summary.lines, summary.quotes, summary.attributions, summary.speakers) == (4, 3, 5, 2)
    assert summary.failed == 0
    with connect.session_factory(engine)() as session:
        assert counts(session) == {
            "quotes": 3,
            "speakers": 2,
            "articles": 4,  # three URLs and one article for the URL-less quote
            "attributions": 5,
            "sources": 2,
            "qids": 4,
        }
        speakers = session.execute(select(Speaker.name, Speaker.kind, Speaker.wikidata_id))
        assert sorted(speakers) == [
            ("Boris Johnson", "person", "Q180589"),
            ("John Smith", "person", None),  # ambiguous: its three ids are in speaker_qids
        ]
        hits = who_said(session, "not going to let this happen").speakers
        assert [(h.speaker, h.occurrences) for h in hits] == [("Boris Johnson", 3)]
        occurrences = hits[0].remarks[0].occurrences
        assert sorted((o.url, o.source, str(o.date), o.confidence) for o in occurrences) == [
            ("https://www.bbc.co.uk/news/a1", "bbc.co.uk", "2020-01-16", 0.8717),
            ("https://www.bbc.co.uk/news/a3", "bbc.co.uk", "2020-01-17", 0.6),
            ("https://www.theguardian.com/a2", "theguardian.com", "2020-01-16", 0.8717),
        ]
        assert [h.speaker for h in who_said(session, "who said this really").speakers] == [
            "unknown"
        ]
    engine.dispose()


def test_importing_again_adds_nothing(any_db_url: str, tmp_path: Path) -> None:
    engine = connect.open_database(any_db_url)
    path = write_file(tmp_path / "quotes.json.bz2", RECORDS)
    importer.import_files(engine, [path])
    sessions = connect.session_factory(engine)
    with sessions() as session:
        before = counts(session)
    again = importer.import_files(engine, [path, path], batch_size=3)
    assert (again.lines, again.quotes, again.attributions, again.speakers) == (8, 0, 0, 0)
    with sessions() as session:
        assert counts(session) == before
    engine.dispose()


def test_broken_lines_are_reported_and_the_rest_imported(db_url: str, tmp_path: Path) -> None:
    engine = connect.open_database(db_url)
    path = write_file(
        tmp_path / "quotes.json",
        RECORDS[:1],
        extra='{"quoteID": "x", "quotation": \n[1, 2]\n{"quotation": "!!!"}\n\n'
        + json.dumps(RECORDS[2])
        + "\n",
    )
    summary = importer.import_files(engine, [path, tmp_path / "missing.json.bz2"])
    assert summary.failures == [
        f"{path}:2: not valid JSON",
        f"{path}:3: not a JSON object",
        f"{path}:4: no quotation",
        f"{tmp_path / 'missing.json.bz2'}: No such file or directory",
    ]
    assert (summary.quotes, summary.failed) == (2, 4)


@pytest.mark.parametrize("suffix", [".json.bz2", ".json.gz"])
def test_a_truncated_compressed_file_keeps_what_was_read_and_says_so(
    db_url: str, tmp_path: Path, suffix: str
) -> None:
    records = [
        dict(RECORDS[0], quoteID=str(i), quotation=f"Number {i} is {i * 7919 % 10007}, not {i}.")
        for i in range(20_000)
    ]
    whole = write_file(tmp_path / f"whole{suffix}", records)  # many read-ahead blocks
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 2 // 3])
    engine = connect.open_database(db_url)
    summary = importer.import_files(engine, [cut], batch_size=1_000)
    assert summary.failed == 1
    assert summary.failures[0].startswith(f"{cut}: cannot read")
    assert len(records) // 3 < summary.lines < len(records)
    with Session(engine) as session:  # every line read before the cut
        assert counts(session)["quotes"] == summary.quotes == summary.lines


def test_closing_a_compressed_file_early_stops_its_reader(tmp_path: Path) -> None:
    path = write_file(tmp_path / "many.json.bz2", RECORDS * 5_000)
    fp = quotebank_format.open_quote_file(path)
    assert json.loads(fp.readline())["quoteID"] == RECORDS[0]["quoteID"]
    fp.close()  # returns (the read-ahead thread stops) instead of hanging
    assert fp.closed


def test_speakers_join_the_ones_ingest_made_and_follow_corrections(
    db_url: str, tmp_path: Path
) -> None:

    engine = connect.open_database(db_url)
    sessions = connect.session_factory(engine)
    with sessions.begin() as session:
        speaker_store.resolve_speaker(session, "Boris Johnson", "person", aliases=["BoJo"])
        speaker_store.resolve_speaker(session, "John Smith", "person")
        speaker_store.rename_speaker(session, "John Smith", "John Smith (footballer)")
    importer.import_files(engine, [write_file(tmp_path / "q.json", RECORDS)])
    with sessions() as session:
        names = session.scalars(select(Speaker.name).order_by(Speaker.id)).all()
        assert names == ["Boris Johnson", "John Smith (footballer)"]


def test_export_then_import_gives_the_same_export(any_db_url: str, tmp_path: Path) -> None:
    first = connect.open_database(any_db_url)
    importer.import_files(first, [write_file(tmp_path / "q.json", RECORDS)])
    exported = _export(first)
    second = connect.open_database(f"sqlite:///{tmp_path / 'second.db'}")
    importer.import_stream(second, io.StringIO(exported), "export.json")
    assert _records(_export(second)) == _records(exported)
    assert len(exported.splitlines()) == 3
    first.dispose()
    second.dispose()


def _export(engine: Any) -> str:
    with connect.session_factory(engine)() as session:
        rows = list_quotes(session, QuoteFilter(limit=None, by_quote=True))
    fp = io.StringIO()
    write_quotebank(rows, fp)
    return fp.getvalue()


def _records(text: str) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in text.splitlines()]
    for record in records:
        record.pop("quoteID")  # made from the quote's id in each database
        record["urls"].sort()  # in the order of each database's attribution ids
    return sorted(records, key=lambda r: r["quotation"])


def test_cli_import_quotebank(tmp_path: Path) -> None:
    path = write_file(tmp_path / "quotes-2020.json.bz2", RECORDS)
    result = CliRunner().invoke(app, ["import-quotebank", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == (
        "read 4, new quotes 3, new attributions 5, new speakers 2, failed 0"
    )
    result = CliRunner().invoke(app, ["who-said", "feel-out meeting"])
    assert result.stdout.startswith("John Smith")
    result = CliRunner().invoke(app, ["import-quotebank", str(tmp_path / "nope.json")])
    assert result.exit_code == 1


@given(st.text())
def test_fast_normalize_is_normalize_quote(text: str) -> None:
    assert quotebank_format.fast_normalize(text) == normalize_quote(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_fast_normalize_is_normalize_quote_on_ascii(text: str) -> None:
    assert quotebank_format.fast_normalize(text) == normalize_quote(text)


def test_reprocessing_keeps_imported_attributions(db_url: str, tmp_path: Path) -> None:
    from quotebank.storage.articles import replace_attributions

    engine = connect.open_database(db_url)
    importer.import_files(engine, [write_file(tmp_path / "q.json", RECORDS)])
    sessions = connect.session_factory(engine)
    with sessions.begin() as session:
        before = counts(session)
        for article_id in session.scalars(select(Article.id)).all():
            assert replace_attributions(session, article_id, []) == 0
    with sessions() as session:
        assert counts(session) == before


def test_sqlite_search_index_is_complete_and_its_trigger_back(db_url: str, tmp_path: Path) -> None:
    from sqlalchemy import text

    engine = connect.open_database(db_url)
    importer.import_files(engine, [write_file(tmp_path / "q.json", RECORDS)], batch_size=2)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO quotes (text, norm) VALUES ('Later words', 'later words')"))
    with engine.connect() as conn:
        conn.execute(text("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')"))
        triggers = (
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'quotes_fts_%'"
        )
        assert conn.execute(text(triggers)).scalar() == 3
    with connect.session_factory(engine)() as session:
        assert len(session.scalars(search.fts_match(session, "later words")).all()) == 1
        assert len(session.scalars(search.fts_match(session, "feel out meeting")).all()) == 1


def test_many_quotes_in_one_article_are_asked_about(any_db_url: str, tmp_path: Path) -> None:
    """Quote ids past the context window (400) once broke PostgreSQL's substr."""
    records = [
        {"quoteID": f"q{i}", "quotation": f"Remark number {i} on the record.", "speaker": "Ann Lee",
         "qids": [], "date": "2020-02-01", "probas": [["Ann Lee", "0.7"]], "urls": ["https://a.org/1"]}
        for i in range(450)
    ]  # fmt: skip
    engine = connect.open_database(any_db_url)
    importer.import_files(engine, [write_file(tmp_path / "q.json", records)])
    with connect.session_factory(engine)() as session:
        (hit,) = who_said(session, "remark number 449").speakers
        assert (hit.speaker, hit.occurrences, hit.remarks[0].occurrences[0].context) == (
            "Ann Lee",
            1,
            "",
        )
    engine.dispose()


def _segments(engine: Any) -> int:
    with engine.connect() as conn:
        return int(
            conn.exec_driver_sql("SELECT count(DISTINCT segid) FROM quotes_fts_idx").scalar()
        )


def test_a_large_load_merges_the_search_index_and_a_small_one_only_a_step(
    db_url: str, tmp_path: Path
) -> None:
    """Each search looks a word up in every FTS5 segment: a bulk load leaves several."""
    engine = connect.open_database(db_url)
    records = [
        {"quoteID": f"q{i}", "quotation": f"Remark {i} on the harbour.", "speaker": "Ann Lee",
         "urls": [f"https://a.org/{i}"]}
        for i in range(12)
    ]  # fmt: skip
    with quotebank_format.open_quote_file(write_file(tmp_path / "q.json", records)) as fp:
        importer.import_stream(engine, fp, "q.json", batch_size=4)  # three transactions
    assert _segments(engine) == 3
    search.optimize(engine, added=2)  # a small load into a larger archive: a bounded step
    assert _segments(engine) == 3
    search.optimize(engine, added=12)
    assert _segments(engine) == 1
    with connect.session_factory(engine)() as session:
        assert len(session.scalars(search.fts_match(session, "remark 7 on the harbour")).all()) == 1
    fresh = connect.open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
    importer.import_files(fresh, [write_file(tmp_path / "r.json", RECORDS)], batch_size=1)
    assert _segments(fresh) == 1  # import_files merges after its load
