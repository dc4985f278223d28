"""The schema revision this quotebank expects: the newest migration.

Kept apart from ``migrate`` (which imports SQLAlchemy) so that a query command
compares it with ``alembic_version`` without importing SQLAlchemy or Alembic
(``reader.open_sqlite``). A test checks it against the migration scripts.
"""

HEAD_REVISION = "0007"
