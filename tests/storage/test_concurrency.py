"""Several processes saving into one PostgreSQL database at once: no duplicates, no errors."""

from __future__ import annotations

import multiprocessing
import random
from typing import Any

from sqlalchemy import func, select

from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage.articles import save_article
from quotebank.storage.connect import open_database, session_factory
from quotebank.storage.schema import Article, Attribution, Quote, Source, Speaker, SpeakerAlias

WORKERS = 4
ARTICLES = 24  # each worker saves every article, in its own order
PEOPLE = ["Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy", "Emmanuel Macron"]
UNNAMED = ["European official", "White House official"]
REMARKS = [f"Remark number {i} on the talks, as heard." for i in range(10)]
OUTLETS = ["Reuters", "AP", "BBC"]


def make_article(number: int) -> tuple[ArticleInput, list[FoundQuote]]:
    """Article ``number``: four remarks by shuffled speakers (the same in every process)."""
    rng = random.Random(number)
    text, found = f"Article {number}.", []
    for remark in rng.sample(REMARKS, 4):
        speaker = rng.choice(PEOPLE + UNNAMED)
        kind = "unnamed" if speaker in UNNAMED else "person"
        start = len(text) + 2
        text += f" “{remark}” {speaker} said."
        aliases = (speaker.split()[-1],) if kind == "person" else ()
        found.append(
            FoundQuote(start, start + len(remark), remark, "direct", speaker=speaker,
                       speaker_kind=kind, speaker_aliases=aliases)
        )  # fmt: skip
    return ArticleInput(text, f"{number}.txt", source=OUTLETS[number % 3]), found


def worker(url: str, seed: int, barrier: Any) -> int:
    sessions = session_factory(open_database(url))
    order = list(range(ARTICLES))
    random.Random(seed).shuffle(order)
    barrier.wait()
    created = 0
    for number in order:
        article, found = make_article(number)
        with sessions.begin() as session:
            created += save_article(session, article, found).created
    return created


def count(session: Any, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)))


def test_concurrent_saves_share_rows_and_never_fail(pg_url: str) -> None:
    open_database(pg_url).dispose()
    context = multiprocessing.get_context("fork")
    barrier = context.Manager().Barrier(WORKERS)
    with context.Pool(WORKERS) as pool:
        created = pool.starmap(worker, [(pg_url, seed, barrier) for seed in range(WORKERS)])
    assert sum(created) == ARTICLES
    expected = [make_article(number) for number in range(ARTICLES)]
    remarks = {fq.text for _, found in expected for fq in found}
    speakers = {fq.speaker for _, found in expected for fq in found}
    with session_factory(open_database(pg_url))() as session:
        assert count(session, Article) == ARTICLES
        assert count(session, Attribution) == sum(len(found) for _, found in expected)
        assert set(session.scalars(select(Quote.text))) == remarks
        assert count(session, Quote) == len(remarks)
        assert sorted(session.scalars(select(Speaker.name))) == sorted(speakers)
        assert count(session, Source) == len(OUTLETS)
        aliases = session.scalars(select(SpeakerAlias.alias_key)).all()
        assert len(aliases) == len(set(aliases))
