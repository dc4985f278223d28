"""Full-text search gives the same matches on SQLite (FTS5) and PostgreSQL (tsvector)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from quotebank.storage import connect, search
from quotebank.storage.queries import closest_quotes, who_said
from quotebank.text.keys import normalize_quote
from tests.postgres import fresh_database

CORPUS = [
    "We’re not going anywhere. We will stay.",
    "It was a “feel-out meeting,” nothing more.",
    "Feel out the meeting first, then decide.",
    "The meeting was out of order; we felt nothing.",
    "“x” or 1=1; drop table quotes; --",
    "SELECT * FROM quotes WHERE 1=1",
    "NEAR(peace talks) is what they call it",
    "Peace talks, near the border, were cancelled.",
    "Café au lait — à la française!",
    "cafe au lait, please",
    "It's 100% true: 3.5 million jobs & 2 wars.",
    "The co2 levels & the e-mail server (example.com) were fine.",
    "Zelenskyy: «Ukraine will win» — Зеленський",
    "Ukraine will win, Ukraine will win!",
    "don't stop — won't stop",
    "Don’t look back in anger",
    "A-B-C, easy as 1-2-3",
    "a b c",
    "under_score and camelCase and O'Brien's",
    "'single' \"double\" `back` quotes",
]

PHRASES = [
    "feel-out meeting",
    "FEEL OUT",
    "meeting",
    "out meeting",
    "we will",
    "will stay",
    "going nowhere",
    '"x" OR 1=1; DROP TABLE quotes; --',
    "drop table",
    "quotes OR x",
    "1=1",
    "select *",
    "*",
    "NEAR(peace talks)",
    "peace talks",
    "near",
    "cafe au lait",
    "CAFÉ",
    "a la francaise",
    "100% true",
    "3.5 million",
    "5 million jobs",
    "co2 levels",
    "e-mail",
    "example.com",
    "email",
    "Зеленський",
    "ukraine will win",
    "win ukraine",
    "don't stop",
    "dont",
    "won’t stop",
    "a b c",
    "1 2 3",
    "under_score",
    "obriens",
    "camelcase",
    "'single'",
    "back quotes",
    "",
    "!!! ---",
    "^",
    "(",
    "\"'",
    "a",
    "the",
]


def _filled(url: str) -> Iterator[Session]:
    engine = connect.open_database(url)
    with engine.begin() as conn:
        for quote in CORPUS:
            conn.execute(
                text("INSERT INTO quotes (text, norm) VALUES (:t, :n)"),
                {"t": quote, "n": normalize_quote(quote)},
            )
    with connect.session_factory(engine)() as session:
        yield session
    engine.dispose()


@pytest.fixture(scope="module")
def sqlite_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    yield from _filled(f"sqlite:///{tmp_path_factory.mktemp('search') / 'search.db'}")


@pytest.fixture(scope="module")
def pg_session(pg_admin_url: str, pg_template: str) -> Iterator[Session]:
    with fresh_database(pg_admin_url, pg_template) as url:
        yield from _filled(url)


def _ids(session: Session, phrase: str, *, any_token: bool = False) -> list[int]:
    return sorted(session.scalars(search.fts_match(session, phrase, any_token=any_token)))


@pytest.mark.parametrize("phrase", PHRASES)
def test_phrase_matches_are_the_same_on_both(
    sqlite_session: Session, pg_session: Session, phrase: str
) -> None:
    expected = _ids(sqlite_session, phrase)
    assert _ids(pg_session, phrase) == expected
    tokens = normalize_quote(phrase)
    substring = [i for i, q in enumerate(CORPUS, 1) if f" {tokens} " in f" {normalize_quote(q)} "]
    assert expected == (substring if tokens else [])


@pytest.mark.parametrize("phrase", PHRASES)
def test_any_word_matches_are_the_same_on_both(
    sqlite_session: Session, pg_session: Session, phrase: str
) -> None:
    assert _ids(pg_session, phrase, any_token=True) == _ids(sqlite_session, phrase, any_token=True)


def test_sanity_of_the_corpus(sqlite_session: Session) -> None:
    assert _ids(sqlite_session, "feel-out meeting") == [2]
    assert _ids(sqlite_session, "drop table") == [5]
    assert _ids(sqlite_session, "e-mail") == [12]


def test_who_said_and_closest_are_the_same_on_both(
    sqlite_session: Session, pg_session: Session
) -> None:
    for phrase in ("feel out meeting", "ukraine will win", "cafe au lait", "nothing at all"):
        assert who_said(pg_session, phrase) == who_said(sqlite_session, phrase)
        assert closest_quotes(pg_session, phrase) == closest_quotes(sqlite_session, phrase)


def test_search_follows_updates_and_deletes(pg_url: str) -> None:
    pg_session = next(_filled(pg_url))
    pg_session.execute(text("UPDATE quotes SET norm = 'green tea' WHERE id = 1"))
    pg_session.execute(text("DELETE FROM quotes WHERE id = 2"))
    assert _ids(pg_session, "green tea") == [1]
    assert _ids(pg_session, "we will stay") == []
    assert _ids(pg_session, "feel-out meeting") == []


INJECTION = '"x" OR 1=1; DROP TABLE quotes; --'


@pytest.mark.parametrize(
    ("phrase", "query"),
    [
        ("feel-out meeting", '"feel" + "out" + "meeting"'),
        ("“I’m here,”", '"im" + "here"'),
        (INJECTION, '"x" + "or" + "1" + "1" + "drop" + "table" + "quotes"'),
        ("NEAR(a b) * ^", '"near" + "a" + "b"'),
        ("!!! ---", ""),
    ],
)
def test_phrase_query_quotes_every_token(phrase: str, query: str) -> None:
    assert search.phrase_query(phrase) == query


def test_fts_match_searches_syntax_as_text(any_db_url: str) -> None:
    engine = connect.open_database(any_db_url)
    rows = [("“x” or 1=1; drop table quotes; --", "x or 1 1 drop table quotes"), ("x", "x")]
    with engine.begin() as conn:
        for quote, norm in rows:
            conn.execute(
                text("INSERT INTO quotes (text, norm) VALUES (:t, :n)"), {"t": quote, "n": norm}
            )
    with connect.session_factory(engine)() as session:
        for phrase in (INJECTION, "DROP TABLE", '"); --', "*", "quotes OR x"):
            ids = session.scalars(search.fts_match(session, phrase)).all()
            expected = {INJECTION: [1], "DROP TABLE": [1], "quotes OR x": []}
            assert ids == expected.get(phrase, []), phrase
        assert sorted(session.scalars(search.fts_match(session, "x", any_token=True))) == [1, 2]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM quotes")).scalar() == 2
