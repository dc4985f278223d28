"""Migrations: head equals the models, old data survives, the FTS index follows quotes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text

from quotebank.storage import connect, migrate
from quotebank.storage.schema import Base


def fts_ids(engine: Engine, query: str) -> list[int]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :q ORDER BY rowid"),
            {"q": query},
        )
        return [row[0] for row in rows]


NULLS_FIRST_ON_POSTGRESQL = {
    "ix_attributions_said_on",
    "ix_attributions_speaker_id_said_on",
    "ix_reported_said_on",  # 0006, as 0003 does for attributions
    "ix_reported_speaker_id_said_on",
}


def _index_name(diff: object) -> str | None:
    """The index a ``compare_metadata`` entry is about (``("add_index", Index)``), if any."""
    if isinstance(diff, tuple) and diff[0] in {"add_index", "remove_index"}:
        return str(diff[1].name)
    return None


def test_head_matches_the_models(any_db_url: str) -> None:
    engine = connect.open_database(any_db_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": migrate.include_name})
        diffs = compare_metadata(context, Base.metadata)
    if engine.dialect.name == "postgresql":  # 0003 rebuilds these NULLS FIRST, as listings sort
        diffs = [d for d in diffs if _index_name(d) not in NULLS_FIRST_ON_POSTGRESQL]
    assert diffs == []
    assert migrate.current_revision(engine) == migrate.head_revision() == "0007"


def test_upgrade_keeps_rows_made_at_0001(db_url: str) -> None:
    engine = connect.create(db_url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO quotes (id, text, norm) VALUES (7, 'Old words', 'old words')")
        )
        conn.execute(
            text(
                "INSERT INTO speakers (id, name, name_key, kind) "
                "VALUES (3, 'Sergei Lavrov', 'sergei lavrov', 'person')"
            )
        )
    assert migrate.current_revision(engine) == "0001"
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT id, text FROM quotes")).all() == [(7, "Old words")]
        assert conn.execute(text("SELECT name FROM speakers")).scalars().all() == ["Sergei Lavrov"]
        stats = conn.execute(text("SELECT speaker, quotes FROM speaker_stats")).all()
        assert stats == [("Sergei Lavrov", 0)]
    assert fts_ids(engine, '"old" + "words"') == [7]


def test_fts_index_follows_insert_update_delete(db_url: str) -> None:
    engine = connect.open_database(db_url)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO quotes (id, text, norm) VALUES (1, 'Café au lait', 'cafe au lait')")
        )
        conn.execute(
            text("INSERT INTO quotes (id, text, norm) VALUES (2, 'Black tea', 'black tea')")
        )
    assert fts_ids(engine, "lait") == [1]
    assert fts_ids(engine, "norm : cafe") == [1]
    with engine.begin() as conn:
        conn.execute(text("UPDATE quotes SET text = 'Green tea', norm = 'green tea' WHERE id = 2"))
    assert fts_ids(engine, "black") == []
    assert fts_ids(engine, "green") == [2]
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM quotes WHERE id = 1"))
    assert fts_ids(engine, "lait") == []
    assert fts_ids(engine, "tea") == [2]
    with engine.connect() as conn:  # the FTS5 integrity check compares the index with quotes
        conn.execute(text("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')"))


def test_datasette_sees_the_fts_table(db_url: str, tmp_path: Path) -> None:
    datasette_utils = pytest.importorskip("datasette.utils")
    connect.open_database(db_url).dispose()
    with sqlite3.connect(tmp_path / "test.db") as conn:
        assert datasette_utils.detect_fts(conn, "quotes") == "quotes_fts"


def test_downgrade_to_base_and_back(db_url: str) -> None:
    from alembic import command

    engine = connect.open_database(db_url)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_views_and_fts_are_not_in_the_models() -> None:
    names = set(Base.metadata.tables)
    assert names == {
        "sources",
        "articles",
        "speakers",
        "speaker_aliases",
        "speaker_qids",
        "quotes",
        "attributions",
        "speaker_corrections",
        "reported",
    }
    assert not migrate.include_name("quotes_fts_data", "table", {})
    assert not migrate.include_name("reported_fts_idx", "table", {})
    assert not migrate.include_name("quote_sheet", "table", {})
    assert migrate.include_name("quotes", "table", {})


def test_head_revision_constant_is_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.scripts_head()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request: pytest.FixtureRequest, db_url: str) -> str:
    """A database with no schema yet, once on SQLite and once on PostgreSQL."""
    return db_url if request.param == "sqlite" else str(request.getfixturevalue("pg_empty_url"))


def test_0004_admits_documents_and_keeps_speakers_and_their_attributions(
    empty_db_url: str,
) -> None:
    engine = connect.create(empty_db_url)
    migrate.upgrade(engine, "0003")
    insert_document = text(
        "INSERT INTO speakers (id, name, name_key, kind) VALUES (9, 'memo', 'memo', 'document')"
    )
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO quotes (id, text, norm) VALUES (1, 'Hi', 'hi')"))
        conn.execute(
            text(
                "INSERT INTO articles (id, content_hash, text, origin, ingested_at) "
                "VALUES (1, 'h', 'Hi', 't.txt', CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO speakers (id, name, name_key, kind) VALUES (3, 'Ana', 'ana', 'person')"
            )
        )
        conn.execute(
            text(
                'INSERT INTO attributions (quote_id, article_id, speaker_id, start, "end", grp, '
                "kind, confidence) VALUES (1, 1, 3, 0, 2, 0, 'direct', 0.9)"
            )
        )
    with pytest.raises(Exception, match=r"(?i)check"), engine.begin() as conn:
        conn.execute(insert_document)  # refused at 0003
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(insert_document)
        assert conn.execute(text("SELECT speaker_id FROM attributions")).scalars().all() == [3]
        kinds = conn.execute(text("SELECT kind FROM speakers ORDER BY id")).scalars().all()
    assert kinds == ["person", "document"]
    with pytest.raises(Exception, match=r"(?i)check"), engine.begin() as conn:
        conn.execute(text("INSERT INTO speakers (name, name_key, kind) VALUES ('x', 'x', 'nope')"))


def test_the_quote_index_holds_norm_only_and_survives_a_downgrade(db_url: str) -> None:
    engine = connect.open_database(db_url)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO quotes (id, text, norm) VALUES (1, 'Café au lait', 'cafe au lait')")
        )
    with engine.connect() as conn:
        columns = conn.exec_driver_sql("SELECT * FROM quotes_fts LIMIT 0").keys()
        assert list(columns) == ["norm"]
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0006")
    assert fts_ids(engine, "text : lait") == [1]  # 0006's index: text and norm
    migrate.upgrade(engine)
    assert fts_ids(engine, "lait") == [1]
    with engine.begin() as conn:  # a change of remark_id leaves the index as it is
        conn.execute(text("UPDATE quotes SET remark_id = 1 WHERE id = 1"))
        conn.execute(text("UPDATE quotes SET norm = 'cafe noir' WHERE id = 1"))
    assert fts_ids(engine, "lait") == []
    assert fts_ids(engine, "noir") == [1]
    with engine.connect() as conn:
        conn.execute(text("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')"))
