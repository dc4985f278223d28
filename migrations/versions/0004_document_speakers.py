"""Documents as a kind of speaker.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05

A memo, a lawsuit, a poll or an ad with no issuer named is a source of its own
("the lawsuit calls it a “cover-up”"): ``speakers.kind`` admits 'document'.
Rows are untouched: SQLite's table definition is edited in place (see ``_replace_check``).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = "kind IN ('person', 'organization', 'unnamed', 'document')"
OLD_KINDS = "kind IN ('person', 'organization', 'unnamed')"


def _replace_check(old: str, new: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_speakers_kind"), "speakers", type_="check")
        op.create_check_constraint(op.f("ck_speakers_kind"), "speakers", new)
        return
    # SQLite cannot alter a CHECK; rebuilding the table would cascade through its
    # foreign keys and break the views over it. Widening a check changes nothing on
    # disk and every stored row satisfies it, so the table's SQL is edited in
    # place, as SQLite's ALTER TABLE documentation describes (section 7).
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema=ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ?",
        (old, new, "speakers"),
    )
    bind.exec_driver_sql(f"PRAGMA schema_version={int(version or 0) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema=OFF")


def upgrade() -> None:
    _replace_check(OLD_KINDS, KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM speakers WHERE kind = 'document'")
    _replace_check(KINDS, OLD_KINDS)
