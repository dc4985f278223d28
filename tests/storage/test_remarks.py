"""Remarks: wordings of one speaker's remark linked as articles are saved, by the backfill
of migration 0005, and answered once by who_said and get_quote (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage import connect, migrate, remarks, wording_index
from quotebank.storage.articles import replace_attributions, save_article
from quotebank.storage.listings import QuoteFilter, list_quotes
from quotebank.storage.queries import get_quote, who_said

Said = tuple[str, str]  # (speaker, words as quoted)


def article(number: int, quotes: Sequence[Said], published: date | None = None) -> tuple:
    """Article ``number``: its quotes, each “…” said by its speaker."""
    body, found = f"Article {number}. ", []
    for speaker, words in quotes:
        body += f"{speaker} said: “"
        found.append(
            FoundQuote(
                len(body),
                len(body) + len(words),
                words,
                "direct",
                speaker=speaker,
                speaker_kind="person",
                cue="said",
                confidence=0.9,
            )
        )
        body += f"{words}” "
    return ArticleInput(body, f"{number}.txt", published=published), found


def save(engine: Engine, *articles: Sequence[Said]) -> None:
    sessions = connect.session_factory(engine)
    for number, quotes in enumerate(articles):
        with sessions.begin() as session:
            save_article(session, *article(number, quotes))


def remark_of(engine: Engine) -> dict[str, int | None]:
    """Each quote's text -> its remark_id column."""
    with engine.connect() as conn:
        return dict(conn.execute(text("SELECT text, remark_id FROM quotes")).all())  # type: ignore[arg-type]


def groups(engine: Engine) -> list[set[str]]:
    """The remarks of several quotes, as sets of their texts."""
    found: dict[int, set[str]] = {}
    for quote, remark in remark_of(engine).items():
        if remark is not None:
            found.setdefault(remark, set()).add(quote)
    return sorted(found.values(), key=sorted)


TRUMP, BIDEN = "Donald Trump", "Joe Biden"


@pytest.fixture(params=["in memory", "indexed"])
def engine(
    any_db_url: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Engine:
    """A database at head; its speakers' quotes looked up in memory, or through indexes as
    for a speaker quoted more than ``wording_index.IN_MEMORY`` times."""
    if request.param == "indexed":
        monkeypatch.setattr(wording_index, "IN_MEMORY", 0)
    return connect.open_database(any_db_url)


def test_a_partial_re_quote_is_one_remark_with_every_article(engine: Engine) -> None:
    save(
        engine,
        [(TRUMP, "feel-out meeting")],
        [(TRUMP, "feel-out meeting")],
        [(TRUMP, "a feel-out meeting,")],
    )
    assert groups(engine) == [{"feel-out meeting", "a feel-out meeting,"}]
    with connect.session_factory(engine)() as session:
        (hit,) = who_said(session, "a feel-out meeting").speakers
        (remark,) = hit.remarks
        assert [w.text for w in remark.wordings] == ["feel-out meeting", "a feel-out meeting,"]
        assert sorted(o.article_id for o in remark.occurrences) == [1, 2, 3]
        detail = get_quote(session, 2)
        assert detail is not None and detail.remark_id == 1
        assert [w.quote_id for w in detail.wordings] == [2, 1]  # the one asked for first
        assert len(detail.occurrences) == 3
        rows = list_quotes(session, QuoteFilter())
        assert {row.remark_id for row in rows} == {1}


def test_two_speakers_words_are_never_one_remark(engine: Engine) -> None:
    save(
        engine,
        [(TRUMP, "we will rebuild the whole country together")],
        [(BIDEN, "rebuild the whole country")],  # inside Trump's words, but Biden's
    )
    assert groups(engine) == []
    save(engine, [(BIDEN, "rebuild the whole country, now")])
    assert groups(engine) == [{"rebuild the whole country", "rebuild the whole country, now"}]


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        ("The deal is done.", "a deal is done", True),  # only the edge function words differ
        ("two minutes", "He gave him two minutes to talk", False),  # two words never link
        ("in the end", "in the end, we will win this", False),  # one content word
        ("a total and complete disaster", "it was a total and complete disaster", True),
    ],
)
def test_what_links(engine: Engine, first: str, second: str, linked: bool) -> None:
    save(engine, [(TRUMP, first)], [(TRUMP, second)])
    assert bool(groups(engine)) is linked


def test_a_fragment_of_two_remarks_joins_neither(engine: Engine) -> None:
    save(
        engine,
        [(TRUMP, "it is not a very good deal for them")],
        [(TRUMP, "a very good deal for everybody in the room")],
        [(TRUMP, "a very good deal")],
    )
    assert groups(engine) == []
    save(engine, [(TRUMP, "not a very good deal for them")])
    assert groups(engine) == [
        {"it is not a very good deal for them", "not a very good deal for them"}
    ]


def test_a_longer_wording_gathers_the_remarks_inside_it(engine: Engine) -> None:
    save(
        engine,
        [(TRUMP, "we want peace and we want it now")],
        [(TRUMP, "make a deal with both parties")],
        [(TRUMP, "We want peace and we want it now. We will make a deal with both parties.")],
    )
    (group,) = groups(engine)
    assert len(group) == 3
    assert set(remark_of(engine).values()) == {1}


def test_reprocessing_keeps_remark_ids_pointing_at_a_stored_quote(engine: Engine) -> None:
    save(
        engine,
        [(TRUMP, "a feel-out meeting")],
        [(TRUMP, "It was a feel-out meeting")],
        [(TRUMP, "feel-out meeting")],
    )
    assert set(remark_of(engine).values()) == {1}
    with connect.session_factory(engine).begin() as session:  # article 1 read again: no quote
        replace_attributions(session, 1, [])
    assert groups(engine) == [{"It was a feel-out meeting", "feel-out meeting"}]
    assert set(remark_of(engine).values()) == {2}  # quote 1 is gone, and its id may come back


def test_link_all_agrees_with_linking_on_save(engine: Engine) -> None:
    save(
        engine,
        [(TRUMP, "feel-out meeting"), (BIDEN, "a feel-out meeting with Putin")],
        [(TRUMP, "a feel-out meeting,"), (TRUMP, "it is not a very good deal for them")],
        [(TRUMP, "a very good deal for everybody in the room"), (TRUMP, "a very good deal")],
        [(TRUMP, "The deal is done."), (TRUMP, "a deal is done")],
        [(TRUMP, "we want peace and we want it now"), (TRUMP, "make a deal with both parties")],
        [(TRUMP, "We want peace and we want it now. We will make a deal with both parties.")],
    )
    on_save = remark_of(engine)
    with engine.begin() as conn:
        assert remarks.link_all(conn) == 7
    assert remark_of(engine) == on_save


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request: pytest.FixtureRequest, db_url: str) -> str:
    return db_url if request.param == "sqlite" else str(request.getfixturevalue("pg_empty_url"))


def test_migration_0005_links_the_stored_quotes(empty_db_url: str) -> None:
    engine = connect.create(empty_db_url)
    migrate.upgrade(engine, "0004")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO articles (id, content_hash, text, origin, ingested_at) VALUES "
            "(1, 'a', 'x', '1.txt', CURRENT_TIMESTAMP), (2, 'b', 'y', '2.txt', CURRENT_TIMESTAMP)"
        ))  # fmt: skip
        conn.execute(text("INSERT INTO speakers (id, name, name_key, kind) VALUES "
                          "(1, 'Donald Trump', 'donald trump', 'person'), "
                          "(2, 'Joe Biden', 'joe biden', 'person')"))  # fmt: skip
        conn.execute(text("INSERT INTO quotes (id, text, norm) VALUES "
                          "(1, 'feel-out meeting', 'feel out meeting'), "
                          "(2, 'a feel-out meeting,', 'a feel out meeting'), "
                          "(3, 'it was a feel-out meeting', 'it was a feel out meeting')"))  # fmt: skip
        conn.execute(text(
            'INSERT INTO attributions (quote_id, article_id, speaker_id, start, "end", grp, '
            "kind, confidence) VALUES (1, 1, 1, 0, 1, 0, 'partial', 0.9), "
            "(2, 2, 1, 0, 1, 0, 'partial', 0.9), (3, 2, 2, 5, 6, 0, 'direct', 0.9)"
        ))  # fmt: skip
    migrate.upgrade(engine)
    assert remark_of(engine) == {
        "feel-out meeting": 1,
        "a feel-out meeting,": 1,
        "it was a feel-out meeting": None,  # Biden's
    }
    with engine.connect() as conn:
        sheet = conn.execute(text("SELECT quote_id, remark_id FROM quote_sheet ORDER BY 1")).all()
    assert [tuple(row) for row in sheet] == [(1, 1), (2, 1), (3, 3)]


def test_linking_leaves_the_full_text_index_alone(db_url: str) -> None:
    engine = connect.open_database(db_url)
    save(engine, [(TRUMP, "feel-out meeting")], [(TRUMP, "a feel-out meeting,")])
    with engine.connect() as conn:
        conn.execute(text("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')"))
        found = conn.execute(text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'feel'"))
        assert sorted(found.scalars()) == [1, 2]


def test_who_said_is_unchanged_for_quotes_alone(engine: Engine) -> None:
    save(engine, [(TRUMP, "no deal until there is a ceasefire")])
    with Session(engine) as session:
        (hit,) = who_said(session, "ceasefire").speakers
    assert [(r.remark_id, [w.quote_id for w in r.wordings]) for r in hit.remarks] == [(1, [1])]


def test_merging_two_speakers_links_their_wordings_as_one_remark(engine: Engine) -> None:
    from quotebank.storage.speakers import merge_speakers

    save(
        engine,
        [(TRUMP, "a feel-out meeting with the other side")],
        [("Donald J. Trumpington", "feel-out meeting with the other side")],
        [(BIDEN, "meeting with the other side")],
    )
    assert groups(engine) == []  # two speakers: never one remark
    with connect.session_factory(engine).begin() as session:
        merge_speakers(session, TRUMP, "Donald J. Trumpington")
    assert groups(engine) == [
        {"a feel-out meeting with the other side", "feel-out meeting with the other side"}
    ]
    with connect.session_factory(engine)() as session:
        (hit,) = who_said(session, "feel-out meeting").speakers
        assert len(hit.remarks) == 1
