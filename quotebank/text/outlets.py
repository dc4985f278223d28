"""The outlet an article URL belongs to, as its host name (pure).

One rule for the file readers (an article's outlet when the file names
none), the store (``sources.domain``) and the Quotebank importer (one outlet
per host, over millions of URLs): the host, lower-case, without ``www.``.
For a URL that starts with a scheme (``https://``) or ``//`` that is
``urllib.parse.urlsplit(url).hostname``, read here by hand (the importer asks
for every URL it has not seen; this is five times as fast); anything else
(``cnn.com/politics``) is read as a host and a path.
"""

from __future__ import annotations

import re

_BEFORE_HOST = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?//")
_WEB = frozenset({"https", "http"})  # the schemes of nearly every URL: no pattern to match


def outlet_domain(url: str | None) -> str | None:
    """``https://www.cnn.com/x`` -> ``cnn.com``; None when there is no host."""
    if not url:
        return None
    scheme, sep, rest = url.partition("://")
    if sep and scheme in _WEB:
        netloc = rest
    else:
        start = _BEFORE_HOST.match(url)
        netloc = url[start.end() :] if start else url
    host = netloc.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rpartition("@")[2]
    host = host.partition("]")[0].lstrip("[") if host.startswith("[") else host.split(":")[0]
    return host.lower().removeprefix("www.") or None
