"""import-quotebank's bulk path: the incremental path's rows, idempotent, whole or not at all."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from quotebank.cli.app import app
from quotebank.pipeline import quotebank_bulk
from quotebank.pipeline import quotebank_import as importer
from quotebank.storage import bulkload, connect
from tests.pipeline.test_importer import RECORDS, write_file

ROOT = Path(__file__).resolve().parents[2]


def _record(number: int, quotation: str, speaker: str, urls: list[str], **extra: Any) -> dict:
    return {
        "quoteID": f"2020-02-{number % 28 + 1:02d}-{number:06d}",
        "quotation": quotation,
        "speaker": speaker,
        "qids": extra.pop("qids", []),
        "date": f"2020-02-{number % 28 + 1:02d} 10:00:00",
        "numOccurrences": len(urls),
        "probas": [[speaker, f"0.{50 + number % 49}"], ["None", "0.1"]],
        "urls": urls,
        **extra,
    }


def _records(offset: int) -> list[dict[str, Any]]:
    """Lines that exercise every rule: one remark in several wordings, a URL quoting several
    remarks and one remark twice, URL-less quotes, titles, unknown speakers, Wikidata ids."""
    speakers = ["President Joe Biden", "Joe Biden", "Ann Lee", "None", "Dr. Ann Lee", "Bo Ek"]
    qids = {"Joe Biden": ["Q6279"], "President Joe Biden": ["Q6279"], "Bo Ek": ["Q1", "Q2"]}
    records = []
    for i in range(offset, offset + 60):
        speaker = speakers[i % len(speakers)]
        remark = f"Remark {i % 23} about the {['harbour', 'budget', 'war'][i % 3]}"
        quotation = remark.upper() + "!" if i % 4 == 0 else remark + "."
        urls = [f"https://www.news{i % 5}.example/{i // 3}"]
        urls += [f"https://other{i % 7}.example/a/{i % 11}"] if i % 2 else []
        urls = [] if i % 13 == 0 else urls
        quote_id = "" if i % 26 == 0 else None
        extra = {"quoteID": quote_id} if quote_id is not None else {}
        records.append(_record(i, quotation, speaker, urls, qids=qids.get(speaker, []), **extra))
    return [*records, RECORDS[2], {"quotation": 5}]  # a broken line too


def _dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the import writes, by natural keys (ids differ with batching)."""
    queries = {
        "quotes": "SELECT norm, text, remark_id FROM quotes",
        "speakers": "SELECT name, name_key, surname_key, kind, wikidata_id FROM speakers",
        "aliases": "SELECT a.alias, a.alias_key, s.name FROM speaker_aliases a "
        "JOIN speakers s ON s.id = a.speaker_id",
        "qids": "SELECT s.name, q.qid FROM speaker_qids q JOIN speakers s ON s.id = q.speaker_id",
        "sources": "SELECT name, domain FROM sources",
        "articles": "SELECT a.content_hash, a.url, a.doc_id, a.text, a.origin, a.title, "
        "a.published, s.name FROM articles a LEFT JOIN sources s ON s.id = a.source_id",
        "attributions": "SELECT q.norm, ar.content_hash, s.name, "
        'CASE WHEN a.start = q.id AND a."end" = q.id THEN 1 ELSE 0 END, a.grp, a.kind, a.cue, a.confidence, a.rule, a.outlet, a.said_on '
        "FROM attributions a JOIN quotes q ON q.id = a.quote_id "
        "JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = a.speaker_id",
    }
    with engine.connect() as conn:
        return {
            name: sorted(
                (tuple(str(v) for v in row) for row in conn.exec_driver_sql(sql)),
            )
            for name, sql in queries.items()
        }


def _files(tmp_path: Path) -> list[Path]:
    first = write_file(tmp_path / "quotes-a.json.bz2", _records(0))
    second = write_file(tmp_path / "quotes-b.json", _records(40))  # overlaps the first
    return [first, second]


def _summary(summary: importer.ImportSummary) -> tuple[Any, ...]:
    return (summary.lines, summary.quotes, summary.attributions, summary.speakers,
            summary.failed, summary.failures)  # fmt: skip


@pytest.mark.parametrize("batch_size", [1_000, 7])
def test_bulk_writes_the_rows_the_incremental_path_writes(
    any_db_url: str, tmp_path: Path, batch_size: int
) -> None:
    files = _files(tmp_path)
    incremental = connect.open_database(f"sqlite:///{tmp_path / 'incremental.db'}")
    expected = importer.import_files(incremental, files, batch_size=batch_size, bulk=False)
    bulk = connect.open_database(any_db_url)
    got = importer.import_files(bulk, files, batch_size=batch_size, bulk=True)
    assert _summary(got) == _summary(expected)
    assert got.quotes > 20 and got.attributions > got.quotes and got.failed == 2
    want = _dump(incremental)
    assert all(want.values())  # every table has rows to compare
    assert _dump(bulk) == want
    incremental.dispose()
    bulk.dispose()


def test_bulk_into_a_database_with_rows_adds_what_the_incremental_path_adds(
    any_db_url: str, tmp_path: Path
) -> None:
    first, second = _files(tmp_path)
    older = write_file(tmp_path / "older.json", RECORDS)
    incremental = connect.open_database(f"sqlite:///{tmp_path / 'incremental.db'}")
    bulk = connect.open_database(any_db_url)
    for engine in (incremental, bulk):
        importer.import_files(engine, [older, first], bulk=False)
    expected = importer.import_files(incremental, [first, second], bulk=False)
    got = importer.import_files(bulk, [first, second], bulk=True)
    assert _summary(got) == _summary(expected)
    assert got.quotes > 0
    assert _dump(bulk) == _dump(incremental)
    incremental.dispose()
    bulk.dispose()


def test_bulk_again_adds_nothing_and_keeps_the_indexes(any_db_url: str, tmp_path: Path) -> None:
    files = _files(tmp_path)
    engine = connect.open_database(any_db_url)
    indexes = _indexes(engine)
    importer.import_files(engine, files, bulk=True)
    before = _dump(engine)
    again = importer.import_files(engine, files, bulk=True)
    assert (again.quotes, again.attributions, again.speakers) == (0, 0, 0)
    assert _dump(engine) == before
    assert _indexes(engine) == indexes
    engine.dispose()


def _indexes(engine: Engine) -> list[str]:
    if engine.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
    else:  # indexes, and constraints (the merge drops and adds foreign keys)
        sql = (
            "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' UNION ALL "
            "SELECT conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY 1"
        )
    with engine.connect() as conn:
        return [name for (name,) in conn.exec_driver_sql(sql)]


def test_the_search_index_holds_every_quote_after_a_bulk_load(db_url: str, tmp_path: Path) -> None:
    engine = connect.open_database(db_url)
    importer.import_files(engine, _files(tmp_path), bulk=True)
    with engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'norm : harbour'"
        ).scalar()
        assert (
            found
            == conn.exec_driver_sql(
                "SELECT count(*) FROM quotes WHERE norm LIKE '%harbour%'"
            ).scalar()
        )
        assert found
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    engine.dispose()


def test_a_long_load_merges_search_segments_before_fts5s_cap(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FTS5 holds at most 2,000 segments; a load writes a few a batch, so it must merge
    them on the way (at 1,000 in a level; here at 2, which a load of batches of 7 lines
    reaches many times), and the index it leaves is whole."""
    assert bulkload._FTS_LOAD_CRISISMERGE < 2000
    monkeypatch.setattr(bulkload, "_FTS_LOAD_CRISISMERGE", 2)
    engine = connect.open_database(db_url)
    importer.import_files(engine, _files(tmp_path), bulk=True, batch_size=7)
    with engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'norm : harbour'"
        ).scalar()
        stored = conn.exec_driver_sql(
            "SELECT count(*) FROM quotes WHERE norm LIKE '%harbour%'"
        ).scalar()
        assert found == stored
        assert found
    engine.dispose()


def test_a_bulk_load_gives_the_garbage_collector_back_as_it_was(
    db_url: str, tmp_path: Path
) -> None:
    """The load collects less often while it runs (``_collect_less``), and only then."""
    engine = connect.open_database(db_url)
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    real = quotebank_bulk._Load.add

    def add(load: Any, *args: Any) -> None:
        seen.append(gc.get_threshold())
        real(load, *args)

    try:
        quotebank_bulk._Load.add = add  # type: ignore[method-assign]
        importer.import_files(engine, _files(tmp_path), bulk=True)
    finally:
        quotebank_bulk._Load.add = real  # type: ignore[method-assign]
    assert seen and {threshold[0] for threshold in seen} == {quotebank_bulk._GC_THRESHOLD}
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    engine.dispose()


KILLER = """
import os, signal, sys
from quotebank.pipeline import quotebank_import as importer
from quotebank.storage import bulkload, connect

def killed(*args):  # the quotes, articles and their FTS5 entries are in, uncommitted
    os.kill(os.getpid(), signal.SIGKILL)

bulkload.add_attributions = killed
importer.import_files(connect.open_database(sys.argv[1]), sys.argv[2:], bulk=True)
"""


def test_a_bulk_load_killed_while_merging_leaves_the_database_as_it_was(
    any_db_url: str, tmp_path: Path
) -> None:
    engine = connect.open_database(any_db_url)
    importer.import_files(engine, [write_file(tmp_path / "older.json", RECORDS)], bulk=False)
    before, indexes = _dump(engine), _indexes(engine)
    engine.dispose()
    files = [str(path) for path in _files(tmp_path)]
    killed = subprocess.run(
        [sys.executable, "-c", KILLER, any_db_url, *files],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, timeout=120,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    engine = connect.open_database(any_db_url)
    assert _dump(engine) == before
    assert _indexes(engine) == indexes
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    summary = importer.import_files(engine, files, bulk=True)  # and the load can be run again
    assert summary.quotes > 0
    assert len(_dump(engine)["quotes"]) == len(before["quotes"]) + summary.quotes
    engine.dispose()


def test_a_load_is_bulk_when_it_is_large_next_to_the_database(db_url: str, tmp_path: Path) -> None:
    engine = connect.open_database(db_url)
    small = write_file(tmp_path / "small.json", RECORDS)
    assert quotebank_bulk.large_load(engine, [small])  # an empty database
    many = [_record(i, f"Quote number {i} of many.", "Ann Lee", []) for i in range(300)]
    importer.import_files(engine, [write_file(tmp_path / "many.json", many)])
    assert not quotebank_bulk.large_load(engine, [small])
    big = write_file(tmp_path / "big.json", many * 6)  # ~250 bytes a line, read as 450
    assert quotebank_bulk.large_load(engine, [big])
    assert not quotebank_bulk.large_load(engine, [tmp_path / "missing.json"])
    engine.dispose()


@pytest.mark.parametrize("flag", ["--bulk", "--no-bulk"])
def test_cli_import_quotebank_either_path(tmp_path: Path, flag: str) -> None:
    path = write_file(tmp_path / "quotes-2020.json.bz2", RECORDS)
    result = CliRunner().invoke(app, ["import-quotebank", flag, str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == (
        "read 4, new quotes 3, new attributions 5, new speakers 2, failed 0"
    )


def test_a_failing_reader_is_an_error_not_a_partial_merge(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(line: str) -> Any:
        raise MemoryError("no memory left")

    monkeypatch.setattr("quotebank.formats.quotebank.parse_line", broken)
    engine = connect.open_database(db_url)
    with pytest.raises(RuntimeError, match="MemoryError: no memory left"):
        importer.import_files(engine, [write_file(tmp_path / "q.json", RECORDS)], bulk=True)
    assert _dump(engine)["quotes"] == []
    engine.dispose()


def _pool_import(url: str, path: str) -> int:
    return importer.import_files(connect.open_database(url), [path], bulk=True).quotes


def test_a_bulk_load_in_a_pool_worker_reads_in_a_thread(db_url: str, tmp_path: Path) -> None:
    """A daemonic process may not start the reader process."""
    path = write_file(tmp_path / "q.json.bz2", RECORDS)
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_pool_import, (db_url, str(path))) == 3
