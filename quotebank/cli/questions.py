"""Commands that ask the database: ``who-said``, ``quotes``, ``show``, ``export``, ``sql``.

Each opens a session, makes one library call and renders what it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import IO, TYPE_CHECKING, Any

import typer

from quotebank.cli import context, render
from quotebank.cli.context import CONTAINS, DATE, FORMAT, KIND, SOURCE, SPEAKER, UNNAMED, Kind
from quotebank.cli.render import Format

if TYPE_CHECKING:
    from quotebank.records import QuoteRow


def who_said(
    ctx: typer.Context,
    phrase: str = typer.Argument(..., help="Words of the quote (plain text, never SQL)."),
    limit: int = typer.Option(50, min=1, help="At most this many quotes."),
    fmt: Format = FORMAT,
) -> None:
    """Who said a phrase: quotes grouped by speaker, with articles and context.

    Example: quotebank who-said "feel-out meeting"
    """
    from quotebank.storage import queries

    with context.sessions(ctx)() as session:
        answer = queries.who_said(session, phrase, limit=limit)
    if not answer.speakers:
        render.print_closest(phrase, answer.closest)
        raise typer.Exit(1)
    render.print_hits(answer.speakers, fmt)


def quotes(
    ctx: typer.Context,
    speaker: str | None = SPEAKER,
    since: datetime | None = DATE,
    until: datetime | None = DATE,
    source: str | None = SOURCE,
    kind: Kind | None = KIND,
    unnamed: bool = UNNAMED,
    contains: str | None = CONTAINS,
    limit: int = typer.Option(50, min=1, help="At most this many rows."),
    fmt: Format = FORMAT,
) -> None:
    """List stored quotes, sorted by date, with filters.

    Example: quotebank quotes --speaker Trump --since 2025-08-01
    """
    from quotebank.storage import listings

    quote_filter = context.quote_filter(
        speaker=speaker, since=since, until=until, source=source, kind=kind,
        unnamed=unnamed, contains=contains, limit=limit,
    )  # fmt: skip
    with context.sessions(ctx)() as session:
        rows = listings.list_quotes(session, quote_filter)
    if not rows:
        context.nothing_found("no quote matches these filters")
    render.print_rows(rows, fmt, render.QUOTE_COLUMNS if fmt is Format.table else None)


def show_quote(
    ctx: typer.Context,
    quote_id: int = typer.Argument(..., metavar="ID", help="Quote id (from quotes or who-said)."),
    fmt: Format = FORMAT,
) -> None:
    """Show one quote and every article it appears in, with context.

    Example: quotebank show 12
    """
    from quotebank.storage import queries

    with context.sessions(ctx)() as session:
        detail = queries.get_quote(session, quote_id)
    if detail is None:
        context.nothing_found(f"no quote with id {quote_id}")
    render.print_detail(detail, fmt)


def export(
    ctx: typer.Context,
    csv_file: str | None = typer.Option(None, "--csv", help="Write CSV here (- for stdout)."),
    jsonl_file: str | None = typer.Option(None, "--jsonl", help="Write JSON lines here."),
    quotebank_file: str | None = typer.Option(
        None, "--quotebank", help="Write Quotebank-compatible JSON lines here."
    ),
    speaker: str | None = SPEAKER,
    since: datetime | None = DATE,
    until: datetime | None = DATE,
    source: str | None = SOURCE,
    kind: Kind | None = KIND,
    unnamed: bool = UNNAMED,
    contains: str | None = CONTAINS,
) -> None:
    """Export quote sheets as CSV, JSON lines or Quotebank JSON lines.

    Example: quotebank export --csv quotes.csv --speaker Putin
    """
    from quotebank.storage import listings

    targets = {"csv": csv_file, "jsonl": jsonl_file, "quotebank": quotebank_file}
    chosen = [(what, path) for what, path in targets.items() if path]
    if len(chosen) != 1:
        raise typer.BadParameter("give exactly one of --csv, --jsonl, --quotebank")
    (what, path), writer = chosen[0], export_writers()[chosen[0][0]]
    quote_filter = context.quote_filter(
        speaker=speaker, since=since, until=until, source=source, kind=kind,
        unnamed=unnamed, contains=contains, limit=None, by_quote=writer.by_quote,
    )  # fmt: skip
    rows = _Tally()
    with context.sessions(ctx)() as session:
        found = listings.stream_quotes(session, quote_filter)
        with render.open_output(path, csv=what == "csv") as fp:
            writer.write(rows.of(found), fp)
    if path != "-":
        typer.echo(f"wrote {rows.count} quotes to {path}", err=True)


@dataclass(frozen=True, slots=True)
class ExportWriter:
    """How ``export`` writes a format; ``by_quote``: the writer wants a quote's rows together."""

    write: Callable[[Iterable[QuoteRow], IO[str]], int]
    by_quote: bool = False


def export_writers() -> dict[str, ExportWriter]:
    """``export``'s writers by format (imported on use: the Quotebank one brings orjson)."""
    from quotebank.formats import quotebank, tables

    return {
        "csv": ExportWriter(tables.write_csv),
        "jsonl": ExportWriter(tables.write_jsonl),
        "quotebank": ExportWriter(quotebank.write_quotebank, by_quote=True),
    }


@dataclass(slots=True)
class _Tally:
    """Counts the rows an iterator hands on (the rows export wrote), without holding them."""

    count: int = 0

    def of(self, rows: Iterable[Any]) -> Iterator[Any]:
        for row in rows:
            self.count += 1
            yield row


def sql(
    ctx: typer.Context,
    query: str = typer.Argument(..., metavar="SQL", help="A read-only SQL query."),
    fmt: Format = FORMAT,
) -> None:
    """Run a read-only SQL query against the database; writes are refused.

    Example: quotebank sql "select speaker, quote from quote_sheet limit 5"
    """
    from quotebank.storage.readonly import run_readonly

    columns, rows = run_readonly(context.database_url(ctx), query)
    render.print_table(columns, rows, fmt)
