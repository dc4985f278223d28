"""The ingest loop: idempotent, batched transactions of whole articles, streaming, resumable."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from quotebank.engine import analysis as engine
from quotebank.formats.articles import ReadFailure, read_inputs
from quotebank.pipeline import ingest as ingesting
from quotebank.pipeline.ingest import IngestSummary, ingest, reprocess_all
from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage import articles as store
from quotebank.storage import connect as db
from quotebank.storage.schema import Article, Attribution
from tests.conftest import SEEDS

HEADWAY = '"We made some headway," Trump said after the talks.'
PEACE = "“Peace is possible,” the envoy said. “But not this week.”"


@pytest.fixture
def sessions(db_url: str) -> sessionmaker[Session]:
    return db.session_factory(db.open_database(db_url))


def article(text: str, origin: str = "t.txt") -> ArticleInput:
    return ArticleInput(text=text, origin=origin, doc_id=origin)


def count(sessions: sessionmaker[Session], model: Any) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


class Recorder:
    """Wraps ``analyze_many`` to see which texts reach the engine."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.real = engine.analyze_many

    def __call__(self, nlp: Any, texts: Iterable[str], **kwargs: Any) -> Iterator[list[FoundQuote]]:
        def seen() -> Iterator[str]:
            for text in texts:
                self.texts.append(text)
                yield text

        return self.real(nlp, seen(), **kwargs)


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(engine, "analyze_many", recorder)
    return recorder


def test_ingest_counts_articles_and_quotes(sessions: sessionmaker[Session], nlp: Any) -> None:
    summary = ingest(sessions, [article(HEADWAY, "a"), article(PEACE, "b")], nlp)
    assert (summary.ingested, summary.present, summary.failed, summary.quotes) == (2, 0, 0, 3)
    assert str(summary) == "ingested 2, already present 0, failed 0, quotes 3"
    assert count(sessions, Article) == 2
    assert count(sessions, Attribution) == 3


def test_stored_articles_are_skipped_before_parsing(
    sessions: sessionmaker[Session], nlp: Any, recorder: Recorder
) -> None:
    ingest(sessions, [article(HEADWAY)], nlp)
    recorder.texts.clear()
    summary = ingest(sessions, [article(HEADWAY, "again"), article(PEACE)], nlp)
    assert recorder.texts == [PEACE]
    assert (summary.ingested, summary.present) == (1, 1)
    assert count(sessions, Article) == 2


def test_the_same_text_twice_in_one_run_is_parsed_and_stored_once(
    sessions: sessionmaker[Session], nlp: Any, recorder: Recorder
) -> None:
    summary = ingest(sessions, [article(HEADWAY, "a"), article(HEADWAY, "b")], nlp)
    assert recorder.texts == [HEADWAY]
    assert (summary.ingested, summary.present, summary.quotes) == (1, 1, 1)


def test_seeds_and_their_gold_copy_store_five_articles(
    sessions: sessionmaker[Session], nlp: Any
) -> None:
    summary = ingest(sessions, read_inputs([str(SEEDS)]), nlp)  # gold.jsonl skipped (#15)
    assert (summary.ingested, summary.present, summary.failed) == (5, 0, 0)
    summary = ingest(sessions, read_inputs([str(SEEDS / "gold.jsonl")]), nlp)
    assert (summary.ingested, summary.present, summary.failed) == (0, 5, 0)
    assert count(sessions, Article) == 5


def test_failures_are_counted_and_the_rest_is_stored(
    sessions: sessionmaker[Session], nlp: Any
) -> None:
    broken = ReadFailure("x.jsonl:2", "not valid JSON")
    summary = ingest(sessions, [article(HEADWAY), broken, article(PEACE)], nlp)
    assert (summary.ingested, summary.failed) == (2, 1)
    assert summary.failures == [broken]


def test_a_crash_mid_run_keeps_finished_articles_and_the_next_run_carries_on(
    sessions: sessionmaker[Session], nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = engine.analyze_many

    def dies_after_one(nlp: Any, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        results = real(nlp, texts, **kwargs)
        yield next(results)
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "analyze_many", dies_after_one)
    with pytest.raises(KeyboardInterrupt):
        ingest(sessions, [article(HEADWAY), article(PEACE)], nlp)
    assert (count(sessions, Article), count(sessions, Attribution)) == (1, 1)
    monkeypatch.setattr(engine, "analyze_many", real)
    summary = ingest(sessions, [article(HEADWAY), article(PEACE)], nlp)
    assert (summary.ingested, summary.present) == (1, 1)
    assert (count(sessions, Article), count(sessions, Attribution)) == (2, 3)


def test_input_is_consumed_lazily(sessions: sessionmaker[Session], nlp: Any) -> None:
    pulled: list[int] = []

    def endless() -> Iterator[ArticleInput]:
        for n in range(10_000):
            pulled.append(n)
            yield article(f'"Number {n}," she said.', str(n))

    done: list[int] = []

    def stop_early(articles: int, quotes: int) -> None:
        done.append(articles)
        if articles == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(sessions, endless(), nlp, progress=stop_early)
    assert done == [1, 2, 3]
    assert len(pulled) < 200  # a batch or so ahead, never the whole input


def test_progress_reports_articles_done_and_quotes_found(
    sessions: sessionmaker[Session], nlp: Any
) -> None:
    calls: list[tuple[int, int]] = []
    items = [article(HEADWAY), ReadFailure("bad", "empty file"), article(PEACE)]
    ingest(sessions, items, nlp, progress=lambda a, q: calls.append((a, q)))
    assert [done for done, _ in calls] == [1, 2, 3]
    assert calls[-1] == (3, 3)


def test_reprocess_replaces_attributions_of_stored_articles(
    sessions: sessionmaker[Session], nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(sessions, [article(HEADWAY), article(PEACE)], nlp)
    monkeypatch.setattr(engine, "analyze_many", lambda nlp, texts, **kw: ([] for _ in texts))
    summary = reprocess_all(sessions, nlp)
    assert (summary.reprocessed, summary.ingested, summary.quotes) == (2, 0, 0)
    assert str(summary).endswith("reprocessed 2")
    assert (count(sessions, Article), count(sessions, Attribution)) == (2, 0)


def test_ingest_with_reprocess_reanalyzes_given_articles_only(
    sessions: sessionmaker[Session], nlp: Any
) -> None:
    ingest(sessions, [article(HEADWAY), article(PEACE)], nlp)
    summary = ingest(sessions, [article(PEACE)], nlp, reprocess=True)
    assert (summary.reprocessed, summary.present, summary.quotes) == (1, 0, 2)
    assert count(sessions, Attribution) == 3


def test_summary_line() -> None:
    summary = IngestSummary(ingested=3, present=2, failed=1, quotes=7)
    assert str(summary) == "ingested 3, already present 2, failed 1, quotes 7"


def test_ingesting_a_file_twice_stores_it_once(
    sessions: sessionmaker[Session], nlp: Any, tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(PEACE, encoding="utf-8")
    first = ingest(sessions, read_inputs([str(path)]), nlp)
    second = ingest(sessions, read_inputs([str(path)]), nlp)
    assert (first.ingested, first.present, second.ingested, second.present) == (1, 0, 0, 1)
    assert count(sessions, Article) == 1


def test_writes_are_committed_in_batches_and_at_the_end(
    sessions: sessionmaker[Session], nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingesting, "COMMIT_EVERY", 3)
    monkeypatch.setattr(ingesting, "COMMIT_SECONDS", 3600.0)
    seen: list[int] = []  # articles a second connection can see, after each one is done
    articles = [article(f'"Point {n}," she said.', str(n)) for n in range(7)]
    ingest(sessions, articles, nlp, progress=lambda done, _: seen.append(count(sessions, Article)))
    assert seen == [0, 0, 3, 3, 3, 6, 6]
    assert count(sessions, Article) == 7


def test_a_speaker_is_looked_up_once_a_run_across_its_transactions(
    sessions: sessionmaker[Session], nlp: Any, monkeypatch: pytest.MonkeyPatch, looked_up: list[str]
) -> None:
    monkeypatch.setattr(ingesting, "COMMIT_EVERY", 2)
    articles = [
        article(f'"We counted {n} boats in the bay," Ilse Vardoncq said.', str(n)) for n in range(5)
    ]
    summary = ingest(sessions, articles, nlp)
    assert (summary.ingested, summary.quotes) == (5, 5)
    assert looked_up == ["Ilse Vardoncq"]  # three transactions, one lookup


def test_a_failed_write_keeps_the_committed_batches_only(
    sessions: sessionmaker[Session], nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingesting, "COMMIT_EVERY", 2)
    monkeypatch.setattr(ingesting, "COMMIT_SECONDS", 3600.0)
    real = store.save_article

    def fails_on_five(session: Session, item: ArticleInput, found: Any) -> Any:
        if item.origin == "5":
            raise RuntimeError("disk full")
        return real(session, item, found)

    monkeypatch.setattr(store, "save_article", fails_on_five)
    articles = [article(f'"Point {n}," she said.', str(n)) for n in range(8)]
    with pytest.raises(RuntimeError, match="disk full"):
        ingest(sessions, articles, nlp)
    assert count(sessions, Article) == 4  # 0-3 committed; 4 rolled back with the failure
    monkeypatch.setattr(store, "save_article", real)
    summary = ingest(sessions, articles, nlp)
    assert (summary.ingested, summary.present) == (4, 4)


def test_two_workers_store_what_one_does(
    sessions: sessionmaker[Session], nlp: Any, db_url: str, tmp_path: Path
) -> None:
    items = list(read_inputs([str(SEEDS)]))
    one = ingest(sessions, items, nlp)
    other = db.session_factory(db.open_database(f"sqlite:///{tmp_path / 'two.db'}"))
    two = ingest(other, items, nlp, workers=2)
    assert (two.ingested, two.present, two.quotes) == (one.ingested, one.present, one.quotes)
    query = select(Attribution.start, Attribution.end, Attribution.kind).order_by(
        Attribution.article_id, Attribution.start
    )
    with sessions() as first, other() as second:
        assert first.execute(query).all() == second.execute(query).all()


POISON = "“This one breaks the engine,” the poisoner said."


@pytest.fixture
def poisoned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine raises on any article that mentions the poisoner (workers fork it too)."""
    real = engine.find_speech

    def find_speech(doc: Any) -> list[FoundQuote]:
        if "poisoner" in doc.text:
            raise RuntimeError("injected failure\nsecond line")
        return real(doc)

    monkeypatch.setattr(engine, "find_speech", find_speech)


@pytest.mark.parametrize("workers", [1, 2])
def test_one_article_the_engine_fails_on_never_stops_the_run(
    sessions: sessionmaker[Session], nlp: Any, poisoned: None, workers: int
) -> None:
    items = [article(HEADWAY, "a.txt"), article(POISON, "b.jsonl:2"), article(PEACE, "c.txt")]
    summary = ingest(sessions, items, nlp, workers=workers)
    assert (summary.ingested, summary.failed) == (2, 1)
    assert [str(f) for f in summary.failures] == [
        "b.jsonl:2: engine failed: RuntimeError: injected failure"
    ]
    assert count(sessions, Article) == 2
    again = ingest(sessions, items, nlp)  # the others are stored; the bad one fails again
    assert (again.ingested, again.present, again.failed) == (0, 2, 1)
