"""Start-up (#16): a query command on a SQLite file at head imports none of the heavy layers.

Timing is left to ``benchmarks/startup.py``; here each query command runs in a
fresh interpreter and the modules it imported are checked: SQLAlchemy, Alembic
and spaCy cost most of a command's start-up, and none of them is needed to read.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage import articles as store
from quotebank.storage import connect
from quotebank.storage.reader import open_sqlite
from quotebank.storage.revision import HEAD_REVISION

HEAVY = ("sqlalchemy", "alembic", "spacy", "thinc", "psycopg")
QUOTE = "It was a feel-out meeting"
TEXT = f"“{QUOTE},” Trump told reporters."
RUN = """
import sys
from quotebank.cli.app import app
try:
    app(args=sys.argv[1:], prog_name="quotebank")
except SystemExit as exc:
    assert exc.code in (0, 1, None), exc.code  # 1: nothing found
print(" ".join(sorted(sys.modules)))
"""


@pytest.fixture
def stored(tmp_path: Path) -> str:
    """A SQLite file at head with one attributed quote, stored without the engine."""
    path = str(tmp_path / "startup.db")
    engine = connect.open_database(f"sqlite:///{path}")
    start = TEXT.index(QUOTE)
    quote = FoundQuote(start, start + len(QUOTE), QUOTE, "direct", speaker="Donald Trump",
                       speaker_kind="person", cue="told", confidence=0.9)  # fmt: skip
    article = ArticleInput(
        text=TEXT, origin="a.txt", source="Fox News", published=date(2025, 8, 15)
    )
    with connect.session_factory(engine).begin() as session:
        store.save_article(session, article, [quote])
    engine.dispose()
    return path


def imported_by(*args: str) -> set[str]:
    """The modules a fresh interpreter has imported after running ``quotebank ARGS``."""
    done = subprocess.run(
        [sys.executable, "-c", RUN, *args], capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


@pytest.mark.parametrize(
    "command",
    [
        ["who-said", "feel-out meeting"],
        ["who-said", "feel out meetings", "--format", "json"],  # the closest quotes instead
        ["quotes", "--speaker", "trump", "--source", "fox", "--contains", "meeting"],
        ["speakers", "--search", "trump", "--order", "quotes"],
        ["show", "1"],
    ],
)
def test_a_query_command_on_sqlite_imports_no_heavy_layer(stored: str, command: list[str]) -> None:
    modules = imported_by(*command, "--db", stored)
    assert "quotebank.storage.reader" in modules
    assert not {name for name in modules if name.split(".")[0] in HEAVY}


def test_a_database_behind_head_is_opened_the_full_way(stored: str) -> None:
    with sqlite3.connect(stored) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()
    assert open_sqlite(stored) is None  # connect.open_database then says what to do


def test_a_sqlite_file_at_head_is_read_directly(stored: str) -> None:
    reader = open_sqlite(stored)
    assert reader is not None
    with reader:
        assert reader.rows("SELECT version_num FROM alembic_version", {}) == [(HEAD_REVISION,)]
    assert open_sqlite(f"sqlite:///{stored}") is not None
    assert open_sqlite(stored + ".missing") is None
    assert open_sqlite("postgresql://user@host/db") is None
