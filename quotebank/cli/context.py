"""What the commands share: the global options, option declarations, the database they name.

``--db`` and ``--model`` are kept on the Click context (``State``); a command
asks for ``sessions(ctx)`` to open (and upgrade if needed) the database named
by ``--db``, which must exist unless the command stores (``create=True``).
The database layer is imported only when a command asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from quotebank.cli.render import Format

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from quotebank.storage.listings import QuoteFilter

FORMAT = typer.Option(Format.table, "--format", "-f", help="table, json or csv.")
DATE = typer.Option(None, formats=["%Y-%m-%d"], help="A date, YYYY-MM-DD.")
SPEAKER = typer.Option(None, help="Any name or alias, or part of one.")
SOURCE = typer.Option(None, help="Outlet name or domain.")
KIND = typer.Option(None, help="direct or partial.")
UNNAMED = typer.Option(False, help="Only quotes from unnamed speakers.")
CONTAINS = typer.Option(None, help="Words the quote contains.")
FULL_PARSE = typer.Option(
    False,
    "--full-parse",
    envvar="QUOTEBANK_FULL_PARSE",
    help="Parse whole articles, not only the sentences attribution reads (slower).",
)


class Kind(StrEnum):
    direct = "direct"
    partial = "partial"


class SpeakerOrder(StrEnum):
    name = "name"
    quotes = "quotes"


@dataclass(slots=True)
class State:
    """The global options, kept on the Click context."""

    db: str
    model: str | None


def state(ctx: typer.Context) -> State:
    """The global options of this run."""
    found = ctx.find_root().obj
    assert isinstance(found, State)
    return found


def database_url(ctx: typer.Context) -> str:
    """The SQLAlchemy URL of ``--db``."""
    from quotebank.storage import urls

    return urls.database_url(state(ctx).db)


def sessions(ctx: typer.Context, *, create: bool = False) -> sessionmaker[Session]:
    """Open (and upgrade if needed) the database named by ``--db``.

    Only commands that store (``create=True``) make a database that is not
    there; the others say so in one line and leave no file behind.
    """
    from quotebank.storage.connect import open_database, session_factory

    return session_factory(open_database(database_url(ctx), must_exist=not create))


def nothing_found(message: str) -> NoReturn:
    """Say that a search found nothing, on stderr, and exit 1."""
    typer.echo(message, err=True)
    raise typer.Exit(1)


def quote_filter(**options: Any) -> QuoteFilter:
    """A ``QuoteFilter`` from command-line values (dates, ``Kind``) as Typer gives them."""
    from quotebank.storage.listings import QuoteFilter

    for key in ("since", "until"):
        if isinstance(options.get(key), datetime):
            options[key] = options[key].date()
    if isinstance(options.get("kind"), Kind):
        options["kind"] = options["kind"].value
    return QuoteFilter(**options)
