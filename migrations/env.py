"""Alembic environment for quotebank.

``quotebank.storage.migrate.upgrade`` passes an open connection in ``config.attributes``;
the ``alembic`` command line uses ``$QUOTEBANK_DB`` or ``sqlalchemy.url``.
"""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from quotebank.storage.connect import create
from quotebank.storage.migrate import include_name
from quotebank.storage.schema import Base
from quotebank.storage.urls import database_url

config = context.config
target_metadata = Base.metadata

if config.config_file_name is not None and config.attributes.get("connection") is None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _url() -> str:
    value = os.environ.get("QUOTEBANK_DB") or config.get_main_option("sqlalchemy.url")
    return database_url(value or "quotebank.db")


def _configure(**options: object) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        **options,  # type: ignore[arg-type]
    )


def run_offline() -> None:
    """Emit SQL for ``alembic upgrade --sql`` without a database."""
    _configure(url=_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Migrate over the caller's connection, or open one from the URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create(_url())
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
