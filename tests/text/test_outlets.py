"""outlets.outlet_domain: the outlet of a URL, as the readers, the store and the importer see it."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from quotebank.text.outlets import outlet_domain

WITH_SCHEME = [
    ("https://www.cnn.com/2025/08/16/x", "cnn.com"),
    ("http://edition.cnn.com", "edition.cnn.com"),
    ("http://WWW.BBC.co.uk/news?a=1", "bbc.co.uk"),
    ("https://user:secret@host.org:8080/p", "host.org"),
    ("http://[2001:db8::1]:80/x", "2001:db8::1"),
    ("https://example.com#top", "example.com"),
    ("https://example.com?u=https://other.org", "example.com"),
    ("ftp://files.example.org/x", "files.example.org"),
    ("//cdn.example.org/a.js", "cdn.example.org"),
    ("HTTPS://www.Reuters.com", "reuters.com"),
]


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        *WITH_SCHEME,
        ("foxnews.com/politics", "foxnews.com"),  # no scheme: a host and a path
        ("www.cnn.com", "cnn.com"),
        ("cnn.com/redirect?to=https://other.org", "cnn.com"),
        ("https://", None),
        ("", None),
        (None, None),
    ],
)
def test_outlet_domain(url: str | None, outlet: str | None) -> None:
    assert outlet_domain(url) == outlet


@pytest.mark.parametrize("url", [url for url, _ in WITH_SCHEME])
def test_a_url_with_a_scheme_gives_urlsplits_hostname(url: str) -> None:
    assert outlet_domain(url) == (urlsplit(url).hostname or "").removeprefix("www.")
