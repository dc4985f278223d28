"""Turn rows into text for the CLI: a rich table, plain text, JSON or CSV.

Rows are any of the plain records the library returns (dataclasses, named
tuples, SQLAlchemy rows, dicts). On a terminal ``table`` draws a rich table;
piped, it writes stable tab-separated text with one header line, one row a
line, so that ``cut`` and ``awk`` work on it. JSON values and the CSV writer
are ``formats.tables``'; here every value is a ``cell``, one line of text, and a
CSV cell a spreadsheet would run as a formula gets a leading ``'`` unless
``safe=False`` (``--raw``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import typer

from quotebank.errors import QuotebankError
from quotebank.formats.tables import as_dict, json_value, write_table


class Format(StrEnum):
    """Output formats of the listing commands."""

    table = "table"
    json = "json"
    csv = "csv"


class ExtractFormat(StrEnum):
    """Output formats of ``extract``."""

    jsonl = "jsonl"
    table = "table"


def cell(value: Any) -> str:
    """A value as one line of text: lists joined with ``; ``, None as empty."""
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    return " ".join(str(value).split())


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def print_rows(
    rows: Sequence[Any],
    fmt: Format,
    columns: Sequence[str] | None = None,
    title: str = "",
    *,
    safe: bool = True,
) -> None:
    """Print records in the chosen format; ``columns`` picks and orders fields."""
    dicts = [as_dict(row) for row in rows]
    columns = list(columns or (dicts[0].keys() if dicts else []))
    table = [[d.get(c) for c in columns] for d in dicts]
    print_table(columns, table, fmt, title, safe=safe)


def print_table(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fmt: Format,
    title: str = "",
    *,
    safe: bool = True,
) -> None:
    """Print a header and rows of values in the chosen format (``safe``: see ``write_csv``).

    JSON, CSV and piped text are written as the rows come, so a query of
    millions of rows never sits in memory; only the terminal's table waits
    for all of them (it measures its columns first).
    """
    if fmt is Format.json:
        _write_json_array(columns, rows)
    elif fmt is Format.csv:
        write_csv(columns, rows, sys.stdout, safe=safe)
    elif stdout_is_terminal():
        _rich_table(columns, list(rows), title)
    else:
        typer.echo("\t".join(cell(v) for v in columns))
        for row in rows:
            typer.echo("\t".join(cell(v) for v in row))


def _write_json_array(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """The rows as one indented JSON array of objects, written record by record
    (the same text as ``json.dumps(records, indent=2)``)."""
    out = sys.stdout
    separator = "[\n"
    for row in rows:
        record = {c: json_value(v) for c, v in zip(columns, row, strict=True)}
        text = json.dumps(record, ensure_ascii=False, indent=2)
        out.write(separator + "\n".join("  " + line for line in text.splitlines()))
        separator = ",\n"
    out.write("[]\n" if separator == "[\n" else "\n]\n")


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Any]:
    """A rich progress bar on stderr when it is a terminal; else a no-op."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed:,.0f} articles"),
        TextColumn("{task.fields[rate]}"),
        TextColumn("{task.fields[quotes]:,} quotes"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=None, quotes=0, rate="")

        def update(done: int, quotes: int) -> None:
            speed = bar.tasks[0].speed
            rate = f"{speed:,.1f} articles/s" if speed else ""
            bar.update(task, completed=done, quotes=quotes, rate=rate)

        yield update


@contextmanager
def open_output(path: str, *, csv: bool, bom: bool = False) -> Iterator[IO[str]]:
    """A UTF-8 text file to write to, or stdout for ``-``, starting with a byte-order mark
    when ``bom`` (spreadsheet programs need it to read UTF-8), to a file or stdout alike."""
    if path == "-":
        if bom:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        return
    encoding = "utf-8-sig" if bom else "utf-8"
    try:
        fp = Path(path).open("w", newline="" if csv else None, encoding=encoding)  # noqa: SIM115
    except OSError as exc:
        raise QuotebankError(f"cannot write {path}: {(exc.strerror or str(exc)).lower()}") from None
    with fp:
        yield fp


def write_csv(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], fp: IO[str], *, safe: bool = True
) -> None:
    """CSV of cells: what ``--format csv`` prints; ``safe``: formulas neutralised."""
    write_table(columns, rows, fp, cell, safe=safe)


def _rich_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title or None, header_style="bold", expand=False)
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(Text(cell(v)) for v in row))
    Console().print(table)


def heading(text: str) -> str:
    return typer.style(text, bold=True)


def dim(text: str) -> str:
    return typer.style(text, dim=True)


# -- who-said, show ------------------------------------------------------------

OCCURRENCE_COLUMNS = ("date", "speaker", "cue", "source", "outlet", "title", "url", "context")
QUOTE_COLUMNS = ("quote_id", "date", "speaker", "quote", "kind", "cue", "source")
REMARK_COLUMNS = ("remark_id", "quote_id", "quote", *OCCURRENCE_COLUMNS)
REPORTED = "reported, not verbatim"  # how text output marks reported speech (kind indirect)


def marked_reported(rows: Sequence[Any]) -> list[Any]:
    """Listing rows for the screen: reported speech's kind says it is not verbatim."""
    from dataclasses import replace

    return [
        replace(row, kind=f"indirect ({REPORTED})") if row.kind == "indirect" else row
        for row in rows
    ]


def _line(*parts: Any) -> str:
    return " · ".join(cell(p) for p in parts if p not in (None, ""))


def clip(text: str, width: int = 120) -> str:
    text = cell(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _echo_occurrence(occurrence: Any, *, with_speaker: bool, first: int) -> None:
    """An occurrence of a remark; one of a wording other than the ``first`` says which."""
    who = (occurrence.speaker or "unknown", occurrence.cue) if with_speaker else ()
    where = (occurrence.source, occurrence.title, occurrence.url)
    if not any(where):
        where = (f"article {occurrence.article_id}", None, None)
    wording = f"#{occurrence.quote_id}" if occurrence.quote_id != first else None
    typer.echo("    " + _line(occurrence.date, *who, *where, wording))
    typer.echo("      " + dim(cell(occurrence.context)))


def _echo_remark(
    wordings: Sequence[Any], occurrences: Sequence[Any], *, with_speaker: bool
) -> None:
    """A remark once: each wording on a line of its own, then every occurrence."""
    for wording in wordings:
        typer.echo("  " + heading(f"#{wording.quote_id} “{cell(wording.text)}”"))
    for occurrence in occurrences:
        _echo_occurrence(occurrence, with_speaker=with_speaker, first=wordings[0].quote_id)


def _occurrence_rows(
    remark_id: int, wordings: Sequence[Any], occurrences: Sequence[Any]
) -> list[list[Any]]:
    """One flat row per occurrence: remark, wording and the occurrence's columns."""
    texts = {wording.quote_id: wording.text for wording in wordings}
    return [
        [remark_id, o.quote_id, texts[o.quote_id], *(getattr(o, c) for c in OCCURRENCE_COLUMNS)]
        for o in occurrences
    ]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def print_hits(hits: Sequence[Any], fmt: Format) -> None:
    """``who-said`` results: grouped by speaker, each remark once with its wordings and articles."""
    if fmt is Format.json:
        typer.echo(json.dumps(json_value(list(hits)), ensure_ascii=False, indent=2))
        return
    if fmt is Format.csv:
        flat = [
            [h.speaker, *row, o.kind]
            for h in hits
            for r in h.remarks
            for row, o in zip(
                _occurrence_rows(r.remark_id, r.wordings, r.occurrences), r.occurrences, strict=True
            )
        ]
        flat += [[h.speaker, None, None, o.text, *_reported_cells(o)] for h in hits
                 for o in h.reported]  # fmt: skip
        write_csv(["speaker_name", *REMARK_COLUMNS, "kind"], flat, sys.stdout)
        return
    for hit in hits:
        articles = {o.article_id for r in hit.remarks for o in r.occurrences}
        articles |= {o.article_id for o in hit.reported}
        said = [_plural(len(hit.remarks), "remark")] if hit.remarks or not hit.reported else []
        said += [f"{len(hit.reported)} reported (not verbatim)"] if hit.reported else []
        count = f"{' and '.join(said)} in {_plural(len(articles), 'article')}"
        about = _line(hit.kind, hit.description)
        typer.echo(heading(hit.speaker) + (f" ({about})" if about else "") + f": {count}")
        for remark in hit.remarks:
            _echo_remark(remark.wordings, remark.occurrences, with_speaker=False)
        for reported in hit.reported:
            _echo_reported(reported)


def _reported_cells(occurrence: Any) -> list[Any]:
    """A reported occurrence's ``OCCURRENCE_COLUMNS`` and its kind."""
    return [*(getattr(occurrence, c) for c in OCCURRENCE_COLUMNS), occurrence.kind]


def _echo_reported(occurrence: Any) -> None:
    """Reported speech: marked as such, its words never in quotation marks."""
    typer.echo("  " + heading(f"[{REPORTED}] {cell(occurrence.text)}"))
    where = (occurrence.source, occurrence.title, occurrence.url)
    if not any(where):
        where = (f"article {occurrence.article_id}", None, None)
    typer.echo("    " + _line(occurrence.date, occurrence.cue, *where))
    typer.echo("      " + dim(cell(occurrence.context)))


def print_closest(phrase: str, closest: Sequence[Any]) -> None:
    """No quote matched: say so on stderr, with the closest quotes if any."""
    if not closest:
        typer.echo(f"no quote matches {phrase!r}", err=True)
        return
    typer.echo(f"no quote matches {phrase!r}; closest:", err=True)
    for near in closest:
        typer.echo(f"  #{near.quote_id} “{clip(near.text)}” ({near.score:.0f}%)", err=True)


def print_detail(detail: Any, fmt: Format) -> None:
    """``show``: one quote, the other wordings of its remark, and every article they are in."""
    if fmt is Format.json:
        typer.echo(json.dumps(json_value(detail), ensure_ascii=False, indent=2))
    elif fmt is Format.csv:
        rows = _occurrence_rows(detail.remark_id, detail.wordings, detail.occurrences)
        write_csv(REMARK_COLUMNS, rows, sys.stdout)
    else:
        _echo_remark(detail.wordings, detail.occurrences, with_speaker=True)
