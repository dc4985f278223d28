"""``quotebank serve``: the database in Datasette, with a "who said…" search page.

Datasette is an optional extra (``pip install 'quotebank[web]'``). The metadata
shipped in ``quotebank/data/datasette.json`` (canned queries, facets, the search
box of ``quote_sheet``) is written for this database's name, and the plugin in
``datasette_plugin`` links the queries' rows together. Datasette serves its own
pages and static files: nothing is fetched from the network.
"""

from __future__ import annotations

import json
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

import typer

from quotebank.cli import context
from quotebank.errors import QuotebankError

METADATA = "datasette.json"
MISSING = "serve needs Datasette, an optional extra: pip install 'quotebank[web]'"


def serve(
    ctx: typer.Context,
    port: int = typer.Option(8001, min=0, max=65535, help="Port to listen on."),
    host: str = typer.Option(
        "127.0.0.1", help="Address to listen on (0.0.0.0: every machine that can reach this one)."
    ),
) -> None:
    """Open the database in Datasette: a "who said…" search page, canned queries, facets.

    Needs the optional extra: pip install 'quotebank\\[web]'. SQLite databases only.

    Example: quotebank serve --port 8001
    """
    try:
        from datasette.cli import cli as datasette_cli
        from datasette.plugins import pm

        from quotebank.cli import datasette_plugin
    except ImportError:
        raise QuotebankError(MISSING) from None
    path = _sqlite_file(ctx)
    if not pm.is_registered(datasette_plugin):
        pm.register(datasette_plugin, name="quotebank")
    with tempfile.TemporaryDirectory(prefix="quotebank-serve-") as folder:
        metadata = Path(folder) / METADATA
        metadata.write_text(json.dumps(metadata_for(path.stem)), encoding="utf-8")
        typer.echo(f"who said…: http://{host}:{port}/{path.stem}/who_said", err=True)
        options = ["--host", host, "--port", str(port), "--metadata", str(metadata)]
        datasette_cli.main(args=["serve", str(path), *options], prog_name="quotebank serve")


def _sqlite_file(ctx: typer.Context) -> Path:
    """The SQLite file ``--db`` names, opened (and brought to head) once."""
    from sqlalchemy.engine import make_url

    from quotebank.storage.connect import open_database

    url = context.database_url(ctx)
    database = make_url(url).database
    if not url.startswith("sqlite") or not database or database == ":memory:":
        raise QuotebankError("serve opens SQLite databases (a file); Datasette reads no other")
    open_database(url).dispose()
    return Path(database)


def metadata_for(name: str) -> dict[str, Any]:
    """The shipped metadata, for a database Datasette calls ``name`` (its file's stem)."""
    shipped = resources.files("quotebank.data").joinpath(METADATA).read_text(encoding="utf-8")
    metadata: dict[str, Any] = json.loads(shipped)
    metadata["databases"] = {name: metadata["databases"]["quotebank"]}
    return metadata
