"""db copy: SQLite -> PostgreSQL -> SQLite loses nothing; a non-empty target is refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from quotebank import errors
from quotebank.cli.app import app
from quotebank.pipeline import quotebank_import as importer
from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage import articles as store
from quotebank.storage import connect, migrate
from quotebank.storage import speakers as speaker_store
from quotebank.storage.queries import who_said
from quotebank.storage.schema import Base
from quotebank.storage.transfer import copy_database
from tests.pipeline.test_importer import RECORDS, write_file

TEXT = "“We will stay,” Volodymyr Zelenskyy said. “No comment,” a Kremlin spokesman said."


def said(quote: str, speaker: str, kind: str = "person") -> FoundQuote:
    start = TEXT.index(quote)
    return FoundQuote(
        start, start + len(quote), quote, "direct", speaker=speaker, speaker_kind=kind,
        cue="said", confidence=0.9, rule="cue", said_on=date(2024, 3, 1),
    )  # fmt: skip


def fill(url: str, tmp_path: Path) -> None:
    engine = connect.open_database(url)
    sessions = connect.session_factory(engine)
    with sessions.begin() as session:
        article = ArticleInput(TEXT, "one.txt", url="https://www.reuters.com/a", title="Talks")
        found = [said("We will stay,", "Volodymyr Zelenskyy"), said("No comment,", "Kremlin spokesman", "unnamed")]  # fmt: skip
        store.save_article(session, article, found)
    with sessions.begin() as session:
        speaker_store.rename_speaker(session, "Kremlin spokesman", "Kremlin spokesperson")
    importer.import_files(engine, [write_file(tmp_path / "q.json", RECORDS)])
    engine.dispose()


def dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, by id; times as aware UTC."""
    engine = connect.open_database(url, upgrade=False)
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(table.c.id))
            tables[table.name] = [tuple(_utc(value) for value in row) for row in rows]
    engine.dispose()
    return tables


def _utc(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return value


def test_sqlite_to_postgresql_and_back_is_identical(pg_url: str, tmp_path: Path) -> None:
    first, second = f"sqlite:///{tmp_path / 'first.db'}", f"sqlite:///{tmp_path / 'second.db'}"
    fill(first, tmp_path)
    counts = copy_database(first, pg_url, batch_size=2)
    assert copy_database(pg_url, second, batch_size=3) == counts
    original = dump(first)
    assert dump(pg_url) == original
    assert dump(second) == original
    assert {name: len(rows) for name, rows in original.items()} == counts
    assert all(counts[name] for name in ("speaker_corrections", "speaker_qids", "attributions"))
    _still_writable_and_searchable(pg_url)
    _still_writable_and_searchable(second)


def _still_writable_and_searchable(url: str) -> None:
    """New rows get new ids (PostgreSQL's sequences moved past the copied ids), FTS works."""
    engine = connect.open_database(url)
    sessions = connect.session_factory(engine)
    with sessions.begin() as session:
        text = "“A brand new remark,” Volodymyr Zelensky said."
        start = text.index("A brand")
        found = FoundQuote(start, start + 19, "A brand new remark,", "direct", speaker="Zelensky")
        store.save_article(session, ArticleInput(text, "two.txt"), [found])
    with sessions() as session:
        assert [h.speaker for h in who_said(session, "brand new remark").speakers] == [
            "Volodymyr Zelenskyy"
        ]
        assert [h.speaker for h in who_said(session, "we will stay").speakers] == [
            "Volodymyr Zelenskyy"
        ]
    engine.dispose()


def test_a_non_empty_target_is_refused(db_url: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.db'}"
    fill(source, tmp_path)
    fill(db_url, tmp_path)
    before = dump(db_url)
    with pytest.raises(errors.DatabaseError, match="is not empty"):
        copy_database(source, db_url)
    assert dump(db_url) == before


def test_cli_db_copy(tmp_path: Path) -> None:
    fill(f"sqlite:///{tmp_path / 'a.db'}", tmp_path)
    result = CliRunner().invoke(app, ["db", "copy", "a.db", "b.db"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("copied ")
    assert "quotes 5," in result.stdout
    again = CliRunner().invoke(app, ["db", "copy", "a.db", "b.db"])
    assert again.exit_code == 1
    assert again.stderr == (f"error: {tmp_path / 'b.db'} is not empty: copy into a new database\n")


def test_copy_from_an_old_schema_asks_for_an_upgrade(tmp_path: Path) -> None:
    engine: Engine = connect.create(f"sqlite:///{tmp_path / 'old.db'}")
    migrate.upgrade(engine, "0002")
    with pytest.raises(errors.SchemaOutOfDate):
        copy_database(f"sqlite:///{tmp_path / 'old.db'}", f"sqlite:///{tmp_path / 'new.db'}")
