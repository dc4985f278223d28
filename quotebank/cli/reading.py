"""Commands that read files: ``ingest``, ``import-quotebank``, ``extract``, ``evaluate``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

import typer

from quotebank.cli import context, render
from quotebank.cli.context import FORMAT, FULL_PARSE
from quotebank.cli.render import Format
from quotebank.records import EngineFailure, FoundAttribution, FoundQuote

if TYPE_CHECKING:
    from quotebank.records import ArticleInput


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
    indirect: bool = typer.Option(
        False,
        "--indirect/--no-indirect",
        help="Also store reported speech (no quotation marks: 'Lee said the plan would fail'), "
        "kind 'indirect'. Parses every sentence with a reporting cue too: slower, see "
        "benchmarks/results/ingest_speed.md.",
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
    skipped: list[str] = []  # annotation files in folders: said after the progress bar
    options = readers.ReadOptions(
        patterns=tuple(glob) if glob else readers.DEFAULT_PATTERNS,
        source=source,
        published=date.date() if date else None,
        url=url,
        fields=fields,
        notice=skipped.append,
    )
    sessions = context.sessions(ctx, create=True)
    nlp = engine.load(context.state(ctx).model)
    with render.progress_bar(quiet) as progress:
        if paths:
            items = readers.read_inputs(paths, options)
            summary = ingesting.ingest(
                sessions, items, nlp, workers=workers, reprocess=reprocess, progress=progress,
                selective=not full_parse, indirect=indirect,
            )  # fmt: skip
        else:
            summary = ingesting.reprocess_all(
                sessions, nlp, workers=workers, progress=progress, selective=not full_parse,
                indirect=indirect,
            )  # fmt: skip
    for line in [*skipped, *map(str, summary.failures)]:
        typer.echo(line, err=True)
    typer.echo(str(summary))
    if summary.failed:
        raise typer.Exit(1)


def import_quotebank(
    ctx: typer.Context,
    files: list[str] = typer.Argument(..., help="Quotebank quote files (.json, .json.bz2, .gz)."),
    batch_size: int = typer.Option(20_000, min=1, help="Quotes written per transaction."),
    bulk: bool | None = typer.Option(
        None,
        "--bulk/--no-bulk",
        help="Stage the files, then merge them at once (the default when they hold at least "
        "as many quotes as the database), or write them batch by batch.",
        show_default=False,
    ),
) -> None:
    """Load Quotebank's quote files (quotes-YYYY.json.bz2): quotes, speakers, URLs.

    Streamed and idempotent: importing a file again adds nothing. A large load
    (into an empty database, or one it at least doubles) is staged, then merged
    in one transaction; a small one is written batch by batch.

    Example: quotebank import-quotebank quotes-2020.json.bz2
    """
    from quotebank.pipeline import quotebank_import as importer
    from quotebank.storage.connect import open_database

    engine = open_database(context.database_url(ctx))
    summary = importer.import_files(engine, files, batch_size=batch_size, bulk=bulk)
    for failure in summary.failures:
        typer.echo(failure, err=True)
    typer.echo(str(summary))
    if summary.failed:
        raise typer.Exit(1)


def extract(
    ctx: typer.Context,
    files: list[str] = typer.Argument(..., help="Text or JSONL files, or - for stdin."),
    fmt: render.ExtractFormat = typer.Option("jsonl", "--format", "-f", help="jsonl or table."),
    kinds: str = typer.Option(
        "quotes",
        "--kinds",
        metavar="KINDS",
        help="quotes (verbatim quotations, the default), indirect (reported speech, "
        "kind 'indirect'), or both: quotes,indirect. Reported speech parses every sentence "
        "with a reporting cue too.",
    ),
) -> None:
    """Print the quotes found in each document, without a database.

    One JSON line per document: {"doc_id": ..., "quotes": [{"start", "end",
    "text", "speaker", "speaker_kind", "cue", "kind", "group", "confidence"}]}.
    With --kinds quotes,indirect the list also holds reported speech, in text
    order: kind "indirect", start/end bounding what was said, group null.

    Example: quotebank extract seeds/gold.jsonl > predictions.jsonl
    """
    from quotebank import engine
    from quotebank.formats import extract as contract

    wanted = _kinds(kinds)
    nlp, failures = engine.load(context.state(ctx).model), list[Any]()
    rows: list[list[Any]] = []
    for article, quotes in _extracted(nlp, _readable(files, failures), wanted):
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


_KINDS = ("quotes", "indirect")


def _kinds(value: str) -> set[str]:
    wanted = {kind.strip() for kind in value.split(",") if kind.strip()}
    unknown = sorted(wanted - set(_KINDS))
    if unknown or not wanted:
        raise typer.BadParameter(
            f"{', '.join(unknown) or 'nothing'}: give quotes, indirect or quotes,indirect",
            param_hint="--kinds",
        )
    return wanted


Extracted = Sequence[FoundQuote | FoundAttribution] | EngineFailure


def _extracted(
    nlp: Any, items: Iterator[tuple[ArticleInput, str]], wanted: set[str]
) -> Iterator[tuple[ArticleInput, Extracted]]:
    """(article, its records in text order) for the kinds wanted, or an EngineFailure."""
    from quotebank import engine

    if wanted == {"quotes"}:
        yield from engine.analyze_pairs(nlp, items)
        return
    for article, found in engine.report_pairs(nlp, items):
        if isinstance(found, EngineFailure):
            yield article, found
            continue
        quotes, reported = found
        chosen = [*(quotes if "quotes" in wanted else ()), *reported]
        yield article, sorted(chosen, key=lambda record: (record.start, record.end))


def _readable(files: list[str], failures: list[Any]) -> Iterator[tuple[ArticleInput, str]]:
    """The articles in ``files`` as (article, text); failures are printed as they come."""
    from quotebank.formats import articles as readers

    notice = partial(typer.echo, err=True)
    for item in readers.read_inputs(files, readers.ReadOptions(notice=notice)):
        if isinstance(item, readers.ReadFailure):
            typer.echo(str(item), err=True)
            failures.append(item)
        else:
            yield item, item.text


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
    nlp = engine.load(context.state(ctx).model)
    texts = [d.text for d in documents]
    report = scoring.score(documents, engine.analyze_many(nlp, texts, selective=not full_parse))
    figures = report.to_dict()
    render.print_table(["measure", "value"], [[k, v] for k, v in figures.items()], fmt)
    for line in report.errors[:errors]:
        typer.echo(line)
