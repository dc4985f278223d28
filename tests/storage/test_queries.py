"""queries and listings over a three-article corpus built by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm import Session

from quotebank.records import ArticleInput, FoundQuote, QuoteRow
from quotebank.storage.articles import save_article
from quotebank.storage.connect import open_database, session_factory
from quotebank.storage.listings import QuoteFilter, list_quotes, list_speakers, stream_quotes
from quotebank.storage.queries import (
    WhoSaidResult,
    closest_quotes,
    get_quote,
    sentence_around,
    who_said,
)

ONE = (
    "Kyiv — President Volodymyr Zelenskyy said on Friday: “We’re not going anywhere. "
    "We will stay.” He spoke to reporters. A European official told CNN the talks were "
    "a “feel-out meeting” and nothing more."
)
TWO = (
    'Zelensky repeated it. "WE\'RE NOT GOING ANYWHERE, we will stay," he told AP. '
    'Sergei Lavrov called it a "feel-out meeting."'
)
THREE = "Asked again, Lavrov said: “No comment.”"


def said(text: str, quote: str, speaker: str, kind: str = "direct", **fields: object) -> FoundQuote:
    start = text.index(quote)
    return FoundQuote(start, start + len(quote), quote, kind, speaker=speaker, **fields)  # type: ignore[arg-type]


ARTICLES = [
    (
        ArticleInput(
            ONE,
            "one.txt",
            title="Talks",
            url="https://www.reuters.com/a1",
            source="Reuters",
            published=date(2024, 3, 1),
        ),
        [
            said(
                ONE,
                "We’re not going anywhere. We will stay.",
                "Volodymyr Zelenskyy",
                speaker_kind="person",
                cue="said",
                confidence=0.9,
            ),
            said(
                ONE,
                "feel-out meeting",
                "European official",
                "partial",
                speaker_kind="unnamed",
                cue="told",
                outlet="CNN",
                confidence=0.6,
            ),
        ],
    ),
    (
        ArticleInput(
            TWO,
            "two.txt",
            title="Again",
            url="https://apnews.com/a2",
            source="AP",
            published=date(2024, 3, 3),
        ),
        [
            said(
                TWO,
                "WE'RE NOT GOING ANYWHERE, we will stay,",
                "Zelensky",
                speaker_kind="person",
                cue="told",
                outlet="AP",
                confidence=0.8,
            ),
            said(
                TWO,
                "feel-out meeting.",
                "Sergei Lavrov",
                "partial",
                speaker_kind="person",
                cue="called",
                confidence=0.7,
            ),
        ],
    ),
    (ArticleInput(THREE, "three.txt"), [said(THREE, "No comment.", "Sergey Lavrov")]),
]


@pytest.fixture
def session(any_db_url: str) -> Session:
    sessions = session_factory(open_database(any_db_url))
    with sessions.begin() as writing:
        for article, found in ARTICLES:
            save_article(writing, article, found)
    return sessions()


def test_who_said_groups_by_speaker_with_context(session: Session) -> None:
    hits = who_said(session, "Feel-Out meeting").speakers
    assert [(h.speaker, h.kind, h.occurrences) for h in hits] == [
        ("European official", "unnamed", 1),
        ("Sergei Lavrov", "person", 1),
    ]
    assert [w.text for h in hits for r in h.remarks for w in r.wordings] == [
        "feel-out meeting",
        "feel-out meeting",
    ]
    first, second = hits[0].remarks[0].occurrences[0], hits[1].remarks[0].occurrences[0]
    assert first.context == (
        "A European official told CNN the talks were a “feel-out meeting” and nothing more."
    )
    assert (first.title, first.source, first.outlet, first.cue) == (
        "Talks",
        "Reuters",
        "CNN",
        "told",
    )
    assert (first.url, first.date) == ("https://www.reuters.com/a1", date(2024, 3, 1))
    assert second.context == 'Sergei Lavrov called it a "feel-out meeting."'


def test_who_said_ignores_case_punctuation_and_quote_marks(session: Session) -> None:
    hits = who_said(session, "“WE’RE not going—anywhere”").speakers
    assert len(hits) == 1
    assert (hits[0].speaker, hits[0].occurrences) == ("Volodymyr Zelenskyy", 2)
    occurrences = hits[0].remarks[0].occurrences
    assert [o.article_id for o in occurrences] == [1, 2]
    assert occurrences[0].context == (
        "Kyiv — President Volodymyr Zelenskyy said on Friday: “We’re not going anywhere. "
        "We will stay.”"
    )
    assert occurrences[1].context == ('"WE\'RE NOT GOING ANYWHERE, we will stay," he told AP.')


@pytest.mark.parametrize(
    "phrase",
    ['"x" OR 1=1; DROP TABLE quotes; --', "meeting NOT feel", "fee*", "", "NEAR(feel out)"],
)
def test_who_said_with_query_syntax_finds_nothing_and_breaks_nothing(
    session: Session, phrase: str
) -> None:
    assert who_said(session, phrase).speakers == ()
    assert len(list_quotes(session, QuoteFilter())) == 5


def test_closest_quotes_is_a_fuzzy_fallback(session: Session) -> None:
    answer = who_said(session, "feel out meetings")
    closest = closest_quotes(session, "feel out meetings")
    assert answer == WhoSaidResult(speakers=(), closest=tuple(closest))
    assert [c.text for c in closest] == ["feel-out meeting"]
    assert closest[0].score > 90
    assert closest_quotes(session, "zzz qqq") == []


@pytest.mark.parametrize(
    ("quote_filter", "expected"),
    [
        (
            QuoteFilter(),
            [(3, "No comment."), (1, "We’re"), (1, "feel-out"), (2, "We’re"), (2, "feel-out")],
        ),
        (QuoteFilter(speaker="Zelensky"), [(1, "We’re"), (2, "We’re")]),
        (QuoteFilter(speaker="president zelenskyy"), [(1, "We’re"), (2, "We’re")]),
        (QuoteFilter(speaker="LAVROV"), [(3, "No comment."), (2, "feel-out")]),
        (QuoteFilter(speaker="official"), [(1, "feel-out")]),
        (QuoteFilter(speaker="%"), []),
        (QuoteFilter(since=date(2024, 3, 2)), [(2, "We’re"), (2, "feel-out")]),
        (QuoteFilter(until=date(2024, 3, 1)), [(1, "We’re"), (1, "feel-out")]),
        (QuoteFilter(source="ap"), [(2, "We’re"), (2, "feel-out")]),
        (QuoteFilter(source="reuters.com"), [(1, "We’re"), (1, "feel-out")]),
        (QuoteFilter(kind="partial"), [(1, "feel-out"), (2, "feel-out")]),
        (QuoteFilter(unnamed=True), [(1, "feel-out")]),
        (QuoteFilter(contains="GOING, anywhere"), [(1, "We’re"), (2, "We’re")]),
        (QuoteFilter(limit=2, offset=1), [(1, "We’re"), (1, "feel-out")]),
        (QuoteFilter(limit=None, speaker="lavrov", kind="direct"), [(3, "No comment.")]),
    ],
)
def test_list_quotes_filters(
    session: Session, quote_filter: QuoteFilter, expected: list[tuple[int, str]]
) -> None:
    rows = list_quotes(session, replace(quote_filter, oldest_first=True))  # as the table lists
    got = [(row.article_id, row.quote.split()[0]) for row in rows]
    assert got == [(article_id, word.split()[0]) for article_id, word in expected]


def test_by_quote_brings_a_quotes_rows_together_in_the_order_of_its_first(
    session: Session,
) -> None:
    by_date = list_quotes(session, QuoteFilter(limit=None))
    groups: dict[int, list[QuoteRow]] = {}
    for row in by_date:
        groups.setdefault(row.quote_id, []).append(row)
    grouped = [row for rows in groups.values() for row in rows]
    assert grouped != by_date  # the case is worth testing
    assert list_quotes(session, QuoteFilter(limit=None, by_quote=True)) == grouped


def test_stream_quotes_gives_the_listing_as_an_iterator(session: Session) -> None:
    streamed = stream_quotes(session, QuoteFilter(limit=None))
    assert iter(streamed) is streamed
    assert list(streamed) == list_quotes(session, QuoteFilter(limit=None))


def test_list_quotes_rows_carry_speaker_and_article(session: Session) -> None:
    (row,) = list_quotes(session, QuoteFilter(speaker="official"))
    assert (row.speaker, row.speaker_kind, row.kind, row.cue) == (
        "European official",
        "unnamed",
        "partial",
        "told",
    )
    assert (row.source, row.outlet, row.date, row.confidence) == (
        "Reuters",
        "CNN",
        date(2024, 3, 1),
        0.6,
    )


def test_list_speakers_counts_and_aliases(session: Session) -> None:
    rows = list_speakers(session)
    assert [(r.name, r.kind, r.quotes, r.articles) for r in rows] == [
        ("Sergei Lavrov", "person", 2, 2),
        ("European official", "unnamed", 1, 1),
        ("Volodymyr Zelenskyy", "person", 1, 2),
    ]
    lavrov, _, zelenskyy = rows
    assert (lavrov.first_date, lavrov.last_date) == (date(2024, 3, 3), date(2024, 3, 3))
    assert (zelenskyy.first_date, zelenskyy.last_date) == (date(2024, 3, 1), date(2024, 3, 3))
    assert zelenskyy.aliases == ("Zelensky",)
    assert lavrov.aliases == ("Sergey Lavrov",)
    assert [r.name for r in list_speakers(session, search="zelensky")] == ["Volodymyr Zelenskyy"]
    assert list_speakers(session, search="nobody") == []


def test_get_quote_lists_every_article(session: Session) -> None:
    detail = get_quote(session, 1)
    assert detail is not None
    assert detail.text == "We’re not going anywhere. We will stay."
    assert [(o.article_id, o.speaker, o.outlet) for o in detail.occurrences] == [
        (1, "Volodymyr Zelenskyy", None),
        (2, "Volodymyr Zelenskyy", "AP"),
    ]
    assert get_quote(session, 999) is None


@pytest.mark.parametrize(
    ("text", "span", "context"),
    [
        ("One. He said “hi there.” Two.", "hi there.", "He said “hi there.”"),
        ("First line\n“Go,” she said, and left. Next.", "Go,", "“Go,” she said, and left."),
        ("No boundary “at all”", "at all", "No boundary “at all”"),
        ("Quiet. “Stop. Now,” he said! Then.", "Stop. Now,", "“Stop. Now,” he said!"),
        ("Mr. Ruiz said “no deal.” Talks end.", "no deal.", "Mr. Ruiz said “no deal.”"),
        ("A line\n“Go.”\nNext", "Go.", "“Go.”"),
    ],
)
def test_sentence_around(text: str, span: str, context: str) -> None:
    start = text.index(span)
    assert sentence_around(text, start, start + len(span)) == context


def test_broad_speaker_plan_gives_the_same_rows(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    narrow = list_quotes(session, QuoteFilter(speaker="lavrov", limit=10))
    monkeypatch.setattr("quotebank.storage.listings._BROAD", 0)
    assert list_quotes(session, QuoteFilter(speaker="lavrov", limit=10)) == narrow
    assert [row.article_id for row in narrow] == [2, 3]  # newest first, undated last


def test_list_speakers_by_name_counts_only_the_page(session: Session) -> None:
    ranked = list_speakers(session)
    by_name = list_speakers(session, order="name")
    assert [r.name for r in by_name] == [
        "European official",
        "Sergei Lavrov",
        "Volodymyr Zelenskyy",
    ]
    assert by_name == sorted(ranked, key=lambda r: r.name)
    assert list_speakers(session, order="name", limit=2) == by_name[:2]
    assert list_speakers(session, search="lavrov", order="name") == [by_name[1]]
    assert list_speakers(session, search="nobody", order="name") == []


def test_a_speaker_never_quoted_is_listed_with_zero_counts(session: Session) -> None:
    from quotebank.storage.speakers import resolve_speaker

    resolve_speaker(session, "Angela Merkel", "person")
    session.flush()
    (merkel,) = list_speakers(session, search="merkel", order="name")
    assert (merkel.quotes, merkel.articles, merkel.first_date, merkel.last_date) == (
        0,
        0,
        None,
        None,
    )
    assert list_speakers(session, search="merkel") == [merkel]


def test_closest_quotes_when_every_word_is_common(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    rare = closest_quotes(session, "feel out meetings")
    monkeypatch.setattr("quotebank.storage.queries._COMMON", 1)  # every word counts as common
    assert closest_quotes(session, "feel out meetings") == rare
    assert [c.text for c in closest_quotes(session, "not going there")] == [
        "We’re not going anywhere. We will stay."
    ]
    assert closest_quotes(session, "") == []


def test_many_matching_speakers_go_in_a_subquery_with_the_same_rows(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_speaker = list_quotes(session, QuoteFilter(speaker="v"))  # Lavrov and Zelenskyy
    ranked, by_name = list_speakers(session), list_speakers(session, order="name")
    monkeypatch.setattr("quotebank.storage.listings._MAX_BOUND", 1)
    assert list_quotes(session, QuoteFilter(speaker="v")) == by_speaker
    assert {row.speaker for row in by_speaker} == {"Sergei Lavrov", "Volodymyr Zelenskyy"}
    assert list_speakers(session) == ranked
    assert list_speakers(session, order="name") == by_name
    assert list_speakers(session, search="zelensky", order="name") == [by_name[2]]
