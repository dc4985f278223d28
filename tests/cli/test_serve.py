"""``quotebank serve``: Datasette with quotebank's canned queries and facets, over HTTP.

A real ``quotebank serve`` process on 127.0.0.1 (a free port) over articles from
three outlets stored without the engine; its JSON answers are checked here, the
rendered pages in ``test_serve_browser.py``.
"""

from __future__ import annotations

import json
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quotebank.cli import serve
from quotebank.cli.app import app
from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage import articles, connect, urls
from tests.cli.processes import free_port, started, stop

ARTICLES = [  # outlet, day, speaker, kind, aliases, text, quote
    ("Fox News", date(2025, 8, 15), "Donald Trump", "person", (),
     "“It was a feel-out meeting,” Trump told reporters.", "It was a feel-out meeting,"),
    ("CNN", date(2025, 8, 16), "Donald Trump", "person", (),
     "Trump called it “a feel-out meeting” again.", "a feel-out meeting"),
    ("CNN", date(2025, 7, 2), "European official", "unnamed", (),
     "A European official said “nothing was agreed at all.”", "nothing was agreed at all."),
    ("TASS", date(2025, 8, 14), "Volodymyr Zelenskyy", "person", ("Zelensky",),
     "Zelensky said: “We will not give up our land.”", "We will not give up our land."),
]  # fmt: skip


def seed(path: Path) -> None:
    sessions = connect.session_factory(connect.open_database(urls.database_url(str(path))))
    for number, (source, day, speaker, kind, aliases, body, quote) in enumerate(ARTICLES):
        start = body.index(quote)
        found = FoundQuote(start, start + len(quote), quote, "direct", speaker=speaker,
                           speaker_kind=kind, speaker_aliases=aliases, cue="said")  # fmt: skip
        article = ArticleInput(body, f"{number}.txt", title=f"Story {number}", source=source,
                               published=day)  # fmt: skip
        with sessions.begin() as session:
            articles.save_article(session, article, [found])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("datasette")
    folder = tmp_path_factory.mktemp("serve")
    path = folder / "news.db"  # Datasette calls it "news": the metadata follows the name
    seed(path)
    port = free_port()
    command = [sys.executable, "-m", "quotebank", "--db", str(path), "serve", "--port", str(port)]
    base = f"http://127.0.0.1:{port}/news"
    server = started(command, f"{base}.json", folder / "serve.log")
    try:
        yield base
    finally:
        stop(server)


def rows(site: str, query: str, **params: str) -> list[dict[str, Any]]:
    url = f"{site}/{query}.json?{urllib.parse.urlencode({**params, '_shape': 'array'})}"
    with urllib.request.urlopen(url, timeout=10) as response:
        return list(json.load(response))


def test_who_said_finds_every_article_newest_first(site: str) -> None:
    found = rows(site, "who_said", phrase="FEEL-OUT meeting")
    assert [(r["speaker"], r["outlet"], r["date"]) for r in found] == [
        ("Donald Trump", "CNN", "2025-08-16"),
        ("Donald Trump", "Fox News", "2025-08-15"),
    ]
    assert all(isinstance(r["context"], int) for r in found)
    assert rows(site, "who_said", phrase="") == []  # the empty form, before a search
    assert rows(site, "who_said", phrase='"x" OR 1=1; DROP TABLE quotes') == []


def test_a_quote_in_its_article(site: str) -> None:
    (hit,) = rows(site, "who_said", phrase="give up our land")
    (row,) = rows(site, "context", attribution_id=str(hit["context"]))
    assert row["passage"] == ARTICLES[3][5]
    assert (row["speaker"], row["title"], row["outlet"]) == (
        "Volodymyr Zelenskyy",
        "Story 3",
        "TASS",
    )


def test_quotes_by_a_speaker_include_aliases(site: str) -> None:
    (row,) = rows(site, "speaker_quotes", name="zelensky")  # an alias, folded
    assert (row["speaker"], row["quote"]) == (
        "Volodymyr Zelenskyy",
        "We will not give up our land.",
    )


def test_a_speakers_page_counts_by_month(site: str) -> None:
    found = rows(site, "speaker", name="Trump")
    assert [(r["month"], r["occurrences"], r["remarks"], r["articles"]) for r in found] == [
        ("2025-08", 2, 1, 2)  # two wordings of one remark
    ]


def test_most_quoted_speakers_per_outlet_leave_unnamed_sources_out(site: str) -> None:
    found = rows(site, "top_speakers_by_outlet")
    assert [(r["outlet"], r["rank"], r["speaker"], r["occurrences"]) for r in found] == [
        ("CNN", 1, "Donald Trump", 1),
        ("Fox News", 1, "Donald Trump", 1),
        ("TASS", 1, "Volodymyr Zelenskyy", 1),
    ]


def test_unnamed_source_share_per_outlet(site: str) -> None:
    found = {
        r["outlet"]: (r["quotes"], r["unnamed"], r["unnamed_percent"])
        for r in rows(site, "unnamed_share")
    }
    assert found == {"CNN": (2, 1, 50.0), "Fox News": (1, 0, 0.0), "TASS": (1, 0, 0.0)}


def test_quote_sheet_has_facets_and_a_search_box(site: str) -> None:
    with urllib.request.urlopen(f"{site}/quote_sheet.json?_search=feel-out", timeout=10) as page:
        sheet = json.load(page)
    assert sheet["facet_results"].keys() >= {"speaker", "speaker_kind", "source", "kind", "date"}
    assert sorted(row[2] for row in sheet["rows"]) == ["Donald Trump", "Donald Trump"]


# --- without a server ------------------------------------------------------------


def test_serve_without_datasette_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasette", None)  # import datasette now fails
    monkeypatch.setitem(sys.modules, "datasette.cli", None)
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 1
    assert result.stderr == "error: " + serve.MISSING + "\n"


def test_serve_opens_sqlite_files_only() -> None:
    pytest.importorskip("datasette")
    result = CliRunner().invoke(app, ["--db", "postgresql://nobody@localhost/x", "serve"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: serve opens SQLite databases")


def test_metadata_follows_the_database_name_and_names_every_query() -> None:
    metadata = serve.metadata_for("archive")
    (queries,) = [database["queries"] for database in metadata["databases"].values()]
    assert list(metadata["databases"]) == ["archive"]
    assert set(queries) == {"who_said", "speaker_quotes", "speaker", "top_speakers_by_outlet",
                            "unnamed_share", "context"}  # fmt: skip


def test_serve_help_has_an_example_and_names_the_extra() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example: quotebank serve" in result.output and "quotebank[web]" in result.output
