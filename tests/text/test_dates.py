"""dates.resolve: time phrases read against the article's date; the stored said_on; parse_iso.

Expected dates were worked out from a calendar: 1 March 2025 was a Saturday,
so Saturday 8 March 2025 is the usual article date below; Friday 15 August
2025 was the Alaska summit.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage.articles import save_article
from quotebank.storage.connect import open_database, session_factory
from quotebank.storage.schema import Attribution
from quotebank.text.dates import parse_iso, resolve

SATURDAY = date(2025, 3, 8)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on Thursday", date(2025, 3, 6)),
        ("Thursday", date(2025, 3, 6)),
        ("on Friday", date(2025, 3, 7)),
        ("on Saturday", date(2025, 3, 8)),  # the article's own weekday is that day
        ("on Sunday", date(2025, 3, 2)),  # never a day after the article
        ("last Saturday", date(2025, 3, 1)),  # "last" is strictly before
        ("last Thursday", date(2025, 3, 6)),
        ("this past Sunday", date(2025, 3, 2)),
        ("Wednesday (local time)", date(2025, 3, 5)),
        ("on Monday night", date(2025, 3, 3)),
        ("late on Tuesday", date(2025, 3, 4)),
        ("early Friday morning", date(2025, 3, 7)),
        ("on Thurs.", date(2025, 3, 6)),
        ("yesterday", date(2025, 3, 7)),
        ("Yesterday afternoon", date(2025, 3, 7)),
        ("last night", date(2025, 3, 7)),
        ("late last night", date(2025, 3, 7)),
        ("today", date(2025, 3, 8)),
        ("earlier today", date(2025, 3, 8)),
        ("this morning", date(2025, 3, 8)),
        ("earlier this evening", date(2025, 3, 8)),
        ("tonight", date(2025, 3, 8)),
        ("two days ago", date(2025, 3, 6)),
        ("3 days ago", date(2025, 3, 5)),
        ("March 3", date(2025, 3, 3)),
        ("on 3 March", date(2025, 3, 3)),
        ("on March 3rd", date(2025, 3, 3)),
        ("the 3rd of March", date(2025, 3, 3)),
        ("Mar. 3", date(2025, 3, 3)),
        ("on Sept. 30", date(2024, 9, 30)),  # later in the year: last year
        ("March 12", date(2025, 3, 12)),  # four days on: within the slack
        ("March 20", date(2024, 3, 20)),  # twelve days on: last year's
        ("March 3, 2024", date(2024, 3, 3)),
        ("on Thursday, March 6", date(2025, 3, 6)),
        ("2025-03-03", date(2025, 3, 3)),
        ("on 2024-12-31", date(2024, 12, 31)),
    ],
)
def test_resolves_against_a_saturday_article(phrase: str, expected: date) -> None:
    assert resolve(phrase, SATURDAY) == expected


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("on Monday", date(2025, 3, 2), date(2025, 2, 24)),  # Sunday paper, back into February
        ("on Friday", date(2025, 8, 15), date(2025, 8, 15)),  # Friday paper, same day
        ("on Friday", date(2025, 8, 16), date(2025, 8, 15)),
        ("yesterday", date(2025, 3, 1), date(2025, 2, 28)),
        ("December 30", date(2025, 1, 3), date(2024, 12, 30)),  # across the new year
        ("January 2", date(2024, 12, 30), date(2025, 1, 2)),  # three days ahead: slack
    ],
)
def test_resolves_across_months_and_years(phrase: str, published: date, expected: date) -> None:
    assert resolve(phrase, published) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "last week",
        "recently",
        "earlier this week",
        "overnight",
        "in March",
        "February 30",
        "the other day",
        "on the weekend",
        "",
    ],
)
def test_vague_phrases_give_none(phrase: str) -> None:
    assert resolve(phrase, SATURDAY) is None


@pytest.fixture
def sessions(db_url: str) -> sessionmaker[Session]:
    return session_factory(open_database(db_url))


def said(text: str, quote: str, when: str, said_on: date | None = None) -> FoundQuote:
    start = text.index(quote)
    return FoundQuote(start, start + len(quote), quote, "direct", said_on=said_on, said_when=when)


def stored_dates(sessions: sessionmaker[Session]) -> list[date | None]:
    with sessions() as session:
        query = select(Attribution.said_on).order_by(Attribution.start)
        return list(session.scalars(query))


def test_said_on_is_resolved_from_the_time_phrase(sessions: sessionmaker[Session]) -> None:
    text = "“We made progress,” Trump said on Thursday. “Not yet,” Putin said last week."
    saturday = date(2025, 8, 16)
    found = [said(text, "We made progress,", "on Thursday"), said(text, "Not yet,", "last week")]
    with sessions.begin() as session:
        save_article(session, ArticleInput(text, "a.txt", published=saturday), found)
    assert stored_dates(sessions) == [date(2025, 8, 14), saturday]


def test_an_engine_date_wins_and_no_article_date_leaves_it_open(
    sessions: sessionmaker[Session],
) -> None:
    text = "“Yes,” she said on Monday. “No,” he said on Tuesday."
    found = [
        said(text, "Yes,", "on Monday", said_on=date(2025, 1, 6)),
        said(text, "No,", "on Tuesday"),
    ]
    with sessions.begin() as session:
        save_article(session, ArticleInput(text, "b.txt"), found)
    assert stored_dates(sessions) == [date(2025, 1, 6), None]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-08-15", date(2025, 8, 15)),
        ("2025-08-15T10:00:00Z", date(2025, 8, 15)),
        ("2025-08-15 23:59:59+02:00", date(2025, 8, 15)),
        ("2020-01-16 12:00:00", date(2020, 1, 16)),  # Quotebank's dates
        (" 2025-08-15 ", date(2025, 8, 15)),
        ("2025-08-15 around noon", date(2025, 8, 15)),  # the day, whatever follows
        ("15 August 2025", None),
        ("2025-02-30", None),
        (20250815, None),
        (None, None),
        ("", None),
    ],
)
def test_parse_iso(value: object, expected: date | None) -> None:
    assert parse_iso(value) == expected
