"""Listings: ``source`` names an outlet as a reader would, and quotes come newest first."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from quotebank.records import ArticleInput, FoundQuote
from quotebank.storage.articles import save_article
from quotebank.storage.connect import open_database, session_factory
from quotebank.storage.listings import QuoteFilter, list_quotes

OUTLETS = [  # (name given on input, URL, published)
    ("Fox News", "https://www.foxnews.com/politics/a", date(2025, 8, 15)),
    ("CNN", "https://edition.cnn.com/b", date(2025, 8, 16)),
    ("The New York Times", "https://www.nytimes.com/c", None),
    ("AP", "https://apnews.com/d", date(2025, 8, 14)),
    (None, "https://www.reuters.com/e", date(2025, 8, 16)),  # named by its domain
]


@pytest.fixture
def session(any_db_url: str) -> Session:
    sessions = session_factory(open_database(any_db_url))
    for number, (source, url, published) in enumerate(OUTLETS):
        body = f"Story {number}: Trump said “we talked about peace number {number}.”"
        quote = f"we talked about peace number {number}."
        start = body.index(quote)
        found = FoundQuote(start, start + len(quote), quote, "direct", speaker="Donald Trump",
                           speaker_kind="person", cue="said")  # fmt: skip
        article = ArticleInput(body, f"{number}.txt", url=url, source=source, published=published)
        with sessions.begin() as writing:
            save_article(writing, article, [found])
    return sessions()


def outlets(session: Session, quote_filter: QuoteFilter) -> list[str | None]:
    return [row.source for row in list_quotes(session, quote_filter)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("foxnews", ["Fox News"]),  # the domain's bare name
        ("Fox News", ["Fox News"]),  # the outlet's name
        ("foxnews.com", ["Fox News"]),  # the domain
        ("FOXNEWS", ["Fox News"]),
        ("FoxNews", ["Fox News"]),  # the name without its space
        ("www.foxnews.com", ["Fox News"]),
        ("https://www.foxnews.com/politics/other", ["Fox News"]),  # a URL of the outlet
        ("cnn", ["CNN"]),  # a subdomain's outlet (edition.cnn.com)
        ("ap", ["AP"]),  # the exact name wins over parts of other names ("apnews")
        ("nytimes", ["The New York Times"]),
        ("new york times", ["The New York Times"]),  # part of a name, as --speaker takes
        ("reuters", ["reuters.com"]),  # an outlet named by its domain
        ("fox", ["Fox News"]),
        ("bbc", []),
        ("%", []),
        ("_", []),
    ],
)
def test_source_matches_name_domain_or_bare_name(
    session: Session, source: str, expected: list[str]
) -> None:
    assert outlets(session, QuoteFilter(source=source)) == expected


def test_quotes_come_newest_first_undated_last(session: Session) -> None:
    assert outlets(session, QuoteFilter()) == [
        "reuters.com",  # 2025-08-16, stored after CNN's
        "CNN",  # 2025-08-16
        "Fox News",  # 2025-08-15
        "AP",  # 2025-08-14
        "The New York Times",  # undated
    ]


def test_oldest_first_is_the_reverse(session: Session) -> None:
    newest = outlets(session, QuoteFilter())
    assert outlets(session, QuoteFilter(oldest_first=True)) == newest[::-1]
    assert outlets(session, QuoteFilter(limit=2)) == newest[:2]
    assert outlets(session, QuoteFilter(limit=2, oldest_first=True)) == newest[::-1][:2]


def test_quotes_grouped_by_quote_follow_the_same_order(session: Session) -> None:
    by_quote = outlets(session, QuoteFilter(by_quote=True))
    assert by_quote == outlets(session, QuoteFilter())
    oldest = outlets(session, QuoteFilter(by_quote=True, oldest_first=True))
    assert oldest == by_quote[::-1]
