"""Speaker Wikidata ids, and full-text search on PostgreSQL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

``speaker_qids`` keeps every Wikidata id a speaker's name may stand for (a
Quotebank file lists all candidates of an ambiguous name); ``speakers.wikidata_id``
stays the one id when there is exactly one.

PostgreSQL gets what FTS5 is on SQLite: ``quotes.norm_tsv``, a stored generated
``to_tsvector('simple', norm)`` with a GIN index, matched by ``db.fts_match``.
``norm`` holds letters and digits separated by single spaces, so the parser
splits it exactly where FTS5's ``unicode61`` tokenizer does. The column and
index are not in the models (``db.include_name`` hides them from autogenerate).
Its date indexes are rebuilt ``NULLS FIRST``, the order listings use (undated
first, as SQLite sorts).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TSV_POSTGRESQL = [
    """ALTER TABLE quotes ADD COLUMN norm_tsv tsvector
        GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, norm)) STORED""",
    "CREATE INDEX ix_quotes_norm_tsv ON quotes USING gin (norm_tsv)",
    # listings sort undated quotes first: let the date indexes serve that order
    "DROP INDEX ix_attributions_said_on",
    "CREATE INDEX ix_attributions_said_on ON attributions (said_on NULLS FIRST)",
    "DROP INDEX ix_attributions_speaker_id_said_on",
    """CREATE INDEX ix_attributions_speaker_id_said_on
        ON attributions (speaker_id, said_on NULLS FIRST)""",
]
DROP_TSV_POSTGRESQL = [
    "DROP INDEX ix_attributions_said_on",
    "CREATE INDEX ix_attributions_said_on ON attributions (said_on)",
    "DROP INDEX ix_attributions_speaker_id_said_on",
    "CREATE INDEX ix_attributions_speaker_id_said_on ON attributions (speaker_id, said_on)",
    "DROP INDEX IF EXISTS ix_quotes_norm_tsv",
    "ALTER TABLE quotes DROP COLUMN IF EXISTS norm_tsv",
]


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    op.create_table(
        "speaker_qids",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.Column("qid", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["speakers.id"],
            name=op.f("fk_speaker_qids_speaker_id_speakers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_qids")),
        sa.UniqueConstraint("speaker_id", "qid", name=op.f("uq_speaker_qids_speaker_id_qid")),
    )
    op.create_index(op.f("ix_speaker_qids_qid"), "speaker_qids", ["qid"])
    if _is_postgresql():
        for statement in TSV_POSTGRESQL:
            op.execute(statement)


def downgrade() -> None:
    if _is_postgresql():
        for statement in DROP_TSV_POSTGRESQL:
            op.execute(statement)
    op.drop_index(op.f("ix_speaker_qids_qid"), table_name="speaker_qids")
    op.drop_table("speaker_qids")
