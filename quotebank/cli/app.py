"""The ``quotebank`` command: the Typer app, its global options, and every command in order.

The commands live by what they do (``reading``, ``questions``, ``speakers``,
``database``: one short function each); ``cli`` is the only package that
prints. Library errors (``QuotebankError``) become one line on stderr,
``error: ...``, and exit status 1; usage errors exit 2 (a number too large
for the database in one line too); a search that finds nothing exits 1.
``--db`` and ``--model`` go before the command or after it, on the commands
that use them.
"""

from __future__ import annotations

from functools import partial
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from quotebank import __version__
from quotebank.cli import context, database, questions, reading, serve, speakers
from quotebank.errors import QuotebankError


class _Group(TyperGroup):
    """Turns every ``QuotebankError`` a command raises into one line and exit 1;
    bounds every command's whole numbers (``context.bound_integers``)."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        context.bound_integers(command)
        return command

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except QuotebankError as exc:
            _fail(str(exc) or type(exc).__name__)
        except context.UsageProblem as exc:
            _fail(str(exc), status=2)
        except OverflowError:  # a number bound_integers did not see
            _fail(f"a number is out of range (at most {context.BIGGEST})")


def _fail(message: str, status: int = 1) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(status)


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
        "./quotebank.db", envvar="QUOTEBANK_DB", help=context.DB_HELP + " Also after a command."
    ),
    model: str | None = typer.Option(
        None, envvar="QUOTEBANK_MODEL", help=context.MODEL_HELP + " Also after a command."
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version."
    ),
) -> None:
    """Find quotations in news articles, attribute them to speakers, and search them.

    Example: quotebank ingest seeds/ && quotebank who-said "feel-out meeting"
    """
    ctx.obj = context.State(db=db, model=model)


_db = partial(context.with_global_options, names=("db",))
_model = partial(context.with_global_options, names=("model",))
_both = partial(context.with_global_options, names=("db", "model"))

app.command("ingest")(_both(reading.ingest))
app.command("import-quotebank")(_db(reading.import_quotebank))
app.command("extract")(_model(reading.extract))
app.command("evaluate")(_model(reading.evaluate))
app.command("who-said")(_db(questions.who_said))
app.command("quotes")(_db(questions.quotes))
speakers_app.callback()(_db(speakers.list_speakers))
speakers_app.command("merge")(_db(speakers.merge))
speakers_app.command("rename")(_db(speakers.rename))
app.command("show")(_db(questions.show_quote))
app.command("export")(_db(questions.export))
app.command("sql")(_db(questions.sql))
app.command("serve")(_db(serve.serve))
db_app.command("upgrade")(_db(database.upgrade))
db_app.command("copy")(database.copy)
