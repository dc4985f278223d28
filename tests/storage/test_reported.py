"""Reported speech in storage: its own rows, never merged; migration 0006; search; merges."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from quotebank.records import ArticleInput, FoundAttribution, FoundQuote
from quotebank.storage import connect, migrate, speech
from quotebank.storage.articles import replace_attributions, save_article
from quotebank.storage.listings import QuoteFilter
from quotebank.storage.schema import Attribution, Quote, Reported, Speaker
from quotebank.storage.search import reported_match
from quotebank.storage.speakers import merge_speakers
from quotebank.storage.transfer import copy_database

FERRY = "Rosa Marwick said the ferry plan would cost the town too much."
QUOTED = "“The ferry plan would cost the town too much,” Rosa Marwick said."
MIXED = "Marwick said the plan was “dead on arrival” at the meeting."


def reported(article: str, words: str, speaker: str | None = "Rosa Marwick", **fields: object):  # type: ignore[no-untyped-def]
    start = article.index(words)
    return FoundAttribution(
        start, start + len(words), words, speaker=speaker, speaker_kind="person",
        cue="said", confidence=0.85, rule="verb", **fields,  # type: ignore[arg-type]
    )  # fmt: skip


def quoted(article: str, words: str, speaker: str = "Rosa Marwick") -> FoundQuote:
    start = article.index(words)
    return FoundQuote(start, start + len(words), words, "direct", speaker=speaker, cue="said")


def save(
    sessions: sessionmaker[Session], article: str, quotes: list[FoundQuote], found: list, **fields
) -> int:  # type: ignore[no-untyped-def, type-arg]
    with sessions.begin() as session:
        item = ArticleInput(text=article, origin="t.txt", **fields)
        return save_article(session, item, quotes, found).article_id


@pytest.fixture
def sessions(any_db_url: str) -> sessionmaker[Session]:
    return connect.session_factory(connect.open_database(any_db_url))


def test_reported_speech_is_stored_with_offsets_speaker_and_date(
    sessions: sessionmaker[Session],
) -> None:
    item = reported(FERRY, "the ferry plan would cost the town too much", said_when="on Tuesday")
    save(sessions, FERRY, [], [item], published=date(2025, 3, 6))  # a Thursday
    with sessions() as session:
        row = session.scalars(select(Reported)).one()
        speaker = session.get(Speaker, row.speaker_id)
        assert FERRY[row.start : row.end] == row.text == item.text
        assert speaker is not None and speaker.name == "Rosa Marwick"
        assert (row.cue, row.rule, row.said_when) == ("said", "verb", "on Tuesday")
        assert row.said_on == date(2025, 3, 4)
        assert session.scalar(select(func.count()).select_from(Quote)) == 0


def test_the_same_words_in_two_articles_and_as_a_quote_stay_apart(
    sessions: sessionmaker[Session],
) -> None:
    words = "the ferry plan would cost the town too much"
    save(sessions, FERRY, [], [reported(FERRY, words)])
    again = FERRY + " The vote is on Friday."
    save(sessions, again, [], [reported(again, words)])
    save(sessions, QUOTED, [quoted(QUOTED, "The ferry plan would cost the town too much,")], [])
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Reported)) == 2
        assert session.scalar(select(func.count()).select_from(Quote)) == 1
        speakers = session.scalars(select(Speaker.name)).all()
        assert speakers == ["Rosa Marwick"]  # one speaker for both kinds


def test_a_mixed_attribution_links_its_partial_quotation(sessions: sessionmaker[Session]) -> None:
    partial = quoted(MIXED, "dead on arrival", speaker="Marwick")
    start = MIXED.index("dead on arrival")
    item = reported(MIXED, "the plan was “dead on arrival”", speaker="Marwick",
                    quoted=((start, start + len("dead on arrival")),))  # fmt: skip
    save(sessions, MIXED, [partial], [item])
    with sessions() as session:
        row = session.scalars(select(Reported)).one()
        assert row.quote_id == session.scalar(select(Attribution.quote_id))


def test_replacing_an_articles_attributions_replaces_its_reported_speech(
    sessions: sessionmaker[Session],
) -> None:
    words = "the ferry plan would cost the town too much"
    article_id = save(sessions, FERRY, [], [reported(FERRY, words)])
    with sessions.begin() as session:  # without reported speech: kept as stored
        replace_attributions(session, article_id, [])
    with sessions.begin() as session:  # with it: replaced, never doubled
        replace_attributions(session, article_id, [], [reported(FERRY, words)] * 2)
    with sessions() as session:
        assert session.scalars(select(Reported.text)).all() == [words]


def test_deleting_an_article_deletes_its_reported_speech(sessions: sessionmaker[Session]) -> None:
    save(sessions, FERRY, [], [reported(FERRY, "the ferry plan would cost the town too much")])
    with sessions.begin() as session:
        session.execute(text("DELETE FROM articles"))
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Reported)) == 0


def test_merging_speakers_moves_their_reported_speech(sessions: sessionmaker[Session]) -> None:
    save(sessions, FERRY, [], [reported(FERRY, "the ferry plan", speaker="Ada Quell")])
    save(sessions, QUOTED, [quoted(QUOTED, "The ferry plan would cost")], [])
    with sessions.begin() as session:
        merge_speakers(session, "Rosa Marwick", "Ada Quell")
    with sessions() as session:
        names = session.execute(
            select(Speaker.name).join(Reported, Reported.speaker_id == Speaker.id)
        ).scalars()
        assert list(names) == ["Rosa Marwick"]


def test_search_finds_reported_speech_on_either_dialect(sessions: sessionmaker[Session]) -> None:
    save(sessions, FERRY, [], [reported(FERRY, "the ferry plan would cost the town too much")])
    with sessions() as session:
        found = list(session.scalars(reported_match(session, "Ferry   PLAN")))
        assert len(found) == 1
        assert list(session.scalars(reported_match(session, "plan ferry"))) == []


def test_who_said_and_listings_give_both_kinds(sessions: sessionmaker[Session]) -> None:
    save(sessions, FERRY, [], [reported(FERRY, "the ferry plan would cost the town too much")])
    save(sessions, QUOTED, [quoted(QUOTED, "The ferry plan would cost the town too much,")], [])
    with sessions() as session:
        answer = speech.who_said(session, "ferry plan")
        (hit,) = answer.speakers
        assert (hit.speaker, hit.occurrences, len(hit.reported)) == ("Rosa Marwick", 1, 1)
        assert hit.reported[0].kind == "indirect"
        assert speech.who_said(session, "ferry plan", kind="verbatim").speakers[0].reported == ()
        kinds = [row.kind for row in speech.list_rows(session, QuoteFilter(speaker="marwick"))]
        assert sorted(kinds) == ["direct", "indirect"]
        only = speech.list_rows(session, QuoteFilter(kind="indirect"))
        assert [row.quote for row in only] == ["the ferry plan would cost the town too much"]
        assert speech.list_rows(session, QuoteFilter(kind="verbatim", limit=5))[0].kind == "direct"


def test_upgrade_from_0005_keeps_the_data_and_adds_the_table(db_url: str) -> None:
    engine = connect.create(db_url)
    migrate.upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO quotes (id, text, norm) VALUES (4, 'Hi all', 'hi all')"))
        conn.execute(
            text(
                "INSERT INTO articles (id, content_hash, text, origin, ingested_at) "
                "VALUES (2, 'h', 'Hi all', 'a.txt', CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                'INSERT INTO attributions (quote_id, article_id, start, "end", grp, kind, '
                "confidence) VALUES (4, 2, 0, 6, 0, 'direct', 0.9)"
            )
        )
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == "0007"
    with engine.begin() as conn:
        assert conn.execute(text("SELECT quote_id, article_id FROM attributions")).all() == [(4, 2)]
        conn.execute(
            text(
                'INSERT INTO reported (article_id, text, norm, start, "end", confidence) '
                "VALUES (2, 'Hi all', 'hi all', 0, 6, 0.8)"
            )
        )
        hits = conn.execute(text("SELECT rowid FROM reported_fts WHERE reported_fts MATCH 'all'"))
        assert hits.scalars().all() == [1]
        conn.execute(text("INSERT INTO reported_fts(reported_fts) VALUES ('integrity-check')"))


def test_db_copy_carries_reported_speech_and_its_search(pg_url: str, tmp_path: Path) -> None:
    first, second = f"sqlite:///{tmp_path / 'first.db'}", f"sqlite:///{tmp_path / 'second.db'}"
    sessions = connect.session_factory(connect.open_database(first))
    save(sessions, FERRY, [], [reported(FERRY, "the ferry plan would cost the town too much")])
    assert copy_database(first, pg_url)["reported"] == 1
    assert copy_database(pg_url, second)["reported"] == 1
    for url in (pg_url, second):
        with connect.session_factory(connect.open_database(url))() as session:
            assert len(list(session.scalars(reported_match(session, "ferry plan")))) == 1
