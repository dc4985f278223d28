"""The ``quotebank`` command: the Typer app, its global options, and every command in order.

The commands live by what they do (``reading``, ``questions``, ``speakers``,
``database``: one short function each); ``cli`` is the only package that
prints. Library errors (``QuotebankError``) become one line on stderr,
``error: ...``, and exit status 1; usage errors exit 2; a search that finds
nothing exits 1.
"""

from __future__ import annotations

from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from quotebank import __version__
from quotebank.cli import context, database, questions, reading, serve, speakers
from quotebank.errors import QuotebankError


class _Group(TyperGroup):
    """Turns every ``QuotebankError`` a command raises into one line and exit 1."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except QuotebankError as exc:
            _fail(str(exc) or type(exc).__name__)


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
speakers_app = typer.Typer(cls=_Group, invoke_without_command=True)
db_app = typer.Typer(cls=_Group, no_args_is_help=True)
app.add_typer(speakers_app, name="speakers")
app.add_typer(db_app, name="db", help="Manage the database schema.")


def main() -> None:
    """Entry point of the ``quotebank`` console script and ``python -m quotebank``."""
    app(prog_name="quotebank")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotebank {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    ctx: typer.Context,
    db: str = typer.Option(
        "./quotebank.db", envvar="QUOTEBANK_DB", help="Database file or SQLAlchemy URL."
    ),
    model: str | None = typer.Option(
        None, envvar="QUOTEBANK_MODEL", help="spaCy pipeline to use (an installed package)."
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version."
    ),
) -> None:
    """Find quotations in news articles, attribute them to speakers, and search them.

    Example: quotebank ingest seeds/ && quotebank who-said "feel-out meeting"
    """
    ctx.obj = context.State(db=db, model=model)


app.command()(reading.ingest)
app.command("import-quotebank")(reading.import_quotebank)
app.command()(reading.extract)
app.command()(reading.evaluate)
app.command("who-said")(questions.who_said)
app.command()(questions.quotes)
speakers_app.callback()(speakers.list_speakers)
speakers_app.command("merge")(speakers.merge)
speakers_app.command("rename")(speakers.rename)
app.command("show")(questions.show_quote)
app.command()(questions.export)
app.command()(questions.sql)
app.command()(serve.serve)
db_app.command("upgrade")(database.upgrade)
db_app.command("copy")(database.copy)
