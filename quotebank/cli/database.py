"""``quotebank db``: bring a database to the latest schema, copy one into another."""

from __future__ import annotations

import typer

from quotebank.cli import context


def upgrade(ctx: typer.Context) -> None:
    """Migrate the database to the latest schema.

    Example: quotebank --db archive.db db upgrade
    """
    from quotebank.storage.connect import open_database
    from quotebank.storage.migrate import current_revision

    engine = open_database(context.database_url(ctx))
    typer.echo(f"database at revision {current_revision(engine)}")


def copy(
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
