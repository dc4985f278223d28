"""The Datasette plugin ``quotebank serve`` registers: links between its canned queries.

In the rows of the canned queries (``quotebank/data/datasette.json``) a
``context`` cell (an attribution id) links to that quote in its article, and a
``speaker`` cell to the speaker's page. Imported only by ``serve``, with Datasette
installed.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from markupsafe import Markup


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    """Links in canned queries' rows (``table`` is None there); None leaves a cell as it is."""
    if table is not None or value is None:
        return None
    if column == "context" and isinstance(value, int):
        return _link(datasette, database, "context", {"attribution_id": value}, "in context")
    if column == "speaker" and isinstance(value, str):
        return _link(datasette, database, "speaker", {"name": value}, value)
    return None


def _link(datasette: Any, database: str, query: str, params: dict[str, Any], text: str) -> Markup:
    href = f"{datasette.urls.database(database)}/{query}?{urlencode(params)}"
    return Markup('<a href="{}">{}</a>').format(href, text)
