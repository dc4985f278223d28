"""What the commands share: the global options, option declarations, the database they name.

``--db`` and ``--model`` are kept on the Click context (``State``); a command
asks for ``sessions(ctx)`` to open (and upgrade if needed) the database named
by ``--db``, which must exist unless the command stores (``create=True``).
The database layer is imported only when a command asks.

The global options may also follow the command (``with_global_options``), and
every whole number a command takes is bounded (``bound_integers``) by the
largest integer SQLite and PostgreSQL store.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, get_args, get_type_hints

import typer

from quotebank.cli.render import Format

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from quotebank.storage.listings import QuoteFilter
    from quotebank.storage.reader import Reader

FORMAT = typer.Option(Format.table, "--format", "-f", help="table, json or csv.")
DATE = typer.Option(None, formats=["%Y-%m-%d"], help="A date, YYYY-MM-DD.")
SPEAKER = typer.Option(None, help="Any name or alias, or part of one.")
SOURCE = typer.Option(None, help="Outlet name or domain.")
KIND = typer.Option(
    None,
    help="direct, partial, verbatim (direct and partial) or indirect (reported speech, "
    "not verbatim). Default: quotes and reported speech alike.",
)
UNNAMED = typer.Option(False, help="Only quotes from unnamed speakers.")
CONTAINS = typer.Option(None, help="Words the quote contains.")
FULL_PARSE = typer.Option(
    False,
    "--full-parse",
    envvar="QUOTEBANK_FULL_PARSE",
    help="Parse whole articles, not only the sentences attribution reads (slower).",
)


DB_HELP = "Database file or SQLAlchemy URL (SQLite or PostgreSQL)."
MODEL_HELP = "spaCy pipeline to use (an installed package)."
BIGGEST = 2**63 - 1  # the largest integer SQLite and PostgreSQL store
_LATE = {  # the global options as a command's own: no default, no variable (those come first)
    "db": typer.Option(
        None, "--db", show_default=False, help=DB_HELP + " Also before the command."
    ),
    "model": typer.Option(
        None, "--model", show_default=False, help=MODEL_HELP + " Also before the command."
    ),
}
Command = TypeVar("Command", bound=Callable[..., Any])


class UsageProblem(Exception):
    """A value a command cannot take, found while its options are read: one line, exit 2."""


class Kind(StrEnum):
    direct = "direct"
    partial = "partial"
    verbatim = "verbatim"
    indirect = "indirect"


class SpeechKind(StrEnum):
    verbatim = "verbatim"
    indirect = "indirect"


class SpeakerOrder(StrEnum):
    name = "name"
    quotes = "quotes"


@dataclass(slots=True)
class State:
    """The global options, kept on the Click context."""

    db: str
    model: str | None


def with_global_options(command: Command, names: tuple[str, ...]) -> Command:
    """``command`` also taking the global options ``names`` after its name.

    ``quotebank who-said "x" --db news.db`` is ``quotebank --db news.db who-said "x"``;
    given in both places, the later one wins. The command must take the context.
    """
    own = inspect.signature(command)
    hints = get_type_hints(command)
    context_name = next(name for name in own.parameters if hints.get(name) is typer.Context)
    late = {f"global_{name}": name for name in names}

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        found = state(kwargs[context_name])
        for parameter, name in late.items():
            value = kwargs.pop(parameter)
            if value is not None:
                setattr(found, name, value)
        return command(*args, **kwargs)

    extra = [
        inspect.Parameter(parameter, inspect.Parameter.KEYWORD_ONLY, default=_LATE[name],
                          annotation=str | None)
        for parameter, name in late.items()
    ]  # fmt: skip
    run.__signature__ = own.replace(parameters=[*own.parameters.values(), *extra])  # type: ignore[attr-defined]
    run.__annotations__ = {**command.__annotations__, **{p: str | None for p in late}}
    return run  # type: ignore[return-value]


def bound_integers(command: Any) -> None:
    """Refuse, as a usage problem, a whole number past what the database stores
    (``--limit 9223372036854775808``, ``show 99999999999999999999``), for every
    integer option and argument of ``command`` (a Typer-made Click command)."""
    for param in getattr(command, "params", ()):
        descriptor = getattr(param, "type_descriptor", None)
        annotation = getattr(descriptor, "annotation", None)
        if int in (annotation, *get_args(annotation)) and not getattr(param, "bounded", False):
            name = param.opts[0] if param.param_type_name == "option" else param.display_name_raw
            param.callback = _bounded(param.callback, name)
            param.bounded = True


def _bounded(callback: Callable[..., Any] | None, name: str) -> Callable[..., Any]:
    def check(ctx: typer.Context, param: Any, value: Any) -> Any:
        if isinstance(value, int) and abs(value) > BIGGEST:
            raise UsageProblem(f"{name} {value} is out of range (at most {BIGGEST})")
        return callback(ctx, param, value) if callback is not None else value

    return check


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


@contextmanager
def reading(ctx: typer.Context) -> Iterator[Reader]:
    """A reader of the database named by ``--db``, for the commands that only read.

    A SQLite file at head is read through ``sqlite3``, without importing
    SQLAlchemy or Alembic (start-up, #16); anything else (PostgreSQL, a file to
    upgrade or not there) is opened as ``sessions`` opens it, and read through a session.
    """
    from quotebank.storage.reader import SessionReader, open_sqlite

    direct = open_sqlite(state(ctx).db)
    if direct is not None:
        with direct:
            yield direct
        return
    with sessions(ctx)() as session:
        yield SessionReader(session)


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
