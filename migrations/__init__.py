"""Alembic migrations, shipped inside the package as ``quotebank.migrations``."""
