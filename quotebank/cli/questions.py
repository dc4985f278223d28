"""Commands that ask the database: ``who-said``, ``quotes``, ``show``, ``export``, ``sql``.

Each opens a session, makes one library call and renders what it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import IO, TYPE_CHECKING, Any

import typer

from quotebank.cli import context, render
from quotebank.cli.context import CONTAINS, DATE, FORMAT, KIND, SPEAKER, UNNAMED, Kind, SpeechKind
from quotebank.cli.render import Format

if TYPE_CHECKING:
    from quotebank.records import QuoteRow

SOURCE = typer.Option(
    None, help='Outlet: its name, domain or bare name ("Fox News", "foxnews.com", "foxnews").'
)
OLDEST_FIRST = typer.Option(
    False, "--oldest-first", help="Undated first, then oldest first (default: newest first)."
)
RAW = typer.Option(
    False,
    "--raw",
    help="CSV: write every cell as stored. By default a text beginning with =, +, -, @, "
    "a tab or a carriage return gets a leading ' so that spreadsheets show it instead of "
    "running it as a formula.",
)
EXCEL = typer.Option(
    False,
    "--excel",
    help="CSV for spreadsheets: a UTF-8 byte-order mark (Excel needs it to read UTF-8) and "
    "CRLF line ends, to a file or stdout alike. Without it: plain UTF-8, LF line ends.",
)


def who_said(
    ctx: typer.Context,
    phrase: str = typer.Argument(..., help="Words of the quote (plain text, never SQL)."),
    limit: int = typer.Option(
        50, min=1, help="At most this many quotes (and as many reported speech rows)."
    ),
    kind: SpeechKind | None = typer.Option(
        None, help="verbatim (quotes) or indirect (reported speech). Default: both."
    ),
    fmt: Format = FORMAT,
) -> None:
    """Who said a phrase: quotes grouped by speaker, with articles and context.

    Reported speech (stored by ingest --indirect) is listed after each speaker's
    quotes, marked "reported, not verbatim" (kind "indirect" in JSON and CSV).

    Example: quotebank who-said "feel-out meeting"
    """
    from quotebank.storage import speech

    with context.reading(ctx) as db:
        answer = speech.who_said(db, phrase, limit=limit, kind=kind and kind.value)
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
    oldest_first: bool = OLDEST_FIRST,
    fmt: Format = FORMAT,
    raw: bool = RAW,
) -> None:
    """List stored quotes and reported speech, newest first (undated last), with filters.

    Reported speech has kind "indirect": the writer's words, not verbatim.

    Example: quotebank quotes --speaker Trump --since 2025-08-01
    """
    from quotebank.storage import speech

    quote_filter = context.quote_filter(
        speaker=speaker, since=since, until=until, source=source, kind=kind,
        unnamed=unnamed, contains=contains, limit=limit, oldest_first=oldest_first,
    )  # fmt: skip
    with context.reading(ctx) as db:
        rows = speech.list_rows(db, quote_filter)
    if not rows:
        context.nothing_found("no quote matches these filters")
    if fmt is Format.table:
        render.print_rows(render.marked_reported(rows), fmt, render.QUOTE_COLUMNS)
    else:
        render.print_rows(rows, fmt, safe=not raw)


def show_quote(
    ctx: typer.Context,
    quote_id: int = typer.Argument(..., metavar="ID", help="Quote id (from quotes or who-said)."),
    fmt: Format = FORMAT,
) -> None:
    """Show one quote, the other wordings of its remark, and every article they appear in.

    Example: quotebank show 12
    """
    from quotebank.storage import queries

    with context.reading(ctx) as db:
        detail = queries.get_quote(db, quote_id)
    if detail is None:
        context.nothing_found(f"no quote with id {quote_id}")
    render.print_detail(detail, fmt)


def export(
    ctx: typer.Context,
    csv_file: str | None = typer.Option(
        None, "--csv", help="Write CSV here (- for stdout): plain UTF-8, unless --excel."
    ),
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
    oldest_first: bool = OLDEST_FIRST,
    excel: bool = EXCEL,
    raw: bool = RAW,
    indirect: bool = typer.Option(
        False,
        "--indirect",
        help="CSV and JSON lines: add reported speech (kind indirect, not verbatim). "
        "Without it (or --kind indirect) only verbatim quotes are exported.",
    ),
) -> None:
    """Export quote sheets as CSV, JSON lines or Quotebank JSON lines, newest first.

    Every row has the quote's remark_id: the wordings of one remark share it.

    Example: quotebank export --csv quotes.csv --excel --speaker Putin
    """
    from quotebank.storage import speech

    targets = {"csv": csv_file, "jsonl": jsonl_file, "quotebank": quotebank_file}
    chosen = [(what, path) for what, path in targets.items() if path]
    if len(chosen) != 1:
        raise typer.BadParameter("give exactly one of --csv, --jsonl, --quotebank")
    (what, path) = chosen[0]
    if (excel or raw) and what != "csv":
        raise typer.BadParameter("--excel and --raw apply to --csv only")
    if what == "quotebank" and (indirect or kind is Kind.indirect):
        raise typer.BadParameter("the Quotebank format holds verbatim quotes only")
    if kind is None and not indirect:
        kind = Kind.verbatim
    writer = export_writers(raw=raw, excel=excel)[what]
    quote_filter = context.quote_filter(
        speaker=speaker, since=since, until=until, source=source, kind=kind,
        unnamed=unnamed, contains=contains, limit=None, by_quote=writer.by_quote,
        oldest_first=oldest_first,
    )  # fmt: skip
    rows = _Tally()
    with context.sessions(ctx)() as session:
        found = speech.stream_rows(session, quote_filter)
        with render.open_output(path, csv=what == "csv", bom=excel) as fp:
            writer.write(rows.of(found), fp)
    if path != "-":
        typer.echo(f"wrote {rows.count} quotes to {path}", err=True)


@dataclass(frozen=True, slots=True)
class ExportWriter:
    """How ``export`` writes a format; ``by_quote``: the writer wants a quote's rows together."""

    write: Callable[[Iterable[QuoteRow], IO[str]], int]
    by_quote: bool = False


def export_writers(*, raw: bool = False, excel: bool = False) -> dict[str, ExportWriter]:
    """``export``'s writers by format (imported on use: the Quotebank one brings orjson);
    the CSV one neutralises formulas unless ``raw``, with CRLF line ends when ``excel``."""
    from quotebank.formats import quotebank, tables

    return {
        "csv": ExportWriter(partial(tables.write_csv, safe=not raw, excel=excel)),
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
    timeout: float = typer.Option(
        30.0,
        "--timeout",
        min=0,
        metavar="SECONDS",
        help="Stop the query after the database has worked on it this long; 0: no limit.",
    ),
) -> None:
    """Run a read-only SQL query against the database; writes are refused.

    Rows are printed as they are read (a query of millions of rows keeps memory
    flat). Refused: anything that writes, ATTACH, PRAGMAs that set a value,
    load_extension(), transactions.

    Example: quotebank sql "select speaker, quote from quote_sheet limit 5"
    """
    from quotebank.storage.readonly import query_readonly

    with query_readonly(context.database_url(ctx), query, timeout=timeout) as result:
        render.print_table(result.columns, result.rows, fmt)
