"""Datasette opens the database as it is: full-text search and the quote_sheet view over HTTP.

A real ``datasette`` server on 127.0.0.1 (a free port), against a database
seeded without the engine; stopped when the module's tests are done.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage import articles as store
from quotebank.storage import connect, urls
from tests.conftest import ROOT

METADATA = ROOT / "quotebank" / "data" / "datasette.json"
FEEL_OUT = "It was a feel-out meeting"
ARTICLES = [
    ("Fox News", date(2025, 8, 15), "Donald Trump",
     "Trump spoke on the plane. “It was a feel-out meeting,” Trump told reporters.", FEEL_OUT),
    ("CNN", date(2025, 8, 16), "Donald Trump",
     "Asked about the summit, “It was a feel-out meeting,” Trump said again.", FEEL_OUT),
    ("TASS", date(2025, 8, 14), "Vladimir Putin",
     "Putin said: “I feel the meeting was useful and we should meet again.”",
     "I feel the meeting was useful and we should meet again."),
    ("Reuters", date(2025, 8, 10), "Volodymyr Zelenskyy",
     "“We will not give up our land,” Zelenskyy said in Kyiv.", "We will not give up our land,"),
]  # fmt: skip
STARTUP_SECONDS = 30


def seed(path: Path) -> None:
    """Four articles with hand-made attributions, stored as ``ingest`` would store them."""
    engine = connect.open_database(urls.database_url(str(path)))
    sessions = connect.session_factory(engine)
    for number, (source, published, speaker, body, quote) in enumerate(ARTICLES):
        start = body.index(quote)
        found = FoundQuote(start, start + len(quote), quote, "direct", speaker=speaker,
                           speaker_kind="person", cue="said", confidence=0.9)  # fmt: skip
        article = ArticleInput(body, f"{number}.txt", title=f"Article {number}",
                               source=source, published=published)  # fmt: skip
        with sessions.begin() as session:
            store.save_article(session, article, [found])
    engine.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(server: subprocess.Popen[bytes], base: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"datasette exited with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{base}/-/versions.json", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"datasette did not answer within {STARTUP_SECONDS} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def datasette(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a Datasette serving a seeded ``quotebank.db``."""
    folder = tmp_path_factory.mktemp("datasette")
    path, log = folder / "quotebank.db", folder / "datasette.log"
    seed(path)
    port = free_port()
    command = [sys.executable, "-m", "datasette", "serve", str(path), "--host", "127.0.0.1",
               "--port", str(port), "--metadata", str(METADATA)]  # fmt: skip
    with log.open("wb") as output:
        server = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(server, base, log)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def get(base: str, path: str, **params: str) -> Any:
    url = f"{base}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def test_datasette_detects_the_full_text_index_of_quotes(datasette: str) -> None:
    database = get(datasette, "/quotebank.json")
    tables = {table["name"]: table for table in database["tables"]}
    assert tables["quotes"]["fts_table"] == "quotes_fts"
    assert {"quote_sheet", "speaker_stats"} <= {view["name"] for view in database["views"]}


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("feel-out", [FEEL_OUT]),
        ("FEEL OUT meeting", [FEEL_OUT]),
        ("feel", [FEEL_OUT, "I feel the meeting was useful and we should meet again."]),
        ("give up our land", ["We will not give up our land,"]),
        ('"x" OR 1=1; DROP TABLE quotes', []),
        ("summit", []),  # in an article, not in a quote
    ],
)
def test_search_box_of_quotes_finds_the_right_quote(
    datasette: str, search: str, expected: list[str]
) -> None:
    rows = get(datasette, "/quotebank/quotes.json", _search=search, _shape="array")
    assert sorted(row["text"] for row in rows) == sorted(expected)


def test_quote_sheet_view_as_json(datasette: str) -> None:
    rows = get(datasette, "/quotebank/quote_sheet.json", speaker="Donald Trump", _shape="array")
    assert [(row["quote"], row["source"], row["date"]) for row in rows] == [
        (FEEL_OUT, "CNN", "2025-08-16"),  # newest first: the metadata's sort_desc
        (FEEL_OUT, "Fox News", "2025-08-15"),
    ]
    assert {row["speaker_kind"] for row in rows} == {"person"}
    assert rows[0]["quote_id"] == rows[1]["quote_id"]


def test_quote_sheet_has_a_search_box_with_the_shipped_metadata(datasette: str) -> None:
    rows = get(datasette, "/quotebank/quote_sheet.json", _search="feel-out", _shape="array")
    assert sorted((row["speaker"], row["source"]) for row in rows) == [
        ("Donald Trump", "CNN"),
        ("Donald Trump", "Fox News"),
    ]
    nothing = get(datasette, "/quotebank/quote_sheet.json", _search="ceasefire", _shape="array")
    assert nothing == []
