"""Reported speech: the ``reported`` table, searched like quotes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

Reported speech ("Lee said the plan would fail", no quotation marks) is kept
apart from quotations: one row per occurrence in an article, never merged
across articles nor with a quote (issue #17). ``quote_id`` links a mixed
attribution to the partial quotation inside it. Search reads ``norm`` as it
does for quotes: on SQLite the external-content FTS5 table ``reported_fts`` kept
in step by triggers; on PostgreSQL the generated ``reported.norm_tsv`` with a
GIN index, and the date indexes ``NULLS FIRST`` as listings sort (as 0003 does
for attributions). A new table: no stored row changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_SQLITE = [
    """CREATE VIRTUAL TABLE reported_fts USING fts5(
        text, norm, content="reported", content_rowid="id",
        tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER reported_fts_insert AFTER INSERT ON reported BEGIN
        INSERT INTO reported_fts(rowid, text, norm) VALUES (new.id, new.text, new.norm);
    END""",
    """CREATE TRIGGER reported_fts_delete AFTER DELETE ON reported BEGIN
        INSERT INTO reported_fts(reported_fts, rowid, text, norm)
        VALUES ('delete', old.id, old.text, old.norm);
    END""",
    """CREATE TRIGGER reported_fts_update AFTER UPDATE OF text, norm ON reported BEGIN
        INSERT INTO reported_fts(reported_fts, rowid, text, norm)
        VALUES ('delete', old.id, old.text, old.norm);
        INSERT INTO reported_fts(rowid, text, norm) VALUES (new.id, new.text, new.norm);
    END""",
]
TSV_POSTGRESQL = [
    """ALTER TABLE reported ADD COLUMN norm_tsv tsvector
        GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, norm)) STORED""",
    "CREATE INDEX ix_reported_norm_tsv ON reported USING gin (norm_tsv)",
    "DROP INDEX ix_reported_said_on",
    "CREATE INDEX ix_reported_said_on ON reported (said_on NULLS FIRST)",
    "DROP INDEX ix_reported_speaker_id_said_on",
    "CREATE INDEX ix_reported_speaker_id_said_on ON reported (speaker_id, said_on NULLS FIRST)",
]


def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("quote_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("norm", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("cue", sa.String(length=200), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("said_when", sa.String(length=200), nullable=True),
        sa.Column("said_on", sa.Date(), nullable=True),
    ]


def _foreign_key(column: str, table: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{table}.id"], name=op.f(f"fk_reported_{column}_{table}"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "reported",
        *_columns(),
        _foreign_key("article_id", "articles", "CASCADE"),
        _foreign_key("speaker_id", "speakers", "SET NULL"),
        _foreign_key("quote_id", "quotes", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reported")),
        sa.UniqueConstraint(
            "article_id", "start", "end", name=op.f("uq_reported_article_id_start_end")
        ),
    )
    op.create_index(op.f("ix_reported_article_id"), "reported", ["article_id"])
    op.create_index(op.f("ix_reported_quote_id"), "reported", ["quote_id"])
    op.create_index(op.f("ix_reported_said_on"), "reported", ["said_on"])
    op.create_index(op.f("ix_reported_speaker_id_said_on"), "reported", ["speaker_id", "said_on"])
    statements = {"sqlite": FTS_SQLITE, "postgresql": TSV_POSTGRESQL}
    for statement in statements.get(op.get_bind().dialect.name, []):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS reported_fts_{name}")
        op.execute("DROP TABLE IF EXISTS reported_fts")
    op.drop_table("reported")  # its indexes go with it
