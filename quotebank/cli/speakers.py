"""``quotebank speakers``: list speakers; ``merge`` and ``rename`` correct them."""

from __future__ import annotations

import typer

from quotebank.cli import context, render
from quotebank.cli.context import FORMAT, SpeakerOrder
from quotebank.cli.render import Format


def list_speakers(
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

    with context.reading(ctx) as db:
        rows = listings.list_speakers(db, search=search, limit=limit, order=order.value)
    if not rows:
        context.nothing_found("no speaker matches" + (f" {search!r}" if search else ""))
    render.print_rows(rows, fmt)


def merge(
    ctx: typer.Context,
    keep: str = typer.Argument(..., help="The speaker to keep."),
    drop: str = typer.Argument(..., help="The speaker whose quotes move to KEEP."),
) -> None:
    """Merge two speakers: DROP's quotes and aliases go to KEEP.

    Example: quotebank speakers merge "Volodymyr Zelenskyy" "Zelensky"
    """
    from quotebank.storage import speakers as speaker_store

    with context.sessions(ctx).begin() as session:
        speaker_store.merge_speakers(session, keep, drop)
    typer.echo(f"merged {drop!r} into {keep!r}")


def rename(
    ctx: typer.Context,
    old: str = typer.Argument(..., help="Current name."),
    new: str = typer.Argument(..., help="New canonical name."),
) -> None:
    """Rename a speaker; the old name stays as an alias.

    Example: quotebank speakers rename "Trump" "Donald Trump"
    """
    from quotebank.storage import speakers as speaker_store

    with context.sessions(ctx).begin() as session:
        speaker_store.rename_speaker(session, old, new)
    typer.echo(f"renamed {old!r} to {new!r}")
