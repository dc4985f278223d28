"""The ``quotebank`` command: one short function per command.

The only module that prints. Library errors (``QuotebankError``) become one
line on stderr, ``error: ...``, and exit status 1; usage errors exit 2; a
search that finds nothing exits 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import IO, TYPE_CHECKING, Any, NoReturn

import typer
from typer.core import TyperGroup

from quotebank import __version__
from quotebank.cli import render
from quotebank.cli.render import Format
from quotebank.errors import QuotebankError
from quotebank.records import EngineFailure

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from quotebank.records import ArticleInput, QuoteRow
    from quotebank.storage.listings import QuoteFilter


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
    ctx.obj = State(db=db, model=model)


# -- helpers ------------------------------------------------------------------


def _state(ctx: typer.Context) -> State:
    state = ctx.find_root().obj
    assert isinstance(state, State)
    return state


def _url(ctx: typer.Context) -> str:
    from quotebank.storage.urls import database_url

    return database_url(_state(ctx).db)


def _sessions(ctx: typer.Context) -> sessionmaker[Session]:
    """Open (and upgrade if needed) the database named by ``--db``."""
    from quotebank.storage.connect import open_database, session_factory

    return session_factory(open_database(_url(ctx)))


def _nothing_found(message: str) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(1)


def _quote_filter(**options: Any) -> QuoteFilter:
    from quotebank.storage.listings import QuoteFilter

    for key in ("since", "until"):
        if isinstance(options.get(key), datetime):
            options[key] = options[key].date()
    if isinstance(options.get("kind"), Kind):
        options["kind"] = options["kind"].value
    return QuoteFilter(**options)


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


# -- ingest and extract -------------------------------------------------------


@app.command()
def ingest(
    ctx: typer.Context,
    paths: list[str] | None = typer.Argument(
        None, help="Files, folders (searched recursively) or - for standard input."
    ),
    glob: list[str] | None = typer.Option(
        None, "--glob", help="File-name pattern to take from folders (repeatable)."
    ),
    source: str | None = typer.Option(None, help="Outlet of plain-text/HTML articles."),
    date: datetime | None = typer.Option(None, formats=["%Y-%m-%d"], help="Published date."),
    url: str | None = typer.Option(None, help="URL of the article (gives the outlet)."),
    text_field: str = typer.Option("text", help="JSONL field holding the text."),
    title_field: str = typer.Option("title", help="JSONL field holding the title."),
    url_field: str = typer.Option("url", help="JSONL field holding the URL."),
    date_field: str = typer.Option("date", help="JSONL field holding the date."),
    source_field: str = typer.Option("source", help="JSONL field holding the outlet."),
    id_field: str | None = typer.Option(None, help="JSONL field holding the document id."),
    workers: int = typer.Option(1, min=1, help="Parse in this many processes."),
    full_parse: bool = FULL_PARSE,
    reprocess: bool = typer.Option(
        False, help="Re-run extraction over stored articles (all of them when no PATH)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read articles, find and attribute their quotes, store them.

    Example: quotebank ingest seeds/ --glob '*.txt'
    """
    from quotebank import engine
    from quotebank.formats import articles as readers
    from quotebank.pipeline import ingest as ingesting

    if not paths and not reprocess:
        raise typer.BadParameter("give at least one PATH (or --reprocess)", param_hint="PATH")
    fields = readers.FieldMap(
        text_field, title_field, url_field, date_field, source_field,
        (id_field,) if id_field else readers.FieldMap().doc_id,
    )  # fmt: skip
    options = readers.ReadOptions(
        patterns=tuple(glob) if glob else readers.DEFAULT_PATTERNS,
        source=source,
        published=date.date() if date else None,
        url=url,
        fields=fields,
    )
    sessions, nlp = _sessions(ctx), engine.load(_state(ctx).model)
    with render.progress_bar(quiet) as progress:
        if paths:
            items = readers.read_inputs(paths, options)
            summary = ingesting.ingest(
                sessions, items, nlp, workers=workers, reprocess=reprocess, progress=progress,
                selective=not full_parse,
            )  # fmt: skip
        else:
            summary = ingesting.reprocess_all(
                sessions, nlp, workers=workers, progress=progress, selective=not full_parse
            )
    for failure in summary.failures:
        typer.echo(str(failure), err=True)
    typer.echo(str(summary))
    if summary.failed:
        raise typer.Exit(1)


@app.command("import-quotebank")
def import_quotebank(
    ctx: typer.Context,
    files: list[str] = typer.Argument(..., help="Quotebank quote files (.json, .json.bz2, .gz)."),
    batch_size: int = typer.Option(20_000, min=1, help="Quotes written per transaction."),
) -> None:
    """Load Quotebank's quote files (quotes-YYYY.json.bz2): quotes, speakers, URLs.

    Streamed and idempotent: importing a file again adds nothing.

    Example: quotebank import-quotebank quotes-2020.json.bz2
    """
    from quotebank.pipeline import quotebank_import as importer
    from quotebank.storage.connect import open_database

    engine = open_database(_url(ctx))
    summary = importer.import_files(engine, files, batch_size=batch_size)
    for failure in summary.failures:
        typer.echo(failure, err=True)
    typer.echo(str(summary))
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    ctx: typer.Context,
    files: list[str] = typer.Argument(..., help="Text or JSONL files, or - for stdin."),
    fmt: render.ExtractFormat = typer.Option("jsonl", "--format", "-f", help="jsonl or table."),
) -> None:
    """Print the quotes found in each document, without a database.

    One JSON line per document: {"doc_id": ..., "quotes": [{"start", "end",
    "text", "speaker", "speaker_kind", "cue", "kind", "group", "confidence"}]}.

    Example: quotebank extract seeds/gold.jsonl > predictions.jsonl
    """
    from quotebank import engine
    from quotebank.formats import extract as contract

    nlp, failures = engine.load(_state(ctx).model), list[Any]()
    rows: list[list[Any]] = []
    for article, quotes in engine.analyze_pairs(nlp, _readable(files, failures)):
        if isinstance(quotes, EngineFailure):  # that article alone; the others go on
            typer.echo(f"{article.origin}: engine failed: {quotes.reason}", err=True)
            failures.append(quotes)
            continue
        if fmt is render.ExtractFormat.jsonl:
            typer.echo(contract.extract_line(article.doc_id, quotes))
        rows += [[article.doc_id, *contract.quote_json(q).values()] for q in quotes]
    if fmt is render.ExtractFormat.table:
        render.print_table(["doc_id", *contract.CONTRACT_KEYS], rows, Format.table)
    if failures:
        raise typer.Exit(1)


def _readable(files: list[str], failures: list[Any]) -> Iterator[tuple[ArticleInput, str]]:
    """The articles in ``files`` as (article, text); failures are printed as they come."""
    from quotebank.formats import articles as readers

    for item in readers.read_inputs(files):
        if isinstance(item, readers.ReadFailure):
            typer.echo(str(item), err=True)
            failures.append(item)
        else:
            yield item, item.text


@app.command()
def evaluate(
    ctx: typer.Context,
    gold: str = typer.Argument(..., help="Gold JSONL: doc_id, text, quotes, not_speech, neutral."),
    errors: int = typer.Option(0, "--errors", help="List up to N misses and wrong speakers."),
    fmt: Format = FORMAT,
    full_parse: bool = FULL_PARSE,
) -> None:
    """Score extraction and attribution against hand-annotated gold documents.

    Reports quote-span precision, recall and F1, speaker accuracy on matched
    quotes and end-to-end F1 (span and speaker both right).

    Example: quotebank evaluate seeds/gold.jsonl --errors 10
    """
    from quotebank import engine
    from quotebank.engine import evaluate as scoring

    documents = scoring.load_gold(gold)
    nlp = engine.load(_state(ctx).model)
    texts = [d.text for d in documents]
    report = scoring.score(documents, engine.analyze_many(nlp, texts, selective=not full_parse))
    figures = report.to_dict()
    render.print_table(["measure", "value"], [[k, v] for k, v in figures.items()], fmt)
    for line in report.errors[:errors]:
        typer.echo(line)


# -- questions ----------------------------------------------------------------


@app.command("who-said")
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

    with _sessions(ctx)() as session:
        answer = queries.who_said(session, phrase, limit=limit)
    if not answer.speakers:
        render.print_closest(phrase, answer.closest)
        raise typer.Exit(1)
    render.print_hits(answer.speakers, fmt)


@app.command()
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

    quote_filter = _quote_filter(
        speaker=speaker, since=since, until=until, source=source, kind=kind,
        unnamed=unnamed, contains=contains, limit=limit,
    )  # fmt: skip
    with _sessions(ctx)() as session:
        rows = listings.list_quotes(session, quote_filter)
    if not rows:
        _nothing_found("no quote matches these filters")
    render.print_rows(rows, fmt, render.QUOTE_COLUMNS if fmt is Format.table else None)


@speakers_app.callback()
def speakers(
    ctx: typer.Context,
    search: str | None = typer.Option(None, help="Part of a name or alias."),
    order: SpeakerOrder = typer.Option(
        "name", help="name, or quotes: most quoted first (counts every quote: slow on millions)."
    ),
    limit: int = typer.Option(50, min=1, help="At most this many speakers."),
    fmt: Format = FORMAT,
) -> None:
    """List speakers with their quote counts; merge or rename them.

    Example: quotebank speakers --search Putin --order quotes
    """
    if ctx.invoked_subcommand is not None:
        return
    from quotebank.storage import listings

    with _sessions(ctx)() as session:
        rows = listings.list_speakers(session, search=search, limit=limit, order=order.value)
    if not rows:
        _nothing_found("no speaker matches" + (f" {search!r}" if search else ""))
    render.print_rows(rows, fmt)


@speakers_app.command("merge")
def speakers_merge(
    ctx: typer.Context,
    keep: str = typer.Argument(..., help="The speaker to keep."),
    drop: str = typer.Argument(..., help="The speaker whose quotes move to KEEP."),
) -> None:
    """Merge two speakers: DROP's quotes and aliases go to KEEP.

    Example: quotebank speakers merge "Volodymyr Zelenskyy" "Zelensky"
    """
    from quotebank.storage import speakers as speaker_store

    with _sessions(ctx).begin() as session:
        speaker_store.merge_speakers(session, keep, drop)
    typer.echo(f"merged {drop!r} into {keep!r}")


@speakers_app.command("rename")
def speakers_rename(
    ctx: typer.Context,
    old: str = typer.Argument(..., help="Current name."),
    new: str = typer.Argument(..., help="New canonical name."),
) -> None:
    """Rename a speaker; the old name stays as an alias.

    Example: quotebank speakers rename "Trump" "Donald Trump"
    """
    from quotebank.storage import speakers as speaker_store

    with _sessions(ctx).begin() as session:
        speaker_store.rename_speaker(session, old, new)
    typer.echo(f"renamed {old!r} to {new!r}")


@app.command("show")
def show_quote(
    ctx: typer.Context,
    quote_id: int = typer.Argument(..., metavar="ID", help="Quote id (from quotes or who-said)."),
    fmt: Format = FORMAT,
) -> None:
    """Show one quote and every article it appears in, with context.

    Example: quotebank show 12
    """
    from quotebank.storage import queries

    with _sessions(ctx)() as session:
        detail = queries.get_quote(session, quote_id)
    if detail is None:
        _nothing_found(f"no quote with id {quote_id}")
    render.print_detail(detail, fmt)


@app.command()
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
    quote_filter = _quote_filter(
        speaker=speaker, since=since, until=until, source=source, kind=kind,
        unnamed=unnamed, contains=contains, limit=None, by_quote=writer.by_quote,
    )  # fmt: skip
    rows = _Tally()
    with _sessions(ctx)() as session:
        found = listings.stream_quotes(session, quote_filter)
        with render.open_output(path, csv=what == "csv") as fp:
            writer.write(rows.of(found), fp)
    if path != "-":
        typer.echo(f"wrote {rows.count} quotes to {path}", err=True)


@app.command()
def sql(
    ctx: typer.Context,
    query: str = typer.Argument(..., metavar="SQL", help="A read-only SQL query."),
    fmt: Format = FORMAT,
) -> None:
    """Run a read-only SQL query against the database; writes are refused.

    Example: quotebank sql "select speaker, quote from quote_sheet limit 5"
    """
    from quotebank.storage.readonly import run_readonly

    columns, rows = run_readonly(_url(ctx), query)
    render.print_table(columns, rows, fmt)


@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Migrate the database to the latest schema.

    Example: quotebank --db archive.db db upgrade
    """
    from quotebank.storage.connect import open_database
    from quotebank.storage.migrate import current_revision

    engine = open_database(_url(ctx))
    typer.echo(f"database at revision {current_revision(engine)}")


@db_app.command("copy")
def db_copy(
    source: str = typer.Argument(..., help="Database to copy (path or SQLAlchemy URL)."),
    target: str = typer.Argument(..., help="Empty database to copy into (path or URL)."),
) -> None:
    """Copy a whole database into an empty one, e.g. from SQLite to PostgreSQL.

    Example: quotebank db copy quotebank.db postgresql://me@localhost/quotebank
    """
    from quotebank.storage import transfer
    from quotebank.storage.urls import database_url

    counts = transfer.copy_database(database_url(source), database_url(target))
    summary = ", ".join(f"{table} {count}" for table, count in counts.items())
    typer.echo(f"copied {sum(counts.values())} rows: {summary}")
